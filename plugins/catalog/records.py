"""Read a content file and validate it against a model: the one loop every kind of
content goes through (products in `make check`, reviews, category definitions, sample
chapters), so that every file's mistakes read the same and are all collected."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from .errors import ContentError, ContentErrors
from .frontmatter import FrontMatter, parse_yaml
from .locate import display_path
from .reader import read_front_matter
from .schema import SchemaContext
from .validate import validate

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Record(Generic[M]):
    """A file read and validated: its record when valid, and every mistake found."""

    path: str  # as editors see it
    front_matter: FrontMatter | None
    record: M | None
    errors: list[ContentError] = field(default_factory=list)


def schema_context(settings: Mapping[str, Any]) -> SchemaContext:
    """What validation needs to know about the site, from Pelican's settings."""
    return SchemaContext(
        languages=tuple(settings["CATALOG"]["languages"]),
        content_root=Path(settings["PATH"]),
        static_paths=tuple(settings["STATIC_PATHS"]),
        sample_paths=tuple(settings.get("SAMPLE_PATHS", ["samples"])),
    )


def read_record(model: type[M], path: str | Path, context: SchemaContext,
                *, yaml_file: bool = False) -> Record[M]:
    """The Markdown file with front matter (or, with `yaml_file`, the YAML file) at
    `path`, validated as `model`."""
    shown = display_path(str(path))
    try:
        if yaml_file:
            front_matter = parse_yaml(Path(path).read_text(encoding="utf-8"), shown)
        else:
            front_matter = read_front_matter(shown)
    except ContentErrors as failure:
        return Record(shown, None, None, list(failure.errors))
    except UnicodeDecodeError as error:
        return Record(shown, None, None, [ContentError(
            shown, 1, "file", f"not UTF-8 text (byte {error.start}); save it as UTF-8")])
    return validated(model, front_matter, context)


def validated(model: type[M], front_matter: FrontMatter, context: SchemaContext) -> Record[M]:
    """`front_matter` (already parsed) validated as `model`."""
    result = validate(model, front_matter, context)
    if isinstance(result, list):
        return Record(front_matter.path, front_matter, None, result)
    return Record(front_matter.path, front_matter, result)
