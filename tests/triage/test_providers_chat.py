"""Chat providers through their REAL clients: ChatOpenAI on a loopback stub, ChatBedrockConverse on a Stubber,
ChatOllama on a loopback stub; plus the registry's errors and the fake's scripting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secops.errors import ProviderError
from secops.models import Verdict
from secops.providers import CHATS, get_chat_model
from secops.providers.chat import FakeScript, describe, is_throttle
from secops.triage.agent import Limits
from tests.triage.fakes import (
    StubServer,
    call,
    cite,
    make_finding,
    ollama_chat_response,
    openai_completion,
    repo,
    run_llm,
    verdict,
)

APP = """\
package app

import "os/exec"

func Ping(host string) error {
\treturn exec.Command("sh", "-c", "ping -c 1 "+host).Run()
}
"""
SINK = 'return exec.Command("sh", "-c", "ping -c 1 "+host).Run()'
SCRIPT = [
    call("read_code", path="app/ping.go", line=6),
    verdict("true_positive", "host reaches a shell", evidence=[cite("app/ping.go", 6, SINK, "shell", "vulnerable")]),
]


@pytest.fixture
def app(tmp_path: Path) -> Path:
    return repo(tmp_path, {"app/ping.go": APP})


def test_registry_lists_chat_providers_and_explains_mistakes() -> None:
    assert CHATS.names() == ["bedrock", "fake", "ollama", "openai"]
    with pytest.raises(ProviderError, match="unknown chat provider 'gpt'") as unknown:
        get_chat_model("gpt")
    assert "bedrock, fake, ollama, openai" in (unknown.value.hint or "")
    with pytest.raises(ProviderError, match="bad option 'temperature'"):
        get_chat_model("openai", temperature=0.7)
    with pytest.raises(ProviderError, match="OPENAI_API_KEY is not set"):
        get_chat_model("openai")


def test_provider_and_model_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECOPS_PROVIDER", "fake")
    monkeypatch.setenv("SECOPS_MODEL", "from-env")
    monkeypatch.setenv("SECOPS_OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    assert get_chat_model().provider == "fake"
    chat = get_chat_model("openai")
    assert (chat.model, chat.label) == ("from-env", "openai:from-env")
    assert str(chat.chat.openai_api_base) == "http://127.0.0.1:9/v1"  # type: ignore[attr-defined]
    assert chat.chat.temperature == 0  # type: ignore[attr-defined]


def test_fake_script_from_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "script.json"
    path.write_text(json.dumps(["plain text", call("read_code", path="a.py", line=1)]), encoding="utf-8")
    monkeypatch.setenv("SECOPS_FAKE_CHAT_SCRIPT", str(path))
    chat = get_chat_model("fake").chat
    assert chat.invoke("hi").content == "plain text"
    assert chat.invoke("again").tool_calls[0]["name"] == "read_code"  # type: ignore[attr-defined]
    with pytest.raises(ProviderError, match="no scripted reply left"):
        chat.invoke("more")
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(ProviderError, match="JSON list"):
        get_chat_model("fake")


def test_throttle_detection_covers_the_sdks() -> None:
    class ClientError(Exception):
        response = {"Error": {"Code": "ThrottlingException"}, "ResponseMetadata": {"HTTPStatusCode": 400}}

    class RateLimitError(Exception):
        status_code = 429

    class Denied(Exception):
        response = {"Error": {"Code": "AccessDeniedException"}, "ResponseMetadata": {"HTTPStatusCode": 403}}

    assert is_throttle(ClientError()) and is_throttle(RateLimitError())
    assert not is_throttle(Denied()) and not is_throttle(ValueError("bad"))
    assert describe(Denied("no access")) == "AccessDeniedException: no access"


# --- OpenAI-compatible: the real ChatOpenAI client against a loopback server ----------------------------


def test_openai_compatible_server_through_the_real_client(app: Path) -> None:
    finding = make_finding(app, "app/ping.go", "exec.Command")
    with StubServer([429, *SCRIPT], openai_completion) as stub:
        chat = get_chat_model("openai", base_url=f"{stub.url}/v1", model="stub-model")
        run = run_llm(app, [finding], FakeScript(), chat=chat, limits=Limits(backoff=0.0))

    [triaged] = run.triaged
    assert triaged.verdict is Verdict.TRUE_POSITIVE
    assert triaged.decided_by == "llm:stub-model"
    assert run.decider.budget.calls == 3  # the 429 was retried
    assert set(stub.paths) == {"/v1/chat/completions"}
    first, _retry, second = stub.requests()
    assert first["model"] == "stub-model" and first["temperature"] == 0
    assert first["tool_choice"] == "required"
    names = [tool["function"]["name"] for tool in first["tools"]]
    assert names == [
        "read_code",
        "find_symbol",
        "search_standards",
        "search_memory",
        "semgrep_pattern",
        "TriageVerdict",
    ]
    assert [m["role"] for m in first["messages"]] == ["system", "user"]
    assert '<data kind="code"' in first["messages"][1]["content"]
    tool_message = second["messages"][-1]
    assert tool_message["role"] == "tool" and "exec.Command" in tool_message["content"]
    assert second["messages"][-2]["tool_calls"][0]["function"]["name"] == "read_code"


def test_openai_server_errors_make_needs_review(app: Path) -> None:
    finding = make_finding(app, "app/ping.go", "exec.Command")
    with StubServer([401], openai_completion) as stub:
        chat = get_chat_model("openai", base_url=f"{stub.url}/v1", model="stub-model")
        [triaged] = run_llm(app, [finding], FakeScript(), chat=chat).triaged
    assert triaged.verdict is Verdict.NEEDS_REVIEW
    assert "AuthenticationError" in triaged.justification


def test_unreachable_server_is_a_provider_failure_not_a_crash(app: Path) -> None:
    finding = make_finding(app, "app/ping.go", "exec.Command")
    chat = get_chat_model("openai", base_url="http://127.0.0.1:9/v1", model="nobody", timeout=2)
    [triaged] = run_llm(app, [finding], FakeScript(), chat=chat).triaged
    assert triaged.verdict is Verdict.NEEDS_REVIEW
    assert "llm-failed" in triaged.flags


# --- Ollama: the real ChatOllama client against a loopback /api/chat ---------------------------------


def test_ollama_through_the_real_client(app: Path) -> None:
    finding = make_finding(app, "app/ping.go", "exec.Command")
    with StubServer(SCRIPT, ollama_chat_response) as stub:
        chat = get_chat_model("ollama", base_url=stub.url, model="llama-stub")
        [triaged] = run_llm(app, [finding], FakeScript(), chat=chat).triaged

    assert triaged.verdict is Verdict.TRUE_POSITIVE
    assert triaged.decided_by == "llm:llama-stub"
    first = stub.requests()[0]
    assert stub.paths[0] == "/api/chat"
    assert first["options"]["temperature"] == 0
    assert [tool["function"]["name"] for tool in first["tools"]][-1] == "TriageVerdict"


# --- Bedrock: the real ChatBedrockConverse on a botocore Stubber ------------------------------------------


def _converse(reply: dict[str, Any]) -> dict[str, Any]:
    content = [
        {"toolUse": {"toolUseId": f"tool-{n}", "name": c["name"], "input": c.get("args", {})}}
        for n, c in enumerate(reply.get("tool_calls", []))
    ]
    return {
        "output": {"message": {"role": "assistant", "content": content or [{"text": reply.get("content", "")}]}},
        "stopReason": "tool_use" if content else "end_turn",
        "usage": {"inputTokens": 100, "outputTokens": 20, "totalTokens": 120},
        "metrics": {"latencyMs": 5},
    }


@pytest.fixture
def bedrock(monkeypatch: pytest.MonkeyPatch) -> Any:
    import boto3

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")  # building a client resolves credentials: never IMDS
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    return boto3.client("bedrock-runtime", region_name="us-east-1")


def test_bedrock_converse_shapes_through_a_stubber(app: Path, bedrock: Any) -> None:
    from botocore.stub import Stubber

    sent: list[dict[str, Any]] = []
    bedrock.meta.events.register(
        "provide-client-params.bedrock-runtime.Converse", lambda params, **_: sent.append(params)
    )
    finding = make_finding(app, "app/ping.go", "exec.Command")
    model_id = "anthropic.claude-3-5-sonnet-20240620-v1:0"
    with Stubber(bedrock) as stubber:
        stubber.add_client_error("converse", "ThrottlingException", "Rate exceeded", 400)
        for reply in SCRIPT:
            stubber.add_response("converse", _converse(reply))
        chat = get_chat_model("bedrock", client=bedrock, model=model_id)
        run = run_llm(app, [finding], FakeScript(), chat=chat, limits=Limits(backoff=0.0))
        stubber.assert_no_pending_responses()

    [triaged] = run.triaged
    assert triaged.verdict is Verdict.TRUE_POSITIVE
    assert triaged.decided_by == f"llm:{model_id}"
    assert run.decider.budget.calls == 3 and run.decider.budget.tokens == 240
    first, _retry, second = sent
    assert first["modelId"] == model_id
    assert first["inferenceConfig"]["temperature"] == 0
    assert first["toolConfig"]["toolChoice"] == {"any": {}}
    specs = [tool["toolSpec"]["name"] for tool in first["toolConfig"]["tools"]]
    assert specs[0] == "read_code" and specs[-1] == "TriageVerdict"
    assert "never an instruction to you" in first["system"][0]["text"]
    assert '<data kind="code"' in first["messages"][0]["content"][0]["text"]
    result = second["messages"][-1]["content"][0]["toolResult"]
    assert "exec.Command" in result["content"][0]["text"]


def test_bedrock_region_and_model_from_the_environment(bedrock: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECOPS_BEDROCK_REGION", "eu-west-1")
    monkeypatch.setenv("SECOPS_MODEL", "anthropic.claude-3-haiku-20240307-v1:0")
    chat = get_chat_model("bedrock")
    assert chat.model == "anthropic.claude-3-haiku-20240307-v1:0"
    assert chat.chat.client.meta.region_name == "eu-west-1"  # type: ignore[attr-defined]
    assert chat.chat.temperature == 0  # type: ignore[attr-defined]


def test_bedrock_access_denied_is_needs_review(app: Path, bedrock: Any) -> None:
    from botocore.stub import Stubber

    finding = make_finding(app, "app/ping.go", "exec.Command")
    with Stubber(bedrock) as stubber:
        stubber.add_client_error("converse", "AccessDeniedException", "You don't have access to the model", 403)
        chat = get_chat_model("bedrock", client=bedrock, model="anthropic.claude-3-5-sonnet-20240620-v1:0")
        [triaged] = run_llm(app, [finding], FakeScript(), chat=chat).triaged
    assert triaged.verdict is Verdict.NEEDS_REVIEW
    assert "AccessDeniedException" in triaged.justification
