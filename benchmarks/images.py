"""Image benchmark: the demo images and a synthetic set of large photo-like images.

    .venv/bin/python benchmarks/images.py --images 200

For each set: a cold run (empty cache: every variant decoded and encoded on every
core), a warm run (nothing changed: no image decoded or encoded), and the bytes a
visitor downloads against the bytes of the sources.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT)]

from catalog.kit import validate_section  # noqa: E402
from images.cache import ImageCache  # noqa: E402
from images.pictures import Picture, prepare  # noqa: E402
from images.settings import SECTION, ImageSettings  # noqa: E402

import pelicanconf  # noqa: E402

WORK = ROOT / "benchmarks" / ".work" / "images"
SIZE = (2400, 1600)


def synthetic_photo(path: Path, seed: int) -> None:
    """Grain over gradients and shapes: compresses like a photo, unlike flat drawings."""
    base = Image.linear_gradient("L").resize(SIZE).convert("RGB")
    draw = ImageDraw.Draw(base)
    for n in range(20):
        x, y = (seed * 131 + n * 211) % SIZE[0], (seed * 71 + n * 157) % SIZE[1]
        colour = ((seed * 29 + n * 50) % 256, (n * 83 + seed) % 256, (seed * 7 + 140) % 256)
        draw.ellipse((x, y, x + 500, y + 380), fill=colour)
    grain = Image.effect_noise(SIZE, 40).filter(ImageFilter.GaussianBlur(1.2)).convert("RGB")
    Image.blend(base.filter(ImageFilter.GaussianBlur(2)), grain, 0.12).save(
        path, "JPEG", quality=90)


def phone_choice(picture: Picture) -> Path:
    """The file a 2x phone (about 800 CSS px wide, so ~960 px) loads: the first format
    offered, the smallest width of at least 960 px."""
    first_format = picture.sources[0][0].split("/")[1] if picture.sources else ""
    files = [Path(cached) for _, cached in picture.files if cached.endswith(first_format)]
    by_width = sorted(files, key=lambda f: int(f.stem))
    return next((f for f in by_width if int(f.stem) >= 960), by_width[-1])


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the encoding workers)."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                         resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(name: str, sources: dict[str, Path]) -> str:
    settings = validate_section(SECTION, vars(pelicanconf))
    assert isinstance(settings, ImageSettings), settings
    cache_folder = WORK / f"cache-{name}"
    shutil.rmtree(cache_folder, ignore_errors=True)
    cache = ImageCache(cache_folder)
    start, cpu = time.perf_counter(), cpu_seconds()
    results, made = prepare(sources, settings, cache)
    cold, cold_cpu = time.perf_counter() - start, cpu_seconds() - cpu
    start, cpu = time.perf_counter(), cpu_seconds()
    _, remade = prepare(sources, settings, cache)
    warm, warm_cpu = time.perf_counter() - start, cpu_seconds() - cpu
    pictures = [p for p in results.values() if isinstance(p, Picture)]
    source_bytes = sum(path.stat().st_size for path in sources.values())
    served = sum(phone_choice(p).stat().st_size for p in pictures)
    largest = sum(Path(cached).stat().st_size for p in pictures
                  for url, cached in p.files if url == p.fallback)
    return (f"| {name} | {len(sources)} | {cold:.1f} s, CPU {cold_cpu:.1f} s ({made} encoded) | "
            f"{warm:.2f} s, CPU {warm_cpu:.2f} s ({remade} encoded) | "
            f"{source_bytes / 1e6:.1f} MB | "
            f"{served / 1e6:.2f} MB ({served / source_bytes:.1%}) | "
            f"{largest / 1e6:.1f} MB |")


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--images", type=int, default=200, help="synthetic images (200)")
    count = parser.parse_args(argv).images
    demo = {str(p.relative_to(ROOT / "content")): p
            for p in sorted((ROOT / "content" / "images").rglob("*.jpg"))}
    folder = WORK / "synthetic"
    folder.mkdir(parents=True, exist_ok=True)
    synthetic = {}
    for n in range(count):
        path = folder / f"photo-{n:04d}.jpg"
        if not path.exists():  # kept between runs: generating them takes a while too
            synthetic_photo(path, n)
        synthetic[f"images/photo-{n:04d}.jpg"] = path
    print(f"{cores()} cores. Cold: empty cache; warm: same images again. A 2x phone loads, "
          "per image, the first format offered at the smallest width of at least 960 px.")
    print("| set | images | cold | warm | sources | a 2x phone loads | JPEG fallbacks, largest |")
    print("|---|---|---|---|---|---|---|")
    print(measure("demo", demo), flush=True)
    print(measure(f"synthetic {SIZE[0]}×{SIZE[1]}", synthetic), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
