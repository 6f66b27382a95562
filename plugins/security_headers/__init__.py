"""Security headers: the site's HTTP headers, from one policy (`policy.py`).

In the `written` phase (`security_headers.files`) the policy is written into the site as
`_headers`, which Netlify and Cloudflare Pages read; `nginx.conf` beside this file is the
same policy for nginx. Pages must work under this Content-Security-Policy: no inline
script or style anywhere.
"""

from __future__ import annotations

from catalog.kit import Output, phases

from .policy import netlify_headers

HEADERS_FILE = "_headers"


def _write(output: Output) -> None:
    (output.folder / HEADERS_FILE).write_text(netlify_headers(), encoding="utf-8")


def register() -> None:
    phases.written.register("security_headers.files", 300)(_write)
