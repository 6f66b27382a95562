"""Reads products and writes the catalog's pages: products and per-language listings."""

from __future__ import annotations

import os
import time
from typing import Any

from blinker import signal
from pelican.generators import CachingGenerator
from pelican.log import console
from pelican.utils import process_translations

from .contents import Product
from .metadata import RECORD
from .model import PageToWrite
from .parallel import run_everywhere, worker_count
from .pipeline import SITE_KEY, Site
from .reader import FrontMatterReader

# Print a progress line when at least this many products must be parsed.
PROGRESS_FROM = 200

# Sent with each product's metadata after reading, like Pelican's page_generator_context.
product_generator_context = signal("product_generator_context")


class ProductsGenerator(CachingGenerator):
    """Reads products from PRODUCT_PATHS; writes every page of the checked site's
    `pages_to_write` (products, listings and the pages of other plugins)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.products: list[Product] = []
        self.translations: list[Product] = []
        super().__init__(*args, **kwargs)

    def generate_context(self) -> None:
        products = []
        paths = list(self.get_files(
            self.settings["PRODUCT_PATHS"], exclude=self.settings["PRODUCT_EXCLUDES"]
        ))
        self._prepare_uncached(paths)
        for path in paths:
            product = self.readers.read_file(
                base_path=self.path,
                path=path,
                content_class=Product,
                context=self.context,
                context_signal=product_generator_context,
                context_sender=self,
            )
            self.add_source_path(product)
            if hasattr(product, RECORD):
                products.append(product)
        self.products, self.translations = process_translations(products, translation_id="slug")
        self.readers.save_cache()

    def _prepare_uncached(self, paths: list[str]) -> None:
        """Parse, on all cores, the files the reader cache cannot answer for."""
        missing: dict[str, list[str]] = {}
        for path in paths:
            full = os.path.abspath(os.path.join(self.path, path))
            if self.readers.get_cached_data(full, None) is None:
                missing.setdefault(os.path.splitext(full)[1][1:], []).append(full)
        count = sum(len(files) for files in missing.values())
        if count >= PROGRESS_FROM:
            workers = worker_count(count, self.settings["CATALOG"].get("processes", 0))
            console.print(f"Reading {count} changed products with {workers} processes…")
        # Pelican has one reader object per extension; each must be given its own files.
        for extension, files in missing.items():
            reader = self.readers.readers.get(extension)
            if isinstance(reader, FrontMatterReader):
                reader.prepare(files)

    def generate_output(self, writer: Any) -> None:
        site: Site = self.settings[SITE_KEY]
        catalog = site.catalog
        pages = site.pages_to_write
        for template in {page.template for page in pages}:
            self.get_template(template)  # compiled once here, not once per worker
        started = time.perf_counter()
        workers = run_everywhere(
            pages, lambda page: self._write(writer, page), catalog.settings.processes
        )
        samples = sum(1 for page in pages if page.template == "sample")
        # A product's own page (other pages, a sample or after payment, name it too).
        products = sum(1 for page in pages if page.variables.get("url") == getattr(
            page.variables.get("product"), "url", None))
        console.print(
            f"Catalog: {products} product pages, {samples} sample chapters and "
            f"{len(pages) - products - samples} other pages "
            f"({', '.join(catalog.languages)}) written in {time.perf_counter() - started:.2f} s "
            f"by {workers} process{'es' if workers > 1 else ''}"
        )

    def _write(self, writer: Any, page: PageToWrite) -> None:
        # Pelican's writer takes `url` for its paginator and keeps it from the template:
        # templates get the page's URL as `page_url`.
        writer.write_file(
            page.save_as,
            self.get_template(page.template),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            lang=page.lang,
            page_url=page.variables["url"],
            **page.variables,
        )
