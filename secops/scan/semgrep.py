"""Run Semgrep as a subprocess and parse its JSON; never trust its exit code as the verdict."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secops._subprocess import CommandError, run
from secops.errors import ScanError
from secops.models import ScanWarning
from secops.rules.library import Rule

_ENV = {"SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"}
_CORE_ENV = {**_ENV, "NO_COLOR": "1"}  # what the shim sets before exec'ing the binary when stderr is not a tty
DEFAULT_TIMEOUT = 30  # seconds per file and rule (policy scan.timeout)
_ARGV_BUDGET = 200_000  # characters of target paths per Semgrep run; bigger target lists are chunked


@dataclass(frozen=True)
class SemgrepOutput:
    results: tuple[dict[str, Any], ...]
    warnings: tuple[ScanWarning, ...]
    engine: str
    version: str


def semgrep_binary() -> str:
    """The semgrep next to this interpreter (the venv we were installed in), else the one on PATH."""
    beside = Path(sys.executable).parent / "semgrep"
    if beside.exists():
        return str(beside)
    found = shutil.which("semgrep")
    if not found:
        raise ScanError("semgrep is not installed", hint="pip install semgrep (secops depends on it)")
    return found


def native_core() -> str | None:
    """The native CLI binary of the importable semgrep package, if there is one.

    `semgrep scan --experimental` is a Python shim that execs `semgrep-core` named `osemgrep`; starting
    that binary ourselves saves the shim's interpreter start-up (~50 ms a run, most of a one-file commit's
    margin). Any other layout (semgrep from PATH, a future wheel) goes through the shim.
    """
    spec = importlib.util.find_spec("semgrep")
    for location in (spec.submodule_search_locations or []) if spec else []:
        core = Path(location) / "bin" / "semgrep-core"
        if core.is_file() and os.access(core, os.X_OK):
            return str(core)
    return None


def engine_from_env() -> str:
    return os.environ.get("SECOPS_SEMGREP_ENGINE", "native")


def _argv(binary: str, rules_file: Path, targets: Sequence[str], engine: str, jobs: int, timeout: int) -> list[str]:
    argv = [binary, "scan"]
    if engine == "native":
        argv.append("--experimental")
    argv += [
        "--config", str(rules_file), "--json", "--metrics=off", "--disable-version-check",
        "--disable-nosem", "--timeout", str(timeout), "--max-target-bytes", "0", "--quiet",
    ]  # fmt: skip
    if jobs > 0:
        argv += ["--jobs", str(jobs)]
    return [*argv, "--", *targets]


def _chunks(targets: Sequence[str]) -> list[list[str]]:
    chunks: list[list[str]] = [[]]
    size = 0
    for target in targets:
        if size + len(target) > _ARGV_BUDGET and chunks[-1]:
            chunks.append([])
            size = 0
        chunks[-1].append(target)
        size += len(target) + 1
    return chunks


def _error_warning(error: dict[str, Any]) -> ScanWarning:
    message = str(error.get("message", "")).strip().replace("\n", " ")
    spans = error.get("spans") or []
    line = int(spans[0].get("start", {}).get("line", 0)) if spans else 0
    path = str(error.get("path") or (spans[0].get("file", "") if spans else ""))
    rule = error.get("rule_id")
    raw_type = error.get("type") or "error"
    kind = str(raw_type[0] if isinstance(raw_type, list) and raw_type else raw_type)
    text = f"semgrep {kind}{f' in rule {rule}' if rule else ''}: {message}"
    return ScanWarning("semgrep-error", text, path, line)


def _is_fatal(error: dict[str, Any]) -> bool:
    """An error about the run itself (config, invocation), not about one file."""
    return str(error.get("level")) == "error" and not error.get("path") and not error.get("spans")


def _parse(done: Any, engine: str) -> tuple[list[dict[str, Any]], list[ScanWarning], str]:
    try:
        payload = json.loads(done.stdout)
    except json.JSONDecodeError as exc:
        tail = "\n".join(done.stderr.strip().splitlines()[-8:])
        raise ScanError(
            f"semgrep ({engine}) exited {done.returncode} without JSON output",
            where=tail or None,
            hint="run the command with SECOPS_SEMGREP_ENGINE=python, or check the rule files with `secops rules lint`",
        ) from exc
    errors = payload.get("errors") or []
    fatal = [e for e in errors if _is_fatal(e)]
    if fatal and not payload.get("results"):
        raise ScanError(
            f"semgrep ({engine}) failed: {str(fatal[0].get('message', '')).strip()[:400]}",
            hint="check the rules with `secops rules lint`, or retry with SECOPS_SEMGREP_ENGINE=python",
        )
    warnings = [_error_warning(e) for e in errors]
    return list(payload.get("results") or []), warnings, str(payload.get("version", ""))


def run_semgrep(
    rules: Sequence[Rule], root: Path, targets: Sequence[str], *, jobs: int = 0, timeout: int = DEFAULT_TIMEOUT
) -> SemgrepOutput:
    """Scan `targets` (paths relative to `root`) with exactly `rules`."""
    engine = engine_from_env()
    if not rules or not targets:
        return SemgrepOutput((), (), engine, "")
    binary = semgrep_binary()
    core = native_core() if engine == "native" else None
    results: list[dict[str, Any]] = []
    warnings: list[ScanWarning] = []
    version = ""
    with tempfile.TemporaryDirectory(prefix="secops-rules-") as tmp:
        rules_file = Path(tmp) / "rules.yaml"
        # JSON is YAML too, and far faster to write than YAML for a few hundred rules.
        rules_file.write_text(json.dumps({"rules": [r.raw for r in rules]}, default=str), encoding="utf-8")
        for chunk in _chunks(targets):
            argv = _argv("osemgrep" if core else binary, rules_file, chunk, engine, jobs, timeout)
            try:
                done = run(argv, cwd=root, env=_CORE_ENV if core else _ENV, timeout=max(600, timeout * 20),
                           executable=core)  # fmt: skip
            except CommandError as exc:
                raise ScanError(f"semgrep could not run: {exc.reason}", where=str(exc)) from exc
            if engine == "native" and "--experimental" in done.stderr and not done.stdout.strip():
                warnings.append(ScanWarning("engine-fallback", "native semgrep unavailable; used the Python CLI"))
                engine = "python"
                done = run(_argv(binary, rules_file, chunk, engine, jobs, timeout), cwd=root, env=_ENV)
            chunk_results, chunk_warnings, version = _parse(done, engine)
            results += chunk_results
            warnings += chunk_warnings
    return SemgrepOutput(tuple(results), tuple(warnings), engine, version)
