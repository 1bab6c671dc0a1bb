"""The rule library: Semgrep rule files plus the metadata secops reads from them."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from secops.models import Confidence, ScanWarning, Severity
from secops.resources import user_dir

# File name → Semgrep language. Generic/regex rules (secrets) apply to every file.
_EXTENSIONS = {
    ".py": "python",
    ".pyi": "python",
    ".js": "javascript",
    ".jsx": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".ts": "typescript",
    ".tsx": "typescript",
    ".java": "java",
    ".go": "go",
    ".tf": "hcl",
    ".hcl": "hcl",
    ".yml": "yaml",
    ".yaml": "yaml",
    ".dockerfile": "dockerfile",
}
_ANY_FILE = frozenset({"generic", "regex"})
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~9x faster
_ALIASES = {"js": "javascript", "ts": "typescript", "terraform": "hcl", "docker": "dockerfile", "py": "python"}


def language_of(path: str) -> str | None:
    name = PurePosixPath(path).name
    if name == "Dockerfile" or name.startswith("Dockerfile.") or name.endswith(".dockerfile"):
        return "dockerfile"
    return _EXTENSIONS.get(PurePosixPath(name).suffix.lower())


@dataclass(frozen=True)
class Rule:
    id: str
    languages: tuple[str, ...]
    severity: Severity
    confidence: Confidence
    message: str
    metadata: dict[str, Any]
    source: Path
    raw: dict[str, Any] = field(repr=False, compare=False, hash=False)

    @property
    def family(self) -> str:
        return str(self.metadata.get("family", ""))

    @property
    def standard(self) -> str:
        return str(self.metadata.get("standard", ""))

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(str(t) for t in self.metadata.get("tags", []) or [])

    @property
    def cwe(self) -> tuple[str, ...]:
        return tuple(_short_cwe(c) for c in _as_list(self.metadata.get("cwe")))

    @property
    def owasp(self) -> tuple[str, ...]:
        return tuple(str(o) for o in _as_list(self.metadata.get("owasp")))

    @property
    def verdict_basis(self) -> str:
        return str(self.metadata.get("verdict_basis", "dataflow"))

    @property
    def never_suppress(self) -> bool:
        return bool(self.metadata.get("never_suppress", False))

    @property
    def pack(self) -> str:
        """The rule set a rule belongs to: the first id segment (python, javascript, terraform, secrets...)."""
        return self.id.split(".", 1)[0]

    def applies_to(self, languages: Iterable[str]) -> bool:
        wanted = set(languages)
        return bool(_ANY_FILE & set(self.languages)) or bool(wanted & set(self.languages))


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _short_cwe(text: Any) -> str:
    return str(text).split(":", 1)[0].strip()


def _rule_files(directory: Path) -> list[Path]:
    files = [p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()]
    # Fixtures for GitHub-workflow rules are YAML too; a rule file is one whose top level has `rules:`.
    return sorted(p for p in files if p.name != "policy.yaml" and not p.name.endswith((".fixed.yaml", ".fixed.yml")))


def _parse(path: Path) -> tuple[list[dict[str, Any]], str | None]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        return [], f"{path}{line}: not valid YAML ({getattr(exc, 'problem', None) or exc})"
    if not isinstance(data, dict) or "rules" not in data:
        return [], None  # a fixture or unrelated YAML file
    rules = data["rules"]
    if not isinstance(rules, list) or not all(isinstance(r, dict) and "id" in r for r in rules):
        return [], f"{path}:1: `rules:` must be a list of mappings, each with an `id`"
    return rules, None


def _build(raw: dict[str, Any], source: Path) -> Rule:
    metadata = dict(raw.get("metadata") or {})
    severity = Severity.parse(str(metadata.get("severity") or raw.get("severity", "WARNING")))
    try:
        confidence = Confidence(str(metadata.get("confidence", "medium")).lower())
    except ValueError:
        confidence = Confidence.MEDIUM
    languages = tuple(_ALIASES.get(str(lang), str(lang)) for lang in _as_list(raw.get("languages")))
    return Rule(str(raw["id"]), languages, severity, confidence, str(raw.get("message", "")), metadata, source, raw)


def _parsed(files: Sequence[Path]) -> list[tuple[Path, list[dict[str, Any]], str | None]]:
    """Each file's rules, from a cache keyed by every file's path, size and mtime (YAML parsing dominates start-up)."""
    stamp = hashlib.sha256()
    for path in files:
        try:
            info = path.stat()
        except OSError:
            return [(p, *_parse(p)) for p in files]
        stamp.update(f"{path.resolve()}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    cache = user_dir() / "cache" / f"rules-{stamp.hexdigest()[:20]}.json"
    try:
        entries = json.loads(cache.read_text(encoding="utf-8"))
        return [(Path(e["path"]), e["rules"], e["problem"]) for e in entries]
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no cache yet, or an unreadable one: parse again
    parsed = [(p, *_parse(p)) for p in files]
    with contextlib.suppress(OSError):
        cache.parent.mkdir(parents=True, exist_ok=True)
        entries = [{"path": str(p), "rules": r, "problem": e} for p, r, e in parsed]
        cache.write_text(json.dumps(entries, default=str), encoding="utf-8")
    return parsed


def load_rules(directories: Sequence[Path]) -> tuple[list[Rule], list[ScanWarning]]:
    """Every rule in the given directories (or single files); unreadable files become warnings."""
    rules: list[Rule] = []
    warnings: list[ScanWarning] = []
    seen: dict[str, Path] = {}
    files = [path for d in directories for path in ([d] if d.is_file() else _rule_files(d))]
    for path, raws, problem in _parsed(files):
        if problem:
            warnings.append(ScanWarning("rule-file", f"skipped rule file: {problem}", str(path)))
        for raw in raws:
            rule = _build(raw, path)
            if rule.id in seen:
                warnings.append(
                    ScanWarning("rule-duplicate", f"rule id {rule.id} also defined in {seen[rule.id]}", str(path))
                )
                continue
            seen[rule.id] = path
            rules.append(rule)
    return rules, warnings


def library_version(rules: Sequence[Rule]) -> str:
    """A digest of the enabled rules' definitions (order-independent)."""
    digest = hashlib.sha256()
    for rule in sorted(rules, key=lambda r: r.id):
        digest.update(json.dumps(rule.raw, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:12]


def resolve(check_id: str, by_id: dict[str, Rule]) -> Rule | None:
    """Semgrep prefixes ids with the config's directory; find the rule whose id ends the check id."""
    if check_id in by_id:
        return by_id[check_id]
    parts = check_id.split(".")
    for start in range(1, len(parts)):
        candidate = ".".join(parts[start:])
        if candidate in by_id:
            return by_id[candidate]
    return None
