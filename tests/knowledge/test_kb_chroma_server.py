"""The index against a real `chroma run` server on loopback (HttpClient path)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from secops.errors import KnowledgeError
from secops.knowledge.index import ChromaIndex, open_chroma_index, open_index
from secops.knowledge.loader import load_corpus

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.knowledge.conftest import CountingEmbedder

pytestmark = [pytest.mark.chroma_server, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _chroma_binary() -> str | None:
    beside = Path(sys.executable).parent / "chroma"
    return str(beside) if beside.is_file() else shutil.which("chroma")


@pytest.fixture(scope="session")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import httpx

    binary = _chroma_binary()
    if binary is None:
        pytest.skip("the chroma server binary is not installed")
    data = tmp_path_factory.mktemp("chroma-server")
    port = _free_port()
    log = (data / "server.log").open("wb")
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "CHROMA_TELEMETRY": "False", "NO_COLOR": "1"}
    process = subprocess.Popen(
        [binary, "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                pytest.fail(f"chroma run exited with {process.returncode}: {(data / 'server.log').read_text()}")
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("chroma run did not answer its heartbeat within 60 s")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_index_and_search_through_the_server(
    chroma_url: str, kb_dir: Path, make_embedder: Callable[..., CountingEmbedder]
) -> None:
    embedder = make_embedder()
    corpus = load_corpus(kb_dir)
    index = ChromaIndex.open(corpus, embedder, chroma_url=chroma_url, collection="server-test", rebuild=True)
    assert index.location == chroma_url
    assert index.stats.embedded == 11 and index.count() == 11
    assert [hit.clause.clause_id for hit in index.search("How do I avoid SQLi?", 3)][0] == "SEC-INJ-1"
    assert index.search("SEC-CRYPTO-3", 1)[0].clause.clause_id == "SEC-CRYPTO-3"

    embedder.reset()
    again = ChromaIndex.open(load_corpus(kb_dir), embedder, chroma_url=chroma_url, collection="server-test")
    assert again.stats.up_to_date and embedder.calls == 0

    (kb_dir / "standards" / "python.md").unlink()
    changed = ChromaIndex.open(load_corpus(kb_dir), embedder, chroma_url=chroma_url, collection="server-test")
    assert changed.stats.removed_files == ("standards/python.md",) and changed.count() == 9
    assert embedder.calls == 0

    with pytest.raises(KnowledgeError, match="was built with") as caught:
        ChromaIndex.open(
            load_corpus(kb_dir), make_embedder(model="other"), chroma_url=chroma_url, collection="server-test"
        )
    assert caught.value.hint is not None and "--rebuild" in caught.value.hint


def test_open_index_uses_the_server_from_the_environment(
    chroma_url: str, kb_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECOPS_CHROMA_URL", chroma_url)
    monkeypatch.setenv("SECOPS_CHROMA_COLLECTION", "env-test")
    monkeypatch.chdir(tmp_path)
    index = open_chroma_index(kb_dir=kb_dir, rebuild=True)
    assert index.location == chroma_url
    assert index.search("verify=False", 1)[0].clause.clause_id == "SEC-CRYPTO-4"
    served = open_index(kb_dir=kb_dir)  # the read replica is for embedded indexes only
    assert isinstance(served, ChromaIndex) and served.replica is None
    assert not (tmp_path / ".secops").exists()  # nothing embedded (and no replica written) locally in server mode
