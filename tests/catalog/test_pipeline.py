"""The build's phases: receivers run by priority then name, and the table in
`catalog/pipeline.py` names every receiver the demo's plugins register."""

from __future__ import annotations

import re

import pytest
from catalog import pipeline
from catalog.contents import Product
from catalog.pipeline import Phase
from pelican.settings import read_settings

from tests.helpers.build import ROOT


def test_receivers_run_by_priority_then_name_whatever_the_order_they_came_in() -> None:
    phase: Phase[list[str], None] = Phase("demo")
    phase.register("b.late", 10)(lambda calls: calls.append("b.late"))
    phase.register("z.first", 300)(lambda calls: calls.append("z.first"))
    phase.register("a.late", 10)(lambda calls: calls.append("a.late"))
    calls: list[str] = []
    phase.run(calls)
    assert calls == ["z.first", "a.late", "b.late"]


def test_registering_a_name_again_replaces_it() -> None:
    phase: Phase[list[str], None] = Phase("demo")
    phase.register("x.one", 1)(lambda calls: calls.append("old"))
    phase.register("x.one", 1)(lambda calls: calls.append("new"))
    calls: list[str] = []
    phase.run(calls)
    assert calls == ["new"]


def test_the_docstring_table_names_every_receiver_with_its_priority() -> None:
    pipeline.load_plugins(read_settings(str(ROOT / "pelicanconf.py")))
    table = pipeline.__doc__ or ""
    for phase in pipeline.PHASES:
        assert re.search(rf"^{phase.name}\b", table, re.M), phase.name
        for receiver in phase.receivers:
            assert f"{receiver.priority} {receiver.name}" in " ".join(table.split()), (
                f"{phase.name}: {receiver.priority} {receiver.name} is not in the table")


def test_views_are_declared_with_their_owner() -> None:
    product = Product.__new__(Product)
    assert product.rating is None and product.reviews == ()  # their plugin may be absent
    with pytest.raises(AttributeError, match="set by the payments plugin in the attach phase"):
        _ = product.payments
    product.payments = ()
    assert product.payments == ()
    assert Product.rating.owner == "reviews"


def test_timings_name_each_receiver_of_a_phase_when_asked(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    phase: Phase[int, int] = Phase("check")
    phase.register("a.first", 10)(lambda n: n + 1)
    phase.register("b.second", 5)(lambda n: n * 2)
    assert phase.run(3) == [4, 6]
    assert capsys.readouterr().err == ""
    monkeypatch.setenv("TIMINGS", "1")
    assert phase.run(3) == [4, 6]
    lines = capsys.readouterr().err.splitlines()
    assert [line.split()[1:3] for line in lines] == [["check", "a.first"], ["check", "b.second"]]
    assert all(line.startswith("Timing: ") and line.endswith(" s") for line in lines)
