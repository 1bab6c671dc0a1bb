"""`python -m secops` and the console script: answer --version before importing the command tree."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        from secops import __version__

        print(f"secops {__version__}")
        return 0
    from secops.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    raise SystemExit(main())
