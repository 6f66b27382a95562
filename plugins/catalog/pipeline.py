"""The build as named phases: who runs when, in which order, with what.

Pelican reads every file, then writes every page. Vitrine's plugins take part in the
build through the phases below, not through Pelican's signals: blinker, which carries
those, calls their receivers in an undefined order, so nothing may depend on the order
of `PLUGINS`. A receiver registers with a name and a priority (higher runs first; equal
priorities run by name), as Python-Markdown registers processors and MkDocs orders event
handlers, so the order is data: `make phases` prints it for the site's plugins.

phase        gets → returns           when; receivers by priority
check_files  Sources → ContentErrors  front matter read and validated, in the build and
                                      in `make check`
                                      100 compare.specs, 100 reviews.files,
                                      100 seo.return-policy-page
check        Site → ContentErrors     every file read, validated and cross-referenced
                                      (the catalog's own checks run first)
                                      100 compare.blocks, 100 feeds.ids, 100 images.files,
                                      100 payments.buy-buttons, 100 payments.links
pages        Site → PageToWrites      asked once while checking, so that URL collisions
                                      are reported with every other mistake
                                      100 compare.pages, 100 offline.pages,
                                      100 paper.pages, 100 payments.after-payment,
                                      100 search.pages
attach       Site → None              only when every check passed: the declared views
                                      1000 catalog.links, 500 reviews.ratings (others
                                      read `rating`), 100 epub.files, 100 feeds.links,
                                      100 images.pictures, 100 offline.latest-update,
                                      100 payments.options
(render)                              Pelican's pages, then the catalog's: those whose
                                      inputs changed on every core (`inputs.py`), the
                                      others from the last build (`pagecache.py`)
written      Output → None            every page written into the staging folder
                                      400 fingerprint.theme (CSS, JS named by content),
                                      300 epub.files, 300 feeds.files, 300 images.files,
                                      300 security_headers.files, 300 site_icons.files
                                      (files), 280 paper.print (the PDFs, from the
                                      pages and files written), 250 seo.sitemap
                                      (sitemap.xml, robots.txt),
                                      200 search.index (reads the HTML),
                                      100 offline.worker (lists and hashes every file)
swap         Output → None            last, when everything before succeeded
                                      0 atomic_output.swap

Phases `check_files`, `check` and `pages` are pure: they read the validated content and
return what they found; only `attach` sets data on products, and only the declared views.
A receiver that stops the build (`stop_build`) leaves the previous `output/` in place.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from .errors import ContentError
from .inputs import is_recording, memo_input, read, recording
from .registry import Settings

if TYPE_CHECKING:
    from .contents import Product
    from .model import Catalog, PageToWrite

# Where the checked site of a build waits, in Pelican's settings, for rendering and the
# `written` phase.
SITE_KEY = "vitrine.site"

A = TypeVar("A")
R = TypeVar("R")


@dataclass(frozen=True)
class Receiver(Generic[A, R]):
    name: str  # "<plugin>.<what>", unique within its phase
    priority: int
    function: Callable[[A], R]


class Phase(Generic[A, R]):
    """A named step of the build and the receivers that take part in it, in order."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._receivers: dict[str, Receiver[A, R]] = {}

    def register(self, name: str, priority: int) -> Callable[[Callable[[A], R]],
                                                             Callable[[A], R]]:
        """Decorator: take part in this phase as `name`, at `priority`. Registering a name
        again replaces it (Pelican may call a plugin's `register()` more than once)."""

        def add(function: Callable[[A], R]) -> Callable[[A], R]:
            self._receivers[name] = Receiver(name, priority, function)
            return function

        return add

    @property
    def receivers(self) -> list[Receiver[A, R]]:
        return sorted(self._receivers.values(), key=lambda r: (-r.priority, r.name))

    def run(self, argument: A) -> list[R]:
        """Call every receiver in order; their results, in that order. With TIMINGS set
        in the environment (`make html TIMINGS=1`), each receiver's time is printed."""
        results = []
        for receiver in self.receivers:
            started = time.perf_counter()
            results.append(receiver.function(argument))
            print_timing(self.name, receiver.name, time.perf_counter() - started)
        return results


def print_timing(phase: str, what: str, seconds: float) -> None:
    """One line of `make html TIMINGS=1` (on standard error, with the build's warnings)."""
    if os.environ.get("TIMINGS"):
        print(f"Timing: {phase:<12} {what:<32} {seconds:7.3f} s", file=sys.stderr)


def print_rendered(save_as: Sequence[str]) -> None:
    """With TIMINGS set, which pages were rendered (the others came from the cache)."""
    if os.environ.get("TIMINGS"):
        for page in save_as:
            print(f"Rendered: {page}", file=sys.stderr)


class Named(Protocol):
    """A category or an industry as Pelican gives it: its name and URL slug."""

    @property
    def name(self) -> str: ...
    @property
    def slug(self) -> str: ...


class ProductSource(Protocol):
    """What `check_files` receivers may read of a product: validated front matter."""

    source_path: str
    source_lines: dict[str, int]
    slug: str
    lang: str
    sku: str
    specs: dict[str, Any]

    @property
    def category(self) -> Named: ...


class PageSource(Protocol):
    source_path: str
    slug: str
    lang: str


class Memo:
    """Results shared between the phases of one build (see `once`)."""

    _memo: dict[str, Any]

    def once(self, key: str, compute: Callable[[], R]) -> R:
        """`compute()`, computed once per build under `key` ("<plugin>.<what>"): a check
        and an attach receiver of one plugin share a result without a global.

        A page that reads the result has it among its inputs (`inputs.py`): the result
        itself when it was made before rendering, else what was read to make it."""
        made = self._memo.get(key)
        if made is None:
            if is_recording():
                with recording() as used:
                    made = Made(compute(), frozenset(used))
            else:
                made = Made(compute(), None)
            self._memo[key] = made
        read((memo_input(key),) if made.inputs is None else made.inputs)
        result: R = made.value
        return result

    def made_before_rendering(self, key: str) -> Made | None:
        """The result `once` keeps under `key`, if it was made before pages rendered."""
        made = self._memo.get(key)
        return made if made is not None and made.inputs is None else None


@dataclass(frozen=True)
class Made:
    """A result of `Memo.once` and, when it was made while a page rendered, the inputs
    read to make it."""

    value: Any
    inputs: frozenset[str] | None


@dataclass(frozen=True)
class Sources(Memo):
    """The validated front matter of every product and page (the build and `make check`)."""

    products: Sequence[ProductSource]  # originals and translations
    pages: Sequence[PageSource]
    settings: Settings
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Site(Memo):
    """The whole site, read, validated and cross-referenced, before anything is written."""

    catalog: Catalog
    products: tuple[Product, ...]  # every product in every language
    contents: tuple[Any, ...]  # every page, case study and product to be written
    content_pages: tuple[Any, ...]  # the published pages (about, legal…), for their slugs
    settings: Settings
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def pages_to_write(self) -> list[PageToWrite]:
        """The catalog's pages and every plugin's (the `pages` phase), asked once."""
        return [*self.catalog.pages_to_write,
                *(page for found in pages.run(self) for page in found)]

    def sources(self) -> Sources:
        """The site as `check_files` receivers see it (sharing this build's `once`)."""
        return Sources(self.products, self.content_pages, self.settings, self._memo)


@dataclass(frozen=True)
class Output:
    """The site written into its staging folder, about to be swapped in."""

    folder: Path
    site: Site

    def known_digest(self, relative: str) -> bytes | None:
        """The SHA-256 of a page the catalog wrote (`relative` to `folder`), while the
        file has the size and modification time it was written with, else None: a
        plugin that hashes every file reads only the others."""
        written: dict[str, tuple[bytes, int, int]] = self.site.once(WRITTEN_PAGES, dict)
        found = written.get(relative)
        if found is None:
            return None
        digest, size, modified = found
        try:
            now = (self.folder / relative).stat()
        except OSError:
            return None
        return digest if (now.st_size, now.st_mtime_ns) == (size, modified) else None


# The catalog's pages as written: their SHA-256, size and modification time, by path.
WRITTEN_PAGES = "catalog.written-pages"


check_files: Phase[Sources, list[ContentError]] = Phase("check_files")
check: Phase[Site, list[ContentError]] = Phase("check")
pages: Phase[Site, list[PageToWrite]] = Phase("pages")
attach: Phase[Site, None] = Phase("attach")
written: Phase[Output, None] = Phase("written")
swap: Phase[Output, None] = Phase("swap")

PHASES: tuple[Phase[Any, Any], ...] = (check_files, check, pages, attach, written, swap)


def describe() -> str:
    """The phases and their receivers, in the order they run."""
    lines = []
    for phase in PHASES:
        lines.append(phase.name)
        lines += [f"  {r.priority:>5}  {r.name}" for r in phase.receivers] or ["  (none)"]
    return "\n".join(lines)


def load_plugins(settings: dict[str, Any]) -> None:
    """Register the site's plugins as Pelican does, for commands that run no build."""
    for name in settings.get("PLUGINS") or []:
        plugin = importlib.import_module(name) if isinstance(name, str) else name
        if hasattr(plugin, "register"):
            plugin.register()
