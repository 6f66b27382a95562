"""The theme's templates, compiled once and kept between builds.

Pelican makes new Jinja environments on every run, and each compiled the whole theme
again: about 0.75 s of every build of the demo site, warm or cold, and of every rebuild of
the live preview. Jinja can keep compiled templates in a bytecode cache; this one keeps
them in the cache folder as checked entries (`cachefiles`), so a damaged one is compiled
again. Jinja stores each template's source checksum with its code, and the Python and
Jinja versions in its header: an edited template, or another interpreter, compiles anew.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from .cachefiles import load_file, store_file


class CompiledTemplates(jinja2.BytecodeCache):
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def load_bytecode(self, bucket: Bucket) -> None:
        code = load_file(self.folder / f"{bucket.key}.jinja")
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        store_file(self.folder / f"{bucket.key}.jinja", bucket.bytecode_to_string())
