"""Compiled templates are kept between builds, and never outlive their source."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from catalog.templatecache import CompiledTemplates


def render(theme: Path, cache: Path) -> tuple[str, int]:
    """The page, and how many templates this environment had to compile."""
    compiled = 0
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(theme),
                                     bytecode_cache=CompiledTemplates(cache))
    original = environment.compile

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal compiled
        compiled += 1
        return original(*args, **kwargs)  # type: ignore[arg-type]

    environment.compile = counting  # type: ignore[method-assign]
    return environment.get_template("page.html").render(name="Audit"), compiled


def test_a_template_is_compiled_once_then_again_only_when_edited(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    theme, cache = tmp_path / "theme", tmp_path / "cache"
    theme.mkdir()
    (theme / "page.html").write_text("<h1>{{ name }}</h1>")
    assert render(theme, cache) == ("<h1>Audit</h1>", 1)
    assert render(theme, cache) == ("<h1>Audit</h1>", 0)  # a new build: from the cache
    (theme / "page.html").write_text("<h2>{{ name }}</h2>")
    assert render(theme, cache) == ("<h2>Audit</h2>", 1)
    [entry] = cache.glob("*.jinja")
    entry.write_bytes(entry.read_bytes()[:-3] + b"xyz")  # damaged on disk
    assert render(theme, cache) == ("<h2>Audit</h2>", 1)
    assert "damaged cache entry" in capsys.readouterr().err
