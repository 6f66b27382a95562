"""On paper: a PDF data sheet per product and language, and a catalogue PDF per language,
printed by WeasyPrint from pages the theme renders like any other (`datasheet.html`,
`catalogue_pdf.html`), with the same data, macros and images as the site.

Settings: `PAPER` (`settings.py`); URLs: `CATALOG["urls"]["datasheet"]` and
`["catalogue_pdf"]`. Phases: `pages` (`paper.pages`: the pages to print, `pages.py`) and
`written` (`paper.print`, priority 280: after the images and the theme's files are
written, which the pages fetch; before the sitemap and the search index, which must not
see the printed HTML). `printer.py` prints them, cached by what each is made of, and
removes the HTML; the pages that link a PDF then get its size. Templates get
`paper_link(name, lang, **fields)`: the URL and size of a PDF, None when it is not made.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from babel.units import format_unit
from catalog.kit import Output, PageToWrite, Site, declare, phases, site_of, stop_build
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from pelican import signals
from pelican.log import console

from .pages import Printed, paper_pages
from .printer import PrintError, print_pages
from .settings import SECTION, PaperSettings

SIZE_MARK = "<!--paper-size:{}-->"  # where a page shows a PDF's size, known once printed


@dataclass(frozen=True)
class PaperLink:
    url: str
    size: Markup  # the PDF's size, written in once it is printed


def _to_print(site: Site) -> tuple[list[PageToWrite], list[Printed], list[str]]:
    settings = site.settings.of(PaperSettings)
    if not settings.enabled:
        return [], [], []
    return site.once("paper.pages", lambda: paper_pages(
        site.catalog, settings.catalogue, settings.catalogue_limit))


def _pages(site: Site) -> list[PageToWrite]:
    return _to_print(site)[0]


def _print(output: Output) -> None:
    _, printed, skipped = _to_print(output.site)
    for reason in skipped:
        console.print(f"PDF: {reason}")
    if not printed:
        return
    settings = output.site.settings.of(PaperSettings)
    try:
        summary = print_pages(output.folder, [(p.source, p.pdf) for p in printed],
                              settings.site_url, output.site.settings.cache_folder("paper"))
    except PrintError as failure:
        stop_build(f"paper: {failure}; the previous site was left in place", 1)
    except OSError as missing:  # WeasyPrint could not load Pango, its text layout library
        stop_build(f"paper: WeasyPrint cannot run ({missing}); install Pango (Debian: "
                   "apt-get install libpango-1.0-0 libpangoft2-1.0-0) or set PAPER = "
                   "{'enabled': False}; the previous site was left in place", 1)
    for pdf in printed:
        page = output.folder / pdf.linked_from
        mark = SIZE_MARK.format(pdf.pdf).encode()
        page.write_bytes(page.read_bytes().replace(
            mark, size_text(summary.sizes[pdf.pdf], pdf.lang).encode()))
    console.print(str(summary))


def size_text(size: int, lang: str) -> str:
    """`size` bytes as a reader says it: "85 kB", "1.2 MB" ("85 ko", "1,2 Mo")."""
    if size < 1_000_000:
        return str(format_unit(max(1, round(size / 1000)), "digital-kilobyte", length="short",
                               locale=lang))
    return str(format_unit(round(size / 1_000_000, 1), "digital-megabyte", length="short",
                           locale=lang))


def _template_helpers(generator: Any) -> None:
    @pass_context
    def paper_link(context: Context, name: str, lang: str, **fields: str) -> PaperLink | None:
        """The PDF `name` (a `CATALOG["urls"]` name) in `lang`: None unless it is printed,
        as `paper_pages` decided (enabled, its URL set, a catalogue within its limit)."""
        catalog = context["catalog"]
        if not hasattr(catalog.settings.urls, name):
            return None
        url = catalog.url(name, lang, **fields)
        site = site_of(generator.settings)
        if url not in site.once("paper.printed", lambda: {p.pdf for p in _to_print(site)[1]}):
            return None
        return PaperLink(url, Markup(SIZE_MARK.format(url)))

    generator.env.globals["paper_link"] = paper_link


def register() -> None:
    declare(SECTION)
    phases.pages.register("paper.pages", 100)(_pages)
    phases.written.register("paper.print", 280)(_print)
    signals.generator_init.connect(_template_helpers)
