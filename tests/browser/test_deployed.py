"""The site as `make deploy` leaves it in a bucket, served as a CDN in front of it would:
each object with the headers it was uploaded with, plus the security headers the CDN adds
(README, "Deployment to a bucket")."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import pytest
from security_headers.policy import headers_for

from tests.helpers.browser import NEGOTIATION, first_link, search, titles, wait_for_worker
from tests.helpers.s3 import client, deploy, new_bucket, s3_server, settings_for

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
