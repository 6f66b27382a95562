"""robots.txt: written when the site brings none; a site owner's kept, completed with the
Sitemap line only when it lacks it."""

from __future__ import annotations

from pathlib import Path

import pytest
from seo.robots import names_sitemap, robots_txt, with_sitemap, write_robots

SITEMAP = "https://www.example.com/sitemap.xml"


def test_the_default_allows_everything_and_names_the_sitemap() -> None:
    assert robots_txt(SITEMAP) == f"User-agent: *\nAllow: /\n\nSitemap: {SITEMAP}\n"


@pytest.mark.parametrize(("robots", "named"), [
    (f"User-agent: *\nDisallow: /tmp/\nSitemap: {SITEMAP}\n", True),
    (f"sitemap:{SITEMAP}  # for every crawler\n", True),
    (f"# Sitemap: {SITEMAP}\n", False),
    ("Sitemap: https://www.example.com/other.xml\n", False),
    ("User-agent: *\nDisallow:\n", False),
])
def test_a_sitemap_line_is_recognised(robots: str, named: bool) -> None:
    assert names_sitemap(robots, SITEMAP) is named


@pytest.mark.parametrize(("robots", "completed"), [
    ("User-agent: *\nDisallow: /tmp/\n",
     f"User-agent: *\nDisallow: /tmp/\n\nSitemap: {SITEMAP}\n"),
    ("User-agent: *\nDisallow: /tmp/", f"User-agent: *\nDisallow: /tmp/\n\nSitemap: {SITEMAP}\n"),
    ("", f"Sitemap: {SITEMAP}\n"),
    (f"Sitemap: {SITEMAP}\nUser-agent: *\n", f"Sitemap: {SITEMAP}\nUser-agent: *\n"),
])
def test_the_sitemap_line_is_added_only_when_missing(robots: str, completed: str) -> None:
    assert with_sitemap(robots, SITEMAP) == completed


def test_without_a_robots_txt_one_is_written(tmp_path: Path) -> None:
    assert write_robots(tmp_path, SITEMAP) == "robots.txt written"
    assert (tmp_path / "robots.txt").read_text(encoding="utf-8") == robots_txt(SITEMAP)


def test_the_site_owner_s_robots_txt_is_kept_and_completed(tmp_path: Path) -> None:
    own = "User-agent: BadBot\nDisallow: /\n# caf\xe9\n".encode("latin-1")  # not even UTF-8
    (tmp_path / "robots.txt").write_bytes(own)
    assert write_robots(tmp_path, SITEMAP) == (
        "the site's own robots.txt kept, with the Sitemap line added")
    assert (tmp_path / "robots.txt").read_bytes() == own + f"\nSitemap: {SITEMAP}\n".encode()
    assert write_robots(tmp_path, SITEMAP) == "the site's own robots.txt kept: it names the sitemap"
    assert (tmp_path / "robots.txt").read_bytes() == own + f"\nSitemap: {SITEMAP}\n".encode()
