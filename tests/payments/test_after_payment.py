"""The page a payment link returns the buyer to: what happens next, who to contact, a
review invitation, in its language; for buyers only (noindex, not listed anywhere)."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from payments.after import review_invitation

from tests.helpers.build import ROOT

pytestmark = pytest.mark.build

PAGES = {"fr": "produits/{slug}/merci/", "en": "en/products/{slug}/thank-you/"}
HEADINGS = {"fr": "Merci pour votre commande", "en": "Thank you for your order"}
# The columns of `make import-reviews` the invitation's lines are named after.
COLUMNS = {"fr": ("produit", "note", "nom", "avis"), "en": ("product", "rating", "author", "text")}


def _products() -> list[dict[str, object]]:
    found = []
    for path in sorted((ROOT / "content" / "products").glob("*.md")):
        found.append(yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1]))
    return found


def test_every_product_has_its_page_in_its_language(built_site: Path) -> None:
    products = _products()
    assert any(offer.get("delivery") for p in products for offer in p["offers"])  # type: ignore[attr-defined]
    for product in products:
        lang, slug = str(product["lang"]), str(product["slug"])
        page = BeautifulSoup((built_site / PAGES[lang].format(slug=slug) / "index.html")
                             .read_text(encoding="utf-8"), "html.parser")
        assert page.html["lang"] == lang  # type: ignore[index]
        assert page.select_one('meta[name="robots"]')["content"] == "noindex"  # type: ignore[index]
        assert page.h1.get_text() == HEADINGS[lang]  # type: ignore[union-attr]
        text = " ".join(page.select_one("main").get_text(" ").split())  # type: ignore[union-attr]
        for offer in product["offers"]:  # type: ignore[attr-defined]
            assert offer["name"] in text
            if offer.get("delivery"):
                assert " ".join(offer["delivery"].split()) in text, (slug, lang)
        assert "contact@boussole-conseil.example" in text
        invitation = page.select_one(".review-invitation a")["href"]  # type: ignore[index]
        query = parse_qs(urlsplit(str(invitation)).query)
        assert str(product["title"]) in query["subject"][0]
        body = query["body"][0]
        lines = dict(line.split(":", 1) for line in body.splitlines() if ":" in line)
        columns = [key.strip() for key in lines if key.strip() in COLUMNS[lang]]
        assert columns == list(COLUMNS[lang]), body
        assert lines[next(k for k in lines if k.strip() == COLUMNS[lang][0])].strip() == slug


def test_they_are_in_no_sitemap_search_index_or_precache(built_site: Path) -> None:
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    worker = (built_site / "sw.js").read_text(encoding="utf-8")
    assert "/merci/" not in sitemap and "/thank-you/" not in sitemap
    assert "/merci/" not in worker and "/thank-you/" not in worker
    fragments = [json.loads(gzip.decompress(path.read_bytes())[12:] or b"{}")
                 if path.read_bytes()[:2] == b"\x1f\x8b" else {}
                 for path in (built_site / "pagefind" / "fragment").glob("*.pf_fragment")]
    urls = {str(fragment.get("url", "")) for fragment in fragments}
    assert any("/produits/audit-express/" in url for url in urls)  # products are indexed
    assert not [url for url in urls if re.search(r"/(merci|thank-you)/", url)]


def test_the_review_invitation_follows_the_typography_of_its_language() -> None:
    class Product:
        lang, slug = "fr", "audit-express"

    french = review_invitation(Product())
    assert "produit\u202f: audit-express" in french and " :" not in french
    Product.lang = "en"
    assert "product: audit-express\nrating: \n" in review_invitation(Product())
