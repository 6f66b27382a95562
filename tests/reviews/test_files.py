"""Each mistake in a review file is one located ContentError, and all are reported."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest
from pelican.settings import read_settings
from reviews.files import product_slugs, read_reviews

from tests.helpers.build import ROOT

TODAY = datetime.date(2026, 11, 22)
GOOD = """\
---
author: Camille T.
rating: 4
date: 2026-10-01
experience_date: 2026-09-20
verified: true
source: Questionnaire
lang: fr
---
Très bien.
"""


def review(replace: tuple[str, str] | None = None) -> str:
    if replace is None:
        return GOOD
    old, new = replace
    assert old in GOOD, old
    return GOOD.replace(old, new, 1)


@pytest.fixture
def settings(content_copy: Path) -> dict[str, Any]:
    return read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(content_copy)})


# (path under content/reviews/, text, expected error: line, field, start of message)
MISTAKES = [
    ("audit-expres/typo.md", review(), (1, "product", "the folder 'audit-expres' names no "
                                        "product (did you mean 'audit-express'?)")),
    ("audit-express/rating.md", review(("rating: 4", "rating: 7")),
     (3, "rating", "must be a whole number from 1 to 5, got 7")),
    ("audit-express/zero.md", review(("rating: 4", "rating: 0")),
     (3, "rating", "must be a whole number from 1 to 5, got 0")),
    ("audit-express/half.md", review(("rating: 4", "rating: 4.5")),
     (3, "rating", "expected a whole number, got 4.5")),
    ("audit-express/future.md", review(("date: 2026-10-01", "date: 2026-12-01")),
     (4, "date", "2026-12-01 is in the future (today is 2026-11-22)")),
    ("audit-express/experience.md", review(("experience_date: 2026-09-20",
                                            "experience_date: 2026-10-05")),
     (5, "experience_date", "2026-10-05 is after the publication date (2026-10-01)")),
    ("audit-express/elsewhere.md", review(("lang: fr", "lang: fr\nproduct: sprint-croissance")),
     (9, "product", "'sprint-croissance' is not the folder the file is in ('audit-express')")),
    ("audit-express/unknown-key.md", review(("source: Questionnaire", "sorce: Questionnaire")),
     (7, "sorce", "unknown key (did you mean 'source'?)")),
    ("audit-express/lang.md", review(("lang: fr", "lang: de")),
     (8, "lang", "'de' is not one of the site's languages (fr, en)")),
    ("audit-express/verified.md", review(("verified: true", "verified: oui")),
     (6, "verified", "expected true or false, got 'oui'")),
    ("audit-express/no-author.md", review(("author: Camille T.\n", "")),
     (1, "author", "required field is missing")),
    ("loose.md", review(), (1, "file", "a review goes in the folder of its product")),
]


def test_every_mistake_is_located(settings: dict[str, Any], content_copy: Path) -> None:
    for name, text, _ in MISTAKES:
        path = content_copy / "reviews" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    found = read_reviews(settings, product_slugs(settings), TODAY)
    by_file = {Path(error.path).relative_to(content_copy / "reviews").as_posix(): error
               for error in found.errors}
    for name, _, (line, field, message) in MISTAKES:
        assert name in by_file, (name, found.errors)
        error = by_file[name]
        assert (error.line, error.field) == (line, field), error
        assert error.message.startswith(message), error
    # A misspelt key is also a missing one: unknown-key.md has two errors.
    assert len(found.errors) == len(MISTAKES) + 1, found.errors
    # The demo's own reviews are still read.
    assert len(found.files) == len(list((ROOT / "content" / "reviews").rglob("*.md")))


def test_the_demo_reviews_are_valid(settings: dict[str, Any]) -> None:
    found = read_reviews(settings, product_slugs(settings), TODAY)
    assert found.errors == ()
    assert len(found.files) >= 12
    assert {file.review.lang for file in found.files} == {"fr", "en"}


def test_make_check_reports_review_mistakes_and_a_missing_policy_page(
    content_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from catalog.check import main

    settings = tmp_path / "settings.py"
    settings.write_text(f"from pelicanconf import *\nPATH = {str(content_copy)!r}\n"
                        "REVIEWS = {'policy_page': 'reviews-polciy'}\n")
    (content_copy / "reviews" / "audit-express" / "bad.md").write_text(
        review(("rating: 4", "rating: 6")), encoding="utf-8")
    assert main(["--settings", str(settings)]) == 1
    err = capsys.readouterr().err
    assert f"{content_copy}/reviews/audit-express/bad.md:3: rating: must be a whole number " \
        "from 1 to 5, got 6" in err
    assert f"{settings}:3: REVIEWS.policy_page: no published page has the " \
        "slug 'reviews-polciy' (did you mean 'reviews-policy'?)" in err


def test_make_check_passes_on_the_demo(capsys: pytest.CaptureFixture[str]) -> None:
    from catalog.check import main

    assert main(["--settings", str(ROOT / "pelicanconf.py")]) == 0
    assert re.search(r"^\d+ files checked, no errors", capsys.readouterr().out, re.M)


def test_committed_json_schema_is_up_to_date() -> None:
    from catalog.jsonschema import json_schema
    from reviews.jsonschema import FILE_NAME
    from reviews.schema import Review

    committed = ROOT / "plugins" / "reviews" / "json-schema" / FILE_NAME
    assert committed.read_text(encoding="utf-8") == json_schema(Review), "run `make schema`"
    assert '"additionalProperties": false' in committed.read_text(encoding="utf-8")
