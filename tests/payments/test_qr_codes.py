"""Every QR code of the demo site decodes, with a real decoder, to exactly what the page shows.

Each `svg.qr-code` is read back into its module matrix (segno draws dark modules as `M x y.5
hN` strokes), drawn as a PNG with Pillow and decoded by zbar's `zbarimg` in binary mode, so
UTF-8 bytes come back unconverted. A payment link's code must hold the button's href; an EPC
code the SEPA transfer built from the copyable bank details.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
import segno
from bs4 import BeautifulSoup, Tag
from PIL import Image
from segno import helpers

import pelicanconf
from tests.conftest import ROOT
from tests.tools import unavailable

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
            case = replace(case, href=href, expected=href.encode())
        elif method == "bank-transfer":
            assert svgs[0].find_parent("figure", class_="qr-epc"), f"{case}: no figure.qr-epc"
            fields = transfer_texts(offer)
            case = replace(case, transfer=fields, expected=epc_payload(fields))
        if svgs:
            cases.append(replace(case, modules=svg_modules(svgs[0])))
    assert len(soup.select("svg.qr-code")) == len(cases), f"{name}: codes outside offers"
    return cases


@pytest.fixture(scope="module")
def product_pages(built_site: Path) -> list[Path]:
    pages = sorted(built_site.glob("produits/*/index.html"))
    pages += sorted(built_site.glob("en/products/*/index.html"))
    assert pages, "no product pages in the built site"
    return pages


@pytest.fixture(scope="module")
def qr_cases(built_site: Path, product_pages: list[Path]) -> list[QrCase]:
    return [case for page in product_pages for case in page_cases(built_site, page)]


@pytest.fixture(scope="module")
def zbarimg() -> str:
    path = shutil.which("zbarimg")
    if path is None:
        unavailable("zbarimg is missing (apt-get install zbar-tools)")
    return path


@pytest.fixture(scope="module")
def decoded(
    qr_cases: list[QrCase], zbarimg: str, tmp_path_factory: pytest.TempPathFactory
) -> list[bytes | None]:
    """What zbar reads from each code of `qr_cases`, in the same order."""
    folder = tmp_path_factory.mktemp("qr")
    return [decode(zbarimg, write_png(case.modules, folder / f"{index}.png"))
            for index, case in enumerate(qr_cases)]


def test_demo_has_stripe_paypal_and_epc_codes(qr_cases: list[QrCase]) -> None:
    hosts = {urlsplit(case.href).hostname for case in qr_cases if case.href}
    assert "buy.stripe.com" in hosts
    assert hosts & {"www.paypal.com", "paypal.me"}, hosts
    assert any(case.method == "bank-transfer" for case in qr_cases)


def test_every_code_decodes_to_its_payload(
    qr_cases: list[QrCase], decoded: list[bytes | None]
) -> None:
    wrong = [f"{case}:\n  expected {case.expected!r}\n  decoded  {data!r}"
             for case, data in zip(qr_cases, decoded, strict=True) if data != case.expected]
    assert not wrong, f"{len(wrong)} of {len(qr_cases)} codes:\n" + "\n".join(wrong)


def test_codes_have_a_quiet_zone(qr_cases: list[QrCase]) -> None:
    for case in qr_cases:
        size = len(case.modules)
        inner = range(QUIET_ZONE, size - QUIET_ZONE)
        assert not any(case.modules[y][x] for y in range(size) for x in range(size)
                       if y not in inner or x not in inner), f"{case}: dark modules in the margin"


def test_epc_codes_hold_the_sepa_transfer(
    qr_cases: list[QrCase], decoded: list[bytes | None]
) -> None:
    """The fields banking apps read, checked without segno."""
    for case, data in zip(qr_cases, decoded, strict=True):
        if case.method != "bank-transfer":
            continue
        assert data is not None, f"{case}: no code decoded"
        lines = data.decode("utf-8").split("\n")
        assert len(lines) == 11, f"{case}: {lines}"
        assert lines[:7] == ["BCD", "002", "1", "SCT", BIC, HOLDER, IBAN], case
        amount = re.fullmatch(r"EUR(\d{1,9}(?:\.\d{1,2})?)", lines[7])
        assert amount, f"{case}: amount field {lines[7]!r}"
        shown = Decimal(case.transfer["amount"].replace(",", "."))
        assert Decimal(amount[1]) == shown, f"{case}: {lines[7]}"
        assert lines[8:10] == ["", ""], f"{case}: purpose and creditor reference must be empty"
        # SKU and offer number (the same in every language), then SEPA characters only.
        assert lines[10] == case.transfer["reference"], case
        assert re.fullmatch(rf"{re.escape(case.sku)}-\d+ [A-Za-z0-9/?:().,'+ -]+", lines[10]), case


def test_stripe_links_add_sku_and_language(built_site: Path, qr_cases: list[QrCase]) -> None:
    """Stripe links get `client_reference_id` and `locale`; other providers' are untouched."""
    written = set()
    for source in (ROOT / "content" / "products").glob("*.md"):
        written |= set(re.findall(r"^\s*pay:\s*[\"']?(https://[^\s\"']+)", source.read_text(),
                                  re.MULTILINE))
    for case in qr_cases:
        if case.href is None:
            continue
        href = case.href
        if urlsplit(href).hostname == "buy.stripe.com":
            soup = BeautifulSoup((built_site / case.page).read_bytes(), "html.parser")
            lang = str(soup.html["lang"]) if soup.html else "?"
            added = urlencode({"client_reference_id": case.sku, "locale": lang})
            assert href.endswith(("?" + added, "&" + added)), f"{case}: {href} lacks {added}"
            href = href.removesuffix(added)[:-1]
        assert href in written, f"{case}: {href} is not a payment link of the content"


def test_svg_reader_matches_segno() -> None:
    """The SVG reader of this module gives back segno's own matrix."""
    code = segno.make("https://example.test/paiement?réf=AUD-001", error="m", micro=False)
    soup = BeautifulSoup(code.svg_inline(scale=4, border=4, svgclass="qr-code",
                                         lineclass=None, omitsize=True), "html.parser")
    svg = soup.select_one("svg.qr-code")
    assert svg
    expected = tuple(tuple(bool(m) for m in row) for row in code.matrix_iter(border=4))
    assert svg_modules(svg) == expected


def test_decoder_fails_on_a_corrupted_code(
    qr_cases: list[QrCase], zbarimg: str, tmp_path: Path
) -> None:
    """Negative control: with the middle of its matrix inverted, a code no longer decodes."""
    case = next(case for case in qr_cases if case.method == "bank-transfer")
    size, margin = len(case.modules), QUIET_ZONE + 9  # then finder pattern and separator
    corrupted = tuple(
        tuple(module != (margin <= x < size - margin and margin <= y < size - margin)
              for x, module in enumerate(row))
        for y, row in enumerate(case.modules)
    )
    assert decode(zbarimg, write_png(case.modules, tmp_path / "intact.png")) == case.expected
    assert decode(zbarimg, write_png(corrupted, tmp_path / "corrupted.png")) != case.expected
