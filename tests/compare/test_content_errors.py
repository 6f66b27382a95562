"""Comparison mistakes in content: each on its line, all in one run, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.build import relative_lines, run_build, run_check
from tests.helpers.content import PAGE

pytestmark = pytest.mark.build

BLOCKS = "\n".join([
    "",
    "/// compare",                                             # line 8: fine
    "    products: [audit-express, sprint-croissance]",
    "    specs: [Durée, Livrables]",
    "///",
    "",
    "/// compare",                                             # line 13
    "    products: [audit-express, audit-expres]",             # 14: unknown slug
    "    specs: [Durée, Durées]",                              # 15: unknown spec
    "///",
    "",
    "/// compare",                                             # line 18
    "    products:",
    "      - audit-express",
    "      - boussole-pipeline",                               # 21: another category
    "///",
    "",
    "/// compare",                                             # 24: not understood
    "    produits: [audit-express, sprint-croissance]",
    "///",
    "",
])


def test_comparison_mistakes(content_copy: Path, tmp_path: Path) -> None:
    (content_copy / "pages" / "choisir.md").write_text(
        PAGE.format(title="Choisir", slug="choisir") + BLOCKS, encoding="utf-8")
    product = content_copy / "products" / "sprint-croissance.md"
    text = product.read_text(encoding="utf-8")
    for old, new in (("Durée: 60\u00a0jours ouvrés", "Durée: 60 semaines"),
                     ("Rythme:", "Ryhtme:")):
        assert old in text, old
        text = text.replace(old, new)
    product.write_text(text, encoding="utf-8")
    category = content_copy / "categories" / "tools.yaml"
    category.write_text(category.read_text(encoding="utf-8").replace(
        "    type: boolean", "    type: bool", 1), encoding="utf-8")
    (content_copy / "products" / "fixer-ses-prix.md").write_text(
        (content_copy / "products" / "fixer-ses-prix.md").read_text(encoding="utf-8")
        .replace("category: Livres numériques", "category: Livres"), encoding="utf-8")

    build = run_build(content_copy, tmp_path / "output", tmp_path / "cache")
    lines = relative_lines(build, content_copy)
    assert build.returncode == 1
    page = "content/pages/choisir.md"
    expected = [
        f"{page}:14: body: comparison block: no product has the slug 'audit-expres' "
        "(did you mean 'audit-express'?)",
        f"{page}:15: body: comparison block: 'Durées' is not a spec of 'Audits' in 'fr' "
        "(did you mean 'Durée'?); its specs are: Durée, Format, Livrables, Plateformes, "
        "Zone d’intervention, Accès demandé, Rythme, Prérequis, Points d’étape, "
        "Accord de confidentialité",
        f"{page}:21: body: comparison block: 'boussole-pipeline' is in category 'Outils', "
        "not 'Audits'; a comparison block compares the products of one category",
        f"{page}:24: body: comparison block not understood: write its options indented by 4 "
        "spaces under '/// compare', as YAML: 'products: [slug, slug]' and optionally "
        "'specs: [name, name]'",
        "content/products/sprint-croissance.md:34: specs.Durée: the unit is 'jours ouvrés' "
        "for every product of the category, got 'semaines'",
        "content/products/sprint-croissance.md:35: specs.Ryhtme: not a spec of 'Audits' "
        "(did you mean 'Rythme'?); its specs are: Durée, Format, Livrables, Plateformes, "
        "Zone d’intervention, Accès demandé, Rythme, Prérequis, Points d’étape, "
        "Accord de confidentialité",
        "content/categories/tools.yaml:15: specs[5].type: 'bool' is not one of: text, number, "
        "boolean or list",
        "content/products/fixer-ses-prix.md:6: category: 'Livres' has no definition in "
        "content/categories/ for 'fr'",
    ]
    for line in expected:
        assert any(found.startswith(line) for found in lines), (line, lines)
    assert len([line for line in lines if line.startswith("content/")]) == len(expected), lines
    assert "Traceback" not in build.stderr
    assert not (tmp_path / "output").exists()


def test_make_check_checks_definitions_and_specs(content_copy: Path, tmp_path: Path) -> None:
    product = content_copy / "products" / "calculateur-prix-de-revient.en.md"
    product.write_text(product.read_text(encoding="utf-8").replace("Macros: false", "Macros: no"),
                       encoding="utf-8")
    category = content_copy / "categories" / "ebooks.yaml"
    category.write_text(category.read_text(encoding="utf-8").replace("    unit: pages\n", ""),
                        encoding="utf-8")
    result = run_check(content_copy, tmp_path)
    lines = [line.replace(str(content_copy) + "/", "content/")
             for line in result.stderr.splitlines()]
    assert result.returncode == 1
    assert ("content/products/calculateur-prix-de-revient.en.md:28: specs.Macros: expected true "
            "or false, got 'no'") in lines
    assert any(line.startswith("content/categories/ebooks.yaml:3: specs[0].unit: a number needs "
                               "its unit") for line in lines), lines
