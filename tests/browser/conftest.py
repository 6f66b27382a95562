"""Browser fixtures: the built site served on 127.0.0.1, and Debian's Chromium via Playwright.

The server sends the strict Content-Security-Policy the site must work under. Pages are
found from the site's own links where a slug is needed, so no content slug is hard-coded.
"""

from __future__ import annotations

import importlib.util
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from offline.headers import headers_for

from tests.tools import unavailable

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_JS = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
TIMEOUT_MS = 15_000

# One page per template: a fixed path, or a start page and the patterns of the links to
# follow from it, one per step (each step tries every matching link, in order).
PAGES: dict[str, str | tuple[str, ...]] = {
    "home": "/",
    "home-en": "/en/",
    "catalog": "/produits/",
    "category": ("/produits/", r"/categories/[^/]+/"),
    "product": ("/produits/", r"/produits/[^/]+/"),
    "page": "/about/",
    "case-study": ("/etudes-de-cas/", r"/etudes-de-cas/[^/]+/"),
    "case-studies": "/etudes-de-cas/",
    "404": "/404.html",
    "sample": ("/produits/", r"/produits/[^/]+/", r"/produits/[^/]+/extrait/"),
    # The demo product with the most reviews (every part of the rating block), and the
    # reviews policy page it links to.
    "product-reviews": "/produits/audit-express/",
    "reviews-policy": "/reviews-policy/",
    "compare": ("/categories/audits/", r"/categories/[^/]+/comparer/"),
    "compare-en": ("/en/categories/training/", r"/en/categories/[^/]+/compare/"),
    "compare-block": "/faq/",
    "compare-offers": "/en/products/audit-express/",
    "search": "/recherche/?q=negociations",
    "search-en": "/en/search/?q=quotes",
    "offline": "/offline/",
    "offline-en": "/en/offline/",
}




class _SiteHandler(SimpleHTTPRequestHandler):
    """Static files with the headers the site is deployed with, without request logging.

    The headers come from the offline plugin's policy (the one written to `_headers` and
    the nginx snippet), so the tests check what is deployed; nothing is cached over HTTP,
    so a rebuild is seen at once."""

    def end_headers(self) -> None:
        for name, value in headers_for(urlsplit(self.path).path):
            self.send_header(name, value)
        if urlsplit(self.path).path != "/sw.js":  # the policy gives sw.js its own
            self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Base URL (no trailing slash) of `folder` served on a free port of 127.0.0.1.

    The folder is looked up by name at each request: a rebuild that swaps in a new
    folder of that name is served at once."""
    handler = partial(_SiteHandler, directory=str(folder))
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            thread.join(timeout=5)


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Base URL (no trailing slash) of `built_site` served on a free port of 127.0.0.1."""
    with serve(built_site) as url:
        yield url


def _fetch(url: str) -> bytes:
    """The body of a page of the site, or a test failure naming its HTTP status."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return bytes(response.read())
    except urllib.error.HTTPError as error:
        pytest.fail(
            f"{urlsplit(url).path} is not in the built site (HTTP {error.code})", pytrace=False
        )


def _links(site_url: str, listing: str, pattern: str) -> list[str]:
    """Paths of the links on `listing` whose path matches `pattern` exactly, in order."""
    page_url = site_url + listing
    soup = BeautifulSoup(_fetch(page_url), "html.parser")
    found = []
    for anchor in soup.find_all("a", href=True):
        target = urlsplit(urljoin(page_url, str(anchor["href"])))
        if target.netloc == urlsplit(site_url).netloc and re.fullmatch(pattern, target.path):
            found.append(target.path)
    return list(dict.fromkeys(found))


def _first_link(site_url: str, listing: str, pattern: str) -> str:
    """Path of the first link on `listing` whose path matches `pattern` exactly."""
    found = _links(site_url, listing, pattern)
    if not found:
        pytest.fail(f"no link matching {pattern} on {listing}", pytrace=False)
    return found[0]


def _follow(site_url: str, start: str, patterns: tuple[str, ...]) -> str | None:
    """The first page reached from `start` by links matching `patterns`, step by step."""
    if not patterns:
        return start
    for path in _links(site_url, start, patterns[0]):
        reached = _follow(site_url, path, patterns[1:])
        if reached is not None:
            return reached
    return None


@pytest.fixture(params=list(PAGES))
def site_page(request: pytest.FixtureRequest, site_url: str) -> str:
    """Full URL of one page of each template (tests using it run once per template)."""
    where = PAGES[request.param]
    path = where if isinstance(where, str) else _follow(site_url, where[0], where[1:])
    if path is None:
        pytest.fail(f"no page reached from {where[0]} by links {where[1:]}", pytrace=False)
    _fetch(site_url + path)
    return site_url + path


@pytest.fixture(scope="session")
def axe_js() -> Path:
    """axe-core's browser bundle, installed by `npm ci --prefix tests`."""
    if not AXE_JS.is_file():
        unavailable(f"{AXE_JS} is missing (run: npm ci --prefix tests)")
    return AXE_JS


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium, driven by Playwright, shared by the session."""
    if importlib.util.find_spec("playwright") is None:
        unavailable("the playwright Python package is not installed")
    if not CHROMIUM.is_file():
        unavailable(f"{CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


NewPage = Callable[..., "Page"]


@pytest.fixture
def new_page(browser: Browser) -> Iterator[NewPage]:
    """Open a page in a fresh browser context; keyword arguments go to new_context()."""
    contexts: list[BrowserContext] = []

    def open_page(**context_args: Any) -> Page:
        context = browser.new_context(**context_args)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page: NewPage) -> Page:
    """A page in a fresh browser context, with the served Content-Security-Policy enforced."""
    return new_page()
