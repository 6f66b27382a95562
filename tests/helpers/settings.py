"""Validating plugins' settings sections as the build does, for unit tests."""

from __future__ import annotations

from typing import Any, TypeVar

import pytest
from catalog.registry import Section, SettingsErrors, validate_settings
from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


def load(section: Section[M], settings: dict[str, Any]) -> M:
    """`section` of `settings`, validated (with its defaults and cross-checks)."""
    return validate_settings(settings, sections=[section]).of(section.model)


def mistakes(section: Section[Any], settings: dict[str, Any]) -> str:
    """The report of a build whose `section` has mistakes (the test fails if it has none)."""
    with pytest.raises(SettingsErrors) as caught:
        validate_settings(settings, sections=[section])
    return caught.value.report()
