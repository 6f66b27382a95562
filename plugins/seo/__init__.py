"""Search engines: what the pages tell them, `sitemap.xml` and `robots.txt`.

- Template globals: `head_tags` (canonical address, Open Graph, Twitter card, noindex:
  `head.py`, `indexable.py`) and `structured_data` (the page's JSON-LD graph, built from
  the typed catalog: `jsonld.py`).
- Settings (`settings.py`): `SEO = {"site_url": …, "same_as": […], "return_policy": {…}}`,
  all optional; the address defaults to SITEURL, else FEED_DOMAIN.
- Phases: `check_files` (`seo.return-policy-page`: the page the return policy names
  exists); `written` (`seo.sitemap`, priority 250: after the plugins that write files,
  before the search index and the service worker, which lists every file). The sitemap
  lists every indexable page of every language with its language versions; a
  `robots.txt` the site brings is kept, with the `Sitemap:` line added when it lacks it.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache, partial
from typing import Any

from catalog.kit import (
    ContentError,
    Output,
    Site,
    Sources,
    absolute,
    declare,
    did_you_mean,
    phases,
    site_of,
)
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup
from pelican import signals
from pelican.log import console

from . import jsonld
from .head import PageFacts, head_tags
from .indexable import indexable, indexed_pages
from .robots import NOT_INDEXED, ROBOTS, write_robots
from .settings import SECTION, SeoSettings
from .sitemap import SITEMAP, sitemap_files

logger = logging.getLogger(__name__)


def _write(output: Output) -> None:
    site, folder = output.site, output.folder
    site_url = site.settings.of(SeoSettings).site_url
    if site.settings.of(SeoSettings).noindex:
        (folder / ROBOTS).write_text(NOT_INDEXED, encoding="utf-8")
        console.print(f"SEO: not for search engines (SEO.noindex): no {SITEMAP}; "
                      f"{ROBOTS} disallows every page")
        return
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


def _template_helpers(generator: Any) -> None:
    settings = generator.settings

    @pass_context
    def structured_data(context: Context, breadcrumb: Sequence[tuple[str, str]]) -> Markup:
        """The page's JSON-LD: the organisation and the site, the breadcrumb it shows, and
        what the page is about, read from the catalog and the other plugins' views."""
        site = site_of(settings)
        address = addresses(site)
        lang = str(context["lang"])
        # The organisation and the site are the same on every page of a language.
        facts, shared = site.once(f"seo.site-nodes.{lang}", lambda: _site_nodes(context, site))
        script = jsonld.graph_json(shared, jsonld.breadcrumbs(breadcrumb, address),
                                   *page_nodes(context, facts, address))
        return Markup(f'<script type="application/ld+json">{script}</script>')

    @pass_context
    def page_head(context: Context, title: str, description: str) -> Markup:
        """Canonical address, Open Graph and Twitter card tags of the page."""
        address = addresses(site_of(settings))
        lang = str(context["lang"])
        product = context.get("product")
        card = getattr(product, "og_image", None) if context.get("sample") is None else None
        return head_tags(PageFacts(
            title=" ".join(str(title).split()), description=str(description),
            url=address(page_address(context)),
            kind="article" if context.get("article") is not None else "website", lang=lang,
            other_langs=tuple(sorted(set(context.get("alternates") or ()) - {lang})),
            site_name=str(context["SITENAME"]),
            indexable=indexable(str(context.name)) and not site_of(settings).settings.of(
                SeoSettings).noindex,
            image=(address(card.url), card.width, card.height, product.title)
            if card is not None else None,
        ))

    generator.env.globals.update(
        structured_data=structured_data, head_tags=page_head,
        absolute_url=lambda url: addresses(site_of(settings))(str(url)))


def addresses(site: Site) -> Callable[[str], str]:
    """Site-relative URL -> absolute address, each worked out once per build (a listing
    names its products on every page that shows it)."""
    site_url = site.settings.of(SeoSettings).site_url
    return site.once("seo.addresses", lambda: cache(partial(absolute, site_url)))


def _site_nodes(context: Context, site: Site) -> tuple[jsonld.SiteFacts, str]:
    facts = site_facts(context, addresses(site), site)
    return facts, ",".join(jsonld.node_json(node) for node in (jsonld.organization(facts),
                                                                 jsonld.website(facts)))


def page_address(context: Context) -> str:
    """The page's site-relative URL: the catalog's pages give it, Pelican's are their item."""
    if "page_url" in context:
        return str(context["page_url"])
    item = context.get("item")
    return str(item.url) if item is not None else ""


def site_facts(context: Context, address: Callable[[str], str], site: Site) -> jsonld.SiteFacts:
    """The site as the page's context gives it: the contact channels (payments), the
    icons (site_icons) and the search pages (search), when those plugins are in use;
    and as the settings state it: profiles elsewhere, the return policy."""
    lang = str(context["lang"])
    seo = site.settings.of(SeoSettings)
    policy = seo.return_policy
    policy_page = policy_pages(site).get(lang) if policy else None
    contact = context.get("contact")
    icons = (context.get("site_icons") or {}).get("icons", ())
    logo = next((icon.path for icon in icons if icon.purpose == "any" and icon.size >= 512), None)
    search = (context.get("search_urls") or {}).get(lang)
    return jsonld.SiteFacts(
        name=str(context["SITENAME"]), root=address(""),
        url=address(context["catalog"].url("home", lang)),
        logo=address(logo) if logo else None, email=getattr(contact, "email", None),
        telephone=getattr(contact, "phone", None),
        search_url=address(search) if search else None, lang=lang,
        same_as=tuple(seo.same_as),
        return_policy=jsonld.return_policy(policy, address(policy_page)
                                           if policy_page is not None else None)
        if policy else None)


def policy_pages(site: Site) -> dict[str, str]:
    """Language -> URL of the page that states the return policy (the default language's
    version for a language that has none)."""
    policy = site.settings.of(SeoSettings).return_policy
    found = {version.lang: str(version.url) for page in site.content_pages
             if policy is not None and page.slug == policy.page
             for version in (page, *page.translations)}
    default = found.get(site.settings.pelican["DEFAULT_LANG"])
    if default is None:
        return found
    return {lang: found.get(lang, default) for lang in site.catalog.languages}


def _check_policy_page(sources: Sources) -> list[ContentError]:
    """The page `SEO.return_policy.page` names must exist."""
    policy = sources.settings.of(SeoSettings).return_policy
    if policy is None or policy.page is None:
        return []
    slugs = sorted({page.slug for page in sources.pages})
    if policy.page in slugs:
        return []
    return [sources.settings.error(
        "SEO.return_policy.page", f"no published page has the slug {policy.page!r}"
        + did_you_mean(policy.page, slugs) + ": write the page that states the return or "
        "withdrawal policy, or name its slug")]


def page_nodes(context: Context, facts: jsonld.SiteFacts,
               address: Callable[[str], str]) -> list[dict[str, Any] | None]:
    """What the page is about: a product (with its FAQ), a case study, a listing."""
    product, article, category = (context.get(name) for name in ("product", "article",
                                                                 "category"))
    if product is not None and context.get("sample") is None:
        shown = context["pictures_of"](product) if "pictures_of" in context else {}
        images = [address(shown[image.src].fallback) for image in product.images
                  if image.src in shown]
        return [jsonld.product(product, facts, address, images), jsonld.faq(product.faq)]
    if article is not None:
        return [jsonld.article(article, facts, address, article.linked_products)]
    if category is not None:
        return [jsonld.collection(category.name, str(context["page_url"]), category.items,
                                  address)]
    return []


def register() -> None:
    declare(SECTION)
    phases.check_files.register("seo.return-policy-page", 100)(_check_policy_page)
    phases.written.register("seo.sitemap", 250)(_write)
    signals.generator_init.connect(_template_helpers)
