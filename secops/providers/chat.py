"""Chat-model providers, registered by name: bedrock, openai, ollama and a scripted fake for tests.

Nothing outside this package imports a provider SDK. Every SDK (langchain-aws, langchain-openai,
langchain-ollama, boto3, langchain-core for the fake) is imported inside the factory that needs it,
so listing providers or running the offline decider never loads them. Every model runs at temperature 0
and with the SDK's own retries off: `secops.triage.agent` owns retries, so the call budget counts them.
"""

from __future__ import annotations

import json
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from secops.errors import ProviderError
from secops.providers.registry import Registry

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import AIMessage, BaseMessage

LLM_EXTRA_HINT = "pip install 'secops[llm]', or use the offline decider: --decider offline"
DEFAULT_BEDROCK_MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
DEFAULT_OLLAMA_MODEL = "llama3.1:8b"
THROTTLE_CODES = frozenset(
    {"ThrottlingException", "TooManyRequestsException", "ServiceUnavailableException", "ModelNotReadyException"}
)


@dataclass(frozen=True)
class ChatModel:
    """A configured LangChain chat model and what it is, for `decided_by` and cache keys."""

    provider: str
    model: str
    chat: BaseChatModel

    @property
    def label(self) -> str:
        return f"{self.provider}:{self.model}"


def _missing_sdk(exc: ImportError, provider: str) -> ProviderError:
    return ProviderError(f"the {provider} chat provider needs {exc.name or 'its SDK'}", hint=LLM_EXTRA_HINT)


def is_throttle(exc: BaseException) -> bool:
    """Throttling or overload (Bedrock ThrottlingException, HTTP 429/503): worth a retry after a pause."""
    status = getattr(exc, "status_code", None)
    response = getattr(exc, "response", None)
    if isinstance(response, dict):
        if response.get("Error", {}).get("Code") in THROTTLE_CODES:
            return True
        status = status or response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    elif response is not None:
        status = status or getattr(response, "status_code", None)
    return status in (429, 503) or type(exc).__name__ in ("RateLimitError", *THROTTLE_CODES)


def describe(exc: BaseException) -> str:
    """One line for a justification: the error class (or AWS error code) and the start of its message."""
    response = getattr(exc, "response", None)
    code = response.get("Error", {}).get("Code") if isinstance(response, dict) else None
    text = " ".join(str(exc).split())[:160]
    return f"{code or type(exc).__name__}: {text}" if text else str(code or type(exc).__name__)


# --- Amazon Bedrock (Converse API) ------------------------------------------------------------------


class BedrockChatOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    model: str | None = None  # default: SECOPS_MODEL, else DEFAULT_BEDROCK_MODEL
    region: str | None = None  # default: SECOPS_BEDROCK_REGION, else the boto3 chain (AWS_REGION...)
    max_tokens: int = Field(default=2048, ge=1)
    timeout: float = Field(default=120.0, gt=0)
    client: Any = None  # a ready bedrock-runtime client (tests pass a botocore-Stubbed one)


def bedrock_chat(
    model: str | None = None,
    region: str | None = None,
    max_tokens: int = 2048,
    timeout: float = 120.0,
    client: Any = None,
) -> ChatModel:
    """ChatBedrockConverse on the boto3 credential chain (profile, env, SSO, OIDC role in Actions)."""
    model_id = model or os.environ.get("SECOPS_MODEL") or DEFAULT_BEDROCK_MODEL
    region = region or os.environ.get("SECOPS_BEDROCK_REGION") or None
    try:
        import boto3
        from botocore.config import Config
        from langchain_aws import ChatBedrockConverse
    except ImportError as exc:
        raise _missing_sdk(exc, "bedrock") from exc
    try:
        if client is None:
            config = Config(retries={"max_attempts": 1, "mode": "standard"}, read_timeout=timeout, connect_timeout=10)
            client = boto3.client("bedrock-runtime", region_name=region, config=config)
        region = region or client.meta.region_name
        control = boto3.client("bedrock", region_name=region)
        chat = ChatBedrockConverse(
            model=model_id, region_name=region, client=client, bedrock_client=control, temperature=0,
            max_tokens=max_tokens,
        )  # fmt: skip
    except ProviderError:
        raise
    except Exception as exc:  # NoRegionError, a model id the SDK rejects...
        raise ProviderError(
            f"cannot set up Bedrock model {model_id}: {describe(exc)}",
            hint="set SECOPS_BEDROCK_REGION (or AWS_REGION) to a region where the model is enabled",
        ) from exc
    return ChatModel("bedrock", model_id, chat)


# --- OpenAI-compatible servers (OpenAI, vLLM, LM Studio, Ollama's /v1) ------------------------------


class OpenAIChatOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model: str | None = None  # default: SECOPS_MODEL, else DEFAULT_OPENAI_MODEL
    base_url: str | None = None  # default: SECOPS_OPENAI_BASE_URL, else OPENAI_BASE_URL, else api.openai.com
    api_key_env: str = "OPENAI_API_KEY"
    max_tokens: int | None = Field(default=None, ge=1)
    timeout: float = Field(default=120.0, gt=0)


def openai_chat(
    model: str | None = None,
    base_url: str | None = None,
    api_key_env: str = "OPENAI_API_KEY",
    max_tokens: int | None = None,
    timeout: float = 120.0,
) -> ChatModel:
    """ChatOpenAI (Chat Completions) against api.openai.com or any compatible `base_url`."""
    model_id = model or os.environ.get("SECOPS_MODEL") or DEFAULT_OPENAI_MODEL
    url = base_url or os.environ.get("SECOPS_OPENAI_BASE_URL") or os.environ.get("OPENAI_BASE_URL") or None
    key = os.environ.get(api_key_env, "")
    if not key and url is None:
        raise ProviderError(
            f"no API key for the openai chat provider: {api_key_env} is not set",
            hint=f"export {api_key_env}=..., or point SECOPS_OPENAI_BASE_URL at a compatible server (vLLM, LM Studio)",
        )
    try:
        from langchain_openai import ChatOpenAI
        from pydantic import SecretStr
    except ImportError as exc:
        raise _missing_sdk(exc, "openai") from exc
    chat = ChatOpenAI(
        model=model_id, base_url=url, api_key=SecretStr(key or "not-needed"), temperature=0, max_retries=0,
        timeout=timeout, max_completion_tokens=max_tokens,
    )  # fmt: skip
    return ChatModel("openai", model_id, chat)


# --- Ollama (native API) ----------------------------------------------------------------------------


class OllamaChatOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model: str | None = None  # default: SECOPS_MODEL, else DEFAULT_OLLAMA_MODEL
    base_url: str | None = None  # default: OLLAMA_HOST, else http://127.0.0.1:11434
    max_tokens: int | None = Field(default=None, ge=1)
    timeout: float = Field(default=300.0, gt=0)


def ollama_chat(
    model: str | None = None, base_url: str | None = None, max_tokens: int | None = None, timeout: float = 300.0
) -> ChatModel:
    """ChatOllama against a local (or OLLAMA_HOST) server; the model needs tool-calling support."""
    from secops.providers.embeddings import _ollama_url

    model_id = model or os.environ.get("SECOPS_MODEL") or DEFAULT_OLLAMA_MODEL
    try:
        from langchain_ollama import ChatOllama
    except ImportError as exc:
        raise _missing_sdk(exc, "ollama") from exc
    chat = ChatOllama(
        model=model_id, base_url=base_url or _ollama_url(), temperature=0, num_predict=max_tokens,
        client_kwargs={"timeout": timeout},
    )  # fmt: skip
    return ChatModel("ollama", model_id, chat)


# --- fake: scripted replies for tests and demos ------------------------------------------------------


@dataclass(frozen=True)
class FakeRequest:
    """What the fake model was sent: the messages, the bound tool names, and everything as one text."""

    messages: tuple[BaseMessage, ...]
    tools: tuple[str, ...]
    tool_choice: Any
    payload: str  # every message and tool schema, serialised: what a real provider would receive


Reply = Any  # AIMessage | dict(content=..., tool_calls=[{name, args, id?}]) | str | BaseException
Responder = Callable[[FakeRequest], Reply]


@dataclass
class FakeScript:
    """The fake model's replies, in order (an exception is raised), or from a responder; and its requests."""

    replies: Iterable[Reply] = ()
    responder: Responder | None = None
    requests: list[FakeRequest] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._queue: deque[Reply] = deque(self.replies)
        self._lock = threading.Lock()

    @classmethod
    def from_file(cls, path: Path) -> FakeScript:
        try:
            replies = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ProviderError(f"cannot read the fake chat script {path}: {exc}", where=str(path)) from exc
        if not isinstance(replies, list):
            raise ProviderError("a fake chat script is a JSON list of replies", where=str(path))
        return cls(replies)

    def enqueue(self, *replies: Reply) -> None:
        with self._lock:
            self._queue.extend(replies)

    @property
    def calls(self) -> int:
        return len(self.requests)

    def next_reply(self, request: FakeRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self._queue:
                return self._queue.popleft()
        if self.responder is not None:
            return self.responder(request)
        raise ProviderError("the fake chat model has no scripted reply left", hint="enqueue more replies")


class FakeChatOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    model: str = "fake-model"
    script: Any = None  # a FakeScript; default: SECOPS_FAKE_CHAT_SCRIPT (a JSON list of replies), else empty


def fake_chat(model: str = "fake-model", script: FakeScript | None = None) -> ChatModel:
    """A deterministic chat model that replays a script, supports tool calls, and records every request."""
    if script is None:
        path = os.environ.get("SECOPS_FAKE_CHAT_SCRIPT")
        script = FakeScript.from_file(Path(path)) if path else FakeScript()
    if not isinstance(script, FakeScript):
        raise ProviderError("the fake chat provider's script must be a FakeScript", hint="FakeScript([...replies])")
    try:
        factory: Any = _fake_chat_class()
        chat = factory(script=script, model=model)
    except ImportError as exc:
        raise _missing_sdk(exc, "fake") from exc
    return ChatModel("fake", model, chat)


def _to_message(reply: Reply, count: int) -> AIMessage:
    from langchain_core.messages import AIMessage

    if isinstance(reply, BaseException):
        raise reply
    if isinstance(reply, AIMessage):
        return reply
    if isinstance(reply, str):
        return AIMessage(content=reply)
    calls = [
        {"name": call["name"], "args": call.get("args", {}), "id": call.get("id") or f"call_{count}_{n}"}
        for n, call in enumerate(reply.get("tool_calls", []))
    ]
    return AIMessage(content=reply.get("content", ""), tool_calls=calls)


def _payload(messages: Sequence[BaseMessage], tools: Sequence[Any]) -> str:
    from langchain_core.messages import messages_to_dict
    from langchain_core.utils.function_calling import convert_to_openai_tool

    schemas = [convert_to_openai_tool(tool) for tool in tools]
    return json.dumps({"messages": messages_to_dict(list(messages)), "tools": schemas}, default=str)


@cache
def _fake_chat_class() -> type[BaseChatModel]:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.outputs import ChatGeneration, ChatResult
    from langchain_core.runnables import Runnable

    class FakeChatModel(BaseChatModel):
        """Replays `script`; `bind_tools` records tool names so the transcript shows what was offered."""

        script: Any
        model: str = "fake-model"

        @property
        def _llm_type(self) -> str:
            return "secops-fake"

        def bind_tools(
            self, tools: Sequence[Any], *, tool_choice: str | None = None, **kwargs: Any
        ) -> Runnable[Any, AIMessage]:
            return self.bind(tools=list(tools), tool_choice=tool_choice, **kwargs)

        def _generate(
            self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None, **kwargs: Any
        ) -> ChatResult:
            tools = kwargs.get("tools", [])
            payload = _payload(messages, tools)
            names = tuple(getattr(tool, "name", "") or str(tool) for tool in tools)
            request = FakeRequest(tuple(messages), names, kwargs.get("tool_choice"), payload)
            message = _to_message(self.script.next_reply(request), self.script.calls)
            if message.usage_metadata is None:
                inputs, outputs = len(payload) // 4, len(str(message.content) + str(message.tool_calls)) // 4
                usage = {"input_tokens": inputs, "output_tokens": outputs, "total_tokens": inputs + outputs}
                message = message.model_copy(update={"usage_metadata": usage})
            return ChatResult(generations=[ChatGeneration(message=message)])

    return FakeChatModel


# --- the registry -----------------------------------------------------------------------------------

DEFAULT_CHAT = "bedrock"
CHATS: Registry[ChatModel] = Registry("chat")
CHATS.register("bedrock", bedrock_chat, options=BedrockChatOptions, description="Amazon Bedrock Converse API")
CHATS.register("openai", openai_chat, options=OpenAIChatOptions, description="OpenAI-compatible chat completions")
CHATS.register("ollama", ollama_chat, options=OllamaChatOptions, description="Ollama native API")
CHATS.register("fake", fake_chat, options=FakeChatOptions, description="scripted replies (tests and demos)")


def get_chat_model(name: str | None = None, **options: Any) -> ChatModel:
    """Build a chat model by name (default: SECOPS_PROVIDER, else bedrock); None options are ignored."""
    chosen = name or os.environ.get("SECOPS_PROVIDER") or DEFAULT_CHAT
    return CHATS.create(chosen, **options)
