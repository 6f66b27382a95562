"""The one error type for content mistakes, and how it is shown to editors."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NoReturn


@dataclass(frozen=True, order=True)
class ContentError:
    """A mistake in a content file, located precisely enough to fix it without searching."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


def stop_build(message: str, status: int) -> NoReturn:
    """End the build with `message` and no traceback: the mistake is the user's, not ours.

    Pelican logs any exception with its traceback, so a plain exit is the only way out."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()
    raise SystemExit(status)


class ContentErrors(Exception):
    """Raised when content has mistakes; carries every one of them, not just the first."""

    exitcode = 1

    def __init__(self, errors: Iterable[ContentError]) -> None:
        self.errors = sorted(set(errors))
        count = len(self.errors)
        super().__init__(
            f"{count} content error{'s' if count != 1 else ''}; nothing was written"
        )

    def report(self) -> str:
        return "\n".join(str(error) for error in self.errors)
