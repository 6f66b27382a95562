"""Read and render on every core.

Pelican reads and renders one file after another. Converting Markdown is independent
per file, and once the catalog is resolved so is rendering a product page: both are
split across forked worker processes, which inherit the reader, the Jinja environment
and the whole context without pickling them.
Pelican's `content_written` signal therefore fires in the workers; plugins that need
the written files read them from the output folder in the `written` phase.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many pages, starting processes costs more than it saves.
MIN_ITEMS_PER_WORKER = 50


class WorkerFailed(RuntimeError):
    """A worker process could not render its share of the pages."""


def available_cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def worker_count(items: int, wanted: int = 0, least: int = MIN_ITEMS_PER_WORKER) -> int:
    """How many processes share `items` items: `wanted` (0: every core), fewer when
    there is too little work (less than `least` items each), 1 where processes cannot
    be forked."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(wanted or available_cores(), items // least))


def run_everywhere(items: Sequence[T], work: Callable[[T], None], wanted: int = 0) -> int:
    """Call `work(item)` for every item, spread over processes; return how many."""
    workers = worker_count(len(items), wanted)
    if workers == 1:
        for item in items:
            work(item)
        return 1
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
    return workers


def map_everywhere(items: Sequence[T], work: Callable[[T], R], wanted: int = 0,
                   least: int = MIN_ITEMS_PER_WORKER) -> list[R]:
    """`[work(item) for item in items]`, computed by several processes (each worth
    `least` items at least: fewer for long work, such as printing a PDF).

    Results come back pickled, so they must be plain data."""
    workers = worker_count(len(items), wanted, least)
    if workers == 1:
        return [work(item) for item in items]
    context = multiprocessing.get_context("fork")
    # Forked workers inherit `work` (a closure or bound method need not be picklable).
    with context.Pool(workers, initializer=_adopt, initargs=(work,)) as pool:
        return pool.map(_call, items, chunksize=max(1, len(items) // (workers * 8)))


_work: Callable[[Any], Any] | None = None  # set in each worker process by _adopt


def _adopt(work: Callable[[Any], Any]) -> None:
    global _work
    _work = work


def _call(item: Any) -> Any:
    assert _work is not None
    return _work(item)


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
