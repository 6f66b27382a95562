"""Production settings: pelicanconf.py plus what only the published site needs.

`make publish` builds with this file. Like the development build, it writes into a fresh
folder and swaps it in only on success: never set DELETE_OUTPUT_DIRECTORY here.
"""

import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pelicanconf import *  # noqa: F403

SITEURL = "https://www.boussole-conseil.example"
# Feeds (FEED_DOMAIN), sitemap.xml and robots.txt (SITEURL) give absolute addresses.
FEED_DOMAIN = SITEURL
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = False

# A published site takes real payments: Stripe test-mode links are content errors.
PAYMENTS = {**PAYMENTS, "test_links": False}  # noqa: F405

# `make deploy PREVIEW=<branch>` (README, "Previews"): this site under previews/<branch>/
# of the same bucket, for review before a merge. Search engines are told to stay away, and
# Stripe test-mode links are accepted (with their badge), as in development.
PREVIEW = re.sub(r"[^a-z0-9]+", "-", os.environ.get("PREVIEW", "").lower()).strip("-")
if PREVIEW:
    SITEURL = f"{SITEURL}/previews/{PREVIEW}"
    FEED_DOMAIN = SITEURL
    PAYMENTS = {**PAYMENTS, "test_links": True}
    SEO = {**SEO, "noindex": True}  # noqa: F405

# `make deploy`: where the published site goes (README, "Deployment"). The credentials
# come from the environment or ~/.aws/credentials, never from this file.
DEPLOY = {
    "bucket": "www.boussole-conseil.example",
    "region": "eu-west-3",
    # "endpoint_url": "https://s3.fr-par.scw.cloud",  # another S3-compatible provider
}
