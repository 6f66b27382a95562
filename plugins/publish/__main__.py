"""`python -m publish [--dry-run] [--force]`: see the package."""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from catalog.kit import SettingsErrors, validate_settings
from pelican.settings import read_settings

from .bucket import Bucket, DeployError
from .cdn import invalidate
from .plan import Plan, SiteFile, plan, site_files
from .policy import Stage
from .settings import PREVIEWS, SECTION, DeploySettings

# Uploads at once: S3 answers each in tens of milliseconds, so a few in flight keep the
# connection busy without flooding a small provider.
PARALLEL_UPLOADS = 8


def _deploy_settings(settings_file: str) -> tuple[dict[str, object], DeploySettings, str]:
    """Pelican's settings, DEPLOY, and the folder of the bucket (a preview's, or "")."""
    settings = read_settings(settings_file)
    validated = validate_settings(settings, settings_file, sections=[SECTION])
    preview = str(settings.get("PREVIEW") or "")
    return settings, validated.of(DeploySettings), f"{PREVIEWS}{preview}/" if preview else ""


def clean_preview(settings_file: str) -> int:
    _, deploy_settings, folder = _deploy_settings(settings_file)
    if not folder:
        raise DeployError("PREVIEW: name the preview to remove, like make "
                          "deploy-clean-preview PREVIEW=my-branch")
    bucket = Bucket(deploy_settings, folder)
    paths = sorted(bucket.holdings())
    bucket.delete(paths)
    print(f"Preview {bucket.where} removed: {len(paths)} files deleted")
    return 0


def known_holdings(bucket: Bucket, files: list[SiteFile],
                   besides: str | None) -> tuple[dict[str, str | None], bool]:
    """What the bucket holds, and whether its record says so; a file the record does not
    vouch for is asked its own hash (an interrupted deploy uploaded it, did not record it)."""
    holdings = bucket.holdings(besides)
    recorded = True
    for file in files:
        if holdings.get(file.path) != file.sha256:
            recorded = False
            if file.path in holdings:
                holdings[file.path] = bucket.uploaded_hash(file.path)
    return holdings, recorded


class Progress:
    """One line that counts uploads, rewritten in place on a terminal."""

    def __init__(self, total: int, total_bytes: int) -> None:
        self.total, self.total_bytes, self.done, self.bytes = total, total_bytes, 0, 0
        self.tty = sys.stdout.isatty()
        self.shown = 0.0

    def advance(self, file: SiteFile) -> None:
        self.done += 1
        self.bytes += file.size
        now = time.monotonic()
        if self.done == self.total or now - self.shown > (0.2 if self.tty else 5):
            self.shown = now
            line = (f"Uploading: {self.done}/{self.total} files, "
                    f"{self.bytes / 1e6:.1f}/{self.total_bytes / 1e6:.1f} MB")
            print(f"\r{line}" if self.tty else line, end="" if self.tty else "\n",
                  flush=True)
        if self.tty and self.done == self.total:
            print()


def upload_in_order(bucket: Bucket, folder: Path, chosen: Plan) -> None:
    """Upload stage by stage; a failed upload stops before the next stage starts."""
    progress = Progress(len(chosen.uploads), chosen.upload_bytes)
    pool = ThreadPoolExecutor(PARALLEL_UPLOADS)
    try:
        for current in Stage:
            batch = [file for file in chosen.uploads if file.stage == current]
            futures = {pool.submit(bucket.upload, folder, file): file for file in batch}
            for future in as_completed(futures):
                future.result()  # the first failure stops the deploy here
                progress.advance(futures[future])
    except BaseException:  # a failure or Ctrl+C: what has not started does not start
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def print_plan(chosen: Plan) -> None:
    for file in chosen.uploads:
        print(f"  upload  {file.path}  ({file.content_type}; {file.cache_control})")
    for path in chosen.deletions:
        print(f"  delete  {path}")


def deploy(settings_file: str, output: Path | None, dry_run: bool, force: bool) -> int:
    started = time.perf_counter()
    settings, deploy_settings, preview = _deploy_settings(settings_file)
    folder = output or Path(str(settings["OUTPUT_PATH"]))
    if not (folder / "index.html").is_file():
        raise DeployError(f"{folder}/ holds no built site: run `make publish` first")
    bucket = Bucket(deploy_settings, preview)
    files = site_files(folder)
    # The site's own deploy never touches its previews, nor a preview the others.
    holdings, recorded = known_holdings(bucket, files, None if preview else PREVIEWS)
    chosen = plan(files, holdings)
    print(f"Deploy of {folder}/ to {bucket.where}: {chosen.summary()}")
    if len(chosen.deletions) > deploy_settings.max_deletes and not force:
        raise DeployError(f"{len(chosen.deletions)} files would be deleted, more than "
                          f"DEPLOY.max_deletes ({deploy_settings.max_deletes}): nothing was "
                          "changed. Check DEPLOY.prefix and output/; to delete them anyway, "
                          "run make deploy FORCE=1")
    if dry_run:
        print_plan(chosen)
        print("Dry run: nothing was changed.")
        return 0
    upload_in_order(bucket, folder, chosen)
    if not (recorded and not chosen.deletions):  # an unchanged site: not one request more
        bucket.record(files)
    bucket.delete(list(chosen.deletions))
    invalidated = invalidate(deploy_settings, chosen)
    print(f"Deployed in {time.perf_counter() - started:.1f} s: {len(chosen.uploads)} "
          f"uploaded, {len(chosen.deletions)} deleted, {chosen.unchanged} unchanged"
          + (f"; {invalidated} paths invalidated on CloudFront" if invalidated else ""))
    if preview:
        print(f"Preview: {settings['SITEURL']}/")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m publish", description=__doc__)
    parser.add_argument("--settings", default="publishconf.py")
    parser.add_argument("--output", type=Path, help="the built site (default: OUTPUT_PATH)")
    parser.add_argument("--dry-run", action="store_true",
                        help="print what would be uploaded and deleted; change nothing")
    parser.add_argument("--force", action="store_true",
                        help="delete even more files than DEPLOY.max_deletes")
    parser.add_argument("--clean-preview", action="store_true",
                        help="remove the preview named by PREVIEW from the bucket")
    args = parser.parse_args(argv)
    try:
        if args.clean_preview:
            return clean_preview(args.settings)
        return deploy(args.settings, args.output, args.dry_run, args.force)
    except SettingsErrors as errors:
        print(errors.report(), file=sys.stderr)
        return 2
    except DeployError as error:
        print(f"deploy: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ndeploy: interrupted. The live site is whole (pages only reference files "
              "uploaded before them, nothing was deleted); run make deploy again to finish.",
              file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
