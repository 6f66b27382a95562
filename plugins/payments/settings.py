"""The payments plugin's settings section (`PAYMENTS` in pelicanconf.py)."""

from __future__ import annotations

import re

from catalog.kit import Section
from pydantic import BaseModel, ConfigDict, Field, field_validator
from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError as StdnumError

# Payment-link providers accepted out of the box: host (a leading "*." for any
# subdomain) and the path every payment link of theirs starts with.
DEFAULT_LINK_PREFIXES = (
    "buy.stripe.com/",
    "donate.stripe.com/",
    "www.paypal.com/ncp/payment/",
    "www.paypal.com/paypalme/",
    "paypal.me/",
    "*.lemonsqueezy.com/checkout/buy/",
    "gumroad.com/l/",
    "*.gumroad.com/l/",
    "buy.polar.sh/",
    "pay.sumup.com/b2c/",
    "payment-links.mollie.com/payment/",
    "pay.qonto.com/",
    "lydia-app.com/collect/",
)
LINK_PREFIX = re.compile(r"(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+/\S*")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# Countries whose IBANs take SEPA credit transfers (France's overseas departments use FR).
SEPA_COUNTRIES = frozenset({
    "AD", "AL", "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB",
    "GI", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK",
    "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "SM", "VA",
})


class BankAccount(Strict):
    """The account that SEPA transfers are paid to."""

    holder: str = Field(min_length=1, max_length=70)
    iban: str
    bic: str

    @field_validator("holder")
    @classmethod
    def _holder(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value or any(not char.isprintable() for char in value):
            raise ValueError("the holder's name must be printable text on one line")
        if len(value.encode("utf-8")) > 70:
            raise ValueError("the holder's name must fit in 70 bytes of UTF-8 (EPC QR code)")
        return value

    @field_validator("iban")
    @classmethod
    def _iban(cls, value: str) -> str:
        try:
            iban = str(stdnum_iban.validate(value))
        except StdnumError as error:
            raise ValueError(f"{value!r} is not a valid IBAN: {error}") from None
        if iban[:2] not in SEPA_COUNTRIES:
            raise ValueError(f"{value!r} is not in a SEPA country: it cannot receive transfers "
                             "made from an EPC QR code")
        return iban

    @field_validator("bic")
    @classmethod
    def _bic(cls, value: str) -> str:
        try:
            return str(stdnum_bic.validate(value))
        except StdnumError as error:
            raise ValueError(f"{value!r} is not a valid BIC: {error}") from None


class ContactChannels(Strict):
    """Where visitors ask a question or request a quote; each one is optional."""

    email: str | None = Field(None, pattern=r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
    phone: str | None = Field(None, pattern=r"^\+[0-9 ]{6,20}$")
    whatsapp: str | None = Field(None, pattern=r"^\+[0-9 ]{6,20}$")
    telegram: str | None = Field(None, pattern=r"^[A-Za-z][A-Za-z0-9_]{4,31}$")


class PaymentSettings(Strict):
    links: list[str] = Field(default_factory=lambda: list(DEFAULT_LINK_PREFIXES))
    extra_links: list[str] = []
    test_links: bool = False
    bank_transfer: BankAccount | None = None
    contact: ContactChannels = ContactChannels()

    @field_validator("links", "extra_links")
    @classmethod
    def _prefixes(cls, prefixes: list[str]) -> list[str]:
        for prefix in prefixes:
            if not LINK_PREFIX.fullmatch(prefix):
                raise ValueError(f"{prefix!r} is not a host and path such as 'buy.stripe.com/'")
        return prefixes

    @property
    def link_prefixes(self) -> tuple[str, ...]:
        return (*self.links, *self.extra_links)


SECTION = Section("PAYMENTS", PaymentSettings)
