"""The checker page's way into playbook-lint: runs in Pyodide, in the page's Web Worker.

``check`` runs the command line itself, in process, on one text read as standard input:
``playbook-lint --isolated --format json --show-numbers --stdin-filename NAME [--kind KIND] -``.
The page therefore shows the command line's own findings and its table of numbers, and
an input the command line refuses comes back as its one-line error. The worker writes
this file into Pyodide's site-packages; the tests import it in CPython too.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys


def arguments(kind: str | None, name: str) -> list[str]:
    """The command line that ``check`` runs, without the program name."""
    from playbook_lint.spec import KINDS  # the linter's own list: one definition

    argv = ["--isolated", "--format", "json", "--show-numbers", "--color", "never"]
    argv += ["--stdin-filename", name]
    if kind:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
        argv += ["--kind", kind]
    return [*argv, "-"]


def check(text: str, kind: str | None = None, name: str = "answer.md") -> str:
    """The JSON report of ``playbook-lint --format json --show-numbers`` for ``text``.

    The report gains ``exit_code`` (0 clean, 1 findings, 2 refused input), ``kind`` (the
    one given, or the one the linter detected) and, when the command line printed no
    report, ``errors`` holds what it wrote to standard error.
    """
    from playbook_lint.cli import main

    stdout, stderr = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                code = main(arguments(kind, name))
            except SystemExit as stop:  # argparse refuses a bad command line this way
                code = stop.code if isinstance(stop.code, int) else 2
    finally:
        sys.stdin = saved
    printed = stdout.getvalue()
    report = json.loads(printed) if printed.strip() else {"findings": [], "numbers": []}
    if not printed.strip():
        report["errors"] = [line for line in stderr.getvalue().splitlines() if line]
    report["exit_code"] = code
    report["kind"] = kind or (detected_kind(text, name) if code != 2 else "")
    return json.dumps(report, ensure_ascii=False)


def detected_kind(text: str, name: str) -> str:
    """The kind the linter reads ``text`` as with no ``--kind`` (its public API says)."""
    from playbook_lint import lint_texts

    return lint_texts([(name, text)], select=[])[0].kind
