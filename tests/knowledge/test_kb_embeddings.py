from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
import types
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import numpy as np
import pytest

from secops.errors import ProviderError
from secops.providers import EMBEDDERS, get_embedder
from secops.providers.embeddings import (
    TITAN_V2,
    BedrockEmbedder,
    OfflineEmbedder,
    OllamaEmbedder,
    OpenAIEmbedder,
    SentenceTransformersEmbedder,
)

# --- offline ------------------------------------------------------------------------------------------


def test_offline_is_deterministic_normalised_and_lexical() -> None:
    texts = ["SQL injection through string formatting", "sqli in cursor.execute", "cross-site scripting", ""]
    first = OfflineEmbedder().embed(texts)
    again = OfflineEmbedder().embed(texts)
    assert first.dtype == np.float32
    assert first.shape == (4, 4096)
    assert np.array_equal(first, again)
    assert np.allclose(np.linalg.norm(first[:3], axis=1), 1.0)
    assert not first[3].any()  # nothing to hash: a zero vector, not NaN
    sims = first @ first.T
    assert sims[0, 1] > sims[0, 2] + 0.1  # "sqli" expands to "sql injection"


def test_offline_is_deterministic_across_processes() -> None:
    code = (
        "from secops.providers.embeddings import OfflineEmbedder;"
        "v = OfflineEmbedder(dimensions=256).embed(['Deserialization of pickle data']);"
        "print(repr(v[0].tolist()))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    here = OfflineEmbedder(dimensions=256).embed(["Deserialization of pickle data"])[0].tolist()
    assert eval(out) == here  # noqa: S307 - our own subprocess output


def test_offline_captures_sub_word_variants() -> None:
    embedder = OfflineEmbedder()
    base, variant, other = embedder.embed(
        ["deserialise untrusted input", "deserialization of untrusted data", "rotate TLS certificates"]
    )
    assert float(base @ variant) > float(base @ other) + 0.2


def test_registry_defaults_and_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    assert set(EMBEDDERS) >= {"offline", "bedrock", "openai", "ollama", "sentence-transformers"}
    default = get_embedder()
    assert (default.provider, default.model, default.dimensions) == ("offline", "hashing-v1", 4096)
    assert get_embedder("offline", dimensions=128).dimensions == 128
    assert get_embedder("offline", model=None).dimensions == 4096  # None options are ignored
    monkeypatch.setenv("SECOPS_EMBEDDINGS", "ollama")
    assert get_embedder().provider == "ollama"
    with pytest.raises(ProviderError, match="unknown embedding provider 'nope'") as caught:
        get_embedder("nope")
    assert caught.value.hint is not None and "offline" in caught.value.hint
    with pytest.raises(ProviderError, match="bad option 'colour'") as caught:
        get_embedder("offline", colour="red")
    assert caught.value.hint == "offline accepts: dimensions"
    with pytest.raises(ProviderError, match="bad option 'dimensions'"):
        get_embedder("bedrock", dimensions=300)


# --- bedrock (botocore Stubber) -----------------------------------------------------------------------


@pytest.fixture
def bedrock() -> Iterator[tuple[Any, Any]]:
    import boto3
    from botocore.stub import Stubber

    client = boto3.client(
        "bedrock-runtime", region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test"
    )
    with Stubber(client) as stubber:
        yield client, stubber
        stubber.assert_no_pending_responses()


def _titan_response(vector: list[float]) -> dict[str, Any]:
    from botocore.response import StreamingBody

    raw = json.dumps({"embedding": vector, "inputTextTokenCount": 3}).encode()
    return {"body": StreamingBody(io.BytesIO(raw), len(raw)), "contentType": "application/json"}


def test_bedrock_titan_v2(bedrock: tuple[Any, Any]) -> None:
    client, stubber = bedrock
    for text, vector in (("first text", [3.0, 4.0, 0.0, 0.0]), ("second", [0.0, 0.0, 0.0, 2.0])):
        expected = {
            "modelId": TITAN_V2,
            "body": json.dumps({"inputText": text, "dimensions": 256, "normalize": True}),
            "contentType": "application/json",
            "accept": "application/json",
        }
        stubber.add_response("invoke_model", _titan_response(vector), expected)
    embedder = BedrockEmbedder(dimensions=256, client=client)
    assert (embedder.provider, embedder.model) == ("bedrock", TITAN_V2)
    vectors = embedder.embed(["first text", "second"])
    assert vectors.shape == (2, 4)
    assert np.allclose(vectors[0], [0.6, 0.8, 0.0, 0.0])
    assert embedder.dimensions == 4  # what the service actually returned


@pytest.mark.parametrize(
    ("code", "status", "words"),
    [
        ("ThrottlingException", 429, ["throttled", "quota"]),
        ("AccessDeniedException", 403, ["enable access"]),
        ("ValidationException", 400, ["model id"]),
    ],
)
def test_bedrock_failures_become_provider_errors(
    bedrock: tuple[Any, Any], code: str, status: int, words: list[str]
) -> None:
    client, stubber = bedrock
    stubber.add_client_error("invoke_model", service_error_code=code, http_status_code=status)
    with pytest.raises(ProviderError) as caught:
        BedrockEmbedder(client=client).embed(["text"])
    text = caught.value.message + " " + (caught.value.hint or "")
    for word in words:
        assert word in text


def test_bedrock_without_region_is_a_provider_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    with pytest.raises(ProviderError) as caught:
        BedrockEmbedder().embed(["text"])
    assert caught.value.hint is not None and "AWS_REGION" in caught.value.hint


# --- HTTP providers against a loopback server ---------------------------------------------------------


class FakeServer:
    """A loopback HTTP server answering each POST with the next queued (status, body, headers)."""

    def __init__(self) -> None:
        self.replies: list[tuple[int, Any]] = []
        self.requests: list[tuple[str, dict[str, str], Any]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"null")
                outer.requests.append((self.path, dict(self.headers), body))
                status, reply = outer.replies.pop(0) if outer.replies else (500, {"error": "no reply queued"})
                if callable(reply):
                    reply = reply(body)
                data = reply if isinstance(reply, bytes) else json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FakeServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer() as running:
        yield running


def _openai_reply(body: dict[str, Any]) -> dict[str, Any]:
    data = [
        {"object": "embedding", "index": i, "embedding": [float(i + 1), 1.0, 0.0]} for i in range(len(body["input"]))
    ]
    return {"object": "list", "data": list(reversed(data)), "model": body["model"]}


def test_openai_compatible_endpoint(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    server.replies += [(200, _openai_reply), (200, _openai_reply)]
    embedder = get_embedder("openai", base_url=f"{server.url}/v1", model="text-embedding-3-small", batch_size=2)
    assert embedder.dimensions == 1536  # known model, no probe
    vectors = embedder.embed(["a", "b", "c"])
    assert vectors.shape == (3, 3)
    assert np.allclose(vectors[1], np.array([2.0, 1.0, 0.0]) / np.sqrt(5))  # re-ordered by "index"
    assert embedder.dimensions == 3
    (path, headers, body), (_, _, second) = server.requests
    assert path == "/v1/embeddings"
    assert headers["Authorization"] == "Bearer sk-test"
    assert body == {"model": "text-embedding-3-small", "input": ["a", "b"], "encoding_format": "float"}
    assert second["input"] == ["c"]


def test_openai_dimension_probe_and_errors(server: FakeServer) -> None:
    server.replies.append((200, _openai_reply))
    embedder = OpenAIEmbedder(model="local-model", base_url=server.url)  # no key needed off api.openai.com
    assert embedder.dimensions == 3
    server.replies.append((429, {"error": {"message": "slow down"}}))
    with pytest.raises(ProviderError, match="rate-limited") as caught:
        OpenAIEmbedder(model="m", base_url=server.url, max_retries=0).embed(["x"])
    assert caught.value.hint is not None and "offline" in caught.value.hint
    server.replies.append((401, {"error": "bad key"}))
    with pytest.raises(ProviderError, match="refused the API key"):
        OpenAIEmbedder(model="m", base_url=server.url).embed(["x"])
    server.replies.append((200, {"data": []}))
    with pytest.raises(ProviderError, match="returned 0 embeddings for 1 inputs"):
        OpenAIEmbedder(model="m", base_url=server.url).embed(["x"])
    server.replies.append((200, b"<html>login</html>"))
    with pytest.raises(ProviderError, match="non-JSON"):
        OpenAIEmbedder(model="m", base_url=server.url).embed(["x"])


def test_openai_retries_after_429(server: FakeServer) -> None:
    server.replies += [(429, {"error": "busy"}), (200, _openai_reply)]
    embedder = OpenAIEmbedder(model="m", base_url=server.url, max_retries=1)
    embedder.backoff = 0.0
    assert embedder.embed(["x"]).shape == (1, 3)
    assert len(server.requests) == 2


def test_openai_needs_a_key_for_the_public_api() -> None:
    with pytest.raises(ProviderError, match="OPENAI_API_KEY is not set"):
        OpenAIEmbedder()


def test_unreachable_server_is_a_provider_error() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    with pytest.raises(ProviderError, match="cannot reach") as caught:
        OllamaEmbedder(base_url=f"http://127.0.0.1:{port}", max_retries=0).embed(["x"])
    assert caught.value.hint is not None and "offline" in caught.value.hint


def test_ollama(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.replies.append((200, lambda body: {"model": body["model"], "embeddings": [[1.0, 0.0]] * len(body["input"])}))
    monkeypatch.setenv("OLLAMA_HOST", server.url.removeprefix("http://"))
    embedder = get_embedder("ollama", model="all-minilm")
    assert (embedder.provider, embedder.model, embedder.dimensions) == ("ollama", "all-minilm", 384)
    assert embedder.embed(["a", "b"]).shape == (2, 2)
    path, _, body = server.requests[0]
    assert path == "/api/embed"
    assert body == {"model": "all-minilm", "input": ["a", "b"]}
    server.replies.append((404, {"error": 'model "nomic-embed-text" not found, try pulling it first'}))
    with pytest.raises(ProviderError, match="not found") as caught:
        OllamaEmbedder(base_url=server.url).embed(["x"])
    assert caught.value.hint == "pull the model first: ollama pull nomic-embed-text"


# --- sentence-transformers ----------------------------------------------------------------------------


def test_sentence_transformers_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # import fails
    with pytest.raises(ProviderError, match="optional 'st' extra") as caught:
        get_embedder("sentence-transformers")
    assert caught.value.hint is not None and "pip install 'secops[st]'" in caught.value.hint


def test_sentence_transformers_with_a_local_model(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeModel:
        def __init__(self, name: str, device: str | None = None) -> None:
            self.name = name

        def get_sentence_embedding_dimension(self) -> int:
            return 2

        def encode(self, texts: list[str], **options: Any) -> Any:
            assert options["normalize_embeddings"] is True
            return np.array([[1.0, 0.0]] * len(texts))

    module = types.ModuleType("sentence_transformers")
    module.SentenceTransformer = FakeModel  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sentence_transformers", module)
    embedder = SentenceTransformersEmbedder(model="/models/minilm")
    assert (embedder.provider, embedder.model, embedder.dimensions) == ("sentence-transformers", "/models/minilm", 2)
    assert embedder.embed(["a"]).shape == (1, 2)
