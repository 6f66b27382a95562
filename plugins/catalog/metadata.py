"""Validate what the reader parsed and give Pelican the metadata it expects.

Runs on every build for every page, case study and product (Pelican's `*_context`
signals fire after the reader cache), so validation never depends on cache state.
A file with mistakes still becomes a content object, carrying its `content_errors`;
the build stops before writing anything once every file has been read (see `resolve`).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from pelican.urlwrappers import Category
from pelican.utils import SafeDatetime
from pydantic import BaseModel

from .frontmatter import FrontMatter
from .gitdates import GitDates
from .locate import display_path
from .reader import FRONT_MATTER, FRONT_MATTER_LINES, READ_ERRORS, SOURCE_FILE
from .records import schema_context
from .registry import SETTINGS_KEY
from .schema import CaseStudy, Page, Product
from .settings import CatalogSettings
from .validate import validate

CONTENT_ERRORS = "content_errors"
GIT_DATES = "CATALOG_GIT_DATES"  # settings key: this run's GitDates (see gitdates.py)
RECORD = "record"
SOURCE_LINES = "source_lines"


def apply_schema(
    model: type[BaseModel], metadata: dict[str, Any], settings: dict[str, Any]
) -> None:
    """Validate `metadata` in place against `model` and fill in Pelican's own keys."""
    source = metadata.pop(SOURCE_FILE)
    path = display_path(source)
    errors = [replace(error, path=path) for error in metadata.pop(READ_ERRORS, [])]
    data = metadata.pop(FRONT_MATTER, None)
    lines = metadata.pop(FRONT_MATTER_LINES, {})
    record: BaseModel | None = None
    if data is not None:
        front_matter = FrontMatter(data=data, lines=lines, body="", path=path)
        result = validate(model, front_matter, schema_context(settings))
        if isinstance(result, list):
            errors += result
        else:
            record = result
    metadata[SOURCE_LINES] = lines
    if errors or record is None:
        metadata[CONTENT_ERRORS] = errors
        # Enough for Pelican to build the object; the build stops before writing it.
        metadata.setdefault("title", Path(path).stem)
        metadata.setdefault("slug", Path(path).stem.replace(".", "-"))
        return
    metadata[RECORD] = record
    metadata.update(pelican_fields(record, settings))
    dates: GitDates | None = settings.get(GIT_DATES)
    pattern = settings[SETTINGS_KEY].of(CatalogSettings).edit_url
    if pattern:  # the file's path in the repository, else in the project
        metadata["edit_url"] = pattern.format(
            path=dates.in_repository(source) if dates and dates.root
            else Path(os.path.relpath(source)).as_posix())
    if isinstance(record, (Product, Page)) and getattr(record, "updated", None) is None:
        metadata["updated"] = dates.of(source) if dates else None


def pelican_fields(record: BaseModel, settings: dict[str, Any]) -> dict[str, Any]:
    """The metadata keys Pelican and the theme read, from a validated record."""
    fields: dict[str, Any] = {name: getattr(record, name) for name in type(record).model_fields}
    if fields.get("summary") is None:
        fields.pop("summary", None)
    if isinstance(record, CaseStudy):
        fields["date"] = SafeDatetime(record.date.year, record.date.month, record.date.day)
        fields["industry"] = Category(record.industry, settings)  # a name with a URL slug
        fields.pop("images")
        fields["cover_images"] = record.images
    if isinstance(record, Product):
        fields["category"] = Category(record.category, settings)
    if isinstance(record, Page):
        fields.pop("order")
        fields["menu_order"] = record.order
    return fields
