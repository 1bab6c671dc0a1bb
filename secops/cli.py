"""The command line: parse, call a command body, exit with its code. No logic lives here."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

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
