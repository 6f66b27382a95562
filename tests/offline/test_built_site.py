"""What the offline plugin adds to the built demo site."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from tests.helpers.build import Build, run_build

pytestmark = pytest.mark.build

CONFIG = re.compile(r"^const CONFIG = (\{.*?\});$", re.MULTILINE | re.DOTALL)


def worker_config(site: Path) -> dict:  # type: ignore[type-arg]
    match = CONFIG.search((site / "sw.js").read_text(encoding="utf-8"))
    assert match, "sw.js has no CONFIG"
    return dict(json.loads(match.group(1)))


def test_the_manifest_makes_the_site_installable(built_site: Path) -> None:
    manifest = json.loads((built_site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["name"] == "Boussole Conseil" and manifest["short_name"] == "Boussole"
    assert manifest["display"] == "standalone"
    assert manifest["start_url"] == manifest["scope"] == "./"
    assert manifest["lang"] == "fr"
    purposes = {}
    for icon in manifest["icons"]:
        with Image.open(built_site / icon["src"]) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"]
        purposes.setdefault(icon["purpose"], set()).add(icon["sizes"])
    assert purposes == {"any": {"192x192", "512x512"}, "maskable": {"512x512"}}
    home = BeautifulSoup((built_site / "index.html").read_text(), "html.parser")
    assert home.select_one('link[rel="manifest"]')["href"] == "/manifest.webmanifest"


def test_the_precache_lists_written_files_with_their_revisions(built_site: Path) -> None:
    entries = worker_config(built_site)["precache"]
    urls = {entry["url"] for entry in entries}
    assert {"/", "/en/", "/produits/", "/en/products/", "/offline/", "/en/offline/",
            "/manifest.webmanifest", "/icons/icon-192.png"} <= urls
    # The theme's files, under the names the pages use (named by their content).
    home = BeautifulSoup((built_site / "index.html").read_text(), "html.parser")
    theme = {element.get("href") or element.get("src")
             for element in home.select('link[rel="stylesheet"], script[src]')}
    assert any(re.fullmatch(r"/theme/css/site\.[0-9a-f]{10}\.css", url) for url in theme)
    assert theme <= urls
    for entry in entries:
        path = built_site / entry["url"].lstrip("/")
        data = (path / "index.html" if entry["url"].endswith("/") else path).read_bytes()
        assert entry["revision"] == hashlib.sha256(data).hexdigest()[:16], entry["url"]


def test_the_precache_size_is_printed_and_within_budget(demo_build: Build) -> None:
    match = re.search(r"Offline: (\d+) files precached, ([\d,]+) KB of the ([\d,]+) KB budget",
                      " ".join(demo_build.stdout.split()))
    assert match, demo_build.stdout
    size, budget = (int(group.replace(",", "")) for group in match.groups()[1:])
    assert 0 < size <= budget


def test_every_page_shows_the_version_of_the_worker(built_site: Path) -> None:
    version = worker_config(built_site)["version"]
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "@@vitrine-build-version@@" not in text, page
        footer = BeautifulSoup(text, "html.parser").select_one(".build-version")
        assert footer is not None and footer.text.split()[-1] == version, page


@pytest.mark.parametrize(("path", "heading"), [("offline/index.html", "Vous êtes hors ligne"),
                                               ("en/offline/index.html", "You are offline")])
def test_offline_pages_are_written_and_kept_out_of_search(
    built_site: Path, path: str, heading: str
) -> None:
    soup = BeautifulSoup((built_site / path).read_text(encoding="utf-8"), "html.parser")
    assert soup.h1.text == heading
    assert soup.select_one("main [data-pagefind-ignore=all] h1") is not None


def test_keep_buttons_list_the_pages_of_the_category(built_site: Path) -> None:
    for category in sorted((built_site / "categories").glob("*/index.html")):
        soup = BeautifulSoup(category.read_text(encoding="utf-8"), "html.parser")
        keep = soup.select_one("[data-keep-offline]")
        products = [a["href"] for a in soup.select(".grid .card-title a")]
        comparison = [a["href"] for a in soup.select(".compare-link a")]  # if it has one
        assert keep is not None and keep.has_attr("hidden")  # shown by JavaScript only
        assert keep["data-urls"].split() == products + comparison


def test_a_sample_chapter_keeps_its_product_page(built_site: Path) -> None:
    sample = BeautifulSoup((built_site / "produits" / "devis-qui-signent" / "extrait" /
                            "index.html").read_text(encoding="utf-8"), "html.parser")
    keep = sample.select_one("[data-keep-offline]")
    assert keep is not None and keep["data-urls"] == "/produits/devis-qui-signent/"


def test_a_budget_overrun_is_a_warning(content_copy: Path, tmp_path: Path) -> None:
    settings = tmp_path / "small_budget.py"
    settings.write_text("from pelicanconf import *  # noqa: F403\n"
                        "OFFLINE = {**OFFLINE, 'precache_budget_kb': 1}  # noqa: F405\n")
    build = run_build(content_copy, tmp_path / "output", tmp_path / "cache", settings)
    assert build.returncode == 0, build.stderr
    # Pelican's log wraps long lines and puts the source file in a column: compare words.
    log = " ".join((build.stdout + build.stderr).split())
    assert "WARNING Offline: the precache (" in log and "budget of 1 KB" in log


def test_a_mistake_in_the_setting_is_named(content_copy: Path, tmp_path: Path) -> None:
    settings = tmp_path / "typo.py"
    settings.write_text("from pelicanconf import *  # noqa: F403\n"
                        "OFFLINE = {'enabeld': False, 'theme_color': 'blue'}\n")
    build = run_build(content_copy, tmp_path / "output", tmp_path / "cache", settings)
    assert build.returncode == 2
    assert f"{settings}:2: OFFLINE.enabeld: unknown key (did you mean 'enabled'?)" in (
        build.stderr)
    assert f"{settings}:2: OFFLINE.theme_color: 'blue' is not a colour" in build.stderr
    assert "2 settings errors; nothing was built" in build.stderr
    assert "Traceback" not in build.stderr


def test_a_page_where_the_offline_page_goes_is_a_content_error(
    content_copy: Path, tmp_path: Path
) -> None:
    about = content_copy / "pages" / "about.md"
    about.write_text(about.read_text(encoding="utf-8").replace("slug: about\n", "slug: offline\n"),
                     encoding="utf-8")
    output = tmp_path / "output"
    build = run_build(content_copy, output, tmp_path / "cache")
    assert build.returncode == 1
    assert ("pages/about.md:3: slug: would be written to offline/index.html, which is the "
            "offline page; choose another slug") in build.stderr
    assert not output.exists()
