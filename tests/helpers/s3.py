"""A real S3 server for the deploy tests: moto's, over HTTP on 127.0.0.1, and `make
deploy`'s command run against it."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import boto3

from tests.helpers.build import ROOT

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
               "AWS_DEFAULT_REGION": "us-east-1"}


@contextmanager
def s3_server() -> Iterator[str]:
    """The endpoint of an S3 server started for the caller on a free port."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def client(endpoint: str) -> Any:
    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                        aws_access_key_id="testing", aws_secret_access_key="testing")


def new_bucket(s3: Any) -> str:
    name = f"site-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=name)
    return name


def settings_for(folder: Path, endpoint: str, bucket: str, extra: str = "") -> Path:
    """A settings file with the project's settings and DEPLOY to `bucket` at `endpoint`."""
    settings = folder / f"deployconf-{uuid.uuid4().hex[:6]}.py"
    settings.write_text(
        f"from pelicanconf import *\nPATH = {str(ROOT / 'content')!r}\n"
        f"DEPLOY = {{'bucket': {bucket!r}, 'endpoint_url': {endpoint!r}, "
        f"'region': 'us-east-1'{extra}}}\n", encoding="utf-8")
    return settings


def deploy_command(settings: Path, site: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "publish", "--settings", str(settings), "--output",
            str(site), *options]


def environment(**more: str) -> dict[str, str]:
    return {**os.environ, **CREDENTIALS, "PYTHONPATH": f"{ROOT / 'plugins'}:{ROOT}", **more}


def deploy(settings: Path, site: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """`make deploy` of `site` with `settings`, as a user runs it."""
    return subprocess.run(deploy_command(settings, site, *options), cwd=ROOT,
                          env=environment(), capture_output=True, text=True, check=False)


def holdings(s3: Any, bucket: str) -> dict[str, dict[str, Any]]:
    """Every object of `bucket`, as ListObjectsV2 describes it, by key."""
    found: dict[str, dict[str, Any]] = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        found |= {item["Key"]: item for item in page.get("Contents", [])}
    return found
