"""Product specs read against their category's definition: typed, comparable values
(comparison tables, browsing by spec).

A product writes its specs under their name in its own language. By type:

- `text`: text (`Format: À distance`); write numbers meant as text in quotes (`"2.3"`);
- `number`: a number followed by the category's unit (`Durée: 10 jours ouvrés`);
- `boolean`: `true` or `false`;
- `list`: a YAML list of texts (`[PDF, EPUB]`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from .categories import CategoryDefinition, Definitions, SpecDefinition
from .errors import ContentError
from .locate import error_at
from .suggest import did_you_mean

NUMBER_WITH_UNIT = re.compile(r"\s*([-+]?\d+(?:[.,]\d+)?)(?:\s+(.*?))?\s*")
TypedValue = Decimal | str | bool | tuple[str, ...]


class SpecError(ValueError):
    """A spec value that does not have its definition's type."""


def typed_value(spec: SpecDefinition, raw: object, lang: str) -> TypedValue:
    """`raw` (as written in front matter) as a value of `spec`'s type, or SpecError."""
    if spec.type == "boolean":
        if isinstance(raw, bool):
            return raw
        raise SpecError(f"expected true or false, got {_shown(raw)}")
    if spec.type == "list":
        if isinstance(raw, list) and all(isinstance(item, str) for item in raw):
            return tuple(raw)
        raise SpecError(f"expected a list of texts, like [A, B], got {_shown(raw)}")
    if spec.type == "text":
        if isinstance(raw, str):
            return raw
        raise SpecError(f"expected text, got {_shown(raw)}"
                        + (" (write it in quotes if it is text)" if not isinstance(raw, list)
                           else ""))
    return _number(spec, raw, lang)


def _number(spec: SpecDefinition, raw: object, lang: str) -> Decimal:
    unit = spec.unit_in(lang) or ""
    if isinstance(raw, bool) or not isinstance(raw, (str, int, Decimal)):
        raise SpecError(f"expected a number followed by {unit!r}, got {_shown(raw)}")
    match = NUMBER_WITH_UNIT.fullmatch(str(raw))
    if match is None:
        raise SpecError(f"expected a number followed by {unit!r}, like '3 {unit}', "
                        f"got {_shown(raw)}")
    written = match[2] or ""
    if not written:
        raise SpecError(f"missing unit: write '{match[1]} {unit}'")
    if " ".join(written.split()) != unit:
        raise SpecError(f"the unit is {unit!r} for every product of the category, "
                        f"got {written!r}")
    return Decimal(match[1].replace(",", "."))


def _shown(raw: object) -> str:
    if isinstance(raw, bool):
        return str(raw).lower()
    if isinstance(raw, list):
        return "a list"
    if isinstance(raw, dict):
        return "'key: value' fields"
    return repr(raw) if isinstance(raw, str) else str(raw)


def product_values(definition: CategoryDefinition, product: Any) -> dict[str, TypedValue]:
    """The valid specs of `product`, typed, by spec name in the product's language."""
    values: dict[str, TypedValue] = {}
    for name, raw in product.specs.items():
        spec = definition.spec(product.lang, name)
        if spec is None:
            continue
        try:
            values[name] = typed_value(spec, raw, product.lang)
        except SpecError:
            continue
    return values


def spec_errors(definitions: Definitions, products: Iterable[Any]) -> list[ContentError]:
    """Products whose category is not defined, or whose specs do not fit the definition."""
    if not definitions.exists:
        return []
    errors: list[ContentError] = []
    for product in products:
        category = product.category.name
        if category in definitions.broken:
            continue
        definition = definitions.of(category, product.lang)
        if definition is None:
            known = definitions.names(product.lang)
            errors.append(error_at(product, "category", f"{category!r} has no definition in "
                                   f"content/categories/ for {product.lang!r}"
                                   + did_you_mean(category, known)
                                   + (f"; defined: {', '.join(known)}" if known else "")))
            continue
        names = [spec.name[product.lang] for spec in definition.specs]
        for name, raw in product.specs.items():
            field = f"specs.{name}"
            spec = definition.spec(product.lang, name)
            if spec is None:
                errors.append(error_at(product, field, f"not a spec of {category!r}"
                                       + did_you_mean(name, names)
                                       + f"; its specs are: {', '.join(names)}"))
                continue
            try:
                typed_value(spec, raw, product.lang)
            except SpecError as problem:
                errors.append(error_at(product, field, str(problem)))
    return errors
