"""Which files under the content folder are content, following Pelican's own rules.

Used by `make check` to read what the build reads, and by both to report Markdown
files that no generator reads (a misspelt folder would otherwise drop a page silently).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from .errors import ContentError
from .locate import display_path
from .reader import FrontMatterReader, UnsupportedFormatReader

SUFFIXES = tuple(
    f".{ext}"
    for reader in (FrontMatterReader, UnsupportedFormatReader)
    for ext in reader.file_extensions
)
# (paths setting, excludes setting) of each kind of content.
KINDS = {
    "product": ("PRODUCT_PATHS", "PRODUCT_EXCLUDES"),
    "case_study": ("ARTICLE_PATHS", "ARTICLE_EXCLUDES"),
    "page": ("PAGE_PATHS", "PAGE_EXCLUDES"),
    "sample": ("SAMPLE_PATHS", "SAMPLE_EXCLUDES"),  # e-book chapters, read by the catalog
    # Read by the reviews plugin, not by a Pelican generator.
    "review": ("REVIEW_PATHS", "REVIEW_EXCLUDES"),
}


def _ignored(name: str, settings: Mapping[str, Any]) -> bool:
    return any(fnmatch(name, pattern) for pattern in settings["IGNORE_FILES"])


def _walk(root: Path, top: str, excludes: set[str], settings: Mapping[str, Any]) -> Iterator[Path]:
    start = root / top if top else root
    for folder, subfolders, names in os.walk(start):
        relative = os.path.relpath(folder, root)
        subfolders[:] = sorted(
            name for name in subfolders
            if not _ignored(name, settings)
            and os.path.normpath(os.path.join(relative, name)) not in excludes
        )
        for name in sorted(names):
            if name.endswith(SUFFIXES) and not _ignored(name, settings):
                yield Path(folder) / name


def content_files(kind: str, settings: Mapping[str, Any]) -> Iterator[Path]:
    """The files of one kind of content (`product`, `case_study`, `page`, `sample`,
    `review`)."""
    paths_setting, excludes_setting = KINDS[kind]
    root = Path(settings["PATH"])
    excludes = {os.path.normpath(e) for e in settings.get(excludes_setting, [])}
    for top in settings.get(paths_setting, []):
        yield from _walk(root, top, excludes, settings)


def unread_files(settings: Mapping[str, Any]) -> list[ContentError]:
    """Content files in no folder that the site reads, each as a ContentError."""
    read = {
        path for kind in KINDS for path in content_files(kind, settings)
    }
    static = [Path(settings["PATH"], folder) for folder in settings["STATIC_PATHS"]]
    folders = sorted({settings[paths][0] for paths, _ in KINDS.values() if settings.get(paths)})
    return [
        ContentError(display_path(str(path)), 1, "file", "is in no content folder, so it is "
                     f"not part of the site; move it to {', '.join(f'{f}/' for f in folders)}")
        for path in _walk(Path(settings["PATH"]), "", set(), settings)
        if path not in read and not any(path.is_relative_to(s) for s in static)
    ]
