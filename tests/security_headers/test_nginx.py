"""The nginx snippet, included in a real nginx serving the built site, sends the policy."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from security_headers import policy as headers

from tests.helpers.servers import free_port
from tests.helpers.tools import require_tool

pytestmark = pytest.mark.build

SNIPPET = Path(headers.__file__).with_name("nginx.conf")
CONFIG = """
user root;
pid {work}/nginx.pid;
error_log {work}/error.log;
events {{}}
http {{
    access_log off;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {site};
        include {snippet};
    }}
}}
"""



@pytest.fixture
def nginx_url(built_site: Path, tmp_path: Path) -> Iterator[str]:
    binary = shutil.which("nginx") or require_tool("/usr/sbin/nginx")
    port = free_port()
    config = tmp_path / "nginx.conf"
    config.write_text(CONFIG.format(work=tmp_path, port=port, site=built_site, snippet=SNIPPET))
    check = subprocess.run([binary, "-t", "-p", str(tmp_path), "-c", str(config)],
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    server = subprocess.Popen([binary, "-p", str(tmp_path), "-c", str(config),
                               "-g", "daemon off;"], stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise AssertionError("nginx did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("path", ["/", "/produits/", "/theme/css/site.*.css", "/sw.js"])
def test_nginx_sends_the_policy(nginx_url: str, built_site: Path, path: str) -> None:
    if "*" in path:  # the theme's stylesheet, under the name given by its content
        path = "/" + next(built_site.glob(path.lstrip("/"))).relative_to(built_site).as_posix()
    with urllib.request.urlopen(nginx_url + path, timeout=10) as response:
        sent = response.headers
        assert response.status == 200
    for name, value in headers.headers_for(path):
        assert sent.get(name) == value, f"{path}: {name}"
