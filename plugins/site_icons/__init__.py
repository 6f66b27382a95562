"""Site icons: favicon, Apple touch icon and web-app icons, drawn from one logo.

Settings: `SITE_ICONS = {"logo": "theme/logo.png", "background": "#ffffff"}` (both
optional; the logo is a square PNG of at least 512 px, the background fills the icons
that must be opaque). The icons are cached by the logo's bytes and the settings, so an
unchanged logo is never decoded again, and written at the root of the site. Templates
get `site_icons`, the written icons, to link them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import PIL
from catalog.errors import stop_build
from pelican import signals
from PIL import ImageColor

from .icons import FAVICON, ICONS, Icon, IconSourceError, draw_icons

SETTING = "SITE_ICONS"
KEYS = {"logo", "background"}
CODE_VERSION = "1"  # bump when the drawing changes


def _options(settings: dict[str, Any]) -> tuple[Path, str]:
    options = settings.get(SETTING) or {}
    unknown = sorted(set(options) - KEYS)
    if unknown:
        stop_build(f"settings: {SETTING}: unknown key {unknown[0]!r}; allowed: logo, background", 2)
    logo = Path(options.get("logo") or Path(settings["THEME"]) / "logo.png")
    background = str(options.get("background", "#ffffff"))
    try:
        ImageColor.getrgb(background)
    except ValueError:
        stop_build(f"settings: {SETTING}: background {background!r} is not a CSS colour", 2)
    return logo, background


def _cached_icons(logo: Path, background: str, cache: Path) -> dict[str, bytes]:
    try:
        data = logo.read_bytes()
    except OSError as error:
        stop_build(f"settings: {SETTING}: logo {logo}: {error.strerror}", 2)
    key = hashlib.sha256(
        b"\0".join([data, background.encode(), CODE_VERSION.encode(), PIL.__version__.encode()])
    ).hexdigest()[:20]
    folder = cache / key
    names = [icon.path for icon in ICONS] + [FAVICON]
    if all((folder / name).is_file() for name in names):
        return {name: (folder / name).read_bytes() for name in names}
    try:
        files = draw_icons(data, background)
    except IconSourceError as error:
        stop_build(f"settings: {SETTING}: logo {logo}: {error}", 2)
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content)
    return files


def _check(pelican: Any) -> None:
    _options(pelican.settings)


def _globals(generator: Any) -> None:
    generator.env.globals["site_icons"] = {"favicon": FAVICON, "icons": ICONS}


def _write(generators: list[Any]) -> None:
    settings = generators[0].settings
    logo, background = _options(settings)
    files = _cached_icons(logo, background, Path(settings["CACHE_PATH"]).parent / "site-icons")
    output = Path(generators[0].output_path)
    for name, content in files.items():
        (output / name).parent.mkdir(parents=True, exist_ok=True)
        (output / name).write_bytes(content)


def register() -> None:
    signals.initialized.connect(_check)
    signals.generator_init.connect(_globals)
    signals.all_generators_finalized.connect(_write)


__all__ = ["FAVICON", "ICONS", "Icon", "register"]
