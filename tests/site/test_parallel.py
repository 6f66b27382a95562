"""Reading and rendering on several processes gives the very same site as on one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks.synthetic import catalog, vitrine_source
from tests.helpers.build import ROOT, Build, file_bytes, run_build
from tests.helpers.content import products_folder

pytestmark = pytest.mark.build

PRODUCTS = 120  # enough for two worker processes (catalog.parallel.MIN_ITEMS_PER_WORKER)


@pytest.fixture(scope="module")
def synthetic_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = tmp_path_factory.mktemp("synthetic") / "content"
    products_folder(content)
    for item in catalog(PRODUCTS):
        (content / "products" / f"{item.slug}.md").write_text(
            vitrine_source(item), encoding="utf-8"
        )
    return content


def build_with(content: Path, tmp_path: Path, name: str, processes: int,
               theme: Path = ROOT / "theme") -> Build:
    settings = tmp_path / f"{name}-settings.py"
    settings.write_text(
        "from pelicanconf import *\n"
        f"CATALOG = {{**CATALOG, 'processes': {processes}}}\n"
        f"THEME = {str(theme)!r}\n"
    )
    return run_build(content, tmp_path / name, tmp_path / f"{name}-cache", settings=settings)


def test_two_processes_build_the_same_bytes_as_one(synthetic_content: Path,
                                                    tmp_path: Path) -> None:
    serial = build_with(synthetic_content, tmp_path, "serial", processes=1)
    parallel = build_with(synthetic_content, tmp_path, "parallel", processes=2)
    assert serial.returncode == parallel.returncode == 0, parallel.stderr
    assert "by 1 process" in " ".join(serial.stdout.split())  # rich wraps long lines
    assert "by 2 processes" in " ".join(parallel.stdout.split())
    serial_files, parallel_files = file_bytes(serial.output), file_bytes(parallel.output)
    assert len(serial_files) > PRODUCTS
    assert serial_files == parallel_files


def test_a_failing_worker_fails_the_build_and_keeps_the_output(
    synthetic_content: Path, tmp_path: Path
) -> None:
    good = build_with(synthetic_content, tmp_path, "out", processes=2)
    assert good.returncode == 0
    before = file_bytes(good.output)
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    template = theme / "templates" / "product.html"
    template.write_text(template.read_text().replace("{{ product.sku }}",
                                                     "{{ product.sku.no_such() }}"))
    broken = build_with(synthetic_content, tmp_path, "out", processes=2, theme=theme)
    assert broken.returncode != 0
    assert "rendering processes failed" in broken.stdout + broken.stderr
    assert file_bytes(good.output) == before
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(("out.partial", "out.prev"))]
    assert leftovers == []
