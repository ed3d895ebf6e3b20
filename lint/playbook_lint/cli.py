"""playbook-lint: find the answers where an interviewer will see no number and no sign
that you watched what you shipped.

Exit codes: 0 no findings, 1 findings, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from playbook_lint import __version__

if TYPE_CHECKING:
    from playbook_lint.document import Document
    from playbook_lint.engine import Finding, Selection

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SUFFIXES = (".md", ".markdown", ".txt", ".text")
SKIP_DIRS = {"node_modules", "__pycache__", "venv", ".venv", "site-packages"}
KINDS = ("answer", "star-story", "resume", "design-answer")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors, like every other error the linter prints."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"playbook-lint: error: {message} (see playbook-lint --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="playbook-lint",
        description="Lint resume bullets, STAR stories and interview answers for missing "
        "measured outcomes and missing observability.",
        epilog="Exit codes: 0 no findings, 1 findings, 2 usage or input error. "
        "Rules: playbook-lint --list-rules; details: playbook-lint --explain RULE.",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or directories (recursed); '-' reads stdin"
    )
    parser.add_argument("--version", action="version", version=f"playbook-lint {__version__}")
    parser.add_argument("--kind", choices=KINDS, help="how to split every input into answers")
    parser.add_argument(
        "--select",
        metavar="RULES",
        help="run only these rules (names or codes, comma-separated; ALL)",
    )
    parser.add_argument("--extend-select", metavar="RULES", help="add rules to the defaults")
    parser.add_argument("--ignore", metavar="RULES", help="skip these rules")
    parser.add_argument(
        "--format",
        "--output-format",
        dest="format",
        choices=("text", "json", "sarif"),
        default="text",
        help="report format (default: text)",
    )
    parser.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when there are findings"
    )
    parser.add_argument(
        "--statistics", action="store_true", help="print a count per rule instead of findings"
    )
    parser.add_argument("--explain", metavar="RULE", help="explain a rule (name or code) and exit")
    parser.add_argument("--list-rules", action="store_true", help="list every rule and exit")
    parser.add_argument(
        "--show-numbers",
        action="store_true",
        help="list every number found in each answer and why it did or did not count",
    )
    parser.add_argument(
        "-o",
        "--output-file",
        metavar="FILE",
        help="write the report to FILE instead of standard output",
    )
    parser.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the name to report for '-' (its suffix picks the parser)",
    )
    parser.add_argument("--config", metavar="FILE", help="read configuration from FILE")
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    parser.add_argument(
        "--no-source", action="store_true", help="do not show source lines under findings"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print findings only, no summary"
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text report (auto: when stdout is a terminal and NO_COLOR is unset)",
    )
    return parser


def _split(value: str | None) -> list[str]:
    return [part for part in (value or "").replace(" ", ",").split(",") if part]


def _resolve(keys: list[str], where: str) -> set[str]:
    from playbook_lint.registry import resolve

    names, unknown = resolve(keys)
    if unknown:
        raise UsageError(f"unknown rule '{unknown[0]}' in {where} (see playbook-lint --list-rules)")
    return names


def _walk(root: Path, exclude: list[str]) -> Iterator[Path]:
    from fnmatch import fnmatch

    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
        for name in sorted(files):
            if not name.lower().endswith(SUFFIXES):
                continue
            path = Path(folder) / name
            rel = path.relative_to(root).as_posix()
            if any(fnmatch(rel, pattern) or fnmatch(name, pattern) for pattern in exclude):
                continue
            yield path


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def _inputs(
    paths: list[str], exclude: list[str], errors: list[str]
) -> Iterator[tuple[str, Path | None]]:
    seen: set[Path] = set()

    def first_time(path: Path) -> bool:
        """Each file is linted once, however many arguments reach it."""
        key = path.resolve()
        if key in seen:
            return False
        seen.add(key)
        return True

    for raw in paths:
        if raw == "-":
            yield "-", None
            continue
        path = Path(raw)
        if path.is_dir():
            for found in _walk(path, exclude):
                if first_time(found):
                    yield str(found), found
        elif path.is_file():
            if first_time(path):
                yield raw, path
        elif path.exists():
            errors.append(f"{raw}: not a regular file")
        else:
            errors.append(f"{raw}: no such file or directory")


def lint_paths(
    paths: list[str],
    selection: Selection,
    kind: str | None,
    exclude: list[str],
    stdin_name: str,
    errors: list[str],
) -> tuple[list[Finding], dict[str, Document], int]:
    from playbook_lint.document import InputError, decode, parse
    from playbook_lint.engine import lint_document

    findings: list[Finding] = []
    docs: dict[str, Document] = {}
    files = 0
    for shown, path in _inputs(paths, exclude, errors):
        name = stdin_name if path is None else shown
        try:
            if path is None:
                data = sys.stdin.buffer.read()
            else:
                try:
                    data = path.read_bytes()
                except OSError as os_error:
                    raise InputError(name, f"cannot read ({os_error.strerror})") from None
            doc = parse(name, decode(name, data), kind)
            findings.extend(lint_document(doc, selection))
        except InputError as error:
            errors.append(str(error))
            continue
        except RecursionError:
            errors.append(f"{name}: input is nested too deeply to parse")
            continue
        except Exception as error:  # a bug: still one line and exit code 2, never a traceback
            errors.append(
                f"{name}: internal error ({type(error).__name__}: {error}); "
                "please report it with this file"
            )
            continue
        docs[name] = doc
        files += 1
    return findings, docs, files


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except UsageError as error:
        print(f"playbook-lint: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly, without a flush error at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_CLEAN


def _run(args: argparse.Namespace) -> int:
    from playbook_lint.registry import lookup

    if args.list_rules:
        from playbook_lint.output import rule_table

        print(rule_table())
        return EXIT_CLEAN
    if args.explain:
        from playbook_lint.output import explain

        rule = lookup(args.explain)
        if rule is None:
            raise UsageError(f"unknown rule '{args.explain}' (see playbook-lint --list-rules)")
        print(explain(rule))
        return EXIT_CLEAN

    from playbook_lint.config import Config, find, load
    from playbook_lint.document import InputError
    from playbook_lint.engine import Selection

    config = Config()
    try:
        if args.config:
            config_path = Path(args.config)
            if not config_path.is_file():
                raise UsageError(f"{args.config}: no such configuration file")
            config = load(config_path)
        elif not args.isolated:
            found = find(Path.cwd())
            if found is not None:
                config = load(found)
    except InputError as error:
        print(f"playbook-lint: error: {error}", file=sys.stderr)
        return EXIT_ERROR

    where = config.path or "configuration"
    selection = Selection()
    if args.select is not None:
        selection.select = _resolve(_split(args.select), "--select")
    elif config.select is not None:
        selection.select = _resolve(config.select, f"{where} select")
    selection.extend_select = _resolve(config.extend_select, f"{where} extend-select") | _resolve(
        _split(args.extend_select), "--extend-select"
    )
    selection.ignore = _resolve(config.ignore, f"{where} ignore") | _resolve(
        _split(args.ignore), "--ignore"
    )
    kind = args.kind or config.kind
    paths = args.paths or ["."]
    if paths.count("-") > 1:
        raise UsageError("'-' (standard input) can be given only once")

    errors: list[str] = []
    stdin_name = args.stdin_filename or "-"
    findings, docs, files = lint_paths(paths, selection, kind, config.exclude, stdin_name, errors)
    answers = sum(len(doc.answers) for doc in docs.values())

    for problem in errors:
        print(f"playbook-lint: error: {problem}", file=sys.stderr)

    report = ""
    if args.format == "json":
        from playbook_lint.output import json_report, number_dicts

        numbers = number_dicts(docs) if args.show_numbers else None
        report = json_report(findings, files, answers, errors, numbers) + "\n"
    elif args.format == "sarif":
        from playbook_lint.output import sarif_report

        report = sarif_report(findings, errors) + "\n"
    else:
        from playbook_lint.output import Style, statistics, text_finding, text_summary

        style = Style(_use_color(args.color) and not args.output_file)
        out: list[str] = []
        if args.show_numbers:
            out.extend(_numbers_report(docs, style))
        if args.statistics:
            if findings:
                out.append(statistics(findings))
        else:
            for finding in findings:
                text = text_finding(finding, docs.get(finding.path), style, not args.no_source)
                out.append(text + ("\n" if not args.no_source else ""))
        if not args.quiet:
            out.append(text_summary(findings, files, answers, style))
        if out:
            report = "\n".join(out) + "\n"
    if args.output_file:
        try:
            Path(args.output_file).write_text(report, encoding="utf-8")
        except OSError as error:
            print(
                f"playbook-lint: error: {args.output_file}: cannot write ({error.strerror})",
                file=sys.stderr,
            )
            return EXIT_ERROR
    elif report:
        sys.stdout.write(report)

    if errors:
        return EXIT_ERROR
    if findings and not args.exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _numbers_report(docs: dict[str, Document], style: object) -> list[str]:
    from playbook_lint.metrics import mentions

    lines: list[str] = []
    for name, doc in docs.items():
        lines.append(f"{name}: kind {doc.kind} ({doc.kind_origin}), {len(doc.answers)} answer(s)")
        for number, answer in enumerate(doc.answers, 1):
            line, _ = doc.position(answer.start)
            found = list(mentions(doc.masked, answer.start, answer.end))
            lines.append(f"  answer {number} (line {line}): {len(found)} number(s)")
            for item in found:
                at_line, col = doc.position(item.start)
                mark = "counts  " if item.counts else "ignored "
                where = f"{at_line}:{col}"
                lines.append(f"    {where:<8} {mark} {item.text!r:<24} {item.reason}")
    return lines


if __name__ == "__main__":
    sys.exit(main())
