"""A new build reaches visitors' devices: changed content replaces the saved copies, and
the kill switch removes the service worker. Each test builds a copy of the demo content
into a folder it serves (then builds again into the same folder, or with other settings)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.helpers.browser import footer_version, from_cache, serve, wait_for_worker, wait_until
from tests.helpers.build import ROOT, Build, run_build

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser
PRODUCT = Path("products/audit-express.md")
OLD_PRICE, NEW_PRICE = "price: 1490.00", "price: 1377.00"


class Site:
    """A copy of the demo content, built into a folder served on 127.0.0.1."""

    def __init__(self, content: Path, work: Path, url: str) -> None:
        self.content, self.work, self.url = content, work, url
        self.output = work / "output"

    def build(self, settings: Path = ROOT / "pelicanconf.py") -> Build:
        build = run_build(self.content, self.output, self.work / "cache", settings)
        assert build.returncode == 0, build.stdout + build.stderr
        return build


@pytest.fixture
def site(content_copy: Path, tmp_path: Path) -> Iterator[Site]:
    (tmp_path / "output").mkdir()
    with serve(tmp_path / "output") as url:
        served = Site(content_copy, tmp_path, url)
        served.build()
        yield served


def without_spaces(text: str) -> str:
    return "".join(text.split())


def precache_names(page: Page) -> list[str]:
    return list(page.evaluate(
        "caches.keys().then(names => names.filter(n => n.startsWith('vitrine-precache-')))"
    ))


def test_a_rebuild_with_a_new_price_replaces_the_saved_copy(site: Site, page: Page) -> None:
    page.goto(site.url + "/produits/")
    wait_for_worker(page)
    old_version = footer_version(page)
    assert precache_names(page) == [f"vitrine-precache-{old_version}"]
    assert "1490,00" in without_spaces(page.locator("main").inner_text())

    source = site.content / PRODUCT
    text = source.read_text(encoding="utf-8")
    assert OLD_PRICE in text
    source.write_text(text.replace(OLD_PRICE, NEW_PRICE, 1), encoding="utf-8")
    site.build()

    page.goto(site.url + "/produits/")  # online: checks for a new worker, which precaches
    new_version = footer_version(page)
    assert new_version != old_version
    wait_until(
        page,
        "name => caches.keys().then(names => names.includes(name) && names.filter("
        "n => n.startsWith('vitrine-precache-')).length === 1)",
        f"vitrine-precache-{new_version}",
    )

    page.context.set_offline(True)
    page.goto(site.url + "/produits/")
    assert from_cache(page)
    prices = without_spaces(page.locator("main").inner_text())
    assert "1377,00" in prices and "1490,00" not in prices
    assert footer_version(page) == new_version


def test_turning_offline_support_off_removes_the_worker_and_its_caches(
    site: Site, page: Page
) -> None:
    page.goto(site.url + "/")
    wait_for_worker(page)
    assert precache_names(page)

    settings = site.work / "offline_off.py"
    settings.write_text(
        "from pelicanconf import *  # noqa: F403\n"
        "OFFLINE = {**OFFLINE, 'enabled': False}  # noqa: F405\n",
        encoding="utf-8",
    )
    build = site.build(settings)
    assert "Offline: support turned off" in build.stdout
    page.goto(site.url + "/")  # the browser checks sw.js at each visit
    wait_until(
        page, "navigator.serviceWorker.getRegistrations().then(found => found.length === 0)"
    )
    wait_until(page, "caches.keys().then(names => !names.some(n => n.startsWith('vitrine-')))")
    page.reload()
    assert page.locator("script[src$='offline.js']").count() == 0
    assert not page.evaluate("navigator.serviceWorker.controller !== null")


def test_images_kept_on_the_device_are_capped(site: Site, page: Page) -> None:
    settings = site.work / "two_images.py"
    settings.write_text("from pelicanconf import *  # noqa: F403\n"
                        "OFFLINE = {**OFFLINE, 'image_cache_entries': 2}  # noqa: F405\n",
                        encoding="utf-8")
    site.build(settings)
    page.goto(site.url + "/")
    wait_for_worker(page)
    images: set[str] = set()
    page.on("request", lambda request: images.add(request.url)
            if request.resource_type == "image" and "/images/" in request.url else None)
    for path in ("/produits/audit-express/", "/en/products/audit-express/", "/produits/"):
        page.goto(site.url + path)
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        page.wait_for_load_state("networkidle")
    assert len(images) > 2, sorted(images)
    wait_until(page, "caches.open('vitrine-images').then(c => c.keys()).then(k => k.length === 2)")
