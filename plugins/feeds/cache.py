"""Feeds written again only when what they say changed.

A feed is made from plain data (entries, items, addresses); its bytes are kept in the
cache folder under a digest of that data, of this package's code and of feedgenerator's
version, and an unchanged catalog copies them instead of writing the XML again (a
merchant feed of 2,000 offers takes a tenth of a second). Only the feeds of the last
build are kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from catalog.kit import drop_file, load_file, store_file


@cache
def _code_digest() -> bytes:
    """This package's source and feedgenerator's version: what turns the data into XML."""
    digest = hashlib.sha256(metadata.version("feedgenerator").encode())
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    return digest.digest()


class FeedCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()

    def feed(self, make: Callable[..., bytes], *args: Any, **kwargs: Any) -> bytes:
        """`make(*args, **kwargs)`, or what it gave for the same arguments (frozen
        dataclasses, strings, tuples: their repr says everything they hold)."""
        inputs = (make.__name__, args, sorted(kwargs.items()))
        key = hashlib.sha256(_code_digest() + repr(inputs).encode()).hexdigest()[:32]
        self.used.add(key)
        path = self.folder / f"{key}.xml"
        cached = load_file(path)
        if cached is not None:
            return cached
        data = make(*args, **kwargs)
        store_file(path, data)
        return data

    def prune(self) -> None:
        """Forget the feeds this build did not ask for."""
        for old in self.folder.glob("*.xml"):
            if old.stem not in self.used:
                drop_file(old)
