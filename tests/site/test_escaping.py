"""Front-matter text is data: markup in it is shown, never interpreted."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.helpers.build import run_build
from tests.helpers.content import products_folder
from tests.helpers.qr import decode, page_cases, write_png
from tests.helpers.tools import require_tool

pytestmark = pytest.mark.build

HOSTILE = '<script>alert("x")</script> "quoted" & <b>bold</b>'

PRODUCT = f"""---
title: '{HOSTILE}'
slug: hostile
kind: service
sku: HOST-1
category: '{HOSTILE}'
summary: '{HOSTILE}'
lang: fr
tags: ['{HOSTILE}']
offers:
  - name: '{HOSTILE}'
    price: 10
    currency: EUR
    pay: 'https://buy.stripe.com/test_00000000000000?a=1&b=2'
    features: ['{HOSTILE}']
  - name: '{HOSTILE} (virement)'
    price: 20
    currency: EUR
    pay: bank-transfer
  - name: '{HOSTILE} (devis)'
    price: 30
    currency: EUR
    pay: quote
specs:
  '{HOSTILE}': '{HOSTILE}'
faq:
  - q: '{HOSTILE}'
    a: '{HOSTILE}'
---
Body.
"""


def test_hostile_front_matter_is_escaped_everywhere(tmp_path: Path) -> None:
    content = tmp_path / "content"
    products_folder(content)
    (content / "products" / "hostile.md").write_text(PRODUCT, encoding="utf-8")
    build = run_build(content, tmp_path / "output", tmp_path / "cache")
    assert build.returncode == 0, build.stderr
    pages = sorted((tmp_path / "output").rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        # The theme's scripts, and one block of structured data that holds the hostile
        # text as JSON, unable to close its element.
        data = html.find_all("script", type="application/ld+json")
        assert len(data) == 1 and "<" not in (data[0].string or ""), page
        assert [s for s in html.find_all("script") if s not in data
                and (s.string or not s.get("src", "").startswith("/theme/js/"))] == [], page
        assert html.find("b") is None, page
        for tag in html.find_all(True):
            assert not [name for name in tag.attrs if name.startswith("on")], (page, tag)
    product = BeautifulSoup(
        (tmp_path / "output" / "produits" / "hostile" / "index.html").read_text(), "html.parser"
    )
    assert product.h1 is not None and product.h1.get_text() == HOSTILE
    assert product.select_one(".offer h3").get_text() == HOSTILE
    assert product.select_one(".specs th").get_text() == HOSTILE
    assert product.select_one("meta[name=description]")["content"] == HOSTILE
    link = product.select_one(".offer a.button")
    assert link["href"] == ("https://buy.stripe.com/test_00000000000000?a=1&b=2"
                            "&client_reference_id=HOST-1&locale=fr")
    # A transfer reference keeps only the characters every SEPA bank accepts.
    reference = product.select_one("[data-pay=bank-transfer] [id$=-reference]")
    assert reference is not None
    assert reference.get_text() == "HOST-1-2 script alert( x ) /script quoted b bold /b (virement)"
    quote = product.select_one("[data-pay=quote] a")
    assert quote is not None and quote["href"].startswith("mailto:")
    assert "<" not in quote["href"] and "%3Cscript%3E" in quote["href"]
    assert "%26lt%3B" not in quote["href"]  # the subject is text, not HTML entities


def test_hostile_offer_names_are_data_in_qr_codes(tmp_path: Path) -> None:
    """The EPC code carries the offer's name as text, byte for byte, nothing else."""
    zbarimg = require_tool("zbarimg")
    content = tmp_path / "content"
    products_folder(content)
    (content / "products" / "hostile.md").write_text(PRODUCT, encoding="utf-8")
    build = run_build(content, tmp_path / "output", tmp_path / "cache")
    assert build.returncode == 0, build.stderr
    page = build.output / "produits" / "hostile" / "index.html"
    cases = page_cases(build.output, page)
    assert [case.method for case in cases] == ["link", "bank-transfer"]
    for index, case in enumerate(cases):
        assert decode(zbarimg, write_png(case.modules, tmp_path / f"{index}.png")) == (
            case.expected)
    assert b"HOST-1-2 script alert( x ) /script quoted b bold /b (virement)" in cases[1].expected
