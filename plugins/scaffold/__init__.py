"""New content in one command: `make new-product`, `make new-case-study`, `make new-page`.

Each writes one file per site language (`<slug>.md` in the default language, then
`<slug>.<lang>.md`) with every required field, comments that say what to write, and the
specs of the product's category with their units. What the editor must write is a
`TODO:` placeholder: `make check` names each one left at its line, so a half-filled file
never reaches the site. An existing file is never overwritten.

Not a build plugin: a command beside the build, reading the same settings. Category
definitions are read and checked by the catalog's reader (`load_definitions`), as the build
reads them.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from catalog.kit import CategoryDefinition, SpecDefinition, load_definitions

KINDS = ("service", "ebook", "training", "software")

# What each placeholder asks for, in the file's language (English for other languages).
WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "head": "Remplacez chaque « TODO: … », puis lancez make check (il les liste tous).",
        "title": "le nom du produit", "sku": "une référence unique, comme FOR-003",
        "summary": "une ou deux phrases pour les listes et la recherche",
        "offer": "le nom de l’offre", "price": "le prix, comme 490.00 (0 : gratuit)",
        "pay": "le lien de paiement (https://buy.stripe.com/…)",
        "feature": "ce que l’offre comprend", "spec": "supprimez les caractéristiques "
        "qui ne s’appliquent pas", "number": "un nombre, comme 12",
        "unit": "un nombre et son unité, comme 12", "text": "un texte",
        "list": "un élément", "yes_no": "true ou false", "pages": "le nombre de pages",
        "body": "décrivez le produit : pour qui, ce qu’il contient, comment il est livré.",
        "case_title": "le titre de l’étude de cas", "client": "le nom du client",
        "industry": "le secteur du client, comme Artisanat",
        "products": "le slug d’un produit présenté", "case_body": "racontez la situation "
        "de départ, ce qui a été fait et les résultats.",
        "page_title": "le titre de la page", "page_body": "le texte de la page.",
        "updated": "jour du dernier changement de l’offre ; par défaut : dernier commit",
    },
    "en": {
        "head": "Replace every 'TODO: …', then run make check (it lists each one left).",
        "title": "the product's name", "sku": "a unique reference, like FOR-003",
        "summary": "one or two sentences for listings and search results",
        "offer": "the offer's name", "price": "the price, like 490.00 (0: free)",
        "pay": "the payment link (https://buy.stripe.com/…)",
        "feature": "what the offer includes", "spec": "delete the specs that do not apply",
        "number": "a number, like 12", "unit": "a number and its unit, like 12",
        "text": "a text", "list": "an item",
        "yes_no": "true or false", "pages": "the number of pages",
        "body": "describe the product: who it is for, what it contains, how it is delivered.",
        "case_title": "the case study's title", "client": "the client's name",
        "industry": "the client's industry, like Crafts",
        "products": "the slug of a product it features", "case_body": "tell the situation "
        "at the start, what was done and the results.",
        "page_title": "the page's title", "page_body": "the page's text.",
        "updated": "the day the offer last changed; default: the file's last commit",
    },
}


class ScaffoldError(Exception):
    """What the editor asked cannot be written; the message says why."""


def todo(what: str) -> str:
    return json.dumps(f"TODO: {what}", ensure_ascii=False)


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def product_file(slug: str, lang: str, kind: str, category: CategoryDefinition) -> str:
    say = words(lang)
    lines = [
        "---", f"# {say['head']}",
        f"title: {todo(say['title'])}", f"slug: {slug}",
        f"kind: {kind}  # {' | '.join(KINDS)}", f"sku: {todo(say['sku'])}",
        f"category: {json.dumps(category.name[lang], ensure_ascii=False)}",
        f"summary: {todo(say['summary'])}", f"lang: {lang}",
        f"# updated: {datetime.date.today().isoformat()}  # {say['updated']}",
        "offers:", f"  - name: {todo(say['offer'])}", f"    price: {todo(say['price'])}",
        "    currency: EUR", f"    pay: {todo(say['pay'])}",
        "    features:", f"      - {todo(say['feature'])}",
    ]
    if category.specs:
        lines += [f"specs:  # {say['spec']}"]
        lines += [f"  {json.dumps(spec.label(lang), ensure_ascii=False)}: "
                  f"{_spec_placeholder(spec, lang)}" for spec in category.specs]
    if kind == "ebook":
        lines += ["ebook:", f"  pages: {todo(say['pages'])}", "  formats: [pdf, epub]"]
    return "\n".join([*lines, "---", f"TODO: {say['body']}", ""])


def case_study_file(slug: str, lang: str) -> str:
    say = words(lang)
    return "\n".join([
        "---", f"# {say['head']}", f"title: {todo(say['case_title'])}", f"slug: {slug}",
        f"lang: {lang}", f"date: {datetime.date.today().isoformat()}",
        f"summary: {todo(say['summary'])}", f"client: {todo(say['client'])}",
        f"industry: {todo(say['industry'])}", f"products: [{todo(say['products'])}]",
        "---", f"TODO: {say['case_body']}", ""])


def page_file(slug: str, lang: str) -> str:
    say = words(lang)
    return "\n".join([
        "---", f"# {say['head']}", f"title: {todo(say['page_title'])}", f"slug: {slug}",
        f"lang: {lang}", f"summary: {todo(say['summary'])}", "---",
        f"TODO: {say['page_body']}", ""])


def _spec_placeholder(spec: SpecDefinition, lang: str) -> str:
    say = words(lang)
    if spec.type == "number":  # written with its unit: "7 heures"
        return todo(f"{say['unit']} {spec.unit_in(lang)}")
    if spec.type == "list":
        return f"[{todo(say['list'])}]"
    if spec.type == "boolean":
        return todo(say["yes_no"])
    return todo(say["text"])


def read_category(settings: dict[str, Any], wanted: str) -> CategoryDefinition:
    """The category named `wanted` (its file's name or its name in any language)."""
    definitions, errors = load_definitions(settings)
    if errors:
        raise ScaffoldError("\n".join(str(error) for error in errors))
    for path, definition in definitions.found:
        names = {Path(path).stem, *definition.name.values()}
        if wanted.casefold() in {name.casefold() for name in names}:
            return definition
    if not definitions.found:
        raise ScaffoldError(f"no category is defined in {Path(settings['PATH'], 'categories')}/")
    known = ", ".join(definitions.names(settings["DEFAULT_LANG"]))
    raise ScaffoldError(f"no category is named {wanted!r}; categories: {known}")


def write_new(files: dict[Path, str]) -> list[Path]:
    """Write every file, or none when one exists already."""
    existing = [path for path in files if path.exists()]
    if existing:
        raise ScaffoldError("already exists, left as it is: "
                            + ", ".join(str(path) for path in existing))
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8") as file:  # "x": never overwrite
            file.write(text)
    return list(files)
