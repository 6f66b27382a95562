"""The `/// compare` block becomes a placeholder that depends only on the Markdown text."""

from __future__ import annotations

from compare.block import blocks_in_order, header_lines, placeholders
from markdown import Markdown

TEXT = """\
Avant.

/// compare | Nos "audits" <b>
    products: [audit-express, audit-boutique-en-ligne]
    specs: [Durée]
///

```
/// compare
    products: [in-code]
///
```

/// compare
    products: [a, b
///

/// compare
    unknown: 1
///

/// compare
    products: a, b
///
"""


def convert(text: str) -> str:
    return Markdown(extensions=["extra", "compare.block"]).convert(text)


def test_blocks_become_placeholders_with_their_options() -> None:
    html = convert(TEXT)
    found = [p.options for p in placeholders(html)]
    assert found == [
        {"caption": 'Nos "audits" <b>', "products": ["audit-express", "audit-boutique-en-ligne"],
         "specs": ["Durée"]},
        {"caption": "", "products": "a, b", "specs": None},
    ]
    assert "<b>" not in html
    assert convert(TEXT) == html  # the same text, the same placeholder


def test_blocks_left_as_text_are_found_in_order_with_their_lines() -> None:
    html = convert(TEXT)
    assert [block is not None for block in blocks_in_order(html)] == [True, False, False, True]
    assert header_lines(TEXT) == [3, 14, 18, 22]
