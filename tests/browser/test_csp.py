"""Every template works under the strict Content-Security-Policy and loads nothing off-site."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest

from tests.helpers.browser import NewPage, serve

if TYPE_CHECKING:
    from playwright.sync_api import Page, Request, Route

pytestmark = pytest.mark.browser

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", event => {
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "(inline)"}`
    + ` at ${event.sourceFile || "?"}:${event.lineNumber}`
    + (event.sample ? ` sample: ${event.sample}` : ""));
});
"""


def is_local(url: str) -> bool:
    """data: URLs and anything served from 127.0.0.1 stay on the machine."""
    parts = urlsplit(url)
    return parts.scheme == "data" or (
        parts.scheme in ("http", "https") and parts.hostname == "127.0.0.1"
    )


def test_page_works_under_csp_and_stays_local(page: Page, site_page: str) -> None:
    console: list[str] = []
    requests: list[str] = []
    page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    page.on("request", lambda request: requests.append(request.url))

    def block_offsite(route: Route, request: Request) -> None:
        # Recorded above; aborted so that the test neither waits on nor reaches the network.
        if is_local(request.url):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", block_offsite)
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(site_page, wait_until="load")
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    page.wait_for_load_state("networkidle")
    violations: list[str] = page.evaluate("window.__cspViolations")

    problems = [f"CSP violation: {v}" for v in violations]
    problems += [f"console: {m}" for m in console if "content security policy" in m.lower()]
    problems += [f"off-site request: {url}" for url in requests if not is_local(url)]
    if problems:
        pytest.fail(f"{site_page}:\n" + "\n".join(problems), pytrace=False)


def test_served_without_headers_a_page_s_own_policy_blocks_injected_script(
        new_page: NewPage, built_site: Path) -> None:
    """A host that sends no header (a bucket): the policy in the page's head still
    blocks script that content might smuggle in, and lets the site's own scripts run."""
    path = "/produits/audit-express/"
    original = (built_site / path.strip("/") / "index.html").read_text(encoding="utf-8")
    injected = original.replace("</main>", '<script>document.title = "pwned"</script>'
                                '<img src="/nope.png" onerror="document.title = \'pwned\'">'
                                "</main>")
    assert injected != original
    with serve(built_site, headers=False) as site_url:
        page = new_page()
        page.add_init_script(RECORD_VIOLATIONS)
        page.route(site_url + path, lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8", body=injected))
        response = page.goto(site_url + "/en/products/audit-express/")
        assert response is not None and "content-security-policy" not in response.headers
        assert page.evaluate("window.__cspViolations") == []  # the site's own scripts
        page.goto(site_url + path, wait_until="load")
        page.wait_for_load_state("networkidle")
        assert page.title() != "pwned"
        violations = page.evaluate("window.__cspViolations")
        assert any(v.startswith("script-src") for v in violations), violations
