"""Vitrine's core: the content model, its validation, the catalog and the build's phases.

Pipeline (the table of who runs when is in `pipeline.py`): the reader parses YAML front
matter and Markdown; `metadata` validates every file against the typed schema on every
build; once all content is read, `_resolve` checks cross-references and runs the
`check_files`, `check` and `pages` phases, reports every ContentError at once and stops
the build before anything is written; otherwise it runs `attach` and hands the catalog
to the templates. After rendering, `_finish` runs `written`, then `swap`. A fault of the
machine (a full disk, a folder that cannot be written) ends the run with one line.
Other plugins import from `catalog.kit` only.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import ArticlesGenerator, PagesGenerator
from pelican.log import console
from pelican.utils import SafeDatetime

from . import pipeline
from .cachefiles import folder_is_whole, seal_folder
from .ebooks import attach_ebook_files
from .errors import ContentError, ContentErrors, stop_build
from .files import copy_static_files, tree_errors
from .generator import ProductsGenerator, product_generator_context
from .gitdates import git_dates
from .locate import fault_message
from .metadata import GIT_DATES, apply_schema
from .model import Catalog
from .pipeline import SITE_KEY, Output, Site, print_timing
from .reader import FrontMatterReader, UnsupportedFormatReader, cache_folder, prune_cache_folders
from .registry import SETTINGS_KEY, Settings, declare, load_settings
from .resolve import (
    broken_links,
    collected_errors,
    cross_reference_errors,
    link,
    output_collisions,
    valid,
)
from .schema import CaseStudy, Page, Product
from .settings import SECTION, CatalogSettings
from .templatecache import CompiledTemplates

__all__ = ["register"]

STATIC_FILES = "catalog.static-files"  # Pelican's static files, as `_resolve` found them
RUN_STARTED = "CATALOG_RUN_STARTED"  # settings key: when this run's current step began


def _use_readers(readers: Any) -> None:
    for reader in (FrontMatterReader, UnsupportedFormatReader):
        for extension in reader.file_extensions:
            readers.reader_classes[extension] = reader


def _check_settings(pelican: Any) -> None:
    load_settings(pelican.settings)
    pelican.settings["CACHE_PATH"] = cache_folder(pelican.settings)
    prune_cache_folders(pelican.settings["CACHE_PATH"])
    # Pelican's reader cache is a pickle it trusts whole: a damaged one is dropped (the
    # files are read again) before Pelican loads it. Sealed in `_resolve`, once saved.
    folder_is_whole(Path(pelican.settings["CACHE_PATH"]))
    templates = pelican.settings[SETTINGS_KEY].cache_folder("templates")
    pelican.settings["JINJA_ENVIRONMENT"] = {**pelican.settings["JINJA_ENVIRONMENT"],
                                             "bytecode_cache": CompiledTemplates(templates)}


def _report_faults(pelican: Any) -> None:
    """A fault of the machine ends the build with one line, not Pelican's traceback; the
    staging folder goes with the process, so the site in OUTPUT_PATH is untouched."""
    run = pelican.run

    def run_or_say_why() -> None:
        try:
            run()
        except OSError as error:
            stop_build(fault_message(error, pelican.settings["OUTPUT_PATH"]), 1)

    pelican.run = run_or_say_why


def _products(pelican: Any) -> type[ProductsGenerator]:
    """At the start of every run (also each rebuild of the devserver): the generator of
    products, and the dates of the content files' last commits."""
    settings = pelican.settings
    dates = None
    if settings[SETTINGS_KEY].of(CatalogSettings).dates_from_git:
        dates = git_dates(settings["PATH"])
        console.print(dates.summary())
    settings[GIT_DATES] = dates
    settings[RUN_STARTED] = time.perf_counter()
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
    """Check the whole site, then attach the plugins' views and hand the catalog to the
    templates (or stop the build with every mistake)."""
    products = next(g for g in generators if isinstance(g, ProductsGenerator))
    print_timing("read", "Pelican's readers, validation",
                 time.perf_counter() - products.settings[RUN_STARTED])
    if Path(products.settings["CACHE_PATH"]).is_dir():
        seal_folder(Path(products.settings["CACHE_PATH"]))  # the readers saved their caches
    articles = next(g for g in generators if isinstance(g, ArticlesGenerator))
    pages = next(g for g in generators if isinstance(g, PagesGenerator))
    settings: Settings = products.settings[SETTINGS_KEY]
    # Built from the valid files only, so that the checks that need it run in this same
    # build even when other files have mistakes.
    catalog = Catalog(
        products.products,
        valid(articles.articles),
        valid(pages.pages),
        settings.of(CatalogSettings),
        products.settings["DEFAULT_LANG"],
    )
    written = valid(
        pages.pages + pages.translations + pages.hidden_pages + pages.hidden_translations
        + articles.articles + articles.translations + articles.hidden_articles
        + articles.hidden_translations
    )
    all_products = tuple(catalog.all_products())
    site = Site(catalog, all_products, (*written, *all_products), tuple(valid(pages.pages)),
                settings)
    errors = _site_errors(products, articles, site, written)
    if errors:
        failure = ContentErrors(errors)
        stop_build(f"{failure.report()}\n{failure}", failure.exitcode)
    pipeline.attach.run(site)
    products.context["catalog"] = catalog
    products.settings[SITE_KEY] = site
    site.once(STATIC_FILES, lambda: list(products.context.get("staticfiles", [])))
    products.settings[RUN_STARTED] = time.perf_counter()  # rendering starts


def _site_errors(
    products: Any, articles: Any, site: Site, written: list[Any]
) -> list[ContentError]:
    """Every mistake in the site: of each file, between files, and from other plugins."""
    studies = valid(
        articles.articles + articles.translations + articles.hidden_articles
        + articles.hidden_translations + articles.drafts + articles.drafts_translations
    )
    errors = collected_errors(products.context["generated_content"].values())
    errors += tree_errors(products.settings)
    errors += cross_reference_errors(valid(products.products + products.translations), studies)
    # Before anything asks the catalog which pages it writes: sample pages are among them.
    errors += attach_ebook_files(site.products, products.settings)
    errors += output_collisions(site.pages_to_write, written)
    errors += broken_links(site.contents)
    for found in pipeline.check_files.run(site.sources()):
        errors += found
    for found in pipeline.check.run(site):
        errors += found
    return errors


@pipeline.attach.register("catalog.links", priority=1000)
def _links(site: Site) -> None:
    link(site.catalog)


def _finish(pelican: Any) -> None:
    """Every page is written: run `written`, then `swap` (after Pelican's own writing)."""
    site: Site | None = pelican.settings.get(SITE_KEY)
    if site is None:
        return
    print_timing("render", "Pelican and catalog pages",
                 time.perf_counter() - pelican.settings[RUN_STARTED])
    output = Output(Path(pelican.output_path), site)
    copy_static_files(site.once(STATIC_FILES, list), pelican.settings["PATH"], output.folder)
    pipeline.written.run(output)
    pipeline.swap.run(output)


def alternates(item: Any) -> dict[str, str]:
    """URL of `item` in each language it exists in (for hreflang and the language switcher)."""
    return {
        version.lang: version.url
        for version in sorted([item, *getattr(item, "translations", [])], key=lambda v: v.lang)
    }


def _template_helpers(generator: Any) -> None:
    generator.env.filters["alternates"] = alternates


def register() -> None:
    declare(SECTION)
    signals.initialized.connect(_check_settings)
    signals.initialized.connect(_report_faults)
    signals.readers_init.connect(_use_readers)
    signals.get_generators.connect(_products)
    signals.generator_init.connect(_template_helpers)
    product_generator_context.connect(_validate_product)
    signals.page_generator_context.connect(_validate_page)
    signals.article_generator_context.connect(_validate_case_study)
    signals.all_generators_finalized.connect(_resolve)
    signals.finalized.connect(_finish)
