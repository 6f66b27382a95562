"""An EPUB 3 file of one sample chapter, made with EbookLib, byte-identical for the same input.

Pure: plain data in, bytes out. EbookLib stamps `dcterms:modified` and every ZIP entry
with the current time; the first is given the content's own date, the second is
rewritten with a fixed time, so that a rebuild does not change the file.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit

import lxml.html
from catalog.kit import Heading
from ebooklib import epub

# ZIP cannot store dates before 1980; any fixed date makes the archive reproducible.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
STYLE = """\
body { font-family: serif; line-height: 1.5; margin: 0 5%; }
h1 { font-size: 1.6em; line-height: 1.2; margin: 1em 0; }
h2 { font-size: 1.25em; margin: 1.5em 0 0.5em; }
blockquote { margin: 1em 0 1em 1.5em; font-style: italic; }
p { margin: 0 0 0.8em; }
"""


@dataclass(frozen=True)
class SampleBook:
    """What the EPUB says about itself and the chapter it holds."""

    identifier: str  # a URN, stable across builds
    book_title: str
    chapter_title: str
    language: str
    author: str
    publisher: str
    modified: datetime.date
    chapter_html: str
    toc: tuple[Heading, ...]
    isbn: str | None = None  # of the whole book this chapter is taken from


def _xhtml_body(title: str, html: str) -> str:
    """The chapter as an XHTML body fragment; links that lead out of the book are kept
    only when they are absolute (a site-relative link means nothing in a reader)."""
    fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    for link in fragment.iter("a"):
        href = link.get("href", "")
        if not href.startswith("#") and urlsplit(href).scheme not in ("http", "https", "mailto"):
            del link.attrib["href"]
    inner = "".join(
        lxml.html.tostring(child, encoding="unicode", method="xml") for child in fragment
    )
    return f"<h1>{escape(title)}</h1>{escape(fragment.text or '')}{inner}"


def _reproducible(data: bytes) -> bytes:
    """The same archive with every entry dated ZIP_DATE, `mimetype` first and stored."""
    source = zipfile.ZipFile(io.BytesIO(data))
    target_buffer = io.BytesIO()
    with zipfile.ZipFile(target_buffer, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=ZIP_DATE)
            info.compress_type = entry.compress_type
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry.filename))
    return target_buffer.getvalue()


def sample_epub(book: SampleBook) -> bytes:
    document = epub.EpubBook()
    document.set_identifier(book.identifier)
    document.set_title(f"{book.book_title} – {book.chapter_title}")
    document.set_language(book.language)
    document.add_author(book.author)
    document.add_metadata("DC", "publisher", book.publisher)
    if book.isbn:
        document.add_metadata("DC", "source", f"urn:isbn:{book.isbn}")
    style = epub.EpubItem(uid="style", file_name="style.css", media_type="text/css",
                          content=STYLE.encode())
    document.add_item(style)
    chapter = epub.EpubHtml(title=book.chapter_title, file_name="chapter.xhtml",
                            lang=book.language)
    chapter.content = _xhtml_body(book.chapter_title, book.chapter_html)
    chapter.add_item(style)
    document.add_item(chapter)
    document.toc = [
        (epub.Section(book.chapter_title, href="chapter.xhtml"),
         [epub.Link(f"chapter.xhtml#{h.id}", h.text, f"toc-{h.id}") for h in book.toc]),
    ] if book.toc else [epub.Link("chapter.xhtml", book.chapter_title, "chapter")]
    document.add_item(epub.EpubNcx())
    document.add_item(epub.EpubNav())
    document.spine = ["nav", chapter]
    modified = datetime.datetime.combine(book.modified, datetime.time(), datetime.UTC)
    buffer = io.BytesIO()
    epub.write_epub(buffer, document, {"mtime": modified, "raise_exceptions": True})
    return _reproducible(buffer.getvalue())
