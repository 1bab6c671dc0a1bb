"""Embedding providers, registered by name: offline (default), bedrock, openai, ollama, sentence-transformers.

Nothing outside this module imports a provider SDK. Heavy imports (numpy, boto3, httpx,
sentence-transformers) happen inside the functions that need them.
"""

from __future__ import annotations

import importlib
import json
import math
import os
import time
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from hashlib import blake2b
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from secops.errors import ProviderError
from secops.providers.registry import Registry

if TYPE_CHECKING:
    import httpx
    import numpy as np
    from numpy.typing import NDArray

    Matrix = NDArray[np.float32]

OFFLINE_HINT = "or use the offline embedder, which needs no service: --provider offline"


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into vectors. `provider`/`model`/`dimensions` are recorded in the index."""

    @property
    def provider(self) -> str: ...

    @property
    def model(self) -> str: ...

    @property
    def dimensions(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> Matrix:
        """One float32 row per text (rows are L2-normalised by every built-in provider)."""
        ...


def _matrix(rows: Sequence[Sequence[float]], provider: str) -> Matrix:
    import numpy as np

    try:
        matrix = np.asarray(rows, dtype=np.float32)
    except ValueError as exc:
        raise ProviderError(
            f"{provider} returned embeddings of different lengths",
            hint="check the model name: it must be an embedding model",
        ) from exc
    if matrix.ndim != 2 or (len(rows) and matrix.shape[1] == 0):
        raise ProviderError(f"{provider} returned no usable embeddings", hint="check the model name")
    return _normalized(matrix)


def _normalized(matrix: Matrix) -> Matrix:
    """Rows scaled to unit length (all-zero rows stay zero)."""
    import numpy as np

    norms = np.linalg.norm(matrix, axis=1, keepdims=True).astype(np.float32)
    result: Matrix = (matrix / np.maximum(norms, np.float32(1e-12))).astype(np.float32)
    return result


# --- offline: feature hashing, deterministic, no download ------------------------------------------

_ABBREVIATIONS = {
    "sqli": "sql injection",
    "xss": "cross site scripting",
    "csrf": "cross site request forgery",
    "xsrf": "cross site request forgery",
    "ssrf": "server side request forgery",
    "xxe": "xml external entity",
    "ssti": "server side template injection",
    "rce": "remote code execution",
    "idor": "insecure direct object reference",
    "redos": "regular expression denial of service",
    "jwt": "json web token",
    "tls": "transport layer security",
    "mfa": "multi factor authentication",
    "pii": "personal data",
    "iam": "identity access management",
    "cors": "cross origin resource sharing",
    "csp": "content security policy",
    "kms": "key management service",
    "rng": "random number generator",
    "prng": "random number generator",
    "creds": "credential",
    "apikey": "api key",
    "unpickl": "pickle deserialization",
    "pickl": "deserialization",
    "deserial": "serialization",
}


class OfflineOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    dimensions: int = Field(default=4096, ge=64, le=65536)


class OfflineEmbedder:
    """Feature hashing of word unigrams, bigrams and character n-grams, plus a security synonym map.

    Deterministic and download-free. It captures lexical and sub-word overlap (shared words,
    stems, spelling variants, expanded abbreviations), not meaning: "credential" and "password"
    are unrelated to it unless the synonym map links them.
    """

    provider = "offline"
    model = "hashing-v1"

    def __init__(self, dimensions: int = 4096) -> None:
        self._dimensions = dimensions

    @property
    def dimensions(self) -> int:
        return self._dimensions

    def embed(self, texts: Sequence[str]) -> Matrix:
        import numpy as np

        out = np.zeros((len(texts), self._dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            indices, values = self._features(text)
            if indices:
                np.add.at(out[row], np.asarray(indices), np.asarray(values, dtype=np.float32))
        return _normalized(out)

    def _features(self, text: str) -> tuple[list[int], list[float]]:
        from secops.knowledge.text import tokens

        words = tokens(text)
        expanded: list[str] = []
        for word in words:
            expanded.append(word)
            if word in _ABBREVIATIONS:
                expanded.extend(_expansion(word))
        unigrams = Counter(expanded)
        bigrams = Counter(zip(words, words[1:], strict=False))
        indices: list[int] = []
        values: list[float] = []
        for word, count in unigrams.items():
            scale = 1.0 + math.log(count)
            for index, weight in _word_features(word, self._dimensions):
                indices.append(index)
                values.append(weight * scale)
        for (first, second), count in bigrams.items():
            index, sign = _hashed(f"b:{first} {second}", self._dimensions)
            indices.append(index)
            values.append(0.6 * sign * (1.0 + math.log(count)))
        return indices, values


@lru_cache(maxsize=256)
def _expansion(word: str) -> tuple[str, ...]:
    from secops.knowledge.text import tokens

    return tuple(tokens(_ABBREVIATIONS[word]))


@lru_cache(maxsize=1 << 18)
def _hashed(feature: str, dimensions: int) -> tuple[int, float]:
    value = int.from_bytes(blake2b(feature.encode(), digest_size=8).digest(), "big")
    return value % dimensions, (1.0 if value >> 63 else -1.0)


@lru_cache(maxsize=1 << 16)
def _word_features(word: str, dimensions: int) -> tuple[tuple[int, float], ...]:
    """The unigram (weight 1) and its character 3/4-grams (weight 0.5 shared among them)."""
    index, sign = _hashed(f"w:{word}", dimensions)
    features = [(index, sign)]
    padded = f"<{word}>"
    grams = [padded[i : i + n] for n in (3, 4) for i in range(len(padded) - n + 1)] if word.isalpha() else []
    for gram in grams:
        index, sign = _hashed(f"c:{gram}", dimensions)
        features.append((index, sign * 0.5 / len(grams)))
    return tuple(features)


# --- Amazon Bedrock (Titan Text Embeddings) ---------------------------------------------------------

TITAN_V2 = "amazon.titan-embed-text-v2:0"


class BedrockOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model: str = TITAN_V2
    region: str | None = None
    dimensions: Literal[256, 512, 1024] = 1024
    max_chars: int = Field(default=40_000, ge=1)


class BedrockEmbedder:
    """Titan Text Embeddings v2 through `bedrock-runtime` `invoke_model` (one text per call)."""

    provider = "bedrock"

    def __init__(
        self,
        model: str = TITAN_V2,
        region: str | None = None,
        dimensions: int = 1024,
        max_chars: int = 40_000,
        client: Any = None,
    ) -> None:
        self._model = model
        self._region = region
        self._dimensions = dimensions
        self._max_chars = max_chars
        self._client = client

    @property
    def model(self) -> str:
        return self._model

    @property
    def dimensions(self) -> int:
        return self._dimensions

    def _runtime(self) -> Any:
        if self._client is None:
            try:
                import boto3
                from botocore.config import Config
            except ImportError as exc:
                raise ProviderError("boto3 is not installed", hint=f"pip install 'secops[llm]' {OFFLINE_HINT}") from exc
            config = Config(retries={"max_attempts": 6, "mode": "adaptive"})
            try:
                self._client = boto3.client("bedrock-runtime", region_name=self._region, config=config)
            except Exception as exc:  # NoRegionError and friends
                raise _bedrock_error(exc, self._model) from exc
        return self._client

    def _body(self, text: str) -> str:
        payload: dict[str, Any] = {"inputText": text[: self._max_chars] or " "}
        if "titan-embed-text-v2" in self._model:
            payload.update(dimensions=self._dimensions, normalize=True)
        return json.dumps(payload)

    def embed(self, texts: Sequence[str]) -> Matrix:
        client = self._runtime()
        rows: list[list[float]] = []
        for text in texts:
            try:
                response = client.invoke_model(
                    modelId=self._model,
                    body=self._body(text),
                    contentType="application/json",
                    accept="application/json",
                )
                payload = json.loads(response["body"].read())
            except ProviderError:
                raise
            except Exception as exc:
                raise _bedrock_error(exc, self._model) from exc
            vector = payload.get("embedding") if isinstance(payload, dict) else None
            if not isinstance(vector, list):
                raise ProviderError(
                    f"Bedrock model {self._model} returned no 'embedding'",
                    hint=f"use an embedding model such as {TITAN_V2}",
                )
            rows.append(vector)
        matrix = _matrix(rows, "bedrock")
        if rows:
            self._dimensions = int(matrix.shape[1])
        return matrix


def _bedrock_error(exc: Exception, model: str) -> ProviderError:
    name = type(exc).__name__
    response = getattr(exc, "response", None)
    code = str(response.get("Error", {}).get("Code", "")) if isinstance(response, dict) else ""
    message = f"Bedrock embedding with {model} failed: {code or name}: {exc}"
    if code in ("ThrottlingException", "ServiceQuotaExceededException", "TooManyRequestsException"):
        return ProviderError(
            f"Bedrock throttled the embedding requests ({code})",
            hint="retry in a minute, index fewer files at once, or ask for a higher "
            f"InvokeModel quota for {model}; {OFFLINE_HINT}",
        )
    if code == "AccessDeniedException":
        hint = f"enable access to {model} in the Bedrock console and allow bedrock:InvokeModel"
    elif code in ("ValidationException", "ResourceNotFoundException"):
        hint = f"check the model id and region; Titan v2 is {TITAN_V2} with dimensions 256, 512 or 1024"
    elif name in ("NoCredentialsError", "PartialCredentialsError", "UnauthorizedSSOTokenError"):
        hint = "configure AWS credentials (AWS_PROFILE, environment variables or OIDC in Actions)"
    elif name == "NoRegionError":
        hint = "set AWS_REGION (or pass region=...) to a region where Bedrock is available"
    elif name in ("EndpointConnectionError", "ConnectTimeoutError", "ReadTimeoutError"):
        hint = "check network access to the Bedrock endpoint of the region"
    else:
        hint = f"check the AWS credentials, region and model access; {OFFLINE_HINT}"
    return ProviderError(message, hint=hint)


# --- HTTP providers: any OpenAI-compatible /embeddings endpoint, and Ollama -------------------------

KNOWN_DIMENSIONS = {
    "text-embedding-3-small": 1536,
    "text-embedding-3-large": 3072,
    "text-embedding-ada-002": 1536,
    "nomic-embed-text": 768,
    "mxbai-embed-large": 1024,
    "all-minilm": 384,
    "bge-m3": 1024,
}


class _HttpEmbedder:
    provider = "http"

    def __init__(self, model: str, base_url: str, timeout: float, batch_size: int, max_retries: int) -> None:
        self._model = model
        self.base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._batch_size = batch_size
        self._max_retries = max_retries
        self._dimensions = KNOWN_DIMENSIONS.get(model.split(":")[0], 0)
        self.backoff = 1.0  # seconds before the first retry of a 429/503 without Retry-After
        self.transport: httpx.BaseTransport | None = None

    @property
    def model(self) -> str:
        return self._model

    @property
    def dimensions(self) -> int:
        if not self._dimensions:
            self.embed(["dimension probe"])
        return self._dimensions

    def _headers(self) -> dict[str, str]:
        return {"Content-Type": "application/json"}

    def _request(self, texts: list[str]) -> dict[str, Any]:
        raise NotImplementedError

    def _rows(self, payload: dict[str, Any], count: int) -> list[list[float]]:
        raise NotImplementedError

    def _url(self) -> str:
        raise NotImplementedError

    def _not_found_hint(self) -> str:
        return f"check the model name {self._model!r} and the base URL {self.base_url}"

    def embed(self, texts: Sequence[str]) -> Matrix:
        import httpx

        rows: list[list[float]] = []
        with httpx.Client(timeout=self._timeout, transport=self.transport) as client:
            for start in range(0, len(texts), self._batch_size):
                batch = [text or " " for text in texts[start : start + self._batch_size]]
                payload = self._post(client, self._request(batch))
                rows.extend(self._rows(payload, len(batch)))
        matrix = _matrix(rows, self.provider)
        if rows:
            self._dimensions = int(matrix.shape[1])
        return matrix

    def _post(self, client: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
        import httpx

        url = self._url()
        for attempt in range(self._max_retries + 1):
            try:
                response = client.post(url, json=body, headers=self._headers())
            except httpx.TimeoutException as exc:
                raise ProviderError(
                    f"{self.provider} embedding request to {url} timed out",
                    hint=f"check that the server at {self.base_url} is up and not overloaded; {OFFLINE_HINT}",
                ) from exc
            except httpx.HTTPError as exc:
                raise ProviderError(
                    f"cannot reach the {self.provider} embedding endpoint {url}: {exc}",
                    hint=f"start the server or fix the base URL; {OFFLINE_HINT}",
                ) from exc
            if response.status_code in (429, 503) and attempt < self._max_retries:
                time.sleep(_retry_after(response, attempt, self.backoff))
                continue
            return self._check(response, url)
        raise AssertionError("unreachable")  # pragma: no cover

    def _check(self, response: httpx.Response, url: str) -> dict[str, Any]:
        status = response.status_code
        detail = response.text[:200].strip()
        if status == 429:
            raise ProviderError(
                f"{self.provider} rate-limited the embedding requests (HTTP 429): {detail}",
                hint=f"wait and retry, lower the batch size, or raise the rate limit; {OFFLINE_HINT}",
            )
        if status in (401, 403):
            raise ProviderError(
                f"{self.provider} refused the API key (HTTP {status})",
                hint="set a valid key in the environment variable the provider reads (OPENAI_API_KEY)",
            )
        if status == 404:
            raise ProviderError(
                f"{self.provider} endpoint or model not found (HTTP 404) at {url}: {detail}",
                hint=self._not_found_hint(),
            )
        if status >= 400:
            raise ProviderError(
                f"{self.provider} embedding request failed (HTTP {status}): {detail}",
                hint=f"check the model, base URL and server logs; {OFFLINE_HINT}",
            )
        try:
            payload = response.json()
        except ValueError as exc:
            raise ProviderError(
                f"{self.provider} returned a non-JSON response from {url}",
                hint="check that the base URL points at the API, not a web page",
            ) from exc
        if not isinstance(payload, dict):
            raise ProviderError(f"{self.provider} returned an unexpected response", hint=self._not_found_hint())
        return payload


def _retry_after(response: httpx.Response, attempt: int, backoff: float) -> float:
    try:
        return min(float(response.headers.get("retry-after", "")), 30.0)
    except ValueError:
        return min(backoff * 2.0**attempt, 8.0)


class OpenAIOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model: str = "text-embedding-3-small"
    base_url: str | None = None
    api_key_env: str = "OPENAI_API_KEY"
    dimensions: int | None = Field(default=None, ge=1)
    timeout: float = Field(default=60.0, gt=0)
    batch_size: int = Field(default=64, ge=1, le=2048)
    max_retries: int = Field(default=2, ge=0, le=10)


class OpenAIEmbedder(_HttpEmbedder):
    """Any OpenAI-compatible `POST {base_url}/embeddings` (OpenAI, Azure-style proxies, vLLM, LM Studio)."""

    provider = "openai"

    def __init__(
        self,
        model: str = "text-embedding-3-small",
        base_url: str | None = None,
        api_key_env: str = "OPENAI_API_KEY",
        dimensions: int | None = None,
        timeout: float = 60.0,
        batch_size: int = 64,
        max_retries: int = 2,
    ) -> None:
        url = base_url or os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1"
        super().__init__(model, url, timeout, batch_size, max_retries)
        self._requested_dimensions = dimensions
        if dimensions:
            self._dimensions = dimensions
        self._api_key = os.environ.get(api_key_env, "")
        if not self._api_key and "api.openai.com" in self.base_url:
            raise ProviderError(
                f"no API key for the openai embedder: {api_key_env} is not set",
                hint=f"export {api_key_env}=..., or set OPENAI_BASE_URL to a compatible server; " + OFFLINE_HINT,
            )

    def _url(self) -> str:
        return f"{self.base_url}/embeddings"

    def _headers(self) -> dict[str, str]:
        headers = super()._headers()
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        return headers

    def _request(self, texts: list[str]) -> dict[str, Any]:
        body: dict[str, Any] = {"model": self._model, "input": texts, "encoding_format": "float"}
        if self._requested_dimensions:
            body["dimensions"] = self._requested_dimensions
        return body

    def _rows(self, payload: dict[str, Any], count: int) -> list[list[float]]:
        data = payload.get("data")
        if not isinstance(data, list) or len(data) != count:
            raise ProviderError(
                f"openai-compatible server returned {len(data) if isinstance(data, list) else 'no'} "
                f"embeddings for {count} inputs",
                hint=f"check that {self._model!r} is an embedding model on {self.base_url}",
            )
        ordered = sorted(data, key=lambda item: int(item.get("index", 0)) if isinstance(item, dict) else 0)
        return [list(item["embedding"]) for item in ordered]


class OllamaOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model: str = "nomic-embed-text"
    base_url: str | None = None
    timeout: float = Field(default=120.0, gt=0)
    batch_size: int = Field(default=32, ge=1, le=1024)
    max_retries: int = Field(default=2, ge=0, le=10)


def _ollama_url() -> str:
    host = os.environ.get("OLLAMA_HOST", "").strip() or "127.0.0.1:11434"
    if host.startswith(("http://", "https://")):
        return host
    host = host.replace("0.0.0.0", "127.0.0.1")
    return f"http://{host}" if ":" in host else f"http://{host}:11434"


class OllamaEmbedder(_HttpEmbedder):
    """A local Ollama server: `POST {base_url}/api/embed` (OLLAMA_HOST or 127.0.0.1:11434)."""

    provider = "ollama"

    def __init__(
        self,
        model: str = "nomic-embed-text",
        base_url: str | None = None,
        timeout: float = 120.0,
        batch_size: int = 32,
        max_retries: int = 2,
    ) -> None:
        super().__init__(model, base_url or _ollama_url(), timeout, batch_size, max_retries)

    def _url(self) -> str:
        return f"{self.base_url}/api/embed"

    def _not_found_hint(self) -> str:
        return f"pull the model first: ollama pull {self._model}"

    def _request(self, texts: list[str]) -> dict[str, Any]:
        return {"model": self._model, "input": texts}

    def _rows(self, payload: dict[str, Any], count: int) -> list[list[float]]:
        rows = payload.get("embeddings")
        if not isinstance(rows, list) or len(rows) != count:
            raise ProviderError(
                f"ollama returned {len(rows) if isinstance(rows, list) else 'no'} embeddings for {count} inputs",
                hint=f"check that {self._model!r} is an embedding model (ollama show {self._model})",
            )
        return [list(row) for row in rows]


# --- sentence-transformers (optional extra) ---------------------------------------------------------


class SentenceTransformersOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model: str = "sentence-transformers/all-MiniLM-L6-v2"
    device: str | None = None
    batch_size: int = Field(default=32, ge=1)


class SentenceTransformersEmbedder:
    """A local sentence-transformers model (`pip install 'secops[st]'`); the model must be cached locally."""

    provider = "sentence-transformers"

    def __init__(
        self,
        model: str = "sentence-transformers/all-MiniLM-L6-v2",
        device: str | None = None,
        batch_size: int = 32,
    ) -> None:
        try:
            sentence_transformers = importlib.import_module("sentence_transformers")
        except ImportError as exc:
            raise ProviderError(
                "the sentence-transformers embedder needs the optional 'st' extra",
                hint=f"pip install 'secops[st]' {OFFLINE_HINT}",
            ) from exc
        try:
            self._st = sentence_transformers.SentenceTransformer(model, device=device)
        except Exception as exc:
            raise ProviderError(
                f"cannot load sentence-transformers model {model!r}: {exc}",
                hint="download the model once where the network is available (HF_HOME caches it) "
                f"or pass a local directory as the model; {OFFLINE_HINT}",
            ) from exc
        self._model = model
        self._batch_size = batch_size
        dims = self._st.get_sentence_embedding_dimension()
        self._dimensions = int(dims) if dims else 0

    @property
    def model(self) -> str:
        return self._model

    @property
    def dimensions(self) -> int:
        return self._dimensions

    def embed(self, texts: Sequence[str]) -> Matrix:
        import numpy as np

        vectors = self._st.encode(
            list(texts), batch_size=self._batch_size, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)


# --- the registry -----------------------------------------------------------------------------------

DEFAULT_EMBEDDER = "offline"
EMBEDDERS: Registry[Embedder] = Registry("embedding")
EMBEDDERS.register(
    "offline", OfflineEmbedder, options=OfflineOptions, description="feature hashing, no download (default)"
)
EMBEDDERS.register("bedrock", BedrockEmbedder, options=BedrockOptions, description="Amazon Titan Text Embeddings v2")
EMBEDDERS.register("openai", OpenAIEmbedder, options=OpenAIOptions, description="OpenAI-compatible /embeddings")
EMBEDDERS.register("ollama", OllamaEmbedder, options=OllamaOptions, description="Ollama /api/embed")
EMBEDDERS.register(
    "sentence-transformers",
    SentenceTransformersEmbedder,
    options=SentenceTransformersOptions,
    description="local sentence-transformers model (extra 'st')",
)


def get_embedder(name: str | None = None, **options: Any) -> Embedder:
    """Build an embedder by name (default: SECOPS_EMBEDDINGS, else offline); None options are ignored."""
    chosen = name or os.environ.get("SECOPS_EMBEDDINGS") or DEFAULT_EMBEDDER
    return EMBEDDERS.create(chosen, **options)
