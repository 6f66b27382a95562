"""Faults of the machine, caused for real: each gives one line naming the path and the
cause, exits non-zero, leaves the previous site as it was and no staging folder behind;
the next build is correct."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers.build import ROOT, Build, run_build, snapshot

pytestmark = pytest.mark.build

# A plugin the test adds to the build: a fault at a chosen moment of a real run.
# (Named functions: blinker keeps only weak references to its receivers.)
FAULT_PLUGIN = '''
import os, signal
from pathlib import Path
from pelican import signals
from catalog.kit import phases

def fault(_):
    {action}

def register():
    {moment}
'''
# Read, then gone before Pelican copies it.
VANISH = {"action": "Path({path!r}).unlink()",
          "moment": "signals.all_generators_finalized.connect(fault)"}
# Killed just before the swap, as a power cut or an OOM kill would.
KILL = {"action": "os.kill(os.getpid(), signal.SIGKILL)",
        "moment": "phases.swap.register('tests.kill', 10)(fault)"}


@contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of `size` mounted on `folder` (as root, as in CI); else the test is skipped."""
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                              str(folder)], capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def previous_site(output: Path) -> dict[str, tuple[str, int]]:
    output.mkdir()
    (output / "index.html").write_text("<!doctype html><title>Le site d'hier</title>\n")
    return snapshot(output)


def settings_with(tmp_path: Path, fault: dict[str, str]) -> Path:
    settings = tmp_path / "settings.py"
    (tmp_path / "fault.py").write_text(FAULT_PLUGIN.format(**fault))
    settings.write_text(f"from pelicanconf import *\nPLUGIN_PATHS = [*PLUGIN_PATHS, "
                        f"{str(tmp_path)!r}]\nPLUGINS = [*PLUGINS, 'fault']\n")
    return settings


def assert_one_line_and_nothing_lost(build: Build, output: Path,
                                     before: dict[str, tuple[str, int]], cause: str) -> str:
    assert build.returncode == 1, build.stdout + build.stderr
    assert "Traceback" not in build.stdout + build.stderr
    [line] = [line for line in build.stderr.splitlines() if cause in line]
    assert line.endswith(f"the build stopped, {output}/ is as it was")
    assert snapshot(output) == before
    assert [p.name for p in output.parent.iterdir() if p.name != output.name] == []
    return line


def test_a_full_disk(content_copy: Path, tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "3m") as disk:
        output = disk / "output"
        before = previous_site(output)
        build = run_build(content_copy, output, tmp_path / "cache")
        line = assert_one_line_and_nothing_lost(build, output, before,
                                                "No space left on device")
        assert str(disk / "output.partial-") in line


def test_a_folder_that_cannot_be_written(content_copy: Path, tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "64m") as disk:
        output = disk / "output"
        before = previous_site(output)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        build = run_build(content_copy, output, tmp_path / "cache")
        line = assert_one_line_and_nothing_lost(build, output, before, "Read-only file system")
        assert line.startswith(f"{disk}/output.partial-")


def test_a_file_that_disappears_during_the_build(content_copy: Path, tmp_path: Path) -> None:
    [download] = (content_copy / "downloads").glob("*.pdf")
    output = tmp_path / "site" / "output"
    output.parent.mkdir()
    before = previous_site(output)
    build = run_build(content_copy, output, tmp_path / "cache",
                      settings=settings_with(tmp_path, {
                          **VANISH, "action": VANISH["action"].format(path=str(download))}))
    line = assert_one_line_and_nothing_lost(build, output, before, "No such file or directory")
    assert download.name in line
    download.write_bytes((ROOT / "content" / "downloads" / download.name).read_bytes())
    again = run_build(content_copy, output, tmp_path / "cache")
    assert again.returncode == 0, again.stderr
    assert (output / "downloads" / download.name).exists()


def test_a_build_killed_before_its_swap(content_copy: Path, tmp_path: Path) -> None:
    output = tmp_path / "site" / "output"
    output.parent.mkdir()
    before = previous_site(output)
    killed = run_build(content_copy, output, tmp_path / "cache",
                       settings=settings_with(tmp_path, KILL))
    assert killed.returncode == -9
    assert snapshot(output) == before
    assert [p.name for p in output.parent.iterdir() if "partial" in p.name]  # left behind
    again = run_build(content_copy, output, tmp_path / "cache")
    assert again.returncode == 0, again.stderr
    assert (output / "produits" / "audit-express" / "index.html").exists()
    assert [p.name for p in output.parent.iterdir()] == ["output"]
