"""`python -m scaffold product|case-study|page SLUG …`: see the package docstring."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from catalog.kit import languages_default_first
from pelican.settings import read_settings

from . import (
    KINDS,
    ScaffoldError,
    case_study_file,
    page_file,
    product_file,
    read_category,
    write_new,
)

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scaffold", description=__doc__)
    parser.add_argument("--settings", default="pelicanconf.py")
    parser.add_argument("type", choices=["product", "case-study", "page"])
    parser.add_argument("slug")
    parser.add_argument("--category", default="")
    parser.add_argument("--kind", default="")
    args = parser.parse_args(argv)
    settings = read_settings(args.settings)
    content = Path(settings["PATH"])
    languages = languages_default_first(settings)
    default = languages[0]
    try:
        if not SLUG.fullmatch(args.slug):
            raise ScaffoldError(f"SLUG: {args.slug!r} is not a slug: lowercase letters, "
                                "digits and hyphens, like audit-express")
        if args.type == "product":
            kind = args.kind or "service"
            if kind not in KINDS:
                raise ScaffoldError(f"KIND: {kind!r} is not one of {', '.join(KINDS)}")
            if not args.category:
                raise ScaffoldError("CATEGORY: name the product's category")
            category = read_category(settings, args.category)
            folder = content / settings.get("PRODUCT_PATHS", ["products"])[0]
            texts = {lang: product_file(args.slug, lang, kind, category) for lang in languages}
        elif args.type == "case-study":
            folder = content / settings["ARTICLE_PATHS"][0]
            texts = {lang: case_study_file(args.slug, lang) for lang in languages}
        else:
            folder = content / settings["PAGE_PATHS"][0]
            texts = {lang: page_file(args.slug, lang) for lang in languages}
        files = {folder / (f"{args.slug}.md" if lang == default else f"{args.slug}.{lang}.md"):
                 text for lang, text in texts.items()}
        for path in write_new(files):
            print(f"written: {path}")
    except ScaffoldError as error:
        print(f"make new-{args.type}: {error}", file=sys.stderr)
        return 1
    print("Fill in each TODO, then run make check.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
