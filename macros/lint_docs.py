"""MkDocs hook: playbook-lint's rule pages and command output, generated at build time.

Listed under ``hooks:`` in mkdocs.yml and mkdocs.offline.yml. ``on_config`` fills the
nav's empty ``Rules`` section and ``on_files`` adds one page per rule, both from the
registry (``playbook_lint.registry``: one module per rule in lint/playbook_lint/rules/).
``on_page_markdown`` replaces ``<!-- lint-output: ARGS -->``, ``<!-- lint-rules -->``
and ``<!-- lint-eval -->`` in docs/lint/ pages with the real output of
``playbook-lint ARGS``, the rule table and the evaluation table, so the guide cannot
drift from the tool.
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
import shlex
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File

from playbook_lint.docs import rule_page, rule_table
from playbook_lint.registry import RULES

_OUTPUT = re.compile(r"<!-- lint-output: (.+?) -->")
_CORPUS = re.compile(r"<!-- lint-corpus: ([a-z-]+) -->")


RULES_SECTION = "Rules"  # the empty nav section under playbook-lint that gets the rule pages


def fill_nav(items: list[Any]) -> bool:
    """Put every rule's page into the first empty ``Rules`` section; False if none."""
    for item in items:
        if not isinstance(item, dict):
            continue
        for title, value in item.items():
            if title == RULES_SECTION and value == []:
                item[title] = [rule.page for rule in RULES]
                return True
            if isinstance(value, list) and fill_nav(value):
                return True
    return False


def on_config(config: Any) -> Any:
    # A site without the section (a one-page test project) just lists no rule pages.
    if config["nav"] is not None:
        fill_nav(config["nav"])
    return config


def on_files(files: Any, config: Any) -> Any:
    for rule in RULES:
        files.append(File.generated(config, rule.page, content=rule_page(rule)))
    return files


def run(args: list[str], root: Path) -> tuple[str, int]:
    """Run playbook-lint in-process from ``root``; return its stdout+stderr and exit code."""
    import os

    from playbook_lint.cli import main

    buffer = io.StringIO()
    width = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "88"  # argparse wraps --help to the terminal's width
    try:
        with (
            contextlib.chdir(root),
            contextlib.redirect_stdout(buffer),
            contextlib.redirect_stderr(buffer),
        ):
            try:
                code = main(["--color", "never", *args])
            except SystemExit as stop:  # --help and --version exit through argparse
                code = int(stop.code or 0)
    finally:
        if width is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = width
    return buffer.getvalue().rstrip("\n"), code


def render_output(markdown: str, root: Path) -> str:
    def replace(match: re.Match[str]) -> str:
        args = shlex.split(match.group(1))
        output, code = run(args, root)
        shown = " ".join(shlex.quote(arg) for arg in args)
        return f"```console\n$ playbook-lint {shown}\n{output}\n$ echo $?\n{code}\n```"

    markdown = markdown.replace("<!-- lint-rules -->", rule_table())
    if "<!-- lint-eval -->" in markdown:
        markdown = markdown.replace("<!-- lint-eval -->", evaluation_table(root))
    if "<!-- lint-corpus: " in markdown:
        markdown = _CORPUS.sub(lambda match: corpus_fact(match.group(1), root), markdown)
    return _OUTPUT.sub(replace, markdown)


def corpus_fact(name: str, root: Path) -> str:
    """One size of the labelled corpus ("new-tuned-items", "sealed-items", ...), counted
    at build time, written with thousands separators."""
    facts = _corpus_facts(root)
    if name not in facts:
        raise ValueError(f"<!-- lint-corpus: {name} -->: no such count ({', '.join(facts)})")
    return f"{facts[name]:,}"


@functools.cache
def _corpus_facts(root: Path) -> dict[str, int]:
    _eval_lint(root)  # puts the repository on sys.path, as the evaluation table needs too
    from tests.lint.corpus_eval import corpus_facts, load_cases

    return corpus_facts(load_cases(held_out=True))


def _eval_lint(root: Path) -> Any:
    """scripts/eval_lint.py as a module, loaded once."""
    import importlib.util
    import sys

    module = sys.modules.get("eval_lint")
    if module is None:
        spec = importlib.util.spec_from_file_location(
            "eval_lint", root / "scripts" / "eval_lint.py"
        )
        if spec is None or spec.loader is None:
            raise RuntimeError("scripts/eval_lint.py is missing")
        module = importlib.util.module_from_spec(spec)
        sys.modules["eval_lint"] = module  # dataclasses look their module up while loading
        spec.loader.exec_module(module)
    return module


def evaluation_table(root: Path) -> str:
    """Precision and recall per rule on the tuned and held-out parts of the labelled
    corpus, computed at build time."""
    # The tuned part, its two groups and the held-out part, never a disagreement. The
    # sealed sets are loaded with them but left out here: the table never shows them, so
    # linting them (a fifth of the corpus) would only slow every build.
    module = _eval_lint(root)
    cases = module.load_cases(held_out=True)
    shown = [case for case in cases if case.group not in module.SEALED_GROUPS]
    table: str = module.report(shown)
    return f"```console\n$ python scripts/eval_lint.py\n{table}\n```"


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if not page.file.src_uri.startswith("lint/"):
        return markdown
    return render_output(markdown, Path(config["config_file_path"]).resolve().parent)
