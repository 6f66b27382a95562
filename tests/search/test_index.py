"""Pagefind run for real on small sites: what is indexed, the same bytes every run, failures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from search.index import BUNDLE, SearchIndexError, build_index

PAGE = """<!doctype html><html lang="{lang}"><head><title>{title}</title></head><body>
<nav>Menu navigation</nav>
<main{body}><h1>{title}</h1><p>{text}</p></main></body></html>"""
INDEXED = ' data-pagefind-body data-type="{type}" data-pagefind-filter="type[data-type]"'
TYPES = ("Produit", "Page", "Étude de cas", "Livre numérique")


def write(site: Path, path: str, title: str, text: str, lang: str = "fr",
          indexed: bool = True) -> None:
    target = site / path
    target.parent.mkdir(parents=True, exist_ok=True)
    body = INDEXED.format(type=TYPES[len(title) % len(TYPES)]) if indexed else ""
    target.write_text(PAGE.format(lang=lang, title=title, text=text, body=body),
                      encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    for number in range(6):
        write(site, f"produits/p{number}/index.html", f"Produit {'n' * number}",
              f"Une étude de négociation numéro {number}.")
        write(site, f"en/products/p{number}/index.html", f"Product {'n' * number}",
              f"A negotiation study number {number}.", lang="en")
    write(site, "recherche/index.html", "Recherche", "La recherche a besoin de JavaScript.",
          indexed=False)
    write(site, "404.html", "Page introuvable", "Cette page n’existe pas.", indexed=False)
    return site


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.build  # runs Pagefind
def test_only_pages_marked_as_content_are_indexed_per_language(site: Path) -> None:
    summary = build_index(site)
    assert summary.pages == {"fr": 6, "en": 6}
    assert summary.files == len(tree(site / BUNDLE))
    assert summary.size == sum(len(data) for data in tree(site / BUNDLE).values())
    assert "12 pages indexed (en: 6, fr: 6)" in str(summary)
    entry = json.loads((site / BUNDLE / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["en", "fr"]
    # The theme has its own interface: Pagefind's ready-made ones are not shipped.
    assert not list((site / BUNDLE).glob("pagefind-*ui*"))
    assert (site / BUNDLE / "pagefind.js").is_file()
    # One search engine per language of the site (not Pagefind's "unknown" one).
    assert sorted(p.name for p in (site / BUNDLE).glob("wasm.*")) == [
        "wasm.en.pagefind", "wasm.fr.pagefind"]


@pytest.mark.build  # runs Pagefind
def test_the_same_site_gives_the_same_bytes_every_run(site: Path, tmp_path: Path) -> None:
    # Pagefind alone orders filter values differently from run to run (hash-map order).
    runs = []
    for run in range(4):
        copy = tmp_path / f"run{run}"
        shutil.copytree(site, copy)
        build_index(copy)
        runs.append(tree(copy / BUNDLE))
    assert all(files == runs[0] for files in runs[1:])
    assert any(name.startswith("filter/fr_") for name in runs[0])


def test_a_missing_binary_is_a_clear_error(site: Path, tmp_path: Path) -> None:
    with pytest.raises(SearchIndexError, match="Pagefind could not run"):
        build_index(site, executable=tmp_path / "no-such-pagefind")


def test_a_failing_binary_is_a_clear_error(site: Path, tmp_path: Path) -> None:
    failing = tmp_path / "pagefind"
    failing.write_text("#!/bin/sh\necho 'Error: the disk is full' >&2\nexit 3\n")
    failing.chmod(0o755)
    with pytest.raises(SearchIndexError, match=r"Pagefind failed \(exit 3\): Error: the disk"):
        build_index(site, executable=failing)


@pytest.mark.build  # runs Pagefind
def test_unchanged_pages_reuse_the_last_index(site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = tmp_path / "first"
    shutil.copytree(site, first)
    assert not build_index(first, cache=cache).reused
    again = tmp_path / "again"
    shutil.copytree(site, again)
    # Pagefind is not run at all: a missing binary does not matter.
    summary = build_index(again, executable=tmp_path / "no-such-pagefind", cache=cache)
    assert summary.reused and "unchanged pages, index reused" in str(summary)
    assert tree(again / BUNDLE) == tree(first / BUNDLE)
    write(again, "produits/p0/index.html", "Produit", "Un texte qui a changé.")
    shutil.rmtree(again / BUNDLE)
    with pytest.raises(SearchIndexError, match="Pagefind could not run"):
        build_index(again, executable=tmp_path / "no-such-pagefind", cache=cache)
    assert not build_index(again, cache=cache).reused
    assert len(list(cache.iterdir())) == 1  # only the latest index is kept
