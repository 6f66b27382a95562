"""What an e-book page offers besides its description: a sample chapter and a download.

The sample is a Markdown file of `SAMPLE_PATHS` with a `title` in its front matter, read
with the site's one front-matter reader and Markdown settings once the products are
known; the table of contents comes from its `##` headings. A free e-book's `file` is
checked to be the PDF or EPUB its name says, so a renamed file is not served as a book.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .errors import ContentError
from .frontmatter import FrontMatter
from .locate import display_path, error_at
from .reader import FRONT_MATTER, FRONT_MATTER_LINES, READ_ERRORS, FrontMatterReader
from .records import schema_context, validated
from .schema import Model, Text

EPUB_MIMETYPE = b"application/epub+zip"


class SampleFile(Model):
    """Front matter of a sample chapter: `content/samples/*.md`."""

    title: Text


@dataclass(frozen=True)
class Heading:
    id: str
    text: str


@dataclass(frozen=True)
class Sample:
    """A chapter of an e-book, as HTML, with its table of contents."""

    title: str
    html: str
    toc: tuple[Heading, ...]
    source: str


@dataclass(frozen=True)
class Download:
    """A free e-book's file, as the site serves it."""

    url: str
    format: str
    size: int


class _Headings(HTMLParser):
    """The `<h2 id>` headings of a chapter, with their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Heading] = []
        self._open: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        anchor = dict(attrs).get("id")
        if tag == "h2" and anchor:
            self._open = (anchor, [])

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2" and self._open:
            # Only line breaks and ASCII spaces: no-break spaces are typography to keep.
            text = re.sub(r"[ \t\r\n]+", " ", "".join(self._open[1])).strip()
            self.found.append(Heading(self._open[0], text))
            self._open = None


def table_of_contents(html: str) -> tuple[Heading, ...]:
    parser = _Headings()
    parser.feed(html)
    parser.close()
    return tuple(parser.found)


def read_sample(path: str, settings: dict[str, Any]) -> Sample | list[ContentError]:
    """The chapter at `path` (relative to the content folder), or what is wrong with it."""
    full = str(Path(settings["PATH"], path))
    shown = display_path(full)
    html, metadata = FrontMatterReader(settings).parse(full)
    errors = [replace(error, path=shown) for error in metadata[READ_ERRORS]]
    if FRONT_MATTER not in metadata:
        return errors
    front_matter = FrontMatter(metadata[FRONT_MATTER], metadata[FRONT_MATTER_LINES], "", shown)
    read = validated(SampleFile, front_matter, schema_context(settings))
    if read.record is None or errors:
        return errors + read.errors
    return Sample(read.record.title, html, table_of_contents(html), shown)


def download_problem(path: Path, suffix: str) -> str | None:
    """Why the file at `path` is not the `suffix` file it claims to be, if it is not."""
    with path.open("rb") as file:
        start = file.read(64)
    if suffix == ".pdf" and not start.startswith(b"%PDF-"):
        return "is not a PDF file (it does not start with '%PDF-')"
    if suffix == ".epub":
        try:
            with zipfile.ZipFile(path) as archive:
                if archive.read("mimetype").strip() != EPUB_MIMETYPE:
                    return "is not an EPUB file (its 'mimetype' is not application/epub+zip)"
        except (zipfile.BadZipFile, KeyError):
            return "is not an EPUB file (not a ZIP archive with a 'mimetype' entry)"
    return None


def attach_ebook_files(
    products: Iterable[Any], settings: dict[str, Any]
) -> list[ContentError]:
    """Give each e-book its `sample` and `download` (or None); return what is wrong."""
    errors: list[ContentError] = []
    samples: dict[str, Sample | list[ContentError]] = {}
    for product in products:
        ebook = getattr(product, "ebook", None)
        product.sample = product.download = None
        if ebook is None:
            continue
        if ebook.sample is not None:
            if ebook.sample not in samples:
                samples[ebook.sample] = read_sample(ebook.sample, settings)
                if isinstance(samples[ebook.sample], list):
                    errors += samples[ebook.sample]  # type: ignore[arg-type]
            found = samples[ebook.sample]
            product.sample = found if isinstance(found, Sample) else None
        if ebook.file is not None:
            path = Path(settings["PATH"], ebook.file)
            suffix = path.suffix.lower()
            problem = download_problem(path, suffix)
            if problem:
                errors.append(error_at(product, "ebook.file", f"{ebook.file!r} {problem}"))
            product.download = Download(ebook.file, suffix.lstrip("."), path.stat().st_size)
    return errors
