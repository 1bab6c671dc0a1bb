"""Tokenisation shared by BM25, query expansion and the offline embedder (pure Python, no imports)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+(?:[._\-][a-z0-9]+)*")
_PARTS = re.compile(r"[._\-]")

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "either",
        "etc",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "neither",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "per",
        "same",
        "she",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "thus",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "via",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "whether",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "you",
        "your",
        "yours",
        "e.g",
        "i.e",
        "eg",
        "ie",
        "must",
        "should",
        "shall",
        "may",
        "might",
        "need",
        "needs",
        "use",
        "used",
        "uses",
        "using",
        "requirement",
        "rationale",
        "compliant",
        "non",
        "related",
        "example",
        "examples",
    ]
)
"""English function words plus the structural words every clause repeats (MUST, Rationale, Compliant)."""

_STEP1 = ("ies", "ings", "ing", "sses", "es", "ed", "s")
_STEP2 = (
    "izations",
    "isations",
    "ization",
    "isation",
    "ations",
    "ation",
    "izers",
    "isers",
    "izer",
    "iser",
    "ments",
    "ment",
    "ness",
    "ions",
    "ion",
    "ize",
    "ise",
    "ate",
    "ers",
    "iz",
    "is",
    "at",
    "er",
    "ly",
)


def _strip(word: str, suffixes: tuple[str, ...]) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue
            if suffix == "ies":
                return word[:-3] + "i"
            if suffix == "sses":
                return word[:-2]
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, deterministic suffix stripper: serialise/serialization/deserialized share a stem."""
    if not word.isalpha():
        return word
    if len(word) <= 4:  # keys -> key, logs -> log, slas -> sla; short words keep their shape
        return word[:-1] if len(word) == 4 and word[-1] == "s" and word[-2] not in "siu" else word
    base = _strip(word, _STEP1)
    if base != word and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
        base = base[:-1]  # formatting -> formatt -> format
    while (shorter := _strip(base, _STEP2)) != base:
        base = shorter  # parameterised -> parameteris -> parameter -> paramet, like parameter
    if base.endswith("e") and len(base) > 3:
        base = base[:-1]
    if base.endswith("y") and len(base) > 3:
        base = base[:-1] + "i"
    return base


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def words(text: str) -> list[str]:
    """Lower-cased raw words; compounds such as `cwe-89`, `pickle.loads`, `sec-inj-1` stay whole."""
    return _WORD.findall(normalize(text))


def tokens(text: str) -> list[str]:
    """Search tokens: a compound, then its stemmed parts; stemmed plain words; no stop words."""
    out: list[str] = []
    for word in words(text):
        if _PARTS.search(word):
            out.append(word)
            out.extend(stem(part) for part in _PARTS.split(word) if part and part not in STOPWORDS)
        elif word not in STOPWORDS:
            out.append(stem(word))
    return out
