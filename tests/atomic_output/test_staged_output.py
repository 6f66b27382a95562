"""The staging folder replaces output/ only when asked to."""

from __future__ import annotations

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
