"""The GitHub REST client against the loopback fake: pagination, rate limits, errors that explain themselves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from secops.integrations.github_client import (
    GitHubClient,
    GitHubError,
    GitHubNotFoundError,
    GitHubPermissionError,
    GitHubRateLimitError,
    GitHubValidationError,
    RetryPolicy,
    next_link,
)
from tests.integrations.fake_github import TOKEN, FakeGitHub, PullRequest

REPO = "acme/app"


@pytest.fixture
def fake() -> Iterator[FakeGitHub]:
    with FakeGitHub(page_size=2) as server:
        server.pulls[1] = PullRequest(
            1, "a" * 40, [{"filename": "a.py", "status": "added", "patch": "@@ -0,0 +1 @@\n+x"}]
        )
        yield server


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def test_paginates_through_link_headers(fake: FakeGitHub) -> None:
    for i in range(5):
        fake.add_issue_comment(1, "someone", f"comment {i}")
    with GitHubClient(TOKEN, fake.url) as client:
        bodies = [c["body"] for c in client.issue_comments(REPO, 1)]
    assert bodies == [f"comment {i}" for i in range(5)]
    pages = [r for r in fake.log if r.path.endswith("/issues/1/comments")]
    assert [r.query.get("page", "1") for r in pages] == ["1", "2", "3"]


def test_retry_after_is_honoured_then_succeeds(fake: FakeGitHub) -> None:
    fake.rate_limited, fake.retry_after = 2, "7"
    sleeps = Sleeps()
    with GitHubClient(TOKEN, fake.url, sleep=sleeps) as client:
        assert client.pull_request_files(REPO, 1)[0]["filename"] == "a.py"
    assert sleeps == [7.0, 7.0]


def test_ratelimit_reset_is_used_without_retry_after(fake: FakeGitHub) -> None:
    fake.rate_limited, fake.retry_after = 1, None  # X-RateLimit-Reset: 0 (already past)
    sleeps = Sleeps()
    with GitHubClient(TOKEN, fake.url, sleep=sleeps, clock=lambda: 0.0) as client:
        client.pull_request_files(REPO, 1)
    assert sleeps == [1.0]


def test_retries_are_bounded(fake: FakeGitHub) -> None:
    fake.rate_limited = 10
    sleeps = Sleeps()
    with (
        GitHubClient(TOKEN, fake.url, sleep=sleeps, retry=RetryPolicy(max_retries=2)) as client,
        pytest.raises(GitHubRateLimitError, match="rate limit"),
    ):
        client.pull_request_files(REPO, 1)
    assert len(sleeps) == 2 and fake.rate_limited == 7


def test_a_reset_beyond_the_longest_wait_fails_fast(fake: FakeGitHub) -> None:
    fake.rate_limited, fake.retry_after = 1, "3600"
    sleeps = Sleeps()
    with GitHubClient(TOKEN, fake.url, sleep=sleeps) as client, pytest.raises(GitHubRateLimitError) as info:
        client.pull_request_files(REPO, 1)
    assert sleeps == [] and "3600" in info.value.message and info.value.hint


@pytest.mark.parametrize(
    ("setup", "error", "text"),
    [
        (lambda f: f.fail.update(pull_files=404), GitHubNotFoundError, "404"),
        (lambda f: f.tokens.clear(), GitHubPermissionError, "Bad credentials"),
        (lambda f: f.fail.update(pull_files=422), GitHubValidationError, "Validation Failed"),
    ],
)
def test_errors_name_the_status_and_how_to_fix(
    fake: FakeGitHub, setup: object, error: type[GitHubError], text: str
) -> None:
    setup(fake)  # type: ignore[operator]
    with GitHubClient(TOKEN, fake.url) as client, pytest.raises(error) as info:
        client.pull_request_files(REPO, 1)
    assert (
        text in info.value.message
        and info.value.hint
        and "GET /repos/acme/app/pulls/1/files" in (info.value.where or "")
    )


def test_writes_with_a_read_only_token_are_permission_errors(fake: FakeGitHub) -> None:
    fake.read_only = True
    with GitHubClient(TOKEN, fake.url) as client, pytest.raises(GitHubPermissionError) as info:
        client.create_issue_comment(REPO, 1, "hello")
    assert "Resource not accessible by integration" in info.value.message and "fork" in (info.value.hint or "")


def test_unreachable_api_is_explained() -> None:
    with (
        GitHubClient(TOKEN, "http://127.0.0.1:9", sleep=Sleeps(), retry=RetryPolicy(max_retries=1)) as client,
        pytest.raises(GitHubError, match="cannot reach the GitHub API"),
    ):
        client.issue_comments(REPO, 1)


def test_next_link_parsing_and_foreign_hosts(fake: FakeGitHub) -> None:
    header = '<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"'
    assert next_link(header) == "https://api.github.com/x?page=2"
    assert next_link('<https://api.github.com/x?page=1>; rel="prev"') is None
    assert next_link(None) is None
    fake.add_issue_comment(1, "a", "one")
    fake.add_issue_comment(1, "a", "two")
    fake.add_issue_comment(1, "a", "three")
    with (
        GitHubClient(TOKEN, fake.url.replace("127.0.0.1", "localhost")) as client,
        pytest.raises(GitHubError, match="another host"),
    ):
        client.issue_comments(REPO, 1)  # the fake's Link points at 127.0.0.1: the token must not follow
