"""Deploy benchmark: `make deploy` of the demo site and of N synthetic products to a local
S3 server (moto's, over HTTP on 127.0.0.1), first to an empty bucket, then unchanged.

What it measures
    Seconds of `python -m publish` (what `make deploy` runs), in a fresh process each time:
    listing the bucket, hashing every file, uploading (8 at once), writing the record.
    Network time to a real provider adds to the first figure; the unchanged deploy
    uploads nothing, so it mostly measures hashing and one listing.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import boto3
from bench import build, vitrine_site
from moto.server import ThreadedMotoServer
from synthetic import catalog

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = """\
from pelicanconf import *
PATH = {content!r}
DEPLOY = {{"bucket": {bucket!r}, "endpoint_url": {endpoint!r}, "region": "us-east-1"}}
"""
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench"}


def deploy_seconds(settings: Path, site: Path) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "publish", "--settings", str(settings), "--output", str(site)],
        cwd=ROOT, env={**os.environ, **CREDENTIALS,
                       "PYTHONPATH": f"{ROOT / 'plugins'}:{ROOT}"},
        capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stdout.strip().splitlines()[-1]


def measure(label: str, site: Path, content: Path, endpoint: str, work: Path) -> None:
    bucket = label.replace(" ", "-").lower()
    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                 **{k.lower(): v for k, v in CREDENTIALS.items()}).create_bucket(Bucket=bucket)
    settings = work / f"{bucket}.py"
    settings.write_text(SETTINGS.format(content=str(content), bucket=bucket,
                                        endpoint=endpoint), encoding="utf-8")
    files = sum(1 for path in site.rglob("*") if path.is_file())
    megabytes = sum(path.stat().st_size for path in site.rglob("*") if path.is_file()) / 1e6
    first, said = deploy_seconds(settings, site)
    print(f"{label}: {files} files, {megabytes:.1f} MB")
    print(f"  first deploy      {first:6.2f} s   ({said})")
    again, said = deploy_seconds(settings, site)
    print(f"  unchanged deploy  {again:6.2f} s   ({said})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=1000)
    parser.add_argument("--demo", type=Path, default=ROOT / "output",
                        help="the built demo site (make html)")
    args = parser.parse_args(argv)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # the server's line per request
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    try:
        with tempfile.TemporaryDirectory(prefix="vitrine-deploy-") as folder:
            work = Path(folder)
            measure("demo site", args.demo, ROOT / "content", endpoint, work)
            if args.products:
                site = vitrine_site(work, catalog(args.products))
                print(f"building {args.products} products…", flush=True)
                build(site, "cold", args.products)
                measure(f"{args.products} products", site.output, site.content, endpoint,
                        work)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
