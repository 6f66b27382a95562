"""Checking built pages' JSON-LD with an external validator of the schema.org vocabulary
and Google's rich-result rules: @adobe/structured-data-validator, pinned in
tests/package.json with the vocabulary it checks against (@vocabulary/schema), run by
`structured_data.mjs` in one Node process for all the pages, offline."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.tools import require_tool, unavailable

TESTS = Path(__file__).resolve().parent.parent
SCRIPT = TESTS / "helpers" / "structured_data.mjs"
VALIDATOR = TESTS / "node_modules" / "@adobe" / "structured-data-validator"


@dataclass(frozen=True)
class Issue:
    page: str
    path: str  # where in the graph: "(Product)[0] > offers(Offer)[1]"
    message: str

    def __str__(self) -> str:
        return f"{self.page}: {self.path}: {self.message}"


@dataclass(frozen=True)
class Findings:
    errors: list[Issue]  # Google's required fields, and terms schema.org does not define
    warnings: list[Issue]  # Google's recommended fields


def check_structured_data(pages: Sequence[Path], root: Path) -> Findings:
    """What the validator finds in the JSON-LD of `pages` (shown relative to `root`)."""
    node = require_tool("node")
    if not VALIDATOR.is_dir():
        unavailable(f"{VALIDATOR} is missing (run: npm ci --prefix tests)")
    run = subprocess.run([node, str(SCRIPT), *map(str, pages)], capture_output=True,
                         text=True, cwd=TESTS, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    errors, warnings = [], []
    for report in json.loads(run.stdout):
        page = Path(report["page"]).relative_to(root).as_posix()
        for found in report["errors"]:
            errors.append(Issue(page, found["path"], found["message"]))
        for found in report["warnings"]:
            # A term the vocabulary does not define is an error, as on validator.schema.org.
            (errors if found["schemaOrg"] else warnings).append(
                Issue(page, found["path"], found["message"]))
    return Findings(errors, warnings)
