"""SEPA credit transfers: what a visitor needs to pay one offer by bank transfer, and the
EPC QR code (EPC069-12) that banking apps read, drawn by segno."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import segno
from segno import helpers
from unidecode import unidecode

from .settings import BankAccount

# The characters every SEPA bank accepts in a remittance text.
NOT_SEPA = re.compile(r"[^A-Za-z0-9/?:().,'+ -]+")
MAX_PAYLOAD = 331  # bytes an EPC QR code may hold
MAX_REMITTANCE = 140


@dataclass(frozen=True)
class BankTransfer:
    """One offer paid by transfer: the account, the exact amount and the reference."""

    holder: str
    iban: str
    bic: str
    amount: Decimal  # always with two decimals
    reference: str
    currency: str = "EUR"

    @property
    def iban_grouped(self) -> str:
        """`FR3630004…` -> `FR36 3000 4…`, the way it is printed on a bank statement."""
        return " ".join(self.iban[i:i + 4] for i in range(0, len(self.iban), 4))

    def make(self) -> segno.QRCode:
        return helpers.make_epc_qr(name=self.holder, iban=self.iban, bic=self.bic,
                                   amount=self.amount, text=self.reference, encoding="utf-8")


def fixed_payload_bytes(account: BankAccount) -> int:
    """Bytes of an EPC payload besides its remittance text, for the largest amount."""
    fields = ["BCD", "002", "1", "SCT", account.bic, account.holder, account.iban,
              "EUR999999999.99", "", "", ""]
    return len("\n".join(fields).encode("utf-8"))


def remittance(sku: str, position: int, offer: str, room: int) -> str:
    """The transfer's reference: SKU and offer number, which stay the same in every
    language, then the offer's name in the characters all SEPA banks accept."""
    text = NOT_SEPA.sub(" ", unidecode(f"{sku}-{position} {offer}"))
    return " ".join(text.split())[:min(room, MAX_REMITTANCE)].rstrip()


def bank_transfer(
    account: BankAccount, sku: str, position: int, offer: str, amount: Decimal
) -> BankTransfer:
    room = MAX_PAYLOAD - fixed_payload_bytes(account)
    return BankTransfer(account.holder, account.iban, account.bic,
                        amount.quantize(Decimal("0.01")), remittance(sku, position, offer, room))
