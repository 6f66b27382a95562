"""Where an image named in content is, and whether the site may publish it."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

STATIC_PREFIX = "{static}/"
# Names that need no escaping in a URL, nor in a srcset (where spaces and commas separate).
SAFE_PATH = re.compile(r"[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*")


def as_written(src: str) -> str:
    """A body image's path relative to content/: `{static}/images/a.jpg` is `images/a.jpg`."""
    return src[len(STATIC_PREFIX):] if src.startswith(STATIC_PREFIX) else src


def relative_inside(src: str) -> bool:
    """True when `src` is a relative path that stays inside the folder it starts from."""
    return not (urlsplit(src).scheme or src.startswith(("/", "\\"))
                or ".." in PurePosixPath(src).parts)


def outside_problem(src: str, folders: tuple[str, ...]) -> str | None:
    """Why `src`, as written, cannot name a content image (None when it can)."""
    parts = PurePosixPath(src).parts
    if urlsplit(src).scheme or src.startswith(("/", "\\")):
        return (f"{src!r} is an absolute path or an address: write the path relative to "
                "content/, like 'images/cover.jpg'")
    if ".." in parts:
        return f"{src!r} goes out of content/ ('..'): images must be inside content/"
    if not SAFE_PATH.fullmatch(src):
        return (f"{src!r}: use only letters a-z, digits, '-', '_' and '.' in image file "
                "names, so that their URLs need no escaping")
    if not any(src.startswith(folder.rstrip("/") + "/") for folder in folders):
        shown = ", ".join(f"{folder}/" for folder in folders)
        return f"{src!r} is not in a folder of images ({shown})"
    return None


def link_problem(path: Path, content_root: Path) -> str | None:
    """Why the existing file at `path` cannot be published: a symbolic link out of content/."""
    if not path.resolve().is_relative_to(content_root.resolve()):
        return (f"{path.name!r} is a symbolic link to a file outside content/: "
                "copy the image into content/ instead")
    return None
