"""Category definitions: what makes the products of a category comparable (the comparison
tables, the scaffold of a new product and the CMS forms read them).

One YAML file per category in `content/categories/`, read with the catalog's YAML reader
(so every mistake has its line) and validated like front matter. The file name is only
the definition's key; `name` gives the category as products write it in each language.

```yaml
name: {fr: Livres numériques, en: E-books}
specs:                              # rows of comparison tables, in this order
  - name: Pages                     # the same in every language
    type: number                    # text | number | boolean | list
    unit: pages                     # numbers only, required: one word per language or a map
    better: higher                  # numbers only, optional: lower | higher
  - name: {fr: Auteurs, en: Authors}
    type: list
```
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, ValidationInfo, model_validator

from .errors import ContentError
from .inputs import definition_input, read
from .records import read_record, schema_context
from .schema import Model, SchemaContext, Text, invalid
from .text import name_key

FOLDER = "categories"
SUFFIXES = (".yaml", ".yml")
SpecType = Literal["text", "number", "boolean", "list"]


def _per_language(value: object, info: ValidationInfo) -> object:
    """`Pages` -> `{fr: Pages, en: Pages}`: a word that is the same in every language."""
    context = info.context
    if isinstance(value, str) and isinstance(context, SchemaContext):
        return dict.fromkeys(context.languages, value)
    return value


def _every_language(names: dict[str, str], info: ValidationInfo, what: str,
                    field: str) -> dict[str, str]:
    context = info.context
    if isinstance(context, SchemaContext):
        missing = [lang for lang in context.languages if lang not in names]
        unknown = [lang for lang in names if lang not in context.languages]
        if missing or unknown:
            raise invalid(f"{what} needs one entry per language of the site "
                          f"({', '.join(context.languages)})"
                          + (f"; missing: {', '.join(missing)}" if missing else "")
                          + (f"; not a language of the site: {', '.join(unknown)}"
                             if unknown else ""), field)
    return names


PerLanguage = Annotated[dict[str, Text], BeforeValidator(_per_language)]


class SpecDefinition(Model):
    """One row of the category's comparison tables."""

    name: PerLanguage
    type: SpecType
    unit: PerLanguage | None = None
    better: Literal["lower", "higher"] | None = None

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> SpecDefinition:
        _every_language(self.name, info, "a name", "name")
        if self.unit is not None:
            _every_language(self.unit, info, "a unit", "unit")
        if self.type == "number" and self.unit is None:
            raise invalid("a number needs its unit (like 'unit: {fr: jours, en: days}'), so "
                          "that every product states it the same way", "unit")
        if self.type != "number" and self.unit is not None:
            raise invalid(f"only numbers have a unit, not type: {self.type}", "unit")
        if self.type != "number" and self.better is not None:
            raise invalid(f"only numbers have a better direction, not type: {self.type}",
                          "better")
        return self

    def label(self, lang: str) -> str:
        return self.name[lang]

    def unit_in(self, lang: str) -> str | None:
        return None if self.unit is None else self.unit[lang]


class CategoryDefinition(Model):
    """A category: its name in each language and the specs its products may have."""

    name: PerLanguage
    specs: list[SpecDefinition] = Field(default_factory=list)

    @model_validator(mode="after")
    def _distinct_names(self, info: ValidationInfo) -> CategoryDefinition:
        _every_language(self.name, info, "a name", "name")
        for lang in self.name:
            seen: dict[str, int] = {}
            for index, spec in enumerate(self.specs):
                key = name_key(spec.name[lang])
                if key in seen:
                    raise invalid(f"{spec.name[lang]!r} is already the name of "
                                  f"specs[{seen[key]}] in {lang!r}", f"specs[{index}].name")
                seen[key] = index
        return self

    def spec(self, lang: str, name: str) -> SpecDefinition | None:
        return next((s for s in self.specs if s.name[lang] == name), None)


@dataclass(frozen=True)
class Definitions:
    """Every category definition of the site, found by category name and language."""

    found: tuple[tuple[str, CategoryDefinition], ...]  # (path of the file, definition)
    exists: bool = True  # False when the site has no categories folder: nothing is checked
    # Category names of definition files with mistakes: their products are not checked
    # against them until the file is fixed (one mistake, one error).
    broken: frozenset[str] = frozenset()

    def of(self, category: str, lang: str) -> CategoryDefinition | None:
        read((definition_input(category, lang),))
        return next((d for _, d in self.found if d.name.get(lang) == category), None)

    def of_product(self, product: Any) -> CategoryDefinition | None:
        """The definition of `product`'s category, in the product's language."""
        return self.of(product.category.name, product.lang)

    def names(self, lang: str) -> list[str]:
        read(definition_input(d.name[lang], lang) for _, d in self.found if lang in d.name)
        return sorted(d.name[lang] for _, d in self.found if lang in d.name)


def load_definitions(settings: Mapping[str, Any]) -> tuple[Definitions, list[ContentError]]:
    """The site's category definitions, and every mistake in their files."""
    folder = Path(settings["PATH"], FOLDER)
    files = sorted(p for p in folder.glob("*") if p.suffix in SUFFIXES) if folder.is_dir() else []
    stamp = hashlib.sha256(repr([(str(p), p.stat().st_mtime_ns, p.stat().st_size)
                                 for p in files]).encode()).hexdigest()
    return _load(tuple(str(p) for p in files), folder.is_dir(), schema_context(settings), stamp)


@lru_cache(maxsize=4)  # read by the checks, the pages and every rendered table of a build
def _load(
    paths: tuple[str, ...], exists: bool, context: SchemaContext, stamp: str
) -> tuple[Definitions, list[ContentError]]:
    found: list[tuple[str, CategoryDefinition]] = []
    broken: set[str] = set()
    errors: list[ContentError] = []
    owners: dict[tuple[str, str], str] = {}
    for path in paths:
        read = read_record(CategoryDefinition, path, context, yaml_file=True)
        errors += read.errors
        shown, document, record = read.path, read.front_matter, read.record
        if document is None:
            continue
        if record is None:
            names = document.data.get("name")
            broken.update(names.values() if isinstance(names, dict) else [str(names)])
            continue
        for lang, name in sorted(record.name.items()):
            other = owners.setdefault((lang, name_key(name)), shown)
            if other != shown:
                errors.append(ContentError(shown, document.line_of("name"), "name",
                                           f"{name!r} ({lang}) is already defined by {other}"))
        found.append((shown, record))
    return Definitions(tuple(found), exists, frozenset(map(str, broken))), errors
