"""`make devserver`: the open page follows the content without a hand on the browser."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.browser import NewPage
from tests.helpers.servers import started

pytestmark = pytest.mark.browser

PRODUCT = Path("products") / "audit-express.md"
HEADING = "## Pour qui"
STARTED = re.compile(r"Live preview on (http://[\d.:]+)/")


@pytest.fixture
def live_site(content_copy: Path, tmp_path: Path) -> Iterator[str]:
    """The live preview of a copy of the demo content, on a free port."""
    settings = tmp_path / "settings.py"
    settings.write_text(
        "from pelicanconf import *\n"
        f"PATH = {str(content_copy)!r}\nOUTPUT_PATH = {str(tmp_path / 'output')!r}\n"
        f"CACHE_PATH = {str(tmp_path / 'cache')!r}\n"
        f"IMAGES = {{**IMAGES, 'cache': {str(tmp_path / 'images')!r}}}\n")
    with started(
            [sys.executable, "-m", "live_preview", "--port", "0", "--watch", str(content_copy),
             "--", str(content_copy), "-s", str(settings), "--fatal", "errors"],
            STARTED, "the live preview") as url:
        yield url


def test_the_page_follows_saves_and_shows_mistakes_over_the_last_good_page(
        new_page: NewPage, live_site: str, content_copy: Path) -> None:
    page = new_page()
    page.goto(f"{live_site}/produits/audit-express/")
    page.wait_for_function("() => document.scripts.length > 0")
    source = content_copy / PRODUCT
    original = source.read_text(encoding="utf-8")

    assert HEADING in original
    source.write_text(original.replace(HEADING, "## Pour quelles entreprises"),
                      encoding="utf-8")
    page.wait_for_function("() => document.body.innerText.includes('Pour quelles entreprises')",
                           timeout=60_000)

    source.write_text(original.replace("slug: audit-express", "slug: audit-express\nprcie: 3"),
                      encoding="utf-8")
    overlay = page.locator("#live-preview-errors")
    overlay.wait_for(timeout=60_000)
    assert f"{PRODUCT}:".replace("\\", "/") in overlay.inner_text()
    assert "prcie: unknown key" in overlay.inner_text()
    assert "Pour quelles entreprises" in page.locator("main").inner_text()  # last good page

    source.write_text(original, encoding="utf-8")
    page.wait_for_function("() => !document.body.innerText.includes('Pour quelles entreprises')",
                           timeout=60_000)
    assert overlay.count() == 0
