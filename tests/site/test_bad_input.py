"""Content mistakes: one clear `path:line: field: message` each, all in one run, a non-zero
exit, no traceback, and the previous output/ left exactly as it was."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, Build, run_build

VALID = """\
---
title: Produit de test {n}
slug: produit-test-{n}
kind: service
sku: TST-{n}
category: Audits
summary: Un produit ajouté par le test.
lang: fr
images:
  - src: images/case-studies/graphiste.jpg
    alt: Logo
offers:
  - name: Unique
    price: 100
    currency: EUR
related: []
---
Corps.
"""


def product(n: int, replace: tuple[str, str] | None = None) -> str:
    text = VALID.format(n=n)
    if replace:
        old, new = replace
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        str(path.relative_to(folder)): (hashlib.sha256(path.read_bytes()).hexdigest(),
                                        path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*")) if path.is_file()
    }


@pytest.fixture
def previous_output(built_site: Path, tmp_path: Path) -> Path:
    """A copy of a good build, standing where the broken build will write."""
    output = tmp_path / "output"
    shutil.copytree(built_site, output)
    return output


def existing_sku(content: Path) -> str:
    for path in sorted((content / "products").glob("*.md")):
        match = re.search(r"^sku: *(\S+)$", path.read_text(encoding="utf-8"), re.M)
        if match:
            return match.group(1)
    raise AssertionError("the demo content has no product with a SKU")


# (file name, content, expected error line) — one mistake per file.
def mistakes(sku: str) -> list[tuple[str, str, str]]:
    return [
        ("yaml.md", product(1, ("summary: Un produit", "summary: [Un produit")),
         "content/products/yaml.md:7: front matter: YAML syntax error"),
        ("no-title.md", product(2, ("title: Produit de test 2\n", "")),
         "content/products/no-title.md:1: title: required field is missing"),
        ("unknown-key.md", product(3, ("    price: 100", "    prcie: 100")),
         "content/products/unknown-key.md:14: offers[0].prcie: unknown key (did you mean "
         "'price'?)"),
        ("negative-price.md", product(4, ("price: 100", "price: -100")),
         "content/products/negative-price.md:14: offers[0].price: must be 0 or more, got -100"),
        ("currency.md", product(5, ("currency: EUR", "currency: EURO")),
         "content/products/currency.md:15: offers[0].currency: 'EURO' is not an ISO 4217 "
         "currency code (did you mean 'EUR'?)"),
        ("duplicate-sku.md", product(6, ("sku: TST-6", f"sku: {sku}")),
         "content/products/duplicate-sku.md:5: sku: "),
        ("no-alt.md", product(7, ("    alt: Logo\n", "")),
         "content/products/no-alt.md:10: images[0].alt: required field is missing"),
        ("missing-image.md", product(8, ("images/case-studies/graphiste.jpg", "images/nope.jpg")),
         "content/products/missing-image.md:10: images[0].src: file 'images/nope.jpg' not found"),
        ("unknown-related.md", product(9, ("related: []", "related: [audit-expres]")),
         "content/products/unknown-related.md:16: related[0]: no product has the slug "
         "'audit-expres'"),
    ]


def broken_build(content: Path, output: Path, files: list[tuple[str, str, str]]) -> Build:
    for name, text, _ in files:
        (content / "products" / name).write_text(text, encoding="utf-8")
    return run_build(content, output, output.parent / "cache")


def relative_lines(build: Build, content: Path) -> list[str]:
    """Error lines with the temporary content folder shown as `content/`."""
    prefix = str(content) + "/"
    return [line.replace(prefix, "content/") for line in build.stderr.splitlines()]


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


PAGE = """---
title: {title}
slug: {slug}
lang: fr
---
Texte.
"""


def test_site_level_mistakes(content_copy: Path, tmp_path: Path) -> None:
    pages = content_copy / "pages"
    (pages / "notes.rst").write_text("Notes\n=====\n", encoding="utf-8")
    (pages / "tarifs.md").write_text(PAGE.format(title="Tarifs", slug="produits"))
    (pages / "about-2.md").write_text(PAGE.format(title="Encore", slug="about"))
    (pages / "embed.md").write_text(PAGE.format(title="Vidéo", slug="video")
                                    + "\n<iframe src='https://video.example/x'></iframe>\n")
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
    assert any(line.startswith("content/produits/oubli.md:1: file: is in no content folder")
               for line in lines)
    assert "content/pages/liens.md:8: body: link to '/products/guide.md': no such file in " \
        "the content folder" in lines
    assert "Traceback" not in build.stderr
    assert not (tmp_path / "output").exists()
