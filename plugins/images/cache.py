"""Encoded images kept between builds, keyed by the source's bytes and the settings.

Each entry is a folder `<cache>/<key[:2]>/<key>/` holding the encoded files and a
`manifest.json` that says what they are, or why the source was refused. A build reads
the source's bytes to hash them and then the manifest: an unchanged image is never
decoded or encoded again. Entries missing from the cache are made on every core. Each
entry is sealed with the checksums of its files and checked before its first use in a
build: a damaged one is made again (with one warning), never published.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Protocol

from catalog.kit import folder_is_whole, seal_folder

# Bump when what a job writes changes for the same input: every entry is then made anew.
PIPELINE_VERSION = 1
# Above this many entries to make, a progress line shows how far encoding is.
PROGRESS_FROM = 10


class Job(Protocol):
    """Something that makes one cache entry: a picklable frozen dataclass."""

    @property
    def key(self) -> str: ...

    def make(self, folder: Path) -> dict[str, Any]:
        """Write the entry's files into `folder` and return its manifest (plain data)."""
        ...


def source_key(source: bytes, *parts: object) -> str:
    """Key of an entry made from `source` with the settings `parts`."""
    digest = hashlib.sha256(source)
    digest.update(repr((PIPELINE_VERSION, *parts)).encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class ImageCache:
    folder: Path
    # Entries found whole in this build: each is checked once, before its first use.
    whole: set[str] = field(default_factory=set, compare=False, repr=False)

    def entry(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def manifest(self, key: str) -> dict[str, Any] | None:
        """The manifest of entry `key`, or None when the entry is missing, unreadable or
        damaged (then removed, to be made again)."""
        if key not in self.whole:
            if not folder_is_whole(self.entry(key)):
                return None
            self.whole.add(key)
        try:
            data = json.loads((self.entry(key) / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def fill(self, jobs: Sequence[Job], processes: int = 0) -> int:
        """Make the entries of `jobs` that the cache lacks; return how many were made."""
        missing = list({job.key: job for job in jobs if self.manifest(job.key) is None}.values())
        if not missing:
            return 0
        workers = min(processes or _cores(), len(missing))
        progress = _Progress(len(missing), shown=len(missing) >= PROGRESS_FROM)
        if workers == 1:
            for job in missing:
                self.make(job)
                progress.step()
            return len(missing)
        # Forked workers inherit the loaded modules; jobs travel pickled, results are None.
        with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
            for done in as_completed([pool.submit(self.make, job) for job in missing]):
                done.result()
                progress.step()
        return len(missing)

    def make(self, job: Job) -> None:
        """Make one entry in a folder of its own, then move it in place whole: a build
        that is killed, or another one running at the same time, never sees half an entry."""
        target = self.entry(job.key)
        partial = target.with_name(f"{target.name}.partial-{os.getpid()}")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        manifest = job.make(partial)
        (partial / "manifest.json").write_text(json.dumps(manifest, sort_keys=True),
                                               encoding="utf-8")
        seal_folder(partial)
        try:
            partial.rename(target)
        except OSError:  # made meanwhile by another build: theirs is as good
            shutil.rmtree(partial, ignore_errors=True)


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class _Progress:
    """`images: 120/200 encoded` on one line, updated at most every half second."""

    def __init__(self, total: int, shown: bool,
                 write: Callable[[str], Any] = sys.stderr.write) -> None:
        self.total, self.done, self.write, self.enabled = total, 0, write, shown
        self.shown = 0.0
        self.tty = sys.stderr.isatty()

    def step(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if self.done < self.total and now - self.shown < (0.5 if self.tty else 5):
            return
        self.shown = now
        end = "\n" if self.done == self.total or not self.tty else ""
        self.write(f"\rimages: {self.done}/{self.total} encoded{end}")
        sys.stderr.flush()
