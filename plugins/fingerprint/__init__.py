"""The theme's CSS and JS named by their content: `theme/css/site.3f2a9c1d0e.css`.

A file whose name changes with its bytes can be cached for a year by browsers and CDNs
(`make deploy` sends it `immutable`); a page always names the current one. The theme
writes `{{ asset('css/site.css') }}` where it used to write the path; `written` renames
the copies Pelican made of the theme's static files (priority 400: before the service
worker lists what to precache, before the search index).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from catalog.kit import Output, phases
from pelican import signals

FINGERPRINTED = (".css", ".js")
DIGITS = 10


@lru_cache(maxsize=64)
def _digest(path: str, stamp: tuple[int, int]) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:DIGITS]


def named_by_content(relative: str, digest: str) -> str:
    """`css/site.css` -> `css/site.<digest>.css`."""
    stem, dot, suffix = relative.rpartition(".")
    return f"{stem}.{digest}{dot}{suffix}"


def _static_folder(settings: dict[str, Any]) -> Path:
    return Path(settings["THEME"], "static")


def fingerprinted_name(settings: dict[str, Any], relative: str) -> str:
    """The name a theme file has in the site (`css/site.css` -> `css/site.<hash>.css`)."""
    if not relative.endswith(FINGERPRINTED):
        return relative
    source = _static_folder(settings) / relative
    stat = source.stat()
    return named_by_content(relative, _digest(str(source), (stat.st_mtime_ns, stat.st_size)))


def _template_globals(generator: Any) -> None:
    settings = generator.settings
    folder = settings.get("THEME_STATIC_DIR", "theme")

    def asset(relative: str) -> str:
        return f"{settings['SITEURL']}/{folder}/{fingerprinted_name(settings, relative)}"

    generator.env.globals["asset"] = asset


def _rename(output: Output) -> None:
    settings = output.site.settings.pelican
    copied = output.folder / settings.get("THEME_STATIC_DIR", "theme")
    source = _static_folder(dict(settings))
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source).as_posix()
        if path.is_file() and relative.endswith(FINGERPRINTED):
            (copied / relative).replace(copied / fingerprinted_name(dict(settings), relative))


def register() -> None:
    signals.generator_init.connect(_template_globals)
    phases.written.register("fingerprint.theme", 400)(_rename)
