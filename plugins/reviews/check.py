"""`make check` for review files: the checks the build runs on them, without rendering.

Product and page slugs are read from front matter, as `catalog.check` reads them.
Exit status: 0 when every review is valid, 1 on content errors, 2 on a settings error.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from catalog.errors import ContentError
from pelican.settings import read_settings

from .files import FOLDER_SETTING, product_slugs, read_reviews, site_today, slugs_of
from .policy import policy_page_errors
from .schema import SettingsError, load_settings


def check(settings: dict[str, Any]) -> tuple[int, list[ContentError]]:
    """How many review files were checked, and every error found in them."""
    settings.setdefault(FOLDER_SETTING, ["reviews"])
    reviews = read_reviews(settings, product_slugs(settings), site_today(settings))
    pages = slugs_of("page", settings)
    errors = [*reviews.errors, *policy_page_errors(load_settings(settings), reviews, pages,
                                                   settings)]
    count = len(reviews.files) + len({error.path for error in reviews.errors})
    return count, sorted(set(errors))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make check", description=__doc__)
    parser.add_argument("--settings", default="pelicanconf.py", help="Pelican settings file")
    args = parser.parse_args(argv)
    try:
        settings = read_settings(args.settings)
        load_settings(settings)
    except (SettingsError, ValueError, OSError) as mistake:
        print(f"{args.settings}: {mistake}", file=sys.stderr)
        return 2
    count, errors = check(settings)
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error{'s' if len(errors) != 1 else ''} in review files",
              file=sys.stderr)
        return 1
    print(f"{count} reviews checked, no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
