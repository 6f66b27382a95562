"""QR codes read back from built pages: each `svg.qr-code` as its module matrix (segno
draws dark modules as `M x y.5 hN` strokes), drawn as a PNG with Pillow and decoded by zbar's
`zbarimg` in binary mode, so UTF-8 bytes come back unconverted; with the payload each code
must hold: a payment link's href, or the EPC data of the copyable bank-transfer details."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from bs4 import BeautifulSoup, Tag
from PIL import Image
from segno import helpers

import pelicanconf

Matrix = tuple[tuple[bool, ...], ...]

PIXELS_PER_MODULE = 8
QUIET_ZONE = 4  # light modules around a QR code (ISO/IEC 18004)
NO_SYMBOL = 4  # zbarimg's exit status when an image holds no readable code
ACCOUNT = pelicanconf.PAYMENTS["bank_transfer"]
HOLDER = str(ACCOUNT["holder"])
IBAN = str(ACCOUNT["iban"]).replace(" ", "").upper()
BIC = str(ACCOUNT["bic"])
PATH_TOKEN = re.compile(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)")
AMOUNT = re.compile(r"\d+[.,]\d{2}")  # with the page language's decimal mark
PAY_METHODS = ("link", "bank-transfer", "quote", "free", "contact")


@dataclass(frozen=True)
class QrCase:
    """One QR code of a product page and the bytes it must hold."""

    page: str
    sku: str
    offer: str
    method: str
    modules: Matrix
    expected: bytes
    href: str | None = None
    transfer: dict[str, str] = field(default_factory=dict)  # copy texts by field

    def __str__(self) -> str:
        return f"{self.page}, offer “{self.offer}” ({self.method})"


def scanned_link(href: str) -> str:
    """What a payment button's QR code holds: its link, but a Stripe link leaves the
    checkout's language to the phone that scans it (no `locale`)."""
    parts = urlsplit(href)
    if parts.hostname != "buy.stripe.com":
        return href
    kept = [pair for pair in parts.query.split("&") if not pair.startswith("locale=")]
    return urlunsplit(parts._replace(query="&".join(kept)))


def svg_modules(svg: Tag) -> Matrix:
    """The module matrix (quiet zone included) drawn by a segno `<svg>`: True is dark."""
    scale_at = svg.find(attrs={"transform": True})
    scale = 1.0
    if isinstance(scale_at, Tag):
        found = re.fullmatch(r"scale\(([\d.]+)\)", str(scale_at["transform"]))
        assert found, f"unexpected transform {scale_at['transform']!r}"
        scale = float(found[1])
    _, _, width, height = (float(v) for v in str(svg["viewbox"]).split())
    assert width == height, "a QR code is square"
    size = round(width / scale)
    dark = [[False] * size for _ in range(size)]
    strokes = [p for p in svg.find_all("path") if p.get("stroke") not in (None, "none")]
    assert len(strokes) == 1, f"expected one stroked path of dark modules, got {len(strokes)}"
    assert strokes[0].get("stroke-width", "1") == "1"
    tokens = PATH_TOKEN.findall(str(strokes[0]["d"]))
    x = y = 0.0
    while tokens:
        command = tokens.pop(0)
        if command in "Mm":
            dx, dy = float(tokens.pop(0)), float(tokens.pop(0))
            x, y = (dx, dy) if command == "M" else (x + dx, y + dy)
        elif command in "Hh":
            end = float(tokens.pop(0)) + (x if command == "h" else 0)
            assert y % 1 == 0.5 and x.is_integer() and end.is_integer(), "off the module grid"
            for column in range(int(min(x, end)), int(max(x, end))):
                dark[int(y)][column] = True
            x = end
        else:
            pytest.fail(f"path command {command!r} is not read by this test", pytrace=False)
    return tuple(tuple(row) for row in dark)


def write_png(modules: Matrix, target: Path) -> Path:
    """Black modules on white, PIXELS_PER_MODULE pixels each."""
    image = Image.new("L", (len(modules), len(modules)), 255)
    image.putdata([0 if module else 255 for row in modules for module in row])
    side = len(modules) * PIXELS_PER_MODULE
    image.resize((side, side), Image.Resampling.NEAREST).save(target)
    return target


def decode(zbarimg: str, png: Path) -> bytes | None:
    """The bytes zbar reads from `png`, or None when it finds no code."""
    proc = subprocess.run(
        [zbarimg, "--quiet", "--raw", "-Sbinary", str(png)],
        capture_output=True, check=False, timeout=60,
    )
    if proc.returncode == NO_SYMBOL:
        return None
    assert proc.returncode == 0, f"zbarimg {png}: {proc.stderr.decode(errors='replace')}"
    return proc.stdout


def transfer_texts(offer: Tag) -> dict[str, str]:
    """The copy texts of a bank-transfer offer, by field, recognised by their values."""
    texts = [str(b["data-copy-text"]) for b in offer.select("dl.transfer dd button.copy")]
    fields: dict[str, str] = {}
    for name, value in (("holder", HOLDER), ("iban", IBAN), ("bic", BIC)):
        assert value in texts, f"no copy button copies the {name} {value!r}: {texts}"
        fields[name] = texts.pop(texts.index(value))
    amounts = [text for text in texts if AMOUNT.fullmatch(text)]
    assert len(amounts) == 1, f"expected one amount such as 2900.00 among {texts}"
    fields["amount"] = texts.pop(texts.index(amounts[0]))
    assert len(texts) == 1, f"expected holder, IBAN, BIC, amount and reference, also got {texts}"
    fields["reference"] = texts[0]
    return fields


def epc_payload(fields: dict[str, str]) -> bytes:
    """The EPC QR data segno builds for these bank details (as the plugin calls it)."""
    return bytes(helpers._make_epc_qr_data(  # segno keeps it apart for tests of raw data
        name=fields["holder"], iban=fields["iban"], bic=fields["bic"],
        amount=Decimal(fields["amount"].replace(",", ".")), text=fields["reference"],
        encoding="utf-8",
    ))


def page_cases(site: Path, page: Path) -> list[QrCase]:
    """The codes of a page: one in each `link` and `bank-transfer` offer, none elsewhere."""
    soup = BeautifulSoup(page.read_bytes(), "html.parser")
    name = page.relative_to(site).as_posix()
    sku = soup.select_one(".sku")
    assert sku, f"{name}: no .sku"
    cases = []
    for offer in soup.select("li.offer"):
        method = str(offer.get("data-pay"))
        title = offer.h3.get_text(strip=True) if offer.h3 else "?"
        svgs = offer.select("figure.qr > svg.qr-code[aria-hidden=true]")
        case = QrCase(name, sku.get_text().split()[-1], title, method, (), b"")
        assert method in PAY_METHODS, f"{case}: unknown data-pay"
        assert len(svgs) == (method in ("link", "bank-transfer")), f"{case}: {len(svgs)} codes"
        if method == "link":
            link = offer.select_one('a.button.pay-link[href][rel="noopener noreferrer"]')
            assert link, f"{case}: no a.pay-link with rel=noopener noreferrer"
            href = str(link["href"])
            case = replace(case, href=href, expected=scanned_link(href).encode())
        elif method == "bank-transfer":
            assert svgs[0].find_parent("figure", class_="qr-epc"), f"{case}: no figure.qr-epc"
            fields = transfer_texts(offer)
            case = replace(case, transfer=fields, expected=epc_payload(fields))
        if svgs:
            cases.append(replace(case, modules=svg_modules(svgs[0])))
    assert len(soup.select("svg.qr-code")) == len(cases), f"{name}: codes outside offers"
    return cases
