"""Lighthouse's four scores on every kind of page of the built demo, in both languages.

    make lighthouse        # builds the site, then measures
    .venv/bin/python benchmarks/lighthouse.py --site output

The site is served on 127.0.0.1 with its deployed headers (the security_headers
plugin's policy), without compression, and measured with Lighthouse's mobile settings
(a mid-range phone, throttled network and 4x slower CPU). Performance is a measurement:
it moves by a point or two between runs on a busy machine, which is why the tests assert
only the three other categories (tests/browser/test_lighthouse.py). Below the table,
every scored audit under 1 is named with what it found.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT)]

from tests.helpers.browser import serve  # noqa: E402
from tests.helpers.lighthouse import CATEGORIES, PAGES, run_lighthouse  # noqa: E402

SHORT = {"performance": "perf", "accessibility": "a11y", "best-practices": "practices",
         "seo": "SEO"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "output",
                        help="the built site (default: output/)")
    args = parser.parse_args()
    if not (args.site / "index.html").is_file():
        print(f"No built site in {args.site}: run 'make html' first.", file=sys.stderr)
        return 2
    paths = [path for pair in PAGES.values() for path in pair]
    started = time.monotonic()
    with serve(args.site) as base:
        reports = {report.path: report for report in run_lighthouse(base, paths)}
    print(f"Lighthouse, mobile, {len(paths)} pages in {time.monotonic() - started:.0f} s")
    print(f"{'page':<12}{'path':<44}" + "".join(f"{SHORT[c]:>10}" for c in CATEGORIES))
    for kind, pair in PAGES.items():
        for path in pair:
            scores = reports[path].scores
            print(f"{kind:<12}{path:<44}" + "".join(f"{scores[c]:>10}" for c in CATEGORIES))
    for path in paths:
        for audit in reports[path].failing:
            value = f" ({audit['value']})" if audit["value"] else ""
            print(f"  {path}: {audit['category']}: {audit['id']}{value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
