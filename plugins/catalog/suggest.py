"""Spelling suggestions for error messages."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(value: str, choices: Iterable[str], *, always: bool = False) -> str:
    """` (did you mean 'X'?)` when a choice is close to `value`, else an empty string."""
    matches = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    if always and value in set(choices):
        matches = [value]
    return f" (did you mean {matches[0]!r}?)" if matches else ""
