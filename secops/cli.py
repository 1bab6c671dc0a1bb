"""The command line: parse, call a command body, exit with its code. No logic lives here."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
import typer.core

from secops import __version__

app = typer.Typer(
    name="secops",
    help="Semgrep rules as code, evidence-based triage, and a standards-grounded security assistant.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
baseline_app = typer.Typer(help="Create baselines of known findings.", no_args_is_help=True)
app.add_typer(baseline_app, name="baseline")


class _DefaultCommandGroup(typer.core.TyperGroup):
    """`secops triage RESULTS.json` runs the `run` subcommand; `secops triage mark ...` the named one."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


rules_app = typer.Typer(help="The rule library: list, lint, test, scaffold.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")

triage_app = typer.Typer(
    cls=_DefaultCommandGroup,
    help="Re-triage saved results (secops triage RESULTS.json) and record human verdicts.",
    no_args_is_help=True,
)
app.add_typer(triage_app, name="triage")


def _guarded(body: Callable[[], int]) -> None:
    from secops.errors import run_guarded

    code = run_guarded(body)
    if code:
        raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"secops {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """secops: DevSecOps pipeline plugin."""


Paths = Annotated[list[Path] | None, typer.Argument(help="Files or directories to scan (default: the repository).")]
Root = Annotated[Path | None, typer.Option(help="Repository root (default: the git work tree of PATH).")]
Diff = Annotated[
    str | None,
    typer.Option("--diff", metavar="BASE", help="Only findings on lines changed since merge-base(BASE, HEAD)."),
]
Staged = Annotated[bool, typer.Option("--staged", help="Scan the staged (index) content of staged files.")]
BaselineOpt = Annotated[
    Path | None,
    typer.Option("--baseline", envvar="SECOPS_BASELINE", help="Suppress findings in this baseline."),
]
Rules = Annotated[list[Path] | None, typer.Option("--rules", help="Extra rule directory or file (repeatable).")]
PolicyOpt = Annotated[
    Path | None,
    typer.Option("--policy", envvar="SECOPS_POLICY", help="Default policy file (default: bundled)."),
]


def _options(
    paths: list[Path] | None,
    root: Path | None,
    diff: str | None,
    staged: bool,
    baseline: Path | None,
    rules: list[Path] | None,
    policy: Path | None,
    **extra: object,
) -> object:
    from secops.commands.scan import ScanOptions

    return ScanOptions(
        paths=tuple(paths or ()),
        root=root,
        diff_base=diff,
        staged=staged,
        baseline=baseline,
        extra_rules=tuple(rules or ()),
        policy_file=policy,
        **extra,  # type: ignore[arg-type]
    )


# --- LLM triage options (secops/triage/llm.py; docs/triage.md) ---------------------------------------
DeciderOpt = Annotated[
    str | None, typer.Option("--decider", envvar="SECOPS_DECIDER", help="Triage decider: offline | llm.")
]
ProviderOpt = Annotated[
    str | None,
    typer.Option("--provider", envvar="SECOPS_PROVIDER", help="LLM provider: bedrock | openai | ollama | fake."),
]
ModelOpt = Annotated[str | None, typer.Option("--model", envvar="SECOPS_MODEL", help="Model id for the provider.")]
MaxCallsOpt = Annotated[
    int | None,
    typer.Option("--max-llm-calls", envvar="SECOPS_MAX_LLM_CALLS", min=0, help="Model calls per run (then offline)."),
]
MaxTokensOpt = Annotated[
    int | None, typer.Option("--max-tokens", envvar="SECOPS_MAX_TOKENS", min=0, help="Tokens per run (0: no limit).")
]
ConcurrencyOpt = Annotated[
    int | None,
    typer.Option("--llm-concurrency", envvar="SECOPS_LLM_CONCURRENCY", min=1, max=64, help="Findings in parallel."),
]
NoCacheOpt = Annotated[bool, typer.Option("--no-llm-cache", help="Ask the model again even for unchanged code.")]
# ------------------------------------------------------------------------------------------------------


@app.command()
def scan(
    paths: Paths = None,
    root: Root = None,
    diff: Diff = None,
    staged: Staged = False,
    baseline: BaselineOpt = None,
    rules: Rules = None,
    policy: PolicyOpt = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", envvar="SECOPS_FORMAT", help="terminal | json | sarif | markdown")
    ] = "terminal",
    sarif: Annotated[Path | None, typer.Option("--sarif", help="Also write SARIF 2.1.0 here.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the JSON document here.")] = None,
    markdown: Annotated[Path | None, typer.Option("--markdown", help="Also write Markdown here.")] = None,
    fail_on: Annotated[
        str | None, typer.Option("--fail-on", envvar="SECOPS_FAIL_ON", help="Lowest severity that blocks.")
    ] = None,
    no_triage: Annotated[
        bool, typer.Option("--no-triage", help="Skip triage; every finding stays needs_review.")
    ] = False,
    decider: DeciderOpt = None,
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    max_llm_calls: MaxCallsOpt = None,
    max_tokens: MaxTokensOpt = None,
    llm_concurrency: ConcurrencyOpt = None,
    no_llm_cache: NoCacheOpt = False,
    history: Annotated[
        str | None,
        typer.Option("--history", envvar="SECOPS_HISTORY", help="Append a run record: DIR|s3://BUCKET/PREFIX."),
    ] = None,
) -> None:
    """Scan with the rule library, triage, apply the policy gate, and report."""

    def body() -> int:
        from secops.commands.scan import run_scan
        from secops.errors import UsageError
        from secops.report.interface import OutputFormat

        try:
            chosen = OutputFormat(fmt)
        except ValueError as exc:
            raise UsageError(f"unknown --format {fmt!r}", hint="use terminal, json, sarif or markdown") from exc
        outputs = {
            f: p
            for f, p in (
                (OutputFormat.SARIF, sarif),
                (OutputFormat.JSON, json_out),
                (OutputFormat.MARKDOWN, markdown),
            )
            if p is not None
        }
        options = _options(
            paths, root, diff, staged, baseline, rules, policy,
            fmt=chosen, outputs=outputs, fail_on=fail_on, triage=not no_triage,
            decider=decider, provider=provider, model=model, max_llm_calls=max_llm_calls, max_tokens=max_tokens,
            llm_concurrency=llm_concurrency, llm_cache=not no_llm_cache, history=history,
        )  # fmt: skip
        return run_scan(options)  # type: ignore[arg-type]

    _guarded(body)


@baseline_app.command("create")
def baseline_create(
    paths: Paths = None,
    root: Root = None,
    rules: Rules = None,
    policy: PolicyOpt = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Baseline file to write.")] = Path(
        ".secops/baseline.json"
    ),
) -> None:
    """Record today's active findings so later scans report only new ones (--baseline)."""

    def body() -> int:
        from secops.commands.scan import run_baseline_create

        options = _options(paths, root, None, False, None, rules, policy, triage=False)
        return run_baseline_create(options, output)  # type: ignore[arg-type]

    _guarded(body)


@app.command("eval")
def eval_command(
    corpus: Annotated[Path, typer.Option("--corpus", help="Labelled corpus directory.")] = Path("tests/corpus"),
    labels: Annotated[
        Path | None, typer.Option("--labels", help="labels.csv or a public suite's expectedresults CSV.")
    ] = None,
    no_triage: Annotated[bool, typer.Option("--no-triage", help="Score the raw rules only.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    assistant: Annotated[
        bool, typer.Option("--assistant", help="Score the assistant on <kb>/eval/answers.yaml instead.")
    ] = False,
) -> None:
    """Raw and triaged precision/recall per family on a labelled corpus (--assistant: the assistant's answers)."""

    def body() -> int:
        if assistant:  # provider: SECOPS_ASSIST_PROVIDER (default offline); see docs/assistant.md
            from secops.commands.assist import AssistOptions, run_assistant_eval

            return run_assistant_eval(AssistOptions.from_env(), as_json=as_json)
        from secops.commands.evaluate import run_eval

        return run_eval(corpus, labels, not no_triage, as_json)

    _guarded(body)


RepoRoot = Annotated[Path, typer.Option("--root", help="Repository whose .secops/triage.yaml to use.")]


@triage_app.command("run", hidden=True)
def triage_run(
    results: Annotated[Path, typer.Argument(help="A JSON document from `secops scan --json`.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="terminal | json | sarif | markdown")] = "terminal",
    sarif: Annotated[Path | None, typer.Option("--sarif", help="Also write SARIF here.")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write JSON here.")] = None,
) -> None:
    """Re-triage saved scan results."""

    def body() -> int:
        from secops.commands.triage import retriage
        from secops.report.interface import OutputFormat

        outputs = {f: p for f, p in ((OutputFormat.SARIF, sarif), (OutputFormat.JSON, json_out)) if p is not None}
        return retriage(results, OutputFormat(fmt), outputs)

    _guarded(body)


@triage_app.command("mark")
def triage_mark(
    fingerprint: Annotated[str, typer.Argument(help="Fingerprint (or a unique prefix) from the report.")],
    false_positive: Annotated[bool, typer.Option("--false-positive", help="Judge it a false positive.")] = False,
    true_positive: Annotated[bool, typer.Option("--true-positive", help="Judge it a true positive.")] = False,
    reason: Annotated[str, typer.Option("--reason", help="Why (at least ten characters).")] = "",
    results: Annotated[Path | None, typer.Option("--results", help="Scan JSON (default: the last scan).")] = None,
    root: RepoRoot = Path("."),
) -> None:
    """Record a human verdict in .secops/triage.yaml (expires when the code changes)."""

    def body() -> int:
        from secops.commands.triage import mark
        from secops.errors import UsageError
        from secops.models import Verdict

        if false_positive == true_positive:
            raise UsageError("say exactly one of --false-positive or --true-positive")
        verdict = Verdict.FALSE_POSITIVE if false_positive else Verdict.TRUE_POSITIVE
        return mark(root.resolve(), fingerprint, verdict, reason, results)

    _guarded(body)


@triage_app.command("list")
def triage_list(root: RepoRoot = Path(".")) -> None:
    """List recorded human verdicts."""
    from secops.commands.triage import list_entries

    _guarded(lambda: list_entries(root.resolve()))


@triage_app.command("show")
def triage_show(fingerprint: str, root: RepoRoot = Path(".")) -> None:
    """Show one recorded verdict."""
    from secops.commands.triage import show

    _guarded(lambda: show(root.resolve(), fingerprint))


@triage_app.command("forget")
def triage_forget(fingerprint: str, root: RepoRoot = Path(".")) -> None:
    """Delete one recorded verdict."""
    from secops.commands.triage import forget

    _guarded(lambda: forget(root.resolve(), fingerprint))


RuleDirs = Annotated[list[Path] | None, typer.Argument(help="Rule directories (default: the bundled library).")]


@rules_app.command("list")
def rules_list(
    lang: Annotated[str | None, typer.Option("--lang", help="Only this language or rule pack.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the rules with severity, family and cited clause."""
    from secops.commands.rules import run_list

    _guarded(lambda: run_list(lang, as_json))


@rules_app.command("lint")
def rules_lint(directories: RuleDirs = None) -> None:
    """Metadata schema, unique ids, clauses that exist, a fixture with positive and negative cases."""
    from secops.commands.rules import run_lint

    _guarded(lambda: run_lint(list(directories or [])))


@rules_app.command("test")
def rules_test(directories: RuleDirs = None) -> None:
    """The metadata lint plus `semgrep --test` over the fixtures."""
    from secops.commands.rules import run_test

    _guarded(lambda: run_test(list(directories or [])))


@rules_app.command("new")
def rules_new(spec: Annotated[str, typer.Argument(metavar="LANG/FAMILY/NAME")]) -> None:
    """Scaffold a rule and its fixture."""
    from secops.commands.rules import run_new

    _guarded(lambda: run_new(spec))


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def hook(ctx: typer.Context) -> None:
    """pre-commit entry point: scan the staged content of the given files (see .pre-commit-hooks.yaml)."""
    from secops.integrations.precommit import main as hook_main

    code = hook_main(ctx.args)
    if code:
        raise typer.Exit(code)


# --- GitHub: `secops ci github`, `secops triage import-github` (secops/integrations/github_*.py; docs/github.md) ---
ci_app = typer.Typer(help="CI integrations (GitHub Actions).", no_args_is_help=True)
app.add_typer(ci_app, name="ci")


@ci_app.command("github")
def ci_github(
    comment_mode: Annotated[
        str, typer.Option("--comment-mode", envvar="SECOPS_COMMENT_MODE", help="summary | inline | both | off")
    ] = "both",
    max_inline: Annotated[
        int, typer.Option("--max-inline", envvar="SECOPS_MAX_INLINE", min=0, help="New inline comments per run.")
    ] = 10,
    sarif: Annotated[
        Path, typer.Option("--sarif", envvar="SECOPS_SARIF", help="SARIF for upload-sarif (relative: workspace).")
    ] = Path("secops.sarif"),
    category: Annotated[
        str | None, typer.Option("--category", envvar="SECOPS_SARIF_CATEGORY", help="Code scanning category.")
    ] = None,
    fail_on: Annotated[
        str | None, typer.Option("--fail-on", envvar="SECOPS_FAIL_ON", help="Lowest severity that blocks.")
    ] = None,
    policy: PolicyOpt = None,
    rules: Annotated[
        list[Path] | None, typer.Option("--rules", envvar="SECOPS_EXTRA_RULES", help="Extra rules (repeatable).")
    ] = None,
    provider: Annotated[
        str | None, typer.Option("--provider", envvar="SECOPS_PROVIDER", help="LLM triage provider (else offline).")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", envvar="SECOPS_MODEL", help="Model id.")] = None,
    bot_login: Annotated[
        str, typer.Option("--bot-login", envvar="SECOPS_GITHUB_BOT_LOGIN", help="The token's account login.")
    ] = "github-actions[bot]",
    no_standards: Annotated[bool, typer.Option("--no-standards", help="Skip the knowledge-index lookup.")] = False,
) -> None:
    """In GitHub Actions: scan the PR's changes, SARIF, step summary, PR comments, outputs; exit by the gate."""

    def body() -> int:
        from secops.commands.ci import comment_mode as parse_mode
        from secops.commands.ci import run_ci_github
        from secops.integrations.github_ci import CiSettings

        settings = CiSettings(
            parse_mode(comment_mode), max_inline, sarif, category, fail_on, policy, tuple(rules or ()),
            provider, model, bot_login, not no_standards,
        )  # fmt: skip
        return run_ci_github(settings)

    _guarded(body)


@triage_app.command("import-github")
def triage_import_github(
    root: RepoRoot = Path("."),
    results: Annotated[Path | None, typer.Option("--results", help="Scan JSON (default: the last scan).")] = None,
    repo: Annotated[str | None, typer.Option("--repo", envvar="GITHUB_REPOSITORY", help="OWNER/NAME.")] = None,
    api_url: Annotated[str | None, typer.Option("--api-url", envvar="GITHUB_API_URL", help="REST API URL.")] = None,
    tool: Annotated[str, typer.Option("--tool-name", help="Code scanning tool name.")] = "secops",
) -> None:
    """Record code-scanning alerts dismissed as false positive / used in tests (token: GITHUB_TOKEN)."""
    from secops.commands.ci import run_import_github

    _guarded(lambda: run_import_github(root.resolve(), results, repo, api_url, tool))


# --- end GitHub ------------------------------------------------------------------------------------------------


# --- assistant: ask / chat (secops/commands/assist.py; docs/assistant.md) ------------------------------------------
AssistProviderOpt = Annotated[
    str | None,
    typer.Option(
        "--provider",
        envvar="SECOPS_ASSIST_PROVIDER",
        help="offline (extractive answers, the default) | bedrock | openai | ollama | fake.",
    ),
]
AssistModelOpt = Annotated[
    str | None, typer.Option("--model", envvar="SECOPS_MODEL", help="Model id for the provider.")
]
AssistResultsOpt = Annotated[
    Path | None, typer.Option("--results", help="Scan JSON for --finding (default: .secops/last-scan.json).")
]
AssistKbOpt = Annotated[Path | None, typer.Option("--kb-dir", envvar="SECOPS_KB_DIR", help="Knowledge base root.")]
AssistIndexOpt = Annotated[
    Path | None, typer.Option("--index-dir", envvar="SECOPS_INDEX_DIR", help="Embedded index [.secops/index].")
]
AssistChromaOpt = Annotated[
    str | None, typer.Option("--chroma-url", envvar="SECOPS_CHROMA_URL", help="Use a Chroma server instead.")
]


@app.command()
def ask(
    question: Annotated[str | None, typer.Argument(help="The question (quote it).")] = None,
    finding: Annotated[
        str | None, typer.Option("--finding", metavar="FINGERPRINT", help="Ask about this finding of the last scan.")
    ] = None,
    results: AssistResultsOpt = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print answer, citations, provider, grounded as JSON.")
    ] = False,
    provider: AssistProviderOpt = None,
    model: AssistModelOpt = None,
    kb_dir: AssistKbOpt = None,
    index_dir: AssistIndexOpt = None,
    chroma_url: AssistChromaOpt = None,
) -> None:
    """Answer one question from the security standards, with clause citations, then exit."""

    def body() -> int:
        from secops.commands.assist import AssistOptions, run_ask

        options = AssistOptions(provider, model, kb_dir, index_dir, chroma_url, results)
        return run_ask(question, options, finding=finding, as_json=as_json)

    _guarded(body)


@app.command()
def chat(
    results: AssistResultsOpt = None,
    provider: AssistProviderOpt = None,
    model: AssistModelOpt = None,
    kb_dir: AssistKbOpt = None,
    index_dir: AssistIndexOpt = None,
    chroma_url: AssistChromaOpt = None,
) -> None:
    """Interactive questions about the security standards (/help inside; Ctrl-D to leave)."""

    def body() -> int:
        from secops.commands.assist import AssistOptions, run_chat

        return run_chat(AssistOptions(provider, model, kb_dir, index_dir, chroma_url, results))

    _guarded(body)


# --- end assistant --------------------------------------------------------------------------------------------------


# --- Visibility: run history metrics, dashboard, exports (secops/history, secops/export; docs/visibility.md) ---
export_app = typer.Typer(help="Send results to AWS Security Hub or DefectDojo.", no_args_is_help=True)
app.add_typer(export_app, name="export")
HistoryRead = Annotated[
    str | None,
    typer.Option("--history", envvar="SECOPS_HISTORY", help="DIR|s3://BUCKET/PREFIX (default: .secops/history)."),
]
SinceOpt = Annotated[str | None, typer.Option("--since", help="Only runs in this period (90d, 12w, 6m, 1y) or date.")]
RepoOpt = Annotated[str | None, typer.Option("--repo", help="Only this repository (owner/name).")]
BucketOpt = Annotated[str, typer.Option("--bucket", help="Time series granularity: day | week | month.")]
MemoryRoot = Annotated[Path, typer.Option("--root", help="Checkout whose .secops/triage.yaml holds human verdicts.")]


@app.command()
def metrics(
    history: HistoryRead = None,
    since: SinceOpt = None,
    repo: RepoOpt = None,
    bucket: BucketOpt = "week",
    root: MemoryRoot = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Opened/closed findings, noise, triage-vs-human agreement and time to remediate, from the run history."""
    from secops.commands.visibility import HistoryQuery, run_metrics

    _guarded(lambda: run_metrics(HistoryQuery(history, since, repo, bucket, root), as_json))


@app.command()
def dashboard(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("secops-dashboard.html"),
    history: HistoryRead = None,
    since: SinceOpt = None,
    repo: RepoOpt = None,
    bucket: BucketOpt = "week",
    root: MemoryRoot = Path("."),
) -> None:
    """Write the metrics as one self-contained HTML page (works offline)."""
    from secops.commands.visibility import HistoryQuery, run_dashboard

    _guarded(lambda: run_dashboard(HistoryQuery(history, since, repo, bucket, root), out))


@export_app.command("securityhub")
def export_securityhub(
    results: Annotated[Path, typer.Argument(help="A JSON document from `secops scan --json`.")],
    region: Annotated[str | None, typer.Option("--region", envvar="AWS_REGION", help="AWS region.")] = None,
    account: Annotated[str | None, typer.Option("--account", help="AWS account id (default: from STS).")] = None,
    repo: RepoOpt = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Write the ASFF findings instead of sending.")] = False,
    out: Annotated[Path | None, typer.Option("--out", help="With --dry-run: file to write (default: stdout).")] = None,
) -> None:
    """Map findings to ASFF and send them with BatchImportFindings (triaged false positives: SUPPRESSED)."""
    from secops.commands.visibility import run_export_securityhub

    _guarded(lambda: run_export_securityhub(results, region, account, repo, dry_run, out))


@export_app.command("defectdojo")
def export_defectdojo(
    sarif: Annotated[Path, typer.Argument(help="A SARIF file from `secops scan --sarif`.")],
    url: Annotated[str, typer.Option("--url", envvar="SECOPS_DEFECTDOJO_URL", help="DefectDojo base URL.")],
    engagement: Annotated[int, typer.Option("--engagement", envvar="SECOPS_DEFECTDOJO_ENGAGEMENT", min=1)],
    api_key: Annotated[
        str, typer.Option("--api-key", envvar="SECOPS_DEFECTDOJO_API_KEY", help="API v2 key.", show_default=False)
    ] = "",
    test_title: Annotated[str | None, typer.Option("--test-title", help="Name of the DefectDojo test.")] = None,
    minimum_severity: Annotated[str, typer.Option("--minimum-severity", help="Info|Low|Medium|High|Critical")] = "Info",
    close_old: Annotated[bool, typer.Option("--close-old-findings", help="Close findings absent now.")] = False,
) -> None:
    """Upload SARIF through DefectDojo's import-scan API (scan_type SARIF)."""

    def body() -> int:
        from secops.commands.visibility import run_export_defectdojo
        from secops.export.defectdojo import DojoImport

        request = DojoImport(url, engagement, api_key, test_title, minimum_severity, close_old_findings=close_old)
        return run_export_defectdojo(sarif, request)

    _guarded(body)


# --- end of the visibility block ------------------------------------------------------------------------------


def _mount_optional() -> None:
    """Sub-apps whose modules import nothing heavy at import time."""
    try:
        from secops.knowledge.cli import app as kb_app
    except ImportError:
        return
    app.add_typer(kb_app, name="kb")


_mount_optional()


def main(argv: list[str] | None = None) -> int:
    """Console entry point; returns the exit code instead of raising SystemExit (for tests)."""
    try:
        app(args=argv if argv is not None else sys.argv[1:], prog_name="secops", standalone_mode=True)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
