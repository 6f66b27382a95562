"""Head tags: a canonical address for every indexable page (the sitemap's), Open Graph and
Twitter tags in the page's language, absolute hreflang alternates."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from lxml import etree
from seo.head import PageFacts, head_tags, og_locale

from tests.helpers.sitemaps import SM

PAGE = PageFacts(title='Audit "express" <b>', description="Un & deux", lang="fr",
                 url="https://example.com/produits/audit/", kind="website", other_langs=("en",),
                 site_name="Boussole", indexable=True)


def test_values_are_escaped_and_locales_have_a_territory() -> None:
    written = str(head_tags(PAGE))
    assert 'content="Audit &#34;express&#34; &lt;b&gt;"' in written
    assert 'content="Un &amp; deux"' in written
    assert '<meta property="og:locale" content="fr_FR">' in written
    assert '<meta property="og:locale:alternate" content="en_US">' in written
    assert (og_locale("pt_BR"), og_locale("de")) == ("pt_BR", "de_DE")


def test_a_page_kept_out_of_the_index_has_no_canonical_address() -> None:
    assert "canonical" not in str(head_tags(PageFacts(**{**PAGE.__dict__, "indexable": False})))


@pytest.mark.build
def test_every_listed_page_is_its_own_canonical_and_nothing_else_is(built_site: Path) -> None:
    listed = {loc.text for loc in etree.parse(built_site / "sitemap.xml").iter(f"{SM}loc")}
    canonical = {}
    for page in sorted(built_site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        link = soup.find("link", rel="canonical")
        if link is None:
            continue
        canonical[link["href"]] = page
        path = unquote(urlsplit(link["href"]).path)
        assert str(page.relative_to(built_site)) == (path.lstrip("/") + "index.html"), page
        assert soup.find("meta", property="og:url")["content"] == link["href"]
        for alternate in soup.find_all("link", rel="alternate", hreflang=True):
            assert urlsplit(alternate["href"]).scheme in ("http", "https"), (page, alternate)
    assert set(canonical) == listed
