"""MkDocs hook: playbook-lint's rule pages and command output, generated at build time.

Listed under ``hooks:`` in mkdocs.yml and mkdocs.offline.yml. ``on_files`` adds one page
per rule from the registry in ``lint/registry.py``; ``on_page_markdown`` replaces
``<!-- lint-output: ARGS -->`` and ``<!-- lint-rules -->`` in docs/lint/ pages with the
real output of ``playbook-lint ARGS`` and the rule table, so the guide cannot drift from
the tool.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File

from lint.docs import rule_page, rule_table
from lint.registry import RULES

_OUTPUT = re.compile(r"<!-- lint-output: (.+?) -->")


def on_files(files: Any, config: Any) -> Any:
    for rule in RULES:
        files.append(File.generated(config, rule.page, content=rule_page(rule)))
    return files


def run(args: list[str], root: Path) -> tuple[str, int]:
    """Run playbook-lint in-process from ``root``; return its stdout+stderr and exit code."""
    from lint.cli import main

    buffer = io.StringIO()
    with (
        contextlib.chdir(root),
        contextlib.redirect_stdout(buffer),
        contextlib.redirect_stderr(buffer),
    ):
        code = main(["--color", "never", *args])
    return buffer.getvalue().rstrip("\n"), code


def render_output(markdown: str, root: Path) -> str:
    def replace(match: re.Match[str]) -> str:
        args = shlex.split(match.group(1))
        output, code = run(args, root)
        shown = " ".join(shlex.quote(arg) for arg in args)
        return f"```console\n$ playbook-lint {shown}\n{output}\n$ echo $?\n{code}\n```"

    markdown = markdown.replace("<!-- lint-rules -->", rule_table())
    return _OUTPUT.sub(replace, markdown)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if not page.file.src_uri.startswith("lint/"):
        return markdown
    return render_output(markdown, Path(config["config_file_path"]).resolve().parent)
