"""Which images each page names, where, and what is wrong with them.

Pelican-facing but catalog-free: content objects are read through the attributes the
catalog gives them (`images`, `cover_images`, `source_lines`, `_content`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog.errors import ContentError

from .paths import link_problem, outside_problem
from .pictures import Picture
from .prose import MARK, marked_images

FRONT_MATTER_IMAGES = ("images", "cover_images")  # products' gallery, case studies' cover


@dataclass(frozen=True)
class Reference:
    """One image named by one page: in its front matter (`images[0].src`) or its body."""

    content: Any
    src: str
    field: str
    alt: str

    def error(self, message: str) -> ContentError:
        return ContentError(_display(self.content.source_path), self._line(), self.field,
                            message)

    def _line(self) -> int:
        if self.field != "body":
            lines: dict[str, int] = getattr(self.content, "source_lines", {})
            return lines.get(self.field) or lines.get(self.field.split("[")[0]) or 1
        with open(self.content.source_path, encoding="utf-8") as source:
            return next((n for n, line in enumerate(source, start=1) if self.src in line), 1)


def references(content: Any) -> Iterator[Reference]:
    for attribute in FRONT_MATTER_IMAGES:
        for index, image in enumerate(getattr(content, attribute, None) or []):
            yield Reference(content, image.src, f"images[{index}].src", image.alt)
    for _, attributes in marked_images(getattr(content, "_content", "") or ""):
        yield Reference(content, attributes[MARK], "body", attributes.get("alt", ""))


def locate(found: list[Reference], content_root: Path,
           folders: tuple[str, ...]) -> tuple[dict[str, Path], list[ContentError]]:
    """The files to process by path as written, and the errors of paths that cannot be.

    A missing file named in front matter is left to the catalog's schema, which
    reports it already."""
    files: dict[str, Path] = {}
    errors = []
    for reference in found:
        problem = outside_problem(reference.src, folders)
        path = content_root / reference.src
        if problem is None and path.is_file():
            problem = link_problem(path, content_root)
            if problem is None:
                files[reference.src] = path
        elif problem is None and reference.field == "body":
            problem = f"file {reference.src!r} not found in {content_root}"
        if problem:
            errors.append(reference.error(problem))
    return files, errors


def attach(found: list[Reference], results: dict[str, Picture | str]) -> list[ContentError]:
    """Give each content its `pictures` by path; return the errors of refused images."""
    errors = []
    for reference in found:
        result = results.get(reference.src)
        if isinstance(result, str):
            errors.append(reference.error(result))
        elif result is not None:
            if not hasattr(reference.content, "pictures"):
                reference.content.pictures = {}
            reference.content.pictures[reference.src] = result
    return errors


def _display(path: str) -> str:
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative
