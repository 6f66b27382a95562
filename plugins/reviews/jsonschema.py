"""`make schema`: export the review front-matter schema for editors, like the catalog's."""

from __future__ import annotations

import sys
from pathlib import Path

from catalog.kit import json_schema

from .schema import Review

FILE_NAME = "review.schema.json"


def export(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / FILE_NAME
    target.write_text(json_schema(Review), encoding="utf-8")
    return target


if __name__ == "__main__":
    print(f"wrote {export(Path(sys.argv[1] if len(sys.argv) > 1 else 'json-schema'))}")
