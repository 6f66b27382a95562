"""From source images to the files and `<picture>` data a page needs.

`prepare` hashes each source, makes the cache entries that are missing, and returns
for each source either a `Picture` (its variants' URLs and sizes) or the reason it was
refused. Pure: it knows files and settings, not Pelican.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from .cache import ImageCache, source_key
from .encode import ENCODING, MIME, Variant, encode_variants, plan
from .settings import ImageSettings
from .source import SourceProblem

# The format a file name's extension promises: the variant served at the source's own
# URL (for feeds and old links) must match it.
EXTENSION_FORMAT = {".jpg": "jpeg", ".jpeg": "jpeg", ".png": "png", ".webp": "webp"}


@dataclass(frozen=True)
class VariantsJob:
    """Decode one source and encode all its variants."""

    path: str
    key: str
    settings: ImageSettings

    def make(self, folder: Path) -> dict[str, Any]:
        try:
            size, variants = plan(Path(self.path), self.settings)
            encode_variants(Path(self.path), variants, self.settings, folder)
        except SourceProblem as problem:
            return {"problem": str(problem)}
        except Exception as error:  # untrusted bytes: any decoder failure is the file's
            return {"problem": f"damaged image ({type(error).__name__}: {error})"}
        return {"width": size[0], "height": size[1], "variants": [asdict(v) for v in variants]}


@dataclass(frozen=True)
class Picture:
    """What a page needs to show one source image; URLs are relative to the site root."""

    src: str
    width: int
    height: int
    sources: tuple[tuple[str, str], ...]  # (MIME type, srcset) of each modern format
    fallback: str
    fallback_srcset: str
    files: tuple[tuple[str, str], ...]  # (path in the output, path of the cached file)


def variants_job(path: Path, settings: ImageSettings) -> VariantsJob:
    return VariantsJob(str(path), source_key(path.read_bytes(), settings.fingerprint(), ENCODING),
                       settings)


def prepare(paths: dict[str, Path], settings: ImageSettings,
            cache: ImageCache) -> tuple[dict[str, Picture | str], int]:
    """For each source (by its path as written), its Picture or the problem with it;
    and how many cache entries had to be made."""
    jobs = {src: variants_job(path, settings) for src, path in sorted(paths.items())}
    made = cache.fill(list(jobs.values()), settings.processes)
    results: dict[str, Picture | str] = {}
    for src, job in jobs.items():
        manifest = cache.manifest(job.key) or {"problem": "could not be encoded"}
        results[src] = manifest["problem"] if "problem" in manifest else _picture(
            src, job.key, manifest, cache)
    return results, made


def _picture(src: str, key: str, manifest: dict[str, Any], cache: ImageCache) -> Picture:
    variants = [Variant(**v) for v in manifest["variants"]]
    source = PurePosixPath(src)
    stem = source.with_suffix("").as_posix()
    entry = cache.entry(key)

    def url(variant: Variant) -> str:
        return f"{stem}.{key[:10]}.{variant.width}.{variant.format}"

    def srcset(image_format: str) -> str:
        return ", ".join(f"{url(v)} {v.width}w" for v in variants if v.format == image_format)

    formats = list(dict.fromkeys(v.format for v in variants))
    fallback_format = formats[-1]
    largest = max((v for v in variants if v.format == fallback_format), key=lambda v: v.width)
    files = [(url(v), str(entry / v.name)) for v in variants]
    same_format = [v for v in variants
                   if v.format == EXTENSION_FORMAT.get(source.suffix.lower())]
    if same_format:  # the source's URL serves its largest variant, never the original
        files.append((src, str(entry / max(same_format, key=lambda v: v.width).name)))
    return Picture(
        src=src, width=largest.width, height=largest.height,
        sources=tuple((MIME[f], srcset(f)) for f in formats[:-1]),
        fallback=url(largest), fallback_srcset=srcset(fallback_format),
        files=tuple(sorted(files)),
    )
