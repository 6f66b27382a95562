"""Catalog pages written again from the bytes of the last build when nothing they are
made of changed (`inputs.py` says what a page is made of).

A page is reused when its *key* and the digest of each of its recorded inputs are those
of the last build. The key is the site digest with the page's template, place, language
and variables; the site digest covers what every page may read without it being
recorded:

- the code and templates: every file of the theme and of the plugins (not their
  `node_modules`), the Python version and the installed packages' versions;
- the settings, the templates' globals and Pelican's context (the site's structure:
  every content by path, each product's place, the catalog's groups), pickled
  canonically;
- every content that is not a product (pages, case studies, static files), by value:
  they are few, and Pelican's own classes cannot record their readers.

    cache/pelican/pages/records.pickle     {save_as: Record}, sealed (`cachefiles`)
    cache/pelican/pages/<ab>/<sha256>      a page's bytes, named by their SHA-256

A damaged or missing entry is a page rendered again; a value the digest cannot read
turns the cache off for the build, with one line that says why.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import sysconfig
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cachefiles import load_file, load_named, store_file, store_named
from .categories import load_definitions
from .contents import Product
from .inputs import STRUCTURE, Unpicklable, content_digest, digest
from .model import PageToWrite

FOLDER = "pages"
RECORDS = "records.pickle"
FORMAT = 1  # bump when what a record means changes
# Pelican's maps of contents by path, filled in the order files were read.
BY_PATH = frozenset({"generated_content", "static_content"})
SKIPPED_FOLDERS = frozenset({"__pycache__", "node_modules"})


@dataclass(frozen=True)
class Record:
    """What one page was made of, and the digest of the bytes written."""

    key: str
    inputs: tuple[tuple[str, str], ...]  # (input, its digest), sorted
    body: str


def code_digest(folders: Iterable[str]) -> str:
    """Every file below `folders` (theme, plugins), the Python version and the
    installed packages (their `.dist-info` folders name their versions)."""
    sha = hashlib.sha256(f"{FORMAT}".encode())
    packages = sysconfig.get_paths()["purelib"]
    if os.path.isdir(packages):
        sha.update(repr(sorted(n for n in os.listdir(packages) if n.endswith(".dist-info")))
                   .encode())
    sha.update(sys.version.encode())
    for top in sorted(folders):
        for folder, subfolders, files in os.walk(top):
            subfolders[:] = sorted(name for name in subfolders
                                   if name not in SKIPPED_FOLDERS and not name.startswith("."))
            for name in sorted(files):
                path = os.path.join(folder, name)
                sha.update(path.encode() + b"\0")
                with open(path, "rb") as file:
                    sha.update(hashlib.sha256(file.read()).digest())
    return sha.hexdigest()


def site_digest(settings: dict[str, Any], context: dict[str, Any], site: Any,
                template_globals: dict[str, Any]) -> str:
    """What every page may read: code, settings, the templates' globals (what plugins
    give them, made from settings and the environment), the site's structure, every
    content that is not a product. Raises `Unpicklable`."""
    folders = [settings["THEME"], *settings.get("PLUGIN_PATHS", [])]
    shown = {key: sorted(value.items()) if key in BY_PATH else value
             for key, value in context.items() if value is not site}
    reached: list[Any] = []
    structure = digest(shown, settings, reached=reached)
    contents = sorted({id(c): c for c in reached}.values(), key=lambda c: c.source_path)
    places = [[getattr(c, name, None) for name in STRUCTURE]
              for c in contents if isinstance(c, Product)]
    others = [c for c in contents if not isinstance(c, Product)]
    return hashlib.sha256("\n".join([
        code_digest(folders),
        digest(template_globals, settings),
        structure,
        digest(places, settings),
        *(f"{c.source_path} {content_digest(c, settings)}" for c in others),
    ]).encode()).hexdigest()


class PageCache:
    """The records of the last build and the bytes they name, under `folder`."""

    def __init__(self, folder: Path, site_key: str, settings: dict[str, Any],
                 current: Callable[[str], str | None]) -> None:
        self.folder = folder
        self.site_key = site_key
        self.settings = settings
        self.current = current  # an input's digest in this build, None if it is gone
        self.records = self._load()

    def key(self, page: PageToWrite) -> str | None:
        """The page's key, None when its variables cannot be read (never reused)."""
        try:
            variables = digest(page.variables, self.settings)
        except Unpicklable:
            return None
        return hashlib.sha256(
            f"{self.site_key} {page.template} {page.save_as} {page.lang} {variables}".encode()
        ).hexdigest()

    def reusable(self, page: PageToWrite, key: str | None) -> bytes | None:
        """The bytes written last time, when nothing the page is made of changed."""
        record = self.records.get(page.save_as)
        if key is None or record is None or record.key != key:
            return None
        if any(self.current(name) != was for name, was in record.inputs):
            return None
        return load_named(self.folder, record.body)

    def keep(self, key: str | None, inputs: Iterable[str], data: bytes) -> Record | None:
        """Store a page just rendered (in the worker that rendered it)."""
        if key is None:
            return None
        digests = sorted((name, self.current(name)) for name in inputs)
        if any(value is None for _, value in digests):
            return None
        body = store_named(self.folder, data)
        return Record(key, tuple((name, str(value)) for name, value in digests), body)

    def save(self, records: dict[str, Record]) -> None:
        """Keep `records` (this build's pages) and the bytes they name; drop the rest."""
        store_file(self.folder / RECORDS, pickle.dumps((FORMAT, records)))
        named = {record.body for record in records.values()}
        for shard in self.folder.iterdir():
            if shard.is_dir() and len(shard.name) == 2:
                for entry in shard.iterdir():
                    if entry.name not in named:
                        entry.unlink(missing_ok=True)

    def _load(self) -> dict[str, Record]:
        data = load_file(self.folder / RECORDS)
        try:
            version, records = pickle.loads(data) if data else (None, {})
        except (pickle.UnpicklingError, ValueError, TypeError, AttributeError, EOFError):
            return {}
        return records if version == FORMAT and isinstance(records, dict) else {}


class CurrentInputs:
    """The digest of each input in this build, computed once (`None`: it is gone, or
    cannot be read, so a page that read it is rendered again)."""

    def __init__(self, site: Any, settings: dict[str, Any]) -> None:
        self.site = site
        self.settings = settings
        self.products = {product.source_path: product for product in site.products}
        self.known: dict[str, str | None] = {}

    def digest(self, name: str) -> str | None:
        if name not in self.known:
            try:
                self.known[name] = self._digest(name)
            except Unpicklable:
                self.known[name] = None
        return self.known[name]

    def digest_every_product(self) -> None:
        for path in self.products:
            self.digest(path)

    def _digest(self, name: str) -> str | None:
        kind, _, rest = name.partition(":")
        if kind == "definition":
            lang, _, category = rest.partition(":")
            return digest(load_definitions(self.settings)[0].of(category, lang))
        if kind == "memo":
            made = self.site.made_before_rendering(rest)
            return None if made is None else digest(made.value, self.settings)
        product = self.products.get(name)
        return None if product is None else content_digest(product, self.settings)


def write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def written_pages(folder: Path, records: dict[str, Record]) -> dict[str, tuple[bytes, int, int]]:
    """Each page as written: its SHA-256 (its body's name), size and modification time."""
    written = {}
    for save_as, record in records.items():
        stat = (folder / save_as).stat()
        written[save_as] = (bytes.fromhex(record.body), stat.st_size, stat.st_mtime_ns)
    return written
