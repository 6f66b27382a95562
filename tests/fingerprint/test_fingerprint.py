"""The theme's CSS and JS are named by their content, and pages name them so."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from fingerprint import named_by_content

from tests.helpers.build import ROOT

NAMED = re.compile(r"^(?P<stem>.+)\.(?P<digest>[0-9a-f]{10})\.(?P<suffix>css|js)$")


def test_a_name_gets_the_digest_before_its_suffix() -> None:
    assert named_by_content("css/site.css", "0123456789") == "css/site.0123456789.css"
    assert named_by_content("js/a.b.js", "abcdef0123") == "js/a.b.abcdef0123.js"


@pytest.mark.build
def test_every_theme_file_is_named_by_its_bytes_and_pages_use_those_names(
        built_site: Path) -> None:
    sources = {path.relative_to(ROOT / "theme" / "static").as_posix()
               for path in (ROOT / "theme" / "static").rglob("*.*")}
    written = {path.relative_to(built_site / "theme").as_posix(): path
               for path in (built_site / "theme").rglob("*.*")}
    assert len(written) == len(sources)
    for relative, path in written.items():
        found = NAMED.match(path.name)
        assert found, relative
        assert found["digest"] == hashlib.sha256(path.read_bytes()).hexdigest()[:10]
        assert (ROOT / "theme" / "static" / relative).parent.joinpath(
            f"{found['stem']}.{found['suffix']}").read_bytes() == path.read_bytes()
    for page in built_site.rglob("*.html"):
        for name in re.findall(r'"/theme/([^"]+)"', page.read_text(encoding="utf-8")):
            assert name in written, f"{page}: /theme/{name}"
