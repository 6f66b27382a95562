"""Reuse the last search index when the written HTML has not changed.

Pagefind has no incremental mode: it reads every page on every run (about 5 s of CPU for
1,000 products). A rebuild that changes no page (a style sheet, a script, an image) needs
no new index, so the finished bundle is kept in the cache folder under a digest of every
HTML file written and of the Pagefind version; the same digest restores it by copying.
Only the latest bundle is kept.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from catalog.kit import CHECKSUMS, folder_is_whole, seal_folder

# Bump when what Vitrine does to Pagefind's output changes (canonical.py, unused files).
CODE_VERSION = "2"


def html_digest(site: Path, skip: str,
                known: Callable[[str], bytes | None] = lambda relative: None) -> str:
    """A digest of the path and bytes of every HTML file under `site` but in `skip/`;
    `known` gives the SHA-256 of a file when it is known without reading it."""
    digest = hashlib.sha256()
    digest.update(f"{_pagefind_version()}\0{CODE_VERSION}\0".encode())
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        if relative.startswith(f"{skip}/"):
            continue
        digest.update(relative.encode() + b"\0")
        digest.update(known(relative) or hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:32]


def _pagefind_version() -> str:
    try:
        return metadata.version("pagefind_bin")
    except metadata.PackageNotFoundError:
        return "unknown"


def restore(cache: Path, key: str, bundle: Path) -> bool:
    """Copy the bundle cached under `key` to `bundle`; False when there is none."""
    cached = cache / key
    if not folder_is_whole(cached):
        return False
    shutil.rmtree(bundle, ignore_errors=True)
    shutil.copytree(cached, bundle, ignore=shutil.ignore_patterns(CHECKSUMS))
    return True


def store(cache: Path, key: str, bundle: Path) -> None:
    """Keep a copy of `bundle` under `key`, replacing older bundles."""
    cache.mkdir(parents=True, exist_ok=True)
    # Copied aside then renamed: a build running at the same time never sees half a copy.
    partial = cache / f".partial-{uuid.uuid4().hex}"
    shutil.copytree(bundle, partial)
    seal_folder(partial)
    try:
        partial.rename(cache / key)
    except OSError:  # the same bundle was stored meanwhile
        shutil.rmtree(partial, ignore_errors=True)
    for old in cache.iterdir():
        if old.name != key and not old.name.startswith(".partial-"):
            shutil.rmtree(old, ignore_errors=True)
