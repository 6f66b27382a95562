"""The page cache: a rebuild renders exactly the pages that show what changed, and what it
writes is, byte for byte, what a build from an empty cache writes.

Each test edits a copy of the demo site the way an editor would (a price, a review, a
category definition, a related product, a translation, a template, a setting), rebuilds
with the cache, checks which pages were rendered (`TIMINGS=1` names them), compares the
whole output with a clean build of the edited site, then undoes the edit and checks that
the next rebuild gives back the first output.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.build import ROOT, Build, file_bytes, run_build

pytestmark = pytest.mark.build

SETTINGS = """\
from pelicanconf import *  # noqa: F403
THEME = {theme!r}
SITENAME = {name!r}
"""
SUMMARY = re.compile(r"(\d+)\s+rendered by \d+ process(?:es)?, (\d+)\s+unchanged")


@dataclass
class Demo:
    """A copy of the demo site, its theme and settings, and its first build."""

    folder: Path
    content: Path
    theme: Path
    settings: Path
    first: dict[str, bytes]
    pages: int  # how many pages the catalog writes

    def build(self, output: str = "output", cache: str = "cache") -> Build:
        built = run_build(self.content, self.folder / output, self.folder / cache,
                          settings=self.settings, environment={"TIMINGS": "1"})
        assert built.returncode == 0, built.stderr[-3000:]
        return built

    def set_site_name(self, name: str) -> None:
        self.settings.write_text(SETTINGS.format(theme=str(self.theme), name=name),
                                 encoding="utf-8")


def rendered(build: Build) -> set[str]:
    return {line.removeprefix("Rendered: ") for line in build.stderr.splitlines()
            if line.startswith("Rendered: ")}


def counts(build: Build) -> tuple[int, int]:
    """(rendered, unchanged) from the build's catalog line."""
    found = SUMMARY.search(" ".join(build.stdout.split()))
    assert found, build.stdout
    return int(found[1]), int(found[2])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    folder = tmp_path_factory.mktemp("page-cache")
    shutil.copytree(ROOT / "content", folder / "content")
    shutil.copytree(ROOT / "theme", folder / "theme")
    settings = folder / "cacheconf.py"
    demo = Demo(folder, folder / "content", folder / "theme", settings, {}, 0)
    demo.set_site_name("Boussole Conseil")
    built = demo.build()
    demo.first = file_bytes(built.output)
    demo.pages = sum(counts(built))
    assert counts(built) == (demo.pages, 0)
    yield demo


def edited(demo: Demo, edit: Callable[[], Callable[[], None]]) -> tuple[set[str], int]:
    """Apply `edit` (which returns how to undo it), rebuild with the cache and compare
    with a clean build (when some pages came from the cache); undo, rebuild, and compare
    with the first build. The pages rendered, and how many."""
    undo = edit()
    try:
        warm = demo.build()
        if counts(warm)[1]:
            clean = demo.build("clean-output", "clean-cache")
            assert_same_files(file_bytes(warm.output), file_bytes(clean.output))
    finally:
        undo()
        shutil.rmtree(demo.folder / "clean-output", ignore_errors=True)
        shutil.rmtree(demo.folder / "clean-cache", ignore_errors=True)
    back = demo.build()
    assert_same_files(file_bytes(back.output), demo.first)
    assert rendered(back) == rendered(warm)
    return rendered(warm), counts(warm)[0]


def assert_same_files(got: dict[str, bytes], expected: dict[str, bytes]) -> None:
    assert sorted(got) == sorted(expected)
    different = [name for name in sorted(got) if got[name] != expected[name]]
    assert not different, f"not the bytes of a clean build: {different[:10]}"


def replace_in(path: Path, old: str, new: str) -> Callable[[], None]:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return lambda: path.write_text(text, encoding="utf-8")


def product_pages(slug: str) -> set[str]:
    """The French product page of `slug`, and its page after payment."""
    return {f"produits/{slug}/index.html", f"produits/{slug}/merci/index.html"}


# The French pages that show the e-book `fixer-ses-prix`: its own, those of the products
# that name it as related, its category's listing and comparison, the catalogue.
SHOWING_FIXER_SES_PRIX = {
        *product_pages("fixer-ses-prix"),
        "produits/calculateur-prix-de-revient/index.html",
        "produits/devis-qui-signent/index.html",
        "produits/formation-negociation/index.html",
        "categories/livres-numeriques/index.html",
        "categories/livres-numeriques/comparer/index.html",
        "produits/index.html",
}


def test_nothing_changed_renders_nothing_and_writes_the_same_bytes(demo: Demo) -> None:
    again = demo.build()
    assert counts(again) == (0, demo.pages)
    assert rendered(again) == set()
    assert_same_files(file_bytes(again.output), demo.first)


def test_a_price_renders_the_pages_that_show_the_product(demo: Demo) -> None:
    product = demo.content / "products" / "fixer-ses-prix.md"
    pages, count = edited(demo, lambda: replace_in(product, "price: 24.00", "price: 26.00"))
    assert pages == SHOWING_FIXER_SES_PRIX  # in French only, the language of the file
    assert count == len(pages)


def test_a_review_renders_the_pages_that_show_its_product(demo: Demo) -> None:
    review = demo.content / "reviews" / "fixer-ses-prix" / "2026-11-20-paul-t.md"

    def add() -> Callable[[], None]:
        review.write_text("---\nauthor: Paul T.\nrating: 1\ndate: 2026-11-20\n"
                          "experience_date: 2026-11-01\nverified: true\n"
                          "source: E-mail\nlang: fr\n---\n"
                          "Trop court pour mon usage.\n", encoding="utf-8")
        return review.unlink

    pages, count = edited(demo, add)
    # A rating counts the reviews of every language: the same pages in both.
    assert {page for page in pages if not page.startswith("en/")} == SHOWING_FIXER_SES_PRIX
    assert len(pages) == count == 2 * len(SHOWING_FIXER_SES_PRIX)


def test_a_category_definition_renders_the_pages_of_its_products(demo: Demo) -> None:
    definition = demo.content / "categories" / "ebooks.yaml"
    pages, count = edited(demo, lambda: replace_in(
        definition, "unit: {fr: modèles, en: templates}\n    better: higher",
        "unit: {fr: modèles, en: templates}\n    better: lower"))
    # Its comparisons and its listings, whose filters follow the definition; product
    # pages show a spec's value and unit, not which way is better.
    assert pages == {
        "categories/livres-numeriques/index.html",
        "categories/livres-numeriques/comparer/index.html",
        "en/categories/e-books/index.html",
        "en/categories/e-books/compare/index.html",
    }
    assert count == len(pages)


def test_the_latest_update_renders_every_page_that_states_it(demo: Demo) -> None:
    # Pages saved for offline reading say "prices as of" the latest `updated:` of any
    # product: when that date moves, every page shows it.
    product = demo.content / "products" / "fixer-ses-prix.md"
    _, count = edited(demo, lambda: replace_in(product, "updated: 2026-03-16",
                                               "updated: 2026-11-30"))
    assert count == demo.pages


@pytest.mark.parametrize("change", ["translation", "template", "setting"])
def test_what_every_page_reads_renders_every_page(demo: Demo, change: str) -> None:
    def edit() -> Callable[[], None]:
        if change == "translation":
            return replace_in(demo.theme / "translations" / "fr" / "LC_MESSAGES" /
                              "messages.po", 'msgstr "Comparer"', 'msgstr "Mettre en regard"')
        if change == "template":
            return replace_in(demo.theme / "templates" / "base.html", "</body>",
                              "<!-- edited --></body>")
        demo.set_site_name("Boussole Conseil & associés")
        return lambda: demo.set_site_name("Boussole Conseil")

    _, count = edited(demo, edit)
    assert count == demo.pages


def test_a_damaged_page_in_the_cache_is_rendered_again(demo: Demo) -> None:
    bodies = [path for path in (demo.folder / "cache" / "pages").glob("??/*")]
    assert len(bodies) >= demo.pages // 2
    for body in bodies:
        body.write_bytes(body.read_bytes().replace(b"</html>", b"</html><!-- stale -->"))
    again = demo.build()
    assert counts(again) == (demo.pages, 0)
    assert "damaged cache entry" in again.stderr
    assert_same_files(file_bytes(again.output), demo.first)
