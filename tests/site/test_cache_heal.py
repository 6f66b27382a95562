"""Every cache checks an entry before trusting it: a damaged entry is dropped with one
warning line and made again, the build succeeds, and the site is the same, byte for byte,
as with a whole cache."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.build import Build, file_bytes, run_build

pytestmark = pytest.mark.build


def truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])


def flipped(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def appended(path: Path) -> None:
    path.write_bytes(path.read_bytes() + b"x")


def replaced(path: Path) -> None:
    path.write_bytes(b'{"x": "<svg nope"}')


def removed(path: Path) -> None:
    path.unlink()


# Where each cache keeps an entry, and a way to damage it.
DAMAGE: dict[str, tuple[str, Callable[[Path], None]]] = {
    "reader": ("pelican/markdown-*/PagesGenerator-Readers", appended),
    "image": ("images/*/*/*.webp", flipped),
    "epub": ("pelican/epub/*.epub", truncated),
    "qr codes": ("pelican/payments/qr-codes.json", replaced),
    "feed": ("pelican/feeds/*.xml", truncated),
    "site icons": ("pelican/site-icons/*/*.png", removed),
    "search index": ("pelican/search-index/*/pagefind.*.pf_meta", flipped),
    "templates": ("pelican/templates/*.jinja", truncated),
}


def build(content: Path, tmp_path: Path, name: str) -> Build:
    settings = tmp_path / "settings.py"
    settings.write_text("from pelicanconf import *\n"
                        f"IMAGES = {{**IMAGES, 'cache': {str(tmp_path / 'cache' / 'images')!r}}}\n")
    return run_build(content, tmp_path / name, tmp_path / "cache" / "pelican", settings=settings)


def test_damaged_entries_of_every_cache_are_made_again(content_copy: Path,
                                                       tmp_path: Path) -> None:
    whole = build(content_copy, tmp_path, "whole")
    assert whole.returncode == 0, whole.stderr
    damaged = []
    for pattern, damage in DAMAGE.values():
        entry = sorted((tmp_path / "cache").glob(pattern))[0]
        damage(entry)
        damaged.append(entry)
    healed = build(content_copy, tmp_path, "healed")
    assert healed.returncode == 0, healed.stderr
    warnings = [line for line in healed.stderr.splitlines() if "damaged cache entry" in line]
    assert len(warnings) == len(DAMAGE), warnings
    named = [line.removeprefix("warning: ").split(": damaged")[0] for line in warnings]
    for entry in damaged:  # a file entry is named, or the folder entry that holds it
        assert sum(str(entry).startswith(path) for path in named) == 1, (entry, named)
    assert all(line.endswith("; dropped and made again") for line in warnings)
    assert file_bytes(healed.output) == file_bytes(whole.output)
    again = build(content_copy, tmp_path, "again")
    assert "damaged cache entry" not in again.stderr
    assert file_bytes(again.output) == file_bytes(whole.output)
