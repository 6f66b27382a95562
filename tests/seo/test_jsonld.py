"""Structured data builders: nothing can leave the script element, nothing is invented."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from types import SimpleNamespace

import pytest
from seo import jsonld

SITE = jsonld.SiteFacts(name="Boussole", root="https://example.com/", url="https://example.com/",
                        logo=None, email=None, telephone=None, search_url=None, lang="fr")
HOSTILE = "</script><script>alert(1)</script> <!-- --> & \u2028\u2029 ]]>"


def absolute(url: str) -> str:
    return f"https://example.com/{url}"


@pytest.mark.parametrize("text", [HOSTILE, "</SCRIPT >", "<!--<script>", "a\u2028b"])
def test_no_text_can_close_the_script_element_or_open_a_comment(text: str) -> None:
    written = str(jsonld.script_json(jsonld.graph({"@type": "Thing", "name": text})))
    assert "<" not in written and ">" not in written and "\u2028" not in written
    assert json.loads(written)["@graph"][0]["name"] == text


def offer(price: str, pay: str | None = "https://buy.stripe.com/x", currency: str = "EUR",
          name: str = "Essentiel") -> SimpleNamespace:
    return SimpleNamespace(name=name, price=Decimal(price), currency=currency, pay=pay)


def product(**changes: object) -> SimpleNamespace:
    fields: dict[str, object] = dict(
        url="produits/audit/", title="Audit", summary="Un audit.", sku="AUD-001",
        category=SimpleNamespace(name="Audits"), lang="fr", ebook=None, rating=None,
        reviews=(), offers=[offer("1490"), offer("0", pay="quote", name="Sur devis")],
        payments=[SimpleNamespace(method="link"), SimpleNamespace(method="quote")])
    fields.update(changes)
    return SimpleNamespace(**fields)


def test_a_product_states_only_what_its_content_says() -> None:
    node = jsonld.product(product(), SITE, absolute, [])
    assert node["offers"] == [{
        "@type": "Offer", "name": "Essentiel", "url": "https://example.com/produits/audit/#offer--1",
        "price": "1490.00", "priceCurrency": "EUR", "availability": "https://schema.org/InStock",
        "seller": {"@id": "https://example.com/#organization"},
    }]  # the offer on quote states no price, so it is no Offer
    assert "aggregateRating" not in node and "review" not in node and "image" not in node
    assert "priceValidUntil" not in json.dumps(node) and "gtin" not in json.dumps(node)


def test_a_rated_product_gives_its_rating_and_every_review() -> None:
    review = SimpleNamespace(author="Claire M.", date=datetime.date(2026, 10, 2), lang="fr",
                             rating=5, title=None, html="<p>Très <em>clair</em>.</p>")
    rated = product(rating=SimpleNamespace(average=Decimal("4.5"), count=2),
                    reviews=(review, review))
    node = jsonld.product(rated, SITE, absolute, [])
    assert node["aggregateRating"]["ratingValue"] == "4.5"
    assert node["aggregateRating"]["reviewCount"] == 2 == len(node["review"])
    assert node["review"][0]["reviewBody"] == "Très clair."
    assert node["review"][0]["datePublished"] == "2026-10-02"


def test_a_product_paid_through_a_contact_channel_states_no_availability() -> None:
    node = jsonld.product(product(offers=[offer("900", pay=None)],
                                  payments=[SimpleNamespace(method="contact")]),
                          SITE, absolute, [])
    assert "availability" not in node["offers"][0]


def test_breadcrumbs_and_faq_follow_the_page() -> None:
    trail = [("", "Accueil"), ("produits/", "Catalogue"), ("produits/audit/", "Audit")]
    node = jsonld.breadcrumbs(trail, absolute)
    assert node is not None
    assert [(i["position"], i["name"], i["item"]) for i in node["itemListElement"]] == [
        (1, "Accueil", "https://example.com/"), (2, "Catalogue", "https://example.com/produits/"),
        (3, "Audit", "https://example.com/produits/audit/")]
    assert jsonld.breadcrumbs(trail[:1], absolute) is None
    assert jsonld.faq([]) is None


def test_the_organisation_gives_its_profiles_and_return_policy_as_the_settings_state() -> None:
    from seo.settings import ReturnPolicy

    policy = jsonld.return_policy(ReturnPolicy(countries=["FR", "BE"], days=14, fees="free",
                                               method="mail", return_country="FR"),
                                  "https://example.com/legal/")
    site = jsonld.SiteFacts(**{**SITE.__dict__, "same_as": ("https://social.example/@b",),
                               "return_policy": policy})
    node = jsonld.organization(site)
    assert node["sameAs"] == ["https://social.example/@b"]
    assert node["hasMerchantReturnPolicy"] == {
        "@type": "MerchantReturnPolicy", "applicableCountry": ["FR", "BE"],
        "returnPolicyCategory": "https://schema.org/MerchantReturnFiniteReturnWindow",
        "merchantReturnDays": 14, "returnFees": "https://schema.org/FreeReturn",
        "returnMethod": "https://schema.org/ReturnByMail", "returnPolicyCountry": "FR",
        "merchantReturnLink": "https://example.com/legal/",
    }
    assert "sameAs" not in jsonld.organization(SITE)
    assert "hasMerchantReturnPolicy" not in jsonld.organization(SITE)


@pytest.mark.parametrize(("days", "category"), [
    ("none", "MerchantReturnNotPermitted"), ("unlimited", "MerchantReturnUnlimitedWindow")])
def test_a_policy_without_a_window_states_no_days(days: str, category: str) -> None:
    from seo.settings import ReturnPolicy

    node = jsonld.return_policy(ReturnPolicy(countries=["FR"], days=days), None)
    assert node == {"@type": "MerchantReturnPolicy", "applicableCountry": ["FR"],
                    "returnPolicyCategory": f"https://schema.org/{category}"}


def test_nodes_shared_by_a_language_s_pages_are_written_once_and_read_the_same() -> None:
    shared = [jsonld.organization(SITE), jsonld.website(SITE)]
    page = {"@type": "Thing", "name": HOSTILE}
    written = jsonld.graph_json(",".join(map(jsonld.node_json, shared)), None, page)
    assert written == jsonld.script_json(jsonld.graph(*shared, page))
