"""IMAGES settings: mistakes named, defaults filled in, every encoding choice in the key."""

from __future__ import annotations

import pytest
from images.settings import SettingsError, load_settings


def test_defaults() -> None:
    settings = load_settings({})
    assert settings.widths == (480, 960, 1600)
    assert settings.formats == ("avif", "webp")
    assert settings.quality_of("jpeg") == 82


def test_a_partial_quality_keeps_the_other_defaults() -> None:
    settings = load_settings({"IMAGES": {"quality": {"webp": 60}, "widths": [960, 480, 960]}})
    assert (settings.quality_of("webp"), settings.quality_of("avif")) == (60, 55)
    assert settings.widths == (480, 960)


@pytest.mark.parametrize(("images", "message"), [
    ({"widht": [480]}, "IMAGES['widht']: Extra inputs are not permitted"),
    ({"formats": ["jpeg"]}, "IMAGES['formats'][0]: Input should be 'avif' or 'webp'"),
    ({"widths": []}, "IMAGES['widths']: Value error, give at least one width"),
    ({"quality": {"webp": 0}}, "IMAGES['quality']['webp']: Input should be greater than"),
])
def test_mistakes_are_named(images: dict[str, object], message: str) -> None:
    with pytest.raises(SettingsError, match=r"^" + message.replace("[", r"\[")
                       .replace("]", r"\]").replace("(", r"\(")):
        load_settings({"IMAGES": images})


def test_encoding_settings_are_in_the_fingerprint_but_not_the_cache_folder() -> None:
    base = load_settings({})
    assert load_settings({"IMAGES": {"quality": {"avif": 40}}}).fingerprint() != (
        base.fingerprint())
    assert load_settings({"IMAGES": {"cache": "elsewhere"}}).fingerprint() == base.fingerprint()
