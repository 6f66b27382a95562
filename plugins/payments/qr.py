"""QR codes as SVG markup to inline in pages: no image request, crisp in print.

Drawing a code takes milliseconds of pure Python, and a catalog has thousands, so the
SVG of each code is kept in a cache keyed by what the code holds, and codes missing
from it are drawn on every core.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import segno
from catalog.kit import load_file, map_everywhere, store_file
from markupsafe import Markup

from .epc import BankTransfer

# Part of every cache key: a change of segno or of the drawing below redraws every code.
STYLE = f"segno {segno.__version__}, scale 4, border 4, M, aria-hidden, version 2"


@dataclass(frozen=True)
class Link:
    """A code holding a URL."""

    url: str

    def make(self) -> segno.QRCode:
        return segno.make(self.url, error="m", micro=False)


Code = Link | BankTransfer


def svg(code: Code) -> str:
    """The code as an `<svg>` element.

    It repeats a link or the bank details shown as text beside it, so assistive
    technology skips it. Dark modules on white whatever the page's colour scheme:
    scanners need the contrast."""
    drawn = code.make().svg_inline(scale=4, border=4, dark="#000", light="#fff",
                                   omitsize=True, svgclass="qr-code", lineclass=None)
    return drawn.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)


class QrCodes:
    """SVG of QR codes, drawn once and kept in a JSON file of the cache folder.

    The file keeps only the codes of the last build, so it does not grow forever."""

    def __init__(self, cache_file: Path) -> None:
        self.cache_file = cache_file
        self._cached = _load(cache_file)
        self._loaded = set(self._cached)
        self._used: dict[str, str] = {}

    @staticmethod
    def _key(code: Code) -> str:
        return hashlib.sha256(repr((STYLE, code)).encode()).hexdigest()

    def draw(self, codes: list[Code]) -> None:
        """Draw, on every core, the codes the cache does not hold yet."""
        wanted = {self._key(code): code for code in codes}
        missing = [(key, code) for key, code in wanted.items() if key not in self._cached]
        drawn = map_everywhere([code for _, code in missing], svg) if missing else []
        self._cached.update(zip((key for key, _ in missing), drawn, strict=True))
        self._used.update({key: self._cached[key] for key in wanted})

    def __getitem__(self, code: Code) -> Markup:
        key = self._key(code)
        if key not in self._used:
            self.draw([code])
        return Markup(self._used[key])

    def save(self) -> None:
        if set(self._used) == self._loaded:
            return  # nothing drawn, nothing unused: the file is already right
        store_file(self.cache_file, json.dumps(self._used, sort_keys=True).encode())


def _load(cache_file: Path) -> dict[str, str]:
    """The cached SVG by key; a damaged file counts as an empty cache."""
    stored = load_file(cache_file)
    try:
        data = json.loads(stored) if stored is not None else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items()
            if isinstance(key, str) and isinstance(value, str) and value.startswith("<svg ")}
