"""Finding the line of a content file that a mistake is about, and substituting rendered
partials for the placeholders Markdown left in a page.

Every plugin reports its mistakes at a line: the line of a front-matter field
(`error_at`), or the first line that mentions some text (`line_mentioning`), optionally
within a range of lines (a block). Placeholders (buy buttons, comparison blocks, body
images) are written while Markdown is read, before the catalog exists, and replaced
when a page is rendered (`substitute`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from functools import lru_cache
from re import Match
from typing import Any, TypeVar

from markupsafe import Markup

from .errors import ContentError

T = TypeVar("T")


def display_path(path: str) -> str:
    """`path` as editors see it: relative to the working directory when inside it, on
    one line (a line break or control character in a file name is shown escaped)."""
    relative = os.path.relpath(path)
    return printable(path if relative.startswith("..") else relative)


def fault_message(error: OSError, output: str) -> str:
    """One line for a fault of the machine, not of the content (a full disk, a folder
    that cannot be written, a file gone during the build): its paths, its cause, and
    what became of the site in `output`."""
    paths = " -> ".join(display_path(os.fsdecode(path))
                        for path in (error.filename, error.filename2) if path is not None)
    cause = error.strerror or type(error).__name__
    return (f"{paths + ': ' if paths else ''}{cause}; the build stopped, "
            f"{display_path(output)}/ is as it was")


def printable(text: str) -> str:
    """`text` with what a terminal would not show as itself escaped: "a\\nb"."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii")
                   for c in text)


def source_lines(path: str) -> list[str]:
    """The lines of the text file at `path` (read once per version of the file)."""
    stat = os.stat(path)
    return list(_read_lines(path, stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=64)
def _read_lines(path: str, _mtime: int, _size: int) -> tuple[str, ...]:
    with open(path, encoding="utf-8") as source:
        return tuple(source.read().split("\n"))


def line_mentioning(path: str, text: str, first: int = 1, last: int | None = None,
                    *, ignore_case: bool = False, default: int | None = None) -> int:
    """The first line, from `first` to `last` (the end of the file when None), of the
    file at `path` that contains `text`; `default` (else `first`) when none does."""
    lines = source_lines(path)
    found = line_in(lines[:last][max(first, 1) - 1:], text, ignore_case=ignore_case)
    if found is None:
        return first if default is None else default
    return first - 1 + found


def line_in(lines: list[str], text: str, *, ignore_case: bool = False,
            default: int | None = None) -> int | None:
    """The number (from 1) of the first of `lines` that contains `text`, else `default`."""
    needle = text.lower() if ignore_case else text
    for number, line in enumerate(lines, start=1):
        if needle in (line.lower() if ignore_case else line):
            return number
    return default


def error_at(content: Any, field: str, message: str) -> ContentError:
    """A ContentError about `field` of a read content object, on the line of that field
    (`offers[1].pay`, else `offers`, else the first line)."""
    lines: dict[str, int] = getattr(content, "source_lines", {})
    line = lines.get(field) or lines.get(field.split("[")[0]) or 1
    return ContentError(display_path(content.source_path), line, field, message)


def error_mentioning(content: Any, text: str, message: str, field: str = "body") -> ContentError:
    """A ContentError on the first line of `content`'s file that mentions `text`."""
    return ContentError(display_path(content.source_path),
                        line_mentioning(content.source_path, text), field, message)


def substitute(html: str, found: Iterable[tuple[Match[str], T]],
               render: Callable[[T], str | None]) -> Markup:
    """`html` with each match replaced by `render(item)`, or left as written when that
    returns None. `html` is trusted markup (rendered Markdown); so is what `render` gives."""
    pieces, start = [], 0
    for match, item in found:
        shown = render(item)
        if shown is None:
            continue
        pieces += [html[start:match.start()], shown]
        start = match.end()
    return Markup("".join([*pieces, html[start:]]))
