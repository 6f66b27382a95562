"""The Open Graph image of a product: its cover and its title on a 1200×630 card.

Link previews (messaging apps, social networks) show this image. Pure Pillow; the
font is a file of the system (Debian's fonts-dejavu-core, installed by `.ci/run`),
or Pillow's built-in font where it is missing.
"""

from __future__ import annotations

import hashlib
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont, ImageOps

from .cache import ImageCache, source_key
from .encode import ENCODING
from .source import SourceProblem, decode

SIZE = (1200, 630)
NAME = "og.jpeg"
BAND = (16, 28, 46, 215)  # dark enough for white text on any photo (WCAG AA)
FONT_SIZE = 60
LINE_CHARS = 30  # characters per line at FONT_SIZE on 1200 px, less the margins
MARGIN = 60
DRAWING = f"og v1, {SIZE}, font {FONT_SIZE}px, {LINE_CHARS} chars per line"


@dataclass(frozen=True)
class OpenGraphJob:
    """Compose one product's card: its cover, cropped to fill the card, and its title."""

    cover: str
    title: str
    font: str
    max_pixels: int
    key: str

    def make(self, folder: Path) -> dict[str, Any]:
        try:
            cover = decode(Path(self.cover), self.max_pixels, SIZE[0])
        except SourceProblem as problem:  # reported by the cover's own checks
            return {"problem": str(problem)}
        card = ImageOps.fit(cover.convert("RGB"), SIZE, Image.Resampling.LANCZOS)
        _draw_title(card, self.title, self.font)
        card.save(folder / NAME, "JPEG", quality=85, optimize=True, progressive=True)
        return {"width": SIZE[0], "height": SIZE[1]}


def _draw_title(card: Image.Image, title: str, font_path: str) -> None:
    lines = textwrap.wrap(" ".join(title.split()), LINE_CHARS)[:3] or [""]
    font = _font(font_path)
    line_height = round(FONT_SIZE * 1.25)
    band_height = line_height * len(lines) + 2 * MARGIN
    overlay = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    top = SIZE[1] - band_height
    draw.rectangle((0, top, SIZE[0], SIZE[1]), fill=BAND)
    for index, line in enumerate(lines):
        draw.text((MARGIN, top + MARGIN + index * line_height), line, font=font,
                  fill=(255, 255, 255, 255))
    card.paste(overlay, (0, 0), overlay)


def _font(path: str) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(path, FONT_SIZE)
    except OSError:
        return ImageFont.load_default(FONT_SIZE)


def font_fingerprint(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "Pillow's built-in font"


@dataclass(frozen=True)
class OpenGraphImage:
    """A product's card as the theme needs it; `files` as in `Picture`."""

    url: str
    width: int
    height: int
    files: tuple[tuple[str, str], ...]


def open_graph_images(cards: dict[str, tuple[Path, str]], font: str, max_pixels: int,
                      cache: ImageCache, processes: int = 0) -> dict[str, OpenGraphImage]:
    """The card of each product (by its output name: cover, title), made when missing."""
    fingerprint = font_fingerprint(font)
    jobs = {}
    for name, (cover, title) in sorted(cards.items()):
        key = source_key(cover.read_bytes(), title, DRAWING, fingerprint, ENCODING, max_pixels)
        jobs[name] = OpenGraphJob(str(cover), title, font, max_pixels, key)
    cache.fill(list(jobs.values()), processes)
    made = {}
    for name, job in jobs.items():
        manifest = cache.manifest(job.key) or {"problem": "not made"}
        if "problem" not in manifest:
            url = f"images/og/{name}.{job.key[:10]}.jpeg"
            made[name] = OpenGraphImage(url, *SIZE, ((url, str(cache.entry(job.key) / NAME)),))
    return made
