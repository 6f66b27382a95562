"""Site icons: favicon, Apple touch icon and web-app icons, drawn from one logo.

Settings: `SITE_ICONS = {"logo": "theme/logo.png", "background": "#ffffff"}` (both
optional; the logo is a square PNG of at least 512 px, the background fills the icons
that must be opaque). The icons are cached by the logo's bytes and the settings in the
plugin's cache folder, so an unchanged logo is never decoded again, and written at the
root of the site in the `written` phase (`site_icons.files`). Templates get
`site_icons`, the written icons, to link them.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import PIL
from catalog.kit import (
    Output,
    Section,
    declare,
    folder_is_whole,
    phases,
    seal_folder,
    stop_build,
)
from pelican import signals
from PIL import ImageColor
from pydantic import BaseModel, ConfigDict, field_validator

from .icons import FAVICON, ICONS, Icon, IconSourceError, draw_icons

CODE_VERSION = "1"  # bump when the drawing changes


class IconSettings(BaseModel):
    """`SITE_ICONS` in pelicanconf.py."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    logo: Path
    background: str = "#ffffff"

    @field_validator("logo")
    @classmethod
    def _readable(cls, logo: Path) -> Path:
        try:
            with logo.open("rb"):
                pass
        except OSError as error:
            raise ValueError(f"{logo}: {error.strerror}") from None
        return logo

    @field_validator("background")
    @classmethod
    def _colour(cls, background: str) -> str:
        try:
            ImageColor.getrgb(background)
        except ValueError:
            raise ValueError(f"{background!r} is not a CSS colour") from None
        return background


def _default_logo(settings: Mapping[str, Any]) -> dict[str, Any]:
    return {"logo": Path(settings["THEME"]) / "logo.png"}


SECTION = Section("SITE_ICONS", IconSettings, defaults=_default_logo)


def _cached_icons(options: IconSettings, cache: Path) -> dict[str, bytes]:
    data = options.logo.read_bytes()
    key = hashlib.sha256(b"\0".join([
        data, options.background.encode(), CODE_VERSION.encode(), PIL.__version__.encode(),
    ])).hexdigest()[:20]
    folder = cache / key
    names = [icon.path for icon in ICONS] + [FAVICON]
    if folder_is_whole(folder) and all((folder / name).is_file() for name in names):
        return {name: (folder / name).read_bytes() for name in names}
    try:
        files = draw_icons(data, options.background)
    except IconSourceError as error:
        stop_build(f"SITE_ICONS.logo: {options.logo}: {error}", 2)
    shutil.rmtree(folder, ignore_errors=True)
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    seal_folder(folder)
    return files


def _globals(generator: Any) -> None:
    generator.env.globals["site_icons"] = {"favicon": FAVICON, "icons": ICONS}


def _write(output: Output) -> None:
    settings = output.site.settings
    files = _cached_icons(settings.of(IconSettings), settings.cache_folder("site-icons"))
    for name, content in files.items():
        (output.folder / name).parent.mkdir(parents=True, exist_ok=True)
        (output.folder / name).write_bytes(content)


def register() -> None:
    declare(SECTION)
    phases.written.register("site_icons.files", 300)(_write)
    signals.generator_init.connect(_globals)


__all__ = ["FAVICON", "ICONS", "Icon", "register"]
