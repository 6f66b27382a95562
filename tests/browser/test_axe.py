"""axe-core finds no WCAG 2.0/2.1 A/AA or best-practice violation, in light and dark mode."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
Scheme = Literal["light", "dark"]


def _node(node: dict[str, Any]) -> str:
    """A failing node: its CSS selector (nested lists are frame or shadow-DOM paths), and why."""
    parts = node.get("target", [])
    target = " >>> ".join(p if isinstance(p, str) else " > ".join(p) for p in parts)
    reasons = str(node.get("failureSummary", "")).splitlines()[1:]
    return f"{target}: {'; '.join(r.strip() for r in reasons)}" if reasons else target


def describe(violations: list[dict[str, Any]]) -> str:
    """One readable block per violated rule: id, impact, help, then each failing node."""
    lines = []
    for rule in violations:
        lines.append(f"{rule['id']} [{rule.get('impact')}]: {rule['help']} ({rule['helpUrl']})")
        lines += [f"    {_node(node)}" for node in rule["nodes"]]
    return "\n".join(lines)


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
