"""Policy as code: which rules run where, what blocks a merge, and approved exceptions."""

from __future__ import annotations

import fnmatch
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from secops._yaml import LineMap, display, load_yaml, schema_problems
from secops.errors import ConfigError
from secops.models import Severity
from secops.resources import rules_dir
from secops.scan.semgrep import DEFAULT_TIMEOUT
from secops.scan.targets import DEFAULT_MAX_TARGET_BYTES

REPO_POLICY_FILE = ".secops.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleSet(_Strict):
    enabled: bool = True
    include_tags: tuple[str, ...] = ()  # empty: every tag
    exclude_tags: tuple[str, ...] = ()
    exclude_rules: tuple[str, ...] = ()  # rule id globs


class PathFilter(_Strict):
    include: tuple[str, ...] = ()  # empty: everything
    exclude: tuple[str, ...] = ()


class Gate(_Strict):
    fail_on: Severity = Severity.HIGH
    block_needs_review: bool = True  # unjudged findings at or above fail_on still block

    @field_validator("fail_on", mode="before")
    @classmethod
    def _severity(cls, value: Any) -> Any:
        return Severity.parse(value) if isinstance(value, str) else value


class PolicyException(_Strict):
    id: str = ""
    rule: str  # rule id or glob
    paths: tuple[str, ...] = ("**",)
    reason: str = Field(min_length=10)
    owner: str = Field(min_length=3)
    approved_by: str = ""
    expires: date

    def matches(self, rule_id: str, path: str) -> bool:
        return fnmatch.fnmatchcase(rule_id, self.rule) and any(path_matches(path, g) for g in self.paths)


class ScanOptions(_Strict):
    timeout: int = Field(default=DEFAULT_TIMEOUT, ge=1)  # per file, seconds
    jobs: int = Field(default=0, ge=0)  # 0: one per core
    max_target_bytes: int = Field(default=DEFAULT_MAX_TARGET_BYTES, ge=1)


class TriageOptions(_Strict):
    enabled: bool = True
    decider: str = "offline"  # offline | llm
    provider: str = ""
    model: str = ""
    max_llm_calls: int = Field(default=200, ge=0)


class Policy(_Strict):
    version: int = 1
    rulesets: dict[str, RuleSet] = Field(default_factory=dict)
    paths: PathFilter = PathFilter()
    gate: Gate = Gate()
    exceptions: tuple[PolicyException, ...] = ()
    scan: ScanOptions = ScanOptions()
    triage: TriageOptions = TriageOptions()

    def ruleset(self, language: str) -> RuleSet:
        return self.rulesets.get(language, RuleSet())

    def path_selected(self, path: str) -> bool:
        if self.paths.include and not any(path_matches(path, g) for g in self.paths.include):
            return False
        return not any(path_matches(path, g) for g in self.paths.exclude)


def path_matches(path: str, pattern: str) -> bool:
    """Glob match where `**/` may match zero directories and a bare dir name matches below it."""
    if fnmatch.fnmatchcase(path, pattern):
        return True
    if pattern.startswith("**/") and fnmatch.fnmatchcase(path, pattern[3:]):
        return True
    return pattern.endswith("/**") and (path + "/").startswith(pattern[:-2])


def _read(path: Path) -> tuple[Any, LineMap]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path.name} is not UTF-8 text", where=display(path), hint="save it as UTF-8") from exc
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}", where=display(path)) from exc
    return load_yaml(text, path, what=path.name)


def _validate(data: Any, path: Path, lines: LineMap) -> Policy:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path.name} must be a mapping of policy keys", where=f"{display(path)}:1")
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        line, problem = schema_problems(exc, lines)[0]
        raise ConfigError(
            f"{path.name}: {problem}",
            where=f"{display(path)}:{line}",
            hint="check the key against the documented policy keys in appsec_rules/policy.yaml",
        ) from exc


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if key == "exceptions":
            merged[key] = [*base.get(key, []), *value]
        elif isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _merge(base[key], value)
        else:
            merged[key] = value
    return merged


def _repo_override(root: Path) -> dict[str, Any]:
    candidate = root / REPO_POLICY_FILE
    if candidate.is_file():
        data, lines = _read(candidate)
        _validate(data, candidate, lines)
        return dict(data or {})
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("secops")
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"pyproject.toml is not valid TOML: {exc}", where=str(pyproject)) from exc
        if table is not None:
            try:
                Policy.model_validate(table)
            except ValidationError as exc:
                first = exc.errors()[0]
                dotted = ".".join(str(p) for p in first["loc"])
                raise ConfigError(
                    f"bad [tool.secops] setting '{dotted}': {first['msg']}",
                    where=f"{pyproject}:{_toml_table_line(pyproject)}",
                    hint="see the policy keys documented in appsec_rules/policy.yaml",
                ) from exc
            return dict(table)
    return {}


def _toml_table_line(path: Path) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip().startswith("[tool.secops"):
            return number
    return 1


def load_policy(root: Path, policy_file: Path | None = None) -> Policy:
    """Defaults from appsec_rules/policy.yaml (or --policy), overridden by the repo's own settings."""
    default_path = policy_file or rules_dir() / "policy.yaml"
    if not default_path.is_file():
        raise ConfigError(
            f"policy file {default_path} does not exist",
            hint="pass --policy FILE or restore appsec_rules/policy.yaml",
        )
    base, lines = _read(default_path)
    _validate(base, default_path, lines)
    return Policy.model_validate(_merge(dict(base or {}), _repo_override(root)))


def active_exceptions(policy: Policy, today: date) -> tuple[list[PolicyException], list[PolicyException]]:
    """Split exceptions into (still valid, expired)."""
    valid = [e for e in policy.exceptions if e.expires >= today]
    expired = [e for e in policy.exceptions if e.expires < today]
    return valid, expired
