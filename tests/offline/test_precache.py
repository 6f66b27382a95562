"""The precache manifest and the build version, from the files of a folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

from offline import precache


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def test_the_shell_includes_assets_icons_pages_and_the_search_index(tmp_path: Path) -> None:
    write(tmp_path, {
        "theme/css/site.css": "body{}", "theme/js/offline.js": "1", "icons/icon-192.png": "p",
        "favicon.ico": "i", "manifest.webmanifest": "{}", "index.html": "home",
        "offline/index.html": "offline", "produits/a/index.html": "product",
        "pagefind/pagefind-entry.json": "{}", "pagefind/fragment/en_1a2b.pf_fragment": "f",
        "images/a.jpg": "jpg",
    })
    files = precache.shell_files(tmp_path, ["index.html", "offline/index.html", "missing.html"])
    assert files == [
        "favicon.ico", "icons/icon-192.png", "index.html", "manifest.webmanifest",
        "offline/index.html", "pagefind/fragment/en_1a2b.pf_fragment",
        "pagefind/pagefind-entry.json", "theme/css/site.css", "theme/js/offline.js",
    ]


def test_entries_have_directory_urls_and_content_revisions(tmp_path: Path) -> None:
    write(tmp_path, {"en/offline/index.html": "offline", "theme/css/site.css": "body{}"})
    entries = precache.entries(tmp_path, ["theme/css/site.css", "en/offline/index.html"],
                               base="/shop")
    assert [e.url for e in entries] == ["/shop/en/offline/", "/shop/theme/css/site.css"]
    assert entries[1].revision == hashlib.sha256(b"body{}").hexdigest()[:16]
    assert precache.total_size(entries) == len("offline") + len("body{}")


def test_the_version_changes_with_any_file_but_not_with_sw_js(tmp_path: Path) -> None:
    write(tmp_path, {"index.html": "a", "sw.js": "1"})
    first = precache.build_version(tmp_path)
    write(tmp_path, {"sw.js": "2"})
    assert precache.build_version(tmp_path) == first
    write(tmp_path, {"images/new.jpg": "x"})
    assert precache.build_version(tmp_path) != first


def test_the_version_takes_known_digests_as_read_ones(tmp_path: Path) -> None:
    write(tmp_path, {"index.html": "a", "b.css": "b"})
    read = precache.build_version(tmp_path)
    known = {"index.html": hashlib.sha256(b"a").digest()}
    assert precache.build_version(tmp_path, known.get) == read
    assert precache.build_version(tmp_path, {"index.html": b"other"}.get) != read


def test_the_version_replaces_the_placeholder_in_pages(tmp_path: Path) -> None:
    write(tmp_path, {"a/index.html": "<p>Version @@v@@</p>", "b.html": "none",
                     "c.css": "@@v@@"})
    assert precache.stamp_version(tmp_path, "@@v@@", "0123456789") == 1
    assert (tmp_path / "a/index.html").read_text() == "<p>Version 0123456789</p>"
    assert (tmp_path / "c.css").read_text() == "@@v@@"
