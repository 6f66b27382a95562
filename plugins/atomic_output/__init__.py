"""Write the site into a fresh folder and swap it in only when the build succeeded.

Pelican writes straight into OUTPUT_PATH, so a build that fails half-way (a content
error, a template bug) would leave a broken or empty site behind. With this plugin every
run writes into `<output>.partial-<pid>/` beside it; when Pelican finishes (`finalized`)
that folder replaces `output/`. On failure it is removed and `output/` is untouched.
"""

from __future__ import annotations

import atexit
import os
import shutil
from pathlib import Path
from typing import Any

from pelican import signals


class StagedOutput:
    """The output folder of one Pelican instance, and the staging folder of its current run."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self.staging = output.with_name(f"{output.name}.partial-{os.getpid()}")

    def start(self) -> Path:
        """A fresh, empty staging folder for a new run."""
        self.discard()
        self.staging.mkdir(parents=True)
        return self.staging

    def publish(self) -> None:
        """Replace the output folder with the staging folder."""
        previous = self.output.with_name(f"{self.output.name}.previous-{os.getpid()}")
        shutil.rmtree(previous, ignore_errors=True)
        if self.output.exists():
            self.output.rename(previous)
        self.staging.rename(self.output)
        shutil.rmtree(previous, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def _stage(pelican: Any) -> None:
    """At the start of every run (also each rebuild of `--autoreload`), write elsewhere."""
    staged: StagedOutput | None = getattr(pelican, "staged_output", None)
    if staged is None:
        staged = StagedOutput(Path(pelican.output_path).resolve())
        pelican.staged_output = staged
        atexit.register(staged.discard)  # a run that raised never reaches `finalized`
    pelican.output_path = str(staged.start())


def _publish(pelican: Any) -> None:
    staged: StagedOutput = pelican.staged_output
    staged.publish()


def register() -> None:
    # get_generators is sent at the start of every run, before any generator exists.
    signals.get_generators.connect(_stage)
    signals.finalized.connect(_publish)
