"""Lighthouse on the served site (`lighthouse.mjs`, with the version pinned in
tests/package.json, and Debian's Chromium): the pages it is run on, and its reports.

The browser tests assert the accessibility, best-practices and SEO scores, which do not
depend on the machine's speed; `make lighthouse` (benchmarks/lighthouse.py) adds the
performance score, a measurement."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.helpers.tools import require_tool, unavailable

TESTS = Path(__file__).resolve().parent.parent
SCRIPT = TESTS / "helpers" / "lighthouse.mjs"
PACKAGE = TESTS / "node_modules" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# The demo's pages of each kind, in both languages.
PAGES = {
    "home": ("/", "/en/"),
    "product": ("/produits/audit-express/", "/en/products/audit-express/"),
    "e-book": ("/produits/devis-qui-signent/", "/en/products/devis-qui-signent/"),
    "comparison": ("/categories/audits/comparer/", "/en/categories/audits/compare/"),
    "case study": ("/etudes-de-cas/graphiste-hausse-tarifs/",
                   "/en/case-studies/graphiste-hausse-tarifs/"),
    "search": ("/recherche/", "/en/search/"),
    "sample": ("/produits/devis-qui-signent/extrait/",
               "/en/products/devis-qui-signent/sample/"),
}
# The search pages ask not to be indexed (`noindex`: a search engine has nothing to find
# in an empty search form), which Lighthouse's SEO category counts against them.
NOT_INDEXED = {"/recherche/", "/en/search/"}


@dataclass(frozen=True)
class Report:
    path: str
    scores: dict[str, int]  # category -> 0-100
    failing: list[dict[str, Any]]  # scored audits below 1: category, id, title, value, found


def run_lighthouse(base_url: str, paths: Sequence[str],
                   categories: Sequence[str] = CATEGORIES) -> list[Report]:
    """Lighthouse's reports of `paths` of the site served at `base_url`."""
    node = require_tool("node")
    chromium = require_tool(CHROMIUM)
    if not PACKAGE.is_dir():
        unavailable(f"{PACKAGE} is missing (run: npm ci --prefix tests)")
    run = subprocess.run([node, str(SCRIPT), base_url, ",".join(categories), *paths],
                         capture_output=True, text=True, cwd=TESTS, timeout=60 * len(paths),
                         env={**os.environ, "CHROME_PATH": chromium}, check=False)
    if run.returncode != 0:
        raise RuntimeError(f"Lighthouse failed:\n{run.stderr}")
    return [Report(**report) for report in json.loads(run.stdout)]
