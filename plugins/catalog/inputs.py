"""What a page is made of: recorded while it renders, compared on the next build.

A catalog page is a function of the code, the templates and their translations, the
settings, the site's structure, its own variables, and the content it reads. The first
four are the *site digest* (`pagecache.py`), the structure with each product's
`STRUCTURE` attributes (what listings group and sort by); the page's variables are in
its key; the content a page reads is recorded, per page, as *inputs*:

input                   recorded when                          its digest
a product (its path)    a template or a filter reads any       its attributes after
                        attribute of it (`read_attribute`)    `attach`, pickled
"definition:<l>:<c>"    `Definitions.of` is asked for it      the definition, pickled
"memo:<key>"            a page reads a `Memo.once` result      the result, pickled
                        made before rendering
(a result made while    its inputs are recorded when it is     —
rendering)              made and again for every page that
                        reads it

So a filter that reads products for one page and keeps the result for the next cannot
hide them from the second: `Memo.once` records them with the result. Values are pickled
canonically (`digest`): no pickle memo, so equal values give equal bytes whatever objects
they share; sets sorted; other contents by path, the settings by name, functions and
modules by qualified name.

Recording is per process (the pages of one worker render one after another), hence the
module-level stack: `Product.__getattribute__` has no other way to find it.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import types
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from pelican.contents import Content

# The inputs of the page being rendered, innermost recording last.
_recording: list[set[str]] = []

# A content's attributes that are not its value: the whole site, and the settings
# (in the site digest).
NOT_VALUE = frozenset({"_context", "settings"})


# What places a product in the site, in the site digest: reading these records nothing,
# so that grouping and sorting a language's products (which every page's picks, menus
# and listings do) does not make every product an input of every page.
STRUCTURE = ("source_path", "lang", "slug", "category", "title", "url", "save_as",
             "translations", "in_default_lang", "kind")
_STRUCTURE = frozenset(STRUCTURE)


def read_attribute(self: Any, name: str) -> Any:
    """`Product.__getattribute__`: record the product as an input of the page."""
    if _recording and name not in _STRUCTURE:
        _recording[-1].add(object.__getattribute__(self, "source_path"))
    return object.__getattribute__(self, name)


def read(inputs: Iterable[str]) -> None:
    """Record `inputs` for the page being rendered, if one is."""
    if _recording:
        _recording[-1].update(inputs)


def is_recording() -> bool:
    return bool(_recording)


@contextmanager
def recording() -> Iterator[set[str]]:
    """Collect the inputs read inside the block; they count for the enclosing recording
    too (a `Memo.once` result made while a page renders is an input of that page)."""
    inputs: set[str] = set()
    _recording.append(inputs)
    try:
        yield inputs
    finally:
        _recording.pop()
        read(inputs)


def definition_input(category: str, lang: str) -> str:
    return f"definition:{lang}:{category}"


def memo_input(key: str) -> str:
    return f"memo:{key}"


class Unpicklable(ValueError):
    """A value the digest cannot read: pages that depend on it are not cached."""


def digest(value: Any, settings: Any = None, root: Any = None,
           reached: list[Any] | None = None) -> str:
    """The SHA-256 of `value` pickled canonically; `root` is the content whose own
    attributes these are (other contents are written by path, and added to `reached`)."""
    buffer = io.BytesIO()
    try:
        _Canonical(buffer, settings, root, reached).dump(value)
    except (pickle.PicklingError, TypeError, ValueError, AttributeError, RecursionError) as error:
        raise Unpicklable(f"{type(value).__name__}: {error}") from None
    return hashlib.sha256(buffer.getvalue()).hexdigest()


def content_digest(content: Any, settings: Any) -> str:
    """The digest of a content's value: its attributes but the site and the settings.
    Pelican sets each metadata key as an attribute too, so of `metadata` only the keys
    that are not attributes count (`summary`): half the work, the same digest."""
    attributes = vars(content)
    value = {key: item for key, item in attributes.items() if key not in NOT_VALUE}
    metadata = value.pop("metadata", None)
    if isinstance(metadata, dict):
        value["metadata"] = {key: item for key, item in metadata.items()
                             if key not in attributes}
    return digest(value, settings, content)


def _named(name: Any) -> Any:
    return name


_OWN = (_named,)
_PLAIN = frozenset({str, int, float, bool, type(None), bytes, list, tuple, dict})


class _Canonical(pickle.Pickler):
    def __init__(self, file: io.BytesIO, settings: Any, root: Any,
                 reached: list[Any] | None) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        # No memo: whether two equal strings are one object (read from the reader's
        # cache) or two (just parsed) must not change the bytes.
        self.fast = True
        self._settings = settings
        self._root = root
        self._reached = reached

    def persistent_id(self, obj: Any) -> Any:
        # Called for every object, sets too (`reducer_override` is not): their order
        # follows string hashes, which change from one process to the next.
        if type(obj) in _PLAIN and obj is not self._settings:  # most objects: fast
            return None
        if isinstance(obj, (set, frozenset)):
            return ("set", tuple(sorted(obj, key=repr)))
        if obj is self._settings and obj is not None:
            return "settings"
        if isinstance(obj, Content) and obj is not self._root:
            if self._reached is not None:
                self._reached.append(obj)
            return f"content:{obj.source_path}"
        return None

    def reducer_override(self, obj: Any) -> Any:
        # Functions by name, also those pickle cannot find (closures, lambdas, methods).
        if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                            types.ModuleType)) and obj not in _OWN:
            return _named, (f"{getattr(obj, '__module__', '')}."
                            f"{getattr(obj, '__qualname__', getattr(obj, '__name__', ''))}",)
        if callable(obj) and hasattr(obj, "cache_info"):  # functools.cache: what it wraps
            return _named, (obj.__wrapped__,)
        return NotImplemented
