"""Make Pagefind's bundle byte-identical from one build to the next.

Pagefind 1.5 numbers pages in the order the file system lists them, which differs from
one machine (or file system) to another, and lists each filter's values in hash-map
order, which changes from run to run (see Pagefind issue #638); every file is named
after a hash of its bytes, so the metadata that names them changes too, as does the
order of languages in `pagefind-entry.json`. Vitrine promises the same output for the
same input, so after indexing we number each language's pages in the order of their
content hashes, rewrite the word indexes, filters and sorts to match, sort the filter
values, rename the files after their new bytes and rewrite the metadata and entry file.

The files are gzip-compressed CBOR behind a `pagefind_dcd` signature, read and written
with cbor2. A structure this module does not know is reported rather than guessed at,
so that a Pagefind upgrade that changes the format fails the build loudly instead of
shipping a broken index.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

import cbor2

SIGNATURE = b"pagefind_dcd"


class FormatError(Exception):
    """A Pagefind file is not in the format this module knows."""


def read(path: Path) -> Any:
    try:
        data = gzip.decompress(path.read_bytes())
    except (OSError, EOFError) as error:
        raise FormatError(f"{path.name}: not gzip data: {error}") from None
    if not data.startswith(SIGNATURE):
        raise FormatError(f"{path.name}: no {SIGNATURE.decode()} signature")
    try:
        value = cbor2.loads(data[len(SIGNATURE):])
    except cbor2.CBORDecodeEOF as error:
        raise FormatError(f"{path.name}: truncated CBOR: {error}") from None
    except cbor2.CBORDecodeError as error:
        raise FormatError(f"{path.name}: invalid CBOR: {error}") from None
    return value


def packed(value: Any) -> bytes:
    """The file bytes for `value`: gzip without a timestamp, so equal values give equal bytes."""
    return gzip.compress(SIGNATURE + cbor2.dumps(value), compresslevel=9, mtime=0)


def content_name(lang: str, data: bytes, digits: int) -> str:
    return f"{lang}_{hashlib.sha256(data).hexdigest()[:digits]}"


def _lang(name: str) -> str:
    return name.rsplit("_", 1)[0]


def _renamed(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, list):
        return [_renamed(item, names) for item in value]
    if isinstance(value, dict):
        return {key: _renamed(item, names) for key, item in value.items()}
    return value


def page_numbers(meta: Any) -> dict[int, int]:
    """New page numbers for a language's metadata `[version, pages, …]`: pages in the
    order of their fragment hash, which depends on their content only."""
    if not (isinstance(meta, list) and len(meta) >= 5 and isinstance(meta[1], list)
            and all(isinstance(page, list) and page for page in meta[1])):
        raise FormatError("a metadata file is not [version, [[page hash, words], …], …]")
    order = sorted(range(len(meta[1])), key=lambda number: str(meta[1][number][0]))
    return {old: new for new, old in enumerate(order)}


def renumbered_words(chunk: Any, numbers: dict[int, int]) -> Any:
    """A word index chunk `[[word, …], …]` with its pages renumbered."""
    if not (isinstance(chunk, list) and chunk and isinstance(chunk[0], list)):
        raise FormatError("a word index is not [words, …]")
    return [[_renumbered_word(word, numbers) for word in chunk[0]], *chunk[1:]]


def _renumbered_word(word: Any, numbers: dict[int, int]) -> Any:
    """`[word, [[page delta, locations, …], …], [variant, …]]` renumbered: a word (and
    each form of it as written, listed the same way) gives its pages in increasing
    order, each page number as the difference from the previous one; its forms are
    listed in the order of their text."""
    if not (isinstance(word, list) and len(word) >= 2 and isinstance(word[1], list)):
        raise FormatError("a word index entry is not [word, pages, …]")
    number, pages = 0, []
    for page in word[1]:
        number += page[0]
        pages.append([numbers[number], *page[1:]])
    pages.sort(key=lambda page: page[0])
    deltas = [[page[0] - previous[0], *page[1:]]
              for previous, page in zip([[0], *pages], pages, strict=False)]
    variants = [sorted((_renumbered_word(variant, numbers) for variant in word[2]),
                       key=lambda variant: str(variant[0]))] if (
        len(word) > 2 and isinstance(word[2], list)) else []
    return [word[0], deltas, *variants, *word[2 + len(variants):]]


def renumbered_filter(value: Any, numbers: dict[int, int]) -> Any:
    """A filter index `[name, [[value, [page, …]], …]]` renumbered, its values in order."""
    if not (isinstance(value, list) and len(value) == 2 and isinstance(value[1], list)):
        raise FormatError("a filter index is not [name, values]")
    entries = [[entry[0], sorted(numbers[page] for page in entry[1])] for entry in value[1]]
    return [value[0], sorted(entries, key=lambda entry: (str(entry[0]), entry[1]))]


def renumbered_meta(meta: Any, numbers: dict[int, int], names: dict[str, str]) -> Any:
    """A language's metadata `[version, pages, word chunks, filters, sorts, …]` with its
    pages in their new order, its files renamed and its filters listed by name."""
    if not all(isinstance(meta[i], list) for i in (2, 3, 4)):
        raise FormatError("a metadata file is not [version, pages, words, filters, sorts, …]")
    pages = [meta[1][old] for old in sorted(numbers, key=numbers.__getitem__)]
    sorts = [[entry[0], [numbers[page] for page in entry[1]]] for entry in meta[4]]
    renamed = _renamed([meta[2], sorted(meta[3])], names)
    return [meta[0], pages, *renamed, sorts, *meta[5:]]


def _rewrite(path: Path, lang: str, value: Any, digits: int, prefix: str = "") -> str:
    """Write `value` in place of `path`, named after its bytes; return the new name."""
    data = packed(value)
    name = content_name(lang, data, digits)
    path.unlink()
    path.with_name(f"{prefix}{name}{path.suffix}").write_bytes(data)
    return name


def canonicalize(bundle: Path) -> None:
    """Rewrite `bundle` (a Pagefind output folder) so that it depends only on its content:
    not on the order in which the file system listed the pages, nor on hash-map order."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for info in entry.get("languages", {}).values():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = read(meta_path)
        numbers = page_numbers(meta)
        names: dict[str, str] = {}
        for chunk in meta[2]:
            path = bundle / "index" / f"{chunk[2]}.pf_index"
            names[chunk[2]] = _rewrite(path, _lang(chunk[2]),
                                       renumbered_words(read(path), numbers), 7)
        for listed in meta[3]:
            path = bundle / "filter" / f"{listed[1]}.pf_filter"
            names[listed[1]] = _rewrite(path, _lang(listed[1]),
                                        renumbered_filter(read(path), numbers), 7)
        info["hash"] = _rewrite(meta_path, _lang(info["hash"]),
                                renumbered_meta(meta, numbers, names), 10, prefix="pagefind.")
    entry_path.write_text(
        json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8",
    )
