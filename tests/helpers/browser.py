"""Driving the built site in Chromium: the browser's settings, the site served on 127.0.0.1
with its deployed headers, and what the browser tests share (pages to visit, search, axe,
the service worker's caches)."""

from __future__ import annotations

import re
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from security_headers.policy import headers_for

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

# Debian's Chromium, driven by Playwright.
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
TIMEOUT_MS = 15_000
NewPage = Callable[..., "Page"]  # the `new_page` fixture of tests/browser/conftest.py

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
    # A category sorted and filtered from its address (browse.js).
    "category-browsed": "/en/categories/e-books/?formats=EPUB&sort=price",
    "compare": ("/categories/audits/", r"/categories/[^/]+/comparer/"),
    "compare-en": ("/en/categories/training/", r"/en/categories/[^/]+/compare/"),
    "compare-block": "/faq/",
    "compare-offers": "/en/products/audit-express/",
    "search": "/recherche/?q=negociations",
    "search-en": "/en/search/?q=quotes",
    "after-payment": "/produits/audit-express/merci/",
    "after-payment-en": "/en/products/fixer-ses-prix/thank-you/",
    "offline": "/offline/",
    "offline-en": "/en/offline/",
}


# The built site served on 127.0.0.1, and the pages found from its links.
class _SiteHandler(SimpleHTTPRequestHandler):
    """Static files with the headers the site is deployed with, without request logging.

    The headers come from the security_headers plugin's policy (the one written to
    `_headers` and the nginx snippet), so the tests check what is deployed; nothing is
    cached over HTTP, so a rebuild is seen at once."""

    def end_headers(self) -> None:
        for name, value in headers_for(urlsplit(self.path).path):
            self.send_header(name, value)
        if urlsplit(self.path).path != "/sw.js":  # the policy gives sw.js its own
            self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _BareHandler(SimpleHTTPRequestHandler):
    """Static files and no header of the site's policy: a bucket, a bare host."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(folder: Path, headers: bool = True) -> Iterator[str]:
    """Base URL (no trailing slash) of `folder` served on a free port of 127.0.0.1, with
    the site's headers unless `headers` is False.

    The folder is looked up by name at each request: a rebuild that swaps in a new
    folder of that name is served at once."""
    handler = partial(_SiteHandler if headers else _BareHandler, directory=str(folder))
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            thread.join(timeout=5)


def fetch(url: str) -> bytes:
    """The body of a page of the site, or a test failure naming its HTTP status."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return bytes(response.read())
    except urllib.error.HTTPError as error:
        pytest.fail(
            f"{urlsplit(url).path} is not in the built site (HTTP {error.code})", pytrace=False
        )


def links(site_url: str, listing: str, pattern: str) -> list[str]:
    """Paths of the links on `listing` whose path matches `pattern` exactly, in order."""
    page_url = site_url + listing
    soup = BeautifulSoup(fetch(page_url), "html.parser")
    found = []
    for anchor in soup.find_all("a", href=True):
        target = urlsplit(urljoin(page_url, str(anchor["href"])))
        if target.netloc == urlsplit(site_url).netloc and re.fullmatch(pattern, target.path):
            found.append(target.path)
    return list(dict.fromkeys(found))


def first_link(site_url: str, listing: str, pattern: str) -> str:
    """Path of the first link on `listing` whose path matches `pattern` exactly."""
    found = links(site_url, listing, pattern)
    if not found:
        pytest.fail(f"no link matching {pattern} on {listing}", pytrace=False)
    return found[0]


def follow(site_url: str, start: str, patterns: tuple[str, ...]) -> str | None:
    """The first page reached from `start` by links matching `patterns`, step by step."""
    if not patterns:
        return start
    for path in links(site_url, start, patterns[0]):
        reached = follow(site_url, path, patterns[1:])
        if reached is not None:
            return reached
    return None


# Search pages.
SEARCH = {"fr": "/recherche/", "en": "/en/search/"}
NEGOTIATION = {
    "fr": "Négocier sans brader ses prix",
    "en": "Negotiating without slashing your prices",
}


def search(page: Page, site_url: str, lang: str, query: str) -> Locator:
    """Open the search page of `lang` with `query` and return its results, once shown."""
    page.goto(f"{site_url}{SEARCH[lang]}?q={quote(query)}")
    status = page.locator("[data-search-status]")
    status.filter(has_text=re.compile(r"\S")).wait_for()
    return page.locator(".search-result")


def titles(results: Locator) -> list[str]:
    return [title.strip() for title in results.locator("h2").all_inner_texts()]


# axe-core.
AXE_JS = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
Scheme = Literal["light", "dark"]


def _node(node: dict[str, Any]) -> str:
    """A failing node: its CSS selector (nested lists are frame or shadow-DOM paths), and why."""
    parts = node.get("target", [])
    target = " >>> ".join(p if isinstance(p, str) else " > ".join(p) for p in parts)
    reasons = str(node.get("failureSummary", "")).splitlines()[1:]
    return f"{target}: {'; '.join(r.strip() for r in reasons)}" if reasons else target


def describe(violations: list[dict[str, Any]]) -> str:
    """One readable block per violated rule: id, impact, help, then each failing node."""
    lines = []
    for rule in violations:
        lines.append(f"{rule['id']} [{rule.get('impact')}]: {rule['help']} ({rule['helpUrl']})")
        lines += [f"    {_node(node)}" for node in rule["nodes"]]
    return "\n".join(lines)


# The service worker (offline reading).
VERSION = re.compile(r"Version ([0-9a-f]{10})")


def wait_until(page: Page, expression: str, arg: object = None, seconds: float = 15) -> None:
    """Evaluate `expression` (which may return a promise) until it is true.

    A navigation meanwhile (the service worker may reload the page) only means: ask again."""
    from playwright.sync_api import Error

    deadline = time.monotonic() + seconds
    while True:
        try:
            if page.evaluate(expression, arg):
                return
        except Error as error:
            if "context was destroyed" not in error.message:
                raise
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {seconds} s: {expression}")
        page.wait_for_timeout(100)


def wait_for_worker(page: Page) -> None:
    """Wait until the service worker has precached the shell and controls `page`."""
    page.evaluate("navigator.serviceWorker.ready.then(() => null)")
    page.wait_for_function("navigator.serviceWorker.controller !== null")


def cached_paths(page: Page, cache_name: str) -> list[str]:
    """URL paths (with their query) of the requests stored in the cache `cache_name`."""
    return list(page.evaluate(
        """name => caches.open(name).then(cache => cache.keys()).then(requests =>
             requests.map(request => new URL(request.url)).map(u => u.pathname + u.search))""",
        cache_name,
    ))


def from_cache(page: Page) -> bool:
    """True when the service worker served this page from the device (it marks <html>)."""
    return bool(page.evaluate("document.documentElement.hasAttribute('data-from-cache')"))


def footer_version(page: Page) -> str:
    match = VERSION.search(page.locator(".site-footer").inner_text())
    assert match, "no build version in the footer"
    return match.group(1)
