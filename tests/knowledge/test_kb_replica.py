"""The read replica of the embedded Chroma index: same answers as Chroma, never stale, never an error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest
from typer.testing import CliRunner

from secops.assistant.grounding import Vocabulary, vocabulary
from secops.errors import KnowledgeError
from secops.knowledge import KnowledgeIndex, SearchFilters
from secops.knowledge.cli import app
from secops.knowledge.evaluate import load_questions
from secops.knowledge.index import (
    DEFAULT_COLLECTION,
    HNSW_EF_SEARCH,
    ChromaIndex,
    chroma_where,
    open_chroma_index,
    open_index,
)
from secops.knowledge.loader import load_corpus
from secops.knowledge.replica import Replica, chroma_fingerprint, read_replica, replica_path
from secops.knowledge.replica_index import ReplicaIndex, where_matches
from secops.knowledge.retrieval import RetrievalSettings, bm25_document
from secops.providers.embeddings import OfflineEmbedder
from secops.resources import knowledge_dir

if TYPE_CHECKING:
    from collections.abc import Callable

    from secops.providers.embeddings import Embedder
    from tests.knowledge.conftest import CountingEmbedder

runner = CliRunner()
FILTERS = (
    None,
    SearchFilters.create(languages="python"),
    SearchFilters.create(languages=["java", "go"]),
    SearchFilters.create(languages="js"),
    SearchFilters.create(cwes="502"),
    SearchFilters.create(cwes=["CWE-89", "CWE-295"]),
    SearchFilters.create(cwes="CWE-1"),  # cited by no clause
    SearchFilters.create(doc_ids="sec-crypto"),
    SearchFilters.create(languages="python", cwes="CWE-502"),
)
QUERIES = ("How do I avoid SQLi?", "unpickling attacker bytes", "where do credentials go", "SEC-CRYPTO-3", "verify")


def chroma(kb_dir: Path, index_dir: Path, embedder: Embedder) -> ChromaIndex:
    return open_chroma_index(kb_dir=kb_dir, index_dir=index_dir, embedder=embedder)


def served(kb_dir: Path, index_dir: Path, embedder: Embedder) -> KnowledgeIndex:
    return open_index(kb_dir=kb_dir, index_dir=index_dir, embedder=embedder)


def ids(index: KnowledgeIndex, query: str, k: int = 5, filters: SearchFilters | None = None) -> list[str]:
    return [hit.clause.clause_id for hit in index.search(query, k, filters)]


def stored_replica(index_dir: Path) -> Replica:
    found = read_replica(replica_path(index_dir.resolve(), DEFAULT_COLLECTION), {}, chroma_fingerprint(index_dir))
    assert found is not None
    return found


def test_a_synced_index_writes_a_replica_that_answers_like_chroma(
    kb_dir: Path, index_dir: Path, embedder: CountingEmbedder
) -> None:
    created = chroma(kb_dir, index_dir, embedder)
    assert created.stats.created
    assert created._collection.configuration_json["hnsw"]["ef_search"] == HNSW_EF_SEARCH  # exact: see the parity test
    built = chroma(kb_dir, index_dir, embedder)  # up to date: stats without embedding work
    assert built.replica == replica_path(index_dir.resolve(), DEFAULT_COLLECTION) and built.replica.is_file()
    replica = served(kb_dir, index_dir, embedder)
    assert isinstance(replica, ReplicaIndex) and isinstance(replica, KnowledgeIndex)
    assert replica.served_by == "replica" and built.served_by == "chroma"
    assert replica.stats == built.stats and replica.version == built.version and replica.stats.up_to_date
    assert replica.count() == built.count() == 11 and replica.location == built.location
    assert replica.get("sec-inj-1") == built.get("SEC-INJ-1")
    for query in QUERIES:
        for filters in FILTERS:
            assert replica.search(query, 11, filters) == built.search(query, 11, filters), (query, filters)


def test_the_replica_holds_what_chroma_stores(kb_dir: Path, index_dir: Path, embedder: CountingEmbedder) -> None:
    built = chroma(kb_dir, index_dir, embedder)
    data = built._collection.get(include=["embeddings", "metadatas"])
    replica = stored_replica(index_dir)
    assert replica.ids == tuple(data["ids"])
    assert np.array_equal(replica.vectors, np.asarray(data["embeddings"], dtype=np.float32))
    assert [dict(meta) for meta in replica.metadatas] == data["metadatas"]
    assert replica.meta == built._meta() and replica.meta["corpus_version"] == load_corpus(kb_dir).version
    assert replica.header["fingerprint"] == chroma_fingerprint(index_dir)
    settings = RetrievalSettings.for_provider("offline")
    for clause in load_corpus(kb_dir).clauses:
        assert list(replica.documents[clause.clause_id]) == bm25_document(clause, settings)


def test_replica_filters_select_what_chroma_selects(kb_dir: Path, index_dir: Path, embedder: CountingEmbedder) -> None:
    built = chroma(kb_dir, index_dir, embedder)
    replica = served(kb_dir, index_dir, embedder)
    assert isinstance(replica, ReplicaIndex)
    clauses = load_corpus(kb_dir).clauses
    for filters in FILTERS:
        where = chroma_where(filters)
        by_chroma = set(built._collection.get(where=where)["ids"]) if where else {c.clause_id for c in clauses}
        assert {chunk for chunk, _ in replica._dense("anything", 50, filters)} == by_chroma, filters
        assert by_chroma == {c.clause_id for c in clauses if filters is None or filters.matches(c)}
    with pytest.raises(ValueError, match="unsupported"):
        where_matches({"line": {"$gt": 3}}, {"line": 5})
    assert not where_matches({"line": True}, {"line": 1})  # bools and ints are apart, as in Chroma


def same_ranking(left: list[tuple[str, float]], right: list[tuple[str, float]]) -> bool:
    """The same ids in the same order, except neighbours whose similarities differ by float rounding."""
    if sorted(chunk for chunk, _ in left) != sorted(chunk for chunk, _ in right):
        return False
    scores = dict(right)
    return all(a == b or abs(scores[a] - scores[b]) < 1e-5 for (a, _), (b, _) in zip(left, right, strict=True))


@pytest.mark.slow
def test_parity_with_chroma_on_every_eval_question(tmp_path: Path) -> None:
    """Top-5 clause ids from the replica equal Chroma's, unfiltered and with --lang / --cwe filters, and so
    does the whole dense leg (top 50).

    This holds because collections are created with `ef_search` above the number of clauses: Chroma's
    default HNSW search (ef_search 100) over 4096-dim hashed vectors leaves out true nearest neighbours
    for about one question in seven, differently after each rebuild, and then the two paths differ.
    """
    kb = knowledge_dir()
    embedder = OfflineEmbedder()
    built = chroma(kb, tmp_path / "index", embedder)
    replica = served(kb, tmp_path / "index", embedder)
    assert isinstance(replica, ReplicaIndex)
    questions = load_questions(kb / "eval" / "questions.yaml")
    assert len(questions) >= 150
    for question in questions:
        clause = built.get(question.expected[0])
        assert clause is not None
        variants = [question.filters]
        variants += [SearchFilters.create(languages=clause.languages[0])] if clause.languages else []
        variants += [SearchFilters.create(cwes=clause.cwes[0])] if clause.cwes else []
        for filters in variants:
            assert ids(replica, question.question, 5, filters) == ids(built, question.question, 5, filters), (
                question.question,
                filters,
            )
            dense = (question.question, 50, filters)
            assert same_ranking(built._dense(*dense), replica._dense(*dense)), (question.question, filters)


def test_a_changed_standard_goes_through_chroma_and_rewrites_the_replica(
    kb_dir: Path, index_dir: Path, embedder: CountingEmbedder
) -> None:
    chroma(kb_dir, index_dir, embedder)
    secrets = kb_dir / "standards" / "secrets.md"
    secrets.write_text(
        secrets.read_text(encoding="utf-8")
        + "\n## SEC-SECRETS-3: Rotate credentials every 90 days\n\nRotate keys and passwords regularly.\n",
        encoding="utf-8",
    )
    embedder.reset()
    synced = served(kb_dir, index_dir, embedder)
    assert isinstance(synced, ChromaIndex)
    assert synced.stats.changed_files == ("standards/secrets.md",) and embedder.texts == 3
    assert stored_replica(index_dir).meta["corpus_version"] == load_corpus(kb_dir).version
    embedder.reset()
    again = served(kb_dir, index_dir, embedder)
    assert isinstance(again, ReplicaIndex) and again.count() == 12
    assert ids(again, "rotate credentials every 90 days", 1) == ["SEC-SECRETS-3"]
    assert embedder.texts == 1  # the query only


def test_a_touched_chroma_database_goes_through_chroma(
    kb_dir: Path, index_dir: Path, embedder: CountingEmbedder
) -> None:
    chroma(kb_dir, index_dir, embedder)
    assert isinstance(served(kb_dir, index_dir, embedder), ReplicaIndex)
    database = index_dir / "chroma.sqlite3"
    before = database.stat()
    os.utime(database, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
    reopened = served(kb_dir, index_dir, embedder)
    assert isinstance(reopened, ChromaIndex) and reopened.replica is not None  # and it wrote a fresh one
    assert isinstance(served(kb_dir, index_dir, embedder), ReplicaIndex)


@pytest.mark.parametrize("damage", ["truncated", "empty", "garbage", "flipped-byte", "foreign-npz"])
def test_a_damaged_replica_falls_back_to_chroma(
    kb_dir: Path, index_dir: Path, embedder: CountingEmbedder, damage: str
) -> None:
    chroma(kb_dir, index_dir, embedder)
    path = replica_path(index_dir.resolve(), DEFAULT_COLLECTION)
    good = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(good[: len(good) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "garbage":
        path.write_bytes(b"not a replica " * 1000)
    elif damage == "flipped-byte":  # inside the vectors: the zip CRC catches it
        data = bytearray(good)
        data[len(data) - 4096] ^= 0xFF
        path.write_bytes(bytes(data))
    else:
        with path.open("wb") as handle:
            np.savez(handle, header=np.frombuffer(b'{"hello": 1}', dtype=np.uint8))
    fallback = served(kb_dir, index_dir, embedder)
    assert isinstance(fallback, ChromaIndex)
    assert ids(fallback, "How do I avoid SQLi?", 1) == ["SEC-INJ-1"]
    assert isinstance(served(kb_dir, index_dir, embedder), ReplicaIndex)  # rewritten by the Chroma path


def test_a_damaged_replica_is_no_error_on_the_command_line(
    kb_dir: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECOPS_KB_DIR", str(kb_dir))
    monkeypatch.setenv("SECOPS_INDEX_DIR", str(index_dir))
    assert runner.invoke(app, ["index"]).exit_code == 0
    replica_path(index_dir.resolve(), DEFAULT_COLLECTION).write_bytes(b"\x00garbage" * 50)
    result = runner.invoke(app, ["search", "SQLi in a report query", "--json"])
    assert result.exit_code == 0 and "Traceback" not in result.output
    data = json.loads(result.stdout)
    assert data["served_by"] == "chroma" and data["hits"][0]["clause_id"] == "SEC-INJ-1"
    assert json.loads(runner.invoke(app, ["search", "SQLi in a report query", "--json"]).stdout)["served_by"] == (
        "replica"
    )


def test_another_embedder_still_gets_the_mismatch_error(
    kb_dir: Path, index_dir: Path, embedder: CountingEmbedder, make_embedder: Callable[..., CountingEmbedder]
) -> None:
    chroma(kb_dir, index_dir, embedder)
    with pytest.raises(KnowledgeError, match="was built with offline/hashing-v1") as caught:
        served(kb_dir, index_dir, make_embedder(model="hashing-v2"))
    assert caught.value.hint is not None and "secops kb index --rebuild" in caught.value.hint
    wider = served(kb_dir, index_dir, make_embedder(dimensions=1024))  # same model name: the replica serves
    assert isinstance(wider, ReplicaIndex)
    with pytest.raises(KnowledgeError, match="1024-dimensional") as caught:
        wider.search("sql", 3)
    assert caught.value.hint is not None and "secops kb index --rebuild" in caught.value.hint


def test_replica_off_forces_chroma(
    kb_dir: Path, index_dir: Path, embedder: CountingEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECOPS_INDEX_REPLICA", "off")
    first = served(kb_dir, index_dir, embedder)
    assert isinstance(first, ChromaIndex) and first.replica is None
    assert not replica_path(index_dir.resolve(), DEFAULT_COLLECTION).exists()
    monkeypatch.delenv("SECOPS_INDEX_REPLICA")
    assert isinstance(served(kb_dir, index_dir, embedder), ChromaIndex)  # writes the replica
    assert isinstance(served(kb_dir, index_dir, embedder), ReplicaIndex)
    monkeypatch.setenv("SECOPS_INDEX_REPLICA", "off")
    assert isinstance(served(kb_dir, index_dir, embedder), ChromaIndex)


def test_kb_index_reports_the_replica_and_rebuild_deletes_it(
    kb_dir: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECOPS_KB_DIR", str(kb_dir))
    monkeypatch.setenv("SECOPS_INDEX_DIR", str(index_dir))
    path = replica_path(index_dir.resolve(), DEFAULT_COLLECTION)
    first = runner.invoke(app, ["index"])
    assert first.exit_code == 0 and "read replica: " in first.stdout and path.is_file()
    assert json.loads(runner.invoke(app, ["search", "sql", "--json"]).stdout)["served_by"] == "replica"
    monkeypatch.setenv("SECOPS_INDEX_REPLICA", "off")
    rebuilt = runner.invoke(app, ["index", "--rebuild"])
    assert rebuilt.exit_code == 0 and "read replica" not in rebuilt.stdout
    assert not path.exists()
    monkeypatch.delenv("SECOPS_INDEX_REPLICA")
    assert runner.invoke(app, ["index", "--rebuild"]).exit_code == 0 and path.is_file()
    assert json.loads(runner.invoke(app, ["search", "sql", "--json"]).stdout)["served_by"] == "replica"


def _imported(stderr: str) -> set[str]:
    """Module names from `python -X importtime` output."""
    return {line.rsplit("|", 1)[-1].strip() for line in stderr.splitlines() if line.startswith("import time:")}


def test_a_cold_search_from_the_replica_never_imports_chromadb(
    kb_dir: Path, index_dir: Path, embedder: CountingEmbedder
) -> None:
    chroma(kb_dir, index_dir, OfflineEmbedder())
    env = {**os.environ, "SECOPS_KB_DIR": str(kb_dir), "SECOPS_INDEX_DIR": str(index_dir)}
    argv = [sys.executable, "-X", "importtime", "-m", "secops", "kb", "search", "unsafe loading", "--json", "-k", "8"]

    def run(**extra: str) -> tuple[dict[str, object], set[str]]:
        done = subprocess.run(argv, env={**env, **extra}, capture_output=True, text=True, check=True)
        return json.loads(done.stdout), _imported(done.stderr)

    cold, modules = run()
    assert cold["served_by"] == "replica"
    assert "numpy" in modules and "secops.knowledge.replica_index" in modules  # the output was parsed
    assert not {name for name in modules if name.split(".")[0] == "chromadb"}
    through_chroma, modules = run(SECOPS_INDEX_REPLICA="off")
    assert through_chroma["served_by"] == "chroma" and "chromadb" in modules
    assert cold["hits"] == through_chroma["hits"] and cold["version"] == through_chroma["version"]
    # that Chroma run opened chroma.sqlite3 (Chroma stamps it on open): the replica is no longer trusted
    assert isinstance(served(kb_dir, index_dir, embedder), ChromaIndex)


def test_the_assistant_vocabulary_reuses_the_index_token_lists(
    kb_dir: Path, index_dir: Path, embedder: CountingEmbedder
) -> None:
    expected = Vocabulary.of(load_corpus(kb_dir).clauses)
    built = chroma(kb_dir, index_dir, embedder)
    replica = served(kb_dir, index_dir, embedder)
    assert isinstance(replica, ReplicaIndex)
    assert vocabulary(built) == expected and vocabulary(replica) == expected
