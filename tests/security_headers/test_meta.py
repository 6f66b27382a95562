"""Every page carries the policy a meta element can hold, before anything it loads, for
hosts that send no headers."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from security_headers import policy


def test_the_meta_policy_is_the_header_s_less_what_only_a_header_can_say() -> None:
    assert "frame-ancestors" in policy.CSP and "frame-ancestors" not in policy.META_CSP
    header = set(policy.CSP.split("; "))
    assert set(policy.META_CSP.split("; ")) == {
        directive for directive in header if directive.split()[0] not in policy.NOT_IN_META}


def test_every_page_has_it_first_in_its_head(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        head = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").head
        assert head is not None, page
        tags = head.find_all(True)
        assert tags[0].get("charset") == "utf-8", page
        assert tags[1].get("http-equiv") == "Content-Security-Policy", page
        assert tags[1]["content"] == policy.META_CSP, page
        assert tags[2].get("name") == "referrer" and tags[2]["content"] == "same-origin", page
