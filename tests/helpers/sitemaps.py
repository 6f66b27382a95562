"""Validating a sitemap against the official sitemaps.org schema (`sitemap.xsd`, from the
npm package `sitemap`, pinned in tests/package.json), shared by the unit and build tests.

The package ships `sitemap.xsd` (urlset only) and `all.xsd`, which imports the XHTML
schema from w3.org: it cannot be loaded offline. `sitemap.xsd` checks foreign elements
strictly, so `xhtml:link` alternates are removed before validating and checked here.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from tests.helpers.tools import unavailable

TESTS = Path(__file__).resolve().parent.parent
SITEMAP_XSD = TESTS / "node_modules" / "sitemap" / "schema" / "sitemap.xsd"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML_LINK = "{http://www.w3.org/1999/xhtml}link"
# A BCP 47 language tag as hreflang takes it (language, optional script/region), or x-default.
HREFLANG = re.compile(r"[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|[0-9]{3}))?|x-default")


def schema() -> etree.XMLSchema:
    if not SITEMAP_XSD.is_file():
        unavailable(f"{SITEMAP_XSD} is missing (run: npm ci --prefix tests)")
    return etree.XMLSchema(etree.parse(str(SITEMAP_XSD)))


def schema_errors(data: bytes, site_url: str) -> list[str]:
    """Every way the sitemap `data` breaks the protocol: sitemap.xsd's errors once the
    alternates are removed, then the alternates' own."""
    tree = etree.fromstring(data)
    errors = [f"xhtml:link of {link.getparent().findtext(f'{SM}loc')}: {problem}"
              for link in tree.iter(XHTML_LINK) for problem in link_problems(link, site_url)]
    for link in list(tree.iter(XHTML_LINK)):
        link.getparent().remove(link)
    validator = schema()
    if not validator.validate(tree):
        errors += [f"line {error.line}: {error.message}" for error in validator.error_log]
    return errors


def link_problems(link: etree._Element, site_url: str) -> list[str]:
    """What is wrong with one `xhtml:link` as Google documents them: a child of `url` after
    its protocol elements, `rel="alternate"`, a valid hreflang, an absolute href on the
    site, and nothing inside."""
    problems = []
    parent = link.getparent()
    if parent is None or parent.tag != f"{SM}url":
        problems.append("not inside <url>")
    elif any(sibling.tag != XHTML_LINK for sibling in link.itersiblings()):
        problems.append("before a protocol element")
    if sorted(link.attrib) != ["href", "hreflang", "rel"]:
        problems.append(f"attributes {sorted(link.attrib)}")
    if link.get("rel") != "alternate":
        problems.append(f"rel={link.get('rel')!r}")
    if not HREFLANG.fullmatch(link.get("hreflang") or ""):
        problems.append(f"hreflang={link.get('hreflang')!r}")
    if not (link.get("href") or "").startswith(site_url + "/"):
        problems.append(f"href={link.get('href')!r} is not on {site_url}")
    if len(link) or (link.text or "").strip():
        problems.append("not empty")
    return problems
