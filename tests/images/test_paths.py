"""Which paths written in content may name an image."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from images.paths import as_written, link_problem, outside_problem, relative_inside

FOLDERS = ("images",)


@pytest.mark.parametrize(("src", "problem"), [
    ("images/audit/cover.jpg", None),
    ("/images/cover.jpg", "'/images/cover.jpg' is an absolute path"),
    ("https://cdn.example/cover.jpg", "'https://cdn.example/cover.jpg' is an absolute path"),
    ("images/../../secret.jpg", "'images/../../secret.jpg' goes out of content/"),
    ("images/my photo.jpg", "'images/my photo.jpg': use only letters a-z"),
    ("images/a,b.jpg", "'images/a,b.jpg': use only letters a-z"),
    ("products/cover.jpg", "'products/cover.jpg' is not in a folder of images (images/)"),
])
def test_paths_written_in_content(src: str, problem: str | None) -> None:
    found = outside_problem(src, FOLDERS)
    assert found == problem if problem is None else found and found.startswith(problem)


def test_static_links_name_the_same_file() -> None:
    assert as_written("{static}/images/a.jpg") == "images/a.jpg"
    assert relative_inside("images/a.jpg") and not relative_inside("../a.jpg")
    assert not relative_inside("/images/a.jpg")


def test_symbolic_links_out_of_the_content_folder(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    (tmp_path / "secret.jpg").write_bytes(b"x")
    (content / "images" / "inside.jpg").write_bytes(b"x")
    os.symlink(tmp_path / "secret.jpg", content / "images" / "out.jpg")
    os.symlink(content / "images" / "inside.jpg", content / "images" / "alias.jpg")
    assert link_problem(content / "images" / "out.jpg", content)
    assert link_problem(content / "images" / "alias.jpg", content) is None
    assert link_problem(content / "images" / "inside.jpg", content) is None
