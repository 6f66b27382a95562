"""The comparison table as plain data: columns, rows, which values are best or all equal.

Pure functions of products, offers and category definitions; the theme renders the result
(`_compare.html`) and `compare.js` only reads what is computed here, such as each cell's
comparison key.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Literal

from catalog.kit import CategoryDefinition, TypedValue, product_values

RowKind = Literal["text", "number", "boolean", "list", "price", "rating", "feature",
                  "delivery"]
Better = Literal["lower", "higher"]


@dataclass(frozen=True)
class Cell:
    """One value of a column; `value` None is a missing value (shown as "—")."""

    value: TypedValue | None
    key: str  # equal keys mean equal values; "" when missing
    best: bool = False
    item: Any = None  # what the theme shows: the offer of a price, the rating object


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    kind: RowKind
    cells: tuple[Cell, ...]
    unit: str | None = None

    @property
    def all_equal(self) -> bool:
        return all_equal([cell.key for cell in self.cells])


@dataclass(frozen=True)
class Column:
    key: str  # unique in the table: a product slug, or offer-1, offer-2…
    label: str
    item: Any  # the product or the offer


@dataclass(frozen=True)
class Table:
    kind: Literal["products", "offers"]
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]


def comparison_key(value: TypedValue | None) -> str:
    """Text that is equal for two values exactly when a reader would call them equal."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")  # 10, 10.0 and 10.00 are the same number
    if isinstance(value, tuple):
        return " | ".join(comparison_key(item) for item in value)
    return " ".join(value.split()).casefold()


def all_equal(keys: Sequence[str]) -> bool:
    """True when every value is the same (a missing value differs from any other)."""
    return len(set(keys)) <= 1


def best_flags(values: Sequence[Decimal | None], better: Better | None) -> list[bool]:
    """Which values are the best: the lowest or highest, when there is a choice to make
    (at least two values, not all the same)."""
    present = [v for v in values if v is not None]
    if better is None or len(present) < 2 or len(set(present)) == 1:
        return [False] * len(values)
    best = min(present) if better == "lower" else max(present)
    return [v is not None and v == best for v in values]


def _numeric_row(key: str, label: str, kind: RowKind, values: Sequence[TypedValue | None],
                 better: Better | None, unit: str | None = None,
                 items: Sequence[Any] | None = None) -> Row:
    numbers = [v if isinstance(v, Decimal) else None for v in values]
    flags = best_flags(numbers, better)
    items = items if items is not None else [None] * len(values)
    cells = tuple(Cell(v, comparison_key(v), flag, item)
                  for v, flag, item in zip(values, flags, items, strict=True))
    return Row(key, label, kind, cells, unit)


def price_row(products: Sequence[Any]) -> Row:
    """The price each product's listing shows; the lowest is best when currencies agree."""
    offers = [product.entry_offer for product in products]
    values: list[TypedValue | None] = [None if o.pay == "quote" else o.price for o in offers]
    currencies = {o.currency for o, v in zip(offers, values, strict=True) if v is not None}
    better: Better | None = "lower" if len(currencies) <= 1 else None
    row = _numeric_row("price", "", "price", values, better, items=offers)
    # A quote is not a missing value, and prices in different currencies differ.
    cells = tuple(
        Cell(c.value, "quote" if c.value is None else f"{o.currency} {c.key}", c.best, o)
        for c, o in zip(row.cells, offers, strict=True)
    )
    return Row(row.key, row.label, row.kind, cells)


def rating_row(products: Sequence[Any]) -> Row:
    """Average customer ratings (set on products by a reviews plugin, if any): highest is best."""
    ratings = [getattr(product, "rating", None) for product in products]
    values: list[TypedValue | None] = [
        None if rating is None else Decimal(rating.average) for rating in ratings
    ]
    return _numeric_row("rating", "", "rating", values, "higher", items=ratings)


def spec_rows(definition: CategoryDefinition | None, products: Sequence[Any], lang: str,
              only: Sequence[str] | None = None) -> list[Row]:
    """A row per spec of the category (or per spec named in `only`, in that order) that at
    least one product has."""
    if definition is None:
        return []
    specs = definition.specs if only is None else [
        spec for name in only if (spec := definition.spec(lang, name)) is not None
    ]
    values = [product_values(definition, product) for product in products]
    rows = []
    for spec in specs:
        cells = [found.get(spec.name[product.lang]) for found, product
                 in zip(values, products, strict=True)]
        if all(value is None for value in cells):
            continue
        rows.append(_numeric_row(f"spec-{definition.specs.index(spec) + 1}", spec.label(lang),
                                 spec.type, cells, spec.better, spec.unit_in(lang)))
    return rows


def product_table(definition: CategoryDefinition | None, products: Sequence[Any], lang: str,
                  only: Sequence[str] | None = None) -> Table:
    columns = tuple(Column(product.slug, product.title, product) for product in products)
    rows = (price_row(products), rating_row(products),
            *spec_rows(definition, products, lang, only))
    return Table("products", columns, tuple(row for row in rows if _shown(row)))


def _shown(row: Row) -> bool:
    """Price and rating rows always; spec rows when at least one value is known."""
    return row.kind in ("price", "rating") or any(cell.value is not None for cell in row.cells)


def _words(text: str) -> str:
    return " ".join(text.split())


def offer_table(product: Any) -> Table:
    """Offers side by side: a row per feature (✓ when the offer lists it), in the order
    features first appear, then how each is delivered when one says; names and prices are
    the column headers. An offer lists every feature it includes, each written the same way
    as in the other offers."""
    offers = product.offers
    columns = tuple(Column(f"offer-{n}", offer.name, offer) for n, offer in enumerate(offers, 1))
    features = list(dict.fromkeys(_words(f) for offer in offers for f in offer.features))
    rows = []
    for index, feature in enumerate(features, 1):
        has = [feature in {_words(f) for f in offer.features} for offer in offers]
        rows.append(Row(f"feature-{index}", feature, "feature",
                        tuple(Cell(v, comparison_key(v)) for v in has)))
    if any(offer.delivery for offer in offers):
        rows.append(Row("delivery", "", "delivery", tuple(
            Cell(offer.delivery, comparison_key(offer.delivery)) for offer in offers)))
    return Table("offers", columns, tuple(rows))


def in_parts(table: Table, width: int) -> list[Table]:
    """`table` cut into tables of `width` columns at most, each with every row (a
    printed page is only so wide; the best values stay those of the whole table)."""
    return [Table(table.kind, table.columns[start:start + width], tuple(
        replace(row, cells=row.cells[start:start + width]) for row in table.rows))
        for start in range(0, len(table.columns), width)]
