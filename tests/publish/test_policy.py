"""One policy for each file's headers and upload stage; the plan on plain data."""

from __future__ import annotations

import pytest
from publish.plan import MANIFEST, SiteFile, plan
from publish.policy import DEFAULT, IMMUTABLE, REVALIDATE, Stage, cache_control, content_type, stage


@pytest.mark.parametrize(("path", "expected"), [
    ("index.html", "text/html; charset=utf-8"),
    ("theme/css/site.css", "text/css; charset=utf-8"),
    ("theme/js/search.js", "text/javascript; charset=utf-8"),
    ("sitemap.xml", "application/xml; charset=utf-8"),
    ("feeds/products.fr.atom.xml", "application/xml; charset=utf-8"),
    ("manifest.webmanifest", "application/manifest+json; charset=utf-8"),
    ("images/a/b.0123456789.480.avif", "image/avif"),
    ("images/a/b.0123456789.480.webp", "image/webp"),
    ("icons/icon-512.png", "image/png"),
    ("downloads/guide.epub", "application/epub+zip"),
    ("pagefind/wasm.fr.pagefind", "application/octet-stream"),
    ("pagefind/fragment/en_1c50561.pf_fragment", "application/octet-stream"),
    ("robots.txt", "text/plain; charset=utf-8"),
    ("favicon.ico", "image/x-icon"),
])
def test_content_types(path: str, expected: str) -> None:
    assert content_type(path) == expected


@pytest.mark.parametrize(("path", "expected"), [
    ("index.html", REVALIDATE),
    ("en/products/x/index.html", REVALIDATE),
    ("sw.js", REVALIDATE),
    ("sitemap.xml", REVALIDATE),
    ("feeds/merchant.fr.EUR.xml", REVALIDATE),
    ("manifest.webmanifest", REVALIDATE),
    ("_headers", REVALIDATE),
    ("images/audit/entonnoir.44c77bb6d6.1600.avif", IMMUTABLE),
    ("images/og/audit-express.fr.9b194b81b4.jpeg", IMMUTABLE),
    ("pagefind/fragment/en_1c50561.pf_fragment", IMMUTABLE),
    ("pagefind/pagefind.en_08ebf8c2e9.pf_meta", IMMUTABLE),
    # Fixed names: a new build may put other bytes under them.
    ("images/audit/entonnoir.jpg", DEFAULT),
    ("pagefind/pagefind.js", DEFAULT),
    ("theme/css/site.css", DEFAULT),
    ("images/cafe-facade1234.jpg", DEFAULT),  # an editor's name, not the build's hash
])
def test_cache_control(path: str, expected: str) -> None:
    assert cache_control(path) == expected


def test_stages_put_pages_after_assets_and_the_worker_last() -> None:
    assert stage("theme/css/site.css") == stage("manifest.webmanifest") == Stage.ASSETS
    assert stage("fr/index.html") == Stage.PAGES
    assert stage("sw.js") == Stage.WORKER


def _file(path: str, digest: str = "a") -> SiteFile:
    return SiteFile(path, digest, 10)


def test_the_plan_uploads_what_differs_in_order_and_deletes_what_went() -> None:
    files = [_file("index.html", "new"), _file("sw.js"), _file("a.css"), _file("b.css", "b")]
    remote: dict[str, str | None] = {"index.html": "old", "sw.js": "a", "a.css": None,
                                     "gone.html": "x", MANIFEST: "m"}
    chosen = plan(files, remote)
    assert [file.path for file in chosen.uploads] == ["a.css", "b.css", "index.html"]
    assert chosen.deletions == ("gone.html",)  # never the manifest
    assert chosen.unchanged == 1
    assert chosen.summary() == "3 to upload (0.0 MB), 1 to delete, 1 unchanged"
