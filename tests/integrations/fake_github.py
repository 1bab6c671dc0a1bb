"""A loopback fake of the GitHub REST endpoints secops uses, with switches for the failure modes.

It validates like GitHub where it matters to us: review comments must sit on a line of the PR diff (else 422),
a review's commit must be the PR head, list endpoints paginate with Link headers, writes need a token that may
write (`read_only` → 403 "Resource not accessible by integration"), and `rate_limited` answers 403 with
`Retry-After` / `X-RateLimit-*` headers.
"""

from __future__ import annotations

import json
import re
import subprocess
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

BOT = "github-actions[bot]"
TOKEN = "ghs_fake_token"
_LEGACY = {"admin": "admin", "maintain": "write", "write": "write", "triage": "read", "read": "read"}


@dataclass
class PullRequest:
    number: int
    head_sha: str
    files: list[dict[str, Any]]


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: Any
    status: int = 0


@dataclass
class FakeGitHub:
    repo: str = "acme/app"
    tokens: dict[str, str] = field(default_factory=lambda: {TOKEN: BOT})  # token -> login
    pulls: dict[int, PullRequest] = field(default_factory=dict)
    issue_comments: list[dict[str, Any]] = field(default_factory=list)
    review_comments: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)
    alerts: list[dict[str, Any]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # login -> role_name; unknown users are readers
    page_size: int = 100  # the most per_page the fake grants (small values exercise pagination)
    read_only: bool = False  # writes answer 403, like a fork PR's GITHUB_TOKEN
    fail: dict[str, int] = field(default_factory=dict)  # route name -> status to answer instead
    rate_limited: int = 0  # the next N requests are rate limited
    retry_after: str | None = "1"  # None: send only X-RateLimit-Reset
    log: list[Request] = field(default_factory=list)
    _next_id: int = 1000
    _server: ThreadingHTTPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # -- lifecycle -------------------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FakeGitHub:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _handle(self) -> None:
                fake._dispatch(self)

            do_GET = do_POST = do_PATCH = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()

    # -- helpers for tests -----------------------------------------------------------------------------------------

    def new_id(self) -> int:
        with self._lock:
            self._next_id += 1
            return self._next_id

    def user(self, login: str) -> dict[str, Any]:
        return {"login": login, "type": "Bot" if login.endswith("[bot]") else "User"}

    def add_issue_comment(self, number: int, login: str, body: str) -> dict[str, Any]:
        comment = {
            "id": self.new_id(),
            "issue": number,
            "body": body,
            "user": self.user(login),
            "html_url": f"https://github.test/{self.repo}/pull/{number}#issuecomment-{self._next_id}",
        }
        self.issue_comments.append(comment)
        return comment

    def add_review_comment(self, number: int, login: str, body: str, **extra: Any) -> dict[str, Any]:
        comment = {
            "id": self.new_id(),
            "pull": number,
            "body": body,
            "user": self.user(login),
            "html_url": f"https://github.test/{self.repo}/pull/{number}#discussion_r{self._next_id}",
            "in_reply_to_id": None,
            "path": None,
            "line": None,
            "side": "RIGHT",
            **extra,
        }
        self.review_comments.append(comment)
        return comment

    def summaries(self, number: int) -> list[dict[str, Any]]:
        return [c for c in self.issue_comments if c["issue"] == number and c["body"].startswith("<!-- secops:")]

    def inline(self, number: int) -> list[dict[str, Any]]:
        return [c for c in self.review_comments if c["pull"] == number and c["in_reply_to_id"] is None]

    def statuses(self) -> list[int]:
        return [r.status for r in self.log]

    def diff_lines(self, number: int) -> dict[str, set[int]]:
        """GitHub's rule, independently of secops: a review comment may sit on an added or context line."""
        result: dict[str, set[int]] = {}
        for item in self.pulls[number].files:
            right = result.setdefault(item["filename"], set())
            line = 0
            for text in (item.get("patch") or "").split("\n"):
                hunk = re.match(r"@@ -\S+ \+(\d+)", text)
                if hunk:
                    line = int(hunk.group(1))
                elif text.startswith("-") or text.startswith("\\"):
                    continue
                elif line:
                    right.add(line)
                    line += 1
        return result

    # -- HTTP ------------------------------------------------------------------------------------------------------

    def _dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        body = json.loads(raw) if raw else None
        request = Request(handler.command, parts.path, query, body)
        self.log.append(request)
        status, payload, headers = self._answer(request, handler.headers.get("Authorization", ""))
        request.status = status
        data = json.dumps(payload).encode() if payload is not None else b""
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(data)

    def _answer(self, req: Request, auth: str) -> tuple[int, Any, dict[str, str]]:
        if self.rate_limited > 0:
            self.rate_limited -= 1
            headers = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "0"}
            if self.retry_after is not None:
                headers["Retry-After"] = self.retry_after
            return 403, {"message": "API rate limit exceeded"}, headers
        login = self.tokens.get(auth.removeprefix("Bearer ").strip())
        if login is None:
            return 401, {"message": "Bad credentials"}, {}
        prefix = f"/repos/{self.repo}/"
        if not req.path.startswith(prefix):
            return 404, {"message": "Not Found"}, {}
        route, args = self._route(req.method, req.path[len(prefix) :])
        if route is None:
            return 404, {"message": "Not Found"}, {}
        if route in self.fail:
            status = self.fail[route]
            return status, {"message": {404: "Not Found", 422: "Validation Failed"}.get(status, "Failed")}, {}
        if self.read_only and req.method != "GET":
            return 403, {"message": "Resource not accessible by integration"}, {}
        answer: tuple[int, Any, dict[str, str]] = getattr(self, f"_{route}")(req, login, *args)
        return answer

    _ROUTES = (
        ("GET", r"pulls/(\d+)/files", "pull_files"),
        ("GET", r"issues/(\d+)/comments", "list_issue_comments"),
        ("POST", r"issues/(\d+)/comments", "create_issue_comment"),
        ("PATCH", r"issues/comments/(\d+)", "update_issue_comment"),
        ("GET", r"pulls/(\d+)/comments", "list_review_comments"),
        ("GET", r"pulls/comments/(\d+)", "get_review_comment"),
        ("POST", r"pulls/(\d+)/reviews", "create_review"),
        ("POST", r"pulls/(\d+)/comments/(\d+)/replies", "reply"),
        ("GET", r"collaborators/([^/]+)/permission", "permission"),
        ("GET", r"code-scanning/alerts", "alerts"),
    )

    def _route(self, method: str, rest: str) -> tuple[str | None, tuple[str, ...]]:
        for verb, pattern, name in self._ROUTES:
            match = re.fullmatch(pattern, rest)
            if verb == method and match:
                return name, match.groups()
        return None, ()

    def _page(self, req: Request, items: list[Any]) -> tuple[int, Any, dict[str, str]]:
        per_page = min(int(req.query.get("per_page", 30)), self.page_size)
        page = int(req.query.get("page", 1))
        chunk = items[(page - 1) * per_page : page * per_page]
        headers = {}
        if page * per_page < len(items):
            query = {**req.query, "per_page": str(per_page), "page": str(page + 1)}
            headers["Link"] = f'<{self.url}{req.path}?{urlencode(query)}>; rel="next"'
        return 200, chunk, headers

    def _pull(self, number: str) -> PullRequest | None:
        return self.pulls.get(int(number))

    def _pull_files(self, req: Request, login: str, number: str) -> tuple[int, Any, dict[str, str]]:
        pull = self._pull(number)
        return self._page(req, pull.files) if pull else (404, {"message": "Not Found"}, {})

    def _list_issue_comments(self, req: Request, login: str, number: str) -> tuple[int, Any, dict[str, str]]:
        return self._page(req, [c for c in self.issue_comments if c["issue"] == int(number)])

    def _create_issue_comment(self, req: Request, login: str, number: str) -> tuple[int, Any, dict[str, str]]:
        body = (req.body or {}).get("body", "")
        if not body or len(body) > 65536:
            return 422, {"message": "Validation Failed", "errors": [{"message": "body is too long"}]}, {}
        return 201, self.add_issue_comment(int(number), login, body), {}

    def _update_issue_comment(self, req: Request, login: str, comment_id: str) -> tuple[int, Any, dict[str, str]]:
        comment = next((c for c in self.issue_comments if c["id"] == int(comment_id)), None)
        if comment is None:
            return 404, {"message": "Not Found"}, {}
        body = (req.body or {}).get("body", "")
        if not body or len(body) > 65536:
            return 422, {"message": "Validation Failed", "errors": [{"message": "body is too long"}]}, {}
        comment["body"] = body
        return 200, comment, {}

    def _list_review_comments(self, req: Request, login: str, number: str) -> tuple[int, Any, dict[str, str]]:
        return self._page(req, [c for c in self.review_comments if c["pull"] == int(number)])

    def _get_review_comment(self, req: Request, login: str, comment_id: str) -> tuple[int, Any, dict[str, str]]:
        comment = next((c for c in self.review_comments if c["id"] == int(comment_id)), None)
        return (200, comment, {}) if comment else (404, {"message": "Not Found"}, {})

    def _create_review(self, req: Request, login: str, number: str) -> tuple[int, Any, dict[str, str]]:
        pull = self._pull(number)
        if pull is None:
            return 404, {"message": "Not Found"}, {}
        body = req.body or {}
        if body.get("commit_id") != pull.head_sha:
            return 422, {"message": "Validation Failed", "errors": ["commit_id is not part of the pull request"]}, {}
        allowed = self.diff_lines(pull.number)
        for comment in body.get("comments", []):
            if comment.get("line") not in allowed.get(comment.get("path"), set()) or comment.get("side") != "RIGHT":
                return 422, {"message": "Unprocessable Entity", "errors": ["Line could not be resolved"]}, {}
        review = {"id": self.new_id(), "html_url": f"https://github.test/{self.repo}/pull/{number}#review"}
        self.reviews.append({**review, "body": body.get("body"), "event": body.get("event")})
        for comment in body.get("comments", []):
            self.add_review_comment(
                pull.number, login, comment["body"], path=comment["path"], line=comment["line"],
                pull_request_review_id=review["id"],
            )  # fmt: skip
        return 200, review, {}

    def _reply(self, req: Request, login: str, number: str, parent: str) -> tuple[int, Any, dict[str, str]]:
        if not any(c["id"] == int(parent) and c["pull"] == int(number) for c in self.review_comments):
            return 404, {"message": "Not Found"}, {}
        body = (req.body or {}).get("body", "")
        return 201, self.add_review_comment(int(number), login, body, in_reply_to_id=int(parent)), {}

    def _permission(self, req: Request, login: str, user: str) -> tuple[int, Any, dict[str, str]]:
        role = self.roles.get(user, "read")
        return 200, {"permission": _LEGACY.get(role, "none"), "role_name": role, "user": self.user(user)}, {}

    def _alerts(self, req: Request, login: str) -> tuple[int, Any, dict[str, str]]:
        items = [
            a
            for a in self.alerts
            if a.get("state") == req.query.get("state", a.get("state"))
            and a.get("tool", {}).get("name") == req.query.get("tool_name", a.get("tool", {}).get("name"))
        ]
        return self._page(req, items)


def pr_files_from_git(root: Path, base: str, head: str) -> list[dict[str, Any]]:
    """The PR files API's answer for base...head: filename, status and the hunks-only `patch`, from real git."""
    diff = subprocess.run(
        ["git", "diff", "--no-color", "--no-ext-diff", "-U3", f"{base}...{head}"],
        cwd=root, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    files = []
    for chunk in re.split(r"^diff --git ", diff, flags=re.MULTILINE)[1:]:
        lines = chunk.split("\n")
        status = "added" if "new file mode" in chunk else "removed" if "deleted file mode" in chunk else "modified"
        name = next(
            (line[6:] for line in lines if line.startswith("+++ b/")),
            next((line[6:] for line in lines if line.startswith("--- a/")), ""),
        )
        start = next((i for i, line in enumerate(lines) if line.startswith("@@")), None)
        patch = "\n".join(lines[start:]).rstrip("\n") if start is not None else None
        files.append({"filename": name, "status": status, **({"patch": patch} if patch else {})})
    return files
