"""When each content file last changed, from git: the date of its last commit.

A product or page without `updated:` shows the date of the last commit that touched its
file, and its structured data and sitemap `lastmod` use the same date. One `git log`
pass over the content folder finds every file's date, not a process per file. Where git
cannot tell (no git, a tree outside a repository, a shallow clone whose oldest commit
would claim every file it holds), dates come from the front matter alone and the build
says why, once.
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

# Marks the start of each commit in `git log` output: no file name holds a NUL.
COMMIT = "\x00commit "


@dataclass(frozen=True)
class GitDates:
    """The last-commit date of each file, by absolute path, or why there are none."""

    dates: dict[str, datetime.date] = field(default_factory=dict)
    unavailable: str = ""  # why git gave no dates ("" when it did)
    root: str = ""  # the repository's top folder, when the content is in one

    def of(self, path: str) -> datetime.date | None:
        return self.dates.get(str(Path(path).resolve()))

    def in_repository(self, path: str) -> str:
        """`path` as the repository names it (from its top folder), else as given."""
        if not self.root:
            return path
        return Path(os.path.relpath(Path(path).resolve(), self.root)).as_posix()

    def summary(self) -> str:
        if self.unavailable:
            return f"Dates: from front matter only ({self.unavailable})"
        return f"Dates: last commits of {len(self.dates)} content files (git)"


def git_dates(content: str) -> GitDates:
    """The last-commit date of every file under the folder `content`."""
    folder = Path(content).resolve()
    if shutil.which("git") is None:
        return GitDates(unavailable="git is not installed")
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top is None:
        return GitDates(unavailable=f"{content} is not in a git repository")
    if _git(folder, "rev-parse", "--is-shallow-repository") == "true":
        return GitDates(root=top, unavailable="this is a shallow clone: fetch the whole history "
                        "(git fetch --unshallow, or fetch-depth: 0 in CI) for dates from git")
    log = _git(folder, "-c", "core.quotePath=false", "log", "--format=%x00commit %cs",
               "--name-only", "--no-renames", "--", ".")
    if log is None:
        return GitDates(root=top, unavailable="git log failed")
    dates: dict[str, datetime.date] = {}
    root = Path(top)
    for chunk in log.split(COMMIT)[1:]:  # newest first: a file's first date is its last
        day, *names = chunk.strip("\n").split("\n")
        when = datetime.date.fromisoformat(day)
        for name in filter(None, names):
            dates.setdefault(str(root / name), when)
    return GitDates(dates, root=top)


def _git(folder: Path, *args: str) -> str | None:
    try:
        run = subprocess.run(["git", "-C", str(folder), *args], capture_output=True,
                             text=True, check=False, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return run.stdout.strip() if run.returncode == 0 else None
