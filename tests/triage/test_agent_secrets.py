"""Seeded secrets never reach a provider: not in the prompt, tool results, knowledge text or memory.

The repository, the rule message, a human verdict and a standard all carry credentials; the model reads
them through every tool. Every request the fake model and a loopback OpenAI-compatible server receive is
searched for every secret.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secops.knowledge.interface import Clause
from secops.knowledge.memory import MemoryIndex
from secops.models import Verdict
from secops.providers import get_chat_model
from secops.providers.chat import FakeScript
from secops.triage.memory import Memory
from tests.triage.fakes import StubServer, call, make_finding, openai_completion, repo, run_llm, verdict

SECRETS = {
    "aws-key-id": "AKIAZ7Q3EXAMPLE4XK2M",
    "aws-secret": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8T3kLm9Q",
    "github": "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
    "slack": "xoxb-2048-4096-Zq8T3kLm9QwXa1B2",
    "stripe": "sk_live_51HqZq8T3kLm9QwXa1B2c3D4",
    "google": "AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
    "jwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.Zq8T3kLm9QwXa1B2c3D4e5F6",
    "password": "Tr0ub4dor-3xyz",
    "bearer": "Zq8T3kLm9QwXa1B2c3D4e5F6g7H8",
    "high-entropy": "q8T3kLm9QwXa1B2c3D4e5F6g7H8i9J0kZ",
    "private-key": "MIIEowIBAAKCAQEAq8T3kLm9QwXa1B2c3D4e5F6g7H8i9J0k",
}

SETTINGS_PY = f"""\
import boto3

AWS_ACCESS_KEY_ID = "{SECRETS["aws-key-id"]}"
aws_secret_access_key = "{SECRETS["aws-secret"]}"
db_password = "{SECRETS["password"]}"
SIGNING = "{SECRETS["high-entropy"]}"
HEADERS = {{"Authorization": "Bearer {SECRETS["bearer"]}"}}
DEPLOY_KEY = \"\"\"-----BEGIN RSA PRIVATE KEY-----
{SECRETS["private-key"]}
-----END RSA PRIVATE KEY-----\"\"\"


def connect():
    return boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=aws_secret_access_key)
"""

CLIENT_GO = f"""\
package app

import "os/exec"

const slackToken = "{SECRETS["slack"]}"
const mapsKey = "{SECRETS["google"]}"

func Notify(msg string) error {{
\t// token: {SECRETS["jwt"]}
\treturn exec.Command("sh", "-c", "notify --token {SECRETS["github"]} "+msg).Run()
}}
"""

POISONED_KB = [
    Clause(
        "SEC-SECRETS-1",
        "SEC-SECRETS",
        "Keep keys out of code",
        "Secrets",
        f'Never commit keys such as stripe.api_key = "{SECRETS["stripe"]}" to the repository.',
        "secrets.md",
        1,
        "1",
    ),  # fmt: skip
]


def _script() -> list[dict[str, Any]]:
    per_finding = [
        call("read_code", path="app/settings.py", line=5, context=60),
        call("find_symbol", name="connect"),
        call("search_memory", query="token slack rotated"),
        call("search_standards", query="stripe key secrets"),
    ]
    return [*per_finding, verdict("true_positive"), *per_finding, verdict("true_positive")]


@pytest.fixture
def seeded(tmp_path: Path) -> dict[str, Any]:
    root = repo(tmp_path, {"app/settings.py": SETTINGS_PY, "app/client.go": CLIENT_GO})
    hardcoded = make_finding(root, "app/settings.py", "db_password", family="hardcoded-secret", cwe=("CWE-798",))
    hardcoded = hardcoded.replace(message=f"hard-coded credential {SECRETS['password']} in db_password")
    shell = make_finding(root, "app/client.go", "exec.Command")
    memory = Memory.load(root)
    other = make_finding(root, "app/client.go", "mapsKey")
    memory.mark(other, Verdict.TRUE_POSITIVE, f"rotated the slack token {SECRETS['slack']} after this", "bob")
    index = MemoryIndex(POISONED_KB, version="kb", dense=False)
    return {"root": root, "findings": [hardcoded, shell], "memory": memory, "index": index}


def _assert_clean(texts: list[str]) -> None:
    joined = "\n".join(texts)
    leaked = {name: value for name, value in SECRETS.items() if value in joined}
    assert leaked == {}
    assert "[REDACTED:" in joined  # the secrets were there to redact


def test_no_secret_reaches_the_fake_model(seeded: dict[str, Any]) -> None:
    script = FakeScript(_script())
    run = run_llm(seeded["root"], seeded["findings"], script, index=seeded["index"], memory=seeded["memory"])

    assert script.calls == 10
    assert all(t.decided_by == "llm:fake-model" for t in run.triaged)
    results = [str(m.content) for m in script.requests[-1].messages if m.type == "tool"]
    assert any("AWS_ACCESS_KEY_ID" in r for r in results)  # the tools did read the secret-bearing lines
    assert any("rotated the slack token" in r for r in results)
    assert any("stripe.api_key" in r for r in results)
    _assert_clean([request.payload for request in script.requests])


def test_no_secret_reaches_an_openai_compatible_server(seeded: dict[str, Any]) -> None:
    with StubServer(_script(), openai_completion) as stub:
        chat = get_chat_model("openai", base_url=f"{stub.url}/v1", model="stub-model")
        run = run_llm(seeded["root"], seeded["findings"], FakeScript(), chat=chat, index=seeded["index"],
                      memory=seeded["memory"])  # fmt: skip

    assert len(stub.bodies) == 10
    assert all(t.decided_by == "llm:stub-model" for t in run.triaged)
    _assert_clean(stub.bodies)


def test_url_credentials_are_redacted() -> None:
    from secops.redact import redact

    assert "S3cretPassw0rd" not in redact('DATABASE_URL = "postgres://admin:S3cretPassw0rd@db:5432/app"')
