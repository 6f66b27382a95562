"""What each file of the site is sent with, and when it is uploaded: one policy.

Pure functions of a file's path in the site. The order keeps the live site whole while a
deploy runs: a page only references files already uploaded (the web app manifest is one
of them), and the service worker, which precaches the files it lists, comes last; the
deploy's own manifest (`plan.MANIFEST`) is written after it.
"""

from __future__ import annotations

import mimetypes
import re
from enum import IntEnum
from pathlib import PurePosixPath

# Files named by their content: the same name never holds other bytes, so a browser or a
# CDN may keep them a year. Each pattern is one the build writes (images' variants, the
# theme's CSS and JS, Pagefind's index), never a guess on an editor's file name.
CONTENT_NAMED = (
    re.compile(r"^images/.+\.[0-9a-f]{10}\.\d+\.(?:avif|webp|jpeg|png)$"),
    re.compile(r"^images/og/.+\.[0-9a-f]{10}\.(?:jpeg|png)$"),
    re.compile(r"^theme/.+\.[0-9a-f]{10}\.(?:css|js)$"),
    re.compile(r"^pagefind/.+_[0-9a-f]{7,}\.pf_(?:fragment|index|filter|meta)$"),
)
# Read again on every visit (a revalidation is cheap): what says what the site is now.
ALWAYS_REVALIDATED = (".html", ".xml", ".webmanifest", ".txt", ".json")
ALWAYS_REVALIDATED_NAMES = frozenset({"sw.js", "_headers"})
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
DEFAULT = "public, max-age=3600"

TYPES = {
    ".webmanifest": "application/manifest+json",
    ".avif": "image/avif",
    ".webp": "image/webp",
    ".epub": "application/epub+zip",
    ".wasm": "application/wasm",
    ".pagefind": "application/octet-stream",
    ".pf_fragment": "application/octet-stream",
    ".pf_index": "application/octet-stream",
    ".pf_filter": "application/octet-stream",
    ".pf_meta": "application/octet-stream",
    ".js": "text/javascript",
    ".xml": "application/xml",
    ".ico": "image/x-icon",
}
TEXT_TYPES = frozenset({"application/javascript", "application/json", "application/xml",
                        "application/manifest+json", "application/atom+xml",
                        "image/svg+xml"})


class Stage(IntEnum):
    """Upload order: each stage starts once the one before has finished."""

    ASSETS = 0  # images, CSS, JS, search index, feeds, e-books, the web app manifest…
    PAGES = 1  # HTML: references only assets already there
    WORKER = 2  # the service worker: precaches files that are all there


def stage(path: str) -> Stage:
    name = PurePosixPath(path).name
    if name == "sw.js":
        return Stage.WORKER
    if name.endswith(".html"):
        return Stage.PAGES
    return Stage.ASSETS


def content_type(path: str) -> str:
    suffix = PurePosixPath(path).suffix.lower()
    found = TYPES.get(suffix) or mimetypes.guess_type(path, strict=False)[0]
    kind = found or "application/octet-stream"
    if kind.startswith("text/") or kind in TEXT_TYPES:
        return f"{kind}; charset=utf-8"
    return kind


def cache_control(path: str) -> str:
    name = PurePosixPath(path).name
    if any(pattern.match(path) for pattern in CONTENT_NAMED):
        return IMMUTABLE
    if name in ALWAYS_REVALIDATED_NAMES or name.endswith(ALWAYS_REVALIDATED):
        return REVALIDATE
    return DEFAULT
