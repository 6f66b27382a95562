"""The web app manifest, naming the icons found in the written site."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PIL import Image

from .settings import OfflineSettings

MANIFEST = "manifest.webmanifest"
ICON_FOLDER = "icons"


def found_icons(folder: Path) -> list[dict[str, str]]:
    """The PNG icons under `icons/`, with their size read from the file itself.

    An icon whose name says "maskable" has its logo inside the safe zone (see site_icons);
    the others are shown as they are."""
    icons = []
    for path in sorted((folder / ICON_FOLDER).glob("*.png")):
        with Image.open(path) as image:
            width, height = image.size
        icons.append({
            "src": path.relative_to(folder).as_posix(),
            "sizes": f"{width}x{height}",
            "type": "image/png",
            "purpose": "maskable" if "maskable" in path.stem else "any",
        })
    return icons


def manifest(offline: OfflineSettings, sitename: str, lang: str,
             icons: list[dict[str, str]]) -> dict[str, Any]:
    """The manifest; URLs are relative to it, so the site may live under any path."""
    return {
        "id": "./",
        "name": offline.name or sitename,
        "short_name": offline.short_name or sitename,
        "lang": lang,
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": offline.theme_color,
        "background_color": offline.background_color,
        "icons": icons,
    }


def manifest_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
