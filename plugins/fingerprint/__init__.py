"""The theme's CSS and JS named by their content: `theme/css/site.3f2a9c1d0e.css`.

A file whose name changes with its bytes can be cached for a year by browsers and CDNs
(`make deploy` sends it `immutable`); a page always names the current one. The theme
writes `{{ asset('css/site.css') }}` where it used to write the path; `written` renames
the copies Pelican made of the theme's static files (priority 400: before the service
worker lists what to precache, before the search index).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from catalog.kit import Output, phases
from pelican import signals

FINGERPRINTED = (".css", ".js")
DIGITS = 10


def named_by_content(relative: str, digest: str) -> str:
    """`css/site.css` -> `css/site.<digest>.css`."""
    stem, dot, suffix = relative.rpartition(".")
    return f"{stem}.{digest}{dot}{suffix}"


def theme_names(settings: Mapping[str, Any]) -> dict[str, str]:
    """Each CSS and JS file of the theme's static folder (`css/site.css`) and its name in
    the site (`css/site.<hash>.css`), worked out once while the files stay as they are."""
    source = Path(settings["THEME"], "static")
    files = sorted(path for path in source.rglob("*")
                   if path.is_file() and path.name.endswith(FINGERPRINTED))
    stamp = tuple((str(path), path.stat().st_mtime_ns, path.stat().st_size) for path in files)
    return _names(str(source), stamp)


@lru_cache(maxsize=8)
def _names(source: str, stamp: tuple[tuple[str, int, int], ...]) -> dict[str, str]:
    names = {}
    for path, _, _ in stamp:
        relative = Path(path).relative_to(source).as_posix()
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:DIGITS]
        names[relative] = named_by_content(relative, digest)
    return names


def _template_globals(generator: Any) -> None:
    settings = generator.settings
    folder = settings.get("THEME_STATIC_DIR", "theme")
    names = theme_names(settings)

    def asset(relative: str) -> str:
        """The theme file's address; a CSS or JS file the theme lacks is an error."""
        name = names[relative] if relative.endswith(FINGERPRINTED) else relative
        return f"{settings['SITEURL']}/{folder}/{name}"

    generator.env.globals["asset"] = asset


def _rename(output: Output) -> None:
    settings = output.site.settings.pelican
    copied = output.folder / settings.get("THEME_STATIC_DIR", "theme")
    for relative, name in theme_names(settings).items():
        (copied / relative).replace(copied / name)


def register() -> None:
    signals.generator_init.connect(_template_globals)
    phases.written.register("fingerprint.theme", 400)(_rename)
