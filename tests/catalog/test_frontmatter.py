"""Front-matter parsing: data, line numbers, and every malformed shape."""

from __future__ import annotations

from decimal import Decimal

import pytest
from catalog.errors import ContentErrors
from catalog.frontmatter import field_path, parse_front_matter

GOOD = """---
title: Audit
offers:
  - name: Essentiel
    price: 1490.10
  - name: Premium
    price: 2990
---
Body **text**.
"""


def errors_of(text: str) -> list[str]:
    with pytest.raises(ContentErrors) as caught:
        parse_front_matter(text, "p.md")
    return [str(e) for e in caught.value.errors]


def test_data_body_and_decimal_prices() -> None:
    fm = parse_front_matter(GOOD, "p.md")
    assert fm.data["offers"][0]["price"] == Decimal("1490.10")
    assert isinstance(fm.data["offers"][0]["price"], Decimal)
    assert fm.data["offers"][1]["price"] == 2990
    assert fm.body.strip() == "Body **text**."


def test_every_key_and_item_has_its_file_line() -> None:
    fm = parse_front_matter(GOOD, "p.md")
    assert fm.lines["title"] == 2
    assert fm.lines["offers"] == 3
    assert fm.lines["offers[1]"] == 6
    assert fm.lines["offers[1].price"] == 7
    assert fm.line_of("offers[1].currency") == 6  # missing key: its enclosing item
    assert fm.line_of("nowhere") == 1


def test_field_path() -> None:
    assert field_path(("offers", 1, "price")) == "offers[1].price"
    assert field_path(("title",)) == "title"
    assert field_path(()) == ""


def test_byte_order_mark_is_ignored() -> None:
    assert parse_front_matter("\ufeff" + GOOD, "p.md").data["title"] == "Audit"


def test_yaml_syntax_error_names_the_line() -> None:
    assert errors_of("---\ntitle: ok\nsummary: [unclosed\n---\n") == [
        "p.md:3: front matter: YAML syntax error: did not find expected ',' or ']' "
        "(while parsing a flow sequence on line 3)"
    ]
    assert errors_of("---\ntitle: a: b\n---\n") == [
        "p.md:2: front matter: YAML syntax error: mapping values are not allowed in this context"
    ]


def test_duplicate_keys_are_errors_not_silently_merged() -> None:
    assert errors_of("---\ntitle: a\nsku: X\ntitle: b\n---\n") == [
        "p.md:4: title: duplicate key (also on line 2)"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: no fence\n", "p.md:1: front matter: missing"),
        ("---\ntitle: never closed\n", "p.md:1: front matter: no closing '---'"),
        ("---\n- a list\n---\n", "p.md:2: front matter: expected 'key: value' fields, got a list"),
        ("---\n---\nbody\n", "p.md:2: front matter: expected 'key: value' fields, got nothing"),
        ("---\njust text\n---\n",
         "p.md:2: front matter: expected 'key: value' fields, got a single"),
    ],
)
def test_malformed_front_matter(text: str, message: str) -> None:
    (error,) = errors_of(text)
    assert error.startswith(message)


def test_unsafe_tags_are_refused() -> None:
    (error,) = errors_of("---\nx: !!python/object/apply:os.system [echo]\n---\n")
    assert "could not determine a constructor" in error
