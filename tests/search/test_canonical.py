"""Pagefind's gzip+CBOR files are read and rewritten exactly, and sorted into one order."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from search.canonical import (
    FormatError,
    packed,
    page_numbers,
    read,
    renumbered_filter,
    renumbered_meta,
    renumbered_words,
)


def test_the_same_value_always_packs_to_the_same_bytes(tmp_path: Path) -> None:
    value = ["type", [["Produit", [1, 3]], ["Page", [0]]]]
    assert packed(value) == packed(value)
    path = tmp_path / "fr_1.pf_filter"
    path.write_bytes(packed(value))
    assert read(path) == value


def test_filter_values_are_sorted_whatever_order_pagefind_wrote() -> None:
    same = {page: page for page in range(5)}
    one = ["type", [["Produit", [1, 3]], ["Page", [0, 2]], ["Étude de cas", [4]]]]
    other = ["type", [["Page", [0, 2]], ["Étude de cas", [4]], ["Produit", [1, 3]]]]
    assert renumbered_filter(one, same) == renumbered_filter(other, same)
    assert [value for value, _ in renumbered_filter(one, same)[1]] == [
        "Page", "Produit", "Étude de cas"]


# One language's index of three pages, as Pagefind writes it after listing the pages
# in two different orders: page numbers follow the listing, word entries give them as
# differences from the previous one, and forms of a word come in the order first seen.
META_ONE = ["1.5.2", [["fr_b", 10], ["fr_a", 20], ["fr_c", 30]], [["a", "z", "fr_w1"]],
            [["type", "fr_f1"]], [["prix", [2, 0, 1]]]]
META_OTHER = ["1.5.2", [["fr_c", 30], ["fr_a", 20], ["fr_b", 10]], [["a", "z", "fr_w2"]],
              [["type", "fr_f2"]], [["prix", [0, 2, 1]]]]
WORDS_ONE = [[["achet", [[0, [-25, 4], []], [2, [-25, 9], []]],
               [["acheté", [[2, [7], []]]], ["achète", [[0, [3], []]]]]]]]
WORDS_OTHER = [[["achet", [[0, [-25, 9], []], [2, [-25, 4], []]],
                 [["achète", [[2, [3], []]]], ["acheté", [[0, [7], []]]]]]]]


def test_pages_are_numbered_by_content_whatever_order_the_files_were_listed_in() -> None:
    one, other = page_numbers(META_ONE), page_numbers(META_OTHER)
    assert renumbered_words(WORDS_ONE, one) == renumbered_words(WORDS_OTHER, other) == [[[
        "achet", [[1, [-25, 4], []], [1, [-25, 9], []]],
        [["acheté", [[2, [7], []]]], ["achète", [[1, [3], []]]]],  # code point order
    ]]]
    names = {"fr_w1": "fr_w", "fr_w2": "fr_w", "fr_f1": "fr_f", "fr_f2": "fr_f"}
    assert renumbered_meta(META_ONE, one, names) == renumbered_meta(META_OTHER, other, names)
    assert renumbered_meta(META_ONE, one, names)[1] == [["fr_a", 20], ["fr_b", 10],
                                                        ["fr_c", 30]]
    assert renumbered_meta(META_ONE, one, names)[4] == [["prix", [2, 1, 0]]]


@pytest.mark.parametrize(("data", "message"), [
    (b"not gzip", "not gzip data"),
    (gzip.compress(b"something_else\x80"), "no pagefind_dcd signature"),
    (gzip.compress(b"pagefind_dcd\x82\x01"), "truncated"),
    (gzip.compress(b"pagefind_dcd\x1f"), "invalid CBOR"),
])
def test_an_unknown_format_is_reported_not_guessed(tmp_path: Path, data: bytes,
                                                   message: str) -> None:
    path = tmp_path / "x.pf_meta"
    path.write_bytes(data)
    with pytest.raises(FormatError, match=message):
        read(path)
