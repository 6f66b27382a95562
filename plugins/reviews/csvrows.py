"""Read a CSV export of collected reviews, whichever way the spreadsheet saved it.

Accepted: UTF-8 with or without a byte-order mark, comma-separated; and what Excel
produces in France ("CSV (séparateur : point-virgule)"): semicolons, Windows-1252 text,
decimal commas and dd/mm/yyyy dates. Column names may be English or French.
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
FRENCH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


class CsvFileError(Exception):
    """The file as a whole cannot be read (encoding, header)."""


@dataclass(frozen=True)
class Row:
    number: int  # as a spreadsheet numbers it: the header is row 1
    values: dict[str, str]  # field -> text as written


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
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if not header:
        raise CsvFileError("the file is empty: the first row must name the columns")
    fields = []
    for name in header:
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
    for number, record in enumerate(reader, start=2):
        if not any(cell.strip() for cell in record):
            continue  # blank lines that spreadsheets leave at the end
        values = {field: cell.strip() for field, cell in zip(fields, record, strict=False)}
        yield Row(number, values)


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
