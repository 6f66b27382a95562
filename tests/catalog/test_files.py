"""The content folder itself: symbolic links that would publish what is outside it, or
go round in a loop, and file names that would break an error line."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from catalog.files import links_out
from catalog.locate import display_path


def settings(content: Path) -> dict[str, Any]:
    return {"PATH": str(content), "IGNORE_FILES": [".#*"]}


def test_a_link_out_of_the_content_folder_is_refused_with_its_target(tmp_path: Path) -> None:
    private = tmp_path / "private" / "payslips.pdf"
    private.parent.mkdir()
    private.write_bytes(b"%PDF")
    content = tmp_path / "content"
    (content / "downloads").mkdir(parents=True)
    (content / "downloads" / "guide.pdf").symlink_to(private)
    (content / "images").mkdir()
    (content / "images" / "private").symlink_to(private.parent)  # a whole folder
    (content / "images" / "inside.jpg").write_bytes(b"jpg")
    (content / "images" / "alias.jpg").symlink_to(content / "images" / "inside.jpg")
    errors = [str(error) for error in links_out(settings(content))]
    assert errors == [
        f"{display_path(str(content / 'downloads' / 'guide.pdf'))}:1: file: is a symbolic "
        f"link to {display_path(str(private))}, outside the content folder: only what is "
        "inside it is published; copy the file in, or remove the link",
        f"{display_path(str(content / 'images' / 'private'))}:1: file: is a symbolic "
        f"link to {display_path(str(private.parent))}, outside the content folder: only what "
        "is inside it is published; copy the file in, or remove the link",
    ]  # a link that stays inside is fine


def test_a_loop_is_one_error_naming_every_link_of_it(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    (content / "images" / "a.jpg").symlink_to("b.jpg")
    (content / "images" / "b.jpg").symlink_to("a.jpg")
    (content / "images" / "gone.jpg").symlink_to("nowhere.jpg")
    (content / "images" / "again").symlink_to(content)
    errors = [str(error) for error in links_out(settings(content))]
    a, b = (display_path(str(content / "images" / name)) for name in ("a.jpg", "b.jpg"))
    assert errors == [f"{a}:1: file: symbolic links in a loop: {a} → {b} → {a}",
                      f"{display_path(str(content / 'images' / 'again'))}:1: file: is a "
                      f"symbolic link to {display_path(str(content))}, a folder that holds it:"
                      " a loop",
                      f"{display_path(str(content / 'images' / 'gone.jpg'))}:1: file: is a "
                      f"symbolic link to {display_path(str(content / 'images' / 'nowhere.jpg'))},"
                      " which does not exist"]


def test_a_file_name_with_a_line_break_is_shown_on_one_line(tmp_path: Path) -> None:
    name = tmp_path / "bad\nname\x07.md"
    assert display_path(str(name)).endswith("bad\\nname\\x07.md")
    assert "\n" not in display_path(str(name))
    assert display_path(os.path.join("content", "été.md")) == "content/été.md"
