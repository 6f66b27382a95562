"""Bodies the checker accepts are inert in Chromium itself, served with no policy at all.

Chromium judges: a dialog opened, a request off the machine, an event handler or a
`javascript:`/`data:` address in the DOM it built, or the theme's markup after the text
swallowed. The same judge catches what the previous checker let through, so it can fail.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from catalog.body import body_errors
from hypothesis import HealthCheck, given, settings
from markdown import Markdown

from tests.helpers.browser import NewPage, serve
from tests.helpers.hostile_html import bodies, page

if TYPE_CHECKING:
    from playwright.sync_api import Dialog, Page, Request

pytestmark = pytest.mark.browser

MARKDOWN = Markdown(extensions=["extra", "toc", "sane_lists"], output_format="html")
SAMPLE = 24
PATH = "/produits/x/"

# What Chromium made of the page: handlers, dangerous addresses, the footer's fate.
JUDGE = """() => {
  const found = [];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      const name = attribute.localName.toLowerCase();
      if (name.startsWith("on")) found.push(`${name}= on <${element.localName}>`);
      if (["href", "src", "action", "formaction", "poster", "data", "cite"].includes(name)) {
        let protocol = "";
        try { protocol = new URL(attribute.value, document.baseURI).protocol; } catch {}
        if (["javascript:", "data:", "vbscript:"].includes(protocol))
          found.push(`${name}=${attribute.value} on <${element.localName}>`);
      }
    }
  }
  if (document.scripts.length) found.push(`${document.scripts.length} script element(s)`);
  const after = document.getElementById("after");
  if (!after || after.closest(".description")) found.push("the footer was swallowed");
  return found;
}"""

# Each of these ran or loaded in Chromium under the html.parser deny-list.
LET_THROUGH_BEFORE = [
    '<!---><img src=x onerror="alert(1)">-->',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<svg><a xlink:href="javascript:alert(1)"><text y="9">x</text></a></svg>',
    '<img src="/\\evil.example/x.png" alt="">',
    '<div><a href="/a" title="',
]


def accepted_bodies(count: int) -> list[str]:
    """The first `count` hostile bodies (always the same ones) that the checker accepts,
    rendered."""
    accepted: list[str] = []

    @settings(derandomize=True, database=None, deadline=None, max_examples=400,
              suppress_health_check=list(HealthCheck))
    @given(bodies)
    def collect(body: str) -> None:
        html = MARKDOWN.reset().convert(body)
        if len(accepted) < count and not body_errors(html, body, 1, "p.md"):
            accepted.append(html)

    collect()
    return accepted


def chromium_findings(tab: Page, site_url: str, html: str) -> list[str]:
    events: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        events.append(f"dialog {dialog.message!r}")
        dialog.dismiss()

    def on_request(request: Request) -> None:
        if not request.url.startswith(site_url):
            events.append(f"request {request.url}")

    tab.on("dialog", on_dialog)
    tab.on("request", on_request)
    tab.route("**/*", lambda route, request: route.continue_()
              if request.url.startswith(site_url) else route.abort())
    tab.route(site_url + PATH, lambda route: route.fulfill(
        status=200, content_type="text/html; charset=utf-8", body=page(html)))
    tab.goto(site_url + PATH, wait_until="load")
    tab.wait_for_timeout(150)  # SVG animations begin, images fail and fire their handlers
    return events + tab.evaluate(JUDGE)


def test_bodies_the_checker_accepts_are_inert_in_chromium(new_page: NewPage,
                                                          tmp_path: Path) -> None:
    sample = accepted_bodies(SAMPLE)
    assert len(sample) == SAMPLE
    assert any("<" in html.replace("<p>", "").replace("</p>", "") for html in sample)
    with serve(tmp_path, headers=False) as site_url:
        problems = {html: found for html in sample
                    if (found := chromium_findings(new_page(), site_url, html))}
    assert problems == {}


@pytest.mark.parametrize("body", LET_THROUGH_BEFORE)
def test_the_judge_sees_what_the_previous_checker_let_through(
        new_page: NewPage, tmp_path: Path, body: str) -> None:
    html = MARKDOWN.reset().convert(body)
    assert body_errors(html, body, 1, "p.md"), "the checker refuses it now"
    with serve(tmp_path, headers=False) as site_url:
        assert chromium_findings(new_page(), site_url, html)
