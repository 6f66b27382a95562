"""Cache entries are trusted only when their checksum says they are whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog.cachefiles import folder_is_whole, load_file, seal_folder, store_file


def test_a_file_entry_reads_back_until_it_is_damaged(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    entry = tmp_path / "feeds" / "k.xml"
    store_file(entry, b"<feed/>")
    assert load_file(entry) == b"<feed/>"
    entry.write_bytes(b"<feed")
    assert load_file(entry) is None
    assert not entry.exists()
    [line] = capsys.readouterr().err.splitlines()
    assert line == (f"warning: {entry}: damaged cache entry (its bytes do not match their "
                    "checksum); dropped and made again")


def test_an_entry_without_its_checksum_is_made_again_quietly(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "old.epub").write_bytes(b"PK")
    assert load_file(tmp_path / "old.epub") is None
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "a.png").write_bytes(b"png")
    assert not folder_is_whole(tmp_path / "folder")
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("damage", ["changed", "removed", "added"])
def test_a_folder_entry_is_whole_only_with_the_files_it_was_sealed_with(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str) -> None:
    folder = tmp_path / "entry"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.png").write_bytes(b"a")
    (folder / "sub" / "b.png").write_bytes(b"b")
    seal_folder(folder)
    assert folder_is_whole(folder)
    {"changed": lambda: (folder / "a.png").write_bytes(b"A"),
     "removed": lambda: (folder / "sub" / "b.png").unlink(),
     "added": lambda: (folder / "c.png").write_bytes(b"c")}[damage]()
    assert not folder_is_whole(folder)
    assert not folder.exists()
    assert "damaged cache entry" in capsys.readouterr().err
