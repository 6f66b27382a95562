"""IMAGES settings: mistakes named, defaults filled in, every encoding choice in the key."""

from __future__ import annotations

from typing import Any

import pytest
from catalog.kit import validate_section
from images.settings import SECTION, ImageSettings


def load(images: dict[str, Any] | None = None) -> ImageSettings:
    found = validate_section(SECTION, {} if images is None else {"IMAGES": images})
    assert isinstance(found, ImageSettings), found
    return found


def test_defaults() -> None:
    settings = load()
    assert settings.widths == (480, 960, 1600)
    assert settings.formats == ("avif", "webp")
    assert settings.quality_of("jpeg") == 82


def test_a_partial_quality_keeps_the_other_defaults() -> None:
    settings = load({"quality": {"webp": 60}, "widths": [960, 480, 960]})
    assert (settings.quality_of("webp"), settings.quality_of("avif")) == (60, 55)
    assert settings.widths == (480, 960)


@pytest.mark.parametrize(("images", "message"), [
    ({"widht": [480]}, "IMAGES.widht: unknown key (did you mean 'widths'?); allowed keys: "
                       "widths, formats, quality, max_pixels, cache, og_font, processes"),
    ({"formats": ["jpeg"]}, "IMAGES.formats.0: Input should be 'avif' or 'webp'"),
    ({"widths": []}, "IMAGES.widths: give at least one width"),
    ({"quality": {"webp": 0}}, "IMAGES.quality.webp: Input should be greater than"),
])
def test_mistakes_are_named(images: dict[str, object], message: str) -> None:
    found = validate_section(SECTION, {"IMAGES": images})
    assert isinstance(found, list)
    assert str(found[0]).startswith(message)


def test_encoding_settings_are_in_the_fingerprint_but_not_the_cache_folder() -> None:
    base = load()
    assert load({"quality": {"avif": 40}}).fingerprint() != base.fingerprint()
    assert load({"cache": "elsewhere"}).fingerprint() == base.fingerprint()
