"""A review body comes out inert, whatever the customer wrote."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from reviews.markup import LINK_REL, review_html

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](data:image/png;base64,iVBORw0KGgo=)",
    "[x](vbscript:msgbox(1))",
    "<a href=\"javascript:alert(1)\">raw link</a>",
    "<iframe src=\"https://evil.example/\"></iframe>",
    "<div style=\"position:fixed\" onclick=\"alert(1)\">raw block</div>",
    "![tracking pixel](https://evil.example/pixel.gif)",
    "<svg onload=alert(1)>",
    "<!-- a comment -->",
    "[x](&#106;avascript:alert(1))",
    "<https://fine.example/autolink>",
]


def elements(html: str) -> list:
    return BeautifulSoup(html, "html.parser").find_all(True)


@pytest.mark.parametrize("markdown", HOSTILE)
def test_hostile_markdown_is_inert(markdown: str) -> None:
    html = review_html(markdown)
    for element in elements(html):
        assert element.name in {"p", "a", "em", "strong", "ul", "ol", "li", "blockquote",
                                "code", "pre", "br"}, html
        assert not [name for name in element.attrs if name not in ("href", "rel")], html
        href = element.get("href")
        if href is not None:
            assert urlsplit(str(href)).scheme in ("http", "https", "mailto"), html
    assert "<script" not in html.lower()


def test_raw_html_is_shown_as_text() -> None:
    html = review_html("<b>bold</b> and <script>alert(1)</script>")
    assert [e.name for e in elements(html)] == ["p"]
    assert BeautifulSoup(html, "html.parser").get_text() == (
        "<b>bold</b> and <script>alert(1)</script>")


def test_links_are_marked_as_user_content() -> None:
    html = review_html("See [the guide](https://example.org/guide?a=1&b=2) or "
                       "[write](mailto:someone@example.org).")
    links = BeautifulSoup(html, "html.parser").find_all("a")
    assert [link["href"] for link in links] == [
        "https://example.org/guide?a=1&b=2", "mailto:someone@example.org"]
    for link in links:
        assert link["rel"] == LINK_REL.split()


def test_images_become_their_alt_text() -> None:
    html = review_html("Before ![a *broken* chart](https://example.org/c.png) after")
    assert "<img" not in html
    assert BeautifulSoup(html, "html.parser").get_text() == "Before a broken chart after"


def test_ordinary_markdown_survives() -> None:
    html = review_html("**Great** work, *really*.\n\n- fast\n- clear\n\n> quoted")
    names = [e.name for e in elements(html)]
    assert names == ["p", "strong", "em", "ul", "li", "li", "blockquote", "p"]
