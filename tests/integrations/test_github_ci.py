"""`secops ci github` end to end: a real git repository, a synthetic event, a loopback fake of the GitHub API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from secops.cli import main
from tests.helpers import commit_all, make_repo, write
from tests.integrations.fake_github import BOT, TOKEN, FakeGitHub, PullRequest, pr_files_from_git

pytestmark = [pytest.mark.semgrep, pytest.mark.slow]
ASSET_RULES = Path(__file__).resolve().parent.parent / "assets" / "rules"
NUMBER = 7

BASE_APP = '''"""A small service."""

import json


def parse(text):
    return json.loads(text)


def render(value):
    return str(value)
'''
PR_APP = '''"""A small service."""

import hashlib
import json

from flask import request


def parse(text):
    return json.loads(text)


def handler():
    expr = request.args.get("q")
    return eval(expr)


def render(value):
    return str(value)


def checksum(data):
    return hashlib.md5(data).hexdigest()
'''
BIG = """import hashlib


def digest(data):
    return hashlib.md5(data).hexdigest()
"""


@dataclass
class PrRepo:
    root: Path
    repo: Any
    base: str
    head: str


@pytest.fixture
def pr_repo(tmp_path: Path) -> PrRepo:
    root = tmp_path / "repo"
    repo = make_repo(root, {"app.py": BASE_APP, "README.md": "demo\n"})
    base = repo.head.commit.hexsha
    repo.git.checkout("-b", "feature")
    write(root, {"app.py": PR_APP, "big.py": BIG})
    commit_all(repo, "handler and checksum")
    return PrRepo(root, repo, base, repo.head.commit.hexsha)


@pytest.fixture
def fake(pr_repo: PrRepo) -> Iterator[FakeGitHub]:
    files = pr_files_from_git(pr_repo.root, pr_repo.base, pr_repo.head)
    for item in files:
        if item["filename"] == "big.py":
            item.pop("patch")  # GitHub omits the patch of very large diffs: nothing there is commentable
    with FakeGitHub(page_size=1) as server:  # one file per page: pagination is exercised
        server.pulls[NUMBER] = PullRequest(NUMBER, pr_repo.head, files)
        yield server


def _event(tmp: Path, pr: PrRepo, fork: bool = False, **extra: Any) -> Path:
    head_repo = "mallory/app" if fork else "acme/app"
    pull = {
        "number": NUMBER,
        "head": {"sha": pr.head, "ref": "feature", "repo": {"full_name": head_repo}},
        "base": {"sha": pr.base, "ref": "main", "repo": {"full_name": "acme/app"}},
    }
    path = tmp / f"event-{len(list(tmp.glob('event-*')))}.json"
    path.write_text(json.dumps({"action": "synchronize", "number": NUMBER, "pull_request": pull, **extra}))
    return path


@dataclass
class Run:
    code: int
    stdout: str
    outputs: dict[str, str]
    summary: str


def _outputs(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    lines = path.read_text().splitlines() if path.exists() else []
    i = 0
    while i < len(lines):
        name, _, delimiter = lines[i].partition("<<")
        end = lines.index(delimiter, i + 1)
        values[name] = "\n".join(lines[i + 1 : end])
        i = end + 1
    return values


def run_ci(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    pr: PrRepo,
    fake: FakeGitHub,
    event: Path,
    event_name: str = "pull_request",
    *args: str,
) -> Run:
    state = event.parent / "runner"
    state.mkdir(exist_ok=True)
    for name in ("output", "summary"):
        (state / name).unlink(missing_ok=True)
    env = {
        "GITHUB_EVENT_PATH": str(event), "GITHUB_EVENT_NAME": event_name, "GITHUB_REPOSITORY": "acme/app",
        "GITHUB_SHA": pr.head, "GITHUB_REF": f"refs/pull/{NUMBER}/merge", "GITHUB_BASE_REF": "main",
        "GITHUB_TOKEN": TOKEN, "GITHUB_API_URL": fake.url, "GITHUB_OUTPUT": str(state / "output"),
        "GITHUB_STEP_SUMMARY": str(state / "summary"), "GITHUB_WORKSPACE": str(pr.root), "GITHUB_RUN_ID": "42",
        "SECOPS_RULES_DIR": str(ASSET_RULES),
    }  # fmt: skip
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(pr.root)
    capsys.readouterr()
    code = main(["ci", "github", "--no-standards", *args])
    summary = (state / "summary").read_text() if (state / "summary").exists() else ""
    return Run(code, capsys.readouterr().out, _outputs(state / "output"), summary)


def _push(pr: PrRepo, fake: FakeGitHub, files: dict[str, str | bytes], message: str) -> None:
    write(pr.root, files)
    commit_all(pr.repo, message)
    pr.head = pr.repo.head.commit.hexsha
    fake.pulls[NUMBER] = PullRequest(NUMBER, pr.head, pr_files_from_git(pr.root, pr.base, pr.head))


def test_one_summary_inline_on_diff_lines_only_and_idempotent_reruns(
    pr_repo: PrRepo, fake: FakeGitHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], sarif_schema: dict[str, Any],
) -> None:  # fmt: skip
    first = run_ci(monkeypatch, capsys, pr_repo, fake, _event(tmp_path, pr_repo))
    assert first.code == 1, first.stdout  # eval of request data is high: the gate blocks
    assert first.outputs["found"] == "3" and first.outputs["blocking"] == "1", first.outputs
    assert first.outputs["gate"] == "fail"
    assert first.outputs["sarif-ref"] == f"refs/pull/{NUMBER}/head" and first.outputs["sarif-sha"] == pr_repo.head

    [summary] = fake.summaries(NUMBER)
    assert summary["user"]["login"] == BOT
    assert "Gate ❌ failed" in summary["body"] and "outside the diff" in summary["body"]
    inline = fake.inline(NUMBER)
    allowed = fake.diff_lines(NUMBER)
    assert {(c["path"], c["line"]) for c in inline} == {("app.py", 15), ("app.py", 23)}
    assert all(c["line"] in allowed[c["path"]] for c in inline)
    assert 422 not in fake.statuses()
    eval_comment = next(c for c in inline if c["line"] == 15)
    for part in ("Blocks the merge", "**Verdict:** true_positive", "Evidence", "**Standard:** `SEC-INJ-4`", "**Fix:**"):
        assert part in eval_comment["body"]
    files_pages = [r for r in fake.log if r.path.endswith(f"/pulls/{NUMBER}/files")]
    assert len(files_pages) == 2  # two files, one per page: Link rel="next" followed

    sarif = json.loads(Path(first.outputs["sarif-file"]).read_text())
    jsonschema.validate(sarif, sarif_schema)
    results = sarif["runs"][0]["results"]
    assert all("secops fingerprint: " in r["message"]["text"] for r in results)
    assert all(r["partialFingerprints"]["secopsFingerprint/v1"] for r in results)
    assert sarif["runs"][0]["automationDetails"]["id"].startswith("secops/")
    assert "secops security scan" in first.summary and "Pull request summary" in first.summary

    second = run_ci(monkeypatch, capsys, pr_repo, fake, _event(tmp_path, pr_repo))
    assert second.code == 1
    [again] = fake.summaries(NUMBER)
    assert again["id"] == summary["id"]
    assert len(fake.inline(NUMBER)) == 2 and len(fake.reviews) == 1  # nothing repeated
    assert any(r.method == "PATCH" and r.path.endswith(f"/issues/comments/{summary['id']}") for r in fake.log)

    _push(pr_repo, fake, {"app.py": PR_APP.replace("return eval(expr)", "return json.loads(expr)")}, "fix eval")
    third = run_ci(monkeypatch, capsys, pr_repo, fake, _event(tmp_path, pr_repo))
    assert third.code == 0, third.stdout
    [final] = fake.summaries(NUMBER)
    assert "Gate ✅ passed" in final["body"]
    assert "Resolved in this PR (1)" in final["body"] and "~~`testpack.injection.code.eval-input`" in final["body"]
    assert len(fake.summaries(NUMBER)) == 1


def test_max_inline_caps_new_comments(
    pr_repo: PrRepo, fake: FakeGitHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    run = run_ci(monkeypatch, capsys, pr_repo, fake, _event(tmp_path, pr_repo), "pull_request", "--max-inline", "1")
    assert run.code == 1
    [comment] = fake.inline(NUMBER)
    assert comment["line"] == 15  # the blocking finding first
    assert "over the inline limit" in fake.summaries(NUMBER)[0]["body"]


def test_fork_pr_with_read_only_token_falls_back_to_annotations(
    pr_repo: PrRepo, fake: FakeGitHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    fake.read_only = True
    run = run_ci(monkeypatch, capsys, pr_repo, fake, _event(tmp_path, pr_repo, fork=True))
    assert run.code == 1  # the gate, not the API, decides
    assert "::error file=app.py,line=15,title=testpack.injection.code.eval-input::" in run.stdout
    assert "::warning file=app.py,line=23," in run.stdout
    assert "fork" in run.stdout and "read-only" in run.summary
    assert fake.summaries(NUMBER) == [] and fake.inline(NUMBER) == []
    assert 403 in fake.statuses()


def test_rate_limit_is_honoured_and_retried(
    pr_repo: PrRepo, fake: FakeGitHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    fake.rate_limited = 2
    run = run_ci(monkeypatch, capsys, pr_repo, fake, _event(tmp_path, pr_repo))
    assert run.code == 1
    assert fake.statuses()[:3] == [403, 403, 200]
    assert len(fake.summaries(NUMBER)) == 1 and len(fake.inline(NUMBER)) == 2


@pytest.mark.parametrize(
    ("route", "status", "note"),
    [("pull_files", 404, "Inline comments skipped: GitHub answered 404"), ("create_review", 422, "GitHub rejected")],
)
def test_404_and_422_are_explained_and_the_summary_still_posted(
    pr_repo: PrRepo, fake: FakeGitHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], route: str, status: int, note: str,
) -> None:  # fmt: skip
    fake.fail[route] = status
    run = run_ci(monkeypatch, capsys, pr_repo, fake, _event(tmp_path, pr_repo))
    assert run.code == 1
    assert note in run.summary
    [summary] = fake.summaries(NUMBER)
    assert note in summary["body"]
    assert fake.inline(NUMBER) == []


def _comment_event(tmp: Path, pr: PrRepo, comment: dict[str, Any]) -> Path:
    path = _event(tmp, pr)
    data = json.loads(path.read_text())
    path.write_text(json.dumps({**data, "action": "created", "comment": comment}))
    return path


def test_slash_fp_from_a_writer_is_recorded_and_applied_on_the_next_run(
    pr_repo: PrRepo, fake: FakeGitHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert run_ci(monkeypatch, capsys, pr_repo, fake, _event(tmp_path, pr_repo)).code == 1
    parent = next(c for c in fake.inline(NUMBER) if c["line"] == 15)
    fake.roles["alice"] = "maintain"
    reply = fake.add_review_comment(
        NUMBER, "alice", "/secops fp q is checked against an allow-list by the gateway", in_reply_to_id=parent["id"]
    )
    event = _comment_event(tmp_path, pr_repo, reply)
    recorded = run_ci(monkeypatch, capsys, pr_repo, fake, event, "pull_request_review_comment")
    assert recorded.code == 0, recorded.stdout
    assert recorded.outputs["feedback"] == "recorded"
    [summary] = fake.summaries(NUMBER)
    assert "**false positive** by @alice" in summary["body"]
    answer = fake.review_comments[-1]
    assert answer["in_reply_to_id"] == parent["id"] and "recorded" in answer["body"]

    rerun = run_ci(monkeypatch, capsys, pr_repo, fake, _event(tmp_path, pr_repo))
    assert rerun.code == 0, rerun.stdout  # the recorded verdict suppresses the blocking finding
    memory = yaml.safe_load((pr_repo.root / ".secops" / "triage.yaml").read_text())
    [entry] = memory["entries"]
    assert entry["source"] == "github" and entry["verdict"] == "false_positive"
    assert entry["rule_id"] == "testpack.injection.code.eval-input" and "@alice" in entry["author"]
    assert "Verdicts recorded in this PR applied" in rerun.summary
    assert "**false positive** by @alice" in fake.summaries(NUMBER)[0]["body"]


def test_slash_fp_from_a_reader_is_refused(
    pr_repo: PrRepo, fake: FakeGitHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert run_ci(monkeypatch, capsys, pr_repo, fake, _event(tmp_path, pr_repo)).code == 1
    parent = fake.inline(NUMBER)[0]
    before = fake.summaries(NUMBER)[0]["body"]
    reply = fake.add_review_comment(NUMBER, "bob", "/secops fp trust me, this is fine", in_reply_to_id=parent["id"])
    run = run_ci(monkeypatch, capsys, pr_repo, fake, _comment_event(tmp_path, pr_repo, reply), "issue_comment")
    assert run.code == 0 and run.outputs["feedback"] == "refused"
    assert fake.summaries(NUMBER)[0]["body"] == before
    assert "write access" in fake.issue_comments[-1]["body"]
    assert any(r.path.endswith("/collaborators/bob/permission") for r in fake.log)


def test_top_level_comment_with_a_fingerprint_records_an_accepted_risk(
    pr_repo: PrRepo, fake: FakeGitHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    first = run_ci(monkeypatch, capsys, pr_repo, fake, _event(tmp_path, pr_repo))
    sarif = json.loads(Path(first.outputs["sarif-file"]).read_text())
    md5 = next(r for r in sarif["runs"][0]["results"] if r["ruleId"].endswith("md5"))
    prefix = md5["partialFingerprints"]["secopsFingerprint/v1"][:12]
    fake.roles["carol"] = "write"
    comment = fake.add_issue_comment(NUMBER, "carol", f"/secops accept {prefix} legacy checksum, not security")
    event = _comment_event(tmp_path, pr_repo, comment)
    data = json.loads(event.read_text())
    data["issue"] = {"number": NUMBER, "pull_request": {"url": "x"}}
    del data["pull_request"]
    event.write_text(json.dumps(data))
    run = run_ci(monkeypatch, capsys, pr_repo, fake, event, "issue_comment")
    assert run.outputs["feedback"] == "recorded", run.stdout
    assert "**accepted risk** by @carol" in fake.summaries(NUMBER)[0]["body"]


def test_import_github_records_dismissed_alerts(
    pr_repo: PrRepo, fake: FakeGitHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    first = run_ci(monkeypatch, capsys, pr_repo, fake, _event(tmp_path, pr_repo))
    results = json.loads(Path(first.outputs["sarif-file"]).read_text())["runs"][0]["results"]

    def alert(number: int, result: dict[str, Any], reason: str, message: bool) -> dict[str, Any]:
        region = result["locations"][0]["physicalLocation"]
        return {
            "number": number, "state": "dismissed", "dismissed_reason": reason,
            "dismissed_comment": "input comes from our own config", "dismissed_by": {"login": "dana"},
            "rule": {"id": result["ruleId"]}, "tool": {"name": "secops"},
            "most_recent_instance": {
                "message": {"text": result["message"]["text"] if message else "no fingerprint here"},
                "location": {"path": region["artifactLocation"]["uri"], "start_line": region["region"]["startLine"]},
            },
        }  # fmt: skip

    fake.alerts = [
        alert(1, results[0], "false positive", message=True),
        alert(2, results[1], "used in tests", message=False),  # matched by rule, path and line
        alert(3, results[2], "won't fix", message=True),  # an accepted risk is not a false positive
    ]
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    monkeypatch.setenv("GITHUB_REPOSITORY", "acme/app")
    monkeypatch.setenv("GITHUB_API_URL", fake.url)
    capsys.readouterr()
    assert main(["triage", "import-github", "--root", str(pr_repo.root)]) == 0
    out = capsys.readouterr().out
    assert "2 recorded" in out and "1 other dismissal reasons" in out
    memory = yaml.safe_load((pr_repo.root / ".secops" / "triage.yaml").read_text())
    assert {e["source"] for e in memory["entries"]} == {"github"}
    assert {e["fingerprint"] for e in memory["entries"]} == {
        results[0]["partialFingerprints"]["secopsFingerprint/v1"],
        results[1]["partialFingerprints"]["secopsFingerprint/v1"],
    }
    assert all("@dana" in e["author"] and "own config" in e["reason"] for e in memory["entries"])
    request = next(r for r in fake.log if r.path.endswith("/code-scanning/alerts"))
    assert request.query["state"] == "dismissed" and request.query["tool_name"] == "secops"
    capsys.readouterr()
    assert main(["triage", "import-github", "--root", str(pr_repo.root)]) == 0
    assert "0 recorded" in capsys.readouterr().out  # idempotent
