"""SEPA credit transfers: what a visitor needs to pay one offer by bank transfer."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .qr import EpcTransfer
from .settings import BankAccount


@dataclass(frozen=True)
class BankTransfer:
    """What a visitor needs to pay one offer by bank transfer."""

    holder: str
    iban: str
    bic: str
    amount: Decimal
    currency: str
    reference: str

    @property
    def iban_grouped(self) -> str:
        """`FR3630004…` -> `FR36 3000 4…`, the way it is printed on a bank statement."""
        return " ".join(self.iban[i:i + 4] for i in range(0, len(self.iban), 4))

    @property
    def code(self) -> EpcTransfer:
        """Its EPC QR code."""
        return EpcTransfer(self.holder, self.iban, self.bic, self.amount, self.reference)


def remittance(sku: str, offer: str) -> str:
    """The transfer's reference: the SKU and offer, so the payment is matched to the order.

    EPC limits unstructured remittance information to 140 characters."""
    return f"{sku} {offer}"[:140]


def bank_transfer(account: BankAccount, sku: str, offer: str, amount: Decimal) -> BankTransfer:
    return BankTransfer(account.holder, account.iban, account.bic, amount, "EUR",
                        remittance(sku, offer))
