"""Reviews benchmark: what N customer reviews add to a build of the demo site.

Copies the demo content into a temporary folder, adds N generated reviews spread
over its products (fixed seed), and measures in this process the two steps the reviews
plugin adds (reading and validating the files; rendering, sanitizing and aggregating
them), then the wall time of a full cold build of the demo with and without those
reviews, each in a fresh `pelican` process. Prints the figures; exits 0 unless a build fails.

    .venv/bin/python benchmarks/reviews.py --reviews 2000
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from pelican.settings import read_settings  # noqa: E402
from reviews.files import product_slugs, read_reviews  # noqa: E402
from reviews.published import attach_reviews  # noqa: E402

BODY = ("Très bon accompagnement, **clair** et concret. Nous avons suivi le plan "
        "d’action et [le guide](https://example.org/guide) ; résultat visible en un mois.\n\n"
        "- points forts : méthode, disponibilité\n- à améliorer : le support écrit\n")


def add_reviews(content: Path, count: int, slugs: list[str]) -> None:
    chance = random.Random(20261122)
    for number in range(count):
        slug = slugs[number % len(slugs)]
        published = datetime.date(2025, 1, 1) + datetime.timedelta(days=chance.randrange(600))
        lived = published - datetime.timedelta(days=chance.randrange(60))
        folder = content / "reviews" / slug
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"bench-{number:05d}.md").write_text(
            f"---\nauthor: Client {number}\nrating: {chance.randint(1, 5)}\n"
            f"date: {published}\nexperience_date: {lived}\nverified: {chance.random() < 0.7}\n"
            f"source: Questionnaire\nlang: {chance.choice(['fr', 'en'])}\n---\n{BODY}",
            encoding="utf-8")


def build_seconds(content: Path, output: Path) -> float:
    shutil.rmtree(output, ignore_errors=True)
    cache = output.parent / f"cache-{output.name}"
    shutil.rmtree(cache, ignore_errors=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "pelicanconf.py"),
         "-o", str(output), "--fatal", "errors", "-e", f'CACHE_PATH="{cache}"'],
        cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), check=True,
        capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=2000, help="reviews to add (2000)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vitrine-reviews-bench-"))
    plain, reviewed = work / "plain", work / "reviewed"
    shutil.copytree(ROOT / "content", plain)
    shutil.copytree(ROOT / "content", reviewed)
    try:
        settings = read_settings(str(ROOT / "pelicanconf.py"), override={"PATH": str(reviewed)})
        slugs = sorted(product_slugs(settings))
        add_reviews(reviewed, args.reviews, slugs)
        started = time.perf_counter()
        found = read_reviews(settings, slugs, datetime.date.today())
        read = time.perf_counter() - started
        assert not found.errors, found.errors[:3]

        class Product:
            def __init__(self, slug: str) -> None:
                self.slug = slug

        started = time.perf_counter()
        attach_reviews([Product(slug) for slug in slugs], found.files)
        attached = time.perf_counter() - started
        total = len(found.files)
        print(f"{total} reviews: read and validated in {read:.2f} s "
              f"({read / total * 1000:.2f} ms each); rendered, sanitized and aggregated in "
              f"{attached:.2f} s ({attached / total * 1000:.2f} ms each)")
        without = build_seconds(plain, work / "out-plain")
        with_reviews = build_seconds(reviewed, work / "out-reviewed")
        print(f"cold build of the demo: {without:.2f} s with its own reviews, "
              f"{with_reviews:.2f} s with {args.reviews} more "
              f"(+{(with_reviews - without) / args.reviews * 1000:.2f} ms per review)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
