"""Pagefind's gzip+CBOR files are read and rewritten exactly, and sorted into one order."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from search.canonical import FormatError, _decode, _encode, packed, read, sorted_filter

cbor_values = st.recursive(
    st.integers(min_value=0, max_value=2**64 - 1) | st.text() | st.binary(),
    lambda inner: st.lists(inner, max_size=5)
    | st.dictionaries(st.text(max_size=5), inner, max_size=5),
    max_leaves=30,
)


@given(cbor_values)
def test_every_value_pagefind_writes_reads_back_the_same(value: Any) -> None:
    data = _encode(value)
    assert _decode(data, 0) == (value, len(data))


def test_the_same_value_always_packs_to_the_same_bytes(tmp_path: Path) -> None:
    value = ["type", [["Produit", [1, 3]], ["Page", [0]]]]
    assert packed(value) == packed(value)
    path = tmp_path / "fr_1.pf_filter"
    path.write_bytes(packed(value))
    assert read(path) == value


def test_filter_values_are_sorted_whatever_order_pagefind_wrote() -> None:
    one = ["type", [["Produit", [1, 3]], ["Page", [0, 2]], ["Étude de cas", [4]]]]
    other = ["type", [["Page", [0, 2]], ["Étude de cas", [4]], ["Produit", [1, 3]]]]
    assert sorted_filter(one) == sorted_filter(other)
    assert [value for value, _ in sorted_filter(one)[1]] == ["Page", "Produit", "Étude de cas"]


@pytest.mark.parametrize(("data", "message"), [
    (b"not gzip", "not gzip data"),
    (gzip.compress(b"something_else\x80"), "no pagefind_dcd signature"),
    (gzip.compress(b"pagefind_dcd\xf5"), "unsupported CBOR"),  # true: Pagefind writes none
    (gzip.compress(b"pagefind_dcd\x82\x01"), "truncated"),
    (gzip.compress(b"pagefind_dcd\x01\x02"), "trailing bytes"),
])
def test_an_unknown_format_is_reported_not_guessed(tmp_path: Path, data: bytes,
                                                   message: str) -> None:
    path = tmp_path / "x.pf_meta"
    path.write_bytes(data)
    with pytest.raises(FormatError, match=message):
        read(path)
