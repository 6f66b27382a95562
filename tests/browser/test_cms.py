"""`make edit`: the real Decap CMS in Chromium, its local backend writing a copy of the site.

The forms come from the generated configuration; what they write must be content the
build accepts, and editing a file must leave alone what the form did not touch.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers.browser import NewPage
from tests.helpers.build import ROOT, run_build, run_check
from tests.helpers.servers import free_port, started
from tests.helpers.tools import unavailable

pytestmark = [pytest.mark.browser, pytest.mark.build]

DECAP_SERVER = ROOT / "plugins" / "cms" / "node_modules" / "decap-server" / "dist" / "index.js"
STARTED = re.compile(r"CMS on (http://[\d.:]+)/admin/")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the demo site: its content and settings, in a folder of its own."""
    root = tmp_path / "site"
    shutil.copytree(ROOT / "content", root / "content")
    (root / "settings.py").write_text(
        f"from pelicanconf import *\nPATH = {str(root / 'content')!r}\n", encoding="utf-8")
    return root


@pytest.fixture
def cms(site: Path) -> Iterator[str]:
    """`python -m cms serve` on `site`, on free ports; the address of its admin page."""
    if not DECAP_SERVER.is_file():
        unavailable(f"{DECAP_SERVER} is missing (run: npm ci --prefix plugins/cms)")
    if shutil.which("node") is None:
        unavailable("node is not installed")
    with started([sys.executable, "-m", "cms", "serve", "--settings", str(site / "settings.py"),
                  "--port", "0", "--backend-port", str(free_port())], STARTED,
                 "the CMS") as url:
        yield f"{url}/admin/"


def _front_matter(path: Path) -> tuple[dict[str, Any], str]:
    _, head, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(head), body


def _open(new_page: NewPage, admin: str, route: str,  # type: ignore[no-untyped-def]
          first_field: str = "title"):
    page = new_page(viewport={"width": 1400, "height": 1000})
    page.goto(admin)
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_text("Produits (français)").first.wait_for()
    page.goto(f"{admin}#/collections/{route}")
    page.locator(f'input[id^="{first_field}-field-"]').wait_for()
    return page


def _choose(page, field: str, option: str) -> None:  # type: ignore[no-untyped-def]
    page.locator(f'input[id^="{field}-field-"]').first.click()
    page.locator('[id*="-option-"]').get_by_text(option, exact=True).click()


def _publish(page, written: Path) -> None:  # type: ignore[no-untyped-def]
    page.get_by_role("button", name="Publier", exact=True).click()
    page.get_by_text("Publier maintenant").click()
    page.get_by_text("Modifications enregistrées").wait_for()
    assert written.is_file()


def _fill_product(page, title: str, summary: str,  # type: ignore[no-untyped-def]
                  offer: str) -> None:
    """The required fields of a service in the Audits category, and its first offer."""
    page.locator('input[id^="title-field-"]').fill(title)
    page.locator('input[id^="slug-field-"]').fill("atelier-tarifs")
    _choose(page, "kind", "service")
    page.locator('input[id^="sku-field-"]').fill("ATL-001")
    _choose(page, "category", "Audits")
    page.locator('textarea[id^="summary-field-"]').fill(summary)
    page.locator('input[id^="name-field-"]').first.fill(offer)
    page.locator('input[id^="price-field-"]').first.fill("900")
    page.locator('input[id^="pay-field-"]').first.fill("bank-transfer")


def test_a_product_made_in_the_cms_builds(new_page: NewPage, cms: str, site: Path) -> None:
    page = _open(new_page, cms, "products-fr/new")
    _fill_product(page, "Atelier tarifs", "Une journée pour revoir vos prix.", "Essentiel")
    page.get_by_role("button", name="Ajouter offres").click()
    page.locator('input[id^="name-field-"]').nth(1).fill("Complet")
    page.locator('input[id^="price-field-"]').nth(1).fill("1800.50")
    page.locator('input[id^="pay-field-"]').nth(1).fill("quote")
    page.locator('input[id^="Durée-field-"]').fill("2 jours ouvrés")
    written = site / "content" / "products" / "atelier-tarifs.md"
    _publish(page, written)

    data, _ = _front_matter(written)
    assert data["lang"] == "fr" and data["category"] == "Audits"
    assert [(o["name"], o["price"], o["currency"], o["pay"]) for o in data["offers"]] == [
        ("Essentiel", 900, "EUR", "bank-transfer"), ("Complet", 1800.5, "EUR", "quote")]
    assert data["specs"] == {"Durée": "2 jours ouvrés"}
    assert "ebook" not in data  # an untouched optional block is not written


    # Its English version, in the layout the build reads: <slug>.en.md.
    page.goto(f"{cms}#/collections/products-en/new")
    _fill_product(page, "Pricing workshop", "One day to review your prices.", "Essential")
    _publish(page, site / "content" / "products" / "atelier-tarifs.en.md")

    checked = run_check(site / "content", site)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    build = run_build(site / "content", site / "output", site / "cache")
    assert build.returncode == 0, build.stderr
    built = (site / "output" / "produits" / "atelier-tarifs" / "index.html").read_text(
        encoding="utf-8")
    assert "Atelier tarifs" in built and "Complet" in built
    built = (site / "output" / "en" / "products" / "atelier-tarifs" / "index.html").read_text(
        encoding="utf-8")
    assert "Pricing workshop" in built


def test_a_review_goes_to_the_folder_of_its_product(
        new_page: NewPage, cms: str, site: Path) -> None:
    page = _open(new_page, cms, "reviews/new", first_field="author")
    page.locator('input[id^="author-field-"]').fill("Jeanne P.")
    page.locator('input[id^="rating-field-"]').fill("5")
    page.locator('input[id^="date-field-"]').fill("2026-11-20")
    page.locator('input[id^="experience_date-field-"]').fill("2026-11-01")
    page.locator('input[id^="source-field-"]').fill("E-mail")
    page.locator('input[id^="product-field-"]').click()
    page.keyboard.type("Audit commercial")
    page.locator('[id*="-option-"]').get_by_text("Audit commercial express").click()
    page.locator('textarea[id^="body-field-"]').fill("Très utile, et vite.")
    _publish(page, site / "content" / "reviews" / "audit-express" / "2026-11-20-jeanne-p.md")

    checked = run_check(site / "content", site)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_an_edit_keeps_what_the_form_did_not_touch(
        new_page: NewPage, cms: str, site: Path) -> None:
    path = site / "content" / "products" / "audit-express.md"
    before, body_before = _front_matter(path)
    page = _open(new_page, cms, "products-fr/entries/audit-express")
    summary = page.locator('textarea[id^="summary-field-"]')
    summary.fill("Un diagnostic commercial en dix jours ouvrés.")
    _publish(page, path)

    after, body_after = _front_matter(path)
    assert list(after) == list(before)  # the same keys, in the same order
    assert after["summary"] == "Un diagnostic commercial en dix jours ouvrés."
    assert {k: v for k, v in after.items() if k != "summary"} == {
        k: v for k, v in before.items() if k != "summary"}
    assert body_after.strip() == body_before.strip()
    checked = run_check(site / "content", site)
    assert checked.returncode == 0, checked.stdout + checked.stderr
