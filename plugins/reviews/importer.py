"""`make import-reviews FILE=export.csv`: turn collected feedback into review files.

Each good row becomes `content/reviews/<product>/<date>-<author>-<id>.md`. A row is
imported once: its `import_id` (the export's `id` column, else a hash of what the
customer wrote) is stored in the file, and rows whose id is already in a review file are
skipped, so the same export, or a longer one, can be imported again. Bad rows are
reported with their row number and skipped; the good ones are still written. An existing
file is never overwritten. Every row is accounted for in the summary: written, already
imported (or the same as an earlier row), bad, or blank. Exit status: 0, or 1 when a row
was bad, 2 when the file or the settings cannot be read.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from catalog.kit import (
    FrontMatter,
    did_you_mean,
    first_unwanted,
    schema_context,
    validated,
)
from pelican.settings import read_settings
from pelican.utils import slugify

from . import csvrows
from .csvrows import CsvFileError, Row
from .files import FOLDER_SETTING, product_slugs, site_today
from .schema import Review, future_date_message

IMPORT_ID = re.compile(r"^import_id:\s*['\"]?([^'\"\s]+)", re.MULTILINE)
# An export's id becomes part of a file name and a YAML value.
FILE_NAME_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
ORDER = ("author", "rating", "date", "experience_date", "title", "verified", "source", "lang",
         "import_id")


@dataclass
class Outcome:
    written: list[Path] = field(default_factory=list)
    already: int = 0
    bad: int = 0
    blank: int = 0
    problems: list[str] = field(default_factory=list)  # one line per problem of a bad row

    def summary(self, rows: int) -> str:
        blank = f", {self.blank} blank" if self.blank else ""
        return (f"{rows} rows: {len(self.written)} written, {self.already} already imported, "
                f"{self.bad} bad skipped{blank}")


def import_id(row: Row) -> str:
    """The export's own id, else a hash of the review itself: the same review exported
    again, even by another spreadsheet, gets the same id."""
    return row.values.get("id") or content_key(row)


def content_key(row: Row) -> str:
    """A hash of what the customer wrote, whatever the spreadsheet did to spaces, case
    and date formats."""
    canonical = [" ".join(row.values.get(name, "").split()).casefold()
                 for name in ("product", "author", "title", "body")]
    for name in ("date", "experience_date"):
        value = csvrows.date(row.values.get(name, ""))
        canonical.append(value.isoformat() if isinstance(value, datetime.date) else str(value))
    canonical.append(str(csvrows.rating(row.values.get("rating", ""))))
    return hashlib.sha256("\x1f".join(canonical).encode()).hexdigest()[:16]


def front_matter(row: Row, identifier: str, default_lang: str) -> dict[str, Any]:
    values = row.values
    data: dict[str, Any] = {
        "author": values.get("author", ""),
        "rating": csvrows.rating(values.get("rating", "")),
        "date": csvrows.date(values.get("date", "")),
        "experience_date": csvrows.date(values.get("experience_date", "")),
        "title": values.get("title") or None,
        "verified": csvrows.verified(values.get("verified", "")),
        "source": values.get("source", ""),
        "lang": values.get("lang") or default_lang,
        "import_id": identifier,
    }
    return {key: data[key] for key in ORDER if data[key] is not None}


def existing_ids(folders: Iterable[Path]) -> set[str]:
    """Import ids of every review file, valid or not (a broken file was still imported)."""
    return {
        match.group(1)
        for folder in folders if folder.is_dir()
        for path in folder.rglob("*.md")
        for match in [IMPORT_ID.search(path.read_text(encoding="utf-8", errors="replace"))]
        if match
    }


def import_rows(rows: Iterable[Row], source_name: str, settings: dict[str, Any],
                today: datetime.date) -> Outcome:
    root = Path(settings["PATH"])
    folder = root / settings.get(FOLDER_SETTING, ["reviews"])[0]
    seen = existing_ids(root / top for top in settings.get(FOLDER_SETTING, ["reviews"]))
    slugs = sorted(product_slugs(settings))
    context = schema_context(settings)
    outcome = Outcome()
    in_file: dict[str, tuple[int, str]] = {}  # id -> (first row, content key) in this export
    refused: set[int] = set()  # rows reported as bad
    for row in rows:
        where = f"{source_name}: row {row.number}"
        if row.blank:
            outcome.blank += 1
            continue
        problems = [row.problem] if row.problem else [
            f"{name}: {message}" for name, value in row.values.items()
            for message in first_unwanted(value)]
        if problems:
            outcome.bad += 1
            outcome.problems += [f"{where}: {problem}" for problem in problems]
            continue
        identifier = import_id(row)
        refusal = _identity_problem(row, identifier, in_file, refused)
        if refusal:
            outcome.bad += 1
            refused.add(row.number)
            outcome.problems.append(f"{where}: {refusal}")
            continue
        if identifier in seen or in_file[identifier][0] != row.number:
            outcome.already += 1
            continue
        data = front_matter(row, identifier, settings["DEFAULT_LANG"])
        problems = []
        product = row.values.get("product", "")
        if product not in slugs:
            problems.append(f"product: no product has the slug {product!r}"
                            + did_you_mean(product, slugs))
        read = validated(Review, FrontMatter(data, {}, "", source_name), context)
        problems += [f"{error.field}: {error.message}" for error in read.errors]
        if read.record is not None and future_date_message(read.record, today):
            problems.append(f"date: {future_date_message(read.record, today)}")
        if problems:
            outcome.bad += 1
            refused.add(row.number)
            outcome.problems += [f"{where}: {problem}" for problem in problems]
            continue
        path = _write(folder / product, data, row.values.get("body", ""), settings)
        if path is None:
            outcome.bad += 1
            outcome.problems.append(f"{where}: a file with this name already exists; "
                                    "it was left as it is")
            continue
        seen.add(identifier)
        outcome.written.append(path)
    return outcome


def _identity_problem(row: Row, identifier: str, in_file: dict[str, tuple[int, str]],
                      refused: set[int]) -> str:
    """Why the row's id rules it out ("" when it does not), noting the id in `in_file`."""
    if not FILE_NAME_ID.fullmatch(identifier):
        return (f"id: {identifier!r} cannot name a file: use up to 64 letters, digits, "
                "'.', '-' or '_', starting with a letter or a digit")
    key = content_key(row)
    first, first_key = in_file.setdefault(identifier, (row.number, key))
    if first != row.number and first_key != key:
        return f"id: {identifier!r} is also the id of row {first}, which holds another review"
    if first in refused:
        return f"the same review as row {first}, which was refused"
    return ""


def _write(folder: Path, data: dict[str, Any], body: str, settings: dict[str, Any]) -> Path | None:
    author = slugify(str(data["author"]), regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"])
    name = f"{data['date']}-{author or 'review'}-{str(data['import_id'])[:8]}.md"
    header = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with open(folder / name, "x", encoding="utf-8") as file:  # "x": never overwrite
            file.write(f"---\n{header}---\n{body}\n")
    except FileExistsError:
        return None
    return folder / name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make import-reviews", description=__doc__)
    parser.add_argument("file", type=Path, help="CSV export (UTF-8 or Excel's semicolon CSV)")
    parser.add_argument("--settings", default="pelicanconf.py", help="Pelican settings file")
    args = parser.parse_args(argv)
    try:
        settings = read_settings(args.settings)
        rows = list(csvrows.rows(args.file.read_bytes()))
    except (CsvFileError, OSError, ValueError) as mistake:
        print(f"{args.file}: {mistake}", file=sys.stderr)
        return 2
    outcome = import_rows(rows, str(args.file), settings, site_today(settings))
    for path in outcome.written:
        print(f"written: {path}")
    for problem in outcome.problems:
        print(problem, file=sys.stderr)
    print(f"{args.file}: {outcome.summary(len(rows))}")
    return 1 if outcome.problems else 0


if __name__ == "__main__":
    sys.exit(main())
