from __future__ import annotations

import socket
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from secops.errors import KnowledgeError, ProviderError
from secops.knowledge import KnowledgeIndex, SearchFilters
from secops.knowledge.index import ChromaIndex, chroma_where, open_chroma_index, open_index
from secops.knowledge.loader import load_corpus

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.knowledge.conftest import CountingEmbedder


def build(kb_dir: Path, index_dir: Path, embedder: CountingEmbedder, **options: object) -> ChromaIndex:
    return ChromaIndex.open(load_corpus(kb_dir), embedder, index_dir=index_dir, **options)  # type: ignore[arg-type]


def ids(index: KnowledgeIndex, query: str, k: int = 5, filters: SearchFilters | None = None) -> list[str]:
    return [hit.clause.clause_id for hit in index.search(query, k, filters)]


def stored(index: ChromaIndex) -> dict[str, str]:
    """chunk id -> stored document, straight from Chroma."""
    result = index._collection.get(include=["documents"])
    return dict(zip(result["ids"], result["documents"], strict=True))


def test_build_then_reopen_does_no_embedding_work(kb_dir: Path, index_dir: Path, embedder: CountingEmbedder) -> None:
    index = build(kb_dir, index_dir, embedder)
    assert isinstance(index, KnowledgeIndex)
    assert index.stats.created and index.stats.embedded == 11
    assert index.count() == 11
    assert index.stats.provider == "offline" and index.stats.dimensions == 512
    assert (index_dir / "chroma.sqlite3").is_file()
    embedder.reset()
    again = build(kb_dir, index_dir, embedder)
    assert again.stats.up_to_date and not again.stats.created
    assert embedder.calls == 0  # an unchanged corpus is not embedded again
    assert again.version == index.version == load_corpus(kb_dir).version


def test_a_changed_file_replaces_only_its_chunks(kb_dir: Path, index_dir: Path, embedder: CountingEmbedder) -> None:
    before = stored(build(kb_dir, index_dir, embedder))
    secrets = kb_dir / "standards" / "secrets.md"
    secrets.write_text(
        secrets.read_text(encoding="utf-8").replace("AWS Secrets Manager", "HashiCorp Vault")
        + "\n## SEC-SECRETS-3: Rotate credentials every 90 days\n\nRotate keys and passwords regularly.\n",
        encoding="utf-8",
    )
    embedder.reset()
    index = build(kb_dir, index_dir, embedder)
    assert index.stats.changed_files == ("standards/secrets.md",)
    assert embedder.texts == 3  # SEC-SECRETS-1..3 only
    after = stored(index)
    assert set(after) == set(before) | {"SEC-SECRETS-3"}
    assert all(after[key] == before[key] for key in before if not key.startswith("SEC-SECRETS"))
    assert "HashiCorp Vault" in after["SEC-SECRETS-2"]
    assert ids(index, "rotate credentials every 90 days", 1) == ["SEC-SECRETS-3"]


def test_a_deleted_file_loses_its_chunks(kb_dir: Path, index_dir: Path, embedder: CountingEmbedder) -> None:
    build(kb_dir, index_dir, embedder)
    (kb_dir / "standards" / "python.md").unlink()
    embedder.reset()
    index = build(kb_dir, index_dir, embedder)
    assert index.stats.removed_files == ("standards/python.md",)
    assert embedder.texts == 0
    assert not [key for key in stored(index) if key.startswith("SEC-PY")]
    assert "SEC-PY-1" not in ids(index, "pickle loads untrusted data", 11)
    assert index.get("SEC-PY-1") is None


def test_hybrid_search_with_filters(kb_dir: Path, index_dir: Path, embedder: CountingEmbedder) -> None:
    index = build(kb_dir, index_dir, embedder)
    assert ids(index, "How do I avoid SQLi?", 1) == ["SEC-INJ-1"]
    assert ids(index, "unpickling attacker bytes", 1) == ["SEC-PY-1"]
    assert ids(index, "where do credentials go", 2)[0].startswith("SEC-SECRETS")
    java = ids(index, "deserialization of untrusted data with pickle", 11, SearchFilters.create(languages="java"))
    assert java and not any(clause.startswith("SEC-PY") for clause in java)
    assert "SEC-SECRETS-1" in ids(index, "credentials", 11, SearchFilters.create(languages="java"))  # any language
    assert set(ids(index, "unsafe loading of objects", 5, SearchFilters.create(cwes="502"))) == {"SEC-PY-1", "SEC-PY-2"}
    assert set(ids(index, "anything at all", 11, SearchFilters.create(cwes="CWE-502"))) <= {"SEC-PY-1", "SEC-PY-2"}
    crypto_only = ids(index, "untrusted input", 11, SearchFilters.create(doc_ids="sec-crypto"))
    assert crypto_only and all(clause.startswith("SEC-CRYPTO") for clause in crypto_only)
    hit = index.search("verify=False with requests", 1)[0]
    assert hit.clause.clause_id == "SEC-CRYPTO-4"
    assert 0 < hit.score <= 1
    assert "verify=False" in hit.snippet


def test_exact_clause_id_comes_first(kb_dir: Path, index_dir: Path, embedder: CountingEmbedder) -> None:
    index = build(kb_dir, index_dir, embedder)
    assert ids(index, "SEC-CRYPTO-3")[0] == "SEC-CRYPTO-3"
    assert ids(index, "what does sec-py-2 say about yaml?")[0] == "SEC-PY-2"
    hits = index.search("SEC-CRYPTO-3 and SEC-INJ-2", 3)
    assert [hit.clause.clause_id for hit in hits[:2]] == ["SEC-CRYPTO-3", "SEC-INJ-2"]
    assert hits[0].score == 1.0
    assert ids(index, "SEC-CRYPTO-99")  # unknown ids fall back to ordinary search
    assert ids(index, "SEC-PY-1", 3, SearchFilters.create(languages="go"))[0] != "SEC-PY-1"  # filters still apply


def test_embedder_mismatch_asks_for_a_rebuild(
    kb_dir: Path, index_dir: Path, embedder: CountingEmbedder, make_embedder: Callable[..., CountingEmbedder]
) -> None:
    build(kb_dir, index_dir, embedder)
    with pytest.raises(KnowledgeError, match="was built with offline/hashing-v1") as caught:
        build(kb_dir, index_dir, make_embedder(model="hashing-v2"))
    assert caught.value.hint is not None and "secops kb index --rebuild" in caught.value.hint
    wider = make_embedder(dimensions=1024)
    with pytest.raises(KnowledgeError, match="1024-dimensional") as caught:
        build(kb_dir, index_dir, wider).search("sql", 3)
    assert caught.value.hint is not None and "secops kb index --rebuild" in caught.value.hint
    rebuilt = build(kb_dir, index_dir, make_embedder(model="hashing-v2"), rebuild=True)
    assert rebuilt.stats.model == "hashing-v2" and rebuilt.count() == 11


def test_corrupt_index_dir(kb_dir: Path, index_dir: Path, embedder: CountingEmbedder) -> None:
    index_dir.mkdir()
    (index_dir / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(KnowledgeError) as caught:
        build(kb_dir, index_dir, embedder)
    assert caught.value.hint is not None and "secops kb index --rebuild" in caught.value.hint
    assert caught.value.where == str(index_dir.resolve())
    (index_dir / "notes.txt").write_text("mine", encoding="utf-8")
    rebuilt = build(kb_dir, index_dir, embedder, rebuild=True)
    assert rebuilt.count() == 11
    assert (index_dir / "notes.txt").read_text(encoding="utf-8") == "mine"  # only Chroma's files go


def test_half_written_index(kb_dir: Path, index_dir: Path, make_embedder: Callable[..., CountingEmbedder]) -> None:
    with pytest.raises(ProviderError):
        build(kb_dir, index_dir, make_embedder(fail_after=0))
    with pytest.raises(KnowledgeError, match="half-written") as caught:
        build(kb_dir, index_dir, make_embedder())
    assert caught.value.hint is not None and "--rebuild" in caught.value.hint
    assert build(kb_dir, index_dir, make_embedder(), rebuild=True).count() == 11


def test_stale_or_missing_index_without_refresh(kb_dir: Path, index_dir: Path, embedder: CountingEmbedder) -> None:
    with pytest.raises(KnowledgeError, match="no knowledge index") as caught:
        build(kb_dir, index_dir, embedder, create=False)
    assert caught.value.hint == "run `secops kb index` to build it"
    build(kb_dir, index_dir, embedder)
    path = kb_dir / "standards" / "secrets.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="out of date"):
        build(kb_dir, index_dir, embedder, refresh=False)


def test_unreachable_server(kb_dir: Path, embedder: CountingEmbedder) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(KnowledgeError, match="cannot|failed") as caught:
        ChromaIndex.open(load_corpus(kb_dir), embedder, chroma_url=f"http://127.0.0.1:{port}")
    assert caught.value.hint is not None and "chroma run" in caught.value.hint


def test_open_index_reads_the_environment(kb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECOPS_KB_DIR", str(kb_dir))
    monkeypatch.setenv("SECOPS_INDEX_DIR", str(tmp_path / "from-env"))
    monkeypatch.setenv("SECOPS_EMBEDDINGS", "offline")
    index = open_index()
    assert index.get("SEC-INJ-1") is not None
    assert (tmp_path / "from-env" / "chroma.sqlite3").is_file()
    monkeypatch.delenv("SECOPS_INDEX_DIR")
    monkeypatch.setenv("SECOPS_STATE_DIR", str(tmp_path / "state"))
    concrete = open_chroma_index()
    assert concrete.location.endswith("state/index")


def test_chroma_where_matches_search_filters() -> None:
    assert chroma_where(None) is None
    assert chroma_where(SearchFilters()) is None
    assert chroma_where(SearchFilters.create(languages="js")) == {
        "$or": [{"lang_javascript": True}, {"lang_any": True}]
    }
    assert chroma_where(SearchFilters.create(cwes=["89", "CWE-564"], doc_ids="SEC-INJ")) == {
        "$and": [{"$or": [{"cwe_cwe_89": True}, {"cwe_cwe_564": True}]}, {"doc_id": {"$in": ["SEC-INJ"]}}]
    }
