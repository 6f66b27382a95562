"""New content in one command: `make new-product`, `make new-case-study`, `make new-page`.

Each writes one file per site language (`<slug>.md` in the default language, then
`<slug>.<lang>.md`) with every required field, comments that say what to write, and the
specs of the product's category with their units. What the editor must write is a
`TODO:` placeholder: `make check` names each one left at its line, so a half-filled file
never reaches the site. An existing file is never overwritten.

Not a build plugin: a command beside the build, reading the same settings. Category
definitions are read as the files they are (`content/categories/*.yaml`).
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog.kit import ContentErrors, parse_yaml

KINDS = ("service", "ebook", "training", "software")
CATEGORIES = "categories"

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


@dataclass(frozen=True)
class Category:
    names: dict[str, str]  # by language
    specs: list[dict[str, Any]]  # as written in the definition file


def todo(what: str) -> str:
    return json.dumps(f"TODO: {what}", ensure_ascii=False)


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def product_file(slug: str, lang: str, kind: str, category: Category) -> str:
    say = words(lang)
    lines = [
        "---", f"# {say['head']}",
        f"title: {todo(say['title'])}", f"slug: {slug}",
        f"kind: {kind}  # {' | '.join(KINDS)}", f"sku: {todo(say['sku'])}",
        f"category: {json.dumps(category.names[lang], ensure_ascii=False)}",
        f"summary: {todo(say['summary'])}", f"lang: {lang}",
        f"# updated: {datetime.date.today().isoformat()}  # {say['updated']}",
        "offers:", f"  - name: {todo(say['offer'])}", f"    price: {todo(say['price'])}",
        "    currency: EUR", f"    pay: {todo(say['pay'])}",
        "    features:", f"      - {todo(say['feature'])}",
    ]
    if category.specs:
        lines += [f"specs:  # {say['spec']}"]
        lines += [f"  {_name(spec['name'], lang)}: {_spec_placeholder(spec, lang)}"
                  for spec in category.specs]
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


def _in_language(name: Any, lang: str) -> str:
    """A name or unit of a category definition, in `lang` (one text for every language,
    or one per language)."""
    return str(name.get(lang, next(iter(name.values())))) if isinstance(name, dict) else str(
        name)


def _name(name: Any, lang: str) -> str:
    return json.dumps(_in_language(name, lang), ensure_ascii=False)


def _spec_placeholder(spec: dict[str, Any], lang: str) -> str:
    say = words(lang)
    kind = spec.get("type", "text")
    unit = spec.get("unit")
    if kind == "number":  # written with its unit: "7 heures"
        return todo(f"{say['unit']} {_in_language(unit, lang)}" if unit else say["number"])
    if kind == "list":
        return f"[{todo(say['list'])}]"
    if kind == "boolean":
        return todo(say["yes_no"])
    return todo(say["text"])


def read_category(content: Path, wanted: str, languages: list[str]) -> Category:
    """The category named `wanted` (its file's name or its name in any language)."""
    found: list[Category] = []
    for path in sorted((content / CATEGORIES).glob("*.yaml")):
        try:
            data = parse_yaml(path.read_text(encoding="utf-8"), str(path)).data
        except ContentErrors as errors:
            raise ScaffoldError(errors.report()) from None
        name = data.get("name")
        names = name if isinstance(name, dict) else {lang: str(name) for lang in languages}
        category = Category({lang: str(names.get(lang, "")) for lang in languages},
                            list(data.get("specs") or []))
        if wanted.casefold() in {path.stem.casefold(), *(n.casefold() for n in names.values())}:
            return category
        found.append(category)
    if not found:
        raise ScaffoldError(f"no category is defined in {content / CATEGORIES}/")
    known = ", ".join(sorted(c.names[languages[0]] for c in found))
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
