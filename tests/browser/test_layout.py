"""Every page on a phone: no wider than the screen, and nothing moves once it is shown
(scripts that reveal their controls after the first paint push the page down)."""

from __future__ import annotations

import pytest

from tests.helpers.browser import NewPage

pytestmark = pytest.mark.browser

# A phone as Lighthouse's mobile run emulates it.
PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75,
         "is_mobile": True, "has_touch": True}
# The layout shifts of the page so far, as Chromium counts them for CLS (those right after
# an input are the visitor's doing, and are left out).
SHIFTS = """() => new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) total += entry.value;
    }
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 100);
})"""


def test_no_page_is_wider_than_a_phone(new_page: NewPage, site_page: str) -> None:
    page = new_page(**PHONE)
    page.goto(site_page)
    page.wait_for_load_state("load")
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{site_page}: {widths[0]} px wide on a {widths[1]} px screen"


def test_nothing_moves_once_the_page_is_shown(new_page: NewPage, site_page: str) -> None:
    page = new_page(**PHONE)
    page.goto(site_page)
    page.wait_for_load_state("networkidle")  # the search index and scripts have run
    assert page.evaluate(SHIFTS) < 0.01, site_page
