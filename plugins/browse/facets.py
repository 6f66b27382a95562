"""What a listing can be sorted and filtered by, as plain data: its facets and the values
each product card carries for `browse.js`.

A facet is a parameter of the page address (`kind=ebook&duree-min=3&format=PDF`) and a
group of the filter form. Filters by:

- `kind`, when the listing holds more than one kind of product;
- each spec of the category (category pages only), by type: a `number` is a range
  (`<key>-min`, `<key>-max`), a `boolean` a choice of yes or no, a `text` or `list` a
  choice among its values. A spec is a facet only when it tells products apart: two
  numbers or more, and for choices at most `MOST_CHOICES` values, one of them shared.

Within a facet the chosen values add up (PDF or EPUB); facets narrow each other (an
e-book, with PDF). Counts are of the whole listing; `browse.js` recounts as the reader
chooses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from catalog.kit import CategoryDefinition, TypedValue, product_values
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify

FacetType = Literal["kind", "number", "boolean", "text", "list"]
KINDS = ("service", "training", "ebook", "software")  # the order kinds are offered in
MOST_CHOICES = 12  # more values than this is a list to read, not a filter to tick
RESERVED = frozenset({"sort", "kind"})  # address parameters that are not specs
DATA_PREFIX = "data-f-"  # a card's value for facet <key> is data-f-<key>


@dataclass(frozen=True)
class Choice:
    value: str  # as written in the address and on the cards; the theme words kinds, yes, no
    count: int  # products of the listing that have it


@dataclass(frozen=True)
class Facet:
    key: str  # the address parameter (numbers: <key>-min and <key>-max)
    label: str
    type: FacetType
    choices: tuple[Choice, ...] = ()
    low: Decimal | None = None  # numbers: the listing's smallest and largest value
    high: Decimal | None = None
    unit: str | None = None


@dataclass(frozen=True)
class Spec:
    """A spec of the category with the address key it goes by in one language."""

    key: str
    name: str
    type: FacetType
    unit: str | None


@dataclass(frozen=True)
class Listing:
    """A listing's facets, and how its cards say what they hold (`card`)."""

    facets: tuple[Facet, ...]
    specs: tuple[Spec, ...] = ()  # the specs that are facets: the only ones cards carry
    values: dict[str, dict[str, TypedValue]] = field(default_factory=dict)  # by slug

    def card(self, product: Any) -> dict[str, str]:
        return card_data(product, self.specs, self.values.get(product.slug, {}))


def listing(products: Sequence[Any], definition: CategoryDefinition | None,
            lang: str) -> Listing:
    """The listing of `products` (of one language); with their category's `definition`,
    filtered by spec. Each product's specs are typed once, for the facets and its card."""
    specs = category_specs(definition, lang)
    values = {product.slug: {} if definition is None else product_values(definition, product)
              for product in products}
    found = facets(products, specs, [values[product.slug] for product in products])
    keys = {facet.key for facet in found}
    return Listing(tuple(found), tuple(spec for spec in specs if spec.key in keys), values)


def category_specs(definition: CategoryDefinition | None, lang: str) -> list[Spec]:
    """The specs of `definition` with distinct, readable address keys (`Durée` -> `duree`)."""
    if definition is None:
        return []
    taken = set(RESERVED)
    specs = []
    for spec in definition.specs:
        base = slugify(spec.label(lang), regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])
        key, number = base or "spec", 1
        while key in taken:
            number += 1
            key = f"{base}-{number}"
        taken.add(key)
        specs.append(Spec(key, spec.label(lang), spec.type, spec.unit_in(lang)))
    return specs


def facets(products: Sequence[Any], specs: Sequence[Spec],
           typed: Sequence[dict[str, TypedValue]]) -> list[Facet]:
    """The facets of a listing of `products` (all of one category when `specs` are
    given), `typed` their spec values."""
    found = []
    kinds = Counter(product.kind for product in products)
    if len(kinds) > 1:
        found.append(Facet("kind", "", "kind", tuple(
            Choice(kind, kinds[kind]) for kind in KINDS if kind in kinds)))
    for spec in specs:
        values = [values[spec.name] for values in typed if spec.name in values]
        facet = _number_facet(spec, values) if spec.type == "number" else _choice_facet(
            spec, values)
        if facet is not None:
            found.append(facet)
    return found


def card_data(product: Any, specs: Sequence[Spec],
              values: dict[str, TypedValue]) -> dict[str, str]:
    """What `browse.js` sorts and filters a product's card by, as `data-` attributes:
    its entry price (empty on quote), rating, review count, date, kind and spec values
    (choices one per line)."""
    offer = product.entry_offer
    rating = product.rating
    data = {
        "data-price": "" if offer.pay == "quote" else format(offer.price, "f"),
        "data-currency": offer.currency,
        "data-rating": format(rating.average, "f") if rating else "",
        "data-reviews": str(rating.count) if rating else "0",
        "data-date": product.updated.isoformat() if product.updated else "",
        "data-kind": product.kind,
    }
    for spec in specs:
        if spec.name in values:
            data[DATA_PREFIX + spec.key] = "\n".join(_choice_values(values[spec.name]))
    return data


def _choice_values(value: TypedValue) -> list[str]:
    if isinstance(value, bool):
        return ["yes" if value else "no"]
    if isinstance(value, Decimal):
        return [format(value.normalize(), "f")]
    if isinstance(value, tuple):
        return list(dict.fromkeys(" ".join(item.split()) for item in value))
    return [" ".join(value.split())]


def _number_facet(spec: Spec, values: Iterable[TypedValue]) -> Facet | None:
    numbers = sorted({value for value in values if isinstance(value, Decimal)})
    if len(numbers) < 2:
        return None
    unit = None if (spec.unit or "").casefold() == spec.name.casefold() else spec.unit
    return Facet(spec.key, spec.name, "number", low=numbers[0].normalize(),
                 high=numbers[-1].normalize(), unit=unit)  # not "Pages (pages)"


def _choice_facet(spec: Spec, values: Iterable[TypedValue]) -> Facet | None:
    counts = Counter(choice for value in values for choice in _choice_values(value))
    if not 2 <= len(counts) <= MOST_CHOICES or max(counts.values()) < 2:
        return None
    order = ("yes", "no") if spec.type == "boolean" else sorted(counts, key=str.casefold)
    return Facet(spec.key, spec.name, spec.type, tuple(
        Choice(value, counts[value]) for value in order if value in counts))
