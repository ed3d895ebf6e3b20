"""playbook-lint: find the answers where an interviewer will see no number and no sign
that you watched what you shipped.

Exit codes: 0 no findings, 1 findings, 2 usage or input error.

The pipeline: read each file (``inputs``), lint it (``engine``), write the report
(``outputs``). Start-up stays cheap: ``--version`` imports nothing beyond this module,
and everything else is imported when it is needed.
"""

from __future__ import annotations

import os
import sys

from playbook_lint import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator
    from pathlib import Path
    from typing import NoReturn

    from playbook_lint.config import Config
    from playbook_lint.document import Document
    from playbook_lint.engine import Finding, Selection

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SKIP_DIRS = {"node_modules", "__pycache__", "venv", ".venv", "site-packages"}


class UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from playbook_lint.outputs import formats
    from playbook_lint.spec import KINDS

    class _Parser(argparse.ArgumentParser):
        """argparse with one-line usage errors, like every other error the linter prints."""

        def error(self, message: str) -> NoReturn:
            self.exit(EXIT_ERROR, f"playbook-lint: error: {message} (see playbook-lint --help)\n")

    parser = _Parser(
        prog="playbook-lint",
        description="Lint resume bullets, STAR stories and interview answers for missing "
        "measured outcomes and missing observability.",
        epilog="Exit codes: 0 no findings, 1 findings, 2 usage or input error. "
        "Rules: playbook-lint --list-rules; details: playbook-lint --explain RULE. "
        "Editors: playbook-lint lsp (the language server; lint a folder named lsp as ./lsp).",
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
        choices=formats(),
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
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="lint files in N processes (0: one per CPU); the report is the same as with 1",
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
    from pathlib import Path

    from playbook_lint.inputs import suffixes

    wanted = suffixes()

    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
        for name in sorted(files):
            if not name.lower().endswith(wanted):
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
) -> Iterator[tuple[str, str | None]]:
    """(name to report, path to read) for every file to lint; None for standard input.

    Each file is linted once, however many arguments reach it: files are told apart by
    device and inode (one stat per file, no path resolution). A file named on the
    command line costs one os.stat, no Path object.
    """
    import stat

    seen: set[tuple[int, int]] = set()

    def first_time(info: os.stat_result) -> bool:
        key = (info.st_dev, info.st_ino)
        if key in seen:
            return False
        seen.add(key)
        return True

    for raw in paths:
        if raw == "-":
            yield "-", None
            continue
        try:
            info = os.stat(raw)  # noqa: PTH116 (no Path object per file: hot path)
        except OSError:
            errors.append(f"{raw}: no such file or directory")
            continue
        if stat.S_ISDIR(info.st_mode):
            from pathlib import Path  # only for directories: pathlib costs a few ms to import

            for found in _walk(Path(raw), exclude):
                try:
                    if first_time(found.stat()):
                        yield str(found), str(found)
                except OSError:
                    errors.append(f"{found}: cannot read")
        elif not stat.S_ISREG(info.st_mode):
            errors.append(f"{raw}: not a regular file")
        elif first_time(info):
            yield raw, raw


def _read_bytes(path: str) -> bytes:
    """A file's bytes through the os module: half the cost of open().read() for the
    small files the linter reads by the thousand (O_BINARY: no newline translation on
    Windows)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks)


def lint_paths(
    paths: list[str],
    selection: Selection,
    kind: str | None,
    exclude: list[str],
    stdin_name: str,
    errors: list[str],
    warnings: list[str],
) -> tuple[list[Finding], dict[str, Document], int]:
    from playbook_lint.engine import lint_document
    from playbook_lint.inputs import read
    from playbook_lint.source import InputError

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
                    data = _read_bytes(path)
                except OSError as os_error:
                    raise InputError(name, f"cannot read ({os_error.strerror})") from None
            doc = read(name, data, kind)
            findings.extend(lint_document(doc, selection))
            if not doc.answers:
                warnings.append(f"{name}: no answers found (read as {doc.kind}); nothing to check")
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
    if (sys.argv[1:] if argv is None else argv) == ["--version"]:
        sys.stdout.write(f"playbook-lint {__version__}\n")  # the fast path: no imports
        return EXIT_CLEAN
    if (sys.argv[1:] if argv is None else argv)[:1] == ["lsp"]:
        from playbook_lint.lsp import main as lsp_main  # pygls loads only here

        return lsp_main((sys.argv[1:] if argv is None else argv)[1:])
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


def _info(args: argparse.Namespace) -> int | None:
    """--list-rules and --explain: print and return the exit code; None otherwise."""
    if args.list_rules:
        from playbook_lint.outputs.text import rule_table

        print(rule_table())
        return EXIT_CLEAN
    if args.explain:
        from playbook_lint.outputs.text import explain
        from playbook_lint.registry import lookup

        rule = lookup(args.explain)
        if rule is None:
            raise UsageError(f"unknown rule '{args.explain}' (see playbook-lint --list-rules)")
        print(explain(rule))
        return EXIT_CLEAN
    return None


def _config(args: argparse.Namespace) -> Config:
    """The configuration file's settings (InputError when it is broken)."""
    from playbook_lint.config import Config, find, load

    if args.isolated and not args.config:
        return Config()  # no pathlib import: it costs a few ms of every run
    from pathlib import Path

    if args.config:
        config_path = Path(args.config)
        if not config_path.is_file():
            raise UsageError(f"{args.config}: no such configuration file")
        return load(config_path)
    if not args.isolated:
        found = find(Path.cwd())
        if found is not None:
            return load(found)
    return Config()


def _selection(args: argparse.Namespace, config: Config) -> Selection:
    from playbook_lint.engine import Selection

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
    return selection


def _emit(report: str, output_file: str | None) -> bool:
    """Write the report to the file or standard output; False when the file cannot be written."""
    if output_file:
        from pathlib import Path

        try:
            Path(output_file).write_text(report, encoding="utf-8")
        except OSError as error:
            print(
                f"playbook-lint: error: {output_file}: cannot write ({error.strerror})",
                file=sys.stderr,
            )
            return False
    elif report:
        sys.stdout.write(report)
    return True


def _run(args: argparse.Namespace) -> int:
    done = _info(args)
    if done is not None:
        return done
    from playbook_lint.outputs import Report, writer
    from playbook_lint.source import InputError

    try:
        config = _config(args)
    except InputError as error:
        print(f"playbook-lint: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    selection = _selection(args, config)
    paths = args.paths or ["."]
    if paths.count("-") > 1:
        raise UsageError("'-' (standard input) can be given only once")

    errors: list[str] = []
    warnings: list[str] = []
    stdin_name = args.stdin_filename or "-"
    kind = args.kind or config.kind
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (one per CPU) or more")
    jobs = args.jobs or os.cpu_count() or 1
    if jobs > 1:
        from playbook_lint.batch import lint_paths_parallel

        findings, docs, files = lint_paths_parallel(
            paths, selection, kind, config.exclude, stdin_name, errors, warnings, jobs=jobs
        )
    else:
        findings, docs, files = lint_paths(
            paths, selection, kind, config.exclude, stdin_name, errors, warnings
        )
    for problem in errors:
        print(f"playbook-lint: error: {problem}", file=sys.stderr)
    for note in warnings:
        print(f"playbook-lint: warning: {note}", file=sys.stderr)
    report = Report(
        findings=findings,
        documents=docs,
        files=files,
        answers=sum(len(doc.answers) for doc in docs.values()),
        errors=errors,
        show_numbers=args.show_numbers,
        statistics=args.statistics,
        quiet=args.quiet,
        show_source=not args.no_source,
        color=_use_color(args.color) and not args.output_file,
    )
    if not _emit(writer(args.format).write(report), args.output_file):
        return EXIT_ERROR
    if errors:
        return EXIT_ERROR
    if findings and not args.exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
