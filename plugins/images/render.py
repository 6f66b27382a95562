"""`<picture>` elements for the theme: the `picture` function and the `pictures` filter,
both reading a page's pictures through a lookup the plugin gives them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from catalog.kit import substitute
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


Lookup = Callable[[Any], dict[str, Picture]]  # a page's pictures, by path as written


def picture(shown: Lookup) -> Callable[..., Markup]:
    """The theme's `picture(item, src, alt, sizes…)`: the `<picture>` of the image `src`
    named by `item` (a product, a case study…)."""

    @pass_context
    def render(context: Context, item: Any, src: str, alt: str, sizes: str,
               first: bool = False, css_class: str = "") -> Markup:
        return picture_html(shown(item)[src], context.get("SITEURL", ""), alt, sizes, first,
                            css_class)

    return render


def pictures(shown: Lookup) -> Callable[..., Markup]:
    """The theme's `html|pictures(item, first)`: `html` with each image of the Markdown
    body replaced by its `<picture>`; with `first`, the body's first image is the page's
    first image."""

    @pass_context
    def render(context: Context, html: str, item: Any, first: bool = False) -> Markup:
        found = shown(item)
        siteurl = context.get("SITEURL", "")
        marked = list(marked_images(str(html)))

        def replace(numbered: tuple[int, dict[str, str]]) -> str | None:
            index, attributes = numbered
            if attributes[MARK] not in found:  # a page the checks never saw: as written
                return None
            return picture_html(found[attributes[MARK]], siteurl, attributes.get("alt", ""),
                                BODY_SIZES, first and index == 0,
                                title=attributes.get("title", ""))

        return substitute(str(html), ((match, (index, attributes)) for index, (match, attributes)
                                      in enumerate(marked)), replace)

    return render
