"""`make schema`: export the front-matter schemas as JSON Schema files for editors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from .schema import CaseStudy, Page, Product

SCHEMAS: dict[str, type[BaseModel]] = {
    "product": Product,
    "case-study": CaseStudy,
    "page": Page,
}


def json_schema(model: type[BaseModel]) -> str:
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **model.model_json_schema(),
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def export(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        target = folder / f"{name}.schema.json"
        target.write_text(json_schema(model), encoding="utf-8")
        written.append(target)
    return written


if __name__ == "__main__":
    for path in export(Path(sys.argv[1] if len(sys.argv) > 1 else "json-schema")):
        print(f"wrote {path}")
