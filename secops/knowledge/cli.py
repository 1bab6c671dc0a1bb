"""`secops kb ...`: build, search, lint and evaluate the knowledge index (a typer sub-app)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from secops.errors import ExitCode, run_guarded

__all__ = ["app"]
# Only typer is imported at module level: `secops --help` must not pay for chromadb, numpy or pydantic.

app = typer.Typer(
    help="Search, index, lint and evaluate the security standards knowledge base.",
    no_args_is_help=True,
    add_completion=False,
)

KbDir = Annotated[Path | None, typer.Option("--kb-dir", envvar="SECOPS_KB_DIR", help="Knowledge base root.")]
IndexDir = Annotated[
    Path | None,
    typer.Option("--index-dir", envvar="SECOPS_INDEX_DIR", help="Embedded index [.secops/index]."),
]
ChromaUrl = Annotated[
    str | None, typer.Option("--chroma-url", envvar="SECOPS_CHROMA_URL", help="Use a Chroma server instead.")
]
Provider = Annotated[str | None, typer.Option("--provider", envvar="SECOPS_EMBEDDINGS", help="Embedder [offline].")]
Model = Annotated[str | None, typer.Option("--model", envvar="SECOPS_EMBEDDING_MODEL", help="Embedding model.")]
Json = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


@app.command()
def index(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Drop the index and embed everything again.")] = False,
    index_dir: IndexDir = None,
    chroma_url: ChromaUrl = None,
    provider: Provider = None,
    model: Model = None,
    kb_dir: KbDir = None,
) -> None:
    """Build or incrementally update the index (only changed standards are embedded again)."""

    def body() -> int:
        from secops._yaml import display
        from secops.knowledge.index import open_chroma_index

        built = open_chroma_index(
            kb_dir=kb_dir,
            index_dir=index_dir,
            chroma_url=chroma_url,
            provider=provider,
            model=model,
            rebuild=rebuild,
        )
        stats = built.stats
        typer.echo(
            f"index: {stats.clauses} clauses from {stats.files} files at {stats.location} "
            f"({stats.provider}/{stats.model}, {stats.dimensions} dims, corpus {stats.corpus_version})"
        )
        if stats.up_to_date:
            typer.echo("up to date: nothing embedded")
        else:
            typer.echo(f"embedded {stats.embedded} clauses")
            for path in stats.changed_files:
                typer.echo(f"  updated {path}")
            for path in stats.removed_files:
                typer.echo(f"  removed {path}")
        if built.replica is not None:
            typer.echo(f"read replica: {display(built.replica)} (queries skip chromadb while it matches the index)")
        return int(ExitCode.OK)

    raise typer.Exit(run_guarded(body))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words, a question, a CWE or a clause id.")],
    k: Annotated[int, typer.Option("-k", "--k", min=1, max=50, help="How many clauses.")] = 5,
    lang: Annotated[list[str] | None, typer.Option("--lang", help="Only clauses for this language.")] = None,
    cwe: Annotated[list[str] | None, typer.Option("--cwe", help="Only clauses citing this CWE.")] = None,
    as_json: Json = False,
    index_dir: IndexDir = None,
    chroma_url: ChromaUrl = None,
    provider: Provider = None,
    model: Model = None,
    kb_dir: KbDir = None,
) -> None:
    """Hybrid (BM25 + dense) search over the clauses of the standards."""

    def body() -> int:
        from secops.knowledge.index import open_index
        from secops.knowledge.interface import SearchFilters

        kb = open_index(kb_dir=kb_dir, index_dir=index_dir, chroma_url=chroma_url, provider=provider, model=model)
        hits = kb.search(query, k=k, filters=SearchFilters.create(languages=lang, cwes=cwe))
        if as_json:
            rows = [
                {
                    "clause_id": hit.clause.clause_id,
                    "title": hit.clause.title,
                    "score": hit.score,
                    "snippet": hit.snippet,
                    "where": hit.clause.where,
                    "standard": hit.clause.doc_id,
                }
                for hit in hits
            ]
            served_by = str(getattr(kb, "served_by", ""))  # "replica" or "chroma": docs/knowledge-index.md
            typer.echo(
                json.dumps({"query": query, "version": kb.version, "served_by": served_by, "hits": rows}, indent=2)
            )
            return int(ExitCode.OK)
        if not hits:
            typer.echo("no matching clauses")
        for rank, hit in enumerate(hits, start=1):
            typer.echo(f"{rank}. {hit.clause.clause_id}  {hit.score:.3f}  {hit.clause.title}")
            typer.echo(f"   {hit.clause.where}")
            typer.echo(f"   {hit.snippet}")
        return int(ExitCode.OK)

    raise typer.Exit(run_guarded(body))


@app.command()
def lint(
    kb_dir: KbDir = None,
    rules_dir: Annotated[
        Path | None,
        typer.Option("--rules-dir", envvar="SECOPS_RULES_DIR", help="Rule library to cross-check."),
    ] = None,
) -> None:
    """Check front matter, clause ids and numbering, cross-references, catalogs, eval files and rules."""

    def body() -> int:
        from secops.knowledge.lint import lint as run_lint

        problems = run_lint(kb_dir, rules_dir)
        for problem in problems:
            typer.echo(str(problem))
        if problems:
            typer.echo(f"{len(problems)} problem{'s' if len(problems) != 1 else ''}", err=True)
            return int(ExitCode.BLOCKING)
        typer.echo("knowledge base OK")
        return int(ExitCode.OK)

    raise typer.Exit(run_guarded(body))


@app.command("eval")
def evaluate_command(
    as_json: Json = False,
    provider: Provider = None,
    model: Model = None,
    questions: Annotated[Path | None, typer.Option("--questions", help="[<kb>/eval/questions.yaml]")] = None,
    index_dir: IndexDir = None,
    chroma_url: ChromaUrl = None,
    kb_dir: KbDir = None,
) -> None:
    """Retrieval quality over the eval questions: recall@1/3/5 and MRR."""

    def body() -> int:
        from secops.knowledge.evaluate import evaluate, load_questions, render
        from secops.resources import knowledge_dir

        root = kb_dir or knowledge_dir()
        asked = load_questions(questions or root / "eval" / "questions.yaml")
        from secops.knowledge.index import open_index

        kb = open_index(kb_dir=root, index_dir=index_dir, chroma_url=chroma_url, provider=provider, model=model)
        report = evaluate(kb, asked)
        typer.echo(json.dumps(report.as_dict(), indent=2) if as_json else render(report))
        return int(ExitCode.OK)

    raise typer.Exit(run_guarded(body))


if __name__ == "__main__":  # python -m secops.knowledge.cli
    app()
