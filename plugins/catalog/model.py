"""The resolved catalog: every product, case study and page, by language.

Built once all content is read and validated. Templates read it through the `catalog`
variable; it answers the questions listing pages ask (which products in this language,
grouped by category; which case studies use this product) without computing in Jinja.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Protocol

from .contents import Product
from .settings import CatalogSettings


class HasTranslations(Protocol):
    slug: str
    lang: str
    translations: list[Any]


@dataclass(frozen=True)
class PageToWrite:
    """A page the catalog writes: where, with which template, in which language."""

    save_as: str
    template: str
    lang: str
    variables: dict[str, Any]


@dataclass(frozen=True)
class Group:
    """The products of a category, or the case studies of an industry, in one language.

    `kind` is both the attribute the items are grouped by and the listing's URL name."""

    kind: str  # "category" or "industry"
    name: str
    slug: str
    lang: str
    url: str
    items: tuple[Any, ...]


# Listing pages written once per language; each name is also its template's.
LISTINGS = ("home", "catalog", "case_studies")


def variant(item: HasTranslations, lang: str) -> Any | None:
    """`item` in `lang`: itself, one of its translations, or None."""
    if item.lang == lang:
        return item
    return next((t for t in item.translations if t.lang == lang), None)


def save_as(url: str) -> str:
    return url + "index.html" if url.endswith("/") or not url else url


class Catalog:
    def __init__(
        self,
        products: Sequence[Product],
        case_studies: Sequence[Any],
        pages: Sequence[Any],
        settings: CatalogSettings,
        default_lang: str,
    ) -> None:
        # Originals (one per slug, in the default language when it exists), sorted.
        self._products = sorted(products, key=lambda p: (p.category.name, p.title, p.slug))
        self._case_studies = sorted(case_studies, key=lambda a: (a.date, a.slug), reverse=True)
        self._pages = sorted(pages, key=lambda p: (p.menu_order is None, p.menu_order or 0, p.slug))
        self._by_slug = {p.slug: p for p in self._products}
        self.settings = settings
        self.default_lang = default_lang
        self.languages = tuple(settings.languages)

    # Content per language; an item not translated into `lang` is shown in its own language.

    def products(self, lang: str) -> list[Product]:
        return sorted(
            (variant(p, lang) or p for p in self._products),
            key=lambda p: (p.category.name, p.title, p.slug),
        )

    def highlights(self, lang: str, count: int = 6) -> list[Product]:
        """A few products for the home page: the first of each category, then the next."""
        rounds: list[list[Product]] = []
        for category in self.categories(lang):
            for position, product in enumerate(category.items):
                if position == len(rounds):
                    rounds.append([])
                rounds[position].append(product)
        return [product for products in rounds for product in products][:count]

    def case_studies(self, lang: str, product_slug: str | None = None) -> list[Any]:
        found = (variant(a, lang) or a for a in self._case_studies)
        return [a for a in found if product_slug is None or product_slug in a.products]

    def menu(self, lang: str) -> list[Any]:
        return [variant(p, lang) or p for p in self._pages]

    def page_url(self, slug: str, lang: str) -> str:
        """URL of the page `slug` in `lang` (the home page if there is no such page)."""
        page = next((p for p in self._pages if p.slug == slug), None)
        return (variant(page, lang) or page).url if page else self.url("home", lang)

    def all_products(self) -> Iterable[Product]:
        for product in self._products:
            yield product
            yield from product.translations

    def product(self, slug: str, lang: str) -> Product | None:
        original = self._by_slug.get(slug)
        return None if original is None else variant(original, lang) or original

    def categories(self, lang: str) -> list[Group]:
        return self._groups("category", lang, self.products(lang))

    def industries(self, lang: str) -> list[Group]:
        return self._groups("industry", lang, self.case_studies(lang))

    def _groups(self, kind: str, lang: str, items: list[Any]) -> list[Group]:
        """`items` grouped by their `kind` attribute (a Pelican URLWrapper), in order."""
        found: dict[str, list[Any]] = {}
        for item in items:
            found.setdefault(getattr(item, kind).name, []).append(item)
        groups = []
        for name, members in found.items():
            slug = getattr(members[0], kind).slug
            groups.append(Group(kind, name, slug, lang, self.url(kind, lang, slug=slug),
                                tuple(members)))
        return groups

    def group_alternates(self, group: Group) -> dict[str, str]:
        """URL of the same group in each language, found through its first item."""
        alternates = {}
        for lang in self.languages:
            translated = variant(group.items[0], lang)
            if translated is not None:
                alternates[lang] = self.url(group.kind, lang,
                                            slug=getattr(translated, group.kind).slug)
        return alternates

    @cached_property
    def pages_to_write(self) -> list[PageToWrite]:
        """Every page the catalog itself writes: products first, then listings, then the
        404 page (other plugins' pages come from the `pages` phase, see `Site`)."""
        pages = [
            PageToWrite(product.save_as, product.template, product.lang,
                        {"product": product, "url": product.url})
            for product in self.all_products()
        ]
        for product in self.all_products():
            if getattr(product, "sample", None) is not None:
                url = self.sample_url(product)
                pages.append(PageToWrite(save_as(url), "sample", product.lang, {
                    "product": product, "sample": product.sample, "url": url,
                    "alternates": {
                        version.lang: self.sample_url(version)
                        for version in [product, *product.translations]
                        if getattr(version, "sample", None) is not None
                    },
                }))
        for lang in self.languages:
            for page in LISTINGS:
                url = self.url(page, lang)
                pages.append(PageToWrite(save_as(url), page, lang,
                                         {"url": url, "alternates": self.alternates(page)}))
            for category in self.categories(lang):
                pages.append(PageToWrite(save_as(category.url), "category", lang, {
                    "url": category.url, "category": category,
                    "alternates": self.group_alternates(category),
                }))
            for industry in self.industries(lang):
                pages.append(PageToWrite(save_as(industry.url), "case_studies", lang, {
                    "url": industry.url, "industry": industry,
                    "alternates": self.group_alternates(industry),
                }))
        pages.append(PageToWrite("404.html", "404", self.default_lang, {"url": "404.html"}))
        return pages

    def product_pages(self, name: str, template: str,
                      saved_as: Callable[[str], str] = save_as) -> list[PageToWrite]:
        """A page of `template` for each product in each of its languages, at the URL
        `CATALOG["urls"][name]` gives with the product's `{slug}`, knowing its versions
        in the other languages; none when the site has no such URL. For the pages other
        plugins write about each product (after payment, data sheets)."""
        if not hasattr(self.settings.urls, name):
            return []
        pages = []
        for product in sorted(self.all_products(), key=lambda p: (p.lang, p.slug)):
            url = self.url(name, product.lang, slug=product.slug)
            alternates = {other: self.url(name, other, slug=product.slug)
                          for other in self.languages if variant(product, other) is not None}
            pages.append(PageToWrite(saved_as(url), template, product.lang, {
                "url": url, "product": product, "alternates": alternates}))
        return pages

    def url(self, page: str, lang: str, **fields: str) -> str:
        """URL of a listing page (`home`, `catalog`, `category`, `case_studies`, `industry`),
        of an e-book's `sample` page, or of a page another plugin writes, named in
        `CATALOG["urls"]`."""
        pattern: str = getattr(self.settings.urls, page)[lang]
        return pattern.format(**fields)

    def sample_url(self, product: Product) -> str:
        """URL of the page of an e-book's sample chapter, in the product's language."""
        return self.url("sample", product.lang, slug=product.slug)

    def alternates(self, page: str) -> dict[str, str]:
        return {lang: self.url(page, lang) for lang in self.languages}
