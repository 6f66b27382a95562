"""QR codes as SVG markup to inline in pages: no image request, crisp in print.

Drawing a code takes milliseconds of pure Python, and a catalog has thousands, so the
SVG of each code is kept in a cache keyed by what the code holds, and codes missing
from it are drawn on every core.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import segno
from catalog.parallel import map_everywhere
from markupsafe import Markup
from segno import helpers

# Part of every cache key: a change of segno or of the drawing below redraws every code.
STYLE = f"segno {segno.__version__}, scale 4, border 4, M"


@dataclass(frozen=True)
class Link:
    """A code holding a URL."""

    url: str

    def make(self) -> segno.QRCode:
        return segno.make(self.url, error="m", micro=False)


@dataclass(frozen=True)
class EpcTransfer:
    """A code holding a SEPA credit transfer (EPC069-12), as banking apps read it."""

    holder: str
    iban: str
    bic: str
    amount: Decimal
    reference: str

    def make(self) -> segno.QRCode:
        return helpers.make_epc_qr(name=self.holder, iban=self.iban, bic=self.bic,
                                   amount=self.amount, text=self.reference, encoding="utf-8")


Code = Link | EpcTransfer


def svg(code: Code) -> str:
    """The code as an `<svg>` element.

    It repeats a link or the bank details shown as text beside it, so assistive
    technology skips it. Dark modules on white whatever the page's colour scheme:
    scanners need the contrast."""
    drawn = code.make().svg_inline(scale=4, border=4, dark="#000", light="#fff",
                                   omitsize=True, svgclass="qr-code", lineclass=None)
    return drawn.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)


class QrCodes:
    """SVG of QR codes, drawn once and kept in a file of the cache folder."""

    def __init__(self, cache_file: Path) -> None:
        self.cache_file = cache_file
        try:
            self._svgs: dict[str, str] = pickle.loads(cache_file.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            self._svgs = {}
        self._changed = False

    @staticmethod
    def _key(code: Code) -> str:
        return hashlib.sha256(repr((STYLE, code)).encode()).hexdigest()

    def draw(self, codes: list[Code]) -> None:
        """Draw, on every core, the codes the cache does not hold yet."""
        missing = list({self._key(code): code for code in codes
                        if self._key(code) not in self._svgs}.items())
        if missing:
            drawn = map_everywhere([code for _, code in missing], svg)
            self._svgs.update(zip((key for key, _ in missing), drawn, strict=True))
            self._changed = True

    def __getitem__(self, code: Code) -> Markup:
        key = self._key(code)
        if key not in self._svgs:
            self.draw([code])
        return Markup(self._svgs[key])

    def save(self) -> None:
        if not self._changed:
            return
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        partial = self.cache_file.with_name(f"{self.cache_file.name}.{os.getpid()}")
        partial.write_bytes(pickle.dumps(self._svgs))
        os.replace(partial, self.cache_file)  # never a half-written cache
        self._changed = False
