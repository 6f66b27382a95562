"""Text every output format can hold, and names compared the way readers see them.

Control characters crash the XML and EPUB writers and mean nothing in a page; invisible
format characters (zero-width spaces, byte-order marks, direction overrides) make two
names that look the same differ, or make text read in another order than it is stored.
Editors paste them from word processors and web pages without knowing, so they are
content errors with their line: what a reader cannot see, an editor cannot fix either.

Kept: tabs and line breaks; the soft hyphen (a hyphenation hint), the zero-width joiner
and non-joiner (emoji sequences, some scripts) and the tag characters of flag emoji;
every kind of space, the no-break spaces of French typography included.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

ALLOWED_CONTROLS = frozenset("\t\n\r")
ALLOWED_FORMAT = frozenset({"\u00ad", "\u200c", "\u200d"} | {chr(c) for c in range(0xE0020,
                                                                                   0xE0080)})
DIRECTION = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
                      "\u061c")


# Everything kept that str.isprintable() would not call printable, but private-use
# characters (icon fonts) and characters newer than Python's Unicode tables.
SEEN = {ord(c): None for c in (*ALLOWED_CONTROLS, *ALLOWED_FORMAT, "\u00a0", "\u1680",
                               *map(chr, range(0x2000, 0x200b)), "\u2028", "\u2029",
                               "\u202f", "\u205f", "\u3000")}
KEPT_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Co", "Cn"})


def unwanted_characters(text: str) -> Iterator[tuple[int, str]]:
    """(offset, message) for each character of `text` that has no place in content."""
    if text.translate(SEEN).isprintable():  # nearly always: one pass in C
        return
    for offset, char in enumerate(text):
        if char.isprintable() or ord(char) in SEEN:
            continue
        category = unicodedata.category(char)
        if category in KEPT_CATEGORIES and not _noncharacter(char):
            continue
        yield offset, _message(char, category)


def first_unwanted(text: str) -> list[str]:
    """The message for the first character of `text` that has no place in content, with
    how many more there are; [] when there is none."""
    found = list(unwanted_characters(text))
    if not found:
        return []
    more = f" ({len(found) - 1} more in this text)" if len(found) > 1 else ""
    return [found[0][1] + more]


def _noncharacter(char: str) -> bool:
    code = ord(char)
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE


def _message(char: str, category: str) -> str:
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "").lower()
    named = f"{code} ({name})" if name else code
    if category == "Cc":
        return f"control character {named}: delete it (it breaks the EPUB and XML files)"
    if char in DIRECTION:
        return (f"invisible direction mark {named}: delete it (it shows the text around it "
                "in another order than it is written)")
    if category == "Cf":
        return f"invisible character {named}: delete it (pasted text often carries one)"
    return f"{named} is not a character: delete it"


def name_key(name: str) -> str:
    """What tells two names apart for a reader: compatibility forms, invisible
    characters, runs of spaces and case do not."""
    visible = "".join(c for c in unicodedata.normalize("NFKC", name)
                      if unicodedata.category(c) != "Cf")
    return " ".join(visible.split()).casefold()
