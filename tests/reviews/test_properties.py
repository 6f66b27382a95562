"""Properties: whatever a customer or a spreadsheet sends, nothing crashes and nothing runs."""

from __future__ import annotations

import contextlib
import datetime
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup
from catalog.frontmatter import FrontMatter
from catalog.schema import SchemaContext
from catalog.validate import validate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reviews.csvrows import CsvFileError, rows
from reviews.markup import ALLOWED_TAGS, review_html
from reviews.schema import Review

CONTEXT = SchemaContext(languages=("fr", "en"), content_root=Path(__file__).parent)
MARKUP = st.sampled_from([
    "<", ">", "&", "\"", "'", "<script>", "</script>", "<img src=x onerror=alert(1)>",
    "javascript:", "data:", "[", "](", ")", "![", "**", "`", "<a href=", "\n\n", " ", "x",
    "<!--", "-->", "&#106;", "http://e.org", "mailto:a@b.c",
])


@settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MARKUP | st.text(max_size=5), max_size=30).map("".join))
def test_any_body_renders_to_inert_html(body: str) -> None:
    for element in BeautifulSoup(review_html(body), "html.parser").find_all(True):
        assert element.name in ALLOWED_TAGS
        assert set(element.attrs) <= {"href", "rel"}
        href = str(element.get("href", "https:"))
        assert not href.lower().lstrip().startswith(("javascript", "data", "vbscript"))


@settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300) | st.text(alphabet=",;\"\n\r\tabéproductauthorating1/-",
                                          max_size=200).map(str.encode))
def test_any_bytes_give_rows_or_a_file_error(data: bytes) -> None:
    with contextlib.suppress(CsvFileError):
        for row in rows(b"product;author;rating;date;experience_date;source\n" + data):
            assert row.number >= 2
    with contextlib.suppress(CsvFileError):
        list(rows(data))


values = st.one_of(st.none(), st.booleans(), st.integers(-3, 9), st.text(max_size=12),
                   st.dates(datetime.date(2020, 1, 1), datetime.date(2030, 1, 1)))


@settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from([*Review.model_fields, "note", "sorce"]), values,
                       max_size=10))
def test_any_front_matter_gives_a_review_or_content_errors(data: dict[str, Any]) -> None:
    result = validate(Review, FrontMatter(data, {}, "", "r.md"), CONTEXT)
    assert isinstance(result, (Review, list))
    if isinstance(result, list):
        assert result and all(error.path == "r.md" for error in result)
