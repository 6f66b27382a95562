"""The staging folder replaces output/ only when asked to."""

from __future__ import annotations

import fcntl
import os
import threading
from pathlib import Path

from atomic_output import StagedOutput


def test_publish_replaces_the_output(tmp_path: Path) -> None:
    output = tmp_path / "output"
    output.mkdir()
    (output / "old.html").write_text("old")
    staged = StagedOutput(output)
    staging = staged.start()
    assert staging.parent == tmp_path and staging != output
    (staging / "new.html").write_text("new")
    staged.publish()
    assert sorted(p.name for p in output.iterdir()) == ["new.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_discard_leaves_the_output_alone(tmp_path: Path) -> None:
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("good")
    staged = StagedOutput(output)
    (staged.start() / "index.html").write_text("half-written")
    staged.discard()
    assert (output / "index.html").read_text() == "good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_first_build_creates_the_output(tmp_path: Path) -> None:
    staged = StagedOutput(tmp_path / "output")
    (staged.start() / "index.html").write_text("first")
    staged.publish()
    assert (tmp_path / "output" / "index.html").read_text() == "first"


def test_a_new_run_starts_from_an_empty_folder(tmp_path: Path) -> None:
    staged = StagedOutput(tmp_path / "output")
    (staged.start() / "leftover.html").write_text("x")
    assert list(staged.start().iterdir()) == []


def test_folders_of_killed_builds_are_removed(tmp_path: Path) -> None:
    dead = tmp_path / "output.partial-999999999"
    dead.mkdir()
    alive = tmp_path / f"output.partial-{os.getppid()}"
    alive.mkdir()
    StagedOutput(tmp_path / "output").start()
    assert not dead.exists()
    assert alive.exists()


def test_the_swap_waits_for_another_build_holding_the_lock(tmp_path: Path) -> None:
    output = tmp_path / "output"
    first = StagedOutput(output)
    (first.start() / "a.html").write_text("first")
    handle = os.open(tmp_path, os.O_RDONLY)
    fcntl.flock(handle, fcntl.LOCK_EX)
    swapped = threading.Event()
    worker = threading.Thread(target=lambda: (first.publish(), swapped.set()))
    worker.start()
    assert not swapped.wait(0.3)  # blocked while another build swaps
    os.close(handle)
    assert swapped.wait(5)
    worker.join()
    assert (output / "a.html").read_text() == "first"


def test_a_reader_never_finds_the_output_missing_during_swaps(tmp_path: Path) -> None:
    output = tmp_path / "output"
    staged = StagedOutput(output)
    (staged.start() / "index.html").write_text("0")
    staged.publish()
    missing = 0
    done = threading.Event()

    def read() -> None:
        nonlocal missing
        while not done.is_set():
            if not (output / "index.html").is_file():
                missing += 1

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for number in range(1, 300):
            (staged.start() / "index.html").write_text(str(number))
            staged.publish()
    finally:
        done.set()
        reader.join()
    assert missing == 0
    assert (output / "index.html").read_text() == "299"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_two_folders_are_exchanged_in_one_step(tmp_path: Path) -> None:
    from atomic_output import exchange

    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text("a")
    (second / "b.txt").write_text("b")
    assert exchange(first, second)  # Linux, where the tests run
    assert [p.name for p in first.iterdir()] == ["b.txt"]
    assert [p.name for p in second.iterdir()] == ["a.txt"]
