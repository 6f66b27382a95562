"""Content files for builds: a valid product and a page to write into a content folder, and
the product mistakes an editor makes, each with the error line the build must report."""

from __future__ import annotations

import re
from pathlib import Path

VALID = """\
---
title: Produit de test {n}
slug: produit-test-{n}
kind: service
sku: TST-{n}
category: Audits
summary: Un produit ajouté par le test.
lang: fr
images:
  - src: images/case-studies/graphiste.jpg
    alt: Logo
offers:
  - name: Unique
    price: 100
    currency: EUR
related: []
---
Corps.
"""

PAGE = """---
title: {title}
slug: {slug}
lang: fr
---
Texte.
"""


def products_folder(content: Path) -> Path:
    """`content/products/` of a small site built with the demo settings, beside the page
    those settings name (`SEO["return_policy"]["page"]`, which the build checks)."""
    (content / "products").mkdir(parents=True)
    (content / "pages").mkdir(exist_ok=True)
    (content / "pages" / "legal.md").write_text(PAGE.format(title="Mentions légales",
                                                           slug="legal"), encoding="utf-8")
    return content / "products"


def product(n: int, replace: tuple[str, str] | None = None) -> str:
    """The valid product number `n`, with the first `old` of `replace` changed to `new`."""
    text = VALID.format(n=n)
    if replace:
        old, new = replace
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def existing_sku(content: Path) -> str:
    """The SKU of a product of `content` (a new product using it is a duplicate)."""
    for path in sorted((content / "products").glob("*.md")):
        match = re.search(r"^sku: *(\S+)$", path.read_text(encoding="utf-8"), re.M)
        if match:
            return match.group(1)
    raise AssertionError("the demo content has no product with a SKU")


# (file name, content, expected error line) — one mistake per file.
def mistakes(sku: str) -> list[tuple[str, str, str]]:
    return [
        ("yaml.md", product(1, ("summary: Un produit", "summary: [Un produit")),
         "content/products/yaml.md:7: front matter: YAML syntax error"),
        ("no-title.md", product(2, ("title: Produit de test 2\n", "")),
         "content/products/no-title.md:1: title: required field is missing"),
        ("unknown-key.md", product(3, ("    price: 100", "    prcie: 100")),
         "content/products/unknown-key.md:14: offers[0].prcie: unknown key (did you mean "
         "'price'?)"),
        ("negative-price.md", product(4, ("price: 100", "price: -100")),
         "content/products/negative-price.md:14: offers[0].price: must be 0 or more, got -100"),
        ("currency.md", product(5, ("currency: EUR", "currency: EURO")),
         "content/products/currency.md:15: offers[0].currency: 'EURO' is not an ISO 4217 "
         "currency code (did you mean 'EUR'?)"),
        ("duplicate-sku.md", product(6, ("sku: TST-6", f"sku: {sku}")),
         "content/products/duplicate-sku.md:5: sku: "),
        ("no-alt.md", product(7, ("    alt: Logo\n", "")),
         "content/products/no-alt.md:10: images[0].alt: required field is missing"),
        ("missing-image.md", product(8, ("images/case-studies/graphiste.jpg", "images/nope.jpg")),
         "content/products/missing-image.md:10: images[0].src: file 'images/nope.jpg' not found"),
        ("unknown-related.md", product(9, ("related: []", "related: [audit-expres]")),
         "content/products/unknown-related.md:16: related[0]: no product has the slug "
         "'audit-expres'"),
    ]
