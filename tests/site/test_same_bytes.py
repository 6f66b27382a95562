"""The same content and settings give the same bytes on any machine: whatever order the
file system lists files in, whatever the locale and the time zone.

(Any number of cores: see test_parallel.py.)
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from search.index import BUNDLE, build_index

from tests.helpers.build import ROOT, file_bytes, run_build
from tests.helpers.listing_order import copy_in_order, tmpfs_folder

pytestmark = pytest.mark.build

# Another language and a time zone with another date than UTC's for most of the day.
ELSEWHERE = {"LC_ALL": "C", "LANG": "C", "TZ": "Pacific/Kiritimati"}


def listings(folder: Path) -> list[list[str]]:
    return [os.listdir(path) for path in sorted(folder.rglob("*")) if path.is_dir()]


def test_content_listed_in_another_order_builds_the_same_bytes_elsewhere(
        tmp_path: Path) -> None:
    with tmpfs_folder(tmp_path) as tmpfs:
        copy_in_order(ROOT / "content", tmpfs / "one", reverse=False)
        copy_in_order(ROOT / "content", tmpfs / "other", reverse=True)
        assert listings(tmpfs / "one") != listings(tmpfs / "other")
        here = run_build(tmpfs / "one", tmp_path / "here", tmp_path / "here-cache")
        elsewhere = run_build(tmpfs / "other", tmp_path / "elsewhere",
                              tmp_path / "elsewhere-cache", environment=ELSEWHERE)
    assert here.returncode == elsewhere.returncode == 0, elsewhere.stderr
    assert file_bytes(here.output) == file_bytes(elsewhere.output)


def test_the_search_index_does_not_follow_the_order_pages_are_listed_in(
        built_site: Path, tmp_path: Path) -> None:
    """Pagefind numbers pages in the order it finds them: on two machines, or on
    another file system, the index (and so every page's build version) would differ."""
    with tmpfs_folder(tmp_path) as tmpfs:
        bundles = []
        for name, reverse in (("one", False), ("other", True)):
            copy_in_order(built_site, tmpfs / name, reverse)
            shutil.rmtree(tmpfs / name / BUNDLE)
            build_index(tmpfs / name)
            bundles.append(file_bytes(tmpfs / name / BUNDLE))
        assert listings(tmpfs / "one") != listings(tmpfs / "other")
    assert bundles[0] == bundles[1]
    assert bundles[0] == file_bytes(built_site / BUNDLE)
