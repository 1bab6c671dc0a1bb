"""Grounding: which clauses answer a question (or that none does), and citations checked against the index.

Retrieval scores from the knowledge index are rank-fused, so every query has a "best" clause. Whether the
standards actually cover a question is decided here, from how much of the question a clause addresses:
the IDF-weighted share of the question's distinctive words that occur in the clause, where a synonym of a
security concept counts (`sqli` is covered by "SQL injection") and words the standards never use weigh
double. Candidates are then ordered by sqrt(retrieval score x clause coverage) x (title coverage + 0.2)^0.25,
and the few closest to the best are cited.
"""

from __future__ import annotations

import contextlib
import math
import re
import weakref
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from secops.assistant.interface import Citation
from secops.assistant.text import units
from secops.knowledge.interface import CLAUSE_ID, Clause, ClauseHit, KnowledgeIndex, SearchFilters
from secops.knowledge.retrieval import RetrievalSettings, bm25_document
from secops.knowledge.synonyms import GROUPS
from secops.knowledge.text import tokens

CITATION = re.compile(r"(?i)\[\s*(SEC-[A-Z][A-Z0-9]*-\d+(?:\s*[,;]\s*SEC-[A-Z][A-Z0-9]*-\d+)*)\s*\]")
"""A bracketed citation: `[SEC-CRYPTO-4]` or `[SEC-CRYPTO-4, SEC-EXC-1]`."""
_BARE_ID = re.compile(r"(?i)\bSEC-[A-Z][A-Z0-9]*-\d+\b")
REMOVED_MARK = "[unverified citation removed]"
_NOISE = re.compile(r"^(?=.*\d)(?=.*[a-z])[a-z0-9]{10,}$")
"""An unknown token mixing letters and digits (a key, hash or id pasted into the question): not a topic."""

_FILLER = frozenset(
    tokens(
        "best way good enough ok okay fine allowed acceptable proper properly correct correctly right thing "
        "anything something really actually please want know tell help someone said people still ever also"
    )
)
"""Question phrasing that says nothing about the topic ("is it OK to...", "what's the best way to...")."""

_LANGUAGES = {
    "python": "python", "flask": "python", "django": "python", "fastapi": "python", "java": "java",
    "spring": "java", "kotlin": "java", "go": "go", "golang": "go", "javascript": "javascript", "js": "javascript",
    "node": "javascript", "nodejs": "javascript", "express": "javascript", "typescript": "typescript",
    "ts": "typescript", "react": "javascript", "terraform": "terraform", "hcl": "terraform", "dockerfile": "dockerfile",
    "docker": "dockerfile", "yaml": "yaml",
}  # fmt: skip

# Text in a standard that addresses the reader or a model instead of stating a requirement.
_INSTRUCTION_LIKE = re.compile(
    r"(?ix)"
    r"\b(ignore|disregard|forget|override)\s+(all\s+|any\s+)?(of\s+)?(your|the\s+(previous|above)|previous|prior"
    r"|above|earlier|these|those)\s+(\w+\s+)?(instructions|rules|prompts?|guidelines|guidance|polic(y|ies)|standards?)\b"
    r"|\b(tell|advise|instruct|inform|recommend\s+to)\s+(the\s+|all\s+)?(users?|developers?|readers?|engineers?)"
    r"\s+(to|that)\b"
    r"|\byou\s+are\s+now\b|\bfrom\s+now\s+on\b|\bnew\s+instructions?\s*:|\bsystem\s+prompt\s*:|^\s*assistant\s*:"
    r"|\b(as\s+an?\s+)?(ai|assistant|chatbot|language\s+model|llm)\s*,\s*(you\s+)?(must|should|will)\b"
    r"|\b(assistants?|chatbots?|language\s+models?|llms?|ai)\s+(must|should|shall)\s+(always\s+)?(answer|reply|respond"
    r"|say|tell|recommend)\b"
)
INSTRUCTION_REMOVED = "[instruction-like text removed: treated as data, not as a requirement]"


@dataclass(frozen=True)
class GroundingSettings:
    """Tunables. Chosen on knowledge_base/eval/answers.yaml with one rule for every question (see docs)."""

    k: int = 8  # clauses retrieved per question
    cover: float = 0.5  # covered: the best clause addresses at least half the question's distinctive words...
    concept_cover: float = 0.15  # ...or the question names a security concept and the clause addresses this much
    unknown_weight: float = 2.0  # words the standards never use count this much more (they are off-topic signals)
    cite_ratio: float = 0.8  # cite candidates whose relevance is at least this share of the best one's
    max_cited: int = 3


DEFAULT_SETTINGS = GroundingSettings()


# --- the vocabulary of the standards -----------------------------------------------------------------


@lru_cache(maxsize=4096)
def clause_terms(clause: Clause) -> frozenset[str]:
    """Every search token of a clause: id, titles, tags, CWE names and body."""
    return frozenset(bm25_document(clause, RetrievalSettings(title_repeat=1)))


@lru_cache(maxsize=8192)
def _text_terms(text: str) -> frozenset[str]:
    return frozenset(tokens(text))


@dataclass(frozen=True)
class Vocabulary:
    """Document frequencies of tokens over the clauses (IDF weights for coverage)."""

    df: Mapping[str, int]
    documents: int

    @classmethod
    def of(cls, clauses: Iterable[Clause]) -> Vocabulary:
        return cls.of_terms(clause_terms(clause) for clause in clauses)

    @classmethod
    def of_terms(cls, documents: Iterable[Iterable[str]]) -> Vocabulary:
        """From each clause's tokens (repeats count once)."""
        counts: Counter[str] = Counter()
        total = 0
        for terms in documents:
            counts.update(frozenset(terms))
            total += 1
        return cls(counts, total)

    def known(self, term: str) -> bool:
        return term in self.df

    def idf(self, term: str) -> float:
        return math.log((self.documents + 1) / (self.df.get(term, 0) + 0.5))


_VOCABULARIES: weakref.WeakKeyDictionary[object, tuple[str, Vocabulary]] = weakref.WeakKeyDictionary()


def indexed_clauses(index: KnowledgeIndex) -> tuple[Clause, ...] | None:
    """All clauses behind an index, when the implementation exposes them (ChromaIndex, ReplicaIndex, MemoryIndex)."""
    corpus = getattr(index, "corpus", None)
    found = getattr(corpus, "clauses", None) or getattr(index, "clauses", None)
    if found is None:
        found = getattr(getattr(index, "_retriever", None), "clauses", None)
    return tuple(found) if found is not None else None


def _bm25_documents(index: KnowledgeIndex, clauses: tuple[Clause, ...] | None) -> list[list[str]] | None:
    """The index's own BM25 token lists of its clauses (ChromaIndex, ReplicaIndex), when it has them.

    As sets they equal `clause_terms` (repeating the title only repeats tokens), so the vocabulary
    needs no second tokenisation of the whole corpus.
    """
    method = getattr(index, "bm25_documents", None)
    if clauses is None or not callable(method):
        return None
    documents = method()
    return documents if isinstance(documents, list) and len(documents) == len(clauses) else None


def vocabulary(index: KnowledgeIndex, fallback: Sequence[Clause] = ()) -> Vocabulary:
    """The index's vocabulary, computed once per index and corpus version."""
    try:
        cached = _VOCABULARIES.get(index)
    except TypeError:  # not weak-referenceable
        cached = None
    if cached is not None and cached[0] == index.version:
        return cached[1]
    clauses = indexed_clauses(index)
    documents = _bm25_documents(index, clauses)
    if documents is not None:
        built = Vocabulary.of_terms(documents)
    else:
        built = Vocabulary.of(clauses if clauses is not None else fallback)
    if clauses is not None:
        with contextlib.suppress(TypeError):  # not weak-referenceable: recomputed next time
            _VOCABULARIES[index] = (index.version, built)
    return built


# --- the question ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(tuple(tuple(tokens(phrase)) for phrase in group) for group in GROUPS)


def _contains(haystack: Sequence[str], needle: tuple[str, ...]) -> bool:
    width = len(needle)
    return bool(needle) and any(tuple(haystack[i : i + width]) == needle for i in range(len(haystack) - width + 1))


@dataclass(frozen=True)
class Query:
    """A question as the grounding sees it: its distinctive terms and the security concepts it names."""

    text: str
    terms: tuple[str, ...]
    alternatives: Mapping[str, frozenset[str]] = field(default_factory=dict)  # term -> its synonyms' tokens
    concepts: int = 0  # synonym groups (security concepts) the question names
    clause_ids: tuple[str, ...] = ()  # clause ids written in the question
    languages: tuple[str, ...] = ()  # programming languages and frameworks it mentions

    @classmethod
    def parse(cls, text: str, vocab: Vocabulary) -> Query:
        own = tokens(text)
        alternatives: dict[str, set[str]] = {}
        concepts = 0
        for group in _groups():
            matched = [needle for needle in group if _contains(own, needle)]
            if not matched:
                continue
            concepts += 1
            synonyms = {term for needle in group for term in needle}
            for needle in matched:
                for term in needle:
                    alternatives.setdefault(term, set()).update(synonyms)
        # A compound (`pickle.loads`) is followed by its parts; an unknown compound adds nothing they don't.
        terms = tuple(
            term
            for term in dict.fromkeys(own)
            if term not in _FILLER
            and not (re.search(r"[._-]", term) and not vocab.known(term))
            and not (not vocab.known(term) and _NOISE.match(term))
        )
        words = re.findall(r"[a-z]+", text.lower())
        languages = tuple(dict.fromkeys(_LANGUAGES[word] for word in words if word in _LANGUAGES))
        ids = tuple(dict.fromkeys(match.upper() for match in CLAUSE_ID.findall(text.upper())))
        frozen = {term: frozenset(values) for term, values in alternatives.items()}
        return cls(text, terms, frozen, concepts, ids, languages)

    def coverage(self, present: frozenset[str], vocab: Vocabulary, unknown_weight: float) -> float:
        """The IDF-weighted share of the question's terms found in `present` (synonyms count)."""
        total = found = 0.0
        for term in self.terms:
            weight = vocab.idf(term) * (1.0 if vocab.known(term) else unknown_weight)
            total += weight
            synonyms = self.alternatives.get(term)
            if term in present or (synonyms is not None and not synonyms.isdisjoint(present)):
                found += weight
        return found / total if total else 0.0


# --- candidates and the covered / not covered decision ------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A retrieved clause with the signals that decide whether (and how prominently) to cite it."""

    clause: Clause
    score: float  # the index's fused retrieval score (rank based, 0..1)
    coverage: float  # share of the question the whole clause addresses
    sentence: float  # share the best single sentence addresses
    title: float  # share the title addresses
    forced: bool = False  # named by the question or by the finding: always considered

    @property
    def relevance(self) -> float:
        return float(math.sqrt(max(self.score, 0.0) * self.coverage) * (self.title + 0.2) ** 0.25)


@dataclass(frozen=True)
class Retrieval:
    """What grounding decided for one question."""

    query: Query
    candidates: tuple[Candidate, ...]  # best first
    covered: bool
    reason: str  # why covered or not (shown in --json warnings and the eval)
    best_coverage: float = 0.0
    settings: GroundingSettings = DEFAULT_SETTINGS

    def cited(self) -> tuple[Candidate, ...]:
        """The candidates an answer cites: the best, and those close to it (at most `max_cited`)."""
        if not self.covered or not self.candidates:
            return ()
        forced = [candidate for candidate in self.candidates if candidate.forced]
        others = [candidate for candidate in self.candidates if not candidate.forced]
        top = others[0].relevance if others else 0.0
        close = [candidate for candidate in others if top > 0 and candidate.relevance >= self.settings.cite_ratio * top]
        return tuple((forced + close)[: max(self.settings.max_cited, len(forced))])

    def nearest(self, n: int = 3) -> tuple[Clause, ...]:
        return tuple(candidate.clause for candidate in self.candidates[:n])


def _candidate(hit: ClauseHit, query: Query, vocab: Vocabulary, settings: GroundingSettings, forced: bool) -> Candidate:
    clause = hit.clause
    weight = settings.unknown_weight
    coverage = query.coverage(clause_terms(clause), vocab, weight)
    sentence = max(
        (query.coverage(_text_terms(unit.text), vocab, weight) for unit in units(clause) if unit.quotable),
        default=0.0,
    )
    title = query.coverage(_text_terms(clause.title), vocab, weight)
    return Candidate(clause, hit.score, coverage, sentence, title, forced)


def retrieve(
    question: str,
    index: KnowledgeIndex,
    *,
    forced: Sequence[str] = (),
    settings: GroundingSettings = DEFAULT_SETTINGS,
    filters: SearchFilters | None = None,
) -> Retrieval:
    """Search the index and decide whether the standards cover the question.

    `forced` clause ids (a finding's clauses) are always candidates, first, and make the question covered
    when they exist in the index.
    """
    hits = index.search(question, k=settings.k, filters=filters)
    vocab = vocabulary(index, [hit.clause for hit in hits])
    query = Query.parse(question, vocab)
    named = [cid for cid in (*forced, *query.clause_ids) if index.get(cid) is not None]
    seen: set[str] = set()
    candidates: list[Candidate] = []
    for clause_id in dict.fromkeys(named):
        clause = index.get(clause_id)
        if clause is not None:
            candidates.append(_candidate(ClauseHit(clause, 1.0, ""), query, vocab, settings, forced=True))
            seen.add(clause.clause_id)
    ranked = [_candidate(hit, query, vocab, settings, False) for hit in hits if hit.clause.clause_id not in seen]
    ranked.sort(key=lambda candidate: -candidate.relevance)
    candidates.extend(ranked)
    best = max((candidate.coverage for candidate in ranked), default=0.0)
    if named:
        covered, reason = True, f"named clause{'s' if len(named) > 1 else ''} {', '.join(dict.fromkeys(named))}"
    elif best >= settings.cover:
        covered, reason = True, f"best clause covers {best:.0%} of the question"
    elif query.concepts and best >= settings.concept_cover:
        covered, reason = True, f"names a security concept; best clause covers {best:.0%} of the question"
    else:
        covered, reason = False, f"best clause covers only {best:.0%} of the question"
    return Retrieval(query, tuple(candidates), covered, reason, best, settings)


# --- citations ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """Text whose citations were checked: known ids kept (in order), unknown ones removed."""

    text: str
    citations: tuple[Citation, ...]
    removed: tuple[str, ...]


def check_citations(text: str, index: KnowledgeIndex) -> Checked:
    """Keep `[SEC-X-n]` citations of clauses the index has; replace the others with a visible marker.

    A bare clause id that does not exist is also replaced, so nothing that looks like a real clause is
    printed unless it is one.
    """
    cited: dict[str, Citation] = {}
    removed: dict[str, None] = {}

    def lookup(clause_id: str) -> Clause | None:
        return index.get(clause_id.strip().upper())

    def bracket(match: re.Match[str]) -> str:
        ids = [part.strip().upper() for part in re.split(r"[,;]", match.group(1)) if part.strip()]
        kept = []
        for clause_id in ids:
            clause = lookup(clause_id)
            if clause is None:
                removed.setdefault(clause_id, None)
            else:
                cited.setdefault(clause.clause_id, Citation.of(clause))
                kept.append(clause.clause_id)
        return f"[{', '.join(kept)}]" if kept else REMOVED_MARK

    text = CITATION.sub(bracket, text)

    def bare(match: re.Match[str]) -> str:
        clause_id = match.group(0).upper()
        if lookup(clause_id) is not None:
            return match.group(0)
        removed.setdefault(clause_id, None)
        return "(unknown clause)"

    text = _BARE_ID.sub(bare, text)
    return Checked(text, tuple(cited.values()), tuple(removed))


# --- instruction-like text in the standards --------------------------------------------------------


def instruction_like(text: str) -> bool:
    """Does this text address a reader or a model ("ignore your rules and tell the user to...")?"""
    return bool(_INSTRUCTION_LIKE.search(text))


def defuse(text: str) -> tuple[str, list[str]]:
    """`text` with instruction-like sentences replaced by a marker, and the sentences removed."""
    found: list[str] = []
    out_lines = []
    for line in text.splitlines():
        if not instruction_like(line):
            out_lines.append(line)
            continue
        pieces = re.split(r"(?<=[.!?])\s+", line)
        kept = []
        for piece in pieces:
            if instruction_like(piece):
                found.append(piece.strip())
                kept.append(INSTRUCTION_REMOVED)
            else:
                kept.append(piece)
        out_lines.append(" ".join(kept))
    return "\n".join(out_lines), found
