"""Buy buttons written in prose: `[[buy: slug / Offer]]`."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from markdown import Markdown
from payments.prose import placeholders

from tests.helpers.build import relative_lines, run_build
from tests.helpers.content import PAGE


def test_the_syntax_becomes_a_placeholder_with_the_names_as_text() -> None:
    md = Markdown(extensions=["extra", "payments.prose"])
    html = md.convert('Voir [[buy: audit-express / Sur mesure]] et [[buy:x/"<b>&"]].')
    assert [(slug, offer) for _, slug, offer in placeholders(html)] == [
        ("audit-express", "Sur mesure"), ("x", '"<b>&"')]
    assert "<b>" not in html


def test_buttons_are_rendered_in_pages_and_their_mistakes_located(
    content_copy: Path, tmp_path: Path
) -> None:
    pages = content_copy / "pages"
    (pages / "achats.md").write_text(PAGE.format(title="Achats", slug="achats") + "\n".join([
        "",
        "Un : [[buy: audit-express / Essentiel]]",           # line 8: fine
        "Deux : [[buy: audit-expres / Essentiel]]",          # line 9: unknown product
        "Trois : [[buy: audit-express / Premium]]",          # line 10: unknown offer
        "Quatre : [[buy: audit-express / Premium]]",         # line 11: the same, again
        "Cinq : [[buy: audit-express / Sur",                 # lines 12-13: wrapped name, fine
        "mesure]]",
        "",
    ]), encoding="utf-8")
    build = run_build(content_copy, tmp_path / "output", tmp_path / "cache")
    lines = relative_lines(build, content_copy)
    assert build.returncode == 1
    assert ("content/pages/achats.md:9: body: buy button: no product has the slug "
            "'audit-expres' (did you mean 'audit-express'?)") in lines
    unknown_offer = ("body: buy button: 'audit-express' has no offer 'Premium'; its offers are "
                     "'Essentiel', 'Approfondi', 'Sur mesure'")
    assert f"content/pages/achats.md:10: {unknown_offer}" in lines
    assert f"content/pages/achats.md:11: {unknown_offer}" in lines
    assert len([line for line in lines if line.startswith("content/pages/achats.md")]) == 3


def test_a_button_to_an_untranslated_product_says_its_language(built_site: Path) -> None:
    page = BeautifulSoup(
        (built_site / "en/case-studies/menuiserie-taux-transformation/index.html").read_text(),
        "html.parser",
    )
    button = page.select_one(".prose a.pay-link")
    assert button is not None
    assert "Express sales audit" in button.get_text()
    assert button.get("lang") is None  # the product is translated: same language
    assert "locale=en" in button["href"]
    assert page.select_one(".prose .badge-test") is not None
