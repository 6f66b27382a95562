"""Cache entries that are checked before they are trusted, and heal when they are not.

A cache on disk can be damaged: a disk error, a full disk that cut a write short, a
copy or backup gone wrong, a hand that edited the wrong file. A damaged entry must never
reach the site nor be blamed on the content: every entry is stored with the SHA-256 of
its bytes (a `.sha256` file beside a file entry, `checksums.json` in a folder entry) and
checked on every use; a damaged entry is dropped with one warning and made again. An
entry without its checksum (written by an older Vitrine) is made again without a word.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

from .locate import display_path

SEAL = ".sha256"
CHECKSUMS = "checksums.json"


def store_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` with its checksum beside it; a build running at the same
    time never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for target, content in ((path, data), (_seal(path), _digest(data).encode())):
        partial = target.with_name(f"{target.name}.partial-{os.getpid()}")
        partial.write_bytes(content)
        partial.replace(target)


def load_file(path: Path) -> bytes | None:
    """The bytes of the file entry `path`, or None when it is missing or damaged."""
    try:
        data, seal = path.read_bytes(), _seal(path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):  # missing, or older than checksums: made again
        drop_file(path)
        return None
    if _digest(data) != seal:
        _drop(path, "its bytes do not match their checksum")
        return None
    return data


def store_named(folder: Path, data: bytes) -> str:
    """Write `data` under its own SHA-256, which is also its checksum; return the name."""
    name = _digest(data)
    path = folder / name[:2] / name
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{name}.partial-{os.getpid()}")
        partial.write_bytes(data)
        partial.replace(path)
    return name


def load_named(folder: Path, name: str) -> bytes | None:
    """The entry `store_named` wrote as `name`, or None when missing or damaged."""
    path = folder / name[:2] / name
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if _digest(data) != name:
        _drop(path, "its bytes do not match their name")
        return None
    return data


def drop_file(path: Path) -> None:
    """Remove the file entry `path` and its checksum."""
    path.unlink(missing_ok=True)
    _seal(path).unlink(missing_ok=True)


def seal_folder(folder: Path) -> None:
    """Record the checksum of every file below `folder`."""
    sums = {path.relative_to(folder).as_posix(): _digest(path.read_bytes())
            for path in sorted(folder.rglob("*")) if path.is_file() and path.name != CHECKSUMS}
    (folder / CHECKSUMS).write_text(json.dumps(sums, sort_keys=True), encoding="utf-8")


def folder_is_whole(folder: Path) -> bool:
    """Whether the folder entry `folder` holds the files it was sealed with, unchanged;
    a damaged one is removed (with a warning), an unsealed one without."""
    if not folder.is_dir():
        return False
    try:
        sums = json.loads((folder / CHECKSUMS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        shutil.rmtree(folder, ignore_errors=True)
        return False
    files = {path.relative_to(folder).as_posix(): path for path in folder.rglob("*")
             if path.is_file() and path.name != CHECKSUMS}
    if not isinstance(sums, dict) or set(sums) != set(files):
        _drop(folder, "its files are not the ones it was made with")
        return False
    for name, path in sorted(files.items()):
        if _digest(path.read_bytes()) != sums[name]:
            _drop(folder, f"{name} does not match its checksum")
            return False
    return True


def _drop(entry: Path, why: str) -> None:
    # Written whole, as stop_build does: Pelican's log handler would wrap it over lines.
    sys.stderr.write(f"warning: {display_path(str(entry))}: damaged cache entry ({why}); "
                     "dropped and made again\n")
    if entry.is_dir():
        shutil.rmtree(entry, ignore_errors=True)
    else:
        drop_file(entry)


def _seal(path: Path) -> Path:
    return path.with_name(path.name + SEAL)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
