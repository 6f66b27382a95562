"""Reviews through a real build: hostile text comes out inert; mistakes stop the build."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.helpers.build import relative_lines, run_build, snapshot

pytestmark = pytest.mark.build

HOSTILE_BODY = """\
<script>alert("body")</script>

<img src="x" onerror="alert('img')">

[click me](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)

<a href="javascript:alert(2)" onclick="alert(3)">raw link</a>

<div style="position:fixed">raw block</div>

A [fair link](https://example.org/review).
"""
HOSTILE = f"""---
author: '<img src=x onerror=alert(4)>'
rating: 1
date: 2026-10-01
experience_date: 2026-09-01
title: '<script>alert(5)</script>'
verified: false
source: '<b onmouseover=alert(6)>Forum</b>'
lang: en
---
{HOSTILE_BODY}"""


def test_hostile_review_is_inert_in_the_built_page(content_copy: Path, tmp_path: Path) -> None:
    (content_copy / "reviews" / "audit-express" / "hostile.md").write_text(HOSTILE)
    build = run_build(content_copy, tmp_path / "output", tmp_path / "cache")
    assert build.returncode == 0, build.stderr
    for path in ("produits/audit-express/index.html", "en/products/audit-express/index.html"):
        soup = BeautifulSoup((tmp_path / "output" / path).read_text(encoding="utf-8"),
                             "html.parser")
        review = soup.find(id="review--hostile")
        assert review is not None
        for element in soup.find_all(True):
            assert not [a for a in element.attrs if a.startswith("on") or a == "style"], element
            if element.name == "script" and element.get("type") == "application/ld+json":
                assert "<" not in (element.string or "")  # the review as inert JSON text
            elif element.name == "script":
                assert element.get("src", "").startswith("/theme/js/") and not element.string
            href = element.get("href")
            if href:
                assert urlsplit(str(href)).scheme in ("", "http", "https", "mailto", "tel"), href
        assert review.find_all(["img", "div", "iframe", "b"]) == [review.find(
            class_="review-body")]
        links = review.find(class_="review-body").find_all("a")
        assert [(a["href"], a["rel"]) for a in links] == [
            ("https://example.org/review", ["nofollow", "noopener", "noreferrer", "ugc"])]
        shown = review.get_text(" ")
        for text in ('<script>alert("body")</script>', "<script>alert(5)</script>",
                     "<img src=x onerror=alert(4)>", "<b onmouseover=alert(6)>Forum</b>"):
            assert text in shown  # shown as text, not interpreted


BAD = """---
author: Anonyme
rating: 9
date: 2026-10-01
experience_date: 2026-11-01
verified: true
source: Formulaire
lang: fr
---
Texte.
"""


def test_review_mistakes_stop_the_build_and_leave_output_untouched(
    built_site: Path, content_copy: Path, tmp_path: Path
) -> None:
    output = tmp_path / "output"
    shutil.copytree(built_site, output)
    before = snapshot(output)
    folder = content_copy / "reviews" / "audit-expresss"
    folder.mkdir()
    (folder / "bad.md").write_text(BAD, encoding="utf-8")
    (content_copy / "reviews" / "audit-express" / "bad.md").write_text(BAD, encoding="utf-8")
    build = run_build(content_copy, output, tmp_path / "cache")
    lines = relative_lines(build, content_copy)
    assert build.returncode == 1
    assert "content/reviews/audit-expresss/bad.md:1: product: the folder 'audit-expresss' " \
        "names no product (did you mean 'audit-express'?): name it after the slug of the " \
        "reviewed product" in lines
    assert "content/reviews/audit-express/bad.md:3: rating: must be a whole number from 1 " \
        "to 5, got 9" in lines
    assert "Traceback" not in build.stderr + build.stdout
    assert snapshot(output) == before
