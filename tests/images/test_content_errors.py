"""Image mistakes in real builds: each one a `path:line: field: message`, all in one run,
no traceback, the previous output untouched; and body images that follow their file."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from tests.helpers.build import relative_lines, run_build, snapshot
from tests.helpers.content import product
from tests.helpers.images import photo

pytestmark = pytest.mark.build

PAGE = """---
title: Galerie
slug: galerie
lang: fr
---
Texte.

{body}
"""


def write_bad_images(content: Path, outside: Path) -> list[str]:
    """Put one image mistake per file into `content`; return the expected error lines."""
    images = content / "images" / "bad"
    images.mkdir()
    whole = images / "whole.jpg"
    photo((800, 600)).save(whole, "JPEG")
    (images / "truncated.jpg").write_bytes(whole.read_bytes()[:3000])
    Image.new("L", (8000, 8000)).save(images / "bomb.png")  # 64 Mpx, over the 50 Mpx limit
    frames = [Image.new("RGB", (30, 30), (n * 80, 0, 0)) for n in range(3)]
    frames[0].save(images / "anim.gif", save_all=True, append_images=frames[1:])
    (images / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    (images / "notes.png").write_text("not an image")
    photo((300, 200)).save(outside / "secret.jpg", "JPEG")
    os.symlink(outside / "secret.jpg", images / "link.jpg")
    expected = []
    for n, (name, message) in enumerate([
        ("truncated.jpg", "damaged or truncated image"),
        ("bomb.png", "8000×8000 pixels is more than the limit of 50,000,000 pixels"),
        ("anim.gif", "animated images are not accepted"),
        ("logo.svg", "SVG images are not accepted"),
        ("notes.png", "not a JPEG, PNG, WebP or GIF image"),
        ("link.jpg", "'link.jpg' is a symbolic link to a file outside content/"),
    ], start=20):
        (content / "products" / f"bad-{n}.md").write_text(
            product(n, ("images/case-studies/graphiste.jpg", f"images/bad/{name}")),
            encoding="utf-8")
        expected.append(f"content/products/bad-{n}.md:10: images[0].src: {message}")
    body = "\n\n".join(["![Plan](../secret.jpg)", "![Plan](/images/bad/whole.jpg)",
                        "![Plan](images/bad/nope.jpg)"])
    (content / "pages" / "galerie.md").write_text(PAGE.format(body=body), encoding="utf-8")
    expected += [
        # The link itself, which would publish the file even if no page named it.
        f"content/images/bad/link.jpg:1: file: is a symbolic link to {outside}/secret.jpg, "
        "outside the content folder",
        "content/pages/galerie.md:8: body: '../secret.jpg' goes out of content/ ('..')",
        "content/pages/galerie.md:10: body: '/images/bad/whole.jpg' is an absolute path",
        f"content/pages/galerie.md:12: body: file 'images/bad/nope.jpg' not found in "
        f"{content}",
    ]
    return expected


def test_every_image_mistake_in_one_run(content_copy: Path, previous_output: Path,
                                        tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    expected = write_bad_images(content_copy, outside)
    before = snapshot(previous_output)
    build = run_build(content_copy, previous_output, tmp_path / "cache")
    lines = relative_lines(build, content_copy)
    assert build.returncode == 1
    for line in expected:
        assert any(found.startswith(line) for found in lines), (line, lines)
    errors = [line for line in lines if re.match(r"content/\S+:\d+: ", line)]
    assert len(errors) == len(expected), errors
    assert "Traceback" not in build.stderr + build.stdout
    assert snapshot(previous_output) == before


def picture_size(output: Path) -> tuple[str, str, str]:
    soup = BeautifulSoup((output / "galerie" / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    img = soup.select_one(".prose picture img")
    assert img is not None
    return str(img["width"]), str(img["height"]), str(img["src"])


def test_a_changed_image_under_an_unchanged_page_is_shown_as_it_is_now(
    content_copy: Path, tmp_path: Path
) -> None:
    """The page's HTML is cached on its Markdown alone: it must not keep the old image."""
    image = content_copy / "images" / "plan.jpg"
    photo((900, 600)).save(image, "JPEG")
    (content_copy / "pages" / "galerie.md").write_text(
        PAGE.format(body="![Plan de l’atelier](images/plan.jpg)"), encoding="utf-8")
    first = run_build(content_copy, tmp_path / "output", tmp_path / "cache")
    assert first.returncode == 0, first.stderr
    width, height, src = picture_size(tmp_path / "output")
    assert (width, height) == ("900", "600")

    photo((600, 800), seed=3).save(image, "JPEG")  # the Markdown file is not touched
    second = run_build(content_copy, tmp_path / "output", tmp_path / "cache")
    assert second.returncode == 0, second.stderr
    width, height, new_src = picture_size(tmp_path / "output")
    assert (width, height) == ("600", "800")
    assert new_src != src and (tmp_path / "output" / new_src.lstrip("/")).is_file()
    assert not (tmp_path / "output" / src.lstrip("/")).exists()  # nothing stale is served


def test_a_warm_build_encodes_nothing(content_copy: Path, tmp_path: Path) -> None:
    settings = tmp_path / "settings.py"
    # A cache of its own, and fewer variants so that the cold build stays short.
    settings.write_text("from pelicanconf import *\n"
                        f"IMAGES = {{**IMAGES, 'cache': {str(tmp_path / 'images')!r}, "
                        "'widths': [320], 'formats': ['webp']}\n")
    photo((700, 500)).save(content_copy / "images" / "new.jpg", "JPEG")
    (content_copy / "pages" / "galerie.md").write_text(
        PAGE.format(body="![Plan](images/new.jpg)"), encoding="utf-8")
    cold = run_build(content_copy, tmp_path / "out", tmp_path / "cache", settings=settings)
    assert cold.returncode == 0, cold.stderr
    cold_line = re.search(r"Images: (\d+) sources, (\d+) encoded", cold.stdout + cold.stderr)
    assert cold_line and cold_line[1] == cold_line[2] and int(cold_line[1]) > 1
    entries = sorted((tmp_path / "images").glob("*/*"))
    stamps = [entry.stat().st_mtime_ns for entry in entries]

    warm = run_build(content_copy, tmp_path / "out", tmp_path / "cache", settings=settings)
    assert warm.returncode == 0, warm.stderr
    assert f"Images: {cold_line[1]} sources, 0 encoded" in warm.stdout + warm.stderr
    assert sorted((tmp_path / "images").glob("*/*")) == entries
    assert [entry.stat().st_mtime_ns for entry in entries] == stamps
