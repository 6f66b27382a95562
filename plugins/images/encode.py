"""Variants of one source image: which widths and formats, and encoding them.

Pure Pillow: `plan` says what a source becomes, `encode_variants` writes the files.
Encoders get no metadata at all (the decoded image carries none), so nothing of the
source's EXIF, GPS position, XMP or comments can reach a variant.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import PIL
from PIL import Image

from .settings import ImageSettings
from .source import decode, probe

# A configured width this close to the source's own width is left out: the two files
# would look the same and weigh nearly the same.
NEAR = 0.8
# Part of every cache key: a change of Pillow or of the encoders' options below re-encodes.
ENCODING = (f"Pillow {PIL.__version__}; lanczos, reducing gap 3; avif speed 10; "
            "webp method 4; jpeg optimized progressive; png optimized")
MIME = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}


@dataclass(frozen=True)
class Variant:
    """One encoded file of a source: its name in the cache entry, size and format."""

    name: str
    width: int
    height: int
    format: str


def upright_size(image: Image.Image) -> tuple[int, int]:
    """Size of `image` once its EXIF orientation is applied."""
    width, height = image.size
    sideways = image.getexif().get(0x0112, 1) in (5, 6, 7, 8)
    return (height, width) if sideways else (width, height)


def fallback_format(image: Image.Image) -> str:
    """JPEG for photos, PNG for PNG and GIF sources (drawings, logos) and transparency."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    return "png" if has_alpha or image.format in ("PNG", "GIF") else "jpeg"


def widths_for(source_width: int, settings: ImageSettings) -> list[int]:
    """The configured widths below the source's, and the source's own width when
    the largest configured width would upscale."""
    below = [w for w in settings.widths if w < source_width * NEAR]
    if source_width <= settings.widths[-1]:
        return [*below, source_width]
    return [*below, *(w for w in settings.widths if source_width * NEAR <= w < source_width)]


def plan(path: Path, settings: ImageSettings) -> tuple[tuple[int, int], list[Variant]]:
    """Upright size of the source at `path` and the variants it gets (reads the header only)."""
    with probe(path, settings.max_pixels) as image:
        width, height = upright_size(image)
        fallback = fallback_format(image)
    variants = [
        Variant(f"{w}.{fmt}", w, max(1, round(height * w / width)), fmt)
        for fmt in (*settings.formats, fallback)
        for w in widths_for(width, settings)
    ]
    return (width, height), variants


def encode_variants(path: Path, variants: list[Variant], settings: ImageSettings,
                    folder: Path) -> None:
    """Write every variant of the source at `path` into `folder`."""
    image = decode(path, settings.max_pixels, max(v.width for v in variants))
    resized: dict[tuple[int, int], Image.Image] = {}
    for variant in variants:
        size = (variant.width, variant.height)
        if size not in resized:
            resized[size] = image if image.size == size else image.resize(
                size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        save(resized[size], folder / variant.name, variant.format, settings)


def save(image: Image.Image, target: Path, image_format: str, settings: ImageSettings) -> None:
    """Encode `image` to `target`: the one place where files are encoded."""
    if image_format == "jpeg":
        image = image.convert("RGB") if image.mode != "RGB" else image
        image.save(target, "JPEG", quality=settings.quality_of("jpeg"), optimize=True,
                   progressive=True)
    elif image_format == "png":
        image.save(target, "PNG", optimize=True)
    elif image_format == "webp":
        image.save(target, "WEBP", quality=settings.quality_of("webp"), method=4)
    else:
        image.save(target, "AVIF", quality=settings.quality_of("avif"), speed=10)
