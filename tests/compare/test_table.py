"""The comparison logic: which values are equal, which is best, on plain data."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from catalog.kit import CategoryDefinition, SpecDefinition, typed_value
from compare.table import (
    Cell,
    Column,
    Row,
    Table,
    all_equal,
    best_flags,
    comparison_key,
    in_parts,
    offer_table,
    price_row,
    product_table,
    rating_row,
)

LANGS = ("fr", "en")


def spec(kind: str, unit: str | None = None, better: str | None = None) -> SpecDefinition:
    return SpecDefinition.model_validate(
        {"name": {"fr": "Durée", "en": "Duration"}, "type": kind, "better": better,
         "unit": None if unit is None else {"fr": unit, "en": unit}})


def keys(spec_: SpecDefinition, *raw: Any) -> list[str]:
    return [comparison_key(None if r is None else typed_value(spec_, r, "fr")) for r in raw]


def test_numbers_with_units_compare_by_value() -> None:
    days = spec("number", "jours", "lower")
    values = [typed_value(days, raw, "fr") for raw in ("10 jours", "5\u00a0jours", "10,0 jours")]
    assert values == [Decimal(10), Decimal(5), Decimal("10.0")]
    assert comparison_key(values[0]) == comparison_key(values[2])
    assert best_flags(values, "lower") == [False, True, False]  # type: ignore[arg-type]
    assert best_flags(values, "higher") == [True, False, True]  # type: ignore[arg-type]
    assert all_equal(keys(days, "10 jours", "10.00 jours"))
    assert not all_equal(keys(days, "10 jours", "11 jours"))


def test_best_needs_a_choice() -> None:
    assert best_flags([Decimal(3)], "lower") == [False]
    assert best_flags([Decimal(3), Decimal(3)], "lower") == [False, False]
    assert best_flags([Decimal(3), None], "higher") == [False, False]
    assert best_flags([Decimal(3), Decimal(4)], None) == [False, False]
    assert best_flags([None, Decimal(2), Decimal(4), Decimal(2)], "lower") == [
        False, True, False, True]


def test_text_compares_without_case_or_spacing() -> None:
    text = spec("text")
    assert all_equal(keys(text, "À distance", "à  distance", " À distance"))
    assert not all_equal(keys(text, "À distance", "Sur site"))


def test_booleans_lists_and_missing_values() -> None:
    assert all_equal(keys(spec("boolean"), True, True))
    assert not all_equal(keys(spec("boolean"), True, False))
    assert not all_equal(keys(spec("boolean"), False, None))  # "No" is not "not said"
    listed = spec("list")
    assert all_equal(keys(listed, ["PDF", "EPUB"], ["pdf", "EPUB"]))
    assert not all_equal(keys(listed, ["PDF", "EPUB"], ["EPUB", "PDF"]))
    assert not all_equal(keys(listed, ["PDF"], ["PDF", "EPUB"]))
    assert not all_equal(keys(listed, ["PDF"], None))
    assert all_equal(["", ""]) and all_equal([])


def offer(price: str, pay: str | None = None, currency: str = "EUR",
          features: tuple[str, ...] = (), delivery: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(name=f"Offre {price}", price=Decimal(price), pay=pay,
                           currency=currency, features=list(features), delivery=delivery)


def product(slug: str, *offers: SimpleNamespace, specs: dict[str, Any] | None = None,
            rating: Any = None) -> SimpleNamespace:
    found = SimpleNamespace(slug=slug, title=slug.title(), lang="fr", offers=list(offers),
                            entry_offer=offers[0], specs=specs or {})
    if rating is not None:
        found.rating = rating
    return found


def test_price_row_lowest_is_best_quotes_and_currencies_aside() -> None:
    row = price_row([product("a", offer("90")), product("b", offer("50")),
                     product("c", offer("10", "quote"))])
    assert [c.best for c in row.cells] == [False, True, False]
    assert [c.key for c in row.cells] == ["EUR 90", "EUR 50", "quote"]
    mixed = price_row([product("a", offer("90")), product("b", offer("50", currency="USD"))])
    assert [c.best for c in mixed.cells] == [False, False]
    assert not mixed.all_equal


def test_rating_row_reads_any_object_with_average_and_count() -> None:
    rating = SimpleNamespace
    row = rating_row([product("a", offer("1"), rating=rating(average=Decimal("4.5"), count=3)),
                      product("b", offer("1")),
                      product("c", offer("1"), rating=rating(average=Decimal("3.0"), count=9))])
    assert [c.value for c in row.cells] == [Decimal("4.5"), None, Decimal("3.0")]
    assert [c.best for c in row.cells] == [True, False, False]
    assert row.cells[2].item.count == 9
    assert rating_row([product("a", offer("1")), product("b", offer("1"))]).all_equal


def definition() -> CategoryDefinition:
    return CategoryDefinition.model_validate({"name": {"fr": "Audits", "en": "Audits"}, "specs": [
        {"name": {"fr": "Durée", "en": "Duration"}, "type": "number",
         "unit": {"fr": "jours", "en": "days"}, "better": "lower"},
        {"name": {"fr": "Format", "en": "Format"}, "type": "text"},
        {"name": {"fr": "Jamais", "en": "Never"}, "type": "boolean"},
    ]})


def test_product_table_rows_follow_the_definition() -> None:
    products = [product("a", offer("10"), specs={"Format": "À distance", "Durée": "3 jours"}),
                product("b", offer("20"), specs={"Durée": "2 jours", "Format": "à distance"})]
    table = product_table(definition(), products, "en")
    assert [row.kind for row in table.rows] == ["price", "rating", "number", "text"]
    duration = table.rows[2]
    assert duration.label == "Duration" and duration.unit == "days"
    assert [c.best for c in duration.cells] == [False, True]
    assert table.rows[3].all_equal and not duration.all_equal
    only = product_table(definition(), products, "fr", only=["Format"])
    assert [row.label for row in only.rows] == ["", "", "Format"]


@pytest.mark.parametrize("lang", LANGS)
def test_offer_table_has_a_row_per_feature_in_first_seen_order(lang: str) -> None:
    offers = [offer("10", features=("Rapport", "Atelier")),
              offer("20", "bank-transfer", features=("Rapport", "Suivi", "Atelier")),
              offer("30", "quote", features=("Rapport",))]
    table = offer_table(SimpleNamespace(offers=offers))
    assert [c.key for c in table.columns] == ["offer-1", "offer-2", "offer-3"]
    features = table.rows
    assert [row.label for row in features] == ["Rapport", "Atelier", "Suivi"]
    assert [[c.value for c in row.cells] for row in features] == [
        [True, True, True], [True, True, False], [False, True, False]]
    assert [row.all_equal for row in features] == [True, False, False]


def test_offer_table_says_how_each_offer_is_delivered_when_one_says() -> None:
    offers = [offer("10", delivery="PDF par e-mail en quelques minutes"), offer("20")]
    table = offer_table(SimpleNamespace(offers=offers))
    (row,) = table.rows
    assert row.kind == "delivery"
    assert [cell.value for cell in row.cells] == ["PDF par e-mail en quelques minutes", None]
    assert offer_table(SimpleNamespace(offers=[offer("10"), offer("20")])).rows == ()


def test_a_table_in_parts_keeps_every_row_and_its_own_columns() -> None:
    columns = tuple(Column(f"p{n}", f"P{n}", None) for n in range(7))
    rows = (Row("price", "Prix", "price", tuple(Cell(Decimal(n), str(n), best=n == 0)
                                               for n in range(7))),)
    parts = in_parts(Table("products", columns, rows), 5)
    assert [[c.key for c in part.columns] for part in parts] == [
        ["p0", "p1", "p2", "p3", "p4"], ["p5", "p6"]]
    assert [[cell.key for cell in part.rows[0].cells] for part in parts] == [
        ["0", "1", "2", "3", "4"], ["5", "6"]]
    assert parts[0].rows[0].cells[0].best and not any(c.best for c in parts[1].rows[0].cells)
