"""`sw.js`: the service worker template of this folder with this build's settings injected."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from .precache import Entry

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "sw.js"
KILL_SWITCH = HERE / "sw-unregister.js"
CONFIG_LINE = "const CONFIG = null; /* replaced at build time */"


def service_worker(version: str, precache: Sequence[Entry], offline_pages: dict[str, str],
                   timeout_ms: int, image_entries: int) -> str:
    """The service worker of a build.

    `offline_pages` maps a URL prefix (a language's home) to that language's offline page;
    the longest prefix that a missing page's URL starts with wins."""
    config = {
        "version": version,
        "precache": [{"url": e.url, "revision": e.revision} for e in precache],
        "offline": sorted(offline_pages.items(), key=lambda pair: (-len(pair[0]), pair[0])),
        "timeout": timeout_ms,
        "images": image_entries,
    }
    template = TEMPLATE.read_text(encoding="utf-8")
    if CONFIG_LINE not in template:
        raise RuntimeError(f"{TEMPLATE} lost its line {CONFIG_LINE!r}")
    injected = "const CONFIG = " + json.dumps(config, indent=1, sort_keys=True) + ";"
    return template.replace(CONFIG_LINE, injected)


def kill_switch() -> str:
    """The service worker that removes itself and the caches of earlier ones."""
    return KILL_SWITCH.read_text(encoding="utf-8")
