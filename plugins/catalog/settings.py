"""The catalog plugin's settings section (`CATALOG` in pelicanconf.py) and the Product
settings Pelican needs."""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .registry import Section, Settings


class Urls(BaseModel):
    """Where listing pages are written, per language; `{slug}` is the category's, the
    industry's or (for an e-book's sample chapter) the product's slug.

    Other names are URLs of pages that plugins write (for example `compare`, the
    comparison page of a category): each may use `{slug}` or no placeholder."""

    model_config = ConfigDict(extra="allow", frozen=True)

    home: dict[str, str]
    catalog: dict[str, str]
    category: dict[str, str]
    case_studies: dict[str, str]
    industry: dict[str, str]
    sample: dict[str, str]

    @field_validator("home", "catalog", "case_studies", "category", "industry", "sample")
    @classmethod
    def _placeholders(cls, patterns: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        needed = {"slug"} if info.field_name in ("category", "industry", "sample") else set()
        return _checked_patterns(patterns, [needed])

    @model_validator(mode="after")
    def _plugin_pages(self) -> Urls:
        for name, patterns in (self.model_extra or {}).items():
            if not isinstance(patterns, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in patterns.items()
            ):
                raise ValueError(f"{name}: expected a URL per language, like {{'fr': 'x/'}}")
            try:
                _checked_patterns(patterns, [set(), {"slug"}])
            except ValueError as error:
                raise ValueError(f"{name}: {error}") from None
        return self


def _checked_patterns(patterns: dict[str, str], allowed: list[set[str]]) -> dict[str, str]:
    """`patterns` (URL per language) when each is relative and has one of the `allowed`
    sets of placeholders."""
    for lang, pattern in patterns.items():
        try:
            fields = {name for _, name, _, _ in Formatter().parse(pattern) if name}
        except ValueError as error:
            raise ValueError(f"{lang}: {pattern!r}: {error}") from None
        if fields not in allowed:
            expected = " or ".join("'{slug}'" if needed else "no placeholder"
                                   for needed in allowed)
            raise ValueError(f"{lang}: {pattern!r} must contain {expected}")
        if pattern.startswith("/") or ".." in pattern.split("/"):
            raise ValueError(f"{lang}: {pattern!r} must be relative, inside the site")
    return patterns


class CatalogSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    languages: list[str] = Field(min_length=1)
    urls: Urls
    processes: int = Field(0, ge=0, description="processes reading and rendering; 0: one per core")
    dates_from_git: bool = Field(True, description="products and pages without `updated:` "
                                 "show the date of their file's last commit")
    edit_url: str | None = Field(None, description="where a page's 'Edit this page' link "
                                 "goes: the repository's web editor, with {path}")

    @field_validator("edit_url")
    @classmethod
    def _edit_url(cls, pattern: str | None) -> str | None:
        if pattern is None:
            return None
        if not pattern.startswith("https://") or "{path}" not in pattern:
            raise ValueError(f"{pattern!r} must be an https:// address with {{path}}, like "
                             "'https://github.com/you/site/edit/main/{path}'")
        return pattern

    @model_validator(mode="after")
    def _every_language_has_urls(self) -> CatalogSettings:
        for name, by_lang in self.urls.model_dump().items():
            missing = [lang for lang in self.languages if lang not in by_lang]
            if missing:
                raise ValueError(f"urls.{name} has no URL for {', '.join(missing)}")
        return self


# Settings of the Product content type that Pelican needs, with their defaults.
PRODUCT_URL_DEFAULTS = {
    "PRODUCT_PATHS": ["products"],
    "PRODUCT_EXCLUDES": [],
    "PRODUCT_URL": "products/{slug}/",
    "PRODUCT_SAVE_AS": "products/{slug}/index.html",
    "PRODUCT_LANG_URL": "{lang}/products/{slug}/",
    "PRODUCT_LANG_SAVE_AS": "{lang}/products/{slug}/index.html",
    "SAMPLE_PATHS": ["samples"],
    "SAMPLE_EXCLUDES": [],
}


def languages_default_first(settings: Mapping[str, Any]) -> list[str]:
    """The site's languages from Pelican's settings, the default (DEFAULT_LANG) first: the
    order commands beside the build write files and show choices in."""
    default = settings["DEFAULT_LANG"]
    others = settings.get("CATALOG", {}).get("languages") or []
    return [default, *(lang for lang in others if lang != default)]


def _default_language(catalog: CatalogSettings, settings: Settings) -> list[tuple[str, str]]:
    lang = settings.pelican.get("DEFAULT_LANG")
    if lang in catalog.languages:
        return []
    return [("languages", f"DEFAULT_LANG {lang!r} is not in CATALOG.languages "
                          f"({', '.join(catalog.languages)})")]


SECTION = Section("CATALOG", CatalogSettings, cross_check=_default_language,
                  extra_settings=PRODUCT_URL_DEFAULTS)
