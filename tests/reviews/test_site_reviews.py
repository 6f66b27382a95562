"""Reviews in the built demo site: what French law asks to show, and correct figures."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup, Tag

from tests.helpers.build import ROOT

REVIEWS = ROOT / "content" / "reviews"
PRODUCT_URLS = {"fr": "produits/{slug}/index.html", "en": "en/products/{slug}/index.html"}


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def reviewed() -> dict[str, list[dict]]:
    return {folder.name: [front_matter(p) for p in sorted(folder.glob("*.md"))]
            for folder in sorted(REVIEWS.iterdir())}


def page(built_site: Path, lang: str, slug: str) -> BeautifulSoup:
    path = built_site / PRODUCT_URLS[lang].format(slug=slug)
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def block(soup: BeautifulSoup) -> Tag:
    found = soup.find(id="reviews")
    assert isinstance(found, Tag)
    return found


def text(element: Tag | None) -> str:
    assert element is not None
    return " ".join(element.get_text(" ").split())


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("slug", sorted(reviewed()))
def test_average_count_and_distribution(built_site: Path, lang: str, slug: str) -> None:
    ratings = [review["rating"] for review in reviewed()[slug]]
    average = (Decimal(sum(ratings)) / len(ratings)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    shown = str(average).replace(".", "," if lang == "fr" else ".")
    section = block(page(built_site, lang, slug))
    out_of = {"fr": "sur 5", "en": "out of 5"}[lang]
    assert text(section.find(class_="rating-average").find("strong")) == f"{shown} {out_of}"
    counts = [int(meter["value"]) for meter in section.select(".rating-bars meter")]
    assert counts == [ratings.count(stars) for stars in (5, 4, 3, 2, 1)]
    assert {int(meter["max"]) for meter in section.select(".rating-bars meter")} == {len(ratings)}
    links = section.select(".rating-bars a[data-filter]")
    assert [int(a["data-filter"]) for a in links] == [s for s in (5, 4, 3, 2, 1)
                                                     if s in ratings]
    assert len(section.select(".review-list > li")) == len(ratings)


def test_a_product_without_reviews_has_no_rating_block(built_site: Path) -> None:
    products = {p.name for p in (built_site / "produits").iterdir() if p.is_dir()}
    without = sorted(products - set(reviewed()))
    assert without, "the demo needs a product without reviews"
    for slug in without:
        for lang in ("fr", "en"):
            soup = page(built_site, lang, slug)
            assert soup.find(id="reviews") is None
            assert soup.find(class_="rating-summary") is None
            assert "reviews.js" not in str(soup)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_next_to_each_review_dates_badge_source_and_the_legal_statements(
    built_site: Path, lang: str
) -> None:
    slug = "audit-express"
    section = block(page(built_site, lang, slug))
    notice = text(section.find(class_="reviews-notice"))
    expected = {"fr": ("Les avis sont contrôlés avant publication",
                       "Du plus récent au plus ancien, par date de publication."),
                "en": ("Reviews are checked before they are published",
                       "Newest first, by publication date.")}[lang]
    assert all(part in notice for part in expected), notice
    policy = section.find("a", href=re.compile("reviews-policy"))
    assert policy is not None
    assert (built_site / policy["href"].strip("/") / "index.html").is_file()
    items = section.select(".review-list > li")
    published = [item.find_all("time")[0]["datetime"] for item in items]
    assert published == sorted(published, reverse=True), "newest first"
    files = {r["author"]: r for r in reviewed()[slug]}
    for item in items:
        meta = text(item.find(class_="review-meta"))
        author = re.search(r"(?:Par|By) (.+?) ·", meta).group(1)  # type: ignore[union-attr]
        review = files[author]
        times = [t["datetime"] for t in item.find_all("time")]
        assert times == [str(review["date"]), str(review["experience_date"])]
        assert ("Source" in meta) and review["source"] in meta
        badge = item.find(class_="badge-verified")
        assert (badge is not None) == review["verified"]
        assert f"{review['rating']} {'sur' if lang == 'fr' else 'out of'} 5" in text(
            item.find(class_="review-rating"))
        body = item.find(class_="review-body")
        assert body.get("lang") == (None if review["lang"] == lang else review["lang"])


def test_french_dates_are_long_dates(built_site: Path) -> None:
    section = block(page(built_site, "fr", "audit-express"))
    assert "Publié le 2 octobre 2026" in text(section)
    assert "Expérience du 18 septembre 2026" in text(section)


POLICY = {
    "reviews-policy/index.html": ("contrôlés avant publication", "aucune contrepartie",
                                  "30 jours", "3 ans", "du plus récent au plus ancien",
                                  "motif du refus", "D111-16 à D111-19"),
    "en/reviews-policy/index.html": ("checked before they are published", "nothing in return",
                                     "30 days", "3 years", "newest first", "tell the author why",
                                     "D111-16 to D111-19"),
}


@pytest.mark.parametrize("path", sorted(POLICY))
def test_policy_page_says_what_the_law_asks(built_site: Path, path: str) -> None:
    """Collection, checks, reward, publication delay, retention, order (D111-17 to D111-19)."""
    soup = BeautifulSoup((built_site / path).read_text(encoding="utf-8"), "html.parser")
    words = text(soup.find("main")).replace("\u202f", " ")
    for needle in POLICY[path]:
        assert needle in words, needle
