"""Site icons: drawn from the theme's logo with real Pillow encoding, linked from every page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image
from site_icons import IconSettings, _cached_icons, icons

from tests.helpers.build import ROOT, run_build

LOGO = ROOT / "theme" / "logo.png"


def _image(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_every_icon_has_its_size_and_the_opaque_ones_have_no_transparency() -> None:
    files = icons.draw_icons(LOGO.read_bytes(), "#ffffff")
    for icon in icons.ICONS:
        image = _image(files[icon.path])
        assert image.format == "PNG"
        assert image.size == (icon.size, icon.size)
    for opaque in ("apple-touch-icon.png", "icons/icon-maskable-512.png"):
        image = _image(files[opaque])
        assert image.mode == "RGB", opaque
    favicon = _image(files[icons.FAVICON])
    assert favicon.format == "ICO"
    assert sorted(favicon.info["sizes"]) == icons.FAVICON_SIZES


def test_the_maskable_icon_keeps_the_logo_inside_the_safe_zone() -> None:
    image = _image(icons.draw_icons(LOGO.read_bytes(), "#123456")["icons/icon-maskable-512.png"])
    size = image.width
    margin = round(size * (1 - icons.MASKABLE_SAFE_ZONE) / 2) - 1
    for x, y in [(margin, size // 2), (size // 2, margin), (margin, margin)]:
        assert image.getpixel((x, y)) == (0x12, 0x34, 0x56)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Image.new("RGBA", (600, 500)), "must be square"),
        (lambda: Image.new("RGBA", (256, 256)), "at least 512 px"),
        (None, "not a readable image"),
    ],
)
def test_a_logo_that_cannot_make_good_icons_is_refused(make, message: str) -> None:
    data = b"not an image"
    if make is not None:
        buffer = io.BytesIO()
        make().save(buffer, "PNG")
        data = buffer.getvalue()
    with pytest.raises(icons.IconSourceError, match=message):
        icons.draw_icons(data, "#ffffff")


def test_an_unchanged_logo_is_not_drawn_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    white, black = IconSettings(logo=LOGO), IconSettings(logo=LOGO, background="#000000")
    first = _cached_icons(white, tmp_path)

    def refuse(*args: object) -> dict[str, bytes]:
        raise AssertionError("icons drawn again from an unchanged logo")

    monkeypatch.setattr("site_icons.draw_icons", refuse)
    assert _cached_icons(white, tmp_path) == first
    with pytest.raises(AssertionError, match="drawn again"):
        _cached_icons(black, tmp_path)


def test_the_built_site_links_icons_that_exist(built_site: Path) -> None:
    soup = BeautifulSoup((built_site / "index.html").read_text(), "html.parser")
    links = soup.select('link[rel="icon"], link[rel="apple-touch-icon"]')
    assert len(links) >= 3
    for link in links:
        target = built_site / link["href"].lstrip("/")
        image = _image(target.read_bytes())
        if link.get("sizes", "").count("x") == 1:
            width = int(link["sizes"].split("x")[0])
            assert image.size == (width, width)
    assert (built_site / "icons" / "icon-maskable-512.png").is_file()


@pytest.mark.build
def test_a_bad_logo_setting_stops_the_build_with_a_message(tmp_path: Path) -> None:
    settings = tmp_path / "settings.py"
    settings.write_text(
        "from pelicanconf import *\n"
        f"SITE_ICONS = {{'logo': {str(tmp_path / 'missing.png')!r}}}\n"
    )
    content = tmp_path / "content"
    (content / "pages").mkdir(parents=True)
    build = run_build(content, tmp_path / "out", tmp_path / "cache", settings=settings)
    assert build.returncode == 2
    assert f"{settings}:2: SITE_ICONS.logo: {tmp_path / 'missing.png'}: No such file" in (
        build.stderr)
    assert "Traceback" not in build.stderr + build.stdout
