"""`make check`: validate every content file without rendering anything.

Parses front matter and runs the same schema and cross-reference checks as the build,
and the front-matter checks other plugins add through the `content_checks` hook
(category definitions and spec types…), but skips Markdown and templates, so it is fast
enough for a pre-commit hook. Only the build checks the HTML of Markdown bodies, finds
two pages written to the same URL, and runs the checks of the `catalog_checks` hook
(payment links, comparison blocks…).
Exit status: 0 when the content is valid, 1 on content errors, 2 on a settings error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from types import SimpleNamespace
from typing import Any

from pelican.settings import read_settings
from pydantic import BaseModel

from .ebooks import SampleFile
from .errors import ContentError, ContentErrors
from .files import content_files, unread_files
from .hooks import content_checks
from .metadata import pelican_fields, schema_context
from .reader import display_path, read_front_matter
from .resolve import cross_reference_errors
from .schema import CaseStudy, Page, Product
from .settings import SettingsError, add_product_defaults, load_settings
from .validate import validate


def check(settings: dict[str, Any]) -> tuple[int, list[ContentError]]:
    """How many files were checked, and every error found in them."""
    context = schema_context(settings)
    errors = unread_files(settings)
    found: dict[type[BaseModel], list[SimpleNamespace]] = {
        Product: [], CaseStudy: [], Page: [], SampleFile: []}
    count = 0
    kinds = (("product", Product), ("case_study", CaseStudy), ("page", Page),
             ("sample", SampleFile))
    for kind, model in kinds:
        for path in content_files(kind, settings):
            count += 1
            try:
                front_matter = read_front_matter(display_path(str(path)))
            except ContentErrors as failure:
                errors.extend(failure.errors)
                continue
            record = validate(model, front_matter, context)
            if isinstance(record, list):
                errors.extend(record)
                continue
            found[model].append(SimpleNamespace(  # shaped like the build's content objects
                source_path=str(path), source_lines=front_matter.lines,
                **pelican_fields(record, settings)))
    errors += cross_reference_errors(found[Product], found[CaseStudy])
    _load_plugins(settings)
    for _, more in content_checks.send(None, products=found[Product], pages=found[Page],
                                       settings=settings):
        errors += more or []
    return count, sorted(set(errors))


def _load_plugins(settings: dict[str, Any]) -> None:
    """Register the site's plugins, as the build does, so that their checks run too."""
    for name in settings.get("PLUGINS") or []:
        plugin = importlib.import_module(name) if isinstance(name, str) else name
        if hasattr(plugin, "register"):
            plugin.register()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make check", description=__doc__)
    parser.add_argument("--settings", default="pelicanconf.py", help="Pelican settings file")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        settings = read_settings(args.settings)
        add_product_defaults(settings)
        load_settings(settings)
    except (SettingsError, ValueError, OSError) as mistake:
        print(f"{args.settings}: {mistake}", file=sys.stderr)
        return 2
    count, errors = check(settings)
    for error in errors:
        print(error, file=sys.stderr)
    elapsed = time.perf_counter() - started
    if errors:
        files = len({error.path for error in errors})
        print(f"{len(errors)} error{'s' if len(errors) != 1 else ''} in {files} of {count} "
              f"files ({elapsed:.2f} s)", file=sys.stderr)
        return 1
    print(f"{count} files checked, no errors ({elapsed:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
