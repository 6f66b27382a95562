"""Comparison tables: per category, in Markdown blocks, and between a product's offers.

Category definitions (`content/categories/*.yaml`) type each spec; the theme renders
tables (`_compare.html`) from the plain data of `table.py`. Comparison blocks become
placeholders while Markdown is read and tables when a page is rendered.

Phases: `check_files` (`compare.specs`: definition files and products' specs, also in
`make check`), `check` (`compare.blocks`: the blocks of every page) and `pages`
(`compare.pages`: a comparison page per category, showing at most five products: the
first, or those the reader chose with the "Compare" box of product cards and pages,
`product|comparison_pick`). Tables read each product's `rating` view, when the reviews
plugin sets it.
"""

from __future__ import annotations

from typing import Any

from catalog.kit import (
    ContentError,
    Group,
    PageToWrite,
    Site,
    Sources,
    load_definitions,
    phases,
    settings_of,
    site_of,
    spec_errors,
    substitute,
)
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from pelican import signals

from .block import Placeholder, placeholders
from .embedded import block_errors, request, table_of
from .pages import MOST_COLUMNS, Pick, category_picks, comparison_pages, comparison_url
from .table import Table, in_parts, offer_table, product_table

BLOCK_TEMPLATE = "_compare_block.html"


def _check_specs(sources: Sources) -> list[ContentError]:
    """Definition files and product specs (also run by `make check`)."""
    definitions, errors = load_definitions(sources.settings.pelican)
    return [*errors, *spec_errors(definitions, sources.products)]


def _check_blocks(site: Site) -> list[ContentError]:
    definitions, _ = load_definitions(site.settings.pelican)
    return block_errors(site.catalog, definitions, site.contents)


def _pages(site: Site) -> list[PageToWrite]:
    return comparison_pages(site.catalog)


def _template_helpers(generator: Any) -> None:
    settings = settings_of(generator.settings).pelican

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

        def table(numbered: tuple[int, Placeholder]) -> str:
            number, block = numbered
            found, _ = request(block.options, catalog, definitions, lang)
            assert found is not None, "checked before rendering"
            return template.render({
                **context.get_all(), "lang": lang, "caption": found.caption,
                "table": table_of(found, definitions, lang), "id": f"compare-{number}",
                "first_image": first and number == 1,
            }).strip()

        return substitute(html, ((block.match, (number, block))
                                 for number, block in enumerate(blocks, start=1)), table)

    def category_comparison(category: Group) -> Table:
        definitions, _ = load_definitions(settings)
        return product_table(definitions.of_product(category.items[0]), category.items,
                             category.lang)

    @pass_context
    def comparison_link(context: Context, category: Group) -> str | None:
        return comparison_url(context["catalog"], category)

    @pass_context
    def comparison_pick(context: Context, product: Any) -> Pick | None:
        """How `product` is chosen for comparison, None when it cannot be."""
        picks = site_of(generator.settings).once(
            f"compare.picks.{product.lang}",
            lambda: category_picks(context["catalog"], product.lang))
        return picks.get(product.category.slug)

    generator.env.filters.update(
        compare_tables=compare_tables, category_comparison=category_comparison,
        offer_comparison=offer_table, comparison_url=comparison_link,
        comparison_pick=comparison_pick,
        in_parts=lambda table: in_parts(table, MOST_COLUMNS),  # as wide as the site shows
    )


def register() -> None:
    phases.check_files.register("compare.specs", 100)(_check_specs)
    phases.check.register("compare.blocks", 100)(_check_blocks)
    phases.pages.register("compare.pages", 100)(_pages)
    signals.generator_init.connect(_template_helpers)
