"""`<picture>` elements for the theme: the `picture` function and the `pictures` filter."""

from __future__ import annotations

from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from .pictures import Picture
from .prose import MARK, marked_images

# Body images are as wide as the text column (46rem) at most.
BODY_SIZES = "(min-width: 48rem) 46rem, 100vw"


def picture_html(picture: Picture, siteurl: str, alt: str, sizes: str, first: bool,
                 css_class: str = "", title: str = "") -> Markup:
    """The `<picture>` of `picture`: modern formats first, then the JPEG/PNG fallback."""

    def srcset(value: str) -> str:
        return ", ".join(f"{siteurl}/{entry.strip()}" for entry in value.split(","))

    sources = [Markup('<source type="{}" srcset="{}" sizes="{}">').format(
        mime, srcset(urls), sizes) for mime, urls in picture.sources]
    # The first image of a page is most likely the largest paint: fetch it first.
    loading = Markup(' fetchpriority="high"') if first else Markup(
        ' loading="lazy" decoding="async"')
    extra = Markup("").join([
        Markup(' class="{}"').format(css_class) if css_class else "",
        Markup(' title="{}"').format(title) if title else "",
    ])
    image = Markup('<img src="{}/{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"'
                   ).format(siteurl, picture.fallback, srcset(picture.fallback_srcset), sizes,
                            picture.width, picture.height, alt)
    return Markup("<picture>{}{}{}{}></picture>").format(
        Markup("").join(sources), image, extra, loading)


@pass_context
def picture(context: Context, item: Any, src: str, alt: str, sizes: str,
            first: bool = False, css_class: str = "") -> Markup:
    """The `<picture>` of the image `src` named by `item` (a product, a case study…)."""
    return picture_html(item.pictures[src], context.get("SITEURL", ""), alt, sizes, first,
                        css_class)


@pass_context
def pictures(context: Context, html: str, item: Any, first: bool = False) -> Markup:
    """`html` with each image of the Markdown body replaced by its `<picture>`;
    with `first`, the body's first image is the page's first image."""
    found: dict[str, Picture] = getattr(item, "pictures", {})
    pieces, start = [], 0
    for index, (match, attributes) in enumerate(marked_images(str(html))):
        if attributes[MARK] not in found:  # a page the checks never saw: left as written
            continue
        shown = picture_html(found[attributes[MARK]], context.get("SITEURL", ""),
                             attributes.get("alt", ""), BODY_SIZES, first and index == 0,
                             title=attributes.get("title", ""))
        pieces += [str(html)[start:match.start()], shown]
        start = match.end()
    return Markup("".join([*pieces, str(html)[start:]]))
