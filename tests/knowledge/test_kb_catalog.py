from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from secops.errors import ConfigError
from secops.knowledge.catalog import load_approved, load_exceptions


def test_approved_catalog(assets: Path) -> None:
    catalog = load_approved(assets / "kb" / "approved.yaml")
    sanitizer = catalog.sanitizers[0]
    assert (sanitizer.name, sanitizer.kind, sanitizer.fits, sanitizer.not_for) == (
        "html.escape",
        "encoder",
        ("xss",),
        ("sql-injection",),
    )
    assert sanitizer.note == "HTML body and quoted attributes only."
    validator = catalog.validators[0]
    assert validator.language == "python"  # "py" normalised
    assert validator.section == "validators"
    assert validator.line == 11
    assert catalog.find("shlex.quote", "command-injection", "python") is validator
    assert catalog.find("shlex.quote", "sql-injection", "python") is None
    assert catalog.find("validator.isInt", "sql-injection", "typescript") is catalog.validators[1]  # js covers ts
    assert catalog.trusted("os.environ", "python") is catalog.trusted_sources[0]
    assert catalog.trusted("os.environ", "go") is None
    assert {entry.name for entry in catalog.for_language("Python")} == {"html.escape", "shlex.quote", "os.environ"}


def test_missing_catalog_files_are_empty(tmp_path: Path) -> None:
    assert load_approved(tmp_path / "approved.yaml").entries == ()
    assert load_exceptions(tmp_path / "exceptions.yaml").exceptions == ()


def test_exceptions_catalog(assets: Path) -> None:
    catalog = load_exceptions(assets / "kb" / "exceptions.yaml")
    first, second = catalog.exceptions
    assert first.expires == date(2030, 12, 31)
    assert (first.approved_by, first.repos, first.severity, first.ticket) == (
        ("ciso@example.com",),
        ("cache-service",),
        "low",
        "SECX-1",
    )
    assert first.matches("python.crypto.weak-md5-hash", [], "services/cache/keys.py")
    assert first.matches("python.crypto.weak-md5-hash", [], "services/cache/keys.py", repo="cache-service")
    assert not first.matches("python.crypto.weak-md5-hash", [], "services/cache/keys.py", repo="other")
    assert not first.matches("python.crypto.weak-md5-hash", [], "services/api/keys.py")
    assert not first.matches("python.injection.sql", [], "services/cache/keys.py")
    assert second.cwe == "CWE-295"
    assert second.approved_by == ("ciso@example.com",)  # a single string is accepted
    assert second.paths == ()  # anywhere
    assert second.matches("any.rule", ["CWE-295: Improper Certificate Validation"], "tests/test_tls.py")
    assert second.expired(date(2026, 1, 1))
    assert catalog.active(date(2026, 1, 1)) == (first,)
    assert catalog.match("any.rule", ["CWE-295"], "tests/x.py", today=date(2026, 1, 1)) is None
    assert catalog.match("any.rule", ["CWE-295"], "tests/x.py", today=date(2020, 1, 1)) is second  # last valid day


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("sanitizers:\n  - name: x\n    language: python\n    fits: [xss]\n    clause: SEC-A-1\n    colour: red\n",
         6, ["sanitizers[0].colour", "unknown key"]),
        ("sanitizers:\n  - name: x\n    language: [python]\n    fits: []\n    clause: SEC-A-1\n", 3, ["language"]),
        ("sanitizers:\n  - name: x\n    language: python\n    fits: [xss]\n    clause: A1\n", 5, ["clause"]),
        ("sanitisers: []\n", 1, ["sanitisers", "unknown key"]),
        ("sanitizers: [\n", 2, ["not valid YAML"]),
    ],
)  # fmt: skip
def test_invalid_approved_entries_name_file_line_and_key(
    tmp_path: Path, text: str, line: int, words: list[str]
) -> None:
    path = tmp_path / "approved.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_approved(path)
    assert caught.value.where == f"{path}:{line}"
    for word in words:
        assert word in caught.value.message


EXCEPTION = """exceptions:
  - id: EXC-9
    condition: why
    clause: SEC-A-1
    owner: a
    approved_by: b
    expires: {expires}
"""


def test_invalid_exceptions(tmp_path: Path) -> None:
    path = tmp_path / "exceptions.yaml"
    path.write_text(EXCEPTION.format(expires="2030-01-01"), encoding="utf-8")
    with pytest.raises(ConfigError, match="'rule' glob or a 'cwe'") as caught:
        load_exceptions(path)
    assert caught.value.where == f"{path}:2"
    path.write_text(EXCEPTION.format(expires="next year") + "    rule: x.*\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="expires") as caught:
        load_exceptions(path)
    assert caught.value.where == f"{path}:7"
