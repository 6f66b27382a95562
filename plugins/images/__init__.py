"""Images: responsive, private, cached variants of every content image.

Images named in front matter (product galleries, case-study covers) and in Markdown
bodies go through one pipeline: checked (type, size, path) with every other content
error, encoded once into a cache outside output/ (`cache.py`), then linked into the site
being written; the theme shows them with `picture()` and `|pictures`. Originals are
never copied to the site.

Phases: `check` (`images.files`: finds every image of every page and encodes what is
new, since a damaged file only shows when it is decoded and its error belongs with the
others), `attach` (`images.pictures`: each page's pictures, and each product's `og_image`
view, its link-preview card) and `written` (`images.files`: links the variants the pages
use from the cache into the site).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog.kit import ContentError, Output, Site, declare, phases, site_of
from pelican import signals
from pelican.log import console

from .cache import ImageCache
from .opengraph import open_graph_images
from .pictures import Picture, prepare
from .references import Reference, locate, pictures_by_page, problems, references
from .render import picture, pictures
from .settings import SECTION, ImageSettings

# Originals of these types are never copied to the site: their variants are served.
SOURCE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".svg")
PICTURES = "images.pictures"  # key of the pages' pictures in the build's shared results


@dataclass(frozen=True)
class Prepared:
    """Every image the site names, and what became of each (a Picture or a problem)."""

    found: list[Reference]
    files: dict[str, Path]
    results: dict[str, Picture | str]
    errors: list[ContentError]


def _prepare(site: Site) -> Prepared:
    options = site.settings.of(ImageSettings)
    cache = ImageCache(Path(options.cache))
    found = [ref for content in site.contents for ref in references(content)]
    files, errors = locate(found, Path(site.settings.pelican["PATH"]),
                           tuple(site.settings.pelican["STATIC_PATHS"]))
    results, made = prepare(files, options, cache)
    console.print(f"Images: {len(files)} sources, {made} encoded, {len(files) - made} "
                  "from the cache")
    return Prepared(found, files, results, errors + problems(found, results))


def _check(site: Site) -> list[ContentError]:
    return site.once("images.prepared", lambda: _prepare(site)).errors


def _attach(site: Site) -> None:
    prepared = site.once("images.prepared", lambda: _prepare(site))
    site.once(PICTURES, lambda: pictures_by_page(prepared.found, prepared.results))
    options = site.settings.of(ImageSettings)
    # The link-preview card: the product's first image and its title. Without an image
    # there is nothing of the product to show.
    cards = {
        f"{product.slug}.{product.lang}": (prepared.files[product.images[0].src], product.title)
        for product in site.products
        if product.images and product.images[0].src in prepared.files
    }
    made = open_graph_images(cards, options.og_font, options.max_pixels,
                             ImageCache(Path(options.cache)), options.processes)
    for product in site.products:
        product.og_image = made.get(f"{product.slug}.{product.lang}")


def _leave_originals(generator: Any) -> None:
    """Keep originals out of the site; they stay known, so `{static}` links resolve."""
    generator.staticfiles[:] = [
        static for static in generator.staticfiles
        if not static.source_path.lower().endswith(SOURCE_SUFFIXES)
    ]


def _write(output: Output) -> None:
    """Copy every variant the pages use from the cache into the site being written: a
    copy, not a hard link, so that damage to the cache never reaches a published site."""
    files: dict[str, str] = {}
    page_pictures: dict[str, dict[str, Picture]] = output.site.once(PICTURES, dict)
    for found in page_pictures.values():
        for shown in found.values():
            files.update(shown.files)
    for product in output.site.products:
        files.update(product.og_image.files if product.og_image else ())
    for target, cached in sorted(files.items()):
        destination = output.folder / target
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, destination)


def _template_helpers(generator: Any) -> None:
    settings = generator.settings

    def shown(item: Any) -> dict[str, Picture]:
        found: dict[str, dict[str, Picture]] = site_of(settings).once(PICTURES, dict)
        return found.get(item.source_path, {})

    generator.env.globals.update(picture=picture(shown), pictures_of=shown)
    generator.env.filters["pictures"] = pictures(shown)


def register() -> None:
    declare(SECTION)
    phases.check.register("images.files", 100)(_check)
    phases.attach.register("images.pictures", 100)(_attach)
    phases.written.register("images.files", 300)(_write)
    signals.generator_init.connect(_template_helpers)
    signals.static_generator_finalized.connect(_leave_originals)
