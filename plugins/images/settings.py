"""The images plugin's settings section (`IMAGES` in pelicanconf.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from catalog.kit import Section
from pydantic import BaseModel, ConfigDict, Field, field_validator

Modern = Literal["avif", "webp"]


class ImageSettings(BaseModel):
    """How content images are resized and encoded. Every field is part of the cache key."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Widths of the variants, in CSS pixels of a 1x screen up to 2x phones; never upscaled.
    widths: tuple[Annotated[int, Field(ge=16, le=8192)], ...] = (480, 960, 1600)
    # Modern formats offered before the JPEG/PNG fallback, best first.
    formats: tuple[Modern, ...] = ("avif", "webp")
    quality: dict[Literal["avif", "webp", "jpeg"], Annotated[int, Field(ge=1, le=100)]] = {
        "avif": 55, "webp": 78, "jpeg": 82,
    }
    # Sources with more pixels are refused: Pillow's own limit (89 Mpx) only warns.
    max_pixels: Annotated[int, Field(ge=1)] = 50_000_000
    # Folder of encoded variants, kept between builds and by `make clean`.
    cache: str = "cache/images"
    # Font of the titles on Open Graph images (Debian: fonts-dejavu-core).
    og_font: str = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    # Processes encoding new images (0: one per core).
    processes: Annotated[int, Field(ge=0)] = 0

    @field_validator("widths")
    @classmethod
    def _sorted(cls, widths: tuple[int, ...]) -> tuple[int, ...]:
        if not widths:
            raise ValueError("give at least one width")
        return tuple(sorted(set(widths)))

    def quality_of(self, image_format: str) -> int:
        """The quality setting of a format; a format left out of `quality` keeps its default."""
        defaults: dict[str, int] = {"avif": 55, "webp": 78, "jpeg": 82}
        return self.quality.get(image_format, defaults[image_format])  # type: ignore[call-overload]

    def fingerprint(self) -> str:
        """What changes every encoded file when it changes (not the cache folder itself)."""
        return repr(self.model_dump(exclude={"cache", "processes", "og_font"}))


SECTION = Section("IMAGES", ImageSettings)
