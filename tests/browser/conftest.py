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

# One page per template: a fixed path, or (listing page, pattern of the link to follow).
PAGES: dict[str, str | tuple[str, str]] = {
    "home": "/",
    "home-en": "/en/",
    "catalog": "/produits/",
    "category": ("/produits/", r"/categories/[^/]+/"),
    "product": ("/produits/", r"/produits/[^/]+/"),
    "page": "/about/",
    "case-study": ("/etudes-de-cas/", r"/etudes-de-cas/[^/]+/"),
    "case-studies": "/etudes-de-cas/",
    "404": "/404.html",
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


def _first_link(site_url: str, listing: str, pattern: str) -> str:
    """Path of the first link on `listing` whose path matches `pattern` exactly."""
    page_url = site_url + listing
    soup = BeautifulSoup(_fetch(page_url), "html.parser")
    for anchor in soup.find_all("a", href=True):
        target = urlsplit(urljoin(page_url, str(anchor["href"])))
        if target.netloc == urlsplit(site_url).netloc and re.fullmatch(pattern, target.path):
            return target.path
    pytest.fail(f"no link matching {pattern} on {listing}", pytrace=False)


@pytest.fixture(params=list(PAGES))
def site_page(request: pytest.FixtureRequest, site_url: str) -> str:
    """Full URL of one page of each template (tests using it run once per template)."""
    where = PAGES[request.param]
    path = where if isinstance(where, str) else _first_link(site_url, *where)
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
