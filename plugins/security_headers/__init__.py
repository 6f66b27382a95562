"""Security headers: the site's HTTP headers, from one policy (`policy.py`).

In the `written` phase (`security_headers.files`) the policy is written into the site as
`_headers`, which Netlify and Cloudflare Pages read; `nginx.conf` beside this file is the
same policy for nginx. Every page also carries the part of it a meta element can hold
(the theme's `security_meta` global, first in the head), for hosts that send no
headers. Pages must work under this Content-Security-Policy: no inline script or style
anywhere.
"""

from __future__ import annotations

from typing import Any

from catalog.kit import Output, phases
from markupsafe import Markup
from pelican import signals

from .policy import META_CSP, REFERRER_POLICY, netlify_headers

# Before anything the page loads: a policy given by a meta element only covers what
# comes after it.
SECURITY_META = Markup(f'<meta http-equiv="Content-Security-Policy" content="{META_CSP}">\n'
                       f'<meta name="referrer" content="{REFERRER_POLICY}">')

HEADERS_FILE = "_headers"


def _write(output: Output) -> None:
    (output.folder / HEADERS_FILE).write_text(netlify_headers(), encoding="utf-8")


def _template_globals(generator: Any) -> None:
    generator.env.globals["security_meta"] = SECURITY_META


def register() -> None:
    phases.written.register("security_headers.files", 300)(_write)
    signals.generator_init.connect(_template_globals)
