"""Make Pagefind's bundle byte-identical from one build to the next.

Pagefind 1.5 writes its word index and fragments deterministically, but the filter
indexes list each filter's values in hash-map order, which changes from run to run;
their file names are hashes of their bytes, and so the per-language metadata file that
names them changes too, as does the order of languages in `pagefind-entry.json` (see
Pagefind issue #638). Vitrine promises the same output for the same input, so after
indexing we sort the filter values, rename the files after their new bytes and rewrite
the metadata and the entry file to match.

The files are gzip-compressed CBOR behind a `pagefind_dcd` signature. Only the CBOR
Pagefind writes is handled (unsigned integers, byte and text strings, arrays, maps);
anything else is reported rather than guessed at, so that a Pagefind upgrade that changes
the format fails the build loudly instead of shipping a broken index.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

SIGNATURE = b"pagefind_dcd"


class FormatError(Exception):
    """A Pagefind file is not in the format this module knows."""


def _decode(data: bytes, at: int) -> tuple[Any, int]:
    head = data[at]
    major, info = head >> 5, head & 31
    at += 1
    if info < 24:
        length = info
    elif info <= 27:
        size = 1 << (info - 24)
        length = int.from_bytes(data[at:at + size], "big")
        at += size
    else:
        raise FormatError(f"unsupported CBOR item 0x{head:02x}")
    if major == 0:
        return length, at
    if major == 2:
        return bytes(data[at:at + length]), at + length
    if major == 3:
        return data[at:at + length].decode("utf-8"), at + length
    if major in (4, 5):
        items = []
        for _ in range(length * (2 if major == 5 else 1)):
            item, at = _decode(data, at)
            items.append(item)
        if major == 5:
            return dict(zip(items[::2], items[1::2], strict=True)), at
        return items, at
    raise FormatError(f"unsupported CBOR major type {major}")


def _head(major: int, length: int) -> bytes:
    if length < 24:
        return bytes([major << 5 | length])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if length < 1 << (8 * size):
            return bytes([major << 5 | info]) + length.to_bytes(size, "big")
    raise FormatError(f"integer too large for CBOR: {length}")


def _encode(value: Any) -> bytes:
    if isinstance(value, bool) or value is None:
        raise FormatError(f"unsupported value {value!r}")
    if isinstance(value, int):
        return _head(0, value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        encoded = value.encode("utf-8")
        return _head(3, len(encoded)) + encoded
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(_encode(item) for item in value)
    if isinstance(value, dict):
        return _head(5, len(value)) + b"".join(
            _encode(key) + _encode(item) for key, item in value.items()
        )
    raise FormatError(f"unsupported value {value!r}")


def read(path: Path) -> Any:
    try:
        data = gzip.decompress(path.read_bytes())
    except (OSError, EOFError) as error:
        raise FormatError(f"{path.name}: not gzip data: {error}") from None
    if not data.startswith(SIGNATURE):
        raise FormatError(f"{path.name}: no {SIGNATURE.decode()} signature")
    try:
        value, end = _decode(data, len(SIGNATURE))
    except (IndexError, UnicodeDecodeError) as error:
        raise FormatError(f"{path.name}: truncated or invalid CBOR: {error}") from None
    if end != len(data):
        raise FormatError(f"{path.name}: trailing bytes after the CBOR value")
    return value


def packed(value: Any) -> bytes:
    """The file bytes for `value`: gzip without a timestamp, so equal values give equal bytes."""
    return gzip.compress(SIGNATURE + _encode(value), compresslevel=9, mtime=0)


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


def sorted_filter(value: Any) -> Any:
    """A filter index `[name, [[value, [page, …]], …]]` with its values in order."""
    if not (isinstance(value, list) and len(value) == 2 and isinstance(value[1], list)):
        raise FormatError("a filter index is not [name, values]")
    return [value[0], sorted(value[1], key=lambda entry: (str(entry[0]), entry[1]))]


def sorted_meta(value: Any) -> Any:
    """A language's metadata `[version, pages, words, filters, sorts, …]` with its filter
    and sort files listed by name."""
    if not (isinstance(value, list) and len(value) >= 5
            and all(isinstance(value[i], list) for i in (3, 4))):
        raise FormatError("a metadata file is not [version, pages, words, filters, sorts, …]")
    return [*value[:3], sorted(value[3]), sorted(value[4]), *value[5:]]


def canonicalize(bundle: Path) -> None:
    """Rewrite `bundle` (a Pagefind output folder) so that it depends only on its content."""
    renamed: dict[str, str] = {}
    for path in sorted((bundle / "filter").glob("*.pf_filter")):
        data = packed(sorted_filter(read(path)))
        name = content_name(_lang(path.stem), data, 7)
        path.unlink()
        (bundle / "filter" / f"{name}.pf_filter").write_bytes(data)
        renamed[path.stem] = name
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for info in entry.get("languages", {}).values():
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        data = packed(sorted_meta(_renamed(read(meta_path), renamed)))
        info["hash"] = content_name(_lang(info["hash"]), data, 10)
        meta_path.unlink()
        (bundle / f"pagefind.{info['hash']}.pf_meta").write_bytes(data)
    entry_path.write_text(
        json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8",
    )
