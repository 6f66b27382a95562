"""The seo plugin's settings section (`SEO` in pelicanconf.py): the site's absolute address,
which sitemap.xml, robots.txt, canonical links and structured data must give (search
engines ignore relative URLs there); by default SITEURL, else FEED_DOMAIN (see the
catalog kit's `SiteAddress`)."""

from __future__ import annotations

from catalog.kit import Section, SiteAddress, default_site_address
from pydantic import BaseModel, ConfigDict, Field


class SeoSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    site_url: SiteAddress = Field(description="absolute http(s) address of the site, without "
                                              "a trailing slash; default SITEURL, else "
                                              "FEED_DOMAIN")


SECTION = Section("SEO", SeoSettings, defaults=default_site_address)
