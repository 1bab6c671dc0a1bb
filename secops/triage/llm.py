"""The `llm` decider: an agent per finding, under a budget, with a cache, degrading to the offline decider.

Every finding gets a verdict whatever happens: human memory and already-suppressed findings never reach the
model; a cached verdict is reused; when the call or token budget runs out the offline decider answers and
says so; when the provider fails the finding becomes needs_review (or the offline verdict, stated as such).
LLM verdicts then pass the same guardrails as offline ones (run.py), plus three of their own here:
citations must quote the code at their path:line, a model shown instruction-like text cannot suppress,
and a model cannot close a finding above `suppress_max` by itself (SEC-VULN-5: a human confirms those).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

from secops.errors import KnowledgeError, ProviderError, UsageError
from secops.knowledge.interface import KnowledgeIndex
from secops.models import Evidence, Severity, TriagedFinding, Verdict
from secops.policy import TriageOptions
from secops.providers.chat import ChatModel, describe, get_chat_model
from secops.triage import offline
from secops.triage.agent import AgentError, Budget, BudgetExhausted, Limits, Session, Toolbox, ToolCall, run_agent
from secops.triage.cache import CacheKey, VerdictCache, text_hash
from secops.triage.evidence import EvidenceBundle
from secops.triage.interface import TriageContext
from secops.triage.memory import Memory
from secops.triage.prompts import (
    PROMPT_VERSION,
    Prompt,
    Scrubber,
    TriageVerdict,
    exposed_instructions,
    numbered,
    render,
)
from secops.triage.run import DECIDERS, resolve_decider  # noqa: F401 - re-exported for callers

log = logging.getLogger(__name__)

WINDOW = 30  # lines of code around the finding in the prompt
BREAKER = 3  # consecutive provider failures after which the remaining findings skip the model


def _env_int(name: str, given: int | None) -> int | None:
    if given is not None:
        return given
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise UsageError(f"{name}={raw!r} is not a whole number", hint=f"unset {name} or give a number") from None


@dataclass(frozen=True)
class LlmSettings:
    provider: str = "bedrock"
    model: str | None = None  # None: the provider's default (SECOPS_MODEL, else built in)
    max_calls: int = 200  # model calls in the whole run, retries included
    max_tokens: int = 0  # 0: no token limit
    concurrency: int = 4
    cache: bool = True
    on_failure: Literal["needs_review", "offline"] = "needs_review"
    suppress_max: Severity = Severity.MEDIUM  # the LLM alone may close findings up to this severity
    limits: Limits = Limits()
    provider_options: Mapping[str, Any] = field(default_factory=dict)  # e.g. region, base_url, script

    @classmethod
    def resolve(
        cls,
        triage: TriageOptions,
        *,
        provider: str | None = None,
        model: str | None = None,
        max_calls: int | None = None,
        max_tokens: int | None = None,
        concurrency: int | None = None,
        cache: bool = True,
    ) -> LlmSettings:
        """Flag, else SECOPS_* environment, else the policy (`triage.provider`, `triage.model`...)."""
        calls = _env_int("SECOPS_MAX_LLM_CALLS", max_calls)
        tokens = _env_int("SECOPS_MAX_TOKENS", max_tokens)
        workers = _env_int("SECOPS_LLM_CONCURRENCY", concurrency)
        settings = cls(
            provider=provider or os.environ.get("SECOPS_PROVIDER") or triage.provider or cls.provider,
            model=model or os.environ.get("SECOPS_MODEL") or triage.model or None,
            max_calls=triage.max_llm_calls if calls is None else calls,
            max_tokens=tokens or 0,
            concurrency=workers or cls.concurrency,
            cache=cache and os.environ.get("SECOPS_LLM_CACHE", "1") not in ("0", "false", "off"),
        )
        if settings.max_calls < 0 or settings.max_tokens < 0 or not 1 <= settings.concurrency <= 64:
            raise UsageError("LLM limits must be >= 0 and concurrency between 1 and 64")
        return settings


@dataclass
class LlmStats:
    cache_hits: int = 0
    decided: int = 0  # verdicts the model gave in this run
    skipped: int = 0  # memory or already suppressed: no call needed
    budget_fallbacks: int = 0
    failures: int = 0

    def summary(self, budget: Budget) -> str:
        return (
            f"LLM triage: {self.decided} decided, {self.cache_hits} from cache, {self.skipped} without a call, "
            f"{self.budget_fallbacks} offline after the budget ran out, {self.failures} failed; "
            f"spent {budget.describe()}"
        )


@cache
def _kb_files_version(kb_dir: Path) -> str:
    digest = [f"{p.relative_to(kb_dir)}:{text_hash(p.read_bytes())}" for p in sorted(kb_dir.rglob("*")) if p.is_file()]
    return text_hash("\n".join(digest))


class LlmDecider:
    name = "llm"

    def __init__(
        self,
        chat: ChatModel,
        settings: LlmSettings,
        ctx: TriageContext,
        memory: Memory,
        *,
        rules_version: str = "",
        cache: VerdictCache | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.chat = chat
        self.settings = settings
        self.ctx = ctx
        self.rules_version = rules_version
        self.cache = cache
        self.budget = Budget(settings.max_calls, settings.max_tokens)
        self.stats = LlmStats()
        self.transcripts: dict[str, tuple[ToolCall, ...]] = {}
        self.scrub = Scrubber()  # one per run: a secret seen anywhere is removed everywhere
        self.toolbox = Toolbox(ctx.root, self._index, memory, self.scrub)
        self._sleep = sleep
        self._lock = threading.Lock()
        self._failures = 0
        self._lazy_index: KnowledgeIndex | None = None

    @classmethod
    def create(
        cls,
        settings: LlmSettings,
        ctx: TriageContext,
        memory: Memory,
        rules_version: str = "",
        cache_root: Path | None = None,
    ) -> LlmDecider:
        """Build the chat model (a misconfiguration is a ProviderError, exit 5) and the cache.

        `cache_root` is the repository (a staged scan reads its sources from a temporary copy).
        """
        chat = get_chat_model(settings.provider, model=settings.model, **settings.provider_options)
        cache = VerdictCache.for_root(cache_root or ctx.root) if settings.cache else None
        return cls(chat, settings, ctx, memory, rules_version=rules_version, cache=cache)

    @property
    def decided_by(self) -> str:
        return f"llm:{self.chat.model}"

    def _index(self) -> KnowledgeIndex | None:
        """The run's index, else (for the standards tool only) the bundled standards, built once on demand."""
        if self.ctx.index is not None:
            return self.ctx.index
        with self._lock:
            if self._lazy_index is None:
                from secops.knowledge.loader import load_corpus
                from secops.knowledge.memory import MemoryIndex
                from secops.resources import knowledge_dir

                corpus = load_corpus(knowledge_dir())
                self._lazy_index = MemoryIndex(corpus.clauses, version=corpus.version, dense=False)
            return self._lazy_index

    def _kb_version(self) -> str:
        if self.ctx.index is not None:
            return self.ctx.index.version
        from secops.resources import knowledge_dir

        directory = knowledge_dir()
        return _kb_files_version(directory) if directory.is_dir() else "none"

    # --- one finding ------------------------------------------------------------------------------------

    def _prompt(self, bundle: EvidenceBundle) -> tuple[Prompt, str]:
        loc = bundle.finding.location
        try:
            text = (self.ctx.root / loc.path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = ""
        lines = text.splitlines()
        start, end = max(1, loc.start_line - WINDOW), min(len(lines), loc.end_line + WINDOW)
        code = numbered(lines[start - 1 : end], start, range(loc.start_line, loc.end_line + 1)) if lines else ""
        clauses = self._clauses(bundle.clauses[:3])
        self.scrub.learn(text)
        self.scrub.learn(bundle.finding.snippet)
        prompt = render(bundle, code or "(file not readable)", f"{loc.path}:{start}-{end}", clauses, self.scrub)
        return prompt, text_hash(text)

    def _clauses(self, ids: Sequence[str]) -> list[tuple[str, str]]:
        """(id, title and text) of the bundle's clauses, for the prompt; none without an index."""
        out: list[tuple[str, str]] = []
        if self.ctx.index is None:
            return out
        for clause_id in ids:
            try:
                clause = self.ctx.index.get(clause_id)
            except KnowledgeError:
                break  # degraded: the ids stay in the prompt, the text does not
            if clause is not None:
                out.append((clause_id, f"{clause.title}\n{clause.text.strip()[:1500]}"))
        return out

    def _key(self, bundle: EvidenceBundle, prompt: Prompt, code_hash: str) -> CacheKey:
        return CacheKey(
            bundle.finding.fingerprint, code_hash, self.rules_version, self._kb_version(), self.chat.label,
            text_hash(f"{PROMPT_VERSION}\n{prompt.text}"),
        )  # fmt: skip

    def _ask(self, bundle: EvidenceBundle, prompt: Prompt, key: CacheKey) -> TriagedFinding:
        with self._lock:
            tripped = self._failures >= BREAKER
        if tripped:
            return self._failed(bundle, f"the provider failed {BREAKER} times in a row; not called again this run")
        if self.budget.exhausted:
            return self._over_budget(bundle)
        try:
            verdict, session = run_agent(
                self.chat, prompt, self.toolbox, self.budget, self.settings.limits, self._sleep
            )
        except BudgetExhausted:
            return self._over_budget(bundle)
        except AgentError as exc:  # the model did not conclude: not the provider's fault
            return self._failed(bundle, str(exc), provider=False)
        except ProviderError as exc:
            return self._failed(bundle, exc.message)
        except Exception as exc:  # the provider SDK's own errors: network, auth, validation, throttling
            log.warning("LLM triage of %s failed: %s", bundle.finding.location, describe(exc))
            return self._failed(bundle, f"the provider failed ({describe(exc)})")
        with self._lock:
            self._failures = 0
            self.stats.decided += 1
        exposed = exposed_instructions([*prompt.code, *session.code_seen])
        exposed += exposed_instructions([*prompt.prose, *session.prose_seen], prose=True)
        self.transcripts[bundle.finding.fingerprint] = tuple(session.transcript)
        payload = {"verdict": verdict.model_dump(mode="json"), "exposed": exposed, "tools": _tool_names(session)}
        if self.cache is not None:
            self.cache.put(key, payload)
        return self._triaged(bundle, verdict, exposed)

    def _decide_one(self, bundle: EvidenceBundle) -> TriagedFinding:
        try:
            prompt, code_hash = self._prompt(bundle)
            key = self._key(bundle, prompt, code_hash)
            cached = self.cache.get(key) if self.cache is not None else None
            if cached is not None:
                with self._lock:
                    self.stats.cache_hits += 1
                verdict = TriageVerdict.model_validate(cached["verdict"])
                return self._triaged(bundle, verdict, list(cached.get("exposed", [])), cached=True)
            return self._ask(bundle, prompt, key)
        except Exception as exc:  # never lose a finding to a bug here
            log.warning("LLM triage of %s failed: %s", bundle.finding.location, exc)
            return self._failed(bundle, f"{type(exc).__name__}: {exc}", provider=False)

    # --- the run ----------------------------------------------------------------------------------------

    def decide_all(self, bundles: Sequence[EvidenceBundle]) -> list[TriagedFinding]:
        """One verdict per bundle, in order. Highest severity first gets the budget."""
        results: list[TriagedFinding | None] = [None] * len(bundles)
        todo = []
        for position, bundle in enumerate(bundles):
            if bundle.memory is not None or bundle.finding.suppressed:
                results[position] = offline.decide(bundle)
                self.stats.skipped += 1
            else:
                todo.append(position)
        todo.sort(key=lambda p: -bundles[p].finding.severity.rank)
        with ThreadPoolExecutor(max_workers=self.settings.concurrency, thread_name_prefix="secops-llm") as pool:
            for position, triaged in zip(todo, pool.map(lambda p: self._decide_one(bundles[p]), todo), strict=True):
                results[position] = triaged
        log.info(self.stats.summary(self.budget))
        return [
            r if r is not None else TriagedFinding.untriaged(b.finding) for r, b in zip(results, bundles, strict=True)
        ]

    # --- verdicts ---------------------------------------------------------------------------------------

    def _over_budget(self, bundle: EvidenceBundle) -> TriagedFinding:
        with self._lock:
            self.stats.budget_fallbacks += 1
        base = offline.decide(bundle)
        why = f"LLM budget exhausted ({self.budget.describe()}); offline decider: {base.justification}"
        return dataclasses.replace(base, justification=why, flags=(*base.flags, "llm-budget-exhausted"))

    def _failed(self, bundle: EvidenceBundle, reason: str, provider: bool = True) -> TriagedFinding:
        with self._lock:
            self._failures += provider
            self.stats.failures += 1
        base = offline.decide(bundle)
        if self.settings.on_failure == "offline":
            why = f"LLM unavailable ({reason}); offline decider: {base.justification}"
            return dataclasses.replace(base, justification=why, flags=(*base.flags, "llm-failed"))
        why = f"LLM triage failed ({reason}); a human must decide (offline decider: {base.verdict.value})"
        return dataclasses.replace(
            base, verdict=Verdict.NEEDS_REVIEW, confidence=0.0, justification=why, decided_by="none",
            flags=(*base.flags, "llm-failed"),
        )  # fmt: skip

    def _triaged(
        self, bundle: EvidenceBundle, answer: TriageVerdict, exposed: list[str], cached: bool = False
    ) -> TriagedFinding:
        finding = bundle.finding
        cited, dropped = self._verified(answer)
        verdict = Verdict(answer.verdict)
        why = " ".join(answer.justification.split())
        flags = ["llm-cache"] if cached else []
        if dropped:
            why += f" ({dropped} citation(s) did not match the code at their line and were dropped)"
        if verdict is Verdict.FALSE_POSITIVE:
            demotion = self._demotion(bundle, cited, exposed)
            if demotion is not None:
                reason, flag = demotion
                verdict, why = Verdict.NEEDS_REVIEW, f"{reason} (the model proposed false positive: {why})"
                flags.append(flag)
        known = {c.strip().upper() for c in answer.clauses}
        clauses = tuple(dict.fromkeys([*bundle.clauses, *(c for c in known if c.startswith("SEC-"))]))
        return TriagedFinding(
            finding=finding, verdict=verdict, confidence=round(answer.confidence, 2), justification=why,
            decided_by=self.decided_by, evidence=(*bundle.evidence, *cited), clauses=clauses,
            remediation=bundle.remediation, flags=tuple(flags),
        )  # fmt: skip

    def _demotion(self, bundle: EvidenceBundle, cited: list[Evidence], exposed: list[str]) -> tuple[str, str] | None:
        finding = bundle.finding
        if exposed:
            return f"the model was shown instruction-like text ({exposed[0]!r}); a human must decide", "llm-injection"
        if finding.severity.rank > self.settings.suppress_max.rank:
            return (
                f"a human confirms LLM false positives on {finding.severity.value} findings (SEC-VULN-5)",
                "llm-review",
            )
        machine = {e.kind for e in bundle.safe()}
        if finding.verdict_basis == "api" and not machine & {"api", "context", "exception", "reachability"}:
            return "the API alone decides this finding and no checked evidence shows a safe use", "llm-review"
        if not any(e.supports == "safe" for e in cited) and not machine:
            return "the model cited no verifiable evidence that the code is safe", "llm-review"
        return None

    def _verified(self, answer: TriageVerdict) -> tuple[list[Evidence], int]:
        """The model's citations whose quoted code is at their path:line (the rest are dropped)."""
        kept: list[Evidence] = []
        for item in answer.evidence:
            found = self._line(item.path, item.line)
            quote = item.code.strip()
            if found is None or not quote or quote not in found[1]:
                continue
            kept.append(Evidence("llm", " ".join(item.detail.split()), found[0], item.line, item.supports, quote))
        return kept, len(answer.evidence) - len(kept)

    def _line(self, path: str, line: int) -> tuple[str, str] | None:
        """(repo-relative path, stripped text) of a line inside the repository, else None."""
        root = self.ctx.root.resolve()
        full = (root / path.strip()).resolve()
        if not full.is_relative_to(root) or not full.is_file():
            return None
        try:
            lines = full.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return None
        return (full.relative_to(root).as_posix(), lines[line - 1].strip()) if 1 <= line <= len(lines) else None


def _tool_names(session: Session) -> list[str]:
    return [call.name for call in session.transcript]
