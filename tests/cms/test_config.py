"""The CMS configuration follows the schema, the site and the files editors already have."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from catalog.kit import load_definitions
from cms import CONFIG, ORDER, SCHEMAS, config
from cms.__main__ import rendered
from cms.fields import resolve
from pelican.settings import read_settings

from tests.helpers.build import ROOT

SETTINGS = read_settings(str(ROOT / "pelicanconf.py"))
CONFIGURED = config(SETTINGS, ROOT)
FOLDERS = {"products": "products", "case-studies": "case-studies", "pages": "pages"}


def _collection(name: str) -> dict[str, Any]:
    return next(c for c in CONFIGURED["collections"] if c["name"] == name)


def _fields(fields: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {field["name"]: field for field in fields}


def test_the_committed_configuration_is_regenerated() -> None:
    assert CONFIG.read_text(encoding="utf-8") == rendered(str(ROOT / "pelicanconf.py")), (
        "plugins/cms/config.yml is not what the schemas and the site give: run `make cms`")


def test_check_fails_on_a_stale_configuration(tmp_path: Path) -> None:
    stale = tmp_path / "config.yml"
    stale.write_text(CONFIG.read_text(encoding="utf-8").replace("label: Titre", "label: T"))
    probe = ("import sys, cms, cms.__main__ as main; from pathlib import Path; "
             f"main.CONFIG = Path({str(stale)!r}); sys.exit(main.main(['check']))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                            text=True, env={"PYTHONPATH": f"{ROOT / 'plugins'}:{ROOT}",
                                            "PATH": "/usr/bin:/bin"}, check=False)
    assert result.returncode == 1
    assert "run `make cms`" in result.stderr


@pytest.mark.parametrize("kind", ["products", "case-studies", "pages", "reviews"])
def test_every_property_of_the_schema_is_a_field_with_its_requiredness(kind: str) -> None:
    schema = json.loads(SCHEMAS[kind].read_text(encoding="utf-8"))
    names = ["reviews"] if kind == "reviews" else [f"{kind}-{lang}" for lang in ("fr", "en")]
    for name in names:
        fields = _fields(_collection(name)["fields"])
        assert list(fields)[:len(ORDER[kind])] == ORDER[kind]
        assert set(fields) == {*schema["properties"], "body"}
        for prop, node in schema["properties"].items():
            if fields[prop]["widget"] == "hidden":
                continue
            if (name, prop) == ("reviews", "product"):  # the CMS needs it to pick the folder
                assert fields[prop]["required"] is True
                continue
            assert fields[prop]["required"] == (prop in schema["required"]), (name, prop)
            resolved = resolve(schema, node)
            if resolved.get("type") == "object" and "properties" in resolved:
                inner = _fields(fields[prop]["fields"])
                assert set(inner) == set(resolved["properties"])


def test_enumerations_are_choices() -> None:
    fields = _fields(_collection("products-en")["fields"])
    assert fields["kind"]["options"] == ["service", "ebook", "training", "software"]
    definitions, _ = load_definitions(SETTINGS)
    assert fields["category"]["options"] == definitions.names("en")
    offer = _fields(fields["offers"]["fields"])
    assert {"EUR", "CHF", "USD"} <= set(offer["currency"]["options"])
    assert offer["currency"]["default"] == "EUR"
    assert fields["offers"]["min"] == 1
    ebook = _fields(fields["ebook"]["fields"])
    assert ebook["formats"] == {**ebook["formats"], "widget": "select", "multiple": True,
                                "options": ["pdf", "epub"]}
    assert fields["related"]["widget"] == "relation"
    assert fields["related"]["collection"] == "products-en"
    assert _fields(fields["images"]["fields"])["src"]["widget"] == "image"


def test_specs_come_from_every_category_with_their_units_and_types() -> None:
    definitions, _ = load_definitions(SETTINGS)
    for lang in ("fr", "en"):
        specs = _fields(_fields(_collection(f"products-{lang}")["fields"])["specs"]["fields"])
        for _, definition in definitions.found:
            for spec in definition.specs:
                field = specs[spec.label(lang)]
                assert definition.name[lang] in field["hint"]
                if spec.unit:
                    assert f"({spec.unit_in(lang)})" in field["hint"]
                widget = {"boolean": "boolean", "list": "list"}.get(spec.type, "string")
                assert field["widget"] == widget


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_language_writes_the_layout_the_build_reads(lang: str) -> None:
    products = _collection(f"products-{lang}")
    assert products["folder"] == "content/products"
    assert products["filter"] == {"field": "lang", "value": lang}
    assert products["slug"] == ("{{fields.slug}}" if lang == "fr" else "{{fields.slug}}.en")
    lang_field = _fields(products["fields"])["lang"]
    assert lang_field == {**lang_field, "widget": "hidden", "default": lang}


@pytest.mark.parametrize("kind", list(FOLDERS))
def test_the_site_files_keys_are_in_the_order_the_cms_writes(kind: str) -> None:
    """Decap writes keys in its fields' order: the site's files must already be in it,
    or an edit would move lines it did not change."""
    for path in sorted((ROOT / "content" / FOLDERS[kind]).glob("*.md")):
        keys = list(yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1]))
        assert keys == [key for key in ORDER[kind] if key in keys], path.name


def test_the_cms_is_never_loaded_from_elsewhere() -> None:
    page = (ROOT / "plugins" / "cms" / "admin" / "index.html").read_text(encoding="utf-8")
    assert "//" not in page
    assert '<script src="decap-cms.js">' in page
