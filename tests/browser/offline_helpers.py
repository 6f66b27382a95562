"""Helpers for the offline browser tests: wait for the service worker, read its caches."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Page

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
