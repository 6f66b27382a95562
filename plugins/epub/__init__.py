"""EPUB 3 files of e-books' sample chapters, to read offline on an e-reader.

For every e-book with a `sample` (read by the catalog), this plugin makes an EPUB
(`book.py`) and gives the product its `sample_epub` view (`url`, `size`) in the `attach`
phase (`epub.files`); in `written` (`epub.files`) it writes the EPUB beside the sample's
page. EPUBs are cached by their content in the plugin's cache folder, so a rebuild only
makes the ones whose chapter or details changed.
"""

from __future__ import annotations

import datetime
import hashlib
import shutil
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog.kit import Output, Product, Site, load_file, phases, store_file

from .book import SampleBook, sample_epub

CODE_VERSION = "1"  # bump when the EPUB's make-up changes
# The date an EPUB says it was modified when the e-book has no `updated` date: fixed, so
# that rebuilding never changes the file.
UNDATED = datetime.date(2000, 1, 1)


@dataclass(frozen=True)
class EpubFile:
    url: str
    size: int
    cached: Path  # the file in the cache, copied into the site once it is written


def describe(product: Product, settings: Mapping[str, Any]) -> SampleBook:
    """The EPUB's details, from the product and its sample chapter."""
    assert product.sample is not None and product.ebook is not None
    site = settings.get("SITEURL") or settings["SITENAME"]
    return SampleBook(
        identifier=f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{site}/{product.sku}/sample')}",
        book_title=product.title,
        chapter_title=product.sample.title,
        language=product.ebook.language or product.lang,
        author=settings.get("AUTHOR") or settings["SITENAME"],
        publisher=settings["SITENAME"],
        modified=product.updated or UNDATED,
        chapter_html=product.sample.html,
        toc=product.sample.toc,
        isbn=product.ebook.isbn,
    )


def cached_epub(book: SampleBook, cache: Path) -> Path:
    """The EPUB of `book`, made only when the cache does not hold it yet."""
    key = hashlib.sha256(repr((CODE_VERSION, book)).encode()).hexdigest()[:24]
    path = cache / f"{key}.epub"
    if load_file(path) is None:
        store_file(path, sample_epub(book))
    return path


def _attach(site: Site) -> None:
    """Give every e-book with a sample its `sample_epub`; translations of a product page
    that show the same chapter share one EPUB."""
    cache = site.settings.cache_folder("epub")
    made: dict[str, EpubFile] = {}
    for product in site.products:
        if product.sample is None:
            continue
        source = in_book_language(product)
        url = f"{site.catalog.sample_url(source)}{source.slug}.epub"
        if url not in made:
            path = cached_epub(describe(source, site.settings.pelican), cache)
            made[url] = EpubFile(url, path.stat().st_size, path)
        product.sample_epub = made[url]


def _write(output: Output) -> None:
    for product in output.site.products:
        epub_file = product.sample_epub
        if isinstance(epub_file, EpubFile):
            target = output.folder / epub_file.url
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(epub_file.cached, target)


def in_book_language(product: Product) -> Product:
    """The version of the product page in the book's own language, when the site has it
    with the same sample: its title is the book's real title, and translations of the
    page then share one EPUB."""
    assert product.ebook is not None
    language = product.ebook.language or product.lang
    for version in [product, *product.translations]:
        if (version.lang == language and version.ebook is not None
                and version.ebook.sample == product.ebook.sample):
            return version
    return product


def register() -> None:
    phases.attach.register("epub.files", 100)(_attach)
    phases.written.register("epub.files", 300)(_write)
