"""Knowledge index benchmark: offline indexing of ~300 clauses, warm query latency, cold CLI search.

Run: .venv/bin/python bench/kb_bench.py [--clauses 300] [--runs 3]

Cold searches are timed twice: served from the read replica (the default, no `import chromadb`) and with
SECOPS_INDEX_REPLICA=off (through Chroma). The Chroma runs go last: opening Chroma stamps chroma.sqlite3,
after which the next default run goes through Chroma once to rewrite the replica.

Uses the bundled knowledge base; when it holds fewer clauses than --clauses, renamed copies of its
standards are added (SEC-INJ -> SEC-INJZ1, ...) so the corpus reaches the size asked for.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import BIN, ENV, REPO, machine, median_of

sys.path.insert(0, str(REPO))

from secops.knowledge.evaluate import load_questions  # noqa: E402
from secops.knowledge.index import ChromaIndex  # noqa: E402
from secops.knowledge.loader import load_corpus  # noqa: E402
from secops.knowledge.replica_index import open_replica  # noqa: E402
from secops.providers.embeddings import OfflineEmbedder  # noqa: E402

QUERIES = [
    "how do I avoid SQL injection with cursor.execute",
    "where should API keys be stored",
    "SEC-CRYPTO-4",
    "pickle untrusted data",
    "verify=False in requests",
    "docker image runs as root",
]


def corpus_of(size: int, into: Path) -> Path:
    """A knowledge base with at least `size` clauses: the bundled one, plus renamed copies if needed."""
    source = REPO / "knowledge_base"
    target = into / "kb"
    shutil.copytree(source, target)
    count, copy = len(load_corpus(target).clauses), 0
    originals = sorted((source / "standards").glob("*.md"))
    while count < size:
        copy += 1
        for path in originals:
            text = re.sub(r"\bSEC-([A-Z][A-Z0-9]*)\b", rf"SEC-\1Z{copy}", path.read_text(encoding="utf-8"))
            (target / "standards" / f"{path.stem}-copy{copy}.md").write_text(text, encoding="utf-8")
        count = len(load_corpus(target).clauses)
    return target


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _pair(latencies: list[float]) -> str:
    return f"{percentile(latencies, 0.5):.1f} / {percentile(latencies, 0.95):.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clauses", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        kb = corpus_of(args.clauses, Path(tmp))
        builds = []
        for run in range(args.runs):
            started = time.perf_counter()
            index = ChromaIndex.open(load_corpus(kb), OfflineEmbedder(), index_dir=Path(tmp) / f"index-{run}")
            builds.append(time.perf_counter() - started)
        rows.append((f"index {index.stats.clauses} clauses, offline, cold (s)", f"{statistics.median(builds):.2f}"))
        started = time.perf_counter()
        reopened = ChromaIndex.open(load_corpus(kb), OfflineEmbedder(), index_dir=Path(tmp) / "index-0")
        rows.append(("reopen unchanged corpus (s)", f"{time.perf_counter() - started:.3f}"))
        assert reopened.stats.up_to_date

        started = time.perf_counter()
        replica = open_replica(load_corpus(kb), OfflineEmbedder(), (Path(tmp) / "index-0").resolve())
        rows.append(("open from the read replica, in process (s)", f"{time.perf_counter() - started:.3f}"))
        assert replica is not None, "no current read replica beside the index"

        questions = [q.question for q in load_questions(REPO / "knowledge_base" / "eval" / "questions.yaml")]
        queries = (questions or QUERIES) * 2
        for name, index in (("Chroma", reopened), ("replica", replica)):
            index.search("warm up", 5)
            latencies = []
            for query in queries:
                started = time.perf_counter()
                index.search(query, 5)
                latencies.append((time.perf_counter() - started) * 1000)
            rows.append((f"warm query p50 / p95, {name} (ms, {len(queries)} queries)", _pair(latencies)))

        env = {**ENV, "SECOPS_KB_DIR": str(kb), "SECOPS_INDEX_DIR": str(Path(tmp) / "index-0")}
        env.pop("SECOPS_INDEX_REPLICA", None)
        module = [sys.executable, "-m", "secops.knowledge.cli", "search", QUERIES[0]]
        wall, rss = median_of(args.runs, module, REPO, env)
        rows.append(("`python -m secops.knowledge.cli search` cold, replica (s)", f"{wall:.2f} ({rss:.0f} MiB)"))
        script = BIN / "secops"
        if script.is_file():
            search = [str(script), "kb", "search", QUERIES[0]]
            wall, rss = median_of(args.runs, search, REPO, env)
            rows.append(("`secops kb search` cold, replica (s)", f"{wall:.2f} ({rss:.0f} MiB)"))
            wall, rss = median_of(args.runs, search, REPO, {**env, "SECOPS_INDEX_REPLICA": "off"})
            rows.append(("`secops kb search` cold, SECOPS_INDEX_REPLICA=off (s)", f"{wall:.2f} ({rss:.0f} MiB)"))

    width = max(len(name) for name, _ in rows)
    print(machine())
    print(f"{'measure'.ljust(width)}  value")
    for name, value in rows:
        print(f"{name.ljust(width)}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
