"""Live-preview benchmark: from saving a product file to the open page showing the change.

What it measures
    Seconds between writing a product's Markdown file and Chromium showing the new text,
    with `python -m live_preview` (what `make devserver` runs) serving the site: the file
    watcher, the rebuild in the server's process, the swap, the server-sent event and the
    page's reload. Measured on the demo site, then on N synthetic products (default
    1000, the corpus of bench.py), ROUNDS saves each; the median, best and worst are
    printed. The target is under 1 s on the demo site.

Chromium is Debian's (/usr/bin/chromium), driven by Playwright as in the browser tests.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import vitrine_site
from synthetic import catalog

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ROUNDS = 5
STARTED = re.compile(r"Live preview on (http://[\d.:]+)/")
DEMO_SETTINGS = """\
from pelicanconf import *
PATH = {content!r}
OUTPUT_PATH = {output!r}
CACHE_PATH = {cache!r}
IMAGES = {{**IMAGES, "cache": {images!r}}}
"""


def demo_site(work: Path) -> tuple[Path, Path, str]:
    """A copy of the demo content and its settings; the page to watch."""
    content = work / "content"
    shutil.copytree(ROOT / "content", content)
    settings = work / "settings.py"
    settings.write_text(DEMO_SETTINGS.format(
        content=str(content), output=str(work / "output"), cache=str(work / "cache"),
        images=str(work / "images")), encoding="utf-8")
    return content / "products" / "audit-express.md", settings, "/produits/audit-express/"


def synthetic_site(work: Path, products: int) -> tuple[Path, Path, str]:
    site = vitrine_site(work, catalog(products))
    first = sorted((site.content / "products").rglob("*.md"))[0]
    slug = re.search(r"(?m)^slug: (\S+)", first.read_text(encoding="utf-8"))
    assert slug is not None
    return first, site.settings, f"/produits/{slug[1]}/"  # French: the default language


def measure(label: str, source: Path, settings: Path, path: str) -> list[float]:
    from playwright.sync_api import sync_playwright

    print(f"{label}: first build…", flush=True)
    server = subprocess.Popen(
        [sys.executable, "-m", "live_preview", "--port", "0",
         "--watch", str(settings.parent / "content"),
         "--", str(settings.parent / "content"), "-s", str(settings), "--fatal", "errors"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONPATH": f"{ROOT / 'plugins'}:{ROOT}"})
    assert server.stdout is not None
    times = []
    try:
        url = next((m[1] for line in server.stdout if (m := STARTED.search(line))), None)
        if url is None:
            raise SystemExit(f"{label}: the live preview did not start")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                                 args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(url + path)
            page.wait_for_function("() => document.scripts.length > 0")
            time.sleep(1)
            text = source.read_text(encoding="utf-8")
            for round_ in range(ROUNDS):
                marker = f"Changement numéro {round_ + 1} {time.time_ns()}"
                started = time.perf_counter()
                source.write_text(f"{text}\n{marker}\n", encoding="utf-8")
                page.wait_for_function(f"() => document.body.innerText.includes({marker!r})",
                                       timeout=300_000)
                times.append(time.perf_counter() - started)
                print(f"  save {round_ + 1}: page shown after {times[-1]:.2f} s", flush=True)
                time.sleep(0.5)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--products", type=int, default=1000,
                        help="synthetic products for the second site (0: the demo only)")
    args = parser.parse_args(argv)
    results = {}
    with tempfile.TemporaryDirectory(prefix="vitrine-live-") as folder:
        work = Path(folder)
        (work / "demo").mkdir()
        results["demo site"] = measure("demo site", *demo_site(work / "demo"))
        if args.products:
            label = f"{args.products} products"
            results[label] = measure(label, *synthetic_site(work / "synthetic", args.products))
    print("\nsave → page shown   median    best   worst")
    for label, times in results.items():
        print(f"{label:<18} {statistics.median(times):6.2f} s {min(times):6.2f} s "
              f"{max(times):6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
