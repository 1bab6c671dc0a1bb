"""action.yml and the workflows: pinned, least privilege, and wired to options `secops ci github` really has."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main
import yaml

from secops.cli import app

ROOT = Path(__file__).resolve().parent.parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def _load(path: Path) -> dict[str, Any]:
    return dict(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader))  # "on" stays a string


def _steps(document: dict[str, Any]) -> list[dict[str, Any]]:
    if "runs" in document:
        return list(document["runs"]["steps"])
    return [step for job in document["jobs"].values() for step in job.get("steps", [])]


@pytest.mark.parametrize("path", [ROOT / "action.yml", *WORKFLOWS], ids=lambda p: p.name)
def test_actions_are_pinned_by_full_sha_with_the_release_named(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for step in _steps(_load(path)):
        uses = step.get("uses")
        if uses is None or uses.startswith("./"):
            continue
        assert PINNED.match(uses), uses
        assert re.search(re.escape(uses) + r" # v\d+\.\d+\.\d+", text), f"{uses} needs a `# vX.Y.Z` comment"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflows_start_without_permissions_and_do_not_persist_credentials(path: Path) -> None:
    document = _load(path)
    assert document["permissions"] in ({}, "")
    assert "pull_request_target" not in document["on"]
    for step in _steps(document):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] == "false"


def test_pr_example_fetches_history_and_grants_only_what_it_needs() -> None:
    document = _load(ROOT / ".github" / "workflows" / "secops-pr.yml")
    scan = document["jobs"]["scan"]
    assert scan["permissions"] == {
        "contents": "read", "pull-requests": "write", "security-events": "write", "id-token": "write",
    }  # fmt: skip
    checkout = next(s for s in scan["steps"] if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == "0"
    assert document["jobs"]["feedback"]["permissions"] == {"contents": "read", "pull-requests": "write"}


def test_action_inputs_reach_options_that_exist() -> None:
    action = _load(ROOT / "action.yml")
    run_step = next(s for s in action["runs"]["steps"] if s.get("id") == "secops")
    assert run_step["run"].strip() == "secops ci github"
    command = typer.main.get_command(app).commands["ci"].commands["github"]  # type: ignore[attr-defined]
    envvars = {p.envvar for p in command.params if p.envvar}
    for name, value in run_step["env"].items():
        if name.startswith("SECOPS_") and name != "SECOPS_BEDROCK_REGION":  # read by the Bedrock provider
            assert name in envvars, name
        match = re.fullmatch(r"\$\{\{ inputs\.([\w-]+) \}\}", value)
        assert match is None or match.group(1) in action["inputs"], value
    assert {"found", "suppressed", "blocking", "sarif-file"} <= set(action["outputs"])
    for step in action["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), "inputs reach shell steps through env: only"
