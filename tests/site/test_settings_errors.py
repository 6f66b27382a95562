"""Settings mistakes: every one of them, in every section, reported in one run with the
line of the settings file it is on; the build stops before reading anything and the
previous output/ stays as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.build import ROOT, run_build, snapshot

pytestmark = pytest.mark.build

MISTAKES = """\
from pelicanconf import *  # noqa: F403

PAYMENTS = {**PAYMENTS, "bank_transfer": {  # noqa: F405
    **PAYMENTS["bank_transfer"],  # noqa: F405
    "iban": "FR36 3000 4012 3400 0123 4567 807",
}}
OFFLINE = {**OFFLINE, "enabeld": False}  # noqa: F405
IMAGES = {
    "widths": [],
}
PAYMENT = {}
"""


def expected(settings: Path) -> list[str]:
    shown = str(settings)  # outside the project: shown as it is
    return [
        f"{shown}:5: PAYMENTS.bank_transfer.iban: 'FR36 3000 4012 3400 0123 4567 807' is "
        "not a valid IBAN",
        f"{shown}:7: OFFLINE.enabeld: unknown key (did you mean 'enabled'?); allowed keys: ",
        f"{shown}:9: IMAGES.widths: give at least one width",
    ]


def test_three_mistakes_in_three_sections_are_reported_in_one_run(
    built_site: Path, tmp_path: Path
) -> None:
    settings = tmp_path / "mistakes.py"
    settings.write_text(MISTAKES, encoding="utf-8")
    output = tmp_path / "output"
    shutil.copytree(built_site, output)
    before = snapshot(output)
    build = run_build(ROOT / "content", output, tmp_path / "cache", settings)
    assert build.returncode == 2
    lines = [line for line in build.stderr.splitlines() if ": " in line]
    for wanted in expected(settings):
        assert any(line.startswith(wanted) for line in lines), (wanted, build.stderr)
    assert "3 settings errors; nothing was built" in build.stderr
    # An unknown setting that looks like a known one is a warning, not an error.
    # (Pelican's log wraps long lines and puts the source file in a column.)
    log = " ".join((build.stdout + build.stderr).split())
    assert "WARNING PAYMENT: unknown setting (did you mean" in log
    assert "'PAYMENTS'?); it is ignored" in log
    assert "Traceback" not in build.stdout + build.stderr
    assert snapshot(output) == before


def test_make_check_reports_the_same_mistakes(tmp_path: Path) -> None:
    settings = tmp_path / "mistakes.py"
    settings.write_text(MISTAKES + f"PATH = {str(ROOT / 'content')!r}\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "plugins")]))
    result = subprocess.run(
        [sys.executable, "-m", "catalog.check", "--settings", str(settings)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 2
    for wanted in expected(settings):
        assert wanted in result.stderr
