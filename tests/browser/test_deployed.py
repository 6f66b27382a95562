"""The site as `make deploy` leaves it in a bucket, served as a CDN in front of it would:
each object with the headers it was uploaded with, plus the security headers the CDN adds
(README, "Deployment to a bucket")."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import pytest
from publish.plan import MANIFEST, site_files
from security_headers.policy import headers_for

from tests.helpers.browser import (
    NEGOTIATION,
    NewPage,
    first_link,
    search,
    titles,
    wait_for_worker,
)
from tests.helpers.build import ROOT, run_build
from tests.helpers.s3 import (
    client,
    deploy,
    environment,
    holdings,
    new_bucket,
    s3_server,
    settings_for,
)
from tests.helpers.servers import free_port

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = [pytest.mark.browser, pytest.mark.build]


class _Front(BaseHTTPRequestHandler):
    """GET a path: the bucket's object (`/x/` is `x/index.html`), as it was uploaded."""

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        key = path.lstrip("/") + ("index.html" if path.endswith("/") else "")
        try:
            found = self.s3.get_object(Bucket=self.bucket, Key=key)  # type: ignore[attr-defined]
        except self.s3.exceptions.NoSuchKey:  # type: ignore[attr-defined]
            self.send_response(404)
            self.end_headers()
            return
        body = found["Body"].read()
        self.send_response(200)
        self.send_header("Content-Type", found["ContentType"])
        self.send_header("Cache-Control", found["CacheControl"])
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers_for(path):
            if name != "Cache-Control":
                self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def deployed_url(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with s3_server() as endpoint:
        s3 = client(endpoint)
        bucket = new_bucket(s3)
        result = deploy(settings_for(tmp_path_factory.mktemp("deploy"), endpoint, bucket),
                        built_site)
        assert result.returncode == 0, result.stderr
        handler = type("Front", (_Front,), {"s3": s3, "bucket": bucket})
        with ThreadingHTTPServer(("127.0.0.1", 0), partial(handler)) as server:
            threading.Thread(target=server.serve_forever, daemon=True).start()
            yield f"http://127.0.0.1:{server.server_address[1]}"
            server.shutdown()


def test_pages_images_and_search_work_from_the_bucket(page: Page, deployed_url: str) -> None:
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    product = first_link(deployed_url, "/produits/", r"/produits/[^/]+/")
    page.goto(deployed_url + product)
    assert page.locator("h1").inner_text()
    page.wait_for_load_state("load")
    images = page.locator("main img")
    assert images.count() > 0
    for index in range(images.count()):
        images.nth(index).scroll_into_view_if_needed()
        page.wait_for_function("(img) => img.complete", arg=images.nth(index).element_handle())
        assert images.nth(index).evaluate("(img) => img.naturalWidth") > 0
    assert page.evaluate("() => getComputedStyle(document.body).display") != "inline"

    assert NEGOTIATION["fr"] in titles(search(page, deployed_url, "fr", "négocier"))
    assert failed == []


def test_the_site_opens_offline_after_one_visit(page: Page, deployed_url: str) -> None:
    page.goto(deployed_url + "/")
    wait_for_worker(page)
    page.context.set_offline(True)
    page.goto(deployed_url + "/produits/")  # precached, never visited
    assert page.locator("h1").inner_text() == "Catalogue"


PREVIEW = "feature-x"


def test_a_preview_lives_beside_the_site_works_and_goes_away(
        built_site: Path, new_page: NewPage, tmp_path: Path) -> None:
    """A preview is built for its address under previews/<branch>/, says noindex, accepts
    test payment links; the site's own deploys never delete it; cleaning removes it all."""
    port = free_port()
    front = f"http://127.0.0.1:{port}"
    with s3_server() as endpoint:
        s3 = client(endpoint)
        bucket = new_bucket(s3)
        site_settings = settings_for(tmp_path, endpoint, bucket)
        preview_settings = tmp_path / "previewconf.py"
        preview_settings.write_text(
            f"import os\nos.environ['PREVIEW'] = {PREVIEW!r}\n"
            f"from publishconf import *\nPATH = {str(ROOT / 'content')!r}\n"
            f"SITEURL = FEED_DOMAIN = {front + '/previews/' + PREVIEW!r}\n"
            f"DEPLOY = {{'bucket': {bucket!r}, 'endpoint_url': {endpoint!r}}}\n",
            encoding="utf-8")
        built = run_build(ROOT / "content", tmp_path / "preview", tmp_path / "cache",
                          settings=preview_settings)
        assert built.returncode == 0, built.stderr
        assert deploy(site_settings, built_site).returncode == 0
        previewed = deploy(preview_settings, built.output)
        assert previewed.returncode == 0, previewed.stderr
        assert f"Preview: {front}/previews/{PREVIEW}/" in previewed.stdout
        held = holdings(s3, bucket)
        assert {key for key in held if key.startswith("previews/")} == {
            f"previews/{PREVIEW}/{file.path}" for file in site_files(built.output)} | {
            f"previews/{PREVIEW}/{MANIFEST}"}
        again = deploy(site_settings, built_site)  # the site's own deploy leaves it alone
        assert again.returncode == 0 and "0 to delete" in again.stdout
        assert holdings(s3, bucket).keys() == held.keys()

        handler = type("Front", (_Front,), {"s3": s3, "bucket": bucket})
        with ThreadingHTTPServer(("127.0.0.1", port), partial(handler)) as server:
            threading.Thread(target=server.serve_forever, daemon=True).start()
            page = new_page()
            failed: list[str] = []
            page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
            page.goto(f"{front}/previews/{PREVIEW}/produits/audit-express/")
            assert page.locator('meta[name="robots"][content="noindex"]').count() == 1
            assert page.locator(".badge-test").count() > 0  # a test-mode link, with its badge
            page.locator("header a").first.click()  # the site's links stay in the preview
            page.wait_for_load_state("load")
            assert page.url.startswith(f"{front}/previews/{PREVIEW}/")
            assert failed == []
            server.shutdown()
        robots = s3.get_object(Bucket=bucket, Key=f"previews/{PREVIEW}/robots.txt")
        assert robots["Body"].read() == b"User-agent: *\nDisallow: /\n"
        assert f"previews/{PREVIEW}/sitemap.xml" not in held

        cleaned = subprocess.run(
            [sys.executable, "-m", "publish", "--settings", str(preview_settings),
             "--clean-preview"], cwd=ROOT, env=environment(), capture_output=True,
            text=True, check=False)
        assert cleaned.returncode == 0, cleaned.stderr
        assert not [key for key in holdings(s3, bucket) if key.startswith("previews/")]
        assert deploy(site_settings, built_site).stdout.count("0 to upload") == 1

