"""``playbook-lint lsp``: the language server for editors (needs the ``lsp`` extra, pygls).

Importing this package is cheap; pygls is imported only when the server starts, so the
command line's start-up does not pay for it.
"""

from __future__ import annotations

import sys

USAGE = "usage: playbook-lint lsp [--stdio]  (the language server, over standard input and output)"


def main(argv: list[str]) -> int:
    """Run the server; 2 with one line on standard error when it cannot start."""
    extra = [arg for arg in argv if arg != "--stdio"]
    if extra in (["-h"], ["--help"]):
        print(USAGE)
        return 0
    if extra:
        print(
            f"playbook-lint: error: lsp takes no argument '{extra[0]}' ({USAGE})", file=sys.stderr
        )
        return 2
    try:
        from playbook_lint.lsp.server import serve
    except ImportError as error:
        print(
            f"playbook-lint: error: the language server needs pygls ({error.name or error}): "
            "pip install 'ai-engineer-interview-playbook[lsp]'",
            file=sys.stderr,
        )
        return 2
    return serve()
