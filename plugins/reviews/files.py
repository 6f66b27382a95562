"""Read and validate every review file: `content/reviews/<product-slug>/*.md`.

Used by the build and by `make check` (the `check_files` phase), so both report the
same mistakes. Reading only parses and validates; bodies are rendered when the reviews
are attached to their products.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from catalog.kit import (
    ContentError,
    ContentErrors,
    content_files,
    did_you_mean,
    display_path,
    read_front_matter,
    read_record,
    schema_context,
)

from .schema import Review, future_date_message

FOLDER_SETTING = "REVIEW_PATHS"


@dataclass(frozen=True)
class ReviewFile:
    """A valid review file: its record, the product it is about and its Markdown body."""

    path: str
    product: str
    review: Review
    body: str


@dataclass(frozen=True)
class Reviews:
    """Every valid review of the site, and every mistake found in review files."""

    files: tuple[ReviewFile, ...]
    errors: tuple[ContentError, ...]


def _product_folder(path: Path, settings: Mapping[str, Any]) -> str | None:
    """The `<product-slug>` folder `path` is in, or None when it is not in one."""
    root = Path(settings["PATH"])
    for top in settings.get(FOLDER_SETTING, []):
        parts = path.relative_to(root / top).parts if path.is_relative_to(root / top) else ()
        if len(parts) == 2:
            return parts[0]
    return None


def read_reviews(
    settings: Mapping[str, Any], product_slugs: Iterable[str], today: datetime.date
) -> Reviews:
    """Every review file under the review folders, checked against the site's products."""
    slugs = sorted(set(product_slugs))
    context = schema_context(settings)
    found: list[ReviewFile] = []
    errors: list[ContentError] = []
    for file in content_files("review", settings):
        path = display_path(str(file))
        product = _product_folder(file, settings)
        if product is None:
            errors.append(ContentError(path, 1, "file", "a review goes in the folder of its "
                                       "product: reviews/<product-slug>/<name>.md"))
            continue
        if product not in slugs:
            errors.append(ContentError(path, 1, "product", f"the folder {product!r} names no "
                                       "product" + did_you_mean(product, slugs)
                                       + ": name it after the slug of the reviewed product"))
        read = read_record(Review, path, context)
        errors += read.errors
        if read.record is None or read.front_matter is None:
            continue
        late = future_date_message(read.record, today)
        named = read.record.product
        if named is not None and named != product:
            errors.append(ContentError(path, read.front_matter.line_of("product"), "product",
                                       f"{named!r} is not the folder the file is in "
                                       f"({product!r}): move the file or correct the slug"))
        elif late:
            errors.append(ContentError(path, read.front_matter.line_of("date"), "date", late))
        elif product in slugs:
            found.append(ReviewFile(path, product, read.record, read.front_matter.body))
    return Reviews(tuple(found), tuple(errors))


def slugs_of(kind: str, settings: Mapping[str, Any]) -> set[str]:
    """The slugs of the products or pages (`kind`) whose front matter names one."""
    found = set()
    for path in content_files(kind, settings):
        try:
            slug = read_front_matter(str(path)).data.get("slug")
        except ContentErrors:
            continue  # the catalog's own check reports it
        if isinstance(slug, str):
            found.add(slug)
    return found


def product_slugs(settings: Mapping[str, Any]) -> set[str]:
    return slugs_of("product", settings)


def site_today(settings: Mapping[str, Any]) -> datetime.date:
    """Today in the site's time zone: a review dated today in Paris is not in the future."""
    return datetime.datetime.now(ZoneInfo(settings.get("TIMEZONE") or "UTC")).date()
