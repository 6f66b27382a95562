"""`make check`: the same verdict as the build, without rendering."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.build import ROOT, broken_build, relative_lines, run_check
from tests.helpers.content import existing_sku, mistakes

pytestmark = pytest.mark.build


def test_demo_content_is_valid(tmp_path: Path) -> None:
    result = run_check(ROOT / "content", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "files checked, no errors" in result.stdout


def test_reports_exactly_what_the_build_reports(content_copy: Path, tmp_path: Path) -> None:
    build = broken_build(content_copy, tmp_path / "output", mistakes(existing_sku(content_copy)))
    build_errors = [line for line in relative_lines(build, content_copy)
                    if line.startswith("content/")]
    result = run_check(content_copy, tmp_path)
    *check_errors, summary = result.stderr.splitlines()
    check_errors = [line.replace(str(content_copy) + "/", "content/") for line in check_errors]
    assert result.returncode == 1
    assert sorted(check_errors) == sorted(build_errors)
    assert summary.startswith("10 errors in 9 of ")


def test_settings_mistakes_are_reported(tmp_path: Path) -> None:
    settings = tmp_path / "checkconf.py"
    settings.write_text("from pelicanconf import *\nCATALOG = dict(CATALOG, langs=['fr'])\n"
                        f"PATH = {str(ROOT / 'content')!r}\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "plugins")]))
    result = subprocess.run(
        [sys.executable, "-m", "catalog.check", "--settings", str(settings)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 2
    assert (f"{settings}:2: CATALOG.langs: unknown key (did you mean 'languages'?); "
            "allowed keys: languages, urls, processes") in result.stderr
