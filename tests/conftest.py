"""Shared fixtures (one real build of the demo site per test session), the markers that
split quick unit tests from build and browser tests, and the summary of missing tools.

Fixtures and hooks only: what tests share otherwise is in tests/helpers/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import build as build_helpers
from tests.helpers.build import ROOT, Build, run_build
from tests.helpers.tools import install_command, missing_tool, system_tools

# A test using one of these fixtures runs Pelican (or works on a copy of the demo content
# to build it): it is marked `build`. Tests that run Pelican or an external tool without
# them are marked in their module.
BUILD_FIXTURES = frozenset({"demo_build", "built_site", "content_copy", "previous_output"})
# A test using this fixture drives Chromium: it is marked `browser`.
BROWSER_FIXTURES = frozenset({"browser"})


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The demo site, built once for the whole session."""
    work = tmp_path_factory.mktemp("demo")
    build = run_build(ROOT / "content", work / "output", work / "cache", paper=True)
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


@pytest.fixture
def previous_output(built_site: Path, tmp_path: Path) -> Path:
    """A copy of a good build, standing where the broken build will write."""
    output = tmp_path / "output"
    shutil.copytree(built_site, output)
    return output


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `build` every test that uses a build fixture, even through another fixture,
    and `browser` every test that uses the browser."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & BUILD_FIXTURES:
            item.add_marker(pytest.mark.build)
        if fixtures & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Let run_build() and run_check() refuse to run for a test not marked `build`."""
    build_helpers.set_running_test_is_build(item.get_closest_marker("build") is not None)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> Iterator[None]:
    """Last, after the short summary: how many tests were skipped for want of a system tool,
    and the command that installs their packages (listed in .ci/packages, as .ci/run does)."""
    yield
    skipped = 0
    packages: dict[str, str] = {}  # package by tool
    for report in terminalreporter.stats.get("skipped", []):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else ""
        found = missing_tool(reason)
        if found:
            skipped += 1
            packages[found[0]] = found[1]
    if skipped:
        order = [tool.package for tool in system_tools()]
        tools = sorted(packages, key=lambda tool: (
            order.index(packages[tool]) if packages[tool] in order else len(order), tool))
        command = install_command(list(dict.fromkeys(packages[tool] for tool in tools)))
        terminalreporter.write_line(
            f"{skipped} test{'s' if skipped > 1 else ''} skipped: missing {', '.join(tools)}. "
            f"Install {'them' if len(tools) > 1 else 'it'} with: {command}"
        )
