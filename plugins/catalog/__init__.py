"""Vitrine's core model: the Product content type, front-matter validation and the catalog.

Pipeline: the reader parses YAML front matter and Markdown; `metadata`
validates every file against the typed schema on every build; once all content is read,
`resolve` checks cross-references, reports every ContentError at once and stops the build
before anything is written; otherwise the resolved `Catalog` is handed to the templates.
"""

from __future__ import annotations

from typing import Any

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator
from pelican.utils import SafeDatetime

from .ebooks import attach_ebook_files
from .errors import ContentError, ContentErrors, stop_build
from .files import unread_files
from .generator import ProductsGenerator, product_generator_context
from .hooks import catalog_checks, catalog_ready, content_checks
from .metadata import apply_schema
from .model import Catalog
from .reader import FrontMatterReader, UnsupportedFormatReader, cache_folder, prune_cache_folders
from .resolve import (
    broken_links,
    collected_errors,
    cross_reference_errors,
    link,
    output_collisions,
    valid,
)
from .schema import CaseStudy, Page, Product
from .settings import SettingsError, add_product_defaults, load_settings

__all__ = ["Catalog", "ContentError", "ContentErrors", "register"]


def _use_readers(readers: Any) -> None:
    for reader in (FrontMatterReader, UnsupportedFormatReader):
        for extension in reader.file_extensions:
            readers.reader_classes[extension] = reader


def _check_settings(pelican: Any) -> None:
    add_product_defaults(pelican.settings)
    try:
        load_settings(pelican.settings)
    except SettingsError as mistake:
        stop_build(f"settings: {mistake}", 2)
    pelican.settings["CACHE_PATH"] = cache_folder(pelican.settings)
    prune_cache_folders(pelican.settings["CACHE_PATH"])


def _products(_: Any) -> type[ProductsGenerator]:
    return ProductsGenerator


def _validate_product(sender: Any, metadata: dict[str, Any]) -> None:
    apply_schema(Product, metadata, sender.settings)


def _validate_page(sender: Any, metadata: dict[str, Any]) -> None:
    apply_schema(Page, metadata, sender.settings)


def _validate_case_study(sender: Any, metadata: dict[str, Any]) -> None:
    apply_schema(CaseStudy, metadata, sender.settings)
    # Pelican drops an article without a date; keep it so its errors get reported.
    metadata.setdefault("date", SafeDatetime(1970, 1, 1))


def _resolve(generators: list[Any]) -> None:
    """Check the whole site, then hand the catalog to the templates (or stop the build)."""
    products = next(g for g in generators if isinstance(g, ProductsGenerator))
    articles = next(g for g in generators if isinstance(g, ArticlesGenerator))
    pages = next(g for g in generators if isinstance(g, PagesGenerator))
    # Built from the valid files only, so that the checks that need it run in this same
    # build even when other files have mistakes.
    catalog = Catalog(
        products.products,
        valid(articles.articles),
        valid(pages.pages),
        load_settings(products.settings),
        products.settings["DEFAULT_LANG"],
    )
    errors = _site_errors(products, articles, pages, catalog)
    if errors:
        failure = ContentErrors(errors)
        stop_build(f"{failure.report()}\n{failure}", failure.exitcode)
    link(catalog)
    products.context["catalog"] = catalog
    catalog_ready.send(catalog, settings=products.settings)


def _site_errors(products: Any, articles: Any, pages: Any, catalog: Catalog) -> list[ContentError]:
    """Every mistake in the site: of each file, between files, and from other plugins."""
    studies = valid(
        articles.articles + articles.translations + articles.hidden_articles
        + articles.hidden_translations + articles.drafts + articles.drafts_translations
    )
    written = valid(
        pages.pages + pages.translations + pages.hidden_pages + pages.hidden_translations
        + articles.articles + articles.translations + articles.hidden_articles
        + articles.hidden_translations
    )
    all_products = list(catalog.all_products())
    errors = collected_errors(products.context["generated_content"].values())
    errors += unread_files(products.settings)
    errors += cross_reference_errors(valid(products.products + products.translations), studies)
    # Before anything asks the catalog which pages it writes: sample pages are among them.
    errors += attach_ebook_files(all_products, products.settings)
    errors += output_collisions(catalog, written)
    errors += broken_links([*written, *all_products])
    checked = catalog_checks.send(catalog, products=all_products,
                                  contents=[*written, *all_products], settings=products.settings)
    checked += content_checks.send(None, products=all_products, pages=valid(pages.pages),
                                   settings=products.settings)
    for _, found in checked:
        errors += found or []
    return errors


def alternates(item: Any) -> dict[str, str]:
    """URL of `item` in each language it exists in (for hreflang and the language switcher)."""
    return {
        version.lang: version.url
        for version in sorted([item, *getattr(item, "translations", [])], key=lambda v: v.lang)
    }


def _template_helpers(generator: Any) -> None:
    generator.env.filters["alternates"] = alternates


def register() -> None:
    signals.initialized.connect(_check_settings)
    signals.readers_init.connect(_use_readers)
    signals.get_generators.connect(_products)
    signals.generator_init.connect(_template_helpers)
    product_generator_context.connect(_validate_product)
    signals.page_generator_context.connect(_validate_page)
    signals.article_generator_context.connect(_validate_case_study)
    signals.all_generators_finalized.connect(_resolve)

