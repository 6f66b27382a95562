"""`make deploy` against a real S3 server (moto's, over HTTP on 127.0.0.1).

The demo site is deployed for real; what the bucket holds, with which headers, in which
order and after which failures is read back from the server, not from the deploy's words.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

import boto3
import pytest
from publish.plan import MANIFEST, site_files
from publish.policy import IMMUTABLE, REVALIDATE, cache_control, content_type

from tests.helpers.build import ROOT, run_build
from tests.helpers.s3 import (
    client,
    deploy,
    deploy_command,
    environment,
    holdings,
    new_bucket,
    s3_server,
    settings_for,
)
from tests.helpers.servers import free_port

pytestmark = pytest.mark.build

REFERENCE = re.compile(r'(?:src|href|srcset)="([^"]+)"')


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with s3_server() as found:
        yield found


@pytest.fixture
def s3(endpoint: str) -> Any:
    return client(endpoint)


@pytest.fixture
def bucket(s3: Any) -> str:
    return new_bucket(s3)


def local_references(site: Path, page: str) -> set[str]:
    """The site's files a page loads or links to, but other pages, as keys of the bucket
    (a link to a page not there yet is a moment's 404; a missing stylesheet or image is a
    broken page)."""
    html = (site / page).read_text(encoding="utf-8")
    found = set()
    for value in REFERENCE.findall(html):
        for candidate in value.split(","):
            address = candidate.strip().split(" ")[0]
            parts = urlsplit(address)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            path = PurePosixPath("/" + page).parent / unquote(parts.path)
            key = os.path.normpath(str(path)).lstrip("/")
            key = f"{key}/index.html" if address.split("?")[0].endswith("/") or not key else key
            found.add(key.removeprefix("/"))
    return {key for key in found if (site / key).is_file() and not key.endswith(".html")}


def broken_pages(site: Path, keys: set[str]) -> list[str]:
    """Pages in the bucket that use a file of the site the bucket does not hold."""
    return [f"{key} -> {missing}" for key in sorted(keys) if key.endswith(".html")
            for missing in sorted(local_references(site, key) - keys)]


class Watcher(threading.Thread):
    """Reads the bucket again and again while a deploy runs; notes every broken page."""

    def __init__(self, s3: Any, bucket: str, site: Path) -> None:
        super().__init__(daemon=True)
        self.s3, self.bucket, self.site = s3, bucket, site
        self.stop, self.snapshots, self.broken = threading.Event(), 0, []  # type: list[str]
        self.saw_pages_without_worker = False

    def run(self) -> None:
        while not self.stop.is_set():
            keys = set(holdings(self.s3, self.bucket))
            self.broken += broken_pages(self.site, keys)
            if any(key.endswith(".html") for key in keys) and "sw.js" not in keys:
                self.saw_pages_without_worker = True
            self.snapshots += 1


def test_the_bucket_holds_exactly_the_site_with_its_headers_in_a_safe_order(
        built_site: Path, tmp_path: Path, endpoint: str, s3: Any, bucket: str) -> None:
    settings = settings_for(tmp_path, endpoint, bucket)
    watcher = Watcher(s3, bucket, built_site)
    watcher.start()
    first = deploy(settings, built_site)
    watcher.stop.set()
    watcher.join()
    assert first.returncode == 0, first.stderr

    files = {file.path: file for file in site_files(built_site)}
    held = holdings(s3, bucket)
    assert set(held) == {*files, MANIFEST}
    for path, file in files.items():
        assert held[path]["Size"] == file.size, path
        head = s3.head_object(Bucket=bucket, Key=path)
        assert head["ContentType"] == content_type(path), path
        assert head["CacheControl"] == cache_control(path), path
        assert head["Metadata"]["sha256"] == file.sha256, path
    assert s3.head_object(Bucket=bucket, Key="index.html")["ContentType"] == (
        "text/html; charset=utf-8")
    kinds = {cache_control(path) for path in files}
    assert {IMMUTABLE, REVALIDATE} <= kinds
    assert cache_control("sw.js") == REVALIDATE == cache_control("sitemap.xml")
    assert content_type("theme/css/site.css") == "text/css; charset=utf-8"
    assert content_type("images/og/x.0123456789.jpeg") == "image/jpeg"

    # The order, as the server saw it: no page before the files it uses.
    assert watcher.snapshots > 3
    assert watcher.broken == []
    assert watcher.saw_pages_without_worker  # pages went up before the service worker

    again = deploy(settings, built_site)
    assert again.returncode == 0, again.stderr
    assert "0 to upload" in again.stdout and "0 uploaded" in again.stdout
    assert holdings(s3, bucket).keys() == held.keys()


def _mark_every_object(s3: Any, bucket: str) -> None:
    """Metadata that only the objects left alone by the next deploy keep."""
    for key in holdings(s3, bucket):
        head = s3.head_object(Bucket=bucket, Key=key)
        s3.copy_object(Bucket=bucket, Key=key, CopySource={"Bucket": bucket, "Key": key},
                       MetadataDirective="REPLACE", ContentType=head["ContentType"],
                       CacheControl=head.get("CacheControl", ""),
                       Metadata={**head["Metadata"], "generation": "first"})


def test_one_product_changed_uploads_what_changed_and_deletes_what_went(
        built_site: Path, content_copy: Path, tmp_path: Path, endpoint: str, s3: Any,
        bucket: str) -> None:
    settings = settings_for(tmp_path, endpoint, bucket)
    assert deploy(settings, built_site).returncode == 0
    product = content_copy / "products" / "audit-express.md"
    text = product.read_text(encoding="utf-8")
    assert "price: 1490.00" in text
    # A new price, and one photo fewer: its variants leave the site.
    photo = re.search(r"  - src: images/audit-express/restitution\.jpg\n    alt: .*\n", text)
    assert photo is not None
    product.write_text(text.replace("price: 1490.00", "price: 1590.00").replace(photo[0], ""),
                       encoding="utf-8")
    rebuilt = run_build(content_copy, tmp_path / "output", tmp_path / "cache")
    assert rebuilt.returncode == 0, rebuilt.stderr
    before = {file.path: file.sha256 for file in site_files(built_site)}
    after = {file.path: file.sha256 for file in site_files(rebuilt.output)}
    changed = {path for path, digest in after.items() if before.get(path) != digest}
    gone = set(before) - set(after)
    assert changed and gone and len(changed) < len(after) / 2

    _mark_every_object(s3, bucket)
    result = deploy(settings, rebuilt.output)
    assert result.returncode == 0, result.stderr
    held = holdings(s3, bucket)
    assert set(held) == {*after, MANIFEST}
    reuploaded = {key for key in held if key != MANIFEST and s3.head_object(
        Bucket=bucket, Key=key)["Metadata"].get("generation") != "first"}
    assert reuploaded == changed
    assert f"{len(gone)} deleted" in result.stdout


def test_too_many_deletions_stop_before_anything_changes(
        built_site: Path, tmp_path: Path, endpoint: str, s3: Any, bucket: str) -> None:
    settings = settings_for(tmp_path, endpoint, bucket, ", 'max_deletes': 5")
    assert deploy(settings, built_site).returncode == 0
    held = holdings(s3, bucket)
    smaller = tmp_path / "smaller"
    smaller.mkdir()
    (smaller / "index.html").write_text("<!doctype html><title>Bientôt</title>")

    stopped = deploy(settings, smaller)
    assert stopped.returncode == 1
    assert "more than DEPLOY.max_deletes (5): nothing was changed" in stopped.stderr
    assert len(stopped.stderr.strip().splitlines()) == 1
    assert {k: v["ETag"] for k, v in holdings(s3, bucket).items()} == {
        k: v["ETag"] for k, v in held.items()}

    forced = deploy(settings, smaller, "--force")
    assert forced.returncode == 0, forced.stderr
    assert set(holdings(s3, bucket)) == {"index.html", MANIFEST}


def test_a_dry_run_changes_nothing(built_site: Path, tmp_path: Path, endpoint: str, s3: Any,
                                   bucket: str) -> None:
    result = deploy(settings_for(tmp_path, endpoint, bucket), built_site, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "upload  index.html  (text/html; charset=utf-8; no-cache)" in result.stdout
    assert "Dry run: nothing was changed." in result.stdout
    assert holdings(s3, bucket) == {}


def test_a_deploy_killed_half_way_leaves_a_whole_site_and_the_next_one_finishes(
        built_site: Path, tmp_path: Path, endpoint: str, s3: Any, bucket: str) -> None:
    settings = settings_for(tmp_path, endpoint, bucket)
    running = subprocess.Popen(deploy_command(settings, built_site), cwd=ROOT,
                               env=environment(), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        keys = set(holdings(s3, bucket))
        if sum(key.endswith(".html") for key in keys) >= 5:
            break
    running.send_signal(signal.SIGKILL)
    running.wait()
    keys = set(holdings(s3, bucket))
    total = len(site_files(built_site))
    assert MANIFEST not in keys and 5 <= len(keys) < total, "the deploy was not cut half-way"
    assert broken_pages(built_site, keys) == []

    finished = deploy(settings, built_site)
    assert finished.returncode == 0, finished.stderr
    assert set(holdings(s3, bucket)) == {*(f.path for f in site_files(built_site)), MANIFEST}
    uploaded = int(re.search(r"(\d+) uploaded", finished.stdout)[1])  # type: ignore[index]
    assert uploaded <= total - len(keys) + 8  # what was left (and what was in flight)
    assert "0 uploaded" in deploy(settings, built_site).stdout


@pytest.mark.parametrize(("extra", "settings_line", "message"), [
    (", 'aws_secret_access_key': 'abc'", "",
     "DEPLOY: 'aws_secret_access_key' looks like a credential"),
    ("", "AWS_SECRET_ACCESS_KEY = 'abc'\n",
     "DEPLOY: the setting AWS_SECRET_ACCESS_KEY looks like a credential"),
])
def test_credentials_in_the_settings_are_refused(
        built_site: Path, tmp_path: Path, endpoint: str, s3: Any, bucket: str, extra: str,
        settings_line: str, message: str) -> None:
    settings = settings_for(tmp_path, endpoint, bucket, extra)
    settings.write_text(settings.read_text() + settings_line)
    result = deploy(settings, built_site)
    assert result.returncode == 2
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert holdings(s3, bucket) == {}


def test_a_missing_bucket_and_a_wrong_endpoint_say_so_in_one_line(
        built_site: Path, tmp_path: Path, endpoint: str) -> None:
    missing = deploy(settings_for(tmp_path, endpoint, "no-such-bucket-here"), built_site)
    assert missing.returncode == 1
    assert missing.stderr.strip().splitlines() == [
        f"deploy: the bucket 'no-such-bucket-here' does not exist at s3://no-such-bucket-here/"
        f" at {endpoint}: create it, or correct DEPLOY.bucket"]
    unreachable = deploy(settings_for(tmp_path, "http://127.0.0.1:9", "site"), built_site)
    assert unreachable.returncode == 1
    assert len(unreachable.stderr.strip().splitlines()) == 1
    assert "cannot reach http://127.0.0.1:9" in unreachable.stderr


def test_a_refused_key_says_so_in_one_line_and_deletes_nothing(
        built_site: Path, tmp_path: Path) -> None:
    """A second S3 server that checks keys (moto with IAM authentication): the deploy's key
    is one the server does not know, as an expired or revoked key is."""
    moto_server = Path(sys.executable).parent / "moto_server"
    port = free_port()
    server = subprocess.Popen([str(moto_server), "-H", "127.0.0.1", "-p", str(port)],
                              env={**os.environ, "INITIAL_NO_AUTH_ACTION_COUNT": "1"},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        endpoint = f"http://127.0.0.1:{port}"
        s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                          aws_access_key_id="testing", aws_secret_access_key="testing")
        _wait_for(lambda: s3.create_bucket(Bucket="guarded"))
        result = deploy(settings_for(tmp_path, endpoint, "guarded"), built_site)
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "was refused (InvalidAccessKeyId)" in lines[0], lines
    finally:
        server.terminate()
        server.wait(timeout=10)



def _wait_for(action: Any, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            action()
            return
        except Exception:  # the server is still starting
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_cloudfront_invalidates_the_changed_pages_when_asked(
        built_site: Path, tmp_path: Path, endpoint: str, s3: Any, bucket: str) -> None:
    cloudfront = boto3.client("cloudfront", endpoint_url=endpoint, region_name="us-east-1",
                              aws_access_key_id="testing", aws_secret_access_key="testing")
    origin = {"Id": "bucket", "DomainName": f"{bucket}.s3.amazonaws.com",
              "S3OriginConfig": {"OriginAccessIdentity": ""}}
    distribution = cloudfront.create_distribution(DistributionConfig={
        "CallerReference": bucket, "Comment": "", "Enabled": True,
        "Origins": {"Quantity": 1, "Items": [origin]},
        "DefaultCacheBehavior": {"TargetOriginId": "bucket",
                                 "ViewerProtocolPolicy": "redirect-to-https",
                                 "MinTTL": 0, "ForwardedValues": {
                                     "QueryString": False, "Cookies": {"Forward": "none"}},
                                 "TrustedSigners": {"Enabled": False, "Quantity": 0}},
    })["Distribution"]["Id"]
    settings = settings_for(tmp_path, endpoint, bucket,
                            f", 'cloudfront_distribution': {distribution!r}")
    result = subprocess.run(deploy_command(settings, built_site), cwd=ROOT,
                            env=environment(AWS_ENDPOINT_URL_CLOUDFRONT=endpoint),
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    invalidations = cloudfront.list_invalidations(DistributionId=distribution)
    (summary,) = invalidations["InvalidationList"]["Items"]
    paths = cloudfront.get_invalidation(DistributionId=distribution, Id=summary["Id"])[
        "Invalidation"]["InvalidationBatch"]["Paths"]["Items"]
    assert "/index.html" in paths and "/" in paths and "/sw.js" in paths
    assert not [path for path in paths if path.startswith("/images/")]  # named by content
    assert f"{len(paths)} paths invalidated on CloudFront" in result.stdout
