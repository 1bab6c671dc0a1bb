"""`python -m secops` and the console script.

`--version` and the pre-commit `hook` (its own argparse entry point) skip importing the typer command tree:
the hook runs on every commit, and its budget is Semgrep's own time.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        from secops import __version__

        print(f"secops {__version__}")
        return 0
    if args[:1] == ["hook"]:
        from secops.integrations.precommit import main as hook_main

        return hook_main(args[1:])
    from secops.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
