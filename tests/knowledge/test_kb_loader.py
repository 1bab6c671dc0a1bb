from __future__ import annotations

from pathlib import Path

import pytest

from secops.errors import ConfigError, KnowledgeError
from secops.knowledge.loader import load_corpus, parse_standard

GOOD_FRONT = """---
id: SEC-T
title: Test Standard
version: 1.0.0
owner: me@example.com
status: active
applies_to:
  languages: [Python, JS]
  cwe: [CWE-1]
  tags: [t]
updated: 2026-01-01
---
"""


def write(tmp_path: Path, text: str, name: str = "t.md") -> Path:
    path = tmp_path / "standards" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_fixture_corpus_is_chunked_by_clause(assets: Path) -> None:
    corpus = load_corpus(assets / "kb")
    ids = [clause.clause_id for clause in corpus.clauses]
    assert ids == [
        "SEC-CRYPTO-1", "SEC-CRYPTO-2", "SEC-CRYPTO-3", "SEC-CRYPTO-4",
        "SEC-INJ-1", "SEC-INJ-2", "SEC-INJ-3",
        "SEC-PY-1", "SEC-PY-2",
        "SEC-SECRETS-1", "SEC-SECRETS-2",
    ]  # fmt: skip
    clause = corpus.get("sec-crypto-4")
    assert clause is not None
    assert clause.doc_id == "SEC-CRYPTO"
    assert clause.title == "Always verify TLS certificates"
    assert clause.standard_title == "Cryptography Standard"
    assert clause.path == "standards/cryptography.md"
    assert clause.line == 44
    assert clause.version == "1.2.0"
    assert clause.languages == ("python", "java", "go")
    assert clause.cwes == ("CWE-295",)  # the CWE the clause names, not the whole standard's list
    assert "verify=False" in clause.text
    assert not clause.text.startswith("##")
    assert clause.where == "standards/cryptography.md:44"


def test_clause_without_cwe_falls_back_to_the_standard(assets: Path) -> None:
    corpus = load_corpus(assets / "kb")
    clause = corpus.get("SEC-SECRETS-2")
    assert clause is not None
    assert clause.cwes == ("CWE-798",)
    assert clause.languages == ()  # applies to every language


def test_corpus_version_is_a_content_hash(kb_dir: Path) -> None:
    first = load_corpus(kb_dir).version
    assert load_corpus(kb_dir).version == first
    path = kb_dir / "standards" / "secrets.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    assert load_corpus(kb_dir).version != first


def test_headings_inside_code_blocks_are_not_clauses(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        GOOD_FRONT + "# T\n\n## SEC-T-1: One\n\nText.\n\n```markdown\n## SEC-T-9: not a clause\n```\n\n"
        "## Notes\n\nNot part of a clause.\n\n## SEC-T-2 - Two\n\nMore.\n",
    )
    standard = parse_standard(path, tmp_path)
    assert [c.clause_id for c in standard.clauses] == ["SEC-T-1", "SEC-T-2"]
    assert "SEC-T-9" in standard.clauses[0].text
    assert "Not part" not in standard.clauses[0].text
    assert standard.clauses[0].languages == ("python", "javascript")


@pytest.mark.parametrize(
    ("front", "line", "words"),
    [
        (GOOD_FRONT.replace("title: Test Standard\n", ""), 2, ["title", "Field required"]),
        (GOOD_FRONT.replace("status: active", "status: bogus"), 6, ["status"]),
        (GOOD_FRONT.replace("id: SEC-T", "id: T-1"), 2, ["id"]),
        (GOOD_FRONT.replace("  tags: [t]", "  tags: [t]\n  colour: red"), 11, ["applies_to.colour", "unknown key"]),
        (GOOD_FRONT.replace("updated: 2026-01-01", "updated: someday"), 11, ["updated"]),
        (GOOD_FRONT.replace("version: 1.0.0", "version: 1.0"), 4, ["version"]),
        (GOOD_FRONT.replace("owner: me@example.com", "owner: [unclosed"), 6, ["not valid YAML"]),
    ],
)
def test_malformed_front_matter_names_file_line_and_key(
    tmp_path: Path, front: str, line: int, words: list[str]
) -> None:
    path = write(tmp_path, front + "## SEC-T-1: One\n\nText.\n")
    with pytest.raises(ConfigError) as caught:
        parse_standard(path, tmp_path)
    error = caught.value
    assert error.where is not None and error.where.endswith(f"t.md:{line}")
    assert error.hint
    for word in words:
        assert word in error.message


def test_missing_or_unclosed_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "# No front matter\n\n## SEC-T-1: One\n")
    with pytest.raises(ConfigError, match="no YAML front matter") as caught:
        parse_standard(path, tmp_path)
    assert caught.value.where is not None and caught.value.where.endswith("t.md:1")
    path = write(tmp_path, "---\nid: SEC-T\n\n## SEC-T-1: One\n")
    with pytest.raises(ConfigError, match="never closed"):
        parse_standard(path, tmp_path)


def test_duplicate_clause_ids_across_files_are_refused(tmp_path: Path) -> None:
    write(tmp_path, GOOD_FRONT + "## SEC-T-1: One\n\nText.\n", "a.md")
    write(tmp_path, GOOD_FRONT + "## SEC-T-1: Again\n\nText.\n", "b.md")
    with pytest.raises(ConfigError, match="defined twice") as caught:
        load_corpus(tmp_path)
    assert caught.value.where is not None and caught.value.where.endswith("b.md:13")


def test_empty_or_missing_knowledge_base(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="does not exist"):
        load_corpus(tmp_path / "nope")
    (tmp_path / "standards").mkdir()
    with pytest.raises(KnowledgeError, match="no clauses"):
        load_corpus(tmp_path)
