"""The built site is valid HTML and CSS for the W3C Nu HTML checker."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.vnu import check_folder


def test_site_has_no_nu_checker_errors(built_site: Path) -> None:
    assert any(built_site.rglob("*.html")), f"no HTML file under {built_site}"
    errors = check_folder(built_site)
    if errors:
        report = "\n".join(str(error) for error in errors)
        pytest.fail(f"{len(errors)} Nu HTML checker error(s):\n{report}", pytrace=False)
