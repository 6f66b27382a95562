"""A JSON Schema property as a Decap CMS field: the widget its type calls for.

Pure functions on the exported schemas (`plugins/*/json-schema/*.schema.json`): the CMS
forms are derived from the same files editors' editors validate against, so a field added
to a model reaches the forms with `make schema cms`. What the schema cannot say (a path is
an image, a slug names another product) is said by the caller through `overrides`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Field = dict[str, Any]
Schema = Mapping[str, Any]
# A field the caller builds itself, by dotted path ("offers.currency").
Overrides = Mapping[str, Callable[[str, bool], Field]]
# (label, hint) of a dotted path, in the collection's language; None: the schema's title
# or description ("" for no hint: the schema's descriptions are in English).
Words = Callable[[str], tuple[str | None, str | None]]


def resolve(schema: Schema, node: Schema) -> Schema:
    """`node` with its `$ref` followed and an optional value (`anyOf` with null) unwrapped."""
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return resolve(schema, schema["$defs"][name])
    choices = [choice for choice in node.get("anyOf", []) if choice.get("type") != "null"]
    if len(choices) > 1 and {"type": "number"} in choices:
        choices = [{"type": "number"}]  # a decimal: pydantic also accepts it as a string
    if len(choices) == 1:
        return resolve(schema, {**choices[0], **{k: v for k, v in node.items() if k != "anyOf"}})
    return node


def fields_of(schema: Schema, node: Schema, order: list[str], words: Words,
              overrides: Overrides, prefix: str = "") -> list[Field]:
    """The fields of an object node: in `order` first (the order of the site's files), then
    in the schema's; a property the schema does not have in `order` is an error."""
    node = resolve(schema, node)
    properties: Mapping[str, Schema] = node.get("properties", {})
    unknown = [name for name in order if name not in properties]
    if unknown:
        raise ValueError(f"{prefix or 'the schema'}: no property {', '.join(unknown)}")
    names = [*order, *(name for name in properties if name not in order)]
    required = set(node.get("required", []))
    return [field_of(schema, name, properties[name], name in required, words, overrides,
                     f"{prefix}{name}") for name in names]


def field_of(schema: Schema, name: str, node: Schema, required: bool, words: Words,
             overrides: Overrides, path: str) -> Field:
    if path in overrides:
        field = overrides[path](name, required)
    else:
        field = {"name": name, **_widget(schema, resolve(schema, node), words, overrides, path)}
    if field.get("widget") == "boolean" and required:
        field.setdefault("default", False)  # unticked is an answer: Decap leaves it unset
    if field.get("widget") == "object" and not required:
        # Decap checks an optional block's required fields even when the block is left
        # empty: they are required by the build (`make check`), not by the form.
        for child in field["fields"]:
            child["required"] = False
    label, hint = words(path)
    field.setdefault("label", label or node.get("title") or resolve(schema, node).get("title")
                     or name)
    described = hint if hint is not None else (
        node.get("description") or resolve(schema, node).get("description"))
    if described and "hint" not in field:
        field["hint"] = described
    field.setdefault("required", required)
    return field


def _widget(schema: Schema, node: Schema, words: Words, overrides: Overrides,
            path: str) -> Field:
    kind = node.get("type")
    if "enum" in node:
        return {"widget": "select", "options": list(node["enum"])}
    if kind == "string" and node.get("format") == "date":
        return {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD",
                "time_format": False, "picker_utc": True}
    if kind == "string":
        return {"widget": "string"}
    if kind in ("integer", "number"):
        field: Field = {"widget": "number",
                        "value_type": "int" if kind == "integer" else "float"}
        low = node.get("minimum", node.get("exclusiveMinimum"))
        if low is not None:
            field["min"] = low + (1 if "exclusiveMinimum" in node and kind == "integer" else 0)
        return field
    if kind == "boolean":
        return {"widget": "boolean"}
    if kind == "array":
        return _list(schema, node, words, overrides, path)
    if kind == "object" and "properties" in node:
        return {"widget": "object", "collapsed": True,
                "fields": fields_of(schema, node, [], words, overrides, f"{path}.")}
    raise ValueError(f"{path}: no widget for a schema of type {kind!r}")


def _list(schema: Schema, node: Schema, words: Words, overrides: Overrides,
          path: str) -> Field:
    items = resolve(schema, node.get("items", {}))
    field: Field = {"widget": "list"}
    if "minItems" in node:
        field["min"] = node["minItems"]
    if "enum" in items:
        # A few choices, each at most once: a multiple select writes the same YAML list.
        return {"widget": "select", "multiple": True, "options": list(items["enum"]),
                **({"min": node["minItems"]} if "minItems" in node else {})}
    if items.get("type") == "object":
        field["fields"] = fields_of(schema, items, [], words, overrides, f"{path}.")
        # Open when an item is required (the offers of a new product), folded otherwise.
        field["collapsed"] = "minItems" not in node
        first = next(iter(items.get("properties", {})), None)
        if first:
            field["summary"] = "{{fields." + first + "}}"
        return field
    # One input per item, not Decap's comma-separated box: items may hold commas.
    field["field"] = {"name": "item", "label": " ",
                      **_widget(schema, items, words, overrides, f"{path}.item")}
    return field
