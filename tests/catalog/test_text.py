"""Text every output format can hold; names told apart as readers tell them apart."""

from __future__ import annotations

import json

from catalog.text import name_key, unwanted_characters
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree


@settings(max_examples=500)
@given(st.text(st.characters(codec="utf-8"), max_size=40))
def test_text_without_unwanted_characters_fits_xml_and_json(text: str) -> None:
    """What passes the check can be written by the EPUB/XML writers and into JSON."""
    if list(unwanted_characters(text)):
        return
    element = etree.Element("p")
    element.text = text  # lxml refuses what XML 1.0 cannot hold
    assert etree.fromstring(etree.tostring(element, encoding="utf-8")).text == (text or None)
    assert json.loads(json.dumps(text, ensure_ascii=False)) == text


@given(st.text(st.characters(codec="utf-8", categories=["Cc", "Cf", "Cs"]), min_size=1))
def test_each_unwanted_character_is_named_at_its_place(text: str) -> None:
    for offset, message in unwanted_characters(text):
        assert f"U+{ord(text[offset]):04X}" in message


def test_french_typography_and_emoji_are_kept() -> None:
    text = "« Prix\u00a0: 12\u202f€ » 👩\u200d💻 co\u00adopération\t!"
    assert list(unwanted_characters(text)) == []


def test_names_that_look_the_same_are_the_same() -> None:
    assert name_key("Essen\u200btiel") == name_key("essentiel") == name_key("ＥＳＳＥＮＴＩＥＬ")
    assert name_key("Café") == name_key("Cafe\u0301")
    assert name_key("Pack  Pro ") == name_key("pack pro")
    assert name_key("Pack Pro") != name_key("Pack Plus")
