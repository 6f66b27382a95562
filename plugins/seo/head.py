"""The head tags that tell search engines and link previews what a page is: its canonical
address, Open Graph and Twitter card tags, in the page's language with its alternates.

Pure: values in, escaped markup out (every value is text from content or settings).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from babel.core import Locale, get_global
from markupsafe import Markup, escape


@dataclass(frozen=True)
class PageFacts:
    title: str
    description: str
    url: str  # absolute
    kind: str  # Open Graph type: "website", "article"
    lang: str
    other_langs: tuple[str, ...]
    site_name: str
    indexable: bool
    image: tuple[str, int, int, str] | None = None  # absolute URL, width, height, alt


@cache
def og_locale(lang: str) -> str:
    """`fr` -> `fr_FR`: Open Graph wants a language and territory (the likeliest one)."""
    locale = Locale.parse(lang)
    likely = Locale.parse(get_global("likely_subtags").get(str(locale), str(locale)))
    return f"{likely.language}_{likely.territory}" if likely.territory else likely.language


def head_tags(page: PageFacts) -> Markup:
    """The tags, every value escaped (this runs for every page: plain string joins, which
    cost a fraction of `Markup.format`)."""
    tags: list[str] = []
    if page.indexable:
        tags.append(f'<link rel="canonical" href="{escape(page.url)}">')
    else:
        tags.append('<meta name="robots" content="noindex">')
    tags += _meta("property", [
        ("og:site_name", page.site_name), ("og:type", page.kind), ("og:title", page.title),
        ("og:description", page.description), ("og:url", page.url),
        ("og:locale", og_locale(page.lang)),
        *(("og:locale:alternate", og_locale(other)) for other in page.other_langs),
    ])
    if page.image is not None:
        url, width, height, alt = page.image
        tags += _meta("property", [("og:image", url), ("og:image:type", "image/jpeg"),
                                   ("og:image:width", str(width)),
                                   ("og:image:height", str(height)), ("og:image:alt", alt)])
    card = "summary_large_image" if page.image is not None else "summary"
    tags += _meta("name", [("twitter:card", card), ("twitter:title", page.title),
                           ("twitter:description", page.description)])
    return Markup("\n".join(tags))


def _meta(attribute: str, pairs: Iterable[tuple[str, str]]) -> list[str]:
    return [f'<meta {attribute}="{name}" content="{escape(value)}">' for name, value in pairs]
