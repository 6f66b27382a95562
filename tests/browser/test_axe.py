"""axe-core finds no WCAG 2.0/2.1 A/AA or best-practice violation, in light and dark mode."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.helpers.browser import AXE_TAGS, Scheme, describe

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_page_has_no_axe_violations(
    new_page: Callable[..., Page], axe_js: Path, site_page: str, scheme: Scheme
) -> None:
    # axe is injected as an inline script, which the served CSP forbids: bypass it here
    # (tests/browser/test_csp.py checks the page itself under that CSP).
    page = new_page(bypass_csp=True)
    page.emulate_media(color_scheme=scheme)
    page.goto(site_page)
    page.add_script_tag(path=axe_js)
    results = page.evaluate(
        "options => axe.run(document, options)",
        {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    violations = results["violations"]
    if violations:
        pytest.fail(
            f"{len(violations)} axe rule(s) violated on {site_page} ({scheme}):\n"
            + describe(violations),
            pytrace=False,
        )
