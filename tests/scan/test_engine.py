"""The scan pipeline on real Semgrep and real git repositories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secops.commands.scan import ScanOptions, run_pipeline
from secops.errors import ConfigError, GitError, UsageError
from secops.models import SuppressionKind
from tests.helpers import VULN_PY, commit_all, make_repo, write

pytestmark = pytest.mark.semgrep


def _scan(root: Path, **kwargs: object) -> list:  # type: ignore[type-arg]
    report, _ = run_pipeline(ScanOptions(root=root, triage=False, **kwargs))  # type: ignore[arg-type]
    return list(report.triaged)


def _ids(triaged: list) -> list[tuple[str, int]]:  # type: ignore[type-arg]
    return sorted((t.finding.rule_id, t.finding.location.start_line) for t in triaged)


def test_whole_tree_finds_typed_findings_with_snippets(tmp_path: Path) -> None:
    make_repo(tmp_path, {"app.py": VULN_PY})
    found = _scan(tmp_path)
    assert _ids(found) == [("testpack.crypto.weak-hash.md5", 11), ("testpack.injection.code.eval-input", 7)]
    evaluated = next(t.finding for t in found if t.finding.family == "code-injection")
    assert evaluated.snippet == "    return eval(expr)"
    assert evaluated.cwe == ("CWE-95", "CWE-94")
    assert evaluated.standard == "SEC-INJ-4"
    assert evaluated.location.path == "app.py"
    assert evaluated.severity.value == "high"


def test_fingerprint_survives_moves_and_reindent_but_not_code_change(tmp_path: Path) -> None:
    make_repo(tmp_path, {"app.py": VULN_PY})
    before = {t.finding.rule_id: t.finding.fingerprint for t in _scan(tmp_path)}
    moved = "# a new header comment\n\n\n" + VULN_PY.replace("    return eval(expr)", "    return eval(  expr )")
    moved = moved.replace("def handler():", "def handler():\n    pass")
    write(tmp_path, {"app.py": moved})
    after = {t.finding.rule_id: t.finding.fingerprint for t in _scan(tmp_path)}
    assert after == before
    write(tmp_path, {"app.py": VULN_PY.replace("eval(expr)", "eval(expr + '1')")})
    changed = {t.finding.rule_id: t.finding.fingerprint for t in _scan(tmp_path)}
    assert changed["testpack.injection.code.eval-input"] != before["testpack.injection.code.eval-input"]
    assert changed["testpack.crypto.weak-hash.md5"] == before["testpack.crypto.weak-hash.md5"]


def test_identical_code_twice_gets_distinct_fingerprints(tmp_path: Path) -> None:
    make_repo(tmp_path, {"a.py": "import hashlib\nhashlib.md5(b'x')\nhashlib.md5(b'x')\n"})
    prints = [t.finding.fingerprint for t in _scan(tmp_path)]
    assert len(prints) == 2 and len(set(prints)) == 2


def test_diff_mode_reports_only_changed_lines_and_follows_renames(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, {"old.py": VULN_PY})
    repo.git.checkout("-b", "feature")
    repo.git.mv("old.py", "new.py")
    write(tmp_path, {"new.py": VULN_PY + "\n\ndef again():\n    return hashlib.md5(b'y')\n"})
    commit_all(repo, "rename and add")
    found = _scan(tmp_path, diff_base="main")
    assert _ids(found) == [("testpack.crypto.weak-hash.md5", 15)]
    assert found[0].finding.location.path == "new.py"


def test_diff_mode_errors(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r", {"a.py": "x = 1\n"})
    with pytest.raises(GitError, match="not a commit"):
        _scan(tmp_path / "r", diff_base="no-such-branch")
    with pytest.raises(GitError, match="not inside a git repository"):
        _scan(tmp_path / "plain" if (tmp_path / "plain").mkdir() is None else tmp_path, diff_base="main")
    with pytest.raises(UsageError, match="is a file"):
        from secops.scan.gitdiff import work_tree

        work_tree(Path(repo.working_tree_dir) / "a.py")


def test_diff_on_empty_repo_says_so(tmp_path: Path) -> None:
    make_repo(tmp_path)
    with pytest.raises(GitError):
        _scan(tmp_path, diff_base="HEAD")


def test_staged_scans_index_content_not_work_tree(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, {"safe.py": "x = 1\n"})
    write(tmp_path, {"app.py": VULN_PY})
    repo.git.add("app.py")
    write(tmp_path, {"app.py": "# fixed in the work tree but not staged\n"})
    found = _scan(tmp_path, staged=True)
    assert {t.finding.location.path for t in found} == {"app.py"}
    assert len(found) == 2
    assert found[0].finding.snippet  # read from the materialised index blob


def test_staged_in_first_commit_and_nothing_staged(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(tmp_path, {"app.py": VULN_PY})
    repo.git.add("app.py")
    assert len(_scan(tmp_path, staged=True)) == 2
    repo.index.commit("first")
    assert _scan(tmp_path, staged=True) == []


def test_inline_suppressions_are_recorded_not_dropped(tmp_path: Path) -> None:
    code = (
        "import hashlib\n"
        "a = hashlib.md5(b'1')  # nosemgrep: testpack.crypto.weak-hash.md5\n"
        "# secops: ignore[testpack.crypto.weak-hash.md5] -- ETag of public assets, not a security use\n"
        "b = hashlib.md5(b'2')\n"
        "c = hashlib.md5(b'3')  # secops: ignore[testpack.crypto.weak-hash.md5]\n"
        "d = hashlib.md5(b'4')  # nosemgrep: some.other.rule\n"
    )
    make_repo(tmp_path, {"a.py": code})
    report, _ = run_pipeline(ScanOptions(root=tmp_path, triage=False))
    by_line = {t.finding.location.start_line: t.finding for t in report.triaged}
    assert len(by_line) == 4
    assert by_line[2].suppression and by_line[2].suppression.kind is SuppressionKind.INLINE
    assert by_line[4].suppression and "ETag" in by_line[4].suppression.justification
    assert by_line[5].suppression is None and by_line[6].suppression is None
    bare = [w for w in report.scan.warnings if w.code == "bare-ignore"]
    assert [(w.path, w.line) for w in bare] == [("a.py", 5)]


def test_policy_exception_and_expiry(tmp_path: Path) -> None:
    policy = """
exceptions:
  - id: EXC-1
    rule: "testpack.crypto.*"
    paths: ["legacy/**"]
    reason: "legacy checksums pending migration"
    owner: platform@example.com
    expires: 2999-01-01
  - id: EXC-OLD
    rule: "testpack.crypto.*"
    paths: ["old/**"]
    reason: "expired exception for old code"
    owner: platform@example.com
    expires: 2020-01-01
"""
    make_repo(tmp_path, {"legacy/a.py": VULN_PY, "old/a.py": VULN_PY, ".secops.yaml": policy})
    report, _ = run_pipeline(ScanOptions(root=tmp_path, triage=False))
    md5 = {t.finding.location.path: t.finding for t in report.triaged if "md5" in t.finding.rule_id}
    suppression = md5["legacy/a.py"].suppression
    assert suppression is not None and suppression.kind is SuppressionKind.POLICY
    assert suppression.who == "platform@example.com" and suppression.reference == "EXC-1"
    assert md5["old/a.py"].suppression is None
    assert any(w.code == "expired-exception" and "EXC-OLD" in w.message for w in report.scan.warnings)


def test_baseline_round_trip(tmp_path: Path) -> None:
    from secops.commands.scan import run_baseline_create

    make_repo(tmp_path, {"app.py": VULN_PY})
    baseline = tmp_path / ".secops" / "baseline.json"
    run_baseline_create(ScanOptions(root=tmp_path, triage=False), baseline)
    document = json.loads(baseline.read_text())
    assert document["version"] == 1 and len(document["findings"]) == 2
    write(tmp_path, {"app.py": "# new line on top\n" + VULN_PY + "\nhashlib.md5(b'new')\n"})
    report, _ = run_pipeline(ScanOptions(root=tmp_path, baseline=baseline, triage=False))
    active = [t.finding for t in report.triaged if t.active]
    assert [f.snippet for f in active] == ["hashlib.md5(b'new')"]
    assert all(t.finding.suppression.kind is SuppressionKind.BASELINE for t in report.triaged if not t.active)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"version": 99, "findings": []}', "version 99"),
        ('{"version": 1}', "no `findings`"),
    ],
)
def test_malformed_baseline(tmp_path: Path, content: str, message: str) -> None:
    make_repo(tmp_path, {"app.py": VULN_PY})
    bad = tmp_path / "b.json"
    bad.write_text(content)
    with pytest.raises(ConfigError, match=message):
        run_pipeline(ScanOptions(root=tmp_path, baseline=bad, triage=False))


def test_bad_files_are_skipped_with_warnings(tmp_path: Path) -> None:
    outside = tmp_path / "outside.py"
    outside.write_text(VULN_PY)
    make_repo(
        tmp_path / "repo",
        {
            "bin.py": b"\x00\x01binary" + VULN_PY.encode(),
            "latin.py": "# caf\xe9\n".encode("latin-1") + VULN_PY.encode(),
            "huge.py": "x = 1\n" * 300_000,
            "ok.py": VULN_PY,
        },
    )
    (tmp_path / "repo" / "link.py").symlink_to(outside)
    report, _ = run_pipeline(ScanOptions(root=tmp_path / "repo", triage=False))
    codes = {(w.code, w.path) for w in report.scan.warnings}
    assert ("binary-file", "bin.py") in codes
    assert ("file-too-large", "huge.py") in codes
    assert ("symlink-outside", "link.py") in codes
    assert ("not-utf8", "latin.py") in codes
    assert {t.finding.location.path for t in report.triaged} == {"ok.py", "latin.py"}


def test_nonexistent_and_outside_paths(tmp_path: Path) -> None:
    make_repo(tmp_path / "repo", {"a.py": "x = 1\n"})
    with pytest.raises(UsageError, match="does not exist"):
        run_pipeline(ScanOptions(paths=(tmp_path / "repo" / "nope.py",), triage=False))
    with pytest.raises(UsageError, match="outside the scanned repository"):
        run_pipeline(ScanOptions(root=tmp_path / "repo", paths=(tmp_path,), triage=False))


def test_only_languages_present_reach_semgrep(tmp_path: Path) -> None:
    make_repo(tmp_path, {"app.py": VULN_PY})
    report, _ = run_pipeline(ScanOptions(root=tmp_path, triage=False))
    assert report.scan.rules_run == 2  # the Go rule was not handed to Semgrep


def test_broken_extra_rule_file_is_a_warning(tmp_path: Path) -> None:
    make_repo(tmp_path, {"app.py": VULN_PY})
    bad = tmp_path / "extra.yaml"
    bad.write_text("rules:\n  - id: x\n    pattern: [unclosed\n")
    report, _ = run_pipeline(ScanOptions(root=tmp_path, extra_rules=(bad,), triage=False))
    assert any(w.code == "rule-file" and "extra.yaml:" in w.message for w in report.scan.warnings)
    assert len(report.triaged) == 2


def test_invalid_rule_is_reported_by_semgrep_not_swallowed(tmp_path: Path) -> None:
    make_repo(tmp_path, {"app.py": VULN_PY})
    bad = tmp_path / "extra.yaml"
    bad.write_text(
        "rules:\n  - id: broken.rule\n    languages: [python]\n    severity: ERROR\n    message: m\n"
        "    pattern: 'eval(('\n"
    )
    report, _ = run_pipeline(ScanOptions(root=tmp_path, extra_rules=(bad,), triage=False))
    assert any(w.code == "semgrep-error" for w in report.scan.warnings)
