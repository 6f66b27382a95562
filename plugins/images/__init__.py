"""Images: responsive, private, cached variants of every content image.

Images named in front matter (product galleries, case-study covers) and in Markdown
bodies go through one pipeline: checked (type, size, path) with the catalog's other
content errors, encoded once into a cache outside output/ (`cache.py`), then linked
into the site being written; the theme shows them with `picture()` and `|pictures`.
Originals are never copied to the site.

It depends on no other Vitrine plugin: from the catalog it uses only the ContentError
type and the `catalog_checks` hook, through which any plugin reports content errors.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from catalog.errors import ContentError, stop_build
from catalog.hooks import catalog_checks
from pelican import signals
from pelican.log import console

from .cache import ImageCache
from .opengraph import open_graph_images
from .pictures import Picture, prepare
from .references import attach, locate, references
from .render import picture, pictures
from .settings import ImageSettings, SettingsError, load_settings

# Originals of these types are never copied to the site: their variants are served.
SOURCE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".svg")


def _check_settings(pelican: Any) -> None:
    try:
        load_settings(pelican.settings)
    except SettingsError as mistake:
        stop_build(f"settings: {mistake}", 2)


def _check(_: Any, products: list[Any], contents: list[Any], settings: dict[str, Any],
           **__: Any) -> list[ContentError]:
    """Encode what is new, attach each page's pictures; return the images' errors.

    Encoding happens here, with the checks, because a damaged file only shows when it is
    decoded, and its error belongs with the others of this build."""
    options = load_settings(settings)
    cache = ImageCache(Path(options.cache))
    found = [ref for content in contents for ref in references(content)]
    files, errors = locate(found, Path(settings["PATH"]), tuple(settings["STATIC_PATHS"]))
    results, made = prepare(files, options, cache)
    console.print(f"Images: {len(files)} sources, {made} encoded, {len(files) - made} "
                  "from the cache")
    errors += attach(found, results)
    if not errors:
        _attach_open_graph(products, files, options, cache)
    return errors


def _attach_open_graph(products: list[Any], files: dict[str, Path], options: ImageSettings,
                       cache: ImageCache) -> None:
    """Give each product with images its link-preview card (`og_image`): its first
    image and its title. Without an image there is nothing of the product to show."""
    cards = {
        f"{product.slug}.{product.lang}": (files[product.images[0].src], product.title)
        for product in products if product.images and product.images[0].src in files
    }
    made = open_graph_images(cards, options.og_font, options.max_pixels, cache,
                             options.processes)
    for product in products:
        product.og_image = made.get(f"{product.slug}.{product.lang}")


def _leave_originals(generator: Any) -> None:
    """Keep originals out of the site; they stay known, so `{static}` links resolve."""
    generator.staticfiles[:] = [
        static for static in generator.staticfiles
        if not static.source_path.lower().endswith(SOURCE_SUFFIXES)
    ]


def _write(generators: list[Any]) -> None:
    """Link every variant the pages use from the cache into the site being written."""
    output = Path(generators[0].output_path)
    files: dict[str, str] = {}
    for content in generators[0].context["generated_content"].values():
        found: dict[str, Picture] = getattr(content, "pictures", {})
        for shown in [*found.values(), getattr(content, "og_image", None)]:
            files.update(shown.files if shown else ())
    for target, cached in sorted(files.items()):
        destination = output / target
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.unlink(missing_ok=True)
        try:
            os.link(cached, destination)  # no copy: the cache's file is final
        except OSError:
            shutil.copyfile(cached, destination)


def _template_helpers(generator: Any) -> None:
    generator.env.globals["picture"] = picture
    generator.env.filters["pictures"] = pictures


def register() -> None:
    signals.initialized.connect(_check_settings)
    signals.generator_init.connect(_template_helpers)
    signals.static_generator_finalized.connect(_leave_originals)
    catalog_checks.connect(_check)
    # After the catalog's own handler, which stops the build on content errors.
    signals.all_generators_finalized.connect(_write)
