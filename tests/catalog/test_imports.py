"""Plugins import the catalog's public kit and nothing else of ours; the catalog imports
no other plugin. Read from the source, so that a new import cannot slip in."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers.build import ROOT

PLUGINS = ROOT / "plugins"
OURS = {folder.name for folder in PLUGINS.iterdir() if (folder / "__init__.py").is_file()}


def imported(source: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) of each import of `source`."""
    found = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def test_plugins_import_only_the_catalog_kit_and_never_each_other() -> None:
    assert {"catalog", "payments", "reviews", "offline"} <= OURS
    wrong = []
    for source in sorted(PLUGINS.rglob("*.py")):
        plugin = source.relative_to(PLUGINS).parts[0]
        for line, module in imported(source):
            top = module.split(".")[0]
            if top not in OURS or top == plugin:
                continue
            if top == "catalog" and module == "catalog.kit" and plugin != "catalog":
                continue
            wrong.append(f"{source.relative_to(ROOT)}:{line}: imports {module}")
    assert wrong == []
