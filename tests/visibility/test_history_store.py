"""Run records: written by scans, stored locally or in S3, read back line by line."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from secops.errors import ConfigError, ExitCode
from secops.history.context import RunContext, append_run, detect_context, kb_version, repo_from_remote, run_record
from secops.history.interface import SCHEMA_VERSION, HistoryError
from secops.history.local import LocalStore
from secops.history.reader import Warnings, read_runs
from secops.history.s3 import S3Store
from secops.history.stores import open_store
from secops.models import Verdict
from tests.helpers import make_repo
from tests.visibility.conftest import frec, make_report, record, sample_triaged, triaged, write_history

NOW = datetime(2026, 3, 4, 10, 11, 12, tzinfo=UTC)


def test_run_record_carries_every_field(tmp_path: Path) -> None:
    report = make_report(tmp_path, sample_triaged())
    context = RunContext("acme/shop", "abc123", "main", None, "main")
    data = json.loads(run_record(report, context, now=NOW).to_json())
    assert list(data)[0] == "schema_version" and data["schema_version"] == SCHEMA_VERSION
    assert data["time"] == "2026-03-04T10:11:12Z"
    assert (data["repo"], data["commit"], data["branch"], data["pr"]) == ("acme/shop", "abc123", "main", None)
    assert data["rules_version"] == "r1" and data["kb_version"] == kb_version() and len(data["kb_version"]) == 16
    assert data["gate"] == "fail" and data["mode"] == "full"
    assert data["findings"][1] == {
        "fingerprint": "fp-fp",
        "rule": "python.injection.sql-format",
        "severity": "medium",
        "verdict": "false_positive",
        "decided_by": "llm:fake",
        "suppression": "triage",
        "path": "app/db.py",
    }
    assert data["findings"][0]["suppression"] is None


def test_kb_version_matches_the_corpus_hash() -> None:
    from secops.knowledge.loader import load_corpus
    from secops.resources import knowledge_dir

    assert kb_version() == load_corpus(knowledge_dir()).version


def test_local_store_appends_one_line_per_run_in_day_files(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "h")
    report = make_report(tmp_path, sample_triaged())
    context = RunContext("acme/shop")
    for stamp in (NOW, NOW.replace(hour=11), NOW.replace(day=5)):
        store.append(run_record(report, context, now=stamp))
    assert sorted(p.name for p in (tmp_path / "h").iterdir()) == ["2026-03-04.jsonl", "2026-03-05.jsonl"]
    runs = list(read_runs(store))
    assert [r.time.isoformat() for r in runs] == [
        "2026-03-04T10:11:12+00:00",
        "2026-03-04T11:11:12+00:00",
        "2026-03-05T10:11:12+00:00",
    ]
    assert runs[0].where.endswith("2026-03-04.jsonl:1") and runs[1].where.endswith("2026-03-04.jsonl:2")
    assert [r.where for r in read_runs(store, since=datetime(2026, 3, 5, tzinfo=UTC))][0].endswith("05.jsonl:1")
    assert list(read_runs(store, repo="other/repo")) == []


def test_corrupt_lines_are_skipped_with_file_and_line(tmp_path: Path) -> None:
    good = record("2026-01-01T00:00:00Z", [frec("a")])
    write_history(tmp_path, [good, "{not json", "[1, 2]", json.dumps({**good, "findings": "x"}), "", good])
    messages: list[str] = []
    warnings = Warnings(report=messages.append)
    runs = list(read_runs(LocalStore(tmp_path), warnings=warnings))
    assert len(runs) == 2 and warnings.count == 3
    assert messages[0].startswith(f"{tmp_path / '2026-01-01.jsonl'}:2: skipped a corrupt history line")
    assert ":3: skipped a history line: not a JSON object" in messages[1]
    assert ":4: skipped a history line: missing or malformed 'findings'" in messages[2]


def test_a_newer_schema_version_is_refused(tmp_path: Path) -> None:
    write_history(tmp_path, [record("2026-01-01T00:00:00Z", [], schema_version=2)])
    with pytest.raises(HistoryError) as caught:
        list(read_runs(LocalStore(tmp_path)))
    error = caught.value
    assert "schema_version 2" in error.message and error.where and error.where.endswith("2026-01-01.jsonl:1")
    assert error.hint and "upgrade secops" in error.hint
    assert isinstance(error, ConfigError) and error.exit_code == ExitCode.USAGE


def test_open_store_picks_the_backend(tmp_path: Path) -> None:
    assert isinstance(open_store("s3://bucket/some/prefix/"), S3Store)
    assert open_store(None, tmp_path).location == str(tmp_path / ".secops" / "history")
    assert open_store(str(tmp_path / "x")).location == str(tmp_path / "x")
    with pytest.raises(HistoryError, match="no bucket"):
        open_store("s3:///prefix")


def test_s3_store_partitions_for_athena_and_reads_back() -> None:
    moto = pytest.importorskip("moto")
    import boto3

    with moto.mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket="sec-history")
        store = S3Store("s3://sec-history/secops/runs/", client=client)
        report = make_report(Path("."), sample_triaged())
        first = store.append(run_record(report, RunContext("acme/shop"), now=NOW))
        store.append(run_record(report, RunContext("acme/other"), now=NOW.replace(day=6)))
        assert first.startswith("s3://sec-history/secops/runs/repo=acme%2Fshop/date=2026-03-04/20260304T101112Z-")
        assert first.endswith(".jsonl")
        runs = list(read_runs(store))
        assert [r.data["repo"] for r in runs] == ["acme/other", "acme/shop"]  # key order: by repository
        assert [r.data["repo"] for r in read_runs(store, repo="acme/shop")] == ["acme/shop"]
        assert list(read_runs(store, since=datetime(2026, 3, 5, tzinfo=UTC), repo="acme/shop")) == []
        assert runs[1].where.startswith("s3://sec-history/secops/runs/repo=acme%2Fshop/") and runs[1].where.endswith(
            ":1"
        )


@pytest.mark.parametrize(("operation", "call"), [("put_object", "append"), ("list_objects_v2", "read")])
def test_s3_access_denied_says_which_permission(operation: str, call: str) -> None:
    import boto3
    from botocore.stub import Stubber

    client = boto3.client("s3", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="y")
    store = S3Store("s3://locked/history", client=client)
    with Stubber(client) as stub:
        stub.add_client_error(operation, service_error_code="AccessDenied", http_status_code=403)
        with pytest.raises(HistoryError) as caught:
            if call == "append":
                store.append(run_record(make_report(Path("."), []), RunContext("acme/shop"), now=NOW))
            else:
                list(store.lines())
    error = caught.value
    assert "access denied" in error.message and error.hint
    assert ("s3:PutObject" if call == "append" else "s3:ListBucket") in error.hint
    assert "arn:aws:s3:::locked" in error.hint


def test_s3_without_boto3_explains(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "boto3", None)
    with pytest.raises(HistoryError, match="needs boto3") as caught:
        list(S3Store("s3://b/p").lines())
    assert caught.value.hint and "--history" in caught.value.hint


@pytest.mark.parametrize(
    ("url", "repo"),
    [
        ("git@github.com:acme/shop.git", "acme/shop"),
        ("https://github.com/acme/shop", "acme/shop"),
        ("https://token@github.example.com:8443/group/sub/shop.git", "group/sub/shop"),
        ("ssh://git@gitlab.com/acme/shop.git/", "acme/shop"),
    ],
)
def test_repo_from_remote(url: str, repo: str) -> None:
    assert repo_from_remote(url) == repo


def test_detect_context_from_git(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "shop", {"a.py": "x = 1\n"})
    repo.create_remote("origin", "git@github.com:acme/shop.git")
    context = detect_context(tmp_path / "shop", env={})
    assert context == RunContext("acme/shop", repo.head.commit.hexsha, "main", None, None)
    assert detect_context(tmp_path / "shop", env={"SECOPS_REPO": "team/override"}).repo == "team/override"


def test_detect_context_from_github_actions(tmp_path: Path) -> None:
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"number": 42}, "repository": {"default_branch": "trunk"}}))
    env = {
        "GITHUB_REPOSITORY": "acme/shop",
        "GITHUB_SHA": "f" * 40,
        "GITHUB_HEAD_REF": "feature/x",
        "GITHUB_REF": "refs/pull/42/merge",
        "GITHUB_EVENT_PATH": str(event),
    }
    context = detect_context(tmp_path, env=env)
    assert context == RunContext("acme/shop", "f" * 40, "feature/x", 42, "trunk")


def test_append_run_writes_under_the_scan_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECOPS_REPO", "acme/shop")
    report = make_report(tmp_path, [triaged(sample_triaged()[0].finding, Verdict.TRUE_POSITIVE)])
    where = append_run(report, str(tmp_path / "hist"))
    lines = Path(where).read_text().splitlines()
    data: dict[str, Any] = json.loads(lines[0])
    assert len(lines) == 1 and data["repo"] == "acme/shop" and data["findings"][0]["fingerprint"] == "fp-tp"


def test_unwritable_history_is_a_config_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(HistoryError) as caught:
        LocalStore(blocker / "history").append(run_record(make_report(tmp_path, []), RunContext("r"), now=NOW))
    assert caught.value.hint and "--history" in caught.value.hint


def test_s3_reads_many_objects_in_key_order_through_a_bounded_window() -> None:
    moto = pytest.importorskip("moto")
    import boto3

    with moto.mock_aws():
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket="sec-history")
        store = S3Store("s3://sec-history", client=client, concurrency=2)
        report = make_report(Path("."), sample_triaged())
        for minute in range(11):
            store.append(run_record(report, RunContext("acme/shop"), now=NOW.replace(minute=minute)))
        runs = list(read_runs(store))
    assert [r.time.minute for r in runs] == list(range(11))
