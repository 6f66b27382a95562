"""Site icons drawn from one square logo: favicon, Apple touch icon, web-app icons.

Pure Pillow, no Pelican: `draw_icons` returns the bytes of every icon by output path.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageColor

MIN_SOURCE_SIZE = 512
FAVICON_SIZES = [(16, 16), (32, 32), (48, 48)]
# Launchers crop maskable icons to any shape inside a centred circle of 80 % of the width,
# so the logo is shrunk into that safe zone on an opaque background.
MASKABLE_SAFE_ZONE = 0.8
# iOS fills transparency with black; the touch icon gets the background and a margin.
TOUCH_ICON_MARGIN = 0.1


class IconSourceError(ValueError):
    """The logo cannot make good icons (missing, unreadable, not square, too small)."""


@dataclass(frozen=True)
class Icon:
    path: str
    size: int
    purpose: str  # "any" or "maskable", as the web app manifest says


ICONS = (
    Icon("apple-touch-icon.png", 180, "any"),
    Icon("icons/icon-192.png", 192, "any"),
    Icon("icons/icon-512.png", 512, "any"),
    Icon("icons/icon-maskable-512.png", 512, "maskable"),
)
FAVICON = "favicon.ico"


def open_logo(data: bytes) -> Image.Image:
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            logo = image.convert("RGBA")
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise IconSourceError(f"not a readable image ({error})") from error
    if logo.width != logo.height:
        raise IconSourceError(f"must be square, is {logo.width}×{logo.height} px")
    if logo.width < MIN_SOURCE_SIZE:
        raise IconSourceError(f"must be at least {MIN_SOURCE_SIZE} px wide, is {logo.width} px")
    return logo


def _on_background(logo: Image.Image, size: int, scale: float, background: str) -> Image.Image:
    canvas = Image.new("RGBA", (size, size), ImageColor.getrgb(background))
    inner = round(size * scale)
    shrunk = logo.resize((inner, inner), Image.Resampling.LANCZOS)
    offset = (size - inner) // 2
    canvas.alpha_composite(shrunk, (offset, offset))
    return canvas.convert("RGB")


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def draw_icons(data: bytes, background: str) -> dict[str, bytes]:
    """Every icon file, by its path in the output folder, drawn from the logo's bytes."""
    logo = open_logo(data)
    files: dict[str, bytes] = {}
    for icon in ICONS:
        if icon.purpose == "maskable":
            image = _on_background(logo, icon.size, MASKABLE_SAFE_ZONE, background)
        elif icon.path == "apple-touch-icon.png":
            image = _on_background(logo, icon.size, 1 - 2 * TOUCH_ICON_MARGIN, background)
        else:
            image = logo.resize((icon.size, icon.size), Image.Resampling.LANCZOS)
        files[icon.path] = _png(image)
    buffer = io.BytesIO()
    logo.save(buffer, "ICO", sizes=FAVICON_SIZES)
    files[FAVICON] = buffer.getvalue()
    return files
