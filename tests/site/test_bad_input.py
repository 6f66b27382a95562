"""Content mistakes: one clear `path:line: field: message` each, all in one run, a non-zero
exit, no traceback, and the previous output/ left exactly as it was."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.helpers.build import ROOT, broken_build, relative_lines, run_build, snapshot
from tests.helpers.content import PAGE, existing_sku, mistakes

pytestmark = pytest.mark.build


def test_every_mistake_reported_in_one_run_and_output_untouched(
    content_copy: Path, previous_output: Path
) -> None:
    before = snapshot(previous_output)
    cases = mistakes(existing_sku(content_copy))
    build = broken_build(content_copy, previous_output, cases)
    lines = relative_lines(build, content_copy)

    assert build.returncode != 0
    for _, _, expected in cases:
        assert any(line.startswith(expected) for line in lines), (expected, lines)
    error_lines = [line for line in lines if re.match(r"content/\S+:\d+: ", line)]
    # A misspelt key is also a missing one: unknown-key.md has two errors.
    assert len(error_lines) == len(cases) + 1, error_lines
    assert "Traceback" not in build.stderr + build.stdout
    assert "10 content errors; nothing was written" in build.stderr + build.stdout
    assert snapshot(previous_output) == before
    leftovers = [p.name for p in previous_output.parent.iterdir() if p.name.startswith("output.")]
    assert leftovers == []


@pytest.mark.parametrize("case", range(9), ids=[c[0] for c in mistakes("X")])
def test_each_mistake_alone_is_enough_to_stop_the_build(
    content_copy: Path, tmp_path: Path, case: int
) -> None:
    selected = [mistakes(existing_sku(content_copy))[case]]
    output = tmp_path / "out"
    build = broken_build(content_copy, output, selected)
    assert build.returncode != 0
    assert any(line.startswith(selected[0][2]) for line in relative_lines(build, content_copy))
    assert not output.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith("out.")] == []


def test_a_template_failure_also_leaves_output_untouched(
    content_copy: Path, previous_output: Path, tmp_path: Path
) -> None:
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    (theme / "templates" / "page.html").write_text("{{ page.title|no_such_filter }}")
    settings = tmp_path / "settings.py"
    settings.write_text(f"from pelicanconf import *\nTHEME = {str(theme)!r}\n")
    before = snapshot(previous_output)
    build = run_build(content_copy, previous_output, tmp_path / "cache", settings=settings)
    assert build.returncode != 0
    assert snapshot(previous_output) == before
    assert [p for p in tmp_path.iterdir() if p.name.startswith("output.")] == []


def test_site_level_mistakes(content_copy: Path, tmp_path: Path) -> None:
    pages = content_copy / "pages"
    (pages / "notes.rst").write_text("Notes\n=====\n", encoding="utf-8")
    (pages / "tarifs.md").write_text(PAGE.format(title="Tarifs", slug="produits"))
    (pages / "about-2.md").write_text(PAGE.format(title="Encore", slug="about"))
    (pages / "embed.md").write_text(PAGE.format(title="Vidéo", slug="video")
                                    + "\n<iframe src='https://video.example/x'></iframe>\n")
    (pages / "logo.md").write_text(PAGE.format(title="Logo", slug="logo")
                                   + "\nNotre logo :\n\n<svg viewBox='0 0 9 9'>\n"
                                   "<a xlink:href='javascript:alert(1)'>x</a></svg>\n")
    (pages / "prix.md").write_text(PAGE.format(title='"Prix\\u200b"', slug="prix")
                                   + "\nUn\x07 texte.\n")
    (pages / "liens.md").write_text(PAGE.format(title="Liens", slug="liens")
                                    + "\nLire [le guide]({filename}/products/guide.md).\n")
    (content_copy / "produits").mkdir()
    (content_copy / "produits" / "oubli.md").write_text(PAGE.format(title="O", slug="oubli"))
    build = run_build(content_copy, tmp_path / "output", tmp_path / "cache")
    lines = relative_lines(build, content_copy)
    assert build.returncode == 1
    assert "content/pages/notes.rst:1: file: only Markdown files (.md) with YAML front " \
        "matter are read; convert this file or move it out of the content folder" in lines
    assert any(line.startswith("content/pages/tarifs.md:3: slug: would be written to "
                               "produits/index.html, which is the catalog page") for line in lines)
    assert any(line.startswith("content/pages/about.md:3: slug: would be written to "
                               "about/index.html, which is content/pages/about-2.md")
               for line in lines), lines
    assert "content/pages/embed.md:8: body: <iframe> is not allowed: pages load nothing " \
        "from other sites and run no inline code" in lines
    assert any(line.startswith("content/pages/logo.md:10: body: <svg> is not allowed")
               for line in lines), lines
    assert any(line.startswith("content/pages/logo.md:11: body: the xlink:href=\"…\" "
                               "attribute is not allowed on <a>") for line in lines), lines
    assert any(line.startswith("content/pages/prix.md:2: title: invisible character U+200B "
                               "(zero width space)") for line in lines), lines
    assert any(line.startswith("content/pages/prix.md:8: body: control character U+0007")
               for line in lines), lines
    assert any(line.startswith("content/produits/oubli.md:1: file: is in no content folder")
               for line in lines)
    assert "content/pages/liens.md:8: body: link to '/products/guide.md': no such file in " \
        "the content folder" in lines
    assert "Traceback" not in build.stderr
    assert not (tmp_path / "output").exists()


def test_links_out_of_the_content_folder_publish_nothing(content_copy: Path,
                                                         previous_output: Path,
                                                         tmp_path: Path) -> None:
    """A private file linked from a static folder, a linked folder and a loop of links:
    each is one error line, and nothing is published."""
    private = tmp_path / "private"
    private.mkdir()
    (private / "payslips.pdf").write_bytes(b"%PDF-1.4 private")
    (content_copy / "downloads" / "guide-complet.pdf").symlink_to(private / "payslips.pdf")
    (content_copy / "images" / "archives").symlink_to(private)
    (content_copy / "images" / "boucle").symlink_to(content_copy / "images" / "boucle-2")
    (content_copy / "images" / "boucle-2").symlink_to(content_copy / "images" / "boucle")
    before = snapshot(previous_output)
    build = run_build(content_copy, previous_output, tmp_path / "cache")
    lines = relative_lines(build, content_copy)
    assert build.returncode == 1, build.stdout + build.stderr
    assert any(line.startswith("content/downloads/guide-complet.pdf:1: file: is a symbolic "
                               f"link to {private / 'payslips.pdf'}, outside the content "
                               "folder") for line in lines), lines
    assert any(line.startswith("content/images/archives:1: file: is a symbolic link to "
                               f"{private}, outside") for line in lines), lines
    assert "content/images/boucle:1: file: symbolic links in a loop: content/images/boucle " \
        "→ content/images/boucle-2 → content/images/boucle" in lines, lines
    assert "Traceback" not in build.stderr + build.stdout
    assert snapshot(previous_output) == before
