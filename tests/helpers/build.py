"""Running Pelican (as `make html` does) and `make check` on a content folder, and reading
what they report and what they leave in an output folder.

A test that calls `run_build` or `run_check` is a build test: tests/conftest.py marks the
tests that use a build fixture, the others need `@pytest.mark.build` (or a module-level
`pytestmark = pytest.mark.build`). An unmarked test that runs them fails, so that no build
slips into `make test-quick`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent

# Whether the running test is marked `build`: set by tests/conftest.py before each test,
# None outside a pytest run.
_running_test_is_build: bool | None = None


def set_running_test_is_build(marked: bool | None) -> None:
    """Called by tests/conftest.py as each test starts."""
    global _running_test_is_build
    _running_test_is_build = marked


def _require_build_marker(what: str) -> None:
    if _running_test_is_build is False:
        pytest.fail(
            f"this test {what} but is not marked `build`: add @pytest.mark.build (or "
            "pytestmark = pytest.mark.build) so that `make test-quick` leaves it out",
            pytrace=False,
        )


@dataclass(frozen=True)
class Build:
    """The result of running Pelican on a content folder."""

    output: Path
    returncode: int
    stdout: str
    stderr: str


def run_build(
    content: Path, output: Path, cache: Path, settings: Path = ROOT / "pelicanconf.py",
    environment: dict[str, str] | None = None, paper: bool = False,
) -> Build:
    """Build `content` with the project's settings into `output`, as `make html` does,
    with `environment` added to this process's. PDFs are printed only with `paper`: a
    fresh cache prints them all, seconds that only the tests of PDFs need to spend."""
    _require_build_marker("runs Pelican")
    env = dict(os.environ, PYTHONPATH=str(ROOT), **(environment or {}))
    proc = subprocess.run(
        [
            sys.executable, "-m", "pelican", str(content),
            "-s", str(settings), "-o", str(output),
            "--fatal", "errors",
            "-e", f'CACHE_PATH="{cache}"', *([] if paper else ['PAPER={"enabled": false}']),
        ],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    return Build(output, proc.returncode, proc.stdout, proc.stderr)


def run_check(content: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`make check` on `content`, with the project's settings otherwise."""
    _require_build_marker("runs `make check`")
    settings = tmp_path / "checkconf.py"
    settings.write_text(f"from pelicanconf import *\nPATH = {str(content)!r}\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "plugins")]))
    return subprocess.run(
        [sys.executable, "-m", "catalog.check", "--settings", str(settings)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )


def broken_build(content: Path, output: Path, files: list[tuple[str, str, str]]) -> Build:
    """Write each (file name, text, expected error) into content/products, then build."""
    for name, text, _ in files:
        (content / "products" / name).write_text(text, encoding="utf-8")
    return run_build(content, output, output.parent / "cache")


def relative_lines(build: Build, content: Path) -> list[str]:
    """Error lines with the temporary content folder shown as `content/`."""
    prefix = str(content) + "/"
    return [line.replace(prefix, "content/") for line in build.stderr.splitlines()]


def file_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`: its bytes, by relative path."""
    return {str(path.relative_to(folder)): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under `folder`: its hash and modification time, by relative path."""
    return {
        str(path.relative_to(folder)): (hashlib.sha256(path.read_bytes()).hexdigest(),
                                        path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*")) if path.is_file()
    }
