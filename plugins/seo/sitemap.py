"""sitemap.xml (sitemaps.org protocol 0.9) of the indexable pages, with their language
versions as `xhtml:link rel="alternate" hreflang` elements (as Google and Bing read them).

Pure: pages and the site's address in, files' bytes out. The same pages give the same
bytes: entries sorted by address, alternates by language, no build time anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from catalog.kit import absolute, language_tag
from lxml import etree

from .indexable import IndexedPage

SITEMAP = "sitemap.xml"
# The protocol's limits for one sitemap file; above either, `sitemap.xml` becomes an index
# of `sitemap-1.xml`, `sitemap-2.xml`… (an index may name 50,000 sitemaps).
MAX_URLS = 50_000
MAX_BYTES = 50 * 1024 * 1024  # uncompressed
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
X_DEFAULT = "x-default"  # the version for visitors whose language the site does not have




def sitemap_files(pages: Sequence[IndexedPage], site_url: str, default_lang: str,
                  max_urls: int = MAX_URLS, max_bytes: int = MAX_BYTES) -> dict[str, bytes]:
    """File name -> bytes: `sitemap.xml` alone, or it as the index of numbered sitemaps
    when the pages exceed `max_urls` or `max_bytes`."""
    ordered = sorted(pages, key=lambda page: absolute(site_url, page.url))
    parts = [file for start in range(0, max(len(ordered), 1), max_urls)
             for file in _within(ordered[start:start + max_urls], site_url, default_lang,
                                 max_bytes)]
    if len(parts) == 1:
        return {SITEMAP: parts[0]}
    names = [f"sitemap-{number}.xml" for number in range(1, len(parts) + 1)]
    return {SITEMAP: sitemap_index([absolute(site_url, name) for name in names]),
            **dict(zip(names, parts, strict=True))}


def _within(pages: Sequence[IndexedPage], site_url: str, default_lang: str,
            max_bytes: int) -> list[bytes]:
    """`pages` as one sitemap, or as several halves when it would weigh over `max_bytes`."""
    whole = urlset(pages, site_url, default_lang)
    if len(whole) <= max_bytes or len(pages) < 2:
        return [whole]
    half = len(pages) // 2
    return [*_within(pages[:half], site_url, default_lang, max_bytes),
            *_within(pages[half:], site_url, default_lang, max_bytes)]


def urlset(pages: Sequence[IndexedPage], site_url: str, default_lang: str) -> bytes:
    """One sitemap listing `pages` in the order given."""
    root = etree.Element(f"{{{SITEMAP_NS}}}urlset", nsmap={None: SITEMAP_NS, "xhtml": XHTML_NS})
    for page in pages:
        entry = etree.SubElement(root, f"{{{SITEMAP_NS}}}url")
        etree.SubElement(entry, f"{{{SITEMAP_NS}}}loc").text = absolute(site_url, page.url)
        if page.lastmod is not None:
            etree.SubElement(entry, f"{{{SITEMAP_NS}}}lastmod").text = page.lastmod.isoformat()
        for lang, url in _hreflang_links(page, default_lang):
            etree.SubElement(entry, f"{{{XHTML_NS}}}link", rel="alternate", hreflang=lang,
                             href=absolute(site_url, url))
    return _serialized(root)


def _hreflang_links(page: IndexedPage, default_lang: str) -> list[tuple[str, str]]:
    """(hreflang, URL) of every version, then x-default: the default language's version.
    Nothing for a page in one language only: there is nothing to choose between."""
    if len(page.alternates) < 2:
        return []
    links = [(language_tag(lang), url) for lang, url in sorted(page.alternates.items())]
    if default_lang in page.alternates:
        links.append((X_DEFAULT, page.alternates[default_lang]))
    return links


def sitemap_index(addresses: Sequence[str]) -> bytes:
    """The index naming each sitemap at its address."""
    root = etree.Element(f"{{{SITEMAP_NS}}}sitemapindex", nsmap={None: SITEMAP_NS})
    for address in addresses:
        entry = etree.SubElement(root, f"{{{SITEMAP_NS}}}sitemap")
        etree.SubElement(entry, f"{{{SITEMAP_NS}}}loc").text = address
    return _serialized(root)


def _serialized(root: etree._Element) -> bytes:
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                 pretty_print=True)
    return data
