"""A small GitHub REST client on httpx: pagination, bounded rate-limit retries, errors that say what to do."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from secops import __version__
from secops.errors import SecopsError

DEFAULT_API_URL = "https://api.github.com"
API_VERSION = "2022-11-28"
WRITE_ROLES = frozenset({"admin", "maintain", "write"})
_MAX_PAGES = 100


class GitHubError(SecopsError):
    """The GitHub API refused or failed a request (exit 2: the token, repository or workflow needs fixing)."""

    def __init__(self, message: str, *, status: int = 0, where: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, where=where, hint=hint)
        self.status = status


class GitHubPermissionError(GitHubError):
    """403/401: the token may not do this (fork PRs get a read-only GITHUB_TOKEN)."""


class GitHubNotFoundError(GitHubError):
    """404: no such repository, pull request or comment, or the token cannot see it."""


class GitHubValidationError(GitHubError):
    """422: GitHub understood the request and rejected its content."""


class GitHubRateLimitError(GitHubError):
    """Still rate limited after the bounded retries, or the reset is further away than we wait."""


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 3  # per request, for rate limits, 5xx and connection failures
    max_wait: float = 60.0  # seconds: a longer Retry-After / reset fails fast instead of stalling the job


_HINTS = {
    401: "the token is missing, malformed or expired: pass `token: ${{ github.token }}` (or set GITHUB_TOKEN)",
    403: "the token lacks a permission: grant it in the workflow's `permissions:` (pull-requests: write for "
    "comments, security-events: read for code scanning alerts); a fork PR's GITHUB_TOKEN is always read-only",
    404: "check the repository (GITHUB_REPOSITORY), the pull request number and that the token can see them; "
    "a private repository needs `contents: read`",
    422: "GitHub rejected the content of the request; see its message",
}


def _is_rate_limited(response: httpx.Response) -> bool:
    if response.status_code == 429:
        return True
    if response.status_code != 403:
        return False
    return "retry-after" in response.headers or response.headers.get("x-ratelimit-remaining") == "0"


def _message(response: httpx.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.text.strip()[:300] or response.reason_phrase
    if not isinstance(data, dict):
        return response.reason_phrase
    text = str(data.get("message", response.reason_phrase))
    errors = data.get("errors")
    if isinstance(errors, list) and errors:
        details = [e.get("message") or e.get("code") or str(e) if isinstance(e, dict) else str(e) for e in errors]
        text += " (" + "; ".join(str(d) for d in details[:5]) + ")"
    return text


def next_link(header: str | None) -> str | None:
    """The rel="next" URL of a Link header, if any."""
    for part in (header or "").split(","):
        pieces = part.split(";")
        if len(pieces) < 2:
            continue
        url = pieces[0].strip().removeprefix("<").removesuffix(">")
        if any(p.strip().replace(" ", "") in ('rel="next"', "rel=next") for p in pieces[1:]):
            return url
    return None


class GitHubClient:
    """The GitHub REST calls secops makes, nothing else. Use as a context manager."""

    def __init__(
        self,
        token: str,
        api_url: str = DEFAULT_API_URL,
        *,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.api_url = api_url.rstrip("/")
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._clock = clock
        self._origin = urlsplit(self.api_url)[:2]
        self._http = httpx.Client(
            base_url=self.api_url + "/",
            headers={
                "Accept": "application/vnd.github+json",
                "Authorization": f"Bearer {token}",
                "X-GitHub-Api-Version": API_VERSION,
                "User-Agent": f"secops/{__version__}",
            },
            timeout=timeout,
            transport=transport,
            follow_redirects=False,
        )

    def __enter__(self) -> GitHubClient:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # -- transport ---------------------------------------------------------------------------------------------

    def _wait_for(self, response: httpx.Response | None, attempt: int) -> float:
        if response is not None and (after := response.headers.get("retry-after", "").strip()).isdigit():
            return float(after)
        if response is not None and (reset := response.headers.get("x-ratelimit-reset", "").strip()).isdigit():
            return max(0.0, float(reset) - self._clock()) + 1.0
        return float(2**attempt)

    def request(self, method: str, path: str, *, params: dict[str, Any] | None = None, json: Any = None) -> Any:
        """One API call with bounded retries; returns the decoded JSON (None for an empty body)."""
        response = self._send(method, path, params, json)
        return response.json() if response.content else None

    def _send(self, method: str, path: str, params: dict[str, Any] | None, json: Any) -> httpx.Response:
        what = f"{method} /{urlsplit(path).path.lstrip('/')}"
        for attempt in range(self.retry.max_retries + 1):
            last = attempt == self.retry.max_retries
            try:
                response = self._http.request(method, path.lstrip("/"), params=params, json=json)
            except httpx.TransportError as exc:
                if last:
                    raise GitHubError(
                        f"cannot reach the GitHub API at {self.api_url}: {exc}",
                        where=what,
                        hint="check GITHUB_API_URL and the runner's network",
                    ) from exc
                self._sleep(self._wait_for(None, attempt))
                continue
            limited = _is_rate_limited(response)
            if not limited and response.status_code < 500:
                if response.is_success:
                    return response
                raise self._error(response, what)
            wait = self._wait_for(response, attempt)
            if last or wait > self.retry.max_wait:
                if limited:
                    raise GitHubRateLimitError(
                        f"GitHub rate limit: {_message(response)} (retry in {wait:.0f}s; this run waits at most "
                        f"{self.retry.max_wait:.0f}s and {self.retry.max_retries} times)",
                        status=response.status_code,
                        where=what,
                        hint="re-run the job later, or use a token with a higher rate limit",
                    )
                raise self._error(response, what)
            self._sleep(wait)
        raise AssertionError("unreachable: the retry loop always returns or raises")  # pragma: no cover

    @staticmethod
    def _error(response: httpx.Response, what: str) -> GitHubError:
        status = response.status_code
        kind: type[GitHubError] = {
            401: GitHubPermissionError,
            403: GitHubPermissionError,
            404: GitHubNotFoundError,
            422: GitHubValidationError,
        }.get(status, GitHubError)
        text = f"GitHub answered {status} {response.reason_phrase}: {_message(response)}"
        return kind(text, status=status, where=what, hint=_HINTS.get(status, "see GitHub's message"))

    def paginate(self, path: str, params: dict[str, Any] | None = None) -> Iterator[Any]:
        """Every item of a list endpoint, following Link rel="next" (same origin only, so the token stays home)."""
        url: str | None = path
        query: dict[str, Any] | None = {"per_page": 100, **(params or {})}
        for _page in range(_MAX_PAGES):
            if url is None:
                return
            response = self._send("GET", url, query, None)
            data = response.json()
            yield from data if isinstance(data, list) else []
            url = next_link(response.headers.get("link"))
            if url is not None and urlsplit(url)[:2] != self._origin:
                raise GitHubError(f"refusing to follow a pagination link to another host: {url}")
            if url is not None and url.startswith(self.api_url + "/"):
                url = url[len(self.api_url) + 1 :]
            query = None  # the next link carries its own query

    # -- endpoints ---------------------------------------------------------------------------------------------

    def pull_request_files(self, repo: str, number: int) -> list[dict[str, Any]]:
        return list(self.paginate(f"repos/{repo}/pulls/{number}/files"))

    def issue_comments(self, repo: str, number: int) -> list[dict[str, Any]]:
        return list(self.paginate(f"repos/{repo}/issues/{number}/comments"))

    def create_issue_comment(self, repo: str, number: int, body: str) -> dict[str, Any]:
        return dict(self.request("POST", f"repos/{repo}/issues/{number}/comments", json={"body": body}))

    def update_issue_comment(self, repo: str, comment_id: int, body: str) -> dict[str, Any]:
        return dict(self.request("PATCH", f"repos/{repo}/issues/comments/{comment_id}", json={"body": body}))

    def review_comments(self, repo: str, number: int) -> list[dict[str, Any]]:
        return list(self.paginate(f"repos/{repo}/pulls/{number}/comments"))

    def review_comment(self, repo: str, comment_id: int) -> dict[str, Any]:
        return dict(self.request("GET", f"repos/{repo}/pulls/comments/{comment_id}"))

    def create_review(
        self, repo: str, number: int, commit_id: str, body: str, comments: list[dict[str, Any]]
    ) -> dict[str, Any]:
        payload = {"commit_id": commit_id, "body": body, "event": "COMMENT", "comments": comments}
        return dict(self.request("POST", f"repos/{repo}/pulls/{number}/reviews", json=payload))

    def reply_to_review_comment(self, repo: str, number: int, comment_id: int, body: str) -> dict[str, Any]:
        path = f"repos/{repo}/pulls/{number}/comments/{comment_id}/replies"
        return dict(self.request("POST", path, json={"body": body}))

    def collaborator_role(self, repo: str, user: str) -> str:
        """admin | maintain | write | triage | read | none (role_name, else the legacy `permission`)."""
        data = self.request("GET", f"repos/{repo}/collaborators/{quote(user, safe='')}/permission")
        data = data if isinstance(data, dict) else {}
        return str(data.get("role_name") or data.get("permission") or "none")

    def code_scanning_alerts(self, repo: str, *, state: str, tool_name: str) -> list[dict[str, Any]]:
        params = {"state": state, "tool_name": tool_name}
        return list(self.paginate(f"repos/{repo}/code-scanning/alerts", params))
