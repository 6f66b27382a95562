"""The committed JSON Schemas match the code, and accept the demo content."""

from __future__ import annotations

import json
from pathlib import Path

from catalog.jsonschema import SCHEMAS, json_schema

from tests.helpers.build import ROOT

FOLDER = ROOT / "plugins" / "catalog" / "json-schema"


def test_committed_schemas_are_up_to_date() -> None:
    for name, model in SCHEMAS.items():
        committed = (FOLDER / f"{name}.schema.json").read_text(encoding="utf-8")
        assert committed == json_schema(model), f"run `make schema` ({name})"


def test_schemas_forbid_unknown_keys() -> None:
    product = json.loads((FOLDER / "product.schema.json").read_text(encoding="utf-8"))
    assert product["additionalProperties"] is False
    assert product["$defs"]["Offer"]["additionalProperties"] is False
    assert set(product["required"]) >= {"title", "slug", "kind", "sku", "offers"}


def test_every_file_is_named(tmp_path: Path) -> None:
    assert sorted(p.name for p in FOLDER.iterdir()) == sorted(
        f"{name}.schema.json" for name in SCHEMAS
    )
