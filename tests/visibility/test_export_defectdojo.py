"""SARIF upload through DefectDojo's import-scan API, against a loopback stub server."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from secops.cli import main
from secops.errors import ExitCode, ProviderError
from secops.export.defectdojo import DojoImport, import_scan

KEY = "dojo-secret-key-123"


@dataclass
class Dojo:
    url: str
    replies: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)


def _multipart(content_type: str, body: bytes) -> dict[str, Any]:
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        filename = part.get_filename()
        fields[str(name)] = (filename, payload) if filename else payload.decode()
    return fields


@pytest.fixture
def dojo() -> Iterator[Dojo]:
    state = Dojo("")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.requests.append(
                {
                    "path": self.path,
                    "headers": dict(self.headers),
                    "fields": _multipart(self.headers["Content-Type"], body),
                }
            )
            status, payload = state.replies.pop(0) if state.replies else (201, {})
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def _sarif(results_file: Callable[..., Path]) -> Path:
    return results_file().with_suffix(".sarif")


def test_uploads_sarif_as_multipart(
    dojo: Dojo, results_file: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sarif = _sarif(results_file)
    monkeypatch.setenv("SECOPS_DEFECTDOJO_API_KEY", KEY)
    dojo.replies.append((201, {"test": 17, "engagement_id": 3, "statistics": {"after": {"total": {"total": 2}}}}))
    code = main(["export", "defectdojo", str(sarif), "--url", dojo.url + "/", "--engagement", "3",
                 "--test-title", "secops main", "--close-old-findings"])  # fmt: skip
    assert code == 0
    assert "into test 17 in engagement 3 (2 findings)" in capsys.readouterr().out
    (request,) = dojo.requests
    assert request["path"] == "/api/v2/import-scan/"
    assert request["headers"]["Authorization"] == f"Token {KEY}"
    fields = request["fields"]
    assert fields["scan_type"] == "SARIF" and fields["engagement"] == "3" and fields["test_title"] == "secops main"
    assert (
        fields["close_old_findings"] == "true" and fields["active"] == "true" and fields["minimum_severity"] == "Info"
    )
    assert fields["file"] == (sarif.name, sarif.read_bytes())


def test_a_refused_key_says_how_to_fix_without_printing_it(
    dojo: Dojo, results_file: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    dojo.replies.append((401, {"detail": "Invalid token."}))
    argv = ["export", "defectdojo", str(_sarif(results_file)), "--url", dojo.url, "--engagement", "3", "--api-key", KEY]
    assert main(argv) == int(ExitCode.USAGE)
    err = capsys.readouterr().err
    assert "refused the API key (401)" in err and "SECOPS_DEFECTDOJO_API_KEY" in err and KEY not in err


def test_a_bad_engagement_shows_dojos_answer(
    dojo: Dojo, results_file: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    dojo.replies.append((400, {"engagement": ['Invalid pk "99" - object does not exist.']}))
    argv = [
        "export",
        "defectdojo",
        str(_sarif(results_file)),
        "--url",
        dojo.url,
        "--engagement",
        "99",
        "--api-key",
        KEY,
    ]
    assert main(argv) == int(ExitCode.USAGE)
    assert "object does not exist" in capsys.readouterr().err


def test_unavailable_is_retried(dojo: Dojo, results_file: Callable[..., Path]) -> None:
    dojo.replies += [(503, {}), (201, {"test_id": 5})]
    sleeps: list[float] = []
    result = import_scan(_sarif(results_file), DojoImport(dojo.url, 3, KEY), sleep=sleeps.append)
    assert result.detail == "test 5 in engagement 3" and len(dojo.requests) == 2 and len(sleeps) == 1


def test_unreachable_is_a_provider_error(results_file: Callable[..., Path]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ProviderError, match="cannot reach DefectDojo") as caught:
        import_scan(_sarif(results_file), DojoImport(f"http://127.0.0.1:{port}", 3, KEY), sleep=lambda _s: None)
    assert caught.value.hint and "--url" in caught.value.hint


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--api-key", KEY], "not a SARIF 2.1.0 log"),  # the JSON results, not SARIF
        ([], "no DefectDojo API key"),
        (["--api-key", KEY, "--minimum-severity", "Severe"], "--minimum-severity"),
    ],
)
def test_bad_input_is_refused_before_upload(
    dojo: Dojo, results_file: Callable[..., Path], capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    argv = ["export", "defectdojo", str(results_file()), "--url", dojo.url, "--engagement", "1", *args]
    assert main(argv) == int(ExitCode.USAGE)
    assert needle in capsys.readouterr().err and dojo.requests == []


def test_url_must_be_http(results_file: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    argv = [
        "export",
        "defectdojo",
        str(_sarif(results_file)),
        "--url",
        "ftp://dojo",
        "--engagement",
        "1",
        "--api-key",
        "k",
    ]
    assert main(argv) == int(ExitCode.USAGE)
    assert "not an http(s) URL" in capsys.readouterr().err
