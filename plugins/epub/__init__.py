"""EPUB 3 files of e-books' sample chapters, to read offline on an e-reader.

For every e-book with a `sample`, the catalog reads the chapter; this plugin makes it an
EPUB (`book.py`), writes it beside the sample's page and gives the product a
`sample_epub` (`url`, `size`) for the theme. EPUBs are cached by their content, so a
rebuild only makes the ones whose chapter or details changed.
"""

from __future__ import annotations

import datetime
import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican import signals

from .book import SampleBook, sample_epub

CODE_VERSION = "1"  # bump when the EPUB's make-up changes
# The date an EPUB says it was modified when the e-book has no `updated` date: fixed, so
# that rebuilding never changes the file.
UNDATED = datetime.date(2000, 1, 1)


@dataclass(frozen=True)
class EpubFile:
    url: str
    size: int


def describe(product: Any, settings: dict[str, Any]) -> SampleBook:
    """The EPUB's details, from the product and its sample chapter."""
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


def cached_epub(book: SampleBook, cache: Path) -> bytes:
    key = hashlib.sha256(repr((CODE_VERSION, book)).encode()).hexdigest()[:24]
    path = cache / f"{key}.epub"
    if path.is_file():
        return path.read_bytes()
    data = sample_epub(book)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def _write_epubs(generators: list[Any]) -> None:
    """Runs after the catalog plugin's own handler of this signal, which resolves the
    catalog (plugins connect in the order of PLUGINS, where catalog comes first)."""
    catalog = generators[0].context.get("catalog")
    if catalog is None:
        return
    settings = generators[0].settings
    output = Path(generators[0].output_path)
    cache = Path(settings["CACHE_PATH"]).parent / "epub"
    written: dict[str, EpubFile] = {}
    for product in catalog.all_products():
        product.sample_epub = None
        if getattr(product, "sample", None) is None:
            continue
        source = in_book_language(product)
        url = f"{catalog.sample_url(source)}{source.slug}.epub"
        if url not in written:
            data = cached_epub(describe(source, settings), cache)
            (output / url).parent.mkdir(parents=True, exist_ok=True)
            (output / url).write_bytes(data)
            written[url] = EpubFile(url, len(data))
        product.sample_epub = written[url]


def in_book_language(product: Any) -> Any:
    """The version of the product page in the book's own language, when the site has it
    with the same sample: its title is the book's real title, and translations of the
    page then share one EPUB."""
    language = product.ebook.language or product.lang
    for version in [product, *product.translations]:
        if version.lang == language and version.ebook.sample == product.ebook.sample:
            return version
    return product


def register() -> None:
    signals.all_generators_finalized.connect(_write_epubs)
