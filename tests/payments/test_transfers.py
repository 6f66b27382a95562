"""SEPA transfers, the PAYMENTS setting, and payment errors reported as content errors."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from catalog.kit import validate_section
from payments.epc import MAX_REMITTANCE, bank_transfer
from payments.settings import SECTION, BankAccount, PaymentSettings

import pelicanconf
from tests.helpers.build import ROOT, relative_lines, run_build
from tests.helpers.content import VALID
from tests.helpers.qr import decode, write_png
from tests.helpers.tools import require_tool

ACCOUNT = BankAccount(holder="Boussole Conseil SAS", iban="FR36 3000 4012 3400 0123 4567 806",
                      bic="BOUSFRPP")


def test_bank_transfer_details() -> None:
    transfer = bank_transfer(ACCOUNT, "AUD-001", 2, "Approfondi", Decimal("2900"))
    assert transfer.iban == "FR3630004012340001234567806"
    assert transfer.iban_grouped == "FR36 3000 4012 3400 0123 4567 806"
    assert transfer.amount == Decimal("2900.00") and str(transfer.amount) == "2900.00"
    assert transfer.reference == "AUD-001-2 Approfondi"
    assert transfer.currency == "EUR"


@pytest.mark.build  # runs zbarimg
def test_epc_code_decodes_to_the_epc069_12_payload(tmp_path: Path) -> None:
    zbarimg = require_tool("zbarimg")
    transfer = bank_transfer(ACCOUNT, "AUD-001", 2, "Approfondi", Decimal("2900.00"))
    code = transfer.make()
    assert code.error == "M"
    # Service tag, version 002, UTF-8, SEPA credit transfer, BIC, name, IBAN, amount,
    # purpose (none), structured reference (none), remittance text.
    expected = (b"BCD\n002\n1\nSCT\nBOUSFRPP\nBoussole Conseil SAS\n"
                b"FR3630004012340001234567806\nEUR2900\n\n\nAUD-001-2 Approfondi")
    modules = tuple(tuple(bool(m) for m in row) for row in code.matrix_iter(border=4))
    assert decode(zbarimg, write_png(modules, tmp_path / "epc.png")) == expected


@pytest.mark.parametrize(("offer", "reference"), [
    ("Approfondi", "AUD-001-2 Approfondi"),
    ("Journée « équipe »\nBCD", "AUD-001-2 Journee equipe BCD"),  # one line, SEPA letters
    ("Ωμέγα 😀 <b>", "AUD-001-2 Omega b"),
])
def test_references_use_sepa_characters_on_one_line(offer: str, reference: str) -> None:
    assert bank_transfer(ACCOUNT, "AUD-001", 2, offer, Decimal(1)).reference == reference


def test_the_reference_fits_the_qr_code() -> None:
    transfer = bank_transfer(ACCOUNT, "AUD-001", 1, "x" * 300, Decimal("999999999.99"))
    assert len(transfer.reference) == MAX_REMITTANCE
    wide = BankAccount(holder="É" * 35, iban=ACCOUNT.iban, bic="BOUSFRPPXXX")
    assert transfer.make()  # segno refuses payloads over 331 bytes
    assert bank_transfer(wide, "AUD-001", 1, "x" * 300, Decimal("999999999.99")).make()


def mistakes(payments: dict[str, object]) -> str:
    found = validate_section(SECTION, {"PAYMENTS": payments})
    assert isinstance(found, list), found
    return "\n".join(str(mistake) for mistake in found)


def test_settings_are_validated() -> None:
    demo = validate_section(SECTION, vars(pelicanconf))
    assert isinstance(demo, PaymentSettings) and demo.bank_transfer == ACCOUNT
    assert "PAYMENTS.bank_transfer.iban: 'FR36 3000 4012 3400 0123 4567 807' is not a valid " \
        "IBAN" in mistakes({"bank_transfer": {
            "holder": "X", "iban": "FR36 3000 4012 3400 0123 4567 807", "bic": "BOUSFRPP"}})
    assert "is not in a SEPA country" in mistakes({"bank_transfer": {
        "holder": "X", "iban": "BR1500000000000010932840814P2", "bic": "BOUSFRPP"}})
    assert "printable text on one line" in mistakes({"bank_transfer": {
        "holder": "A\x00B", "iban": ACCOUNT.iban, "bic": "BOUSFRPP"}})
    assert "PAYMENTS.contact.email: String should match pattern" in mistakes(
        {"contact": {"email": "a@b.example?cc=x"}})
    assert "is not a host and path" in mistakes({"extra_links": ["https://pay.example/"]})
    assert "PAYMENTS.bank_tranfer: unknown key (did you mean 'bank_transfer'?)" in mistakes(
        {"bank_tranfer": {}})


def test_payment_mistakes_are_content_errors(content_copy: Path, tmp_path: Path) -> None:
    products = content_copy / "products"
    (products / "chf.md").write_text(VALID.format(n=1).replace(
        "    currency: EUR", "    currency: CHF\n    pay: bank-transfer"), encoding="utf-8")
    (products / "session.md").write_text(VALID.format(n=2).replace(
        "    currency: EUR", "    currency: EUR\n    pay: https://checkout.stripe.com/c/pay/cs_1"),
        encoding="utf-8")
    (products / "host.md").write_text(VALID.format(n=3).replace(
        "    currency: EUR", "    currency: EUR\n    pay: https://evil.example/pay"),
        encoding="utf-8")
    build = run_build(content_copy, tmp_path / "output", tmp_path / "cache")
    lines = relative_lines(build, content_copy)
    assert build.returncode == 1
    assert ("content/products/chf.md:15: offers[0].currency: a SEPA bank transfer is paid in "
            "EUR, not CHF") in lines
    assert any(line.startswith("content/products/session.md:16: offers[0].pay: "
                               "checkout.stripe.com links are checkout sessions") for line in lines)
    assert any(line.startswith("content/products/host.md:16: offers[0].pay: evil.example is "
                               "not an allowed payment provider") for line in lines)
    assert not (tmp_path / "output").exists()


@pytest.mark.build
def test_published_builds_refuse_stripe_test_links(tmp_path: Path) -> None:

    build = run_build(ROOT / "content", tmp_path / "output", tmp_path / "cache",
                      settings=ROOT / "publishconf.py")
    assert build.returncode == 1
    assert "a Stripe test-mode link cannot be published" in build.stderr
