"""Shared fixtures: offline by default, throwaway git repos, the shared schemas."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


class UnplannedNetworkCall(AssertionError):
    pass


def _is_loopback(address: Any) -> bool:
    if isinstance(address, tuple) and address:
        host = address[0]
    else:
        return True  # AF_UNIX paths
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _no_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any connection that leaves the machine; loopback servers started by tests are fine."""
    if request.node.get_closest_marker("online"):
        yield
        return
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: Any) -> Any:
        if not _is_loopback(address):
            raise UnplannedNetworkCall(f"unplanned network call to {address!r}")
        return real_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> Any:
        if not _is_loopback(address):
            raise UnplannedNetworkCall(f"unplanned network call to {address!r}")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    yield


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No SECOPS_* setting or cloud credential from the developer's shell leaks into a test."""
    for name in list(os.environ):
        if name.startswith(("SECOPS_", "AWS_", "OPENAI_", "GITHUB_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SEMGREP_ENABLE_VERSION_CHECK", "0")
    monkeypatch.setenv("SEMGREP_SEND_METRICS", "off")
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Test Author")
    monkeypatch.setenv("GIT_AUTHOR_EMAIL", "author@example.com")
    monkeypatch.setenv("GIT_COMMITTER_NAME", "Test Author")
    monkeypatch.setenv("GIT_COMMITTER_EMAIL", "author@example.com")
    monkeypatch.setenv("SECOPS_USER_DIR", str(tmp_path_factory.mktemp("user")))
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def sarif_schema() -> dict[str, Any]:
    import json

    path = REPO_ROOT / "tests" / "assets" / "sarif-schema-2.1.0.json"  # a copy of shared/schemas/
    return dict(json.loads(path.read_text(encoding="utf-8")))


def require_tool(name: str) -> str:
    """The path of a system tool a test drives; skipped locally when missing, a failure in CI."""
    import shutil

    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):  # CI runs .ci/run, which installs the tools
            pytest.fail(f"{name} is required in CI (.ci/run installs it) but is not installed")
        pytest.skip(f"{name} is not installed (apt-get install {name})")
    return path
