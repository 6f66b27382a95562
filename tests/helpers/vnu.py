"""Run the W3C Nu HTML checker (vnu.jar, from tests/node_modules) over a folder."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from tests.helpers.tools import require_tool, unavailable

TESTS = Path(__file__).resolve().parent.parent
VNU_JAR = TESTS / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class NuMessage:
    """One error reported by the checker, located in a file of the checked folder."""

    file: str
    line: int
    column: int
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.text}"


def vnu_command(folder: Path) -> list[str]:
    """The checker's command line, or a skip/fail when java or vnu.jar is missing."""
    java = require_tool("java")
    if not VNU_JAR.is_file():
        unavailable(f"{VNU_JAR} is missing (run: npm ci --prefix tests)")
    return [
        java,
        "-jar",
        str(VNU_JAR),
        "--format",
        "json",
        "--stdout",
        "--errors-only",
        "--skip-non-html",
        "--also-check-css",
        str(folder),
    ]


def _message(raw: dict[str, Any], folder: Path) -> NuMessage:
    url = str(raw.get("url", ""))
    path = Path(unquote(urlsplit(url).path)) if url.startswith("file:") else Path(url)
    try:
        file = path.relative_to(folder).as_posix()
    except ValueError:
        file = url or "<no file>"
    line = int(raw.get("firstLine", raw.get("lastLine", 0)))
    column = int(raw.get("firstColumn", raw.get("lastColumn", 0)))
    kind = raw.get("subType") or raw.get("type", "error")
    text = str(raw.get("message", "")).strip()
    return NuMessage(file, line, column, text if kind == "error" else f"[{kind}] {text}")


def check_folder(folder: Path) -> list[NuMessage]:
    """Check every HTML and CSS file under `folder`; return the errors, sorted."""
    folder = folder.resolve()
    proc = subprocess.run(
        vnu_command(folder), capture_output=True, text=True, check=False, timeout=600
    )
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        pytest.fail(
            f"vnu exited {proc.returncode} without a JSON report:\n{proc.stdout}\n{proc.stderr}",
            pytrace=False,
        )
    errors = [_message(raw, folder) for raw in report.get("messages", [])]
    if proc.returncode != 0 and not errors:
        pytest.fail(f"vnu exited {proc.returncode}:\n{proc.stderr}", pytrace=False)
    return sorted(errors, key=lambda m: (m.file, m.line, m.column))
