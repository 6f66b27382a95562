"""Servers the tests start: a free port of 127.0.0.1, and a command that serves until the
test ends, found ready by the line it prints."""

from __future__ import annotations

import os
import re
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.helpers.build import ROOT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def started(command: list[str], ready: re.Pattern[str], what: str) -> Iterator[str]:
    """Run `command` (a project command, plugins on the import path) until the caller is
    done; the first group of `ready` in the line that says it serves."""
    server = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONPATH": f"{ROOT / 'plugins'}:{ROOT}"})
    assert server.stdout is not None
    try:
        for line in server.stdout:
            if found := ready.search(line):
                yield found[1]
                break
        else:
            pytest.fail(f"{what} did not start")
    finally:
        server.terminate()
        server.wait(timeout=10)
