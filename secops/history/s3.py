"""History in S3: one object per run under `<prefix>/repo=<owner%2Fname>/date=<YYYY-MM-DD>/`, for Athena.

boto3 is imported only when an s3:// location is used (it ships with the `llm` extra)."""

from __future__ import annotations

import re
import uuid
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from typing import Any
from urllib.parse import quote

from secops.history.interface import HistoryError, HistoryStore, RawLine, RunRecord

_DATE_PART = re.compile(r"/date=(\d{4}-\d{2}-\d{2})/")
_DENIED = {"AccessDenied", "AllAccessDisabled", "403", "Forbidden", "InvalidAccessKeyId", "SignatureDoesNotMatch"}
_READ_HINT = "s3:ListBucket on arn:aws:s3:::{bucket} and s3:GetObject on arn:aws:s3:::{bucket}/{prefix}*"
_WRITE_HINT = "s3:PutObject on arn:aws:s3:::{bucket}/{prefix}*"


def parse_url(url: str) -> tuple[str, str]:
    """`s3://bucket/some/prefix/` -> ("bucket", "some/prefix")."""
    rest = url[len("s3://") :]
    bucket, _, prefix = rest.partition("/")
    if not bucket:
        raise HistoryError(f"history location {url!r} has no bucket", hint="use s3://BUCKET/PREFIX")
    return bucket, prefix.strip("/")


def partition(repo: str) -> str:
    """Hive-style escaping, so `acme/shop` is one path segment (`repo=acme%2Fshop`)."""
    return quote(repo, safe="")


class S3Store(HistoryStore):
    def __init__(self, url: str, client: Any = None, concurrency: int = 16) -> None:
        self.bucket, self.prefix = parse_url(url)
        self.concurrency = max(1, concurrency)
        self.location = f"s3://{self.bucket}/{self.prefix}/" if self.prefix else f"s3://{self.bucket}/"
        self._client = client

    @property
    def client(self) -> Any:
        if self._client is None:
            try:
                import boto3
            except ImportError as exc:
                raise HistoryError(
                    "an s3:// history location needs boto3, which is not installed",
                    hint="pip install 'secops[llm]' (or boto3), or pass a local directory with --history",
                ) from exc
            self._client = boto3.client("s3")
        return self._client

    def _key_prefix(self, repo: str | None = None) -> str:
        base = f"{self.prefix}/" if self.prefix else ""
        return f"{base}repo={partition(repo)}/" if repo else base

    def key_for(self, record: RunRecord) -> str:
        stamp = record.time.replace(":", "").replace("-", "")
        run = record.run_id or uuid.uuid4().hex
        return f"{self._key_prefix(record.repo)}date={record.day.isoformat()}/{stamp}-{run}.jsonl"

    def append(self, record: RunRecord) -> str:
        key = self.key_for(record)
        body = (record.to_json() + "\n").encode("utf-8")
        try:
            self.client.put_object(Bucket=self.bucket, Key=key, Body=body, ContentType="application/x-ndjson")
        except Exception as exc:
            raise self._explain(exc, "write to", _WRITE_HINT) from exc
        return f"s3://{self.bucket}/{key}"

    def keys(self, since: date | None = None, repo: str | None = None) -> Iterator[str]:
        """Object keys in key order (per repository: by date, then by time)."""
        floor = since.isoformat() if since else ""
        try:
            pages = self.client.get_paginator("list_objects_v2").paginate(
                Bucket=self.bucket, Prefix=self._key_prefix(repo)
            )
            for page in pages:
                for item in page.get("Contents", []):
                    key = str(item["Key"])
                    match = _DATE_PART.search("/" + key)
                    if key.endswith(".jsonl") and match and match.group(1) >= floor:
                        yield key
        except HistoryError:
            raise
        except Exception as exc:
            raise self._explain(exc, "list", _READ_HINT) from exc

    def _fetch(self, key: str) -> bytes:
        try:
            return bytes(self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read())
        except Exception as exc:
            raise self._explain(exc, "read", _READ_HINT, f"s3://{self.bucket}/{key}") from exc

    def lines(self, since: date | None = None, repo: str | None = None) -> Iterator[RawLine]:
        """Objects are small (one run each) and many: fetch a bounded window of them in parallel, in key order."""
        self.client  # noqa: B018 - create the client once, before the threads share it
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="secops-s3") as pool:
            window: deque[tuple[str, Future[bytes]]] = deque()
            keys = self.keys(since, repo)
            for key in keys:
                window.append((key, pool.submit(self._fetch, key)))
                if len(window) >= 2 * self.concurrency:
                    yield from self._split(*window.popleft())
            while window:
                yield from self._split(*window.popleft())

    def _split(self, key: str, body: Future[bytes]) -> Iterator[RawLine]:
        where = f"s3://{self.bucket}/{key}"
        for number, data in enumerate(body.result().splitlines(), 1):
            yield RawLine(where, number, data)

    def _explain(self, exc: Exception, action: str, grant: str, where: str | None = None) -> HistoryError:
        """Turn a botocore failure into an error that says what to fix."""
        code = ""
        response = getattr(exc, "response", None)
        if isinstance(response, dict):
            code = str(response.get("Error", {}).get("Code", ""))
        name = type(exc).__name__
        target = where or self.location
        needed = grant.format(bucket=self.bucket, prefix=self._key_prefix())
        if code in _DENIED:
            return HistoryError(
                f"access denied when trying to {action} {target} ({code})",
                where=target,
                hint=f"grant the role or user {needed}, or use a local --history DIR",
            )
        if code == "NoSuchBucket":
            return HistoryError(
                f"the bucket {self.bucket} does not exist",
                where=target,
                hint="create it (aws s3 mb s3://BUCKET) or fix the --history URL",
            )
        if name in ("NoCredentialsError", "PartialCredentialsError", "NoRegionError"):
            return HistoryError(
                f"no usable AWS credentials or region to {action} {target}",
                where=target,
                hint="set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY and AWS_REGION, "
                "or run where an instance/OIDC role is available",
            )
        if name in ("EndpointConnectionError", "ConnectTimeoutError", "ReadTimeoutError", "ConnectionClosedError"):
            return HistoryError(
                f"cannot reach S3 to {action} {target}: {exc}",
                where=target,
                hint="check the network, proxy and AWS_REGION",
            )
        return HistoryError(
            f"S3 refused to {action} {target}: {code or name}: {exc}",
            where=target,
            hint=f"check the bucket policy and that the role has {needed}",
        )
