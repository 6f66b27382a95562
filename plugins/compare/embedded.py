"""Comparison blocks written in pages: checked before the build writes, then rendered.

A block compares the products of one category: rows are that category's specs, whose
names and units are only defined within it, so a product of another category is a
content error. Spec names are written in the page's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from catalog.kit import (
    Catalog,
    ContentError,
    Definitions,
    did_you_mean,
    display_path,
    line_mentioning,
)

from .block import blocks_in_order, header_lines
from .table import Table, product_table

FIELD = "body"
MOST_COLUMNS = 5  # side by side, more products are no longer read as a comparison
UNREAD = ("comparison block not understood: write its options indented by 4 spaces "
          "under '/// compare', as YAML: 'products: [slug, slug]' and optionally "
          "'specs: [name, name]'")


@dataclass(frozen=True)
class Request:
    """What a block asks for, once checked: products in the page's language, and specs."""

    products: tuple[Any, ...]
    specs: tuple[str, ...] | None
    caption: str


def _texts(value: object) -> list[str] | None:
    """A YAML list of texts, or a comma-separated text, as a list; None for anything else."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return [item.strip() for item in value]
    return None


def request(options: dict[str, Any], catalog: Catalog, definitions: Definitions,
            lang: str) -> tuple[Request | None, list[tuple[str, str]]]:
    """The block's request, or the problems with it as (text to locate, message) pairs."""
    problems: list[tuple[str, str]] = []
    slugs = _texts(options.get("products"))
    if slugs is None or len(slugs) < 2:
        return None, [("products", "comparison block: 'products:' must list at least two "
                       "product slugs, like [audit-express, sprint-croissance]")]
    if len(slugs) > MOST_COLUMNS:
        problems.append(("products", f"comparison block: at most {MOST_COLUMNS} products "
                         f"side by side, got {len(slugs)}"))
    known = sorted({product.slug for product in catalog.all_products()})
    products = []
    for slug in dict.fromkeys(slugs):
        product = catalog.product(slug, lang)
        if product is None:
            problems.append((slug, f"comparison block: no product has the slug {slug!r}"
                             + did_you_mean(slug, known)))
        else:
            products.append(product)
    if len(set(slugs)) != len(slugs):
        problems.append(("products", "comparison block: a product is listed twice"))
    if not products:
        return None, problems
    first = products[0]
    for product in products[1:]:
        if not _same_category(product, first, definitions):
            problems.append((product.slug, f"comparison block: {product.slug!r} is in "
                             f"category {product.category.name!r}, not "
                             f"{first.category.name!r}; a comparison block compares the "
                             "products of one category"))
    specs = options.get("specs")
    names = None if specs is None else _texts(specs)
    if specs is not None and names is None:
        problems.append(("specs", "comparison block: 'specs:' must be a list of spec names"))
    definition = definitions.of_product(first)
    allowed = [spec.name.get(lang, "") for spec in definition.specs] if definition else []
    for name in names or []:
        if name not in allowed:
            problems.append((name, f"comparison block: {name!r} is not a spec of "
                             f"{first.category.name!r} in {lang!r}"
                             + did_you_mean(name, allowed)
                             + (f"; its specs are: {', '.join(allowed)}" if allowed else "")))
    if problems:
        return None, problems
    return Request(tuple(products), None if names is None else tuple(names),
                   str(options.get("caption") or "")), []


def _same_category(one: Any, other: Any, definitions: Definitions) -> bool:
    """Whether two products share a category (in one language, or as translations)."""
    if one.category.name == other.category.name:
        return True
    definition = definitions.of_product(one)
    return definition is not None and definition is definitions.of_product(other)


def table_of(found: Request, definitions: Definitions, lang: str) -> Table:
    first = found.products[0]
    definition = definitions.of_product(first)
    return product_table(definition, found.products, lang, found.specs)


def block_errors(catalog: Catalog, definitions: Definitions,
                 contents: Sequence[Any]) -> list[ContentError]:
    """Every mistake in the comparison blocks of `contents`, on its line."""
    errors: list[ContentError] = []
    for content in contents:
        html = content._content or ""
        if "compare" not in html:
            continue
        blocks = blocks_in_order(html)
        if not blocks:
            continue
        path = display_path(content.source_path)
        with open(content.source_path, encoding="utf-8") as source:
            lines = source.read().split("\n")
        headers = header_lines("\n".join(lines))
        for index, block in enumerate(blocks):
            header = headers[index] if index < len(headers) else 1
            if block is None:
                errors.append(ContentError(path, header, FIELD, UNREAD))
                continue
            _, problems = request(block.options, catalog, definitions, content.lang)
            # The block runs from its header to its closing `///` line.
            closing = line_mentioning(content.source_path, "///", header + 1,
                                      default=len(lines))
            for needle, message in problems:
                line = line_mentioning(content.source_path, needle, header, closing)
                errors.append(ContentError(path, line, FIELD, message))
    return errors
