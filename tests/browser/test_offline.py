"""Offline reading: what opens without network after a first visit, and installability."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.helpers.browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    cached_paths,
    first_link,
    footer_version,
    from_cache,
    wait_for_worker,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser
NewPage = Callable[..., "Page"]


def worker_config(built_site: Path) -> dict[str, object]:
    """The CONFIG object the build injected into sw.js."""
    text = (built_site / "sw.js").read_text(encoding="utf-8")
    match = re.search(r"^const CONFIG = (\{.*?\});$", text, re.MULTILINE | re.DOTALL)
    assert match, "sw.js has no CONFIG"
    return dict(json.loads(match.group(1)))


def test_visited_and_precached_pages_open_offline(
    page: Page, site_url: str, built_site: Path
) -> None:
    product = first_link(site_url, "/produits/", r"/produits/[^/]+/")
    page.goto(site_url + "/")
    wait_for_worker(page)
    page.goto(site_url + product)
    product_title = page.locator("h1").inner_text()
    precached = {entry["url"] for entry in worker_config(built_site)["precache"]}  # type: ignore[attr-defined]
    assert "/produits/" in precached

    page.context.set_offline(True)
    page.goto(site_url + "/produits/")  # precached, never visited
    assert page.locator("h1").inner_text() == "Catalogue"
    assert from_cache(page)
    page.goto(site_url + product)  # visited
    assert page.locator("h1").inner_text() == product_title
    notice = page.locator(".cache-notice")
    assert notice.is_visible()
    assert re.search(r"prix au \d", notice.inner_text()), notice.inner_text()

    page.goto(site_url + "/about/")  # never visited: the offline page, in French
    assert page.locator("h1").inner_text() == "Vous êtes hors ligne"
    saved = page.locator("[data-offline-pages] a")
    saved.filter(has_text=product_title).wait_for()
    assert product in saved.evaluate_all("links => links.map(a => a.pathname)")
    page.goto(site_url + "/en/contact/")
    assert page.locator("h1").inner_text() == "You are offline"


def test_pages_come_from_the_network_when_online(page: Page, site_url: str) -> None:
    page.goto(site_url + "/")
    wait_for_worker(page)
    page.goto(site_url + "/produits/")
    assert not from_cache(page), "a page was served from the device although online"
    assert not page.locator(".cache-notice").is_visible()


def test_footer_shows_the_build_version_of_the_worker(
    page: Page, site_url: str, built_site: Path
) -> None:
    page.goto(site_url + "/en/")
    assert footer_version(page) == worker_config(built_site)["version"]


def test_keep_for_offline_saves_the_category_and_can_be_removed(
    page: Page, site_url: str
) -> None:
    category = first_link(site_url, "/produits/", r"/categories/[^/]+/")
    page.goto(site_url + category)
    wait_for_worker(page)
    products = page.locator(".grid .card-title a").evaluate_all(
        "links => links.map(a => a.pathname)")
    assert products, f"no product on {category}"
    keep = page.get_by_role("button", name="Garder pour lire hors ligne")
    keep.click()
    status = page.locator(".keep-status")
    status.filter(has_text="Gardé sur cet appareil").wait_for()
    kept = cached_paths(page, "vitrine-kept")
    assert {category, *products} <= set(kept)

    page.context.set_offline(True)
    page.goto(site_url + products[-1])  # never visited, kept with its category
    assert from_cache(page)
    assert page.locator("h1").count() == 1
    page.context.set_offline(False)

    page.goto(site_url + category)
    remove = page.get_by_role("button", name="Retirer de cet appareil")
    remove.click()
    status.filter(has_text="Retiré de cet appareil").wait_for()
    assert keep.is_visible()
    left = set(cached_paths(page, "vitrine-kept"))
    assert not left & {category, *products}, f"still kept: {sorted(left)}"


def test_chromium_reports_no_installability_error(
    browser: Browser, site_url: str, tmp_path: Path
) -> None:
    # A private (incognito) context is never installable: use a profile on disk.
    context = browser.browser_type.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True,
        args=CHROMIUM_ARGS,
    )
    try:
        page = context.pages[0] if context.pages else context.new_page()
        page.goto(site_url + "/")
        wait_for_worker(page)
        session = context.new_cdp_session(page)
        manifest = session.send("Page.getAppManifest")
        assert manifest.get("errors") == [], manifest.get("errors")
        errors = session.send("Page.getInstallabilityErrors")["installabilityErrors"]
        assert errors == [], errors
    finally:
        context.close()
