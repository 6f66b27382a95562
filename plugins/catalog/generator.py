"""Reads products and writes the catalog's pages (products, per-language listings and
the pages of other plugins): those whose inputs changed are rendered on every core, the
others written with the bytes of the last build (`inputs.py`, `pagecache.py`)."""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from blinker import signal
from pelican.generators import CachingGenerator
from pelican.log import console
from pelican.utils import process_translations

from .contents import Product
from .inputs import Unpicklable, recording
from .metadata import RECORD
from .model import PageToWrite
from .pagecache import (
    FOLDER,
    CurrentInputs,
    PageCache,
    Record,
    site_digest,
    write_bytes,
    written_pages,
)
from .parallel import WorkerFailed, map_everywhere, worker_count
from .pipeline import SITE_KEY, WRITTEN_PAGES, Site, print_rendered, print_timing
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
        """Write every page: from the last build's bytes when nothing it is made of
        changed (`pagecache.py`), else rendered on every core."""
        site: Site = self.settings[SITE_KEY]
        catalog = site.catalog
        pages = site.pages_to_write
        output = Path(writer.output_path)
        started = time.perf_counter()
        cache = self._page_cache(site)
        records, to_render = _reuse(cache, pages, output)
        workers = worker_count(len(to_render), catalog.settings.processes)
        if len(to_render) >= PROGRESS_FROM:
            console.print(f"Rendering {len(to_render)} pages with {workers} "
                          f"process{'es' if workers > 1 else ''}…")
        for template in {page.template for page, _ in to_render}:
            self.get_template(template)  # compiled once here, not once per worker
        try:
            # Workers get indices: the pages themselves are inherited, not pickled.
            kept = map_everywhere(
                range(len(to_render)),
                lambda index: self._render(writer, cache, *to_render[index]),
                catalog.settings.processes,
            )
        except Exception as error:
            if workers == 1:
                raise
            # The worker's traceback comes with it (`__cause__`): shown, then one line.
            traceback.print_exception(error, file=sys.stderr)
            raise WorkerFailed(f"1 of {workers} rendering processes failed (see above)"
                               ) from None
        for (page, _), record in zip(to_render, kept, strict=True):
            if record is not None:
                records[page.save_as] = record
        if cache:
            cache.save(records)
            site.once(WRITTEN_PAGES, lambda: written_pages(output, records))
        print_rendered([page.save_as for page, _ in to_render])
        samples = sum(1 for page in pages if page.template == "sample")
        # A product's own page (other pages, a sample or after payment, name it too).
        products = sum(1 for page in pages if page.variables.get("url") == getattr(
            page.variables.get("product"), "url", None))
        console.print(
            f"Catalog: {products} product pages, {samples} sample chapters and "
            f"{len(pages) - products - samples} other pages "
            f"({', '.join(catalog.languages)}); {len(to_render)} rendered by {workers} "
            f"process{'es' if workers > 1 else ''}, {len(pages) - len(to_render)} "
            f"unchanged, in {time.perf_counter() - started:.2f} s"
        )

    def _page_cache(self, site: Site) -> PageCache | None:
        """The cache of rendered pages, None (with one line saying why) when a value
        the pages may read cannot be digested."""
        started = time.perf_counter()
        try:
            inputs = CurrentInputs(site, self.settings)
            cache = PageCache(site.settings.cache_folder(FOLDER),
                              site_digest(self.settings, self.context, site, self.env.globals),
                              self.settings, inputs.digest)
            inputs.digest_every_product()  # before rendering, which may add to them
        except Unpicklable as error:
            console.print(f"Catalog: every page is rendered (the page cache cannot read "
                          f"{error})")
            return None
        print_timing("render", "catalog.page-inputs", time.perf_counter() - started)
        return cache

    def _render(self, writer: Any, cache: PageCache | None, page: PageToWrite,
                key: str | None) -> Record | None:
        with recording() as inputs:
            self._write(writer, page)
        if cache is None:
            return None
        return cache.keep(key, inputs, Path(writer.output_path, page.save_as).read_bytes())

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


def _reuse(cache: PageCache | None, pages: list[PageToWrite], output: Path) -> tuple[
    dict[str, Record], list[tuple[PageToWrite, str | None]]
]:
    """Write the pages the cache holds unchanged; their records, and the pages left to
    render with their keys."""
    records: dict[str, Record] = {}
    to_render: list[tuple[PageToWrite, str | None]] = []
    for page in pages:
        key = cache.key(page) if cache else None
        data = cache.reusable(page, key) if cache else None
        if cache is None or data is None:
            to_render.append((page, key))
        else:
            write_bytes(output / page.save_as, data)
            records[page.save_as] = cache.records[page.save_as]
    return records, to_render
