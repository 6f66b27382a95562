"""The seo plugin's settings section (`SEO` in pelicanconf.py).

- `site_url`: the site's absolute address, which sitemap.xml, robots.txt, canonical links
  and structured data must give (search engines ignore relative URLs there); by default
  SITEURL, else FEED_DOMAIN (see the catalog kit's `SiteAddress`).
- `same_as`: the organisation's profiles elsewhere (https:// addresses), for search
  engines to tie them to the site.
- `return_policy`: the one return or withdrawal policy of the shop, given in the
  organisation's structured data (`hasMerchantReturnPolicy`). In the EU a consumer may
  withdraw from a distance contract for 14 days, but loses that right for digital content
  once its download began with their consent, and for a service fully performed: the
  site owner states the policy they apply, Vitrine never guesses one.
"""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import urlsplit

from babel import Locale
from catalog.kit import Section, Settings, SiteAddress, default_site_address
from pelican.settings import DEFAULT_CONFIG
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)

# ISO 3166-1 alpha-2 codes as Babel knows them (its list also has regions such as "001").
COUNTRIES = frozenset(code for code in map(str, Locale("en").territories)
                      if len(code) == 2 and code.isalpha())
PELICAN_SITENAME = DEFAULT_CONFIG["SITENAME"]
# Return windows that are not a number of days.
WINDOWS = ("unlimited", "none")
# Google reads at most 50 countries of a return policy.
MAX_COUNTRIES = 50


def country_code(value: str) -> str:
    if value not in COUNTRIES:
        hint = f" (did you mean {value.upper()!r}?)" if value.upper() in COUNTRIES else ""
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code{hint}, "
                         "like 'FR' or 'BE'")
    return value


def https_address(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname or any(c.isspace() for c in value):
        raise ValueError(f"{value!r} is not an absolute https:// address, like "
                         "'https://www.linkedin.com/company/your-company'")
    return value


Country = Annotated[str, AfterValidator(country_code)]
HttpsAddress = Annotated[str, AfterValidator(https_address)]


class ReturnPolicy(BaseModel):
    """What `hasMerchantReturnPolicy` says, in the site owner's words."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    countries: list[Country] = Field(min_length=1, max_length=MAX_COUNTRIES,
                                     description="countries of sale the policy applies to "
                                                 "(ISO 3166-1 alpha-2 codes)")
    days: int | str = Field(
        description="days a buyer has to return or withdraw (14 in the EU), 'unlimited', "
                    "or 'none' when nothing can be returned")
    fees: Literal["free", "customer"] | None = Field(
        None, description="who pays a return: 'free' (the shop) or 'customer'")
    method: Literal["mail", "store", "kiosk"] | None = Field(
        None, description="how goods come back, when there are goods to send back")
    return_country: Country | None = Field(
        None, description="country goods are sent back to (ISO 3166-1 alpha-2)")
    page: str | None = Field(None, description="slug of the page that states the policy "
                                               "in every language")

    @field_validator("days")
    @classmethod
    def _days(cls, value: int | str) -> int | str:
        if value in WINDOWS:
            return value
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return value
        raise ValueError(f"{value!r} is not a number of days (at least 1), "
                         + " nor ".join(repr(window) for window in WINDOWS))

    @field_validator("fees", "method", "return_country")
    @classmethod
    def _returnable(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is not None and info.data.get("days") == "none":
            raise ValueError("nothing can be returned ('days': 'none'): leave it out")
        return value


class SeoSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    site_url: SiteAddress = Field(description="absolute http(s) address of the site, without "
                                              "a trailing slash; default SITEURL, else "
                                              "FEED_DOMAIN")
    same_as: list[HttpsAddress] = Field(default_factory=list,
                                        description="the organisation's profiles on other "
                                                    "sites, as https:// addresses")
    return_policy: ReturnPolicy | None = Field(None, description="the shop's return or "
                                                                 "withdrawal policy")
    noindex: bool = Field(False, description="a site search engines must not index (a "
                                             "preview): every page says noindex, no "
                                             "sitemap, robots.txt disallows everything")


def _organisation_name(seo: SeoSettings, settings: Settings) -> list[tuple[str, str]]:
    """The site's name is the organisation's in the structured data: Pelican's default
    would tell search engines the shop is called "A Pelican Blog"."""
    name = str(settings.pelican.get("SITENAME") or "").strip()
    if name and name != PELICAN_SITENAME:
        return []
    return [("", f"SITENAME is {'empty' if not name else repr(name)}, and it names the "
                 "organisation in search engines' results: set SITENAME = 'Your company' "
                 "in pelicanconf.py")]


SECTION = Section("SEO", SeoSettings, defaults=default_site_address,
                  cross_check=_organisation_name)
