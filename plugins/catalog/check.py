"""`make check`: validate every content file without rendering anything.

Parses front matter and runs the same schema and cross-reference checks as the build,
but skips Markdown and templates, so it is fast enough for a pre-commit hook. Only the
build finds two pages written to the same URL, since that needs the rendered site's URLs.
Exit status: 0 when the content is valid, 1 on content errors, 2 on a settings error.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pelican.settings import read_settings
from pydantic import BaseModel

from .errors import ContentError, ContentErrors
from .frontmatter import parse_front_matter
from .metadata import schema_context
from .reader import FrontMatterReader, UnsupportedFormatReader, display_path, unsupported_format
from .resolve import cross_reference_errors
from .schema import CaseStudy, Page, Product
from .settings import SettingsError, load_settings
from .validate import validate

READ = {f".{ext}" for ext in FrontMatterReader.file_extensions}
REFUSED = {f".{ext}" for ext in UnsupportedFormatReader.file_extensions}


def content_files(root: Path, folders: list[str]) -> Iterator[Path]:
    for folder in folders:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in READ | REFUSED and not path.name.startswith("."):
                yield path


def check(settings: dict[str, Any]) -> tuple[int, list[ContentError]]:
    """How many files were checked, and every error found in them."""
    root = Path(settings["PATH"])
    context = schema_context(settings)
    errors: list[ContentError] = []
    found: dict[type[BaseModel], list[SimpleNamespace]] = {Product: [], CaseStudy: [], Page: []}
    count = 0
    for model, folders in ((Product, settings["PRODUCT_PATHS"]),
                           (CaseStudy, settings["ARTICLE_PATHS"]),
                           (Page, settings["PAGE_PATHS"])):
        for path in content_files(root, folders):
            count += 1
            shown = display_path(str(path))
            if path.suffix in REFUSED:
                errors.append(replace(unsupported_format(str(path)), path=shown))
                continue
            try:
                text = path.read_text(encoding="utf-8")
                front_matter = parse_front_matter(text, shown)
            except UnicodeDecodeError:
                errors.append(ContentError(shown, 1, "file", "not UTF-8 text; save it as UTF-8"))
                continue
            except ContentErrors as failure:
                errors.extend(failure.errors)
                continue
            record = validate(model, front_matter, context)
            if isinstance(record, list):
                errors.extend(record)
                continue
            found[model].append(SimpleNamespace(
                source_path=str(path), source_lines=front_matter.lines, **dict(record)))
    errors += cross_reference_errors(found[Product], found[CaseStudy])
    return count, sorted(set(errors))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make check", description=__doc__)
    parser.add_argument("--settings", default="pelicanconf.py", help="Pelican settings file")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        settings = read_settings(args.settings)
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
