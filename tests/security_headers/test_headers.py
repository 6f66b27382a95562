"""One security policy: the `_headers` file, the nginx snippet and the tests serve the same."""

from __future__ import annotations

from pathlib import Path

from security_headers import policy as headers

NGINX = Path(headers.__file__).with_name("nginx.conf")


def test_the_nginx_snippet_in_the_repository_is_the_policy() -> None:
    assert NGINX.read_text(encoding="utf-8") == headers.nginx_snippet(), (
        "plugins/security_headers/nginx.conf is out of date: "
        "run PYTHONPATH=plugins python -m security_headers > plugins/security_headers/nginx.conf"
    )


def test_the_built_site_ships_the_policy_as_headers_file(built_site: Path) -> None:
    written = (built_site / "_headers").read_text(encoding="utf-8")
    assert written == headers.netlify_headers()
    blocks = written.split("\n/")
    assert blocks[1].startswith("*\n") and "Content-Security-Policy: " + headers.CSP in blocks[1]
    assert blocks[2] == "sw.js\n  Cache-Control: no-cache\n"


def test_the_content_security_policy_is_strict() -> None:
    directives = dict(headers.CSP_DIRECTIVES)
    assert "'unsafe-inline'" not in headers.CSP and "'unsafe-eval'" not in headers.CSP
    assert directives["default-src"] == "'self'"
    assert directives["object-src"] == directives["base-uri"] == "'none'"
    # WebAssembly for the search engine, and only for scripts.
    assert [name for name, value in headers.CSP_DIRECTIVES if "wasm" in value] == ["script-src"]


def test_every_file_gets_the_security_headers_and_sw_js_is_always_revalidated() -> None:
    names = {name for name, _ in headers.headers_for("/produits/")}
    assert names == {"Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options",
                     "Permissions-Policy"}
    assert ("Cache-Control", "no-cache") in headers.headers_for("/sw.js")
    assert "Cache-Control" not in dict(headers.headers_for("/theme/css/site.css"))


def test_nginx_repeats_the_site_headers_in_the_service_worker_location() -> None:
    # nginx forgets the server's add_header lines inside a location that adds its own.
    location = headers.nginx_snippet().split("location = /sw.js {")[1]
    for name, value in headers.SITE_HEADERS:
        assert f'add_header {name} "{value}" always;' in location
