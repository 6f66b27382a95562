"""The pages printed to PDF: a data sheet per product and language, and a catalogue per
language. Each is rendered by the catalog with the theme (`datasheet.html`,
`catalogue_pdf.html`) into `<its PDF's path>.html`, which `printer.py` prints and removes.

Their URLs are `CATALOG["urls"]["datasheet"]` (with `{slug}`) and
`CATALOG["urls"]["catalogue_pdf"]`; without one, those PDFs are not written.
"""

from __future__ import annotations

from dataclasses import dataclass

from catalog.kit import Catalog, PageToWrite, save_as

DATASHEET = "datasheet"
CATALOGUE = "catalogue_pdf"
SOURCE_SUFFIX = ".html"  # what the printed HTML is saved as, beside its PDF


@dataclass(frozen=True)
class Printed:
    """A PDF to print: its path in the site, and the page that links it."""

    pdf: str  # "produits/audit-express/fiche-audit-express.pdf"
    linked_from: str  # the linking page's file ("produits/audit-express/index.html")
    lang: str  # the linking page's language: the PDF's size is written in it

    @property
    def source(self) -> str:
        return self.pdf + SOURCE_SUFFIX


def paper_pages(catalog: Catalog, catalogue: bool, catalogue_limit: int
                ) -> tuple[list[PageToWrite], list[Printed], list[str]]:
    """The pages to render for printing, the PDFs they become, and why a catalogue is
    not printed, when one is not."""
    pages = catalog.product_pages(DATASHEET, DATASHEET, lambda url: url + SOURCE_SUFFIX)
    printed = [Printed(page.variables["url"], page.variables["product"].save_as, page.lang)
               for page in pages]
    skipped = []
    if catalogue and hasattr(catalog.settings.urls, CATALOGUE):
        for lang in catalog.languages:
            count = len(catalog.products(lang))
            if count > catalogue_limit:
                skipped.append(f"no catalogue PDF in {lang!r}: {count} products, more than "
                               f"PAPER['catalogue_limit'] ({catalogue_limit})")
                continue
            url = catalog.url(CATALOGUE, lang)
            alternates = {other: catalog.url(CATALOGUE, other) for other in catalog.languages}
            pages.append(PageToWrite(url + SOURCE_SUFFIX, CATALOGUE, lang, {
                "url": url, "categories": catalog.categories(lang), "alternates": alternates}))
            printed.append(Printed(url, save_as(catalog.url("catalog", lang)), lang))
    return pages, printed, skipped
