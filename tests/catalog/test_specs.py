"""Spec values against their definition: every kind of mistake has its message."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from catalog.kit import SpecDefinition, SpecError, typed_value
from hypothesis import given
from hypothesis import strategies as st


def spec(kind: str, unit: str | None = None) -> SpecDefinition:
    return SpecDefinition.model_validate(
        {"name": {"fr": "X"}, "type": kind, "unit": None if unit is None else {"fr": unit}})


@pytest.mark.parametrize(("kind", "unit", "raw", "expected"), [
    ("number", "jours", "10 jours", Decimal(10)),
    ("number", "jours ouvrés", "2,5\u00a0jours  ouvrés", Decimal("2.5")),
    ("text", None, "À distance", "À distance"),
    ("boolean", None, False, False),
    ("list", None, ["PDF", "EPUB"], ("PDF", "EPUB")),
])
def test_valid_values(kind: str, unit: str | None, raw: Any, expected: Any) -> None:
    assert typed_value(spec(kind, unit), raw, "fr") == expected


@pytest.mark.parametrize(("kind", "unit", "raw", "message"), [
    ("number", "jours", 10, "missing unit: write '10 jours'"),
    ("number", "jours", "10", "missing unit: write '10 jours'"),
    ("number", "jours", "10 semaines", "the unit is 'jours' for every product of the "
     "category, got 'semaines'"),
    ("number", "jours", "dix jours", "expected a number followed by 'jours'"),
    ("number", "jours", True, "expected a number followed by 'jours', got true"),
    ("text", None, Decimal("2.3"), "expected text, got 2.3 (write it in quotes if it is text)"),
    ("text", None, ["a"], "expected text, got a list"),
    ("boolean", None, "oui", "expected true or false, got 'oui'"),
    ("list", None, "PDF", "expected a list of texts, like [A, B], got 'PDF'"),
])
def test_wrong_values(kind: str, unit: str | None, raw: Any, message: str) -> None:
    with pytest.raises(SpecError) as error:
        typed_value(spec(kind, unit), raw, "fr")
    assert str(error.value).startswith(message)


VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.decimals(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=2),
    max_leaves=6,
)


@given(kind=st.sampled_from(["text", "number", "boolean", "list"]), raw=VALUES)
def test_any_value_is_typed_or_refused_with_a_message(kind: str, raw: Any) -> None:
    try:
        typed_value(spec(kind, "jours" if kind == "number" else None), raw, "fr")
    except SpecError as error:
        assert str(error)
