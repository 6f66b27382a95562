"""External tools the tests need (a browser, validators, a decoder, a web server).

Their Debian packages are listed once, in .ci/packages, which .ci/run reads to install what
is missing. A test whose tool is missing is skipped, with a reason `require_tool` writes as
"<tool> is missing (apt-get install <package>)", which tests/conftest.py recognises to sum
up what to install at the end of the run; under CI (CI=true) the test fails instead.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

PACKAGES = Path(__file__).resolve().parents[2] / ".ci" / "packages"
MISSING = re.compile(r"(?P<tool>\S+) is missing \(apt-get install (?P<package>[a-z0-9.+-]+)\)")


@dataclass(frozen=True)
class SystemTool:
    """A line of .ci/packages: what must be there, and the Debian package that provides it."""

    probe: str  # a command on PATH, an absolute path, or python3:<modules> (see .ci/packages)
    package: str


def system_tools() -> list[SystemTool]:
    """The lines of .ci/packages, in order."""
    tools = []
    for line in PACKAGES.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            probe, package = fields
            tools.append(SystemTool(probe, package))
    return tools


def in_ci() -> bool:
    """True when the CI environment variable is set (CI=true on the CI machine)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def unavailable(reason: str) -> NoReturn:
    """A missing external tool fails the test under CI and skips it elsewhere."""
    if in_ci():
        pytest.fail(f"{reason} (required when CI is set)", pytrace=False)
    pytest.skip(reason)


def require_tool(probe: str) -> str:
    """The path of a tool listed in .ci/packages (a command, or an absolute path), or a skip
    (a failure under CI) naming the package to install."""
    tool = next((tool for tool in system_tools() if tool.probe == probe), None)
    if tool is None:
        raise LookupError(f"{probe} is not listed in {PACKAGES}")
    if probe.startswith("/"):
        found = probe if Path(probe).is_file() else None
    else:
        found = shutil.which(probe)
    if found is None:
        unavailable(f"{probe} is missing (apt-get install {tool.package})")
    return found


def missing_tool(reason: str) -> tuple[str, str] | None:
    """(tool name, package) when a skip `reason` says a system tool is missing."""
    match = MISSING.search(reason)
    if match is None:
        return None
    return Path(match["tool"]).name, match["package"]


def install_command(packages: list[str]) -> str:
    """The command that installs `packages`, as .ci/run does."""
    return "sudo apt-get install --no-install-recommends " + " ".join(packages)
