"""A listing's facets and its cards' data, on plain products (no Pelican)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from browse.facets import MOST_CHOICES, category_specs, listing
from catalog.kit import CategoryDefinition

DEFINITION = CategoryDefinition.model_validate({
    "name": {"fr": "Livres"},
    "specs": [
        {"name": {"fr": "Pages"}, "type": "number", "unit": {"fr": "pages"}},
        {"name": {"fr": "Formats"}, "type": "list"},
        {"name": {"fr": "Relié"}, "type": "boolean"},
        {"name": {"fr": "Éditeur"}, "type": "text"},
        {"name": {"fr": "Sort"}, "type": "text"},  # its key must not be the sort parameter
    ],
})


def product(slug: str, specs: dict[str, Any], kind: str = "ebook", price: str = "10",
            pay: str = "bank-transfer", rating: Any = None) -> SimpleNamespace:
    offer = SimpleNamespace(price=Decimal(price), currency="EUR", pay=pay)
    return SimpleNamespace(slug=slug, lang="fr", kind=kind, specs=specs, entry_offer=offer,
                           rating=rating, updated=datetime.date(2026, 1, 2))


def test_keys_are_readable_distinct_and_never_a_reserved_parameter() -> None:
    keys = [spec.key for spec in category_specs(DEFINITION, "fr")]
    assert keys == ["pages", "formats", "relie", "editeur", "sort-2"]


def test_each_type_of_spec_gives_its_kind_of_facet_with_counts() -> None:
    products = [
        product("a", {"Pages": "84 pages", "Formats": ["PDF", "EPUB"], "Relié": True,
                      "Éditeur": "Un"}),
        product("b", {"Pages": "120 pages", "Formats": ["PDF"], "Relié": False,
                      "Éditeur": "Deux"}),
        product("c", {"Pages": "28 pages", "Formats": ["PDF"], "Relié": True}, kind="service"),
    ]
    found = {facet.key: facet for facet in listing(products, DEFINITION, "fr").facets}
    assert [(c.value, c.count) for c in found["kind"].choices] == [("service", 1), ("ebook", 2)]
    assert (found["pages"].low, found["pages"].high, found["pages"].unit) == (
        Decimal(28), Decimal(120), None)  # not "Pages (pages)"
    assert [(c.value, c.count) for c in found["formats"].choices] == [("EPUB", 1), ("PDF", 3)]
    assert [(c.value, c.count) for c in found["relie"].choices] == [("yes", 2), ("no", 1)]
    # Every publisher differs: nothing to tick.
    assert "editeur" not in found


def test_a_spec_that_does_not_tell_products_apart_is_no_facet() -> None:
    same = [product(slug, {"Pages": "10 pages", "Formats": ["PDF"]}) for slug in "ab"]
    assert listing(same, DEFINITION, "fr").facets == ()
    many = [product(f"p{n}", {"Éditeur": f"Éditeur {n % (MOST_CHOICES + 1)}"})
            for n in range(2 * (MOST_CHOICES + 1))]
    assert listing(many, DEFINITION, "fr").facets == ()


def test_cards_carry_what_they_are_sorted_and_filtered_by() -> None:
    rating = SimpleNamespace(average=Decimal("4.5"), count=3)
    products = [
        product("a", {"Pages": "84 pages", "Formats": ["PDF", "EPUB"]}, rating=rating),
        product("b", {"Pages": "12 pages", "Formats": ["PDF"]}, price="0", pay="quote"),
    ]
    shown = listing(products, DEFINITION, "fr")
    assert shown.card(products[0]) == {
        "data-price": "10", "data-currency": "EUR", "data-rating": "4.5",
        "data-reviews": "3", "data-date": "2026-01-02", "data-kind": "ebook",
        "data-f-pages": "84", "data-f-formats": "PDF\nEPUB",
    }
    # On quote: no price to sort by. Only specs that are facets are carried.
    card = shown.card(products[1])
    assert card["data-price"] == "" and card["data-rating"] == ""
    assert set(card) - {"data-f-pages", "data-f-formats"} == {
        "data-price", "data-currency", "data-rating", "data-reviews", "data-date", "data-kind"}


def test_the_catalogue_filters_by_kind_only() -> None:
    products = [product("a", {"Pages": "1 pages"}), product("b", {}, kind="software")]
    shown = listing(products, None, "fr")
    assert [facet.key for facet in shown.facets] == ["kind"]
    assert not any(key.startswith("data-f-") for key in shown.card(products[0]))
