"""Category definition files: read with the catalog's YAML reader, mistakes on their line."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog.kit import load_definitions

SETTINGS = {"CATALOG": {"languages": ["fr", "en"]}, "STATIC_PATHS": ["images"]}

GOOD = """\
name: {fr: Livres numériques, en: E-books}
specs:
  - name: Pages
    type: number
    unit: pages
    better: higher
  - name: {fr: Auteurs, en: Authors}
    type: list
"""


def load(tmp_path: Path, **files: str) -> tuple[object, list[str]]:
    folder = tmp_path / "categories"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    definitions, errors = load_definitions({**SETTINGS, "PATH": str(tmp_path)})
    return definitions, [f"{Path(e.path).name}:{e.line}: {e.field}: {e.message}" for e in errors]


def test_a_good_definition(tmp_path: Path) -> None:
    definitions, errors = load(tmp_path, ebooks=GOOD)
    assert errors == []
    found = definitions.of("E-books", "en")  # type: ignore[attr-defined]
    assert found is definitions.of("Livres numériques", "fr")  # type: ignore[attr-defined]
    assert [s.label("fr") for s in found.specs] == ["Pages", "Auteurs"]
    assert found.specs[0].unit_in("en") == "pages"
    assert definitions.of("E-books", "fr") is None  # type: ignore[attr-defined]


def test_no_folder_means_nothing_to_check(tmp_path: Path) -> None:
    definitions, errors = load_definitions({**SETTINGS, "PATH": str(tmp_path)})
    assert errors == [] and not definitions.exists


@pytest.mark.parametrize(("text", "expected"), [
    (GOOD.replace("    unit: pages\n", ""),
     "ebooks.yaml:3: specs[0].unit: a number needs its unit"),
    (GOOD.replace("    type: list", "    type: list\n    better: lower"),
     "ebooks.yaml:9: specs[1].better: only numbers have a better direction, not type: list"),
    (GOOD.replace("    type: list", "    type: liste"),
     "ebooks.yaml:8: specs[1].type: 'liste' is not one of: text, number, boolean or list"),
    (GOOD.replace("{fr: Auteurs, en: Authors}", "{fr: Auteurs}"),
     "ebooks.yaml:7: specs[1].name: a name needs one entry per language of the site (fr, en); "
     "missing: en"),
    (GOOD.replace("    unit: pages", "    unite: pages"),
     "ebooks.yaml:5: specs[0].unite: unknown key (did you mean 'unit'?)"),
    (GOOD.replace("{fr: Auteurs, en: Authors}", "Pages"),
     "ebooks.yaml:7: specs[1].name: 'Pages' is already the name of specs[0] in 'fr'"),
    (GOOD.replace("{fr: Auteurs, en: Authors}", "{fr: Ｐａｇｅｓ, en: Authors}"),
     "ebooks.yaml:7: specs[1].name: 'Ｐａｇｅｓ' is already the name of specs[0] in 'fr'"),
    (GOOD.replace("{fr: Auteurs, en: Authors}", '{fr: "Auteurs\\u200b", en: Authors}'),
     "ebooks.yaml:7: specs[1].name.fr: invisible character U+200B (zero width space)"),
    (GOOD.replace("specs:", "specs: [").rstrip(),
     "ebooks.yaml:3: front matter: YAML syntax error"),
])
def test_mistakes_have_their_line(tmp_path: Path, text: str, expected: str) -> None:
    _, errors = load(tmp_path, ebooks=text)
    assert any(error.startswith(expected) for error in errors), errors


def test_two_definitions_of_one_name(tmp_path: Path) -> None:
    _, errors = load(tmp_path, a=GOOD, b=GOOD.replace("Livres numériques", "Livres"))
    assert errors == ["b.yaml:1: name: 'E-books' (en) is already defined by "
                      f"{tmp_path / 'categories' / 'a.yaml'}"]
