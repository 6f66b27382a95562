"""The feeds plugin's settings section (`FEEDS` in pelicanconf.py): the site's absolute
address, which every link of a feed must give (feed readers and shopping services fetch
the feed alone, with no page to resolve a relative URL against), and where the feeds go.

The address is SITEURL by default, else FEED_DOMAIN, as for the seo plugin's sitemap:
the development build has no SITEURL, and pelicanconf.py sets FEED_DOMAIN to `make
serve`'s address. The plugin writes the case-study feeds in place of Pelican's
TRANSLATION_FEED_ATOM, whose feeds share one id and title in every language: the two
cannot both be on."""

from __future__ import annotations

from string import Formatter

from catalog.kit import Section, Settings, SiteAddress, default_site_address
from pydantic import BaseModel, ConfigDict, Field, field_validator

CASE_STUDIES = "feeds/case-studies.{lang}.atom.xml"
PRODUCTS = "feeds/products.{lang}.atom.xml"
MERCHANT = "feeds/merchant.{lang}.{currency}.xml"


class FeedsSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # Never None once validated: a build without an address is a settings error, so the
    # plugin reads a `str`. None is accepted as input only to be reported (see below).
    site_url: SiteAddress = Field(description="absolute http(s) address of the site, "
                                              "without a trailing slash; default SITEURL, "
                                              "else FEED_DOMAIN")
    # None (or "") writes no such feed.
    case_studies: str | None = Field(CASE_STUDIES, description="Atom feed of the case "
                                                               "studies of a language; "
                                                               "'{lang}' is required")
    products: str | None = Field(PRODUCTS, description="Atom feed of the products of a "
                                                       "language; '{lang}' is required")
    merchant: str | None = Field(MERCHANT, description="merchant feed (RSS 2.0, Google "
                                                       "Merchant) of a language and "
                                                       "currency; '{lang}' and '{currency}' "
                                                       "are required")

    @field_validator("case_studies", "products")
    @classmethod
    def _per_language(cls, value: str | None) -> str | None:
        return file_pattern(value, {"lang"})

    @field_validator("merchant")
    @classmethod
    def _merchant(cls, value: str | None) -> str | None:
        return file_pattern(value, {"lang", "currency"})


def file_pattern(value: str | None, placeholders: set[str]) -> str | None:
    """`value`, a file of the site with exactly `placeholders`, or None for no feed."""
    if not value:
        return None
    wanted = " and ".join(f"'{{{name}}}'" for name in sorted(placeholders))
    try:
        found = {name for _, name, _, _ in Formatter().parse(value) if name is not None}
    except ValueError as error:
        raise ValueError(f"{value!r}: {error}") from None
    if found != placeholders:
        # One file per language (and currency): without the placeholder, they would
        # overwrite each other.
        raise ValueError(f"{value!r} must contain {wanted} and no other placeholder")
    if value.startswith("/") or value.endswith("/") or ".." in value.split("/"):
        raise ValueError(f"{value!r} must be the path of a file inside the site, like "
                         f"{PRODUCTS!r}")
    return value


def one_case_study_feed(feeds: FeedsSettings, settings: Settings) -> list[tuple[str, str]]:
    if feeds.case_studies and settings.pelican.get("TRANSLATION_FEED_ATOM"):
        return [("case_studies", "Pelican's TRANSLATION_FEED_ATOM writes case-study feeds "
                 "too, with one id and title for every language: set TRANSLATION_FEED_ATOM "
                 "= None, or FEEDS['case_studies'] = None to keep Pelican's")]
    return []


SECTION = Section("FEEDS", FeedsSettings, defaults=default_site_address,
                  cross_check=one_case_study_feed)
