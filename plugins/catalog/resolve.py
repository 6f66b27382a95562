"""Cross-references between content files, checked once everything has been read.

Everything here needs the whole site: unique SKUs, translations that agree, `related`
and case-study `products` that name real products.
"""

from __future__ import annotations

import logging
import posixpath
from collections.abc import Iterable
from typing import Any

from .errors import ContentError
from .locate import display_path, error_at, error_mentioning
from .metadata import CONTENT_ERRORS, RECORD
from .model import Catalog, Group, PageToWrite
from .suggest import did_you_mean


def collected_errors(contents: Iterable[Any]) -> list[ContentError]:
    """Every error found while reading and validating `contents`."""
    return [error for content in contents for error in getattr(content, CONTENT_ERRORS, ())]


def valid(contents: Iterable[Any]) -> list[Any]:
    return [c for c in contents if hasattr(c, RECORD)]


def cross_reference_errors(products: list[Any], case_studies: list[Any]) -> list[ContentError]:
    """Problems that only show when products and case studies are seen together."""
    errors: list[ContentError] = []
    by_lang_slug: dict[tuple[str, str], Any] = {}
    by_sku: dict[str, Any] = {}
    by_slug: dict[str, Any] = {}
    for product in sorted(products, key=lambda p: p.source_path):
        same_slug = by_lang_slug.setdefault((product.lang, product.slug), product)
        if same_slug is not product:
            errors.append(error_at(product, "slug", f"{product.slug!r} is already used by "
                                 f"{display_path(same_slug.source_path)} in {product.lang!r}"))
        # Translations share their SKU; no two products may.
        same_sku = by_sku.setdefault(product.sku, product)
        if same_sku.slug != product.slug:
            errors.append(error_at(product, "sku", f"{product.sku!r} is already the SKU of "
                                 f"{display_path(same_sku.source_path)}"))
        if not product.category.slug:
            errors.append(error_at(product, "category", f"{product.category.name!r} gives no "
                                 "URL: use at least one letter or digit"))
        original = by_slug.setdefault(product.slug, product)
        for key in ("sku", "kind"):
            if original is not product and getattr(original, key) != getattr(product, key):
                errors.append(error_at(product, key, f"translations must share the same {key}: "
                                     f"{display_path(original.source_path)} has "
                                     f"{getattr(original, key)!r}"))
    slugs = sorted(by_slug)
    for product in products:
        for index, slug in enumerate(product.related):
            if slug not in by_slug:
                errors.append(error_at(product, f"related[{index}]", _unknown(slug, slugs)))
    for study in case_studies:
        if not study.industry.slug:
            errors.append(error_at(study, "industry", f"{study.industry.name!r} gives no URL: "
                                   "use at least one letter or digit"))
        for index, slug in enumerate(study.products):
            if slug not in by_slug:
                errors.append(error_at(study, f"products[{index}]", _unknown(slug, slugs)))
    return errors


def output_collisions(
    pages: Iterable[PageToWrite], contents: Iterable[Any]
) -> list[ContentError]:
    """Files that two things would be written to: the second would silently replace the first."""
    owners: dict[str, str] = {}
    errors: list[ContentError] = []
    for page in pages:
        owner = (page.variables.get("product") or page.variables.get("category")
                 or page.variables.get("industry"))
        target = posixpath.normpath(page.save_as)
        if target not in owners:
            owners[target] = _describe(page.template, owner)
        elif isinstance(owner, Group):
            errors.append(error_at(owner.items[0], owner.kind, f"{owner.kind} {owner.name!r} "
                                   f"is written to {target}, like {owners[target]}"))
    for content in sorted(contents, key=lambda c: c.source_path):
        target = posixpath.normpath(content.save_as)
        if target in owners:
            errors.append(error_at(content, "slug", f"would be written to {target}, "
                                 f"which is {owners[target]}; choose another slug"))
        else:
            owners[target] = display_path(content.source_path)
    return errors


class _MissingTargets(logging.Handler):
    """Collects the link targets Pelican could not find while resolving a page's links."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.targets: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if str(record.msg).startswith("Unable to find") and record.args:
            self.targets.append(str(record.args[0]))  # type: ignore[index]


def broken_links(contents: Iterable[Any]) -> list[ContentError]:
    """`{filename}`, `{static}` and `{attach}` links to files that do not exist.

    Pelican only warns and leaves such a link broken; resolving every page's links here,
    before anything is written, makes each one a content error."""
    handler = _MissingTargets()
    pelican_contents = logging.getLogger("pelican.contents")
    pelican_contents.addHandler(handler)
    errors = []
    try:
        for content in contents:
            handler.targets.clear()
            content.get_content(content.get_siteurl())  # memoized: reused when writing
            for target in handler.targets:
                errors.append(error_mentioning(
                    content, target, f"link to {target!r}: no such file in the content folder"))
    finally:
        pelican_contents.removeHandler(handler)
    return errors


def _describe(template: str, owner: Any) -> str:
    if isinstance(owner, Group):
        return f"the page of {owner.kind} {owner.name!r}"
    if owner is not None:
        return display_path(owner.source_path)
    return f"the {template.replace('_', ' ')} page"


def _unknown(slug: str, slugs: list[str]) -> str:
    return f"no product has the slug {slug!r}" + did_you_mean(slug, slugs)


def link(catalog: Catalog) -> None:
    """Give each product and case study the objects its slugs name, in its own language."""
    for product in catalog.all_products():
        # Every slug names a product: checked before anything is linked.
        product.related_products = [
            found for slug in product.related
            if (found := catalog.product(slug, product.lang)) is not None
        ]
        product.case_studies = catalog.case_studies(product.lang, product.slug)
    for lang in catalog.languages:
        for study in catalog.case_studies(lang):
            study.linked_products = [catalog.product(slug, study.lang) for slug in study.products]


__all__ = [
    "broken_links",
    "collected_errors", "cross_reference_errors", "link", "output_collisions", "valid"]
