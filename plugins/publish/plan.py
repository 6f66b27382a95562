"""What a deploy does: the site's files against the bucket's, as plain data.

`plan` is pure: the files of `output/` with their SHA-256, what the bucket holds (its keys,
and the hash each was uploaded with), and the deletion brake give the uploads in their
order, the deletions, and what is left alone. The bucket's side is read by `bucket.py`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .policy import Stage, cache_control, content_type, stage

# The bucket's record of what each deploy uploaded: key -> SHA-256 of the bytes.
MANIFEST = ".vitrine-deploy.json"


@dataclass(frozen=True)
class SiteFile:
    path: str  # relative to the site, with "/"
    sha256: str
    size: int

    @property
    def content_type(self) -> str:
        return content_type(self.path)

    @property
    def cache_control(self) -> str:
        return cache_control(self.path)

    @property
    def stage(self) -> Stage:
        return stage(self.path)


@dataclass(frozen=True)
class Plan:
    uploads: tuple[SiteFile, ...]  # in upload order
    deletions: tuple[str, ...]  # paths, relative to the site
    unchanged: int

    @property
    def upload_bytes(self) -> int:
        return sum(file.size for file in self.uploads)

    def summary(self) -> str:
        megabytes = self.upload_bytes / 1_000_000
        return (f"{len(self.uploads)} to upload ({megabytes:.1f} MB), "
                f"{len(self.deletions)} to delete, {self.unchanged} unchanged")


def site_files(folder: Path) -> list[SiteFile]:
    """Every file of the built site, with its hash, in a stable order."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found.append(SiteFile(path.relative_to(folder).as_posix(),
                                  hashlib.sha256(data).hexdigest(), len(data)))
    return found


def plan(files: list[SiteFile], remote: dict[str, str | None]) -> Plan:
    """`remote`: each path the bucket holds under the site's prefix, with the hash it was
    uploaded with (None when unknown: it is uploaded again)."""
    uploads = [file for file in files if remote.get(file.path) != file.sha256]
    uploads.sort(key=lambda file: (file.stage, file.path))
    present = {file.path for file in files}
    deletions = tuple(sorted(path for path in remote
                             if path not in present and path != MANIFEST))
    return Plan(tuple(uploads), deletions, len(files) - len(uploads))
