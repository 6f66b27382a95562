"""SEPA transfers, the PAYMENTS setting, and payment errors reported as content errors."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from payments.epc import MAX_REMITTANCE, bank_transfer
from payments.settings import BankAccount, SettingsError, load_settings

import pelicanconf
from tests.conftest import run_build
from tests.payments.test_qr_codes import decode, write_png
from tests.site.test_bad_input import VALID, relative_lines
from tests.tools import unavailable

ACCOUNT = BankAccount(holder="Boussole Conseil SAS", iban="FR36 3000 4012 3400 0123 4567 806",
                      bic="BOUSFRPP")


def test_bank_transfer_details() -> None:
    transfer = bank_transfer(ACCOUNT, "AUD-001", 2, "Approfondi", Decimal("2900"))
    assert transfer.iban == "FR3630004012340001234567806"
    assert transfer.iban_grouped == "FR36 3000 4012 3400 0123 4567 806"
    assert transfer.amount == Decimal("2900.00") and str(transfer.amount) == "2900.00"
    assert transfer.reference == "AUD-001-2 Approfondi"
    assert transfer.currency == "EUR"


def test_epc_code_decodes_to_the_epc069_12_payload(tmp_path: Path) -> None:
    zbarimg = shutil.which("zbarimg") or unavailable("zbarimg is missing (apt-get install "
                                                      "zbar-tools)")
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


def test_settings_are_validated() -> None:
    assert load_settings(vars(pelicanconf)).bank_transfer == ACCOUNT
    with pytest.raises(SettingsError, match="is not a valid IBAN"):
        load_settings({"PAYMENTS": {"bank_transfer": {
            "holder": "X", "iban": "FR36 3000 4012 3400 0123 4567 807", "bic": "BOUSFRPP"}}})
    with pytest.raises(SettingsError, match="is not in a SEPA country"):
        load_settings({"PAYMENTS": {"bank_transfer": {
            "holder": "X", "iban": "BR1500000000000010932840814P2", "bic": "BOUSFRPP"}}})
    with pytest.raises(SettingsError, match="printable text on one line"):
        load_settings({"PAYMENTS": {"bank_transfer": {
            "holder": "A\x00B", "iban": ACCOUNT.iban, "bic": "BOUSFRPP"}}})
    with pytest.raises(SettingsError, match="String should match pattern"):
        load_settings({"PAYMENTS": {"contact": {"email": "a@b.example?cc=x"}}})
    with pytest.raises(SettingsError, match="is not a host and path"):
        load_settings({"PAYMENTS": {"extra_links": ["https://pay.example/"]}})
    with pytest.raises(SettingsError, match="Extra inputs are not permitted"):
        load_settings({"PAYMENTS": {"bank": {}}})


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


def test_published_builds_refuse_stripe_test_links(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    build = run_build(ROOT / "content", tmp_path / "output", tmp_path / "cache",
                      settings=ROOT / "publishconf.py")
    assert build.returncode == 1
    assert "a Stripe test-mode link cannot be published" in build.stderr
