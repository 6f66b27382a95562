"""Markdown bodies may hold HTML, but nothing that loads from elsewhere or runs inline."""

from __future__ import annotations

import pytest
from catalog.body import body_errors
from markdown import Markdown

MARKDOWN = Markdown(extensions=["extra"], output_format="html")


def errors(body: str) -> list[str]:
    html = MARKDOWN.reset().convert(body)
    return [str(error) for error in body_errors(html, body, first_line=10, path="p.md")]


def test_ordinary_markdown_and_html_pass() -> None:
    assert errors("## Titre\n\nDu **texte**, un [lien](https://example.org/) et "
                  "[un autre](/produits/x/), <abbr title='Très petite entreprise'>TPE</abbr>, "
                  "![plan](/images/plan.png) et [écrire](mailto:a@b.example).") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Texte.\n\n<script>alert(1)</script>",
         "p.md:12: body: <script> is not allowed"),
        ("Texte.\n<p style='color:red'>rouge</p>",
         "p.md:11: body: the style=\"…\" attribute is not allowed"),
        ("<img src='/images/x.png' onerror='alert(1)'>",
         "p.md:10: body: the onerror=\"…\" attribute is not allowed"),
        ("Un\n\nDeux\n\n![pixel](https://tracker.example/p.gif)",
         "p.md:14: body: 'https://tracker.example/p.gif' would be loaded from another site"),
        ("<img srcset='/a.png 1x, //cdn.example/b.png 2x' alt=''>",
         "p.md:10: body: '/a.png 1x, //cdn.example/b.png 2x' would be loaded from another site"),
        ("[clic](javascript:alert(1))",
         "p.md:10: body: link to 'javascript:alert(1)': only http(s), mailto: and tel:"),
        ("<iframe src='https://video.example/embed'></iframe>",
         "p.md:10: body: <iframe> is not allowed"),
    ],
)
def test_forbidden_markup_is_a_located_error(body: str, expected: str) -> None:
    found = errors(body)
    assert any(error.startswith(expected) for error in found), found
