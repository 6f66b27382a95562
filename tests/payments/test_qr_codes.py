"""Every QR code of the demo site decodes, with a real decoder, to exactly what the page shows.

Each `svg.qr-code` is read back into its module matrix (segno draws dark modules as `M x y.5
hN` strokes), drawn as a PNG with Pillow and decoded by zbar's `zbarimg` in binary mode, so
UTF-8 bytes come back unconverted. A payment link's code must hold the button's href; an EPC
code the SEPA transfer built from the copyable bank details.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
import segno
import zxingcpp
from bs4 import BeautifulSoup
from PIL import Image

from tests.helpers.build import ROOT
from tests.helpers.qr import (
    BIC,
    HOLDER,
    IBAN,
    QUIET_ZONE,
    QrCase,
    decode,
    page_cases,
    svg_modules,
    write_png,
)
from tests.helpers.tools import require_tool


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
    return require_tool("zbarimg")


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


def test_a_second_decoder_reads_every_code_the_same(
    qr_cases: list[QrCase], tmp_path: Path
) -> None:
    """zxing-cpp's reader, independent of zbar, on the same images."""
    wrong = []
    for index, case in enumerate(qr_cases):
        with Image.open(write_png(case.modules, tmp_path / f"{index}.png")) as image:
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        if [code.bytes for code in found] != [case.expected]:
            wrong.append(f"{case}: {[code.bytes for code in found]!r}")
    assert not wrong, "\n".join(wrong)


def test_french_and_english_pages_show_one_code_per_payment_link(
    qr_cases: list[QrCase],
) -> None:
    """The checkout's language is the phone's: the code of a link is the same in both."""
    drawings: dict[bytes, set[tuple[tuple[bool, ...], ...]]] = {}
    pages: dict[bytes, set[str]] = {}
    for case in qr_cases:
        if case.href and "buy.stripe.com" in case.href:
            assert b"locale=" not in case.expected and "locale=" in case.href, case
            drawings.setdefault(case.expected, set()).add(case.modules)
            pages.setdefault(case.expected, set()).add(case.page.split("/")[0] == "en")
    assert drawings and all(len(drawn) == 1 for drawn in drawings.values())
    assert any(len(languages) == 2 for languages in pages.values())  # one code, two pages


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
            added = urlencode({"client_reference_id": case.sku, "locale": lang})  # the button
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
