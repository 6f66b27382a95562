"""Shared fixtures: one real build of the demo site per test session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Build:
    """The result of running Pelican on a content folder."""

    output: Path
    returncode: int
    stdout: str
    stderr: str


def run_build(
    content: Path, output: Path, cache: Path, settings: Path = ROOT / "pelicanconf.py"
) -> Build:
    """Build `content` with the project's settings into `output`, as `make html` does."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [
            sys.executable, "-m", "pelican", str(content),
            "-s", str(settings), "-o", str(output),
            "--fatal", "errors",
            "-e", f'CACHE_PATH="{cache}"',
        ],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    return Build(output, proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The demo site, built once for the whole session."""
    work = tmp_path_factory.mktemp("demo")
    build = run_build(ROOT / "content", work / "output", work / "cache")
    assert build.returncode == 0, build.stdout + build.stderr
    return build


@pytest.fixture(scope="session")
def built_site(demo_build: Build) -> Path:
    """Folder holding the built demo site."""
    return demo_build.output


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A private copy of the demo content that a test may break."""
    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    return target
