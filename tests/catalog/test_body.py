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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A comment closed early in a browser (`<!--->`): the image after it is live.
        ("Texte.\n\n<!---><img src=x onerror=alert(1)>-->",
         "p.md:12: body: the onerror=\"…\" attribute is not allowed"),
        # With scripting on, <noscript> holds raw text: the title's </noscript> ends it.
        ("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
         "p.md:10: body: <noscript> is not allowed"),
        ("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
         "p.md:10: body: the onerror=\"…\" attribute is not allowed"),
        # Left unfinished at the end, a tag takes in the theme's markup that follows.
        ("Texte.\n\n<div>\n<a href=\"/x\" title=\"",
         "p.md:13: body: the text ends inside unfinished markup ('<a href=\"/x\" title=\"')"),
        ("Texte.\n\n<div>\n<p>ouvert</p>", "p.md:12: body: <div> is never closed"),
        ("Texte.\n\n</section>\n\nSuite.",
         "p.md:12: body: </section> closes an element the text did not open"),
        ("<svg>\n<a xlink:href=\"javascript:alert(1)\">x</a></svg>",
         "p.md:10: body: <svg> is not allowed: put the drawing or formula in an image file"),
        ("<svg>\n<a xlink:href=\"javascript:alert(1)\">x</a></svg>",
         "p.md:11: body: the xlink:href=\"…\" attribute is not allowed on <a>"),
        ("<math><maction actiontype=statusline>x</maction></math>",
         "p.md:10: body: <math> is not allowed"),
        ("Un <a href=\"/\"\n   ping=\"https://tracker.example/\">lien</a>.",
         "p.md:11: body: the ping=\"…\" attribute is not allowed on <a>"),
        # Browsers read a backslash as a slash, drop tabs, and take http:host as a host.
        ("<img src=\"/\\tracker.example/p.gif\" alt=\"\">",
         "p.md:10: body: '/\\\\tracker.example/p.gif' would be loaded from another site"),
        ("<img src=\"http:tracker.example/p.gif\" alt=\"\">",
         "p.md:10: body: 'http:tracker.example/p.gif' would be loaded from another site"),
        ("<a href=\"java&#x09;script:alert(1)\">x</a>",
         "p.md:10: body: link to 'java\\tscript:alert(1)': only http(s), mailto: and tel:"),
        ("<video controls src=\"/v.mp4\"\n poster=\"https://cdn.example/p.jpg\"></video>",
         "p.md:11: body: 'https://cdn.example/p.jpg' would be loaded from another site"),
        # Attributes on <body> join the page's own <body>: the element is refused.
        ("<body onload=\"alert(1)\">", "p.md:10: body: <body> is not allowed"),
        ("## Titre {: onclick=\"alert(1)\" }",
         "p.md:10: body: the onclick=\"…\" attribute is not allowed"),
    ],
)
def test_what_a_browser_would_read_differently_is_refused_at_its_line(
        body: str, expected: str) -> None:
    found = errors(body)
    assert any(error.startswith(expected) for error in found), found


def test_generous_html_for_writing_passes() -> None:
    assert errors(
        "<figure>\n<img src=\"images/plan.png\" srcset=\"images/plan.png 1x, "
        "images/plan@2x.png 2x\" alt=\"Plan\" width=\"400\" height=\"300\">\n"
        "<figcaption>Le plan</figcaption>\n</figure>\n\n"
        "<details><summary>Plus</summary>\n<p>Texte <kbd>Ctrl</kbd>, <mark>surligné</mark>, "
        "<time datetime=\"2026-12-03\">3 décembre</time>.</p>\n</details>\n\n"
        "<table><caption>Tarifs</caption><tr><th scope=\"col\">A</th></tr>"
        "<tr><td colspan=\"2\">1</td></tr></table>\n\n"
        "<blockquote cite=\"https://example.org/\"><p>Citation</p></blockquote>\n\n"
        "<video controls src=\"/media/demo.mp4\"><track kind=\"captions\" "
        "src=\"/media/demo.vtt\" srclang=\"fr\"></video>\n\n"
        "Note[^1] sur les <abbr title=\"Très petites entreprises\">TPE</abbr>.\n\n"
        "[^1]: Une note.\n") == []


def test_aligned_markdown_table_columns_are_classes_not_refused_styles() -> None:
    body = "| Offre | Prix |\n|:--|--:|\n| Essentiel | 490 € |"
    html = Markdown(extensions=["extra", "catalog.aligned_tables"]).convert(body)
    assert 'class="align-right"' in html and "style" not in html
    assert body_errors(html, body, first_line=1, path="p.md") == []


def test_repeated_markup_is_reported_at_each_of_its_lines() -> None:
    assert [error.split(": body:")[0] for error in errors(
        "<img src=x onerror=a>\n\nTexte.\n\n<img src=x onerror=a>")] == ["p.md:10", "p.md:14"]
