"""QR codes as SVG markup to inline in pages: no image request, crisp in print.

Payment links, the bulk of a catalog's codes, are encoded by zxing-cpp (C++, a third of a
millisecond each, fifteen times segno's pure Python); EPC bank-transfer codes keep segno's
helper, which knows that standard's payload. Both are drawn by `svg` the same way. The
SVG of each code is kept in a cache keyed by what the code holds, and codes missing from
it are drawn on every core.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import segno
import zxingcpp
from catalog.kit import load_file, map_everywhere, store_file
from markupsafe import Markup

from .epc import BankTransfer

# Part of every cache key: a change of an encoder or of the drawing redraws every code.
STYLE = (f"segno {segno.__version__}, zxing-cpp {version('zxing-cpp')}, scale 4, border 4, M, "
         "aria-hidden, version 3")
SCALE = 4  # pixels of a module at the SVG's own size
BORDER = 4  # modules of quiet zone, as ISO/IEC 18004 asks


@dataclass(frozen=True)
class Link:
    """A code holding a URL."""

    url: str


Code = Link | BankTransfer
Matrix = list[list[bool]]


def modules(code: Code) -> Matrix:
    """The code's modules, without quiet zone: True is dark."""
    if isinstance(code, Link):
        drawn = zxingcpp.create_barcode(code.url, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
        image = memoryview(drawn.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
        rows: list[list[int]] = image.tolist()  # type: ignore[assignment]  # 2-D: rows of bytes
        return [[value == 0 for value in row] for row in rows]  # 0 is black
    return [[bool(value) for value in row] for row in code.make().matrix_iter(border=0)]


def svg(code: Code) -> str:
    """The code as an `<svg>` element: one stroke per run of dark modules.

    It repeats a link or the bank details shown as text beside it, so assistive
    technology skips it. Dark modules on white whatever the page's colour scheme:
    scanners need the contrast."""
    rows = modules(code)
    side = len(rows) + 2 * BORDER
    runs = []
    for y, row in enumerate(rows, BORDER):
        x = 0
        while x < len(row):
            if row[x]:
                end = x
                while end < len(row) and row[end]:
                    end += 1
                runs.append(f"M{x + BORDER} {y}.5h{end - x}")
                x = end
            else:
                x += 1
    return (f'<svg aria-hidden="true" focusable="false" viewBox="0 0 {side * SCALE} '
            f'{side * SCALE}" class="qr-code"><g transform="scale({SCALE})">'
            f'<path fill="#fff" d="M0 0h{side}v{side}h-{side}z"/>'
            f'<path stroke="#000" d="{"".join(runs)}"/></g></svg>')


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
