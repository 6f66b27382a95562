"""`make deploy`: the built site to an S3-compatible bucket, only what changed, in an order
that keeps the live site whole.

A command beside the build (`python -m publish`), reading `DEPLOY` from the settings it is
given (publishconf.py); as a build plugin it only declares that section, so that every
build checks it (no credentials in the settings files, a valid bucket and endpoint).

- `policy.py`: each file's Content-Type, Cache-Control and upload stage (assets, then
  pages, then the service worker and the web app manifest);
- `plan.py`: the site's files (SHA-256 of each) against the bucket's, as plain data: the
  uploads in order, the deletions, what is unchanged;
- `bucket.py`: the bucket through boto3 (the manifest object `.vitrine-deploy.json`
  records each file's hash; each object also carries it as metadata, so a deploy cut short
  is finished by the next one), every failure as one line;
- `cdn.py`: the optional CloudFront invalidation of the changed pages.

Deletions of files no longer in the site come after every upload, and only below
`DEPLOY.max_deletes` (or with `--force`).
"""

from __future__ import annotations

from catalog.kit import declare

from .settings import SECTION


def register() -> None:
    declare(SECTION)
