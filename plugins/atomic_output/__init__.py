"""Write the site into a fresh folder and swap it in only when the build succeeded.

Pelican writes straight into OUTPUT_PATH, so a build that fails half-way (a content
error, a template bug) would leave a broken or empty site behind. With this plugin every
run writes into `<output>.partial-<pid>/` beside it; in the catalog's last phase, `swap`
(`atomic_output.swap`, after every `written` receiver), that folder replaces `output/`,
in one atomic exchange on Linux (no instant without `output/`).
On failure it is removed and `output/` is untouched. Two builds of one site may run at
once (a devserver and `make html`): their swaps take turns, and the last to finish wins.
"""

from __future__ import annotations

import atexit
import ctypes
import errno
import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from catalog.kit import Output, phases
from pelican import signals

STAGES = ("partial", "previous")
# renameat2(2): paths relative to the working directory, and exchange instead of replace.
AT_FDCWD = -100
RENAME_EXCHANGE = 2


class StagedOutput:
    """The output folder of one Pelican instance, and the staging folder of its current run."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self.staging = self._stage("partial", os.getpid())

    @classmethod
    def of_staging(cls, staging: Path) -> StagedOutput:
        """The staged output whose staging folder is `staging`."""
        name, _, _ = staging.name.rpartition(".partial-")
        return cls(staging.with_name(name))

    def _stage(self, stage: str, pid: int) -> Path:
        return self.output.with_name(f"{self.output.name}.{stage}-{pid}")

    def start(self) -> Path:
        """A fresh, empty staging folder for a new run."""
        self.discard()
        self.remove_abandoned()
        self.staging.mkdir(parents=True)
        return self.staging

    def publish(self) -> None:
        """Replace the output folder with the staging folder, in one step where the system
        can exchange two folders (Linux): a server reading `output/` never finds it gone."""
        previous = self._stage("previous", os.getpid())
        with self._turn():
            shutil.rmtree(previous, ignore_errors=True)
            if not self.output.exists():
                self.staging.rename(self.output)
            elif exchange(self.staging, self.output):
                self.staging.rename(previous)  # the previous site, now under that name
            else:  # two renames: output/ is missing for the instant between them
                self.output.rename(previous)
                self.staging.rename(self.output)
        shutil.rmtree(previous, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)

    def remove_abandoned(self) -> None:
        """Remove the staging folders of builds that were killed before cleaning up."""
        for stage in STAGES:
            for folder in self.output.parent.glob(f"{self.output.name}.{stage}-*"):
                pid = folder.name.rsplit("-", 1)[1]
                if pid.isdigit() and not _running(int(pid)):
                    shutil.rmtree(folder, ignore_errors=True)

    @contextmanager
    def _turn(self) -> Iterator[None]:
        """Hold the swap lock of this output folder (a lock on the folder holding it)."""
        self.output.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(self.output.parent, os.O_RDONLY)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
            yield
        finally:
            os.close(handle)


def exchange(first: Path, second: Path) -> bool:
    """Swap two folders atomically (Linux's renameat2 with RENAME_EXCHANGE); False where
    the C library or the file system cannot, and nothing was changed."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second),
                 RENAME_EXCHANGE) == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.EINVAL, errno.ENOSYS, errno.EPERM):  # not supported here
        return False
    raise OSError(error, os.strerror(error), str(second))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def _stage(pelican: Any) -> None:
    """At the start of every run (also each rebuild of `--autoreload`), write elsewhere."""
    staged: StagedOutput | None = getattr(pelican, "staged_output", None)
    if staged is None:
        staged = StagedOutput(Path(pelican.output_path).resolve())
        pelican.staged_output = staged
        atexit.register(staged.discard)  # a run that raised never reaches `finalized`
    pelican.output_path = str(staged.start())


def _publish(output: Output) -> None:
    staged = StagedOutput.of_staging(output.folder.resolve())
    if staged.staging == output.folder.resolve():
        staged.publish()


def register() -> None:
    # get_generators is sent at the start of every run, before any generator exists.
    signals.get_generators.connect(_stage)
    phases.swap.register("atomic_output.swap", 0)(_publish)
