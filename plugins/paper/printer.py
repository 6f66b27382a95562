"""Printing the rendered pages to PDF with WeasyPrint, cached by what they are made of.

A PDF is printed from its HTML page, rendered by the theme into the staging folder, and
from the files that page fetches (its stylesheet, images), read from that folder: an
address outside the site is refused, so a PDF never fetches anything from the network.
Its links are the site's absolute addresses (the page is printed at its own).

Each print is cached under the hash of its HTML, with the hash of every file it fetched:
a cached PDF is reused only when its HTML and every one of those files are unchanged, so
a rebuild with nothing changed prints nothing. PDFs to print are printed on every core.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from catalog.kit import load_file, map_everywhere, store_file

# Part of every cache key: another WeasyPrint may print the same page differently.
STYLE = f"weasyprint {version('weasyprint')}, version 1"
PDFS_PER_PROCESS = 2  # a PDF takes a tenth of a second or more: worth a process of its own


class PrintError(Exception):
    """A page that cannot be printed, with the reason (a file it needs is missing…)."""


@dataclass(frozen=True)
class Job:
    source: str  # the HTML page, relative to the site folder
    pdf: str  # where its PDF goes
    address: str  # the PDF's absolute address: the base of the page's relative links
    key: str  # the cache key of this HTML


@dataclass(frozen=True)
class Printed:
    """A PDF just printed, and the files it was made from (path -> sha256)."""

    job: Job
    data: bytes
    fetched: dict[str, str]


@dataclass
class Summary:
    printed: int = 0
    reused: int = 0
    seconds: float = 0.0
    sizes: dict[str, int] = field(default_factory=dict)  # PDF path -> bytes

    def __str__(self) -> str:
        return (f"PDF: {self.printed + self.reused} files, {self.printed} printed, "
                f"{self.reused} unchanged ({self.seconds:.2f} s)")


def print_pages(folder: Path, pages: Sequence[tuple[str, str]], site_url: str,
                cache: Path) -> Summary:
    """Print each `(source, pdf)` of the site in `folder` (paths relative to it), then
    remove the sources. `site_url` is the site's absolute address, without end slash."""
    started = time.perf_counter()
    summary = Summary()
    digest = _Digests(folder)
    jobs = []
    for source, pdf in pages:
        html = (folder / source).read_bytes()
        job = Job(source, pdf, f"{site_url}/{pdf}",
                  hashlib.sha256(f"{STYLE}\n{site_url}/{pdf}\n".encode() + html).hexdigest())
        cached = _cached(cache, job.key, digest)
        if cached is None:
            jobs.append(job)
            continue
        (folder / pdf).write_bytes(cached)
        summary.reused += 1
    # The longest first (the catalogues), so that no core is left with one at the end.
    jobs.sort(key=lambda job: -(folder / job.source).stat().st_size)
    for done in map_everywhere(jobs, _printer(folder, site_url), least=PDFS_PER_PROCESS):
        store_file(cache / f"{done.job.key}.pdf", done.data)
        store_file(cache / f"{done.job.key}.json",
                   json.dumps(done.fetched, sort_keys=True).encode())
        (folder / done.job.pdf).write_bytes(done.data)
        summary.printed += 1
    for source, pdf in pages:
        (folder / source).unlink()
        summary.sizes[pdf] = (folder / pdf).stat().st_size
    summary.seconds = time.perf_counter() - started
    return summary


class _Digests:
    """The sha256 of files of the site, each read once per build."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.known: dict[str, str | None] = {}

    def __call__(self, relative: str) -> str | None:
        if relative not in self.known:
            try:
                data = (self.folder / relative).read_bytes()
            except OSError:
                self.known[relative] = None
            else:
                self.known[relative] = hashlib.sha256(data).hexdigest()
        return self.known[relative]


def _cached(cache: Path, key: str, digest: Callable[[str], str | None]) -> bytes | None:
    """The cached PDF of `key`, if every file it was printed from is unchanged."""
    inputs = load_file(cache / f"{key}.json")
    if inputs is None:
        return None
    fetched: dict[str, str] = json.loads(inputs)
    if any(digest(path) != sha for path, sha in fetched.items()):
        return None
    return load_file(cache / f"{key}.pdf")


def _printer(folder: Path, site_url: str) -> Callable[[Job], Printed]:
    def print_one(job: Job) -> Printed:
        from weasyprint import HTML  # loaded in the processes that print, only when needed
        from weasyprint.urls import FatalURLFetchingError

        fetcher = _site_fetcher(folder, site_url)
        try:
            document = HTML(string=(folder / job.source).read_text(encoding="utf-8"),
                            base_url=job.address, url_fetcher=fetcher)
            data = document.write_pdf()
        except FatalURLFetchingError as failure:
            raise PrintError(f"{job.pdf}: {failure.__cause__ or failure}") from None
        assert isinstance(data, bytes)
        return Printed(job, data, dict(sorted(fetcher.fetched.items())))

    return print_one


def _site_fetcher(folder: Path, site_url: str) -> Any:
    """A WeasyPrint URL fetcher that reads the site's own files from `folder`, notes the
    hash of each, and refuses any other address."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class SiteFetcher(URLFetcher):
        def __init__(self) -> None:
            super().__init__(fail_on_errors=True)
            self.fetched: dict[str, str] = {}

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            relative = site_path(site_url, url)
            if relative is None:
                raise PrintError(f"{url} is not an address of the site: a PDF fetches "
                                 "nothing from elsewhere")
            path = (folder / relative).resolve()
            if not path.is_relative_to(folder.resolve()) or not path.is_file():
                raise PrintError(f"{relative} is not a file of the site")
            data = path.read_bytes()
            self.fetched[relative] = hashlib.sha256(data).hexdigest()
            kind = mimetypes.guess_type(relative)[0] or "application/octet-stream"
            return URLFetcherResponse(url, data, {"Content-Type": kind})

    return SiteFetcher()


def site_path(site_url: str, url: str) -> str | None:
    """The file of the site that `url` names ("images/a.jpg"; a folder's index.html), or
    None when `url` is not an address of the site."""
    if not url.startswith(site_url + "/"):
        return None
    path = unquote(urlsplit(url).path)
    base = unquote(urlsplit(site_url).path)
    relative = path[len(base):].lstrip("/")
    return relative + "index.html" if not relative or relative.endswith("/") else relative
