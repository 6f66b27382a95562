"""The demo's structured data: one JSON-LD graph per page, equal to what the page shows
(breadcrumb, prices, rating), and inert whatever the content holds."""

from __future__ import annotations

import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel.numbers import format_currency, format_decimal
from bs4 import BeautifulSoup

from tests.helpers.build import ROOT, run_build

pytestmark = pytest.mark.build

FREE = {"fr": "Gratuit", "en": "Free"}  # a free offer's price on its page
HOSTILE = "</script><script>alert(1)</script> <!-- \u2028"


def graph(page: Path) -> list[dict[str, Any]]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    scripts = soup.find_all("script", type="application/ld+json")
    assert len(scripts) == 1, page
    found: list[dict[str, Any]] = json.loads(scripts[0].string)["@graph"]
    return found


def node(nodes: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    return next(n for n in nodes if kind in (n["@type"] if isinstance(n["@type"], list)
                                             else [n["@type"]]))


def front_matter(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
    return data


def test_every_page_has_one_graph_whose_breadcrumb_is_the_page_s(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        nodes = graph(page)
        assert {"Organization", "WebSite"} <= {n["@type"] for n in nodes
                                                if isinstance(n["@type"], str)}
        shown = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select(
            "nav.breadcrumbs li")
        listed = [n for n in nodes if n["@type"] == "BreadcrumbList"]
        if len(shown) < 2:
            assert listed == [], page
            continue
        names = [item["name"] for item in listed[0]["itemListElement"]]
        assert names == [li.get_text(" ", strip=True) for li in shown], page


def test_product_offers_and_ratings_are_those_of_the_content(built_site: Path) -> None:
    products = ROOT / "content" / "products"
    checked = 0
    for source in sorted(products.glob("*.md")):
        data = front_matter(source)
        url = (f"produits/{data['slug']}/" if data["lang"] == "fr"
               else f"{data['lang']}/products/{data['slug']}/")
        product = node(graph(built_site / url / "index.html"), "Product")
        priced = [o for o in data["offers"] if o.get("pay") != "quote"]
        assert [(o["price"], o["priceCurrency"]) for o in product.get("offers", [])] == [
            (f"{Decimal(str(o['price'])):.2f}", o["currency"]) for o in priced], source
        reviews = sorted((ROOT / "content" / "reviews" / str(data["slug"])).glob("*.md"))
        if not reviews:
            assert "aggregateRating" not in product and "review" not in product
            continue
        ratings = [front_matter(review)["rating"] for review in reviews]
        average = (Decimal(sum(ratings)) / len(ratings)).quantize(Decimal("0.1"),
                                                                  rounding=ROUND_HALF_UP)
        assert product["aggregateRating"]["ratingValue"] == str(average)
        assert product["aggregateRating"]["reviewCount"] == len(ratings) == len(product["review"])
        checked += 1
    assert checked >= 4  # the demo's reviewed products, in both languages


def test_prices_and_ratings_are_those_the_page_shows(built_site: Path) -> None:
    """Each Offer's price and currency as its offer block shows them, and the rating's
    average and count as the rating summary shows them, in the page's language."""
    checked = 0
    for page in sorted([*built_site.glob("produits/*/index.html"),
                        *built_site.glob("en/products/*/index.html")]):
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        lang = str(html.html["lang"]) if html.html else ""
        product = node(graph(page), "Product")
        for offer in product.get("offers", []):
            block = html.find(id=offer["url"].rsplit("#", 1)[1])
            assert block is not None, (page, offer["url"])
            shown = block.select_one(".offer-price").get_text(strip=True)
            price = Decimal(offer["price"])
            assert shown == (FREE[lang] if price == 0 else format_currency(
                price, offer["priceCurrency"], locale=lang)), page
            checked += 1
        rating = product.get("aggregateRating")
        summary = html.select_one(".rating-summary a")
        assert (rating is None) == (summary is None), page
        if rating is not None:
            average = format_decimal(Decimal(rating["ratingValue"]), locale=lang)
            numbers = re.findall(r"\d+(?:[.,]\d+)?", summary.get_text())
            assert numbers[0] == average and numbers[-1] == str(rating["reviewCount"]), page
    assert checked > 20


def test_hostile_content_stays_inert_in_the_structured_data(
    content_copy: Path, tmp_path: Path
) -> None:
    source = content_copy / "products" / "audit-express.md"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("title: Audit commercial express",
                                   f"title: {json.dumps(HOSTILE)}", 1), encoding="utf-8")
    build = run_build(content_copy, tmp_path / "output", tmp_path / "cache")
    assert build.returncode == 0, build.stderr
    page = build.output / "produits" / "audit-express" / "index.html"
    html = page.read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert not [s for s in soup.find_all("script") if "alert(1)" in (s.string or "")
                and s.get("type") != "application/ld+json"]
    name = node(graph(page), "Product")["name"]  # as the page shows it, spaces normalised
    assert name == soup.find("h1").get_text() and name.startswith("</script><script>")
    written = soup.find("script", type="application/ld+json").string
    assert "<" not in written and "\u2028" not in written


def test_the_return_policy_links_the_page_that_states_it_in_the_page_s_language(
        built_site: Path) -> None:
    for home, legal in (("index.html", "legal/"), ("en/index.html", "en/legal/")):
        policy = node(graph(built_site / home), "Organization")["hasMerchantReturnPolicy"]
        assert policy["merchantReturnDays"] == 14
        link = policy["merchantReturnLink"]
        assert link.endswith(f"/{legal}") and (built_site / legal / "index.html").is_file()
        text = (built_site / legal / "index.html").read_text(encoding="utf-8")
        assert "14" in text and ("rétractation" in text or "withdrawal" in text)
