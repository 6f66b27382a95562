"""Products and pages without `updated:` show the date of their file's last commit; the
sitemap agrees; where git cannot tell, the build says why and goes on."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from catalog.gitdates import git_dates

from tests.helpers.build import run_build

pytestmark = pytest.mark.build

PRODUCT = "products/audit-express.md"  # says `updated: 2026-10-14`
PAGE = "pages/about.md"  # says nothing


def git(repo: Path, *args: str, day: str = "2026-01-05") -> None:
    moment = f"{day}T10:00:00+01:00"
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=Éditrice",
                    "-c", "user.email=editrice@example.org", *args],
                   check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_DATE": moment, "GIT_COMMITTER_DATE": moment})


@pytest.fixture
def repository(content_copy: Path) -> Path:
    """The demo content committed on 5 January 2026, then one product edited on 9 March
    to drop its `updated:` line."""
    repo = content_copy.parent
    git(repo, "init", "-q")
    git(repo, "add", "content")
    git(repo, "commit", "-q", "-m", "Demo content")
    product = content_copy / PRODUCT
    product.write_text(re.sub(r"(?m)^updated: .*\n", "", product.read_text(encoding="utf-8")),
                       encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Let git date the audit", day="2026-03-09")
    return content_copy


def lastmod(sitemap: str, path: str) -> str | None:
    found = re.search(rf"<loc>[^<]*/{re.escape(path)}</loc>\s*<lastmod>([^<]+)</lastmod>",
                      sitemap)
    return found[1] if found else None


def test_git_gives_each_file_its_last_commit_date(repository: Path) -> None:
    dates = git_dates(str(repository))
    assert dates.of(str(repository / PRODUCT)).isoformat() == "2026-03-09"
    assert dates.of(str(repository / PAGE)).isoformat() == "2026-01-05"
    assert dates.of(str(repository / "products" / "nouveau.md")) is None  # not committed


def test_pages_and_sitemap_show_the_last_commit_date(repository: Path, tmp_path: Path) -> None:
    build = run_build(repository, tmp_path / "output", tmp_path / "cache")
    assert build.returncode == 0, build.stderr
    assert "Dates: last commits of" in build.stdout
    product = (build.output / "produits" / "audit-express" / "index.html").read_text()
    assert "9 mars 2026" in product
    sitemap = (build.output / "sitemap.xml").read_text()
    assert lastmod(sitemap, "produits/audit-express/") == "2026-03-09"
    assert lastmod(sitemap, "about/") == "2026-01-05"
    assert lastmod(sitemap, "produits/audit-boutique-en-ligne/") != "2026-01-05"  # its own


def test_without_git_history_the_build_says_why(repository: Path, content_copy: Path,
                                                 tmp_path: Path) -> None:
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1",
                    f"file://{repository.parent}", str(shallow)], check=True)
    build = run_build(shallow / "content", tmp_path / "output", tmp_path / "cache")
    assert build.returncode == 0, build.stderr
    assert "Dates: from front matter only (this is a shallow clone" in build.stdout
    plain = tmp_path / "plain"
    (repository.parent / ".git").rename(tmp_path / "moved.git")
    plain_build = run_build(content_copy, plain, tmp_path / "cache-plain")
    assert plain_build.returncode == 0, plain_build.stderr
    assert "Dates: from front matter only" in plain_build.stdout
    assert "is not in a git repository" in " ".join(plain_build.stdout.split())
    sitemap = (plain / "sitemap.xml").read_text()
    assert lastmod(sitemap, "about/") is None


def with_edit_url(tmp_path: Path, pattern: str) -> Path:
    settings = tmp_path / "settings.py"
    settings.write_text(f"from pelicanconf import *\nCATALOG = {{**CATALOG, 'edit_url': "
                        f"{pattern!r}}}\n")
    return settings


def test_edit_this_page_opens_the_file_in_the_repository_s_editor(
        repository: Path, tmp_path: Path) -> None:
    settings = with_edit_url(tmp_path, "https://github.com/boussole/site/edit/main/{path}")
    build = run_build(repository, tmp_path / "output", tmp_path / "cache", settings=settings)
    assert build.returncode == 0, build.stderr
    product = (build.output / "produits" / "audit-express" / "index.html").read_text()
    assert ('<a href="https://github.com/boussole/site/edit/main/content/products/'
            'audit-express.md" rel="nofollow">Modifier cette page</a>') in product
    page = (build.output / "en" / "about" / "index.html").read_text()
    assert "/edit/main/content/pages/about.en.md\" rel=\"nofollow\">Edit this page</a>" in page
    default = run_build(repository, tmp_path / "plain", tmp_path / "cache")
    assert "edit-link" not in (default.output / "produits" / "audit-express" / "index.html"
                               ).read_text()


def test_an_edit_address_that_is_not_https_is_a_settings_error(
        content_copy: Path, tmp_path: Path) -> None:
    settings = with_edit_url(tmp_path, "http://git.example/{file}")
    build = run_build(content_copy, tmp_path / "output", tmp_path / "cache", settings=settings)
    assert build.returncode != 0
    assert "CATALOG.edit_url: 'http://git.example/{file}' must be an https:// address with " \
           "{path}" in build.stdout + build.stderr
    assert "Traceback" not in build.stdout + build.stderr
