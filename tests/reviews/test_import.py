"""`make import-reviews`: real CSV files in the two dialects French users produce."""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

import pytest
from pelican.settings import read_settings
from reviews.files import product_slugs, read_reviews
from reviews.importer import main

from tests.helpers.build import ROOT

# Every test imports into a copy of the demo content; one runs `make`.
pytestmark = pytest.mark.build

# What Excel writes in France: semicolons, Windows-1252, decimal commas, dd/mm/yyyy.
EXCEL = (
    "Produit;Auteur;Note;Date publication;Date expérience;Titre;Commentaire;Vérifié;Source\r\n"
    "audit-express;Élodie Marchand;4,0;15/03/2026;02/03/2026;Très utile;"
    "\"Un audit clair ; des priorités « nettes ».\";Oui;Questionnaire\r\n"
    "formation-negociation;Rémi Noël;5;01/04/2026;28/03/2026;;Formation concrète.;non;E-mail\r\n"
    "audit-express;Zoé;6;01/04/2026;28/03/2026;;Trop bien;oui;E-mail\r\n"
    "audit-expres;Léa;5;01/04/2026;28/03/2026;;Parfait;oui;E-mail\r\n"
    "fixer-ses-prix;Hugo;3,5;31/02/2026;01/01/2026;;Moyen;oui;E-mail\r\n"
    ";;;;;;;;\r\n"
).encode("cp1252")

# A UTF-8 export with a byte-order mark, commas, ISO dates, an id column and a
# comment spread over several lines.
UTF8 = (
    "\ufeffid,product,author,rating,date,experience_date,title,text,verified,source,lang\n"
    "r-101,boussole-pipeline,Jun Watanabe,4,2026-05-02,2026-04-20,Solid,"
    "\"Good tool.\n\nImport was **slow** but support helped.\",yes,Survey,en\n"
    "r-102,sprint-croissance,Anaïs,2,2026-05-03,2026-05-10,,Expérience après la date,"
    "yes,Survey,fr\n"
).encode("utf-8")


@pytest.fixture
def settings_file(content_copy: Path, tmp_path: Path) -> Path:
    settings = tmp_path / "settings.py"
    settings.write_text(f"from pelicanconf import *\nPATH = {str(content_copy)!r}\n")
    return settings


def reviews_under(content: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in sorted((content / "reviews").rglob("*.md"))}


def run(settings: Path, csv: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main([str(csv), "--settings", str(settings)])
    out, err = capsys.readouterr()
    return status, out, err


def test_excel_export_good_rows_written_bad_rows_reported(
    settings_file: Path, content_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "export.csv"
    csv.write_bytes(EXCEL)
    before = reviews_under(content_copy)
    status, out, err = run(settings_file, csv, capsys)
    assert status == 1
    assert f"{csv}: row 4: rating: must be a whole number from 1 to 5, got 6" in err
    assert f"{csv}: row 5: product: no product has the slug 'audit-expres' (did you mean " \
           "'audit-express'?)" in err
    assert f"{csv}: row 6: date: expected a date like 2026-10-14, got '31/02/2026'" in err
    assert f"{csv}: row 6: rating: expected a whole number, got 3.5" in err
    assert f"{csv}: 6 rows: 2 written, 0 already imported, 3 bad skipped, 1 blank" in out
    written = sorted(set(reviews_under(content_copy)) - set(before))
    assert len(written) == 2
    text = next(p for p in written if "audit-express" in str(p)).read_text(encoding="utf-8")
    assert "author: Élodie Marchand\nrating: 4\ndate: 2026-03-15\nexperience_date: " \
           "2026-03-02\ntitle: Très utile\nverified: true\nsource: Questionnaire\nlang: fr\n" \
           "import_id: " in text
    assert text.endswith("---\nUn audit clair ; des priorités « nettes ».\n")
    # What was written is a valid review for the build.
    settings = read_settings(str(settings_file))
    found = read_reviews(settings, product_slugs(settings), datetime.date(2026, 11, 22))
    assert found.errors == ()
    assert {file.review.author for file in found.files} >= {"Élodie Marchand", "Rémi Noël"}


def test_importing_again_writes_nothing_and_changes_nothing(
    settings_file: Path, content_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "export.csv"
    csv.write_bytes(EXCEL)
    run(settings_file, csv, capsys)
    after_first = reviews_under(content_copy)
    status, out, _ = run(settings_file, csv, capsys)
    assert status == 1  # the bad rows are still bad
    assert "2 already imported" in out and "0 written" in out
    assert reviews_under(content_copy) == after_first


def test_the_same_review_from_another_spreadsheet_is_not_imported_twice(
    settings_file: Path, content_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    excel = tmp_path / "excel.csv"
    excel.write_bytes(EXCEL.split(b"\r\n")[0] + b"\r\n" + EXCEL.split(b"\r\n")[2] + b"\r\n")
    utf8 = tmp_path / "utf8.csv"
    utf8.write_text("product,author,rating,date,experience_date,text,verified,source\n"
                    "formation-negociation,Rémi Noël,5.0,2026-04-01,2026-03-28,"
                    "Formation  concrète.,no,E-mail\n", encoding="utf-8")
    assert run(settings_file, excel, capsys)[0] == 0
    status, out, _ = run(settings_file, utf8, capsys)
    assert status == 0
    assert "0 written, 1 already imported" in out


def test_utf8_export_with_bom_ids_and_multiline_text(
    settings_file: Path, content_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "export.csv"
    csv.write_bytes(UTF8)
    status, out, err = run(settings_file, csv, capsys)
    assert status == 1
    assert f"{csv}: row 3: experience_date: 2026-05-10 is after the publication date " \
           "(2026-05-03)" in err
    assert "1 written" in out
    [path] = (content_copy / "reviews" / "boussole-pipeline").glob("2026-05-02-jun-watanabe-*.md")
    text = path.read_text(encoding="utf-8")
    assert "import_id: r-101\n" in text and "lang: en\n" in text
    assert text.endswith("---\nGood tool.\n\nImport was **slow** but support helped.\n")


def test_an_existing_file_is_never_overwritten(
    settings_file: Path, content_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = content_copy / "reviews" / "boussole-pipeline" / "2026-05-02-jun-watanabe-r-101.md"
    target.write_text("written by hand\n", encoding="utf-8")
    csv = tmp_path / "export.csv"
    csv.write_bytes(UTF8)
    _, out, err = run(settings_file, csv, capsys)
    assert f"{csv}: row 2: a file with this name already exists; it was left as it is" in err
    assert target.read_text(encoding="utf-8") == "written by hand\n"
    assert "0 written" in out


def test_a_file_with_unknown_columns_is_refused_whole(
    settings_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "export.csv"
    csv.write_text("product,author,ratng,date,experience_date,source\n", encoding="utf-8")
    status, _, err = run(settings_file, csv, capsys)
    assert status == 2
    assert "unknown column 'ratng' (did you mean 'rating'?)" in err


GOOD = "boussole-pipeline,{author},4,2026-05-02,2026-04-20,Bien.,yes,Survey"
HEADER = "id,product,author,rating,date,experience_date,text,verified,source"


def test_every_row_is_accounted_for_and_good_rows_survive_bad_ones(
    settings_file: Path, content_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        HEADER,
        "a-1," + GOOD.format(author="Ada"),                           # row 2: written
        "a-2,boussole-pipeline,Bea,4,2026-05-02",                     # 3: cells missing
        "a-3,boussole-pipeline,Cy,4,2026-05-02,2026-04-20,\"Oops,yes,Survey",  # 4: open quote
        "a-4," + GOOD.format(author="Dan"),                           # 5: written all the same
        "a-5," + GOOD.format(author="Eve"),                           # 6: written all the same
        "a-6,boussole-pipeline,Fay,4,2026-05-02,2026-04-20," + "x" * 140_000 + ",yes,Survey",
        "../../etc/x," + GOOD.format(author="Gus"),                   # 8: id is no file name
        "a-1," + GOOD.format(author="Hal"),                           # 9: id of row 2, other text
        "a-1," + GOOD.format(author="Ada"),                           # 10: row 2 again
        "",                                                           # 11: blank
        "a-7," + GOOD.format(author="Ivy"),                           # 12: written
    ]
    csv = tmp_path / "export.csv"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, err = run(settings_file, csv, capsys)
    assert status == 1
    assert "Traceback" not in err
    assert f"{csv}: 11 rows: 4 written, 1 already imported, 5 bad skipped, 1 blank" in out
    assert err.splitlines() == [
        f"{csv}: row 3: 5 cells where the header names 9 columns (line 3)",
        f"{csv}: row 4: a quote opened in this row is never closed and takes in the rows "
        "after it: close it, or double the quotes inside a cell (\"\") (line 4)",
        f"{csv}: row 7: a cell is longer than the CSV reader accepts (131,072 characters) "
        "(line 7)",
        f"{csv}: row 8: id: '../../etc/x' cannot name a file: use up to 64 letters, digits, "
        "'.', '-' or '_', starting with a letter or a digit",
        f"{csv}: row 9: id: 'a-1' is also the id of row 2, which holds another review",
    ]
    authors = {path.name.split("-")[3] for path in
               (content_copy / "reviews" / "boussole-pipeline").glob("2026-05-02-*.md")}
    assert {"ada", "dan", "eve", "ivy"} <= authors
    assert not (tmp_path.parent / "etc").exists()


def test_make_import_reviews_needs_a_file() -> None:
    proc = subprocess.run(["make", "--no-print-directory", "import-reviews"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    assert proc.returncode != 0
    assert "Usage: make import-reviews FILE=export.csv" in proc.stdout + proc.stderr
