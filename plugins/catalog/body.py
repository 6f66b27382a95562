"""Checks on the HTML of a Markdown body: what would break the site's promises.

Editors may write raw HTML in Markdown. Pages must still load nothing from other sites
and work under a strict Content-Security-Policy, so scripts, inline styles and event
handlers, embeds and third-party files are content errors. The HTML is read with the
standard library's tolerant parser; the line reported is the first line of the body
that mentions the offending markup.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

from .errors import ContentError
from .locate import line_in

FIELD = "body"
FORBIDDEN_ELEMENTS = frozenset({
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet",
    "link", "meta", "base", "form",
})
LOADED = ("src", "srcset", "poster", "data", "background")
LINK_SCHEMES = frozenset({"", "http", "https", "mailto", "tel"})


class _Findings(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[tuple[str, str]] = []  # (text to look for in the source, message)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_ELEMENTS:
            self.problems.append((f"<{tag}", f"<{tag}> is not allowed: pages load nothing "
                                  "from other sites and run no inline code"))
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.problems.append((name, f"the {name}=\"…\" attribute is not allowed: "
                                      "inline scripts and styles are blocked on this site"))
            elif name in LOADED and value and _leaves_the_site(value):
                self.problems.append((value, f"{value!r} would be loaded from another site: "
                                      "put the file in the content folder instead"))
            elif name == "href" and value and urlsplit(value.strip()).scheme.lower() not in (
                LINK_SCHEMES
            ):
                self.problems.append((value, f"link to {value!r}: only http(s), mailto: and "
                                      "tel: links are allowed"))


def _leaves_the_site(value: str) -> bool:
    """True when a URL (or any URL of a srcset) has a scheme or a host."""
    urls = [part.split()[0] for part in value.split(",") if part.split()]
    return any(urlsplit(url).scheme or urlsplit(url).netloc for url in urls)


def body_errors(html: str, body: str, first_line: int, path: str) -> list[ContentError]:
    """Problems in `html`, the rendering of `body` whose first line is `first_line`."""
    if "<" not in html:
        return []
    findings = _Findings()
    findings.feed(html)
    findings.close()
    lines = body.split("\n")
    return [
        ContentError(path, first_line - 1 + (line_in(lines, needle, ignore_case=True) or 1),
                     FIELD, message)
        for needle, message in findings.problems
    ]
