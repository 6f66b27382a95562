"""Folders whose files the file system lists in an order the test chooses.

Directory order is the file system's: ext4 lists by a hash of each name, seeded per
file system, so two machines list the same folder differently, and a copy on the same
disk keeps the order. tmpfs lists the most recently created entry first: copying a tree
there in two orders gives two listings of the same files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SHARED_MEMORY = Path("/dev/shm")


@contextmanager
def tmpfs_folder(tmp_path: Path) -> Iterator[Path]:
    """A new folder on tmpfs: in /dev/shm when it is one, else a tmpfs mounted for the
    test (as root, as in CI); the test is skipped when neither is possible."""
    if _is_tmpfs(SHARED_MEMORY) and os.access(SHARED_MEMORY, os.W_OK):
        folder = SHARED_MEMORY / f"vitrine-test-{uuid.uuid4().hex[:8]}"
        folder.mkdir()
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    folder = tmp_path / "tmpfs"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512m", "tmpfs",
                              str(folder)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("no tmpfs to list files in a chosen order: /dev/shm is not one and "
                    f"mounting one failed ({mounted.stderr.decode().strip()})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def _is_tmpfs(path: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    return any(line.split()[1] == str(path) and line.split()[2] == "tmpfs" for line in mounts)


def copy_in_order(source: Path, target: Path, reverse: bool) -> None:
    """Copy the tree `source` to `target`, creating each folder's entries by name, or by
    name reversed."""
    target.mkdir()
    for entry in sorted(source.iterdir(), key=lambda path: path.name, reverse=reverse):
        if entry.is_dir() and not entry.is_symlink():
            copy_in_order(entry, target / entry.name, reverse)
        else:
            shutil.copy2(entry, target / entry.name, follow_symlinks=False)
