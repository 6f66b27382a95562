"""The paper plugin's settings section (`PAPER` in pelicanconf.py).

- `enabled`: write the PDFs. `make devserver` turns it off: a save is shown at once, and
  PDFs are not previewed.
- `catalogue`: also the catalogue PDF of each language, unless it has more products than
  `catalogue_limit` (300): a catalogue of 1,000 products is 1,000 pages, minutes and
  2.5 GB of memory to print again at every change (see README, "On paper").
- `site_url`: the site's absolute address, which the PDFs' links and address QR codes
  need (a PDF has no page around it); by default SITEURL, else FEED_DOMAIN.
"""

from __future__ import annotations

from catalog.kit import Section, SiteAddress, default_site_address
from pydantic import BaseModel, ConfigDict, Field


class PaperSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = Field(True, description="write a data sheet PDF per product and language")
    catalogue: bool = Field(True, description="also a catalogue PDF per language")
    catalogue_limit: int = Field(300, ge=1, description="no catalogue PDF for a language of "
                                 "more products: hundreds of pages take minutes and "
                                 "gigabytes to print at every change")
    site_url: SiteAddress = Field(description="the site's absolute address, for the PDFs' "
                                  "links; default SITEURL, else FEED_DOMAIN")


SECTION = Section("PAPER", PaperSettings, defaults=default_site_address)
