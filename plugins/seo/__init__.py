"""Search engines: `sitemap.xml` and `robots.txt` at the site root.

Settings: `SEO = {"site_url": "https://www.example.com"}` (optional; default SITEURL, else
FEED_DOMAIN). Phase: `written` (`seo.sitemap`, priority 250: after the plugins that write
files, before the search index and the service worker, which lists every file). The
sitemap lists every indexable page of every language (`indexable.py`) with its language
versions; a `robots.txt` the site brings is kept, with the `Sitemap:` line added when
it lacks it.
"""

from __future__ import annotations

import logging
from collections import Counter

from catalog.kit import Output, declare, phases
from pelican.log import console

from .indexable import indexed_pages
from .robots import write_robots
from .settings import SECTION, SeoSettings
from .sitemap import SITEMAP, absolute, sitemap_files

logger = logging.getLogger(__name__)


def _write(output: Output) -> None:
    site, folder = output.site, output.folder
    site_url = site.settings.of(SeoSettings).site_url
    pages = indexed_pages(site.pages_to_write, site.contents)
    files = sitemap_files(pages, site_url, site.settings.pelican["DEFAULT_LANG"])
    for name, data in files.items():
        if (folder / name).exists():
            logger.warning("SEO: the site's own %s is replaced by the generated one", name)
        (folder / name).write_bytes(data)
    languages = ", ".join(f"{lang}: {count}"
                          for lang, count in sorted(Counter(p.lang for p in pages).items()))
    sitemaps = f" in {len(files) - 1} sitemaps and their index" if len(files) > 1 else ""
    robots = write_robots(folder, absolute(site_url, SITEMAP))
    console.print(f"SEO: {SITEMAP} lists {len(pages)} pages ({languages}){sitemaps}; {robots}")


def register() -> None:
    declare(SECTION)
    phases.written.register("seo.sitemap", 250)(_write)
