"""The seo plugin's settings section (`SEO` in pelicanconf.py): the site's absolute address,
which sitemap.xml and robots.txt must give (search engines ignore relative URLs there).

By default it is SITEURL, else FEED_DOMAIN: the development build has no SITEURL, and
pelicanconf.py sets FEED_DOMAIN to `make serve`'s address for the feeds, which need
absolute URLs for the same reason."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from catalog.kit import Section
from pydantic import BaseModel, ConfigDict, Field, field_validator

EXAMPLE = "https://www.example.com"


class SeoSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # Never None once validated: a build without an address is a settings error, so the
    # plugin reads a `str`. None is accepted as input only to be reported (see below).
    site_url: str = Field(description="absolute http(s) address of the site, without a "
                                      "trailing slash; default SITEURL, else FEED_DOMAIN")

    @field_validator("site_url", mode="before")
    @classmethod
    def _absolute(cls, value: Any) -> Any:
        if value is None or value == "":
            raise ValueError(
                "sitemap.xml and robots.txt need the site's absolute address, and neither "
                "SITEURL nor FEED_DOMAIN gives one: set SITEURL (publishconf.py), FEED_DOMAIN "
                f"(the development server's address), or SEO = {{'site_url': '{EXAMPLE}'}}")
        if not isinstance(value, str):
            return value  # pydantic reports the wrong type
        return absolute_site_url(value)


def absolute_site_url(value: str) -> str:
    """`value` without its trailing slash, or a ValueError saying what is wrong with it."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(
            character.isspace() for character in value):
        raise ValueError(f"{value!r} is not an absolute http(s) address like {EXAMPLE!r}")
    if "?" in value or "#" in value:
        raise ValueError(f"{value!r} must have no query (?…) nor fragment (#…): the pages' "
                         "paths are added after it")
    return value.rstrip("/")


def default_site_url(settings: Mapping[str, Any]) -> dict[str, Any]:
    """SITEURL, else FEED_DOMAIN, else None (a settings error naming what to write)."""
    return {"site_url": settings.get("SITEURL") or settings.get("FEED_DOMAIN") or None}


SECTION = Section("SEO", SeoSettings, defaults=default_site_url)
