from __future__ import annotations

from pathlib import Path

from secops.knowledge.lint import Problem, lint


def codes(problems: list[Problem]) -> set[str]:
    return {problem.code for problem in problems}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_fixture_knowledge_base_is_clean(kb_dir: Path, rules_dir: Path) -> None:
    assert lint(kb_dir, rules_dir) == []


def test_structure_problems(kb_dir: Path, rules_dir: Path) -> None:
    crypto = kb_dir / "standards" / "cryptography.md"
    edit(crypto, "## SEC-CRYPTO-3:", "## SEC-CRYPTO-5:")  # numbering gap
    edit(crypto, "## SEC-CRYPTO-4:", "## SEC-CRYPTO-1:")  # duplicate
    edit(crypto, "**Related:** SEC-CRYPTO-2", "**Related:** SEC-CRYPTO-2, SEC-CRYPTO-99")
    secrets = kb_dir / "standards" / "secrets.md"
    edit(secrets, "## SEC-SECRETS-2:", "## SEC-SECRET 2:")  # malformed clause heading
    edit(secrets, "## SEC-SECRETS-1:", "## SEC-INJ-4:")  # wrong prefix
    problems = lint(kb_dir, rules_dir)
    by_code: dict[str, Problem] = {}
    for problem in problems:  # sorted by path and line: the first of each code wins
        by_code.setdefault(problem.code, problem)
    assert by_code["numbering"].line == 37
    assert by_code["numbering"].message == "expected SEC-CRYPTO-3, found SEC-CRYPTO-5"
    assert by_code["duplicate-clause"].line == 44
    assert "SEC-CRYPTO-99" in by_code["dangling-reference"].message
    assert by_code["dangling-reference"].path.endswith("cryptography.md")
    assert by_code["dangling-reference"].line == 28
    assert by_code["bad-heading"].line == 22
    assert by_code["clause-prefix"].message == "SEC-INJ-4 is in standard SEC-SECRETS"
    # SEC-SECRETS-1 no longer exists, and injection.md mentions it
    assert any(p.code == "dangling-reference" and "SEC-SECRETS-1" in p.message for p in problems)
    assert str(by_code["numbering"]).endswith(
        "cryptography.md:37: numbering: expected SEC-CRYPTO-3, found SEC-CRYPTO-5"
    )


def test_front_matter_problems_are_all_reported(kb_dir: Path, rules_dir: Path) -> None:
    python = kb_dir / "standards" / "python.md"
    edit(python, "status: draft", "status: maybe")
    edit(python, "owner: appsec@example.com", "owners: appsec@example.com")
    problems = [p for p in lint(kb_dir, rules_dir) if p.code == "front-matter"]
    assert sorted((p.line, p.message.split(":")[0]) for p in problems) == [
        (2, "key 'owner'"),
        (5, "key 'owners'"),
        (6, "key 'status'"),
    ]
    # the clauses of a standard with bad front matter still count: no dangling references
    assert not [p for p in lint(kb_dir, rules_dir) if p.code == "dangling-reference"]


def test_catalogs_eval_and_rules_must_cite_existing_clauses(kb_dir: Path, rules_dir: Path) -> None:
    edit(kb_dir / "approved.yaml", "clause: SEC-INJ-2", "clause: SEC-INJ-7")
    edit(kb_dir / "exceptions.yaml", "clause: SEC-CRYPTO-4", "clause: SEC-CRYPTO-8")
    edit(kb_dir / "eval" / "questions.yaml", "expected: [SEC-PY-2]", "expected: [SEC-PY-3]")
    edit(kb_dir / "eval" / "answers.yaml", "cites: [SEC-INJ-1]", "cites: [SEC-INJ-6]")
    edit(rules_dir / "python" / "sql.yaml", "standard: SEC-INJ-1", "standard: SEC-INJ-0")
    problems = {(p.code, Path(p.path).name, p.line) for p in lint(kb_dir, rules_dir)}
    assert problems == {
        ("approved-clause", "approved.yaml", 11),
        ("exception-clause", "exceptions.yaml", 15),
        ("eval-clause", "questions.yaml", 20),
        ("eval-clause", "answers.yaml", 3),
        ("rule-standard", "sql.yaml", 8),
    }


def test_schema_problems_in_catalogs_and_questions(kb_dir: Path, rules_dir: Path) -> None:
    edit(kb_dir / "approved.yaml", "    fits: [xss]\n", "    fits: [xss]\n    extra: 1\n")
    edit(kb_dir / "exceptions.yaml", "expires: 2030-12-31", "expires: soon")
    edit(kb_dir / "eval" / "questions.yaml", "- q: minimum RSA key length\n", "- question: minimum RSA key length\n")
    problems = {(p.code, p.line) for p in lint(kb_dir, rules_dir)}
    assert problems == {("approved-schema", 7), ("exception-schema", 13), ("eval-schema", 11)}
