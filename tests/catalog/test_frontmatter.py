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


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("a: &x [1, *x]", "p.md:2: a[1]: aliases (*name) are not supported"),
        ("a: &x {b: 1}\nc: *x", "p.md:3: c: aliases (*name) are not supported"),
        ("1: x", "p.md:2: 1: keys must be text: write '1' in quotes"),
        ("specs:\n  null: x", "p.md:3: specs.null: keys must be text"),
        ("specs:\n  2026-01-01: x", None),  # dates are text: a valid key
        ("a: " + "[" * 5000 + "]" * 5000,
         "p.md:2: front matter: nested more than 64 levels deep"),
        # Deep enough to kill the process in libyaml's composer: refused before it.
        ("a: " + "[" * 1_000_000 + "]" * 1_000_000,
         "p.md:2: front matter: nested more than 64 levels deep"),
        ("a:\n" + "".join(" " * depth + "b:\n" for depth in range(1, 200)) + " " * 200 + "c: 1",
         "p.md:66: front matter: nested more than 64 levels deep"),
        ("a: " + "[" * 64 + "]" * 64, None),  # as deep as allowed
        ("a: !!timestamp 2026-02-30", "p.md:2: front matter: invalid value"),
    ],
)
def test_hostile_yaml_gives_one_located_error(yaml_text: str, expected: str | None) -> None:
    text = f"---\n{yaml_text}\n---\n"
    if expected is None:
        parse_front_matter(text, "p.md")
        return
    assert any(error.startswith(expected) for error in errors_of(text)), errors_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('---\ntitle: "Audit\\a"\n---\n', "p.md:2: title: control character U+0007: delete it"),
        ('---\noffers:\n  - name: "Essentiel\\u200b\\u200b"\n---\n',
         "p.md:3: offers[0].name: invisible character U+200B (zero width space): delete it "
         "(pasted text often carries one) (1 more in this text)"),
        ('---\n"\\u202etitle": x\n---\n', "p.md:2: \u202etitle: in the key: invisible "
                                             "direction mark U+202E"),
        ('---\ntags: [a, "b\\x0b"]\n---\n', "p.md:2: tags[1]: control character U+000B"),
        ("---\ntitle: A\n---\nUn texte.\n\n## Chapitre\x0c deux\n",
         "p.md:6: body: control character U+000C"),
        ('---\nsummary: "\\uffff"\n---\n', "p.md:2: summary: U+FFFF is not a character"),
    ],
)
def test_control_and_invisible_characters_are_located_errors(text: str, expected: str) -> None:
    assert any(error.startswith(expected) for error in errors_of(text)), errors_of(text)


def test_placeholders_of_new_content_are_located_errors() -> None:
    assert errors_of('---\ntitle: "TODO: le nom du produit"\n---\nTexte.\nTODO: la suite.\n') == [
        "p.md:2: title: replace the placeholder (le nom du produit)",
        "p.md:5: body: replace the placeholder (la suite.)"]


def test_french_typography_and_emoji_are_text() -> None:
    parse_front_matter("---\ntitle: '« Prix\u00a0: 12\u202f€ »'\nnote: "
                       "👩\u200d💻 co\u00adopération\n---\nTexte\u2009!\n", "p.md")


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 12)]
    errors = errors_of("---\n" + "\n".join(lines) + "\n---\n")
    assert len(errors) == 11 * 10  # each alias is reported once, none is expanded


@pytest.mark.parametrize(
    ("scalar", "value"),
    [
        ("0777", "0777"), ("0x10", "0x10"), ("190:00", "190:00"), ("yes", "yes"),
        ("2026-10-14", "2026-10-14"), ("12", 12), ("-3", -3), ("1.50", Decimal("1.50")),
        ("1e3", Decimal("1e3")), ("true", True), ("~", None), ("", None),
    ],
)
def test_core_schema_scalars(scalar: str, value: object) -> None:
    assert parse_front_matter(f"---\nv: {scalar}\n---\n", "p.md").data["v"] == value
