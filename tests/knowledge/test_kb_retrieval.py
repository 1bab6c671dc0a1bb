from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from secops.knowledge import Clause, KnowledgeIndex, MemoryIndex, SearchFilters
from secops.knowledge.interface import normalize_cwe, normalize_language
from secops.knowledge.retrieval import snippet
from secops.knowledge.synonyms import GROUPS, cwe_names, expand
from secops.knowledge.text import stem, tokens


@pytest.fixture(scope="module")
def memory(assets: Path) -> MemoryIndex:
    return MemoryIndex.from_kb(assets / "kb")


def test_tokens_keep_compounds_and_stem_variants() -> None:
    assert tokens("Use cursor.execute for CWE-89") == ["cursor.execute", "cursor", "execut", "cwe-89", "cwe", "89"]
    assert stem("deserialise") == stem("deserialization") == stem("deserialized")
    assert stem("parameterised") == stem("parameters")
    assert stem("keys") == "key" and stem("pass") == "pass"
    assert "the" not in tokens("the MUST requirement")


def test_query_expansion_covers_security_synonyms() -> None:
    assert "sql injection" in expand("any SQLi here?").phrases
    assert "sqli" in expand("SQL injection in reports").phrases
    assert "cross site scripting" in expand("XSS in a template").phrases
    assert "cross site scripting" in expand("is CWE-79 relevant").phrases
    assert "cwe-502" in expand("pickle from a socket").phrases
    assert {"credential", "api key"} <= set(expand("where does the secret go").phrases)
    assert expand("nothing security related").phrases == ()
    assert cwe_names(("CWE-89", "CWE-79")) == ["sql injection", "cross site scripting"]
    assert all(len(group) >= 2 for group in GROUPS)


def test_cwe_names_follow_the_synonym_groups() -> None:
    """The precomputed lookup gives what scanning every group gives: each group once, in GROUPS order."""

    def scanned(cwes: tuple[str, ...]) -> list[str]:
        wanted = {cwe.lower() for cwe in cwes}
        return [group[0] for group in GROUPS if wanted & {phrase for phrase in group if phrase.startswith("cwe-")}]

    every = sorted({phrase.upper() for group in GROUPS for phrase in group if phrase.startswith("cwe-")})
    assert len(every) > 40
    for cwe in every:
        assert cwe_names((cwe,)) == scanned((cwe,))
    for many in (tuple(every), tuple(reversed(every[:9])), ("CWE-79", "CWE-89", "CWE-79"), ("CWE-99999",), ()):
        assert cwe_names(many) == scanned(many)


def test_search_filters_normalise() -> None:
    filters = SearchFilters.create(languages=["JS", "py"], cwes="89", doc_ids="sec-inj")
    assert filters == SearchFilters(("javascript", "python"), ("CWE-89",), ("SEC-INJ",))
    assert SearchFilters.create().empty
    assert normalize_cwe("CWE-89: Improper Neutralization") == "CWE-89"
    assert normalize_cwe("cwe_79") == "CWE-79"
    assert normalize_language("golang") == "go"


def test_memory_index_follows_the_protocol(memory: MemoryIndex, assets: Path) -> None:
    assert isinstance(memory, KnowledgeIndex)
    assert len(memory.version) == 16
    assert memory.get("sec-inj-2") is not None and memory.get("SEC-NOPE-1") is None
    assert memory.search("", 5) == [] and memory.search("sql", 0) == []
    hits = memory.search("subprocess with shell=True", 3)
    assert hits[0].clause.clause_id == "SEC-INJ-2"
    assert hits == sorted(hits, key=lambda hit: -hit.score)
    assert all(0 < hit.score <= 1 for hit in hits)
    go = memory.search("yaml loading", 11, SearchFilters.create(languages="go"))
    assert not any(hit.clause.doc_id == "SEC-PY" for hit in go)


def test_bm25_only_retrieval_still_works(assets: Path) -> None:
    from secops.knowledge.loader import load_corpus

    lexical = MemoryIndex(load_corpus(assets / "kb").clauses, dense=False)
    assert lexical.search("md5 hashing", 1)[0].clause.clause_id == "SEC-CRYPTO-1"


def test_snippet_prefers_the_matching_sentence(memory: MemoryIndex) -> None:
    clause = memory.get("SEC-CRYPTO-4")
    assert isinstance(clause, Clause)
    assert snippet(clause).startswith("HTTP and database clients MUST verify")
    assert "CWE-295" in snippet(clause, expand("impersonate the server attacker"))
    assert len(snippet(clause, width=40)) <= 40


def test_importing_the_package_is_cheap() -> None:
    code = (
        "import sys, secops.knowledge, secops.providers;"
        "print(sorted(m for m in ('chromadb', 'bm25s', 'numpy', 'boto3', 'httpx') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
