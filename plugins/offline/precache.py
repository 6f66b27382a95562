"""What the service worker caches at the first visit, read from the files actually written.

Pure functions on a folder: which files make the shell, their content-hash revisions, the
build version, and the precache's size against its budget.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

# Folders and files of the shell, relative to the site root. `pagefind/` is the search
# index (written by the search plugin, when present): search must work offline.
SHELL_FOLDERS = ("theme", "icons", "pagefind")
SHELL_FILES = ("manifest.webmanifest", "favicon.ico", "apple-touch-icon.png")
# Written after the version is computed, or never served to the service worker.
NOT_VERSIONED = frozenset({"sw.js"})


@dataclass(frozen=True)
class Entry:
    """One precached file: its URL, a revision that changes with its bytes, its size."""

    url: str
    revision: str
    size: int


def site_files(folder: Path) -> list[Path]:
    """Every file of the site, in a stable order."""
    return sorted(path for path in folder.rglob("*") if path.is_file())


def relative_url(relative: str, base: str = "") -> str:
    """`en/offline/index.html` -> `/en/offline/`; `base` is SITEURL's path (no end slash)."""
    if relative == "index.html" or relative.endswith("/index.html"):
        relative = relative[: -len("index.html")]
    return f"{base}/{relative}"


def build_version(folder: Path,
                  known: Callable[[str], bytes | None] = lambda relative: None) -> str:
    """A short hash of every written file and its path: changes when anything changes.
    `known` gives the SHA-256 of a file when it is known without reading it."""
    digest = hashlib.sha256()
    for path in site_files(folder):
        relative = path.relative_to(folder).as_posix()
        if relative in NOT_VERSIONED:
            continue
        digest.update(relative.encode() + b"\0")
        digest.update(known(relative) or hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:10]


def stamp_version(folder: Path, placeholder: str, version: str) -> int:
    """Put `version` where pages show `placeholder`; return how many pages were changed."""
    token, stamped = placeholder.encode(), 0
    for path in folder.rglob("*.html"):
        data = path.read_bytes()
        if token in data:
            path.write_bytes(data.replace(token, version.encode()))
            stamped += 1
    return stamped


def shell_files(folder: Path, pages: Iterable[str]) -> list[str]:
    """Relative paths of the shell: assets, icons, the search index and `pages` (HTML)."""
    chosen = {name for name in (*SHELL_FILES, *pages) if (folder / name).is_file()}
    for name in SHELL_FOLDERS:
        chosen.update(
            path.relative_to(folder).as_posix()
            for path in (folder / name).rglob("*") if path.is_file()
        )
    return sorted(chosen)


def entries(folder: Path, files: Iterable[str], base: str = "") -> list[Entry]:
    """The precache manifest of `files`, with revisions hashed from their final bytes."""
    found = []
    for relative in files:
        data = (folder / relative).read_bytes()
        found.append(Entry(relative_url(relative, base),
                           hashlib.sha256(data).hexdigest()[:16], len(data)))
    return sorted(found, key=lambda entry: entry.url)


def total_size(found: Iterable[Entry]) -> int:
    return sum(entry.size for entry in found)
