"""QR codes as SVG markup to inline in pages: no image request, crisp in print."""

from __future__ import annotations

import segno
from markupsafe import Markup


def qr_svg(code: segno.QRCode | str) -> Markup:
    """The QR code as an `<svg>` element.

    It repeats a link or the bank details shown as text beside it, so assistive
    technology skips it. Dark modules on white whatever the page's colour scheme:
    scanners need the contrast."""
    if isinstance(code, str):
        code = segno.make(code, error="m", micro=False)
    svg = code.svg_inline(scale=4, border=4, dark="#000", light="#fff", omitsize=True,
                          svgclass="qr-code", lineclass=None)
    return Markup(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))
