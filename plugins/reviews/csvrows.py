"""Read a CSV export of collected reviews, whichever way the spreadsheet saved it.

Accepted: UTF-8 with or without a byte-order mark, comma-separated; and what Excel
produces in France ("CSV (séparateur : point-virgule)"): semicolons, Windows-1252 text,
decimal commas and dd/mm/yyyy dates. Column names may be English or French.

Every row comes out, readable or not: a row that cannot be read (cells missing, a quote
left open, a cell too long for the CSV reader) carries its problem, and reading goes on
at the next line, so one damaged row never takes the rows after it along.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from catalog.kit import did_you_mean

# Column name -> review field; French names as a French team would write them.
COLUMNS = {
    "id": "id", "identifiant": "id",
    "product": "product", "produit": "product",
    "author": "author", "auteur": "author", "nom": "author",
    "rating": "rating", "note": "rating",
    "date": "date", "publication_date": "date", "date_publication": "date",
    "experience_date": "experience_date", "date_experience": "experience_date",
    "title": "title", "titre": "title",
    "text": "body", "body": "body", "texte": "body", "commentaire": "body", "avis": "body",
    "verified": "verified", "verifie": "verified",
    "source": "source",
    "lang": "lang", "langue": "lang",
}
REQUIRED = ("product", "author", "rating", "date", "experience_date", "source")
YES = frozenset({"yes", "y", "true", "1", "oui", "o", "vrai", "x"})
NO = frozenset({"no", "n", "false", "0", "non", "faux", ""})
UNCLOSED_QUOTE = ("a quote opened in this row is never closed and takes in the rows "
                  "after it: close it, or double the quotes inside a cell (\"\")")
FRENCH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


class CsvFileError(Exception):
    """The file as a whole cannot be read (encoding, header)."""


@dataclass(frozen=True)
class Row:
    number: int  # as a spreadsheet numbers it: the header is row 1
    values: dict[str, str]  # field -> text as written
    problem: str = ""  # why the row cannot be read (its values are then empty)
    blank: bool = False  # an empty line: spreadsheets leave some at the end


def decode(data: bytes) -> str:
    """UTF-8 (a BOM is dropped), else Windows-1252, Excel's encoding for French text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _normalize(name: str) -> str:
    name = name.strip().lower().replace(" ", "_").replace("-", "_")
    return name.translate(str.maketrans("éèêàç", "eeeac"))


def rows(data: bytes) -> Iterator[Row]:
    """The rows of a CSV export, with values under the review field they fill."""
    text = decode(data)
    header_line = text.split("\n", 1)[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    lines = io.StringIO(text, newline="").readlines()
    records = _records(lines, delimiter)
    header = next(records, None)
    if header is None or isinstance(header[1], str) or not any(header[1]):
        raise CsvFileError("the file is empty or its first row cannot be read: the first "
                           "row must name the columns")
    fields = []
    for name in header[1]:
        key = _normalize(name)
        if key not in COLUMNS:
            raise CsvFileError(f"unknown column {name!r}" + did_you_mean(key, COLUMNS)
                               + f"; columns: {', '.join(sorted(set(COLUMNS.values())))}")
        fields.append(COLUMNS[key])
    missing = [field for field in REQUIRED if field not in fields]
    if missing:
        raise CsvFileError(f"missing column{'s' if len(missing) > 1 else ''}: "
                           + ", ".join(missing))
    # A cell may hold several lines: rows are counted as the spreadsheet shows them.
    for number, (line, record) in enumerate(records, start=2):
        if isinstance(record, str):
            yield Row(number, {}, f"{record} (line {line})")
        elif not any(cell.strip() for cell in record):
            yield Row(number, {}, blank=True)
        elif len(record) < len(fields) or any(cell.strip() for cell in record[len(fields):]):
            yield Row(number, {}, f"{len(record)} cells where the header names "
                      f"{len(fields)} columns (line {line})")
        else:
            cells = zip(fields, record, strict=False)  # extra cells are empty
            yield Row(number, {field: cell.strip() for field, cell in cells})


def _records(lines: list[str], delimiter: str) -> Iterator[tuple[int, list[str] | str]]:
    """(first line, cells) of each record of `lines`, or (first line, problem) for one
    that cannot be read; reading then goes on at the line after its first.

    A record over several lines is a cell with line breaks when it has as many cells as
    the header and none of its other lines looks like a row of its own; else a quote
    left open on its first line took in the lines after it (a quote still open at the
    end of the file is the CSV reader's error).
    """
    width = None
    start = 0
    while start < len(lines):
        reader = csv.reader(lines[start:], delimiter=delimiter, strict=True)
        first = start
        try:
            for record in reader:
                end = start + reader.line_num
                width = width if width is not None else len(record)
                if end - first > 1 and (len(record) != width or any(
                        line.count(delimiter) >= width - 1 for line in lines[first + 1:end])):
                    yield first + 1, UNCLOSED_QUOTE
                    start = first + 1
                    break
                yield first + 1, record
                first = end
            else:
                return
        except csv.Error as error:
            yield first + 1, (UNCLOSED_QUOTE if lines[first].count('"') % 2
                              else f"a cell is longer than the CSV reader accepts "
                              f"({csv.field_size_limit():,} characters)"
                              if "field limit" in str(error) else f"not CSV: {error}")
            start = first + 1


def rating(text: str) -> int | Decimal | str:
    """`4`, `4,0` or `4.0` -> 4; a fraction stays a Decimal for the schema to refuse."""
    try:
        number = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return text
    return int(number) if number.is_finite() and number == number.to_integral() else number


def date(text: str) -> datetime.date | str:
    """`15/03/2026` -> 2026-03-15; ISO dates and anything else are left to the schema."""
    match = FRENCH_DATE.fullmatch(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        try:
            return datetime.date(year, month, day)
        except ValueError:
            return text
    return text


def verified(text: str) -> bool | str:
    word = text.strip().lower()
    return True if word in YES else False if word in NO else text
