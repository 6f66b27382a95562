"""The offline plugin's settings section (`OFFLINE` in pelicanconf.py)."""

from __future__ import annotations

import datetime
import re

from catalog.kit import CatalogSettings, Section, Settings
from pydantic import BaseModel, ConfigDict, Field, field_validator

HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class OfflineSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = Field(
        True, description="False ships a service worker that unregisters itself (kill switch)"
    )
    name: str | None = Field(None, min_length=1, description="app name; default SITENAME")
    short_name: str | None = Field(
        None, min_length=1, max_length=12, description="name under the icon; default SITENAME"
    )
    theme_color: str = "#0b5cad"
    background_color: str = "#ffffff"
    precache_pages: list[str] = Field(
        default_factory=lambda: ["home", "catalog"],
        description="listing pages (CATALOG urls names) cached at the first visit, per language",
    )
    precache_urls: list[str] = Field(
        default_factory=list,
        description="other pages cached at the first visit, as site-relative URLs like "
                    "'recherche/' (the search pages, so that search works offline)",
    )
    precache_budget_kb: int = Field(1024, gt=0, description="precache size above which the "
                                    "build warns")
    network_timeout_ms: int = Field(3000, gt=0, description="wait this long for a page from "
                                    "the network before showing the saved copy")
    image_cache_entries: int = Field(80, gt=0, description="images kept for offline reading")
    prices_as_of: datetime.date | None = Field(
        None, description="date shown on saved copies; default: the build's date (see README)"
    )

    @field_validator("precache_urls")
    @classmethod
    def _relative(cls, urls: list[str]) -> list[str]:
        for url in urls:
            if url.startswith("/") or "://" in url or ".." in url.split("/"):
                raise ValueError(f"{url!r} must be a URL relative to the site, like 'recherche/'")
        return urls

    @field_validator("theme_color", "background_color")
    @classmethod
    def _colour(cls, value: str) -> str:
        if not HEX_COLOUR.fullmatch(value):
            raise ValueError(f"{value!r} is not a colour like '#0b5cad'")
        return value.lower()


def _precache_pages(offline: OfflineSettings, settings: Settings) -> list[tuple[str, str]]:
    """`precache_pages` must name listing pages of `CATALOG["urls"]` that are one page per
    language (a category, an industry or a sample has a `{slug}`: one page per item)."""
    urls = settings.of(CatalogSettings).urls.model_dump()
    listings = {
        name for name, by_lang in urls.items()
        if name not in ("category", "industry", "sample")
        and not any("{" in str(url) for url in by_lang.values())
    }
    unknown = [name for name in offline.precache_pages if name not in listings]
    if unknown:
        return [("precache_pages", f"{unknown[0]!r} is not a page of CATALOG['urls'] "
                                   f"({', '.join(sorted(listings))})")]
    return []


SECTION = Section("OFFLINE", OfflineSettings, cross_check=_precache_pages)
