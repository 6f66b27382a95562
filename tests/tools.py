"""Helpers shared by tests that need an external tool (a browser, a validator, a decoder)."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def in_ci() -> bool:
    """True when the CI environment variable is set (CI=true on the CI machine)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def unavailable(reason: str) -> NoReturn:
    """A missing external tool fails the test under CI and skips it elsewhere."""
    if in_ci():
        pytest.fail(f"{reason} (required when CI is set)", pytrace=False)
    pytest.skip(reason)
