"""`make phases`: the build's phases and their receivers, in the order they run, for the
plugins of a settings file (default `pelicanconf.py`)."""

from __future__ import annotations

import sys

from pelican.settings import read_settings

from .pipeline import describe, load_plugins


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    load_plugins(read_settings(args[0] if args else "pelicanconf.py"))
    print(describe())
    return 0


if __name__ == "__main__":
    sys.exit(main())
