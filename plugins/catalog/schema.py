"""The typed content model: what each front-matter field may hold.

Models are frozen pydantic models so that the same classes validate front matter, give
templates typed objects, and export a JSON Schema for editors. Checks that need the
site (languages, files on disk) read the validation context (`SchemaContext`).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Annotated, Literal
from urllib.parse import urlsplit

from babel.core import Locale, UnknownLocaleError
from babel.numbers import get_currency_precision, list_currencies
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError
from stdnum import isbn as stdnum_isbn
from stdnum.exceptions import ValidationError as StdnumError

from .suggest import did_you_mean
from .text import name_key

CURRENCIES = frozenset(list_currencies())
SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SKU_PATTERN = re.compile(r"[A-Z0-9]+(?:[-_.][A-Z0-9]+)*")
PAY_KEYWORDS = ("bank-transfer", "quote")
# The largest amount a SEPA transfer (and its EPC QR code) can carry.
MAX_PRICE = Decimal("999999999.99")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".svg")
DOWNLOAD_SUFFIXES = (".pdf", ".epub")
IMAGE_PATH = re.compile(r"[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*")
UNSAFE_IN_URL = frozenset('"<>\\^`{|}')


@dataclass(frozen=True)
class SchemaContext:
    """What validation needs to know about the site."""

    languages: tuple[str, ...]
    content_root: Path
    static_paths: tuple[str, ...] = ("images",)
    sample_paths: tuple[str, ...] = ("samples",)


def invalid(message: str, field: str | None = None) -> PydanticCustomError:
    """A validation error with an editor-facing message; `field` names the key it is about
    when the check runs on a whole model."""
    return PydanticCustomError("vitrine", message, {"field": field} if field else None)


def _text(value: str) -> str:
    value = value.strip()
    if not value:
        raise invalid("must not be empty")
    return value


def _slug(value: str) -> str:
    if not SLUG_PATTERN.fullmatch(value):
        raise invalid(
            f"{value!r} is not a slug: use lowercase letters, digits and single hyphens, "
            "like 'audit-express'"
        )
    return value


def _sku(value: str) -> str:
    if not SKU_PATTERN.fullmatch(value):
        raise invalid(
            f"{value!r} is not a SKU: use capital letters, digits and hyphens, like 'AUD-001'"
        )
    return value


def _currency(value: str) -> str:
    if value not in CURRENCIES:
        raise invalid(
            f"{value!r} is not an ISO 4217 currency code"
            + did_you_mean(value.upper(), CURRENCIES, always=value.upper() in CURRENCIES)
        )
    return value


def _pay(value: str) -> str:
    if value in PAY_KEYWORDS:
        return value
    if any(char.isspace() or not char.isprintable() or char in UNSAFE_IN_URL for char in value):
        raise invalid(f"{value!r} contains spaces, control characters or quotes")
    parts = urlsplit(value)
    if "@" in parts.netloc:
        raise invalid(f"{value!r}: a payment link must not contain a user name ('@')")
    if parts.scheme != "https" or not parts.hostname:
        raise invalid(
            f"{value!r} is not a payment method: use an https:// payment link, "
            "'bank-transfer' or 'quote'"
        )
    return value


def _isbn(value: str) -> str:
    try:
        return str(stdnum_isbn.validate(value, convert=True))
    except StdnumError as error:
        raise invalid(f"{value!r} is not a valid ISBN-13: {error}") from None


def _iso_date(value: object) -> object:
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            raise invalid(f"{value!r} is not a date of the calendar") from None
    raise invalid(f"expected a date like 2026-10-14, got {value!r}")


def site_language(value: str, info: ValidationInfo) -> str:
    """`value` when it is one of the site's languages (a `lang` field's validator)."""
    context = info.context
    if isinstance(context, SchemaContext) and value not in context.languages:
        raise invalid(
            f"{value!r} is not one of the site's languages ({', '.join(context.languages)})"
        )
    return value


Text = Annotated[str, AfterValidator(_text)]
IsoDate = Annotated[datetime.date, BeforeValidator(_iso_date)]
Slug = Annotated[str, AfterValidator(_slug)]


class Model(BaseModel):
    """Base of every front-matter model: immutable, and strict about unknown keys."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _content_file(
    value: str, info: ValidationInfo, what: str, suffixes: tuple[str, ...], example: str,
    folders: tuple[str, ...] | None = None,
) -> str:
    """`value` as the path of an existing file of content/, in one of `folders` (by default
    the folders copied to the site as they are)."""
    path = PurePosixPath(value)
    if path.is_absolute() or ".." in path.parts or not value:
        raise invalid(f"{value!r} must be a path inside content/, like {example!r}")
    if not IMAGE_PATH.fullmatch(value):
        raise invalid(f"{value!r}: use only letters a-z, digits, '-', '_' and '.' in "
                      "file names, so that their URLs need no escaping")
    if path.suffix.lower() not in suffixes:
        raise invalid(f"{value!r} is not {what} ({', '.join(suffixes)})")
    context = info.context
    if isinstance(context, SchemaContext):
        allowed = context.static_paths if folders is None else folders
        if not any(value.startswith(folder.rstrip("/") + "/") for folder in allowed):
            names = ", ".join(f"{folder}/" for folder in allowed)
            where = "a folder copied to the site" if folders is None else "a folder for it"
            raise invalid(f"{value!r} is not in {where} ({names})")
        if not (context.content_root / path).is_file():
            raise invalid(f"file {value!r} not found in {context.content_root}")
    return value


class Image(Model):
    src: Annotated[str, Field(description="Path of the image file, relative to content/")]
    alt: Annotated[Text, Field(description="What the image shows, for people who cannot see it")]

    @field_validator("src")
    @classmethod
    def _inside_content(cls, value: str, info: ValidationInfo) -> str:
        return _content_file(value, info, "an image", IMAGE_SUFFIXES, "images/cover.jpg")


def _smallest_unit(currency: str) -> Decimal:
    """0.01 for EUR, 1 for JPY: the currency's smallest amount."""
    return Decimal(1).scaleb(-get_currency_precision(currency))


def plain_price(amount: Decimal, currency: str) -> str:
    """An amount as machines read it: the currency's decimals, a point, no grouping
    (`1490` EUR -> "1490.00", `1500` JPY -> "1500"), for structured data and feeds."""
    return f"{amount.quantize(_smallest_unit(currency)):f}"


class Offer(Model):
    name: Text
    price: Annotated[Decimal, Field(description="Price, at most the currency's decimals")]
    currency: Annotated[str, AfterValidator(_currency), Field(description="ISO 4217 code")]
    pay: Annotated[
        str | None,
        AfterValidator(lambda v: v if v is None else _pay(v)),
        Field(description="https:// payment link, 'bank-transfer' or 'quote'"),
    ] = None
    features: list[Text] = []
    delivery: Annotated[Text | None, Field(
        description="What happens once paid, and when: 'PDF and EPUB sent by e-mail within "
                    "minutes', 'kick-off call within 3 working days'")] = None

    @field_validator("price")
    @classmethod
    def _finite_and_positive(cls, value: Decimal) -> Decimal:
        if value < 0:
            raise invalid(f"must be 0 or more, got {value}")
        if value > MAX_PRICE:
            raise invalid(f"must be at most {MAX_PRICE}, got {value}")
        return value

    @model_validator(mode="after")
    def _precision(self) -> Offer:
        digits = get_currency_precision(self.currency)
        if self.price != self.price.quantize(_smallest_unit(self.currency)):
            raise invalid(
                f"{self.price} has more than {digits} decimals for {self.currency}", "price"
            )
        return self


class Faq(Model):
    q: Text
    a: Text


def _language(value: str) -> str:
    try:
        Locale.parse(value, sep="-")
    except (ValueError, UnknownLocaleError):
        raise invalid(f"{value!r} is not a language code like 'fr' or 'en-GB'") from None
    return value


class Ebook(Model):
    pages: Annotated[int, Field(gt=0, strict=True)]
    formats: Annotated[list[Literal["pdf", "epub"]], Field(min_length=1)]
    isbn: Annotated[str | None, AfterValidator(lambda v: v if v is None else _isbn(v))] = None
    language: Annotated[
        str | None,
        AfterValidator(lambda v: v if v is None else _language(v)),
        Field(description="Language of the book (BCP 47, like 'fr'); default: the page's"),
    ] = None
    sample: Annotated[str | None, Field(
        description="A chapter to read before buying: a Markdown file in content/samples/"
    )] = None
    file: Annotated[str | None, Field(
        description="The book itself, for free e-books only: a PDF or EPUB in content/downloads/"
    )] = None

    @field_validator("sample")
    @classmethod
    def _sample_file(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        folders = info.context.sample_paths if isinstance(info.context, SchemaContext) else None
        return _content_file(value, info, "a Markdown file", (".md",),
                             "samples/my-book.md", folders or ("samples",))

    @field_validator("file")
    @classmethod
    def _download_file(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None:
            return None
        return _content_file(value, info, "a PDF or EPUB file", DOWNLOAD_SUFFIXES,
                             "downloads/my-book.pdf")

    @model_validator(mode="after")
    def _file_in_a_listed_format(self) -> Ebook:
        if self.file is not None:
            suffix = PurePosixPath(self.file).suffix.lower().lstrip(".")
            if suffix not in self.formats:
                raise invalid(f"{self.file!r} is a {suffix.upper()} file, but 'formats' "
                              f"lists {', '.join(self.formats)}", "file")
        return self


def _spec_value(value: object) -> object:
    if isinstance(value, (bool, int, Decimal)) or (isinstance(value, str) and value.strip()):
        return value.strip() if isinstance(value, str) else value
    if isinstance(value, list) and value and all(
        isinstance(item, str) and item.strip() for item in value
    ):
        return [item.strip() for item in value]
    raise invalid("a spec value must be text, a number, true/false or a list of texts")


SpecValue = Annotated[
    bool | int | Decimal | str | list[str],
    PlainValidator(_spec_value),
    WithJsonSchema({"type": ["string", "number", "boolean", "array"], "items": {"type": "string"}}),
]


class Translatable(Model):
    """Fields shared by every kind of content page."""

    title: Text
    slug: Slug
    lang: str
    summary: Text | None = None

    @field_validator("lang")
    @classmethod
    def _known_language(cls, value: str, info: ValidationInfo) -> str:
        return site_language(value, info)


class Product(Translatable):
    """A product page: `content/products/*.md`."""

    kind: Literal["service", "ebook", "training", "software"]
    sku: Annotated[str, AfterValidator(_sku)]
    category: Text
    summary: Text
    tags: list[Text] = []
    updated: IsoDate | None = None
    images: list[Image] = []
    offers: Annotated[list[Offer], Field(min_length=1)]
    specs: dict[str, SpecValue] = {}
    faq: list[Faq] = []
    related: list[Slug] = []
    ebook: Ebook | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Product:
        if self.kind == "ebook" and self.ebook is None:
            raise invalid("an e-book needs an 'ebook:' block (pages, formats, isbn)", "kind")
        if self.kind != "ebook" and self.ebook is not None:
            raise invalid(f"'ebook:' is only for kind: ebook, not kind: {self.kind}", "ebook")
        if self.ebook and self.ebook.file and any(offer.price for offer in self.offers):
            raise invalid("only a free e-book can be downloaded from the site: a paid one "
                          "is delivered after payment", "ebook.file")
        if self.slug in self.related:
            raise invalid("a product cannot be related to itself", "related")
        seen: dict[str, int] = {}
        for index, offer in enumerate(self.offers):
            name = name_key(offer.name)
            if name in seen:
                raise invalid(f"{offer.name!r} is already the name of offers[{seen[name]}]: "
                              "buyers and buy buttons tell offers apart by name",
                              f"offers[{index}].name")
            if "]]" in offer.name:
                raise invalid("an offer name cannot contain ']]'", f"offers[{index}].name")
            seen[name] = index
        return self


class Result(Model):
    label: Text
    value: Text


class Quote(Model):
    text: Text
    author: Text
    role: Text | None = None


class CaseStudy(Translatable):
    """A case study: an article in `content/case-studies/`."""

    date: IsoDate
    summary: Text
    client: Text
    industry: Text
    products: Annotated[list[Slug], Field(min_length=1)]
    results: list[Result] = []
    quote: Quote | None = None
    images: list[Image] = []
    status: Literal["published", "draft", "hidden"] = "published"


class Page(Translatable):
    """A plain page: `content/pages/*.md` (about, contact, legal…)."""

    order: Annotated[int | None, Field(strict=True)] = None
    status: Literal["published", "draft", "hidden"] = "published"
