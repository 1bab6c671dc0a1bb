"""Security query expansion used inside the retriever: SQLi <-> SQL injection, CWE ids <-> names, ..."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from secops.knowledge.text import tokens

GROUPS: tuple[tuple[str, ...], ...] = (
    ("sql injection", "sqli", "cwe-89", "parameterised query", "bind parameter", "cursor.execute", "raw sql"),
    ("nosql injection", "cwe-943", "operator injection", "mongodb query"),
    ("command injection", "os command injection", "shell injection", "cwe-78", "subprocess shell"),
    ("code injection", "cwe-94", "cwe-95", "eval", "dynamic code evaluation"),
    ("cross site scripting", "xss", "cwe-79", "html injection", "output encoding"),
    ("ldap injection", "cwe-90", "ldap filter"),
    ("xpath injection", "cwe-643"),
    ("server side template injection", "ssti", "template injection", "cwe-1336"),
    ("expression language injection", "spel", "ognl", "cwe-917"),
    ("log injection", "log forging", "cwe-117"),
    ("crlf injection", "header injection", "response splitting", "cwe-113"),
    ("regular expression denial of service", "redos", "cwe-1333", "catastrophic backtracking"),
    ("path traversal", "directory traversal", "cwe-22", "dot dot slash", "zip slip"),
    ("open redirect", "unvalidated redirect", "cwe-601"),
    ("server side request forgery", "ssrf", "cwe-918", "metadata endpoint"),
    ("xml external entity", "xxe", "cwe-611", "dtd", "xml parser"),
    ("insecure deserialization", "deserialization", "cwe-502", "pickle", "unpickle", "marshal", "yaml load"),
    ("prototype pollution", "cwe-1321", "__proto__"),
    ("weak hash", "md5", "sha1", "cwe-328", "broken hash"),
    ("weak cipher", "broken cryptography", "des", "rc4", "cwe-327", "insecure algorithm"),
    ("block cipher mode", "ecb", "cbc", "aes gcm"),
    ("key size", "key length", "cwe-326", "rsa 1024", "weak key"),
    ("insecure random", "weak random", "predictable random", "math.random", "cwe-330", "cwe-338", "csprng"),
    ("certificate validation", "tls verification", "verify false", "cwe-295", "ssl verification"),
    ("secure cookie", "cookie secure flag", "cwe-614"),
    ("httponly cookie", "cwe-1004"),
    ("samesite cookie", "cwe-1275"),
    ("json web token", "jwt", "token signature", "cwe-347", "alg none"),
    ("debug mode", "debug true", "cwe-489", "cwe-215", "stack trace"),
    ("cross origin resource sharing", "cors", "cwe-942", "access-control-allow-origin"),
    ("hardcoded secret", "hard coded credential", "hardcoded password", "secret in source code", "cwe-798"),
    ("secret", "credential", "api key"),
    ("database password", "db password", "connection string", "database credential"),
    ("environment variable", "env var", "process.env", "os.environ", "os.getenv"),
    ("long lived keys", "static credentials", "access key id", "role assumption"),
    ("secret storage", "secrets manager", "vault", "parameter store"),
    ("private key", "pem", "cwe-321"),
    ("cross site request forgery", "csrf", "xsrf", "cwe-352", "anti csrf token"),
    ("insecure direct object reference", "idor", "cwe-639", "object level authorization"),
    ("broken access control", "authorization", "cwe-285", "cwe-862", "missing authorization"),
    ("missing authentication", "cwe-306", "unauthenticated"),
    ("password storage", "password hashing", "bcrypt", "argon2", "scrypt", "cwe-916", "cwe-759"),
    ("weak password", "password policy", "cwe-521"),
    ("brute force", "rate limit", "account lockout", "cwe-307"),
    ("session fixation", "cwe-384", "session id"),
    ("remote code execution", "rce", "arbitrary code execution"),
    ("file upload", "unrestricted upload", "cwe-434"),
    ("mass assignment", "cwe-915", "over posting"),
    ("sensitive data in logs", "logging secrets", "cwe-532"),
    ("clickjacking", "frame options", "frame ancestors", "cwe-1021"),
    ("content security policy", "csp"),
    ("trust boundary", "cwe-501"),
    ("public bucket", "s3 public", "cwe-284", "block public access"),
    ("encryption at rest", "unencrypted storage", "cwe-311", "kms"),
    ("least privilege", "iam wildcard", "cwe-732", "overly permissive"),
    ("audit logging", "cloudtrail", "cwe-778"),
    ("container root user", "run as root", "cwe-250"),
    ("unpinned image", "latest tag", "image digest", "cwe-1357"),
    ("remote script", "curl pipe bash", "cwe-494", "download without integrity"),
    ("github actions", "workflow", "pull_request_target", "cwe-829"),
    ("prompt injection", "llm", "large language model", "model output"),
    ("race condition", "toctou", "cwe-367"),
    ("remediation deadline", "sla", "time to fix", "due date"),
    ("retention", "retention period", "how long keep", "keep for", "delete after"),
    ("production data", "prod data", "prod db", "production database", "real customer data", "copy of production"),
    ("test code", "unit test", "pytest", "test file", "junit", "jest", "fixture"),
    ("personal data", "pii", "gdpr", "customer data"),
    ("dependency", "third party library", "package", "npm package", "pypi package"),
    ("vulnerability", "cve", "security finding"),
)
"""Each group lists interchangeable phrasings; the first is the canonical one."""


@dataclass(frozen=True)
class Expansion:
    """The query's own tokens, and those added from synonym groups it matched."""

    tokens: tuple[str, ...]
    extra_tokens: tuple[str, ...]
    phrases: tuple[str, ...]  # the added phrases, for embedding as text

    @property
    def all_tokens(self) -> tuple[str, ...]:
        return self.tokens + self.extra_tokens


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[tuple[tuple[str, ...], str], ...], ...]:
    return tuple(tuple((tuple(tokens(phrase)), phrase) for phrase in group) for group in GROUPS)


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    if not needle:
        return False
    width = len(needle)
    return any(haystack[i : i + width] == needle for i in range(len(haystack) - width + 1))


def expand(query: str) -> Expansion:
    """Add the other phrasings of every synonym group the query mentions."""
    own = tuple(tokens(query))
    extra: list[str] = []
    phrases: list[str] = []
    for group in _compiled():
        if not any(_contains(own, needle) for needle, _ in group):
            continue
        for needle, phrase in group:
            if not _contains(own, needle):
                phrases.append(phrase)
                extra.extend(needle)
    return Expansion(own, tuple(extra), tuple(phrases))


@lru_cache(maxsize=1)
def _groups_by_cwe() -> dict[str, tuple[int, ...]]:
    """`cwe-89` -> the positions in GROUPS of the groups naming it."""
    found: dict[str, list[int]] = {}
    for position, group in enumerate(GROUPS):
        for phrase in group:
            if phrase.startswith("cwe-"):
                found.setdefault(phrase, []).append(position)
    return {cwe: tuple(positions) for cwe, positions in found.items()}


def cwe_names(cwes: tuple[str, ...]) -> list[str]:
    """The canonical phrase of each group naming one of these CWE ids (for indexing clause text), in GROUPS order."""
    lookup = _groups_by_cwe()
    positions = sorted({position for cwe in cwes for position in lookup.get(cwe.lower(), ())})
    return [GROUPS[position][0] for position in positions]
