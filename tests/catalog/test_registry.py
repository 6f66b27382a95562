"""The settings registry: sections validated together, mistakes located in the settings
files (also through `from pelicanconf import *`), unknown settings that look like known
ones named, Pelican's own settings left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog.registry import (
    Section,
    SettingsErrors,
    settings_lines,
    unknown_settings,
    validate_settings,
)
from pydantic import BaseModel, ConfigDict


class Shop(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    opening_hour: int = 9


class Colours(BaseModel):
    model_config = ConfigDict(extra="forbid")
    accent: str = "#000000"


SHOP, COLOURS = Section("SHOP", Shop), Section("COLOURS", Colours)


def write_settings(folder: Path) -> Path:
    (folder / "base.py").write_text('SHOP = {\n    "name": "Boussole",\n'
                                    '    "opening_hour": "nine",\n}\n', encoding="utf-8")
    own = folder / "site.py"
    own.write_text("from base import *  # noqa: F403\n\nCOLOURS = dict(\n    accnt='red',\n)\n",
                   encoding="utf-8")
    return own


def test_keys_are_found_in_the_file_and_in_what_it_imports(tmp_path: Path) -> None:
    lines = settings_lines(str(write_settings(tmp_path)))
    assert lines["SHOP.opening_hour"] == (str(tmp_path / "base.py"), 3)
    assert lines["COLOURS.accnt"] == (str(tmp_path / "site.py"), 4)


def test_every_mistake_of_every_section_in_one_error_in_file_order(tmp_path: Path) -> None:
    settings = {"SHOP": {"name": "Boussole", "opening_hour": "nine"},
                "COLOURS": {"accnt": "red"}}
    with pytest.raises(SettingsErrors) as caught:
        validate_settings(settings, str(write_settings(tmp_path)), sections=[SHOP, COLOURS])
    assert caught.value.report().splitlines() == [
        f"{tmp_path / 'base.py'}:3: SHOP.opening_hour: Input should be a valid integer, "
        "unable to parse string as an integer",
        f"{tmp_path / 'site.py'}:4: COLOURS.accnt: unknown key (did you mean 'accent'?); "
        "allowed keys: accent",
    ]
    assert str(caught.value) == "2 settings errors; nothing was built"


def test_a_valid_section_is_read_typed() -> None:
    found = validate_settings({"SHOP": {"name": "Boussole"}}, sections=[SHOP]).of(Shop)
    assert found == Shop(name="Boussole", opening_hour=9)


def test_unknown_settings_that_look_like_known_ones_are_named() -> None:
    warnings = unknown_settings({"SHOPS": {}, "AUTHOR": "x", "FEED_DOMAIN": "x",
                                 "CATEGORIES_SAVE_AS": "", "ZZZ_OWN": 1}, sections=[SHOP])
    assert warnings == ["SHOPS: unknown setting (did you mean 'SHOP'?); it is ignored"]
