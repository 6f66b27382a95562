"""Pelican reader for Markdown files that start with YAML front matter.

The reader only parses: YAML into plain data (with the line of every key) and the body
into HTML. Its result is what Pelican's reader cache stores, so it holds no model objects;
validation happens on every build, after the cache (see `metadata.py`), so that checks
which depend on other files (an image that was deleted) are never skipped.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any, ClassVar

import ada_url
import html5lib
import markdown
import yaml
from markdown import Markdown
from pelican.readers import BaseReader

from . import aligned_tables, body, editors_html, frontmatter, locate, text
from .body import body_errors
from .errors import ContentError, ContentErrors
from .frontmatter import FrontMatter, parse_front_matter
from .parallel import map_everywhere

# Bump when the shape of what `parse` returns changes: cached results of another shape
# are then never read (see `cache_folder`).
CACHE_FORMAT = 1

# Keys of the metadata dict this reader returns.
FRONT_MATTER = "front_matter"
FRONT_MATTER_LINES = "front_matter_lines"
READ_ERRORS = "read_errors"
SOURCE_FILE = "source_file"


def cache_folder(settings: dict[str, Any]) -> str:
    """A reader-cache folder of its own for each Markdown configuration.

    Pelican keys cached results by file only: after a change of MARKDOWN settings, of
    Markdown, PyYAML or the HTML parser, or of the code of this reader, it would serve
    results made the old way."""
    digest = hashlib.sha256(
        repr((CACHE_FORMAT, markdown.__version__, yaml.__version__, html5lib.__version__,
              ada_url.get_version(), settings["MARKDOWN"])).encode()
    )
    # The code whose output is cached.
    for module in (__file__, frontmatter.__file__, body.__file__, editors_html.__file__,
                   locate.__file__, text.__file__, aligned_tables.__file__):
        digest.update(Path(module).read_bytes())
    fingerprint = digest.hexdigest()[:12]
    return os.path.join(settings["CACHE_PATH"], f"markdown-{fingerprint}")


def prune_cache_folders(current: str) -> None:
    """Remove the cache folders of other Markdown configurations: their results are stale."""
    folder = Path(current)
    for other in folder.parent.glob("markdown-*"):
        if other != folder and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)


class FrontMatterReader(BaseReader):
    """Reads Markdown files: YAML front matter, then a Markdown body.

    It replaces Pelican's MarkdownReader, which adds the `meta` extension to MARKDOWN:
    that extension reads a body's first lines as metadata when they look like
    `Note: …`, and would silently drop them."""

    file_extensions: ClassVar[list[str]] = ["md", "markdown", "mkd", "mdown"]

    def __init__(self, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        self._markdown: Markdown | None = None
        self._prepared: dict[str, tuple[str, dict[str, Any]]] = {}

    def prepare(self, source_paths: list[str]) -> None:
        """Parse `source_paths` ahead of `read`, on every core."""
        wanted = self.settings.get("CATALOG", {}).get("processes", 0)
        results = map_everywhere(source_paths, self.parse, wanted)
        self._prepared.update(zip(source_paths, results, strict=True))

    def _converter(self) -> Markdown:
        # One converter per reader, reset between files: building a Markdown instance and
        # loading its extensions costs more than converting a typical product page.
        if self._markdown is None:
            config = self.settings["MARKDOWN"]
            listed = [*config.get("extensions", []), *config.get("extension_configs", {})]
            extensions = [e for e in dict.fromkeys(listed) if e != "markdown.extensions.meta"]
            self._markdown = Markdown(**{**config, "extensions": extensions})
        return self._markdown.reset()

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        prepared = self._prepared.pop(source_path, None)
        return prepared if prepared is not None else self.parse(source_path)

    def parse(self, source_path: str) -> tuple[str, dict[str, Any]]:
        # Errors keep the absolute path: this result is cached, the working directory may change.
        path = source_path
        try:
            front_matter = read_front_matter(path)
        except ContentErrors as errors:
            return "", {SOURCE_FILE: path, READ_ERRORS: errors.errors}
        html = self._converter().convert(front_matter.body)
        return html, {
            SOURCE_FILE: path,
            FRONT_MATTER: front_matter.data,
            FRONT_MATTER_LINES: front_matter.lines,
            READ_ERRORS: body_errors(html, front_matter.body, front_matter.body_line, path),
        }


class UnsupportedFormatReader(BaseReader):
    """Takes the place of Pelican's reStructuredText and HTML readers.

    Vitrine validates YAML front matter; a page in another format would skip every
    check (and break the theme), so it is reported as a content error instead."""

    file_extensions: ClassVar[list[str]] = ["rst", "html", "htm"]

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        return "", {SOURCE_FILE: source_path, READ_ERRORS: [unsupported_format(source_path)]}


def unsupported_format(path: str) -> ContentError:
    return ContentError(path, 1, "file", "only Markdown files (.md) with YAML front matter "
                        "are read; convert this file or move it out of the content folder")


def read_front_matter(path: str) -> FrontMatter:
    """Front matter and body of the content file at `path`; errors name `path` as given."""
    if path.endswith(tuple(f".{ext}" for ext in UnsupportedFormatReader.file_extensions)):
        raise ContentErrors([unsupported_format(path)])
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except UnicodeDecodeError as error:
        raise ContentErrors([ContentError(
            path, 1, "file", f"not UTF-8 text (byte {error.start}); save it as UTF-8")]) from None
    return parse_front_matter(text, path)
