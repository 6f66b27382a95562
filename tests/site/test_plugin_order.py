"""The order of PLUGINS does not matter: the plugins take part in the build through the
catalog's phases, by priority. The demo built with its plugins reversed and shuffled is
byte for byte the demo built with them in their usual order."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import pelicanconf
from tests.helpers.build import ROOT, run_build

pytestmark = pytest.mark.build


def files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("order", ["reversed", "shuffled"])
def test_the_demo_is_the_same_whatever_the_order_of_plugins(
    order: str, built_site: Path, tmp_path: Path
) -> None:
    plugins = list(pelicanconf.PLUGINS)
    if order == "reversed":
        plugins.reverse()
    else:
        random.Random(11).shuffle(plugins)
    assert plugins != pelicanconf.PLUGINS
    settings = tmp_path / "settings.py"
    settings.write_text(f"from pelicanconf import *  # noqa: F403\nPLUGINS = {plugins!r}\n")
    build = run_build(ROOT / "content", tmp_path / "output", tmp_path / "cache", settings,
                      paper=True)
    assert build.returncode == 0, build.stderr
    expected, got = files(built_site), files(build.output)
    assert sorted(got) == sorted(expected)
    assert [name for name in expected if got[name] != expected[name]] == []
