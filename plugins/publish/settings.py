"""`DEPLOY` in publishconf.py: where `make deploy` sends the site. Never the credentials."""

from __future__ import annotations

import re
from typing import Annotated, Any

from catalog.kit import Section, Settings
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# Names that hold a secret, in DEPLOY or anywhere in the settings files.
SECRET = re.compile(r"(?i)(secret|password|token|access_key|credential|session_key)")
WHERE_CREDENTIALS_GO = ("credentials come from the environment (AWS_ACCESS_KEY_ID and "
                        "AWS_SECRET_ACCESS_KEY, or your CI's secret store) or from "
                        "~/.aws/credentials (AWS_PROFILE), never from a file of the repository")
BUCKET_NAME = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")


class DeploySettings(BaseModel):
    """An S3-compatible bucket (AWS S3, Cloudflare R2, Scaleway, OVH, Backblaze B2, MinIO)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    bucket: str | None = None
    # The provider's S3 endpoint (https://s3.fr-par.scw.cloud, https://<account>.r2.
    # cloudflarestorage.com…); None: AWS.
    endpoint_url: str | None = None
    region: str | None = None
    # A folder of the bucket the site lives in ("" for the whole bucket).
    prefix: str = ""
    # Above this many deletions a deploy stops before changing anything (--force to go on):
    # a wrong prefix or an empty output/ must not empty a live site.
    max_deletes: Annotated[int, Field(ge=0)] = 256
    # A CloudFront distribution whose changed pages are invalidated after a deploy.
    cloudfront_distribution: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _no_credentials(cls, data: Any) -> Any:
        if isinstance(data, dict):
            secret = next((key for key in data if SECRET.search(str(key))), None)
            if secret is not None:
                raise ValueError(f"{secret!r} looks like a credential: {WHERE_CREDENTIALS_GO}")
        return data

    @field_validator("bucket")
    @classmethod
    def _bucket_name(cls, value: str | None) -> str | None:
        if value is not None and not BUCKET_NAME.fullmatch(value):
            raise ValueError(f"{value!r} is not a bucket name: 3 to 63 lowercase letters, "
                             "digits, dots and hyphens")
        return value

    @field_validator("endpoint_url")
    @classmethod
    def _endpoint(cls, value: str | None) -> str | None:
        if value is None:
            return None
        local = re.match(r"http://(127\.0\.0\.1|localhost)(:\d+)?/?$", value)
        if not (value.startswith("https://") or local) or "@" in value:
            raise ValueError(f"{value!r}: the endpoint must be an https:// address without "
                             "a user name (http:// only for a server on this machine)")
        return value.rstrip("/")

    @field_validator("prefix")
    @classmethod
    def _folder(cls, value: str) -> str:
        value = value.strip("/")
        if ".." in value.split("/") or "//" in value:
            raise ValueError(f"{value!r} is not a folder of the bucket, like 'site' or ''")
        return f"{value}/" if value else ""


def _no_secret_settings(deploy: DeploySettings, settings: Settings) -> list[tuple[str, str]]:
    """Credentials anywhere in the settings files are refused too (AWS_SECRET_ACCESS_KEY…)."""
    return [("", f"the setting {name} looks like a credential: {WHERE_CREDENTIALS_GO}")
            for name in sorted(settings.pelican) if name.isupper() and SECRET.search(name)]


# PREVIEW: the preview being built and deployed (publishconf.py sets it from the
# environment), "" for the site itself.
SECTION = Section("DEPLOY", DeploySettings, cross_check=_no_secret_settings,
                  extra_settings={"PREVIEW": ""})
PREVIEWS = "previews/"
