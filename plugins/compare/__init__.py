"""Comparison tables: per category, in Markdown blocks, and between a product's offers.

Category definitions (`content/categories/*.yaml`) type each spec; products' specs are
checked against them with the catalog's other checks. Comparison blocks become
placeholders while Markdown is read and tables once the catalog is complete; the theme
renders tables (`_compare.html`) from the plain data of `table.py`.
"""

from __future__ import annotations

from typing import Any

from catalog.errors import ContentError
from catalog.hooks import catalog_checks, catalog_pages, content_checks
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from pelican import signals

from .block import placeholders
from .definitions import load_definitions
from .embedded import block_errors, request, table_of
from .pages import comparison_pages, comparison_url
from .specs import spec_errors
from .table import Table, offer_table, product_table

BLOCK_TEMPLATE = "_compare_block.html"


def _check_specs(
    _: Any, products: list[Any], pages: list[Any], settings: dict[str, Any]
) -> list[ContentError]:
    """Definition files and product specs (also run by `make check`)."""
    definitions, errors = load_definitions(settings)
    return [*errors, *spec_errors(definitions, products)]


def _check_blocks(
    catalog: Any, products: list[Any], contents: list[Any], settings: dict[str, Any]
) -> list[ContentError]:
    definitions, _ = load_definitions(settings)
    return block_errors(catalog, definitions, contents)


def _template_helpers(generator: Any) -> None:
    settings = generator.settings

    @pass_context
    def compare_tables(context: Context, html: str, lang: str, first: bool = False) -> Markup:
        """`html` with each comparison block replaced by its table (checked before); with
        `first`, the first table's first image is the page's first image."""
        blocks = list(placeholders(html))
        if not blocks:
            return Markup(html)
        definitions, _ = load_definitions(settings)
        catalog = context["catalog"]
        template = context.environment.get_template(BLOCK_TEMPLATE)
        pieces, start = [], 0
        for number, block in enumerate(blocks, start=1):
            found, _ = request(block.options, catalog, definitions, lang)
            assert found is not None, "checked before rendering"
            table = template.render({
                **context.get_all(), "lang": lang, "caption": found.caption,
                "table": table_of(found, definitions, lang), "id": f"compare-{number}",
                "first_image": first and number == 1,
            })
            pieces += [html[start:block.match.start()], table.strip()]
            start = block.match.end()
        return Markup("".join([*pieces, html[start:]]))

    @pass_context
    def category_comparison(context: Context, category: Any) -> Table:
        definitions, _ = load_definitions(settings)
        first = category.items[0]
        return product_table(definitions.of(first.category.name, first.lang),
                             category.items, category.lang)

    @pass_context
    def comparison_link(context: Context, category: Any) -> str | None:
        return comparison_url(context["catalog"], category)

    generator.env.filters.update(
        compare_tables=compare_tables, category_comparison=category_comparison,
        offer_comparison=offer_table, comparison_url=comparison_link,
    )


def register() -> None:
    signals.generator_init.connect(_template_helpers)
    content_checks.connect(_check_specs)
    catalog_checks.connect(_check_blocks)
    catalog_pages.connect(comparison_pages)
