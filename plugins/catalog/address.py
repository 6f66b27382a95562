"""The site's absolute address, for what is read without a page around it: sitemaps,
robots.txt, feeds. Relative URLs mean nothing there.

By default SITEURL, else FEED_DOMAIN: the development build has no SITEURL, and
pelicanconf.py sets FEED_DOMAIN to `make serve`'s address for Pelican's own feeds.
A plugin that needs the address declares a `site_url: SiteAddress` field in its section
with `default_site_address` as the section's defaults; a build without any address is
then a settings error of that section, saying what to write.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

from pydantic import BeforeValidator, ValidationInfo

EXAMPLE = "https://www.example.com"
# Characters a URL keeps as they are (RFC 3986 reserved and unreserved, and "%" of an
# escape already made); any other, such as an accented letter, is percent-encoded, as
# sitemaps and feeds require.
URL_SAFE = ":/?#[]@!$&'()*+,;=-._~%"


def absolute_address(value: Any, info: ValidationInfo) -> Any:
    """`value` without its trailing slash, or a ValueError saying what to write."""
    if value is None or value == "":
        raise ValueError("the site's absolute address is needed, and neither SITEURL nor "
                         "FEED_DOMAIN gives one: set SITEURL (publishconf.py), FEED_DOMAIN "
                         "(the development server's address), or this section's "
                         f"{{'{info.field_name}': '{EXAMPLE}'}}")
    if not isinstance(value, str):
        return value  # pydantic reports the wrong type
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(
            character.isspace() for character in value):
        raise ValueError(f"{value!r} is not an absolute http(s) address like {EXAMPLE!r}")
    if "?" in value or "#" in value:
        raise ValueError(f"{value!r} must have no query (?…) nor fragment (#…): the pages' "
                         "paths are added after it")
    return value.rstrip("/")


# Never None once validated: a build without an address is a settings error.
SiteAddress = Annotated[str, BeforeValidator(absolute_address)]


def default_site_address(settings: Mapping[str, Any]) -> dict[str, Any]:
    """The `site_url` default of a section: SITEURL, else FEED_DOMAIN, else None (an error)."""
    return {"site_url": settings.get("SITEURL") or settings.get("FEED_DOMAIN") or None}


def absolute(site_url: str, url: str) -> str:
    """The address of the site-relative `url` ("" for the home page)."""
    return f"{site_url}/{quote(url, safe=URL_SAFE)}"


def language_tag(lang: str) -> str:
    """A Pelican language code as a BCP 47 tag (hreflang, feeds): "pt_BR" -> "pt-BR"."""
    return lang.replace("_", "-")
