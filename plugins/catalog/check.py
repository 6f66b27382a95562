"""`make check`: validate every content file without rendering anything.

Parses front matter and runs the same schema and cross-reference checks as the build,
and the `check_files` phase of the site's plugins (category definitions, spec types,
reviews…), after validating every plugin's settings, but skips Markdown and templates, so
it is fast enough for a pre-commit hook. Only the build checks the HTML of Markdown
bodies, finds two pages written to the same URL, and runs the `check` phase (payment
links, comparison blocks…).
Exit status: 0 when the content is valid, 1 on content errors, 2 on a settings error.
"""

from __future__ import annotations

import argparse
import sys
import time
from types import SimpleNamespace
from typing import Any

from pelican.settings import read_settings
from pydantic import BaseModel

from . import pipeline
from .ebooks import SampleFile
from .errors import ContentError
from .files import content_files, tree_errors
from .metadata import pelican_fields
from .records import read_record, schema_context
from .registry import SETTINGS_KEY, Settings, declare, load_settings
from .resolve import cross_reference_errors
from .schema import CaseStudy, Page, Product
from .settings import SECTION


def check(settings: dict[str, Any]) -> tuple[int, list[ContentError]]:
    """How many files were checked, and every error found in them."""
    context = schema_context(settings)
    errors = tree_errors(settings)
    found: dict[type[BaseModel], list[SimpleNamespace]] = {
        Product: [], CaseStudy: [], Page: [], SampleFile: []}
    count = 0
    kinds = (("product", Product), ("case_study", CaseStudy), ("page", Page),
             ("sample", SampleFile))
    for kind, model in kinds:
        for path in content_files(kind, settings):
            count += 1
            read = read_record(model, path, context)
            errors += read.errors
            if read.record is not None and read.front_matter is not None:
                found[model].append(SimpleNamespace(  # shaped like the build's content objects
                    source_path=str(path), source_lines=read.front_matter.lines,
                    **pelican_fields(read.record, settings)))
    errors += cross_reference_errors(found[Product], found[CaseStudy])
    validated: Settings = settings[SETTINGS_KEY]
    for more in pipeline.check_files.run(
            pipeline.Sources(found[Product], found[Page], validated)):
        errors += more
    return count, sorted(set(errors))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make check", description=__doc__)
    parser.add_argument("--settings", default="pelicanconf.py", help="Pelican settings file")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        settings = read_settings(args.settings)
    except (ValueError, OSError) as mistake:
        print(f"{args.settings}: {mistake}", file=sys.stderr)
        return 2
    # The site's plugins declare their settings and take part in `check_files`.
    declare(SECTION)
    pipeline.load_plugins(settings)
    load_settings(settings, args.settings)  # stops with every mistake
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
