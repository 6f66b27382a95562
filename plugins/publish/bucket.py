"""The bucket's side of a deploy, through boto3: what it holds, uploads, deletions.

Every failure a user can cause or meet (no credentials, an expired key, a missing bucket,
a wrong endpoint, the network) becomes a `DeployError` with one line that says what to do;
nothing is deleted before every upload succeeded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    EndpointConnectionError,
    NoCredentialsError,
)

from .plan import MANIFEST, SiteFile
from .settings import WHERE_CREDENTIALS_GO, DeploySettings

KEY_ERRORS = frozenset({"InvalidAccessKeyId", "SignatureDoesNotMatch", "ExpiredToken",
                        "TokenRefreshRequired", "InvalidToken", "AccessDenied",
                        "ExpiredTokenException", "RequestExpired"})
DELETE_BATCH = 1000  # the most DeleteObjects takes at once


class DeployError(Exception):
    """A deploy that cannot go on; the message is the one line to show."""


class Bucket:
    """The site's folder (`prefix`) in an S3-compatible bucket."""

    def __init__(self, settings: DeploySettings, folder: str = "") -> None:
        """`folder`: below the site's prefix (a preview's `previews/<name>/`)."""
        if settings.bucket is None:
            raise DeployError("DEPLOY.bucket: name the bucket in publishconf.py, like "
                              "DEPLOY = {'bucket': 'www.example.com', ...}")
        self.name, self.prefix = settings.bucket, settings.prefix + folder
        self.where = f"s3://{self.name}/{self.prefix}" + (
            f" at {settings.endpoint_url}" if settings.endpoint_url else "")
        self.client = boto3.client(
            "s3", endpoint_url=settings.endpoint_url, region_name=settings.region,
            config=Config(retries={"max_attempts": 3, "mode": "standard"},
                          connect_timeout=10, read_timeout=60))
        self.settings = settings

    def _call(self, what: str, action: Any, **arguments: Any) -> Any:
        try:
            return action(Bucket=self.name, **arguments)
        except NoCredentialsError:
            raise DeployError(f"no credentials to reach {self.where}: "
                              f"{WHERE_CREDENTIALS_GO}") from None
        except EndpointConnectionError as error:
            raise DeployError(f"cannot reach {error.kwargs.get('endpoint_url', self.where)}: "
                              "check DEPLOY.endpoint_url and the network") from None
        except ClientError as error:
            code = error.response.get("Error", {}).get("Code", "")
            if code == "NoSuchBucket":
                raise DeployError(f"the bucket {self.name!r} does not exist at "
                                  f"{self.where}: create it, or correct DEPLOY.bucket") from None
            if code in KEY_ERRORS:
                raise DeployError(f"{what} {self.where} was refused ({code}): the access key "
                                  "is wrong, expired or lacks the right; "
                                  f"{WHERE_CREDENTIALS_GO}") from None
            raise DeployError(f"{what} {self.where} failed: {code or error}") from None
        except BotoCoreError as error:
            raise DeployError(f"{what} {self.where} failed: {error}") from None

    def holdings(self, besides: str | None = None) -> dict[str, str | None]:
        """Each path the bucket holds under the prefix (but under `besides`, a folder the
        site does not own: its previews), with the hash it was uploaded with (from the
        manifest; for a file uploaded after the last manifest, from its own metadata;
        None when neither says)."""
        keys: list[str] = []
        paginator = self.client.get_paginator("list_objects_v2")
        pages = self._call("listing", lambda **a: list(paginator.paginate(**a)),
                           Prefix=self.prefix)
        for page in pages:
            keys += [item["Key"][len(self.prefix):] for item in page.get("Contents", [])]
        if besides:
            keys = [key for key in keys if not key.startswith(besides)]
        recorded = self._manifest() if MANIFEST in keys else {}
        return {key: recorded.get(key) for key in keys}

    def uploaded_hash(self, path: str) -> str | None:
        """The hash a file was uploaded with, from its metadata (after an interrupted run)."""
        head = self._call("reading", self.client.head_object, Key=self.prefix + path)
        found: str | None = head.get("Metadata", {}).get("sha256")
        return found

    def _manifest(self) -> dict[str, str]:
        body = self._call("reading", self.client.get_object, Key=self.prefix + MANIFEST)
        try:
            data = json.loads(body["Body"].read())
        except ValueError:
            return {}  # damaged: every file is compared with its own metadata instead
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def upload(self, folder: Path, file: SiteFile) -> None:
        with open(folder / file.path, "rb") as body:
            self._call("uploading to", self.client.put_object, Key=self.prefix + file.path,
                       Body=body, ContentType=file.content_type,
                       CacheControl=file.cache_control, Metadata={"sha256": file.sha256})

    def record(self, files: Iterable[SiteFile]) -> None:
        """The manifest of what the bucket now holds: the next deploy compares with it."""
        data = json.dumps({file.path: file.sha256 for file in files}, indent=0,
                          sort_keys=True).encode()
        self._call("writing the manifest to", self.client.put_object,
                   Key=self.prefix + MANIFEST, Body=data,
                   ContentType="application/json; charset=utf-8", CacheControl="no-store")

    def delete(self, paths: list[str]) -> None:
        for start in range(0, len(paths), DELETE_BATCH):
            batch = [{"Key": self.prefix + path} for path in paths[start:start + DELETE_BATCH]]
            answer = self._call("deleting from", self.client.delete_objects,
                                Delete={"Objects": batch, "Quiet": True})
            if answer.get("Errors"):
                first = answer["Errors"][0]
                raise DeployError(f"deleting {first.get('Key')} from {self.where} failed: "
                                  f"{first.get('Code')}")
