"""Build the Pagefind index of a written site: run the binary, keep what the site uses.

Pagefind ships as a self-contained binary inside the `pagefind_bin` wheel, so indexing
needs neither Node nor the network. It reads the HTML files actually written and indexes
only the elements marked `data-pagefind-body` (the theme marks the real content of
products, case studies and pages); every other page (listings, search, 404, offline) is
left out, because Pagefind ignores pages without that mark once any page has it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import html_digest, restore, store
from .canonical import FormatError, canonicalize

BUNDLE = "pagefind"
# Pagefind's ready-made interfaces; the theme has its own (theme/static/js/search.js),
# so these would only weigh on the offline precache.
UNUSED = ("pagefind-ui.*", "pagefind-modular-ui.*", "pagefind-component-ui.*",
          "pagefind-highlight.js")
TIMEOUT_S = 300


class SearchIndexError(Exception):
    """Pagefind could not index the site; the message says why, for a person."""


@dataclass(frozen=True)
class IndexSummary:
    pages: dict[str, int]  # indexed pages per language
    files: int
    size: int  # bytes of the bundle on disk
    seconds: float
    reused: bool  # the pages had not changed: the previous index was copied

    def __str__(self) -> str:
        languages = ", ".join(f"{lang}: {count}" for lang, count in sorted(self.pages.items()))
        total = sum(self.pages.values())
        how = "unchanged pages, index reused" if self.reused else "built"
        return (f"Search: {total} pages indexed ({languages or 'none'}); index "
                f"{self.size / 1024:.1f} KiB in {self.files} files ({BUNDLE}/), "
                f"{how} in {self.seconds:.2f} s")


def pagefind_executable() -> Path:
    try:
        import pagefind_bin
    except ImportError:
        raise SearchIndexError("the Pagefind binary is not installed "
                               "(pip install -r requirements.txt)") from None
    try:
        return Path(pagefind_bin.get_executable())
    except FileNotFoundError as error:
        raise SearchIndexError(f"the Pagefind binary is missing: {error}") from None


def build_index(site: Path, executable: Path | None = None, cache: Path | None = None,
                known: Callable[[str], bytes | None] = lambda relative: None) -> IndexSummary:
    """Index the HTML under `site` into `site/pagefind/`; raise SearchIndexError on failure.

    With a `cache` folder, an index of the very same pages is copied instead of rebuilt
    (`known` gives the digests of pages that need not be read to tell)."""
    started = time.perf_counter()
    bundle = site / BUNDLE
    key = html_digest(site, BUNDLE, known) if cache else ""
    if cache is not None and restore(cache, key, bundle):
        return summarize(bundle, read_entry(bundle), time.perf_counter() - started, reused=True)
    run_pagefind(site, executable or pagefind_executable())
    remove_unused(bundle)
    try:
        canonicalize(bundle)
    except (FormatError, OSError, ValueError, KeyError) as error:
        raise SearchIndexError(f"unexpected Pagefind output in {BUNDLE}/ ({error}); "
                               "is the pagefind_bin version the one in requirements.txt?") from None
    entry = read_entry(bundle)
    remove_unused_wasm(bundle, entry)
    if cache is not None:
        store(cache, key, bundle)
    return summarize(bundle, entry, time.perf_counter() - started, reused=False)


def read_entry(bundle: Path) -> dict[str, Any]:
    try:
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SearchIndexError(f"no readable {BUNDLE}/pagefind-entry.json: {error}") from None
    return dict(entry)


def run_pagefind(site: Path, executable: Path) -> None:
    command = [str(executable), "--site", str(site), "--output-subdir", BUNDLE, "--silent"]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S,
                             check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchIndexError(f"Pagefind could not run: {error}") from None
    if run.returncode != 0:
        detail = (run.stderr or run.stdout).strip().splitlines()[-5:]
        raise SearchIndexError(f"Pagefind failed (exit {run.returncode}): " + " / ".join(detail))


def remove_unused(bundle: Path) -> None:
    for pattern in UNUSED:
        for path in bundle.glob(pattern):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()


def remove_unused_wasm(bundle: Path, entry: dict[str, Any]) -> None:
    """Keep only the search engines (one per stemming language) the site's languages use."""
    used = {f"wasm.{info['wasm']}.pagefind" for info in entry.get("languages", {}).values()}
    for path in bundle.glob("wasm.*.pagefind"):
        if path.name not in used:
            path.unlink()


def summarize(bundle: Path, entry: dict[str, Any], seconds: float,
              reused: bool) -> IndexSummary:
    pages = {lang: int(info.get("page_count", 0))
             for lang, info in entry.get("languages", {}).items()}
    files = [path for path in bundle.rglob("*") if path.is_file()]
    size = sum(path.stat().st_size for path in files)
    return IndexSummary(pages, len(files), size, seconds, reused)
