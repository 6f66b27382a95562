"""Opening a source image safely: only the formats we serve, within a pixel budget.

Pure Pillow, no Pelican: a source either opens as an upright sRGB image without any
metadata, or raises `SourceProblem` whose message tells the editor what to do.
"""

from __future__ import annotations

import io
import math
import warnings
from pathlib import Path

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

# Pillow formats accepted as sources. SVG is not: sanitizing SVG safely is a project of
# its own, and a PNG export serves every use here. AVIF sources are not accepted either.
ACCEPTED = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "GIF": "GIF"}
SRGB = ImageCms.createProfile("sRGB")


class SourceProblem(ValueError):
    """A source image that cannot be published; the message is for editors."""


def probe(path: Path, max_pixels: int) -> Image.Image:
    """The image at `path`, opened lazily (header only) once its format and size are checked."""
    if path.suffix.lower() == ".svg":
        raise SourceProblem("SVG images are not accepted (they can carry scripts); "
                            "export a PNG instead")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(path, formats=list(ACCEPTED))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_large(max_pixels) from None
        except UnidentifiedImageError:
            raise SourceProblem("not a JPEG, PNG, WebP or GIF image (or the file is "
                                "damaged); save it as JPEG or PNG") from None
        except OSError as error:
            raise SourceProblem(f"cannot be read: {error}") from None
    if image.width * image.height > max_pixels:
        image.close()
        raise _too_large(max_pixels, image.size)
    if getattr(image, "n_frames", 1) > 1:
        image.close()
        raise SourceProblem("animated images are not accepted: they weigh megabytes on a "
                            "phone; use a still image")
    return image


def _too_large(max_pixels: int, size: tuple[int, int] | None = None) -> SourceProblem:
    shown = f"{size[0]}×{size[1]} pixels is " if size else ""
    return SourceProblem(f"{shown}more than the limit of {max_pixels:,} pixels "
                         "(IMAGES['max_pixels']); reduce it before adding it")


def decode(path: Path, max_pixels: int, largest_width: int) -> Image.Image:
    """The image at `path`: fully decoded, turned upright, in sRGB, without metadata.

    `largest_width` lets JPEG decoding skip detail no variant will use (DCT scaling)."""
    image = probe(path, max_pixels)
    try:
        sideways = image.getexif().get(0x0112, 1) in (5, 6, 7, 8)  # shown rotated by 90°
        scale = largest_width / (image.height if sideways else image.width)
        if image.format == "JPEG" and scale < 1:
            image.draft("RGB", (math.ceil(image.width * scale), math.ceil(image.height * scale)))
        image.load()
    except (OSError, SyntaxError, ValueError) as error:
        raise SourceProblem(f"damaged or truncated image: {error}") from None
    upright = ImageOps.exif_transpose(image) or image
    clean = _to_srgb(upright)
    clean.info = {}  # EXIF, GPS, XMP, comments, ICC profile: nothing goes out
    return clean


def _to_srgb(image: Image.Image) -> Image.Image:
    """RGB or RGBA pixels in sRGB; transparency is kept."""
    transparent = image.mode in ("RGBA", "LA", "PA") or (
        image.mode in ("P", "L", "RGB") and "transparency" in image.info)
    mode = "RGBA" if transparent else "RGB"
    icc = image.info.get("icc_profile")
    if icc:
        try:
            source_profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            if image.mode not in ("RGB", "RGBA", "CMYK", "L"):
                image = image.convert(mode)
            converted = ImageCms.profileToProfile(image, source_profile, SRGB, outputMode=mode)
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError):
            pass  # a broken profile: the pixels are taken as sRGB
    return image if image.mode == mode else image.convert(mode)
