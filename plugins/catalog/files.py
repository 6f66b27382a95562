"""Which files under the content folder are content, following Pelican's own rules.

Used by `make check` to read what the build reads, and by both to report Markdown
files that no generator reads (a misspelt folder would otherwise drop a page silently)
and symbolic links that lead out of the content folder (Pelican follows them, and would
publish a private file that a link in `downloads/` or `images/` points to).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator, Mapping
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from .errors import ContentError
from .locate import display_path
from .reader import FrontMatterReader, UnsupportedFormatReader

SUFFIXES = tuple(
    f".{ext}"
    for reader in (FrontMatterReader, UnsupportedFormatReader)
    for ext in reader.file_extensions
)
# (paths setting, excludes setting) of each kind of content.
KINDS = {
    "product": ("PRODUCT_PATHS", "PRODUCT_EXCLUDES"),
    "case_study": ("ARTICLE_PATHS", "ARTICLE_EXCLUDES"),
    "page": ("PAGE_PATHS", "PAGE_EXCLUDES"),
    "sample": ("SAMPLE_PATHS", "SAMPLE_EXCLUDES"),  # e-book chapters, read by the catalog
    # Read by the reviews plugin, not by a Pelican generator.
    "review": ("REVIEW_PATHS", "REVIEW_EXCLUDES"),
}


def _ignored(name: str, settings: Mapping[str, Any]) -> bool:
    return any(fnmatch(name, pattern) for pattern in settings["IGNORE_FILES"])


def _walk(root: Path, top: str, excludes: set[str], settings: Mapping[str, Any]) -> Iterator[Path]:
    start = root / top if top else root
    for folder, subfolders, names in os.walk(start):
        relative = os.path.relpath(folder, root)
        subfolders[:] = sorted(
            name for name in subfolders
            if not _ignored(name, settings)
            and os.path.normpath(os.path.join(relative, name)) not in excludes
        )
        for name in sorted(names):
            if name.endswith(SUFFIXES) and not _ignored(name, settings):
                yield Path(folder) / name


def content_files(kind: str, settings: Mapping[str, Any]) -> Iterator[Path]:
    """The files of one kind of content (`product`, `case_study`, `page`, `sample`,
    `review`)."""
    paths_setting, excludes_setting = KINDS[kind]
    root = Path(settings["PATH"])
    excludes = {os.path.normpath(e) for e in settings.get(excludes_setting, [])}
    for top in settings.get(paths_setting, []):
        yield from _walk(root, top, excludes, settings)


def unread_files(settings: Mapping[str, Any]) -> list[ContentError]:
    """Content files in no folder that the site reads, each as a ContentError."""
    read = {
        path for kind in KINDS for path in content_files(kind, settings)
    }
    static = [Path(settings["PATH"], folder) for folder in settings["STATIC_PATHS"]]
    folders = sorted({settings[paths][0] for paths, _ in KINDS.values() if settings.get(paths)})
    return [
        ContentError(display_path(str(path)), 1, "file", "is in no content folder, so it is "
                     f"not part of the site; move it to {', '.join(f'{f}/' for f in folders)}")
        for path in _walk(Path(settings["PATH"]), "", set(), settings)
        if path not in read and not any(path.is_relative_to(s) for s in static)
    ]


def tree_errors(settings: Mapping[str, Any]) -> list[ContentError]:
    """What is wrong with the content folder itself: files no generator reads, and
    symbolic links that lead out of it or round in a loop."""
    return [*unread_files(settings), *links_out(settings)]


def links_out(settings: Mapping[str, Any]) -> list[ContentError]:
    """Symbolic links under the content folder whose target is outside it, missing, or
    a loop (named once, with every link in it)."""
    root = Path(settings["PATH"]).resolve()
    errors: list[ContentError] = []
    loops: set[frozenset[Path]] = set()
    for folder, subfolders, names in os.walk(settings["PATH"]):  # links are not followed
        subfolders[:] = sorted(name for name in subfolders if not _ignored(name, settings))
        for name in sorted([*subfolders, *names]):
            link = Path(folder, name)
            if not link.is_symlink() or _ignored(name, settings):
                continue
            chain = _chain(link)
            if chain[-1] in chain[:-1]:
                loop = frozenset(chain[chain.index(chain[-1]):])
                if loop not in loops:
                    loops.add(loop)
                    shown = " → ".join(display_path(str(step)) for step in chain)
                    errors.append(ContentError(display_path(str(link)), 1, "file",
                                               f"symbolic links in a loop: {shown}"))
                continue
            target = chain[-1]
            if target.is_dir() and link.parent.resolve().is_relative_to(target.resolve()):
                # Pelican walks into linked folders: this one contains itself, forever.
                errors.append(ContentError(display_path(str(link)), 1, "file",
                                           f"is a symbolic link to {display_path(str(target))}"
                                           ", a folder that holds it: a loop"))
            elif not target.exists():
                errors.append(ContentError(display_path(str(link)), 1, "file",
                                           f"is a symbolic link to {display_path(str(target))},"
                                           " which does not exist"))
            elif not target.resolve().is_relative_to(root):
                errors.append(ContentError(
                    display_path(str(link)), 1, "file",
                    f"is a symbolic link to {display_path(str(target))}, outside the content "
                    "folder: only what is inside it is published; copy the file in, or "
                    "remove the link"))
    return errors


def _chain(link: Path) -> list[Path]:
    """`link`, then each link it leads to, until a file, a missing target or a repeat."""
    chain = [Path(os.path.abspath(link))]
    while chain[-1].is_symlink():
        target = Path(os.path.abspath(chain[-1].parent / os.readlink(chain[-1])))
        chain.append(target)
        if target in chain[:-1]:
            break
    return chain


def copy_static_files(static_files: list[Any], content: str, output: Path) -> None:
    """Make sure each static file Pelican was to copy is in `output`, whole.

    Pelican's copy skips a source that is gone without a word and logs a failed copy (a
    full disk) as a warning, then the build goes on and publishes a site without the
    file. Copying again what is missing or of another size raises the OSError instead,
    which ends the build with one line."""
    for static in static_files:
        source = Path(content) / static.source_path
        target = output / static.save_as
        if not target.is_file() or target.stat().st_size != source.stat().st_size:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
