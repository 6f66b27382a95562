"""Render pages on every core.

Pelican renders one page after another. Once the catalog is resolved, product pages
are independent of each other, so they are split across forked worker processes, which
inherit the Jinja environment and the whole context without pickling anything.
Pelican's `content_written` signal therefore fires in the workers; plugins that need
the written files read them from the output folder when the build is finalized.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

# Below this many pages, starting processes costs more than it saves.
MIN_ITEMS_PER_WORKER = 50


class WorkerFailed(RuntimeError):
    """A worker process could not render its share of the pages."""


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_everywhere(items: Sequence[T], work: Callable[[T], None], workers: int = 0) -> None:
    """Call `work(item)` for every item, spread over up to `workers` processes."""
    workers = min(workers or available_cores(), len(items) // MIN_ITEMS_PER_WORKER)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for item in items:
            work(item)
        return
    context = multiprocessing.get_context("fork")
    processes = [
        context.Process(target=_work_on, args=(items[start::workers], work), daemon=True)
        for start in range(workers)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    failed = [p.exitcode for p in processes if p.exitcode != 0]
    if failed:
        raise WorkerFailed(f"{len(failed)} of {workers} rendering processes failed (see above)")


def _work_on(items: Sequence[T], work: Callable[[T], None]) -> None:
    try:
        for item in items:
            work(item)
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
