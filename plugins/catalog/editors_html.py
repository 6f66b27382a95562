"""The HTML editors may write in a Markdown body: an allow-list, and URLs read as browsers do.

Anything not listed here is refused, so a construct nobody thought of is refused too.
The list is generous for writing (tables, figures, details, definitions, abbreviations,
quotations, local audio and video) and holds nothing that runs code, loads from another
site, submits a form or changes how the rest of the page is parsed (`<noscript>`,
`<template>`, `<svg>`, `<math>`, raw-text elements).

URLs are resolved with a WHATWG URL parser (ada, the one Node uses), the way a browser
resolves them: tabs and line breaks inside a URL vanish, backslashes count as slashes,
`http:host` means another host on an https site. A file the page loads must resolve to
the page's own site whatever its address; a link may go anywhere over http(s), mailto:
or tel:.
"""

from __future__ import annotations

import re

import ada_url

ELEMENTS = frozenset({
    # text
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i",
    "ins", "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong",
    "sub", "sup", "time", "u", "var", "wbr",
    # blocks
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre",
    "section", "summary", "ul",
    # tables
    "caption", "col", "colgroup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    # media, from the site itself
    "audio", "img", "picture", "source", "track", "video",
})

# Attributes with no effect beyond the element's own presentation and accessibility.
# `data-*` has no meaning for a browser; Markdown extensions mark placeholders with it.
GLOBAL_ATTRIBUTES = frozenset({"class", "dir", "id", "lang", "role", "title", "translate"})
GLOBAL_PREFIXES = ("aria-", "data-")

ELEMENT_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "hreflang", "rel", "target", "type", "download"}),
    "blockquote": frozenset({"cite"}),
    "q": frozenset({"cite"}),
    "del": frozenset({"cite", "datetime"}),
    "ins": frozenset({"cite", "datetime"}),
    "time": frozenset({"datetime"}),
    "data": frozenset({"value"}),
    "details": frozenset({"open"}),
    "ol": frozenset({"reversed", "start", "type"}),
    "li": frozenset({"value"}),
    "td": frozenset({"colspan", "headers", "rowspan"}),
    "th": frozenset({"abbr", "colspan", "headers", "rowspan", "scope"}),
    "col": frozenset({"span"}),
    "colgroup": frozenset({"span"}),
    "img": frozenset({"alt", "decoding", "height", "loading", "sizes", "src", "srcset",
                      "width"}),
    "source": frozenset({"height", "media", "sizes", "src", "srcset", "type", "width"}),
    "track": frozenset({"default", "kind", "label", "src", "srclang"}),
    "audio": frozenset({"controls", "loop", "muted", "preload", "src"}),
    "video": frozenset({"controls", "height", "loop", "muted", "playsinline", "poster",
                        "preload", "src", "width"}),
}

# Attributes holding an address the browser follows when asked (a link) or fetches at
# once (a file the page loads).
LINK_ATTRIBUTES = frozenset({"href", "cite"})
LOADED_ATTRIBUTES = frozenset({"src", "srcset", "poster"})
LINK_SCHEMES = frozenset({"http:", "https:", "mailto:", "tel:"})

# Why an element is refused, when a reason says more than "not on the list".
REASONS = {
    **dict.fromkeys(
        ("script", "style", "iframe", "frame", "frameset", "object", "embed", "applet",
         "link", "meta", "base", "portal", "fencedframe"),
        "pages load nothing from other sites and run no inline code"),
    **dict.fromkeys(
        ("form", "input", "button", "select", "textarea", "option", "label", "fieldset",
         "output", "datalist"),
        "pages hold no forms: link to a payment or a contact address instead"),
    **dict.fromkeys(("svg", "math"), "put the drawing or formula in an image file in the "
                    "content folder and show it with ![…](…)"),
    **dict.fromkeys(("noscript", "template", "plaintext", "xmp", "noembed", "noframes"),
                    "it changes how the rest of the page is read"),
    **dict.fromkeys(("html", "head", "body", "title"), "the theme writes the page around "
                    "the text"),
}

# Where a srcset's URLs may start: after white space or a comma. Checking every piece
# between them checks each URL or a prefix of it, and a prefix of an address on another
# site is on another site.
SRCSET_PIECES = re.compile(r"[\s,]+")

# Two addresses a page may have: a file it loads must stay on the site under both.
PAGE_ADDRESSES = ("https://site.invalid/page/", "http://site.invalid/page/")
PAGE_ORIGINS = tuple((page, ada_url.URL(page).origin) for page in PAGE_ADDRESSES)


def element_refusal(name: str) -> str | None:
    """Why the element `name` is refused, or None when editors may use it."""
    if name in ELEMENTS:
        return None
    reason = REASONS.get(name, "the elements the text may use are listed in the README "
                         "(\"HTML in the text\")")
    return f"<{name}> is not allowed: {reason}"


def attribute_refusal(element: str, name: str, value: str) -> str | None:
    """Why `name="value"` is refused on `element`, or None when it may stay."""
    if name.startswith("on") or name == "style":
        return (f"the {name}=\"…\" attribute is not allowed: inline scripts and styles are "
                "blocked on this site")
    if not (name in GLOBAL_ATTRIBUTES or name.startswith(GLOBAL_PREFIXES)
            or name in ELEMENT_ATTRIBUTES.get(element, ())):
        allowed = sorted(ELEMENT_ATTRIBUTES.get(element, frozenset()) | GLOBAL_ATTRIBUTES)
        return (f"the {name}=\"…\" attribute is not allowed on <{element}> "
                f"(allowed: {', '.join(allowed)}, aria-*, data-*)")
    if name in LINK_ATTRIBUTES:
        return _link_refusal(value)
    if name in LOADED_ATTRIBUTES:
        pieces = SRCSET_PIECES.split(value) if name == "srcset" else [value]
        if any(_leaves_the_site(piece) for piece in pieces if piece):
            return (f"{value!r} would be loaded from another site: put the file in the "
                    "content folder instead")
    return None


def _link_refusal(value: str) -> str | None:
    try:
        scheme = ada_url.URL(value, PAGE_ADDRESSES[0]).protocol
    except ValueError:
        return f"{value!r} is not a valid address"
    if scheme not in LINK_SCHEMES:
        return f"link to {value!r}: only http(s), mailto: and tel: links are allowed"
    return None


def _leaves_the_site(value: str) -> bool:
    for page, origin in PAGE_ORIGINS:
        try:
            if ada_url.URL(value, page).origin != origin:
                return True
        except ValueError:  # not an address a browser would fetch either
            return False
    return False
