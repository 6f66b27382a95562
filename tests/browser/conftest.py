"""Browser fixtures: the built site served on 127.0.0.1, and Debian's Chromium via Playwright.

The server sends the strict Content-Security-Policy the site must work under. Pages are
found from the site's own links where a slug is needed, so no content slug is hard-coded.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.helpers.browser import (
    AXE_JS,
    CHROMIUM,
    CHROMIUM_ARGS,
    PAGES,
    TIMEOUT_MS,
    NewPage,
    fetch,
    follow,
    serve,
)
from tests.helpers.tools import require_tool, unavailable

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Base URL (no trailing slash) of `built_site` served on a free port of 127.0.0.1."""
    with serve(built_site) as url:
        yield url


@pytest.fixture(params=list(PAGES))
def site_page(request: pytest.FixtureRequest, site_url: str) -> str:
    """Full URL of one page of each template (tests using it run once per template)."""
    where = PAGES[request.param]
    path = where if isinstance(where, str) else follow(site_url, where[0], where[1:])
    if path is None:
        pytest.fail(f"no page reached from {where[0]} by links {where[1:]}", pytrace=False)
    fetch(site_url + path)
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
    require_tool(str(CHROMIUM))
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


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
