"""The demo site's images as built: every <picture> checked against the files on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from PIL import Image

import pelicanconf
from tests.helpers.build import ROOT

CONTENT_IMAGES = sorted((ROOT / "content" / "images").rglob("*.jpg"))


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def file_of(site: Path, url: str) -> Path:
    assert url.startswith("/"), url  # SITEURL is empty in development
    return site / url.lstrip("/")


def srcset_entries(value: str) -> list[tuple[str, int]]:
    entries = []
    for entry in value.split(","):
        url, width = entry.split()
        assert width.endswith("w"), entry
        entries.append((url, int(width[:-1])))
    return entries


def check_picture(site: Path, picture: Tag) -> None:
    img = picture.find("img")
    assert isinstance(img, Tag)
    width, height = int(str(img["width"])), int(str(img["height"]))
    sizes = str(img["sizes"])
    assert sizes
    with Image.open(file_of(site, str(img["src"]))) as fallback:
        assert fallback.size == (width, height)
    sets = [(str(img.get("type", "")), str(img["srcset"]))]
    for source in picture.find_all("source"):
        assert source["sizes"] == sizes
        sets.append((str(source["type"]), str(source["srcset"])))
    for mime, value in sets:
        for url, described in srcset_entries(value):
            with Image.open(file_of(site, url)) as variant:
                assert variant.width == described, url
                # Same shape as width/height say, to a pixel of rounding.
                assert abs(variant.height - described * height / width) <= 1, url
                if mime:
                    assert Image.MIME[variant.format] == mime, url


def test_every_picture_matches_the_files_on_disk(built_site: Path) -> None:
    checked = 0
    for page in pages(built_site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for picture in soup.find_all("picture"):
            check_picture(built_site, picture)
            checked += 1
        assert not soup.select("img:not(picture img)"), page  # no image outside the pipeline
    assert checked > 50


def test_only_the_first_image_of_a_page_is_fetched_first(built_site: Path) -> None:
    with_images = 0
    for page in pages(built_site):
        images = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select(
            "picture img")
        if not images:
            continue
        with_images += 1
        first, *others = images
        assert first.get("fetchpriority") == "high" and not first.get("loading"), page
        for image in others:
            assert image.get("loading") == "lazy" and image.get("decoding") == "async", page
            assert not image.get("fetchpriority"), page
    assert with_images > 20


def test_a_body_image_becomes_a_picture(built_site: Path) -> None:
    soup = BeautifulSoup((built_site / "about" / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    picture = soup.select_one(".prose picture")
    assert picture is not None
    img = picture.find("img")
    assert isinstance(img, Tag)
    assert str(img["alt"]).startswith("Mathieu Lefort anime un atelier")
    assert "data-picture" not in img.attrs


@pytest.mark.parametrize("source", CONTENT_IMAGES, ids=lambda p: p.name)
def test_originals_are_not_served(built_site: Path, source: Path) -> None:
    served = built_site / source.relative_to(ROOT / "content")
    if served.exists():  # the largest variant, under the original's name for old links
        assert served.read_bytes() != source.read_bytes()
        with Image.open(served) as image, Image.open(source) as original:
            assert image.width <= original.width and not image.info.get("exif")


def test_products_have_an_open_graph_image(built_site: Path) -> None:
    page = built_site / "produits" / "audit-express" / "index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    url = soup.select_one('meta[property="og:image"]')
    assert url is not None
    # Open Graph wants an absolute address: the site's (make serve's in development).
    address = str(url["content"])
    assert address.startswith(pelicanconf.FEED_DOMAIN + "/"), address
    with Image.open(file_of(built_site, address.removeprefix(pelicanconf.FEED_DOMAIN))) as card:
        assert card.size == (1200, 630) and card.format == "JPEG"
    assert soup.select_one('meta[property="og:image:width"]')["content"] == "1200"  # type: ignore[index]
