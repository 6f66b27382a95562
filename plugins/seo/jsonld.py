"""Structured data (schema.org in JSON-LD) of a page, built from the typed catalog.

Pure: products, case studies and the site's facts in, plain dicts out; `script_json`
turns a graph into text that cannot leave its `<script type="application/ld+json">`.
Nothing is invented: a field the content does not state is left out (no rating without
reviews, no `priceValidUntil`, no GTIN), and what is given equals what the page shows,
since both are read from the same objects.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from catalog.kit import plain_price
from markupsafe import Markup

from .settings import ReturnPolicy

CONTEXT = "https://schema.org"
# How an offer is paid (the payments plugin's options) when it can be bought right now; an
# offer ordered through a contact channel says nothing of its availability.
IN_STOCK = ("link", "bank-transfer", "free")
# Characters that could end the script element, open an HTML comment, or end a line in
# older JavaScript parsers: written as JSON escapes, which mean the same to JSON readers.
ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
           "\u2029": "\\u2029"}

# The settings' words for who pays a return and how goods come back, as schema.org names them.
RETURN_FEES = {"free": "FreeReturn", "customer": "ReturnFeesCustomerResponsibility"}
RETURN_METHODS = {"mail": "ReturnByMail", "store": "ReturnInStore", "kiosk": "ReturnAtKiosk"}

Absolute = Callable[[str], str]  # site-relative URL -> absolute address


@dataclass(frozen=True)
class SiteFacts:
    """What the structured data says of the site itself."""

    name: str
    root: str  # absolute address of the site: the organisation is one in every language
    url: str  # absolute address of the home page of the page's language
    logo: str | None  # absolute URL of a square logo
    email: str | None
    telephone: str | None
    search_url: str | None  # absolute URL of the search page of the page's language
    lang: str
    same_as: tuple[str, ...] = ()  # the organisation's profiles on other sites
    return_policy: dict[str, Any] | None = None  # a `MerchantReturnPolicy` (`return_policy`)


def script_json(graph: dict[str, Any]) -> Markup:
    """`graph` as JSON safe inside `<script type="application/ld+json">`."""
    return Markup(node_json(graph))  # escaped: nothing in it can close the element


def node_json(node: dict[str, Any]) -> str:
    """`node` as JSON safe inside the script element, its keys sorted."""
    text = json.dumps(node, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for character, escape in ESCAPES.items():  # str.replace: a third of str.translate's time
        text = text.replace(character, escape)
    return text


def graph(*nodes: dict[str, Any] | None) -> dict[str, Any]:
    return {"@context": CONTEXT, "@graph": [node for node in nodes if node]}


def graph_json(shared: str, *nodes: dict[str, Any] | None) -> Markup:
    """The text `script_json(graph(...))` gives, for nodes of which the first ones,
    the same on every page of a language (the organisation, the site), are already
    written as `shared` (`node_json`s joined by commas): they are written once."""
    parts = ",".join(part for part in (shared, *(node_json(node) for node in nodes if node))
                     if part)
    return Markup(f'{{"@context":"{CONTEXT}","@graph":[{parts}]}}')  # escaped: node_json


def organization(site: SiteFacts) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Organization", "@id": organization_id(site),
                            "name": site.name, "url": site.root}
    if site.logo:
        node["logo"] = site.logo
    contact = {key: value for key, value in (("email", site.email),
                                             ("telephone", site.telephone)) if value}
    if contact:
        node["contactPoint"] = {"@type": "ContactPoint", "contactType": "customer service",
                                **contact}
    if site.same_as:
        node["sameAs"] = list(site.same_as)
    if site.return_policy:
        node["hasMerchantReturnPolicy"] = site.return_policy
    return node


def return_policy(policy: ReturnPolicy, link: str | None) -> dict[str, Any]:
    """The shop's `MerchantReturnPolicy`, as the site owner states it in the settings;
    `link` is the absolute address of the page that explains it."""
    node: dict[str, Any] = {"@type": "MerchantReturnPolicy",
                            "applicableCountry": list(policy.countries)}
    if policy.days == "none":
        node["returnPolicyCategory"] = f"{CONTEXT}/MerchantReturnNotPermitted"
    elif policy.days == "unlimited":
        node["returnPolicyCategory"] = f"{CONTEXT}/MerchantReturnUnlimitedWindow"
    else:
        node["returnPolicyCategory"] = f"{CONTEXT}/MerchantReturnFiniteReturnWindow"
        node["merchantReturnDays"] = policy.days
    if policy.fees:
        node["returnFees"] = f"{CONTEXT}/{RETURN_FEES[policy.fees]}"
    if policy.method:
        node["returnMethod"] = f"{CONTEXT}/{RETURN_METHODS[policy.method]}"
    if policy.return_country:
        node["returnPolicyCountry"] = policy.return_country
    if link:
        node["merchantReturnLink"] = link
    return node


def organization_id(site: SiteFacts) -> str:
    return f"{site.root}#organization"


def website(site: SiteFacts) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "WebSite", "@id": f"{site.url}#website",
                            "name": site.name, "url": site.url, "inLanguage": site.lang,
                            "publisher": {"@id": organization_id(site)}}
    if site.search_url:
        node["potentialAction"] = {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint",
                       "urlTemplate": f"{site.search_url}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        }
    return node


def breadcrumbs(trail: Sequence[tuple[str, str]], absolute: Absolute) -> dict[str, Any] | None:
    """The breadcrumb the page shows: (site-relative URL, label) from the home page."""
    if len(trail) < 2:
        return None
    return {"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": number, "name": label, "item": absolute(url)}
        for number, (url, label) in enumerate(trail, start=1)
    ]}


def product(item: Any, site: SiteFacts, absolute: Absolute,
            images: Sequence[str]) -> dict[str, Any]:
    """A product page's `Product` (and `Book` for an e-book), from the catalog's product
    and its views: offers with their payment options, rating and reviews when it has some."""
    url = absolute(item.url)
    types: str | list[str] = ["Product", "Book"] if item.ebook is not None else "Product"
    node: dict[str, Any] = {
        "@type": types, "@id": f"{url}#product", "name": item.title, "url": url,
        "description": item.summary, "sku": item.sku, "category": item.category.name,
        "brand": {"@id": organization_id(site)},
    }  # no `inLanguage`: schema.org gives it to creative works (a Book), not to products
    if images:
        node["image"] = list(images)
    offers = [_offer(offer, index, item, url, site) for index, offer in enumerate(item.offers)]
    node["offers"] = [offer for offer in offers if offer]
    if not node["offers"]:
        del node["offers"]
    if item.rating is not None:
        node["aggregateRating"] = {"@type": "AggregateRating",
                                   "ratingValue": str(item.rating.average),
                                   "reviewCount": item.rating.count,
                                   "bestRating": 5, "worstRating": 1}
        node["review"] = [_review(review) for review in item.reviews]
    if item.ebook is not None:
        node.update(_book(item.ebook, item.lang, site))
    return node


def _offer(offer: Any, index: int, item: Any, url: str, site: SiteFacts) -> dict[str, Any] | None:
    if offer.pay == "quote":
        return None  # no price to state: the buyer asks for one
    option = item.payments[index] if len(item.payments) > index else None
    node: dict[str, Any] = {
        "@type": "Offer", "name": offer.name, "url": f"{url}#offer--{index + 1}",
        "price": plain_price(offer.price, offer.currency), "priceCurrency": offer.currency,
        "seller": {"@id": organization_id(site)},
    }
    if getattr(option, "method", None) in IN_STOCK:
        node["availability"] = "https://schema.org/InStock"
    return node


def _review(review: Any) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Review", "author": {"@type": "Person", "name": review.author},
        "datePublished": review.date.isoformat(), "inLanguage": review.lang,
        "reviewRating": {"@type": "Rating", "ratingValue": review.rating,
                         "bestRating": 5, "worstRating": 1},
        "reviewBody": Markup(review.html).striptags(),
    }
    if review.title:
        node["name"] = review.title
    return node


def _book(ebook: Any, lang: str, site: SiteFacts) -> dict[str, Any]:
    node: dict[str, Any] = {"numberOfPages": ebook.pages,
                            "inLanguage": ebook.language or lang,
                            "bookFormat": "https://schema.org/EBook",
                            "author": {"@id": organization_id(site)}}
    if ebook.isbn:
        node["isbn"] = ebook.isbn
    return node


def faq(questions: Iterable[Any]) -> dict[str, Any] | None:
    """The product's FAQ, as the page shows it."""
    entities = [{"@type": "Question", "name": entry.q,
                 "acceptedAnswer": {"@type": "Answer", "text": entry.a}} for entry in questions]
    return {"@type": "FAQPage", "mainEntity": entities} if entities else None


def article(study: Any, site: SiteFacts, absolute: Absolute,
            products: Iterable[Any]) -> dict[str, Any]:
    """A case study, about the products it names."""
    url = absolute(study.url)
    node: dict[str, Any] = {
        "@type": "Article", "@id": f"{url}#article", "headline": study.title, "url": url,
        "description": study.summary, "inLanguage": study.lang,
        "datePublished": study.date.date().isoformat(),
        "author": {"@id": organization_id(site)},
        "publisher": {"@id": organization_id(site)},
        "about": [{"@id": f"{absolute(found.url)}#product", "name": found.title}
                  for found in products],
    }
    return node


def collection(name: str, url: str, products: Sequence[Any],
               absolute: Absolute) -> dict[str, Any]:
    """A listing of products: a category, a comparison."""
    return {"@type": "CollectionPage", "name": name, "url": absolute(url), "mainEntity": {
        "@type": "ItemList", "numberOfItems": len(products), "itemListElement": [
            {"@type": "ListItem", "position": number, "url": absolute(found.url),
             "name": found.title}
            for number, found in enumerate(products, start=1)
        ]}}
