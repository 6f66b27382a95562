"""The paper plugin's settings section (`PAPER` in pelicanconf.py).

- `enabled`: write the PDFs. `make devserver` turns it off: a save is shown at once, and
  PDFs are not previewed.
- `catalogue`: also the catalogue PDF of each language (every product: for a catalogue of
  hundreds of products, long to print at every change; see README, "On paper").
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
    site_url: SiteAddress = Field(description="the site's absolute address, for the PDFs' "
                                  "links; default SITEURL, else FEED_DOMAIN")


SECTION = Section("PAPER", PaperSettings, defaults=default_site_address)
