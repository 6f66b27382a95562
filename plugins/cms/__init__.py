"""A git-based CMS generated from the schema: `make cms` writes, `make edit` serves.

`make cms` writes `plugins/cms/config.yml`, the configuration of Decap CMS, from:
- the exported front-matter schemas (`plugins/*/json-schema/*.schema.json`, `make schema`):
  one field per property, the widget its type calls for (`fields.py`), required fields,
  enumerations, lists of offers, FAQ, results;
- the site: its languages (a collection of products, of case studies and of pages per
  language, each filtered on `lang:` and writing `<slug>.md` in the default language and
  `<slug>.<lang>.md` in the others, the layout the build reads), its category definitions
  (the category as a choice, its specs with their units and types), its folders (images
  into `content/images/`).

Reviews are one collection: a new review goes to `reviews/<product>/` from its `product:`
field. Field labels are in the collection's language (`words.py`).

Not a build plugin: a command beside the build (`python -m cms`), reading the same
settings. `make edit` serves the CMS on 127.0.0.1 with its local backend (decap-server,
writing into the working tree, never committing) next to the live preview.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from babel import Locale
from babel.numbers import list_currencies
from catalog.kit import Definitions, SpecDefinition, languages_default_first, load_definitions

from .fields import Field, Overrides, Words, fields_of
from .words import collection_words, words_in

HERE = Path(__file__).parent
PLUGINS = HERE.parent
CONFIG = HERE / "config.yml"
# The exported schemas each collection is made from.
SCHEMAS = {
    "products": PLUGINS / "catalog" / "json-schema" / "product.schema.json",
    "case-studies": PLUGINS / "catalog" / "json-schema" / "case-study.schema.json",
    "pages": PLUGINS / "catalog" / "json-schema" / "page.schema.json",
    "reviews": PLUGINS / "reviews" / "json-schema" / "review.schema.json",
}
# The order of the keys in the site's files (and in `make new-*`'s): the CMS writes front
# matter in its fields' order, so an edit moves no line it did not change.
ORDER = {
    "products": ["title", "slug", "kind", "sku", "category", "tags", "summary", "lang",
                 "updated", "images", "offers", "specs", "ebook", "faq", "related"],
    "case-studies": ["title", "slug", "lang", "date", "summary", "client", "industry",
                     "products", "results", "quote", "images", "status"],
    "pages": ["title", "slug", "lang", "summary", "order", "status"],
    "reviews": ["author", "rating", "title", "date", "experience_date", "verified",
                "source", "lang", "product", "import_id"],
}
LOCAL_BACKEND_PORT = 8081
SLUG_PATTERN = ["^[a-z0-9]+(-[a-z0-9]+)*$", "a-z, 0-9, -"]
PAY_PATTERN = ["^(bank-transfer|quote|https://[^\\s\"<>]+)$",
               "https://…, bank-transfer, quote"]


def local_backend(port: int = LOCAL_BACKEND_PORT) -> dict[str, Any]:
    """decap-server on this machine: edits stay in the working tree, the editor reviews and
    commits them."""
    return {"name": "proxy", "proxy_url": f"http://127.0.0.1:{port}/api/v1"}


def config(settings: Mapping[str, Any], root: Path,
           backend: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The Decap CMS configuration of the site whose Pelican settings are `settings`, with
    paths relative to `root` (the repository), for `backend` (default: the local one)."""
    content = Path(settings["PATH"]).resolve().relative_to(root.resolve())
    languages = languages_default_first(settings)
    definitions, errors = load_definitions(settings)
    if errors:
        raise ValueError("\n".join(str(error) for error in errors))
    schemas = {kind: json.loads(path.read_text(encoding="utf-8"))
               for kind, path in SCHEMAS.items()}
    folders = {"products": settings.get("PRODUCT_PATHS", ["products"])[0],
               "case-studies": settings["ARTICLE_PATHS"][0],
               "pages": settings["PAGE_PATHS"][0]}
    collections = [
        _collection(kind, lang, languages[0], content / folders[kind], schemas[kind],
                    _overrides(kind, lang, definitions))
        for kind in ("products", "case-studies", "pages") for lang in languages
    ]
    collections.append(_reviews(languages, content / settings.get("REVIEW_PATHS",
                                                                  ["reviews"])[0],
                                schemas["reviews"]))
    images = settings["STATIC_PATHS"][0]
    return {
        "backend": dict(backend or local_backend()),
        "locale": languages[0],
        "media_folder": str(content / images),
        "public_folder": images,
        "slug": {"encoding": "ascii", "clean_accents": True},
        "collections": collections,
    }


def _language_name(lang: str, shown_in: str) -> str:
    return str(Locale.parse(lang).get_display_name(shown_in))


def _labels(lang: str) -> Words:
    """Labels and hints of `lang`; in another language than English, no hint rather than
    the schema's English description."""
    words = words_in(lang)

    def label_of(path: str) -> tuple[str | None, str | None]:
        label, hint = words.get(path, (None, None))
        return label, (hint if hint is not None or lang == "en" else "")

    return label_of


def _collection(kind: str, lang: str, default: str, folder: Path, schema: Mapping[str, Any],
                overrides: Overrides) -> dict[str, Any]:
    plural, singular = collection_words(lang, kind)
    words = words_in(lang)
    fields = fields_of(schema, schema, ORDER[kind], _labels(lang), overrides)
    body_label, _ = words.get("body", ("Text", None))
    fields.append({"name": "body", "label": body_label, "widget": "markdown",
                   # Raw first: the rich-text view rewrites Markdown it does not know
                   # (comparison blocks, buy buttons, aligned tables).
                   "modes": ["raw", "rich_text"], "required": False})
    return {
        "name": f"{kind}-{lang}",
        "label": f"{plural} ({_language_name(lang, lang)})",
        "label_singular": singular,
        "folder": str(folder),
        "extension": "md",
        "format": "frontmatter",
        "create": True,
        "filter": {"field": "lang", "value": lang},
        "identifier_field": "title",
        "slug": "{{fields.slug}}" if lang == default else "{{fields.slug}}." + lang,
        "summary": "{{title}} · {{fields.slug}}",
        "sortable_fields": ["title", "slug"],
        "fields": fields,
    }


def products_of(lang: str, name: str) -> Field:
    """A field that picks products of `lang` by title and writes their slug."""
    return {"name": name, "widget": "relation", "collection": f"products-{lang}",
            "value_field": "slug", "search_fields": ["title", "slug"],
            "display_fields": ["title"]}


def _overrides(kind: str, lang: str, definitions: Definitions) -> dict[str, Any]:

    def hidden_language(name: str, required: bool) -> Field:
        return {"name": name, "widget": "hidden", "default": lang}

    def slug(name: str, required: bool) -> Field:
        return {"name": name, "widget": "string", "pattern": SLUG_PATTERN}

    def product_choice(name: str, required: bool) -> Field:
        return {**products_of(lang, name), "multiple": True,
                **({"min": 1} if required else {})}

    found: dict[str, Any] = {"lang": hidden_language, "slug": slug}
    if kind == "products":
        found |= {
            "category": lambda name, required: {
                "name": name, "widget": "select", "options": definitions.names(lang)},
            "summary": lambda name, required: {"name": name, "widget": "text"},
            "images.src": lambda name, required: {"name": name, "widget": "image"},
            "offers.currency": lambda name, required: {
                "name": name, "widget": "select", "default": "EUR",
                "options": sorted(list_currencies())},
            "offers.pay": lambda name, required: {
                "name": name, "widget": "string", "pattern": PAY_PATTERN},
            "specs": lambda name, required: _specs(name, lang, definitions),
            "related": product_choice,
            "faq.a": lambda name, required: {"name": name, "widget": "text"},
        }
    if kind == "case-studies":
        found |= {"products": product_choice,
                  "summary": lambda name, required: {"name": name, "widget": "text"},
                  "images.src": lambda name, required: {"name": name, "widget": "image"},
                  "quote.text": lambda name, required: {"name": name, "widget": "text"}}
    if kind == "pages":
        found |= {"summary": lambda name, required: {"name": name, "widget": "text"}}
    return found


def _specs(name: str, lang: str, definitions: Definitions) -> Field:
    """Every spec of every category, in `lang`: Decap cannot show fields by category, so
    each hint says which categories define it (with their unit); the build checks the
    product's specs against its own category."""
    by_label: dict[str, list[tuple[SpecDefinition, str]]] = {}
    for _, definition in definitions.found:
        for spec in definition.specs:
            by_label.setdefault(spec.label(lang), []).append((spec, definition.name[lang]))
    return {"name": name, "widget": "object", "collapsed": False,
            "fields": [_spec_field(label, lang, defined)
                       for label, defined in by_label.items()]}


def _spec_field(label: str, lang: str, defined: list[tuple[SpecDefinition, str]]) -> Field:
    """One spec's field; where categories type it differently, the widget of a list or
    of text holds what each of them accepts."""
    types = {spec.type for spec, _ in defined}
    hint = ", ".join(category + (f" ({spec.unit_in(lang)})" if spec.unit else "")
                     for spec, category in defined)
    field: Field = {"name": label, "label": label, "required": False, "hint": hint}
    if types == {"boolean"}:
        return {**field, "widget": "boolean"}
    if types == {"list"}:
        return {**field, "widget": "list",
                "field": {"name": "item", "label": " ", "widget": "string"}}
    # Text, and numbers written with their unit ("10 jours ouvrés"), as the build reads them.
    return {**field, "widget": "string"}


def _reviews(languages: list[str], folder: Path, schema: Mapping[str, Any]) -> dict[str, Any]:
    lang = languages[0]
    plural, singular = collection_words(lang, "reviews")
    words = words_in(lang)
    overrides: dict[str, Any] = {
        "lang": lambda name, required: {"name": name, "widget": "select",
                                        "options": languages, "default": lang},
        "product": lambda name, required: {**products_of(lang, name), "required": True},
        "import_id": lambda name, required: {"name": name, "widget": "hidden"},
    }
    fields = fields_of(schema, schema, ORDER["reviews"], _labels(lang), overrides)
    fields.append({"name": "body", "label": words.get("body", ("Text", None))[0],
                   "widget": "text", "required": True})
    return {
        "name": "reviews", "label": plural, "label_singular": singular,
        "folder": str(folder), "extension": "md", "format": "frontmatter", "create": True,
        "identifier_field": "author",
        # `{{product}}`, not `{{fields.product}}`: Decap turns dots of a path into dashes.
        "path": "{{product}}/{{year}}-{{month}}-{{day}}-{{slug}}",
        "summary": "{{author}} · {{rating}}/5 · {{date}}",
        "sortable_fields": ["date", "author", "rating"],
        "fields": fields,
    }
