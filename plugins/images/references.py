"""Which images each page names, where, and what is wrong with them.

Content objects are read through the attributes the catalog gives them (`images`,
`cover_images`, `source_lines`, `_content`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog.kit import ContentError, display_path, error_at, line_mentioning

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
        return ContentError(display_path(self.content.source_path), self._line(), self.field,
                            message)

    def _line(self) -> int:
        if self.field != "body":
            return error_at(self.content, self.field, "").line
        return line_mentioning(self.content.source_path, self.src)


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


def problems(found: list[Reference], results: dict[str, Picture | str]) -> list[ContentError]:
    """The errors of the images that were refused, at each place that names them."""
    return [reference.error(result) for reference in found
            if isinstance(result := results.get(reference.src), str)]


def pictures_by_page(found: list[Reference],
                     results: dict[str, Picture | str]) -> dict[str, dict[str, Picture]]:
    """Each page's pictures (by its source path), by their path as written."""
    pages: dict[str, dict[str, Picture]] = {}
    for reference in found:
        result = results.get(reference.src)
        if isinstance(result, Picture):
            pages.setdefault(reference.content.source_path, {})[reference.src] = result
    return pages
