"""Command-line entry point (placeholder until the linter issue lands)."""

from __future__ import annotations

import argparse
import sys

from lint import __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="playbook-lint", description=__doc__)
    parser.add_argument("--version", action="version", version=f"playbook-lint {__version__}")
    parser.parse_args(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
