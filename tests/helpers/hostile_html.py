"""Hostile HTML for editors' Markdown bodies, and an independent judge of a whole page.

The strategies mix the classes of attack that a tolerant parser reads differently from a
browser: comment forms, `<noscript>` and other raw-text elements, markup left unfinished
at the end, SVG and MathML links and animations, URL attributes other than href/src, and
addresses written to resolve elsewhere (backslashes, tabs, entities, `http:host`).

The judge (`dangers`) knows nothing of the checker: it parses a complete page with
html5lib, as a browser with and without scripting, and lists what could run or load.
"""

from __future__ import annotations

import re

import html5lib
from hypothesis import strategies as st

RUN = "alert(1)"
ELSEWHERE = "https://evil.example/x.png"
SHELL_BEFORE = ('<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title>'
                '</head><body><main><section class="description">\n')
SHELL_AFTER = ('\n</section><footer><a id="after" href="/mentions-legales/">Mentions</a>'
               "</footer></main></body></html>")

URL_VALUES = st.sampled_from([
    f"javascript:{RUN}", f"JaVaScRiPt:{RUN}", f" javascript:{RUN}", f"java&#x09;script:{RUN}",
    f"java\tscript:{RUN}", f"&#106;avascript:{RUN}", f"javascript&colon;{RUN}",
    "data:text/html,<script>alert(1)</script>", "data:image/svg+xml,<svg/onload=alert(1)>",
    "vbscript:msgbox(1)", ELSEWHERE, "//evil.example/x.png", "/\\evil.example/x.png",
    "\\\\evil.example/x.png", "http:evil.example/x.png", "https:evil.example/x.png",
    "/images/local.png", "images/local.png", "#top", "mailto:a@b.example",
])
ATTRIBUTES = st.sampled_from([
    "onerror", "onload", "onclick", "onbegin", "onfocus", "href", "src", "srcset", "poster",
    "xlink:href", "ping", "style", "action", "formaction", "data", "background", "cite",
    "title", "alt", "class", "autofocus", "values", "to", "from", "attributeName",
])
ELEMENTS = st.sampled_from([
    "img", "a", "p", "div", "span", "video", "audio", "source", "picture", "details",
    "summary", "table", "td", "svg", "math", "animate", "set", "image", "use", "foreignObject",
    "maction", "noscript", "template", "textarea", "title", "style", "script", "iframe",
    "object", "embed", "form", "button", "input", "body", "html", "base", "meta", "link",
    "xmp", "noembed", "plaintext", "select", "option",
])
BREAKERS = st.sampled_from([
    "<!--", "-->", "<!-->", "<!--->", "--!>", "<!", "<?", "</ x>", "<!-- <!-- -->", "'", '"',
    "`", "=", ">", "/>", "<", "</noscript>", "</textarea>", "</title>", "</style>",
    "</template>", "</svg>", "</math>", "</div>", "</section>", "]]>", "<![CDATA[", "&",
    "\n", "\n\n", " ", "x",
])


@st.composite
def start_tags(draw: st.DrawFn) -> str:
    element = draw(ELEMENTS)
    attributes = []
    for name in draw(st.lists(ATTRIBUTES, max_size=3)):
        value = draw(URL_VALUES | st.just(RUN) | st.just(f"x\" onerror=\"{RUN}"))
        quote = draw(st.sampled_from(['"', "'", ""]))
        attributes.append(f"{name}={quote}{value}{quote}")
    separator = draw(st.sampled_from([" ", "\n", "/", "\t"]))
    return f"<{element}{''.join(separator + a for a in attributes)}>"


def markdown_pieces() -> st.SearchStrategy[str]:
    links = st.builds(lambda url: f"[lien]({url})", URL_VALUES)
    images = st.builds(lambda url: f"![image]({url})", URL_VALUES)
    attribute_lists = st.builds(lambda name: f"\n\n## Titre {{: {name}=\"{RUN}\" }}\n\n",
                                ATTRIBUTES)
    return links | images | attribute_lists | st.just("Du **texte**.") | st.just("\n- item\n")


bodies = st.lists(start_tags() | BREAKERS | markdown_pieces(), min_size=1, max_size=12).map(
    "".join)


def page(body_html: str) -> str:
    """`body_html` where the theme puts a product's description, with a footer after it."""
    return SHELL_BEFORE + body_html + SHELL_AFTER


URL_ATTRIBUTES = ("href", "src", "srcset", "poster", "action", "formaction", "data",
                  "background", "cite", "ping", "to", "from", "values")
C0_AND_SPACE = "".join(map(chr, range(0x21)))
SCHEME = re.compile(r"([a-z][a-z0-9+.-]*):", re.IGNORECASE)


def dangers(document: str) -> list[str]:
    """What in `document` could run code, load from elsewhere or swallow the page, as
    html5lib builds it with scripting on and off."""
    found = []
    for scripting in (True, False):
        parser = html5lib.HTMLParser(namespaceHTMLElements=False)
        root = parser.parse(document, scripting=scripting)
        if not any(a.get("id") == "after" for a in root.iter("a")):
            found.append("the page after the text was swallowed")
        for element in root.iter():
            if not isinstance(element.tag, str):  # a comment
                continue
            name = element.tag.split("}")[-1]
            if name in ("script", "iframe", "object", "embed", "base", "frame"):
                found.append(f"<{name}>")
            for attribute, value in element.attrib.items():
                found += _attribute_dangers(name, attribute.split("}")[-1].lower(), value)
    return found


def _attribute_dangers(element: str, attribute: str, value: str) -> list[str]:
    """Strict on purpose: a file loaded from any address with a scheme or a host counts."""
    if attribute.startswith("on") or attribute == "style":
        return [f"{attribute}= on <{element}>"]
    link = attribute == "cite" or (attribute == "href" and element in ("a", "area"))
    if not link and attribute not in URL_ATTRIBUTES:
        return []
    problems = []
    for url in value.replace(",", " ").split() if attribute == "srcset" else [value]:
        # What a URL parser does first: drop tabs and line breaks, trim, \ as /.
        cleaned = re.sub(r"[\t\n\r]", "", url).strip(C0_AND_SPACE).replace("\\", "/")
        scheme = SCHEME.match(cleaned)
        if link and scheme and scheme.group(1).lower() not in ("http", "https", "mailto", "tel"):
            problems.append(f"{attribute}={url!r} on <{element}>")
        elif not link and (scheme or cleaned.startswith("//")):
            problems.append(f"{attribute}={url!r} on <{element}> loads from elsewhere")
    return problems
