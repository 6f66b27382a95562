"""CloudFront invalidation of the pages a deploy changed (off unless
`DEPLOY.cloudfront_distribution` is set).

Files named by their content never need it; pages, feeds and the service worker are sent
with `no-cache`, but a CDN may still hold them for its own minimum time.
"""

from __future__ import annotations

import time

import boto3
from botocore.exceptions import BotoCoreError, ClientError

from .bucket import DeployError
from .plan import Plan
from .policy import REVALIDATE
from .settings import DeploySettings

# CloudFront's limit of paths in one invalidation with wildcards is 15, without 3,000.
MAX_PATHS = 3000


def paths_to_invalidate(settings: DeploySettings, chosen: Plan) -> list[str]:
    """The addresses of the uploaded files that are revalidated, and of deleted files."""
    changed = [file.path for file in chosen.uploads if file.cache_control == REVALIDATE]
    found: set[str] = set()
    for path in [*changed, *chosen.deletions]:
        address = "/" + settings.prefix + path
        found.add(address)
        if address.endswith("/index.html"):
            found.add(address.removesuffix("index.html"))  # /produits/x/ is the same page
    return sorted(found)


def invalidate(settings: DeploySettings, chosen: Plan) -> int:
    """Invalidate the changed paths; how many were invalidated."""
    if settings.cloudfront_distribution is None:
        return 0
    paths = paths_to_invalidate(settings, chosen)
    if not paths:
        return 0
    if len(paths) > MAX_PATHS:
        paths = ["/" + settings.prefix + "*"]
    client = boto3.client("cloudfront")
    try:
        client.create_invalidation(
            DistributionId=settings.cloudfront_distribution,
            InvalidationBatch={"Paths": {"Quantity": len(paths), "Items": paths},
                               "CallerReference": f"vitrine-{time.time_ns()}"})
    except (ClientError, BotoCoreError) as error:
        raise DeployError(f"the site is deployed, but invalidating CloudFront distribution "
                          f"{settings.cloudfront_distribution} failed: {error}") from None
    return len(paths)
