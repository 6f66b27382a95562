"""The product, case-study and page schemas: every field, valid and invalid."""

from __future__ import annotations

import copy
import dataclasses
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from catalog.frontmatter import parse_front_matter
from catalog.schema import CaseStudy, Page, Product, SchemaContext, plain_price
from catalog.validate import validate

from tests.helpers.frontmatter import CASE_STUDY, PRODUCT


@pytest.fixture
def context(tmp_path: Path) -> SchemaContext:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "cover.jpg").write_bytes(b"\xff\xd8")
    return SchemaContext(languages=("fr", "en"), content_root=tmp_path)


def check(data: dict[str, Any], context: SchemaContext, model: type = Product) -> Any:
    text = "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n"
    return validate(model, parse_front_matter(text, "p.md"), context)


def messages(data: dict[str, Any], context: SchemaContext, model: type = Product) -> list[str]:
    result = check(data, context, model)
    assert isinstance(result, list), f"expected errors, got a valid {model.__name__}"
    return [f"{e.field}: {e.message}" for e in result]


def changed(path: str, value: Any) -> dict[str, Any]:
    """PRODUCT with the field at `path` (dots and indexes) set to `value`, or removed."""
    data = copy.deepcopy(PRODUCT)
    *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
    target: Any = data
    for part in parents:
        target = target[part]
    if value is REMOVE:
        del target[last]
    else:
        target[last] = value
    return data


REMOVE = object()


def test_a_complete_product_is_valid(context: SchemaContext) -> None:
    product = check(PRODUCT, context)
    assert isinstance(product, Product)
    assert product.offers[0].price == Decimal("1490.00")
    assert list(product.specs) == ["Durée", "Participants", "À distance", "Note", "Livrables"]
    assert product.specs["À distance"] is True
    assert str(product.updated) == "2026-10-14"


def test_minimal_product_is_valid(context: SchemaContext) -> None:
    minimal = {k: PRODUCT[k] for k in ("title", "slug", "kind", "sku", "category", "summary",
                                       "lang")}
    minimal["offers"] = [{"name": "Unique", "price": 10, "currency": "EUR"}]
    assert isinstance(check(minimal, context), Product)


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("title", REMOVE, "title: required field is missing"),
        ("title", "   ", "title: must not be empty"),
        ("title", 1984, "title: expected text, got 1984"),
        ("slug", "Audit Express", "slug: 'Audit Express' is not a slug"),
        ("slug", "audit--express", "slug: 'audit--express' is not a slug"),
        ("kind", "servce", "kind: 'servce' is not one of: service, ebook, training or software"),
        ("sku", "aud 001", "sku: 'aud 001' is not a SKU"),
        ("category", "", "category: must not be empty"),
        ("tags", "stratégie", "tags: expected a list, got 'stratégie'"),
        ("summary", REMOVE, "summary: required field is missing"),
        ("lang", "de", "lang: 'de' is not one of the site's languages (fr, en)"),
        ("updated", "14/10/2026", "updated: expected a date like 2026-10-14, got '14/10/2026'"),
        ("updated", "2026-02-30", "updated: '2026-02-30' is not a date of the calendar"),
        ("updated", 0, "updated: expected a date like 2026-10-14, got 0"),
        ("images.0.alt", REMOVE, "images[0].alt: required field is missing"),
        ("images.0.alt", " ", "images[0].alt: must not be empty"),
        ("images.0.src", "images/missing.jpg",
         "images[0].src: file 'images/missing.jpg' not found"),
        ("images.0.src", "../secret.jpg", "images[0].src: '../secret.jpg' must be a path inside"),
        ("images.0.src", "/etc/passwd", "images[0].src: '/etc/passwd' must be a path inside"),
        ("images.0.src", "images/cover.md", "images[0].src: 'images/cover.md' is not an image"),
        ("images.0.src", "images/my cover.jpg", "images[0].src: 'images/my cover.jpg': use only"),
        ("images.0.src", "products/cover.jpg", "images[0].src: 'products/cover.jpg' is not in a "
                                              "folder copied to the site (images/)"),
        ("offers", [], "offers: needs at least 1 item"),
        ("offers.0.price", "1000000000", "offers[0].price: must be at most 999999999.99"),
        ("offers.0.price", "1e30", "offers[0].price: must be at most 999999999.99"),
        ("offers.0.price", float("inf"), "offers[0].price: must be a finite number"),
        ("offers.0.price", "-10", "offers[0].price: must be 0 or more, got -10"),
        ("offers.0.price", "12.345", "offers[0].price: 12.345 has more than 2 decimals for EUR"),
        ("offers.0.price", "cher", "offers[0].price: expected a number, got 'cher'"),
        ("offers.0.currency", "EURO", "offers[0].currency: 'EURO' is not an ISO 4217 currency "
                                      "code (did you mean 'EUR'?)"),
        ("offers.0.currency", "eur", "offers[0].currency: 'eur' is not an ISO 4217 currency "
                                     "code (did you mean 'EUR'?)"),
        ("offers.0.pay", "javascript:alert(1)", "offers[0].pay: 'javascript:alert(1)' is not a "
                                                "payment method"),
        ("offers.0.pay", "http://buy.stripe.com/x", "offers[0].pay: 'http://buy.stripe.com/x' is "
                                                    "not a payment method"),
        ("offers.0.pay", "https://shop.example@evil.example/", "offers[0].pay: "
         "'https://shop.example@evil.example/': a payment link must not contain a user name"),
        ("offers.0.pay", 'https://buy.stripe.com/x"onclick="', "offers[0].pay: "
         "'https://buy.stripe.com/x\"onclick=\"' contains spaces, control characters or quotes"),
        ("offers.0.pay", "https://buy.stripe.com/a b", "offers[0].pay: "
         "'https://buy.stripe.com/a b' contains spaces"),
        ("offers.0.features", [""], "offers[0].features[0]: must not be empty"),
        ("offers.1.name", REMOVE, "offers[1].name: required field is missing"),
        ("specs", ["a"], "specs: expected 'key: value' fields, got a list"),
        ("specs.Durée", None, "specs.Durée: a spec value must be text, a number, true/false"),
        ("specs.Durée", {"a": 1}, "specs.Durée: a spec value must be text, a number"),
        ("faq.0.a", REMOVE, "faq[0].a: required field is missing"),
        ("related", ["audit-express"], "related: a product cannot be related to itself"),
        ("related.0", "Not A Slug", "related[0]: 'Not A Slug' is not a slug"),
        ("ebook", {"pages": 10, "formats": ["pdf"]}, "ebook: 'ebook:' is only for kind: ebook"),
        ("offers.1.name", "essentiel ", "offers[1].name: 'essentiel' is already the name of "
                                        "offers[0]"),
        # Names that look the same are the same: compatibility forms (full-width
        # letters) do not tell offers apart (invisible characters: see test_text.py).
        ("offers.1.name", "ＥＳＳＥＮＴＩＥＬ",
         "offers[1].name: 'ＥＳＳＥＮＴＩＥＬ' is already the name"),
        ("offers.1.name", "Pack]]", "offers[1].name: an offer name cannot contain ']]'"),
    ],
)
def test_invalid_product_field(
    context: SchemaContext, path: str, value: Any, expected: str
) -> None:
    found = messages(changed(path, value), context)
    assert any(m.startswith(expected) for m in found), found


def test_unknown_key_is_reported_with_a_suggestion(context: SchemaContext) -> None:
    data = copy.deepcopy(PRODUCT)
    data["offers"][0]["prcie"] = 10
    data["summry"] = "typo"
    found = messages(data, context)
    assert any(m.startswith("offers[0].prcie: unknown key (did you mean 'price'?)") for m in found)
    assert any(m.startswith("summry: unknown key (did you mean 'summary'?)") for m in found)


def test_every_problem_is_reported_at_once(context: SchemaContext) -> None:
    data = changed("title", REMOVE)
    data["offers"][0]["currency"] = "EURO"
    data["offers"][1]["price"] = "-1"
    assert len(messages(data, context)) == 3


def test_error_lines_point_at_the_key(context: SchemaContext) -> None:
    text = "\n".join([
        "---", "title: Audit", "slug: audit", "kind: service", "sku: A-1", "category: Audits",
        "summary: S", "lang: fr", "offers:", "  - name: E", "    price: -5", "    currency: EUR",
        "  - name: P", "    price: 5", "---", "",
    ])
    errors = validate(Product, parse_front_matter(text, "p.md"), context)
    assert isinstance(errors, list)
    assert sorted(str(e) for e in errors) == [
        "p.md:11: offers[0].price: must be 0 or more, got -5",
        "p.md:13: offers[1].currency: required field is missing",
    ]


def test_ebook_fields(context: SchemaContext) -> None:
    ebook = changed("kind", "ebook")
    assert messages(ebook, context) == [
        "kind: an e-book needs an 'ebook:' block (pages, formats, isbn)"
    ]
    ebook["ebook"] = {"pages": 84, "formats": ["pdf", "epub"], "isbn": "978-2-9567890-1-7"}
    valid = check(ebook, context)
    assert isinstance(valid, Product), valid
    assert valid.ebook is not None and valid.ebook.isbn == "9782956789017"
    ebook["ebook"] = {"pages": 0, "formats": ["doc"], "isbn": "9782956789011"}
    assert sorted(messages(ebook, context)) == [
        "ebook.formats[0]: 'doc' is not one of: pdf or epub",
        "ebook.isbn: '9782956789011' is not a valid ISBN-13: The number's checksum or check "
        "digit is invalid.",
        "ebook.pages: must be more than 0, got 0",
    ]


def _ebook(context: SchemaContext, free: bool = True, **fields: Any) -> dict[str, Any]:
    (context.content_root / "samples").mkdir(exist_ok=True)
    (context.content_root / "samples" / "extrait.md").write_text("---\ntitle: Ch. 1\n---\n")
    (context.content_root / "downloads").mkdir(exist_ok=True)
    (context.content_root / "downloads" / "livre.pdf").write_bytes(b"%PDF-1.7\n")
    data = changed("kind", "ebook")
    if free:
        data["offers"] = [{"name": "Gratuit", "price": 0, "currency": "EUR"}]
    data["ebook"] = {"pages": 28, "formats": ["pdf"], **fields}
    return data


def test_ebook_sample_file_and_language(context: SchemaContext, tmp_path: Path) -> None:
    context = dataclasses.replace(context, static_paths=("images", "downloads"))
    valid = check(_ebook(context, language="fr-CA", sample="samples/extrait.md",
                         file="downloads/livre.pdf"), context)
    assert isinstance(valid, Product), valid
    assert valid.ebook is not None
    assert (valid.ebook.language, valid.ebook.sample) == ("fr-CA", "samples/extrait.md")
    assert sorted(messages(_ebook(context, language="français", sample="pages/about.md",
                                  file="downloads/livre.epub"), context)) == [
        "ebook.file: file 'downloads/livre.epub' not found in " + str(tmp_path),
        "ebook.language: 'français' is not a language code like 'fr' or 'en-GB'",
        "ebook.sample: 'pages/about.md' is not in a folder for it (samples/)",
    ]
    assert messages(_ebook(context, sample="samples/extrait.txt", file="../livre.pdf"),
                    context) == [
        "ebook.sample: 'samples/extrait.txt' is not a Markdown file (.md)",
        "ebook.file: '../livre.pdf' must be a path inside content/, like 'downloads/my-book.pdf'",
    ]
    assert messages(_ebook(context, formats=["epub"], file="downloads/livre.pdf"), context) == [
        "ebook.file: 'downloads/livre.pdf' is a PDF file, but 'formats' lists epub"
    ]


def test_only_a_free_ebook_has_a_download(context: SchemaContext) -> None:
    context = dataclasses.replace(context, static_paths=("images", "downloads"))
    paid = _ebook(context, free=False, file="downloads/livre.pdf")
    assert messages(paid, context) == [
        "ebook.file: only a free e-book can be downloaded from the site: a paid one is "
        "delivered after payment"
    ]


def test_case_study(context: SchemaContext) -> None:
    assert isinstance(check(CASE_STUDY, context, CaseStudy), CaseStudy)
    broken = dict(CASE_STUDY, date="hier", products=[], quote={"text": "x"})
    assert sorted(messages(broken, context, CaseStudy)) == [
        "date: expected a date like 2026-10-14, got 'hier'",
        "products: needs at least 1 item",
        "quote.author: required field is missing",
    ]


def test_page(context: SchemaContext) -> None:
    page = {"title": "À propos", "slug": "about", "lang": "fr", "order": 1}
    assert isinstance(check(page, context, Page), Page)
    assert messages(dict(page, order="1", status="secret"), context, Page) == [
        "order: expected a whole number, got '1'",
        "status: 'secret' is not one of: published, draft or hidden",
    ]


def test_plain_prices_have_their_currency_s_decimals() -> None:
    assert plain_price(Decimal("1490"), "EUR") == "1490.00"
    assert plain_price(Decimal("1500"), "JPY") == "1500"
