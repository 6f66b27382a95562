"""robots.txt: every page may be crawled, and where the sitemap is (RFC 9309 and the
sitemaps.org protocol's `Sitemap:` line)."""

from __future__ import annotations

from pathlib import Path

ROBOTS = "robots.txt"


def robots_txt(sitemap_url: str) -> str:
    """The site's robots.txt when the content brings none."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {sitemap_url}\n"


NOT_INDEXED = "User-agent: *\nDisallow: /\n"


def names_sitemap(robots: str, sitemap_url: str) -> bool:
    """Whether `robots` already has a `Sitemap:` line for `sitemap_url` (field names are
    case-insensitive; a `#` starts a comment)."""
    for line in robots.splitlines():
        field, _, value = line.split("#", 1)[0].partition(":")
        if field.strip().lower() == "sitemap" and value.strip() == sitemap_url:
            return True
    return False


def with_sitemap(robots: str, sitemap_url: str) -> str:
    """A site owner's `robots` with the `Sitemap:` line added at its end (a record of its
    own: the line applies to every crawler, whatever group it follows)."""
    if names_sitemap(robots, sitemap_url):
        return robots
    if not robots.strip():
        return f"Sitemap: {sitemap_url}\n"
    separator = "" if not robots or robots.endswith("\n") else "\n"
    return f"{robots}{separator}\nSitemap: {sitemap_url}\n"


def write_robots(folder: Path, sitemap_url: str) -> str:
    """Write `folder`'s robots.txt, or complete the one the site brings (a site owner's:
    never replaced, so their rules stay); what was done, for the build log."""
    path = folder / ROBOTS
    if not path.exists():
        path.write_text(robots_txt(sitemap_url), encoding="utf-8")
        return f"{ROBOTS} written"
    # Kept byte for byte, even if it is not UTF-8 (surrogateescape).
    text = path.read_bytes().decode("utf-8", "surrogateescape")
    if names_sitemap(text, sitemap_url):
        return f"the site's own {ROBOTS} kept: it names the sitemap"
    path.write_bytes(with_sitemap(text, sitemap_url).encode("utf-8", "surrogateescape"))
    return f"the site's own {ROBOTS} kept, with the Sitemap line added"
