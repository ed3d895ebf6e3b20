"""Run the pinned Vale over the playbook's Markdown the way the site renders it.

Vale reads Markdown as CommonMark, where the four-space-indented body of an admonition
(`!!! tip`), a collapsible block (`??? example`) or a content tab (`=== "Strong"`) is an
indented code block, so plain `vale docs/` never checks that prose. This script hands Vale
a copy of each page with those bodies moved left (same lines, so line numbers hold), then
maps every column back onto the original file.

Usage: .venv/bin/python scripts/vale_docs.py [PATH ...]    (default: docs)
Exit codes: 0 no errors (warnings are listed), 1 at least one error, 2 Vale missing or
broken, 3 a path that does not exist, 4 a file Vale cannot read (invalid front matter).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / ".vale.ini"
VALE_VERSION = "3.21.0"

# A line that opens an indented container: admonition, details, content tab, or a
# definition-list definition. Its body is indented four columns past the marker.
_CONTAINER = re.compile(r"^(?P<indent> *)(?:!!!|\?\?\?\+?|===!?|:   )")
_FENCE = re.compile(r"^ *(?P<fence>`{3,}|~{3,})")


class ValeMissingError(RuntimeError):
    """Vale is not installed where the project looks for it, or reports another version."""


class ValeInputError(RuntimeError):
    """Vale stopped on a file it cannot read (for example front matter that is not YAML)."""


def _runtime_error(stderr: str, staged: dict[str, tuple[Path, list[int]]]) -> RuntimeError:
    """Turn Vale's runtime error into one line naming the original file and line."""
    try:
        report = json.loads(stderr)
        where = staged[str(report["Path"])][0].as_posix()
        return ValeInputError(f"{where}:{report['Line']}: Vale cannot read it: {report['Text']}")
    except (ValueError, KeyError, TypeError):
        return ValeMissingError(f"vale failed: {stderr.strip()}")


@dataclass(frozen=True)
class Alert:
    path: str
    line: int
    start: int
    end: int
    check: str
    severity: str
    match: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.start}: {self.severity} {self.check}: {self.message}"


def find_vale() -> Path:
    """The project's Vale (.tools/bin first, then PATH), checked against the pinned version."""
    local = ROOT / ".tools" / "bin" / "vale"
    on_path = shutil.which("vale")
    candidate = local if local.exists() else (Path(on_path) if on_path else None)
    if candidate is None:
        raise ValeMissingError(
            "vale not found in .tools/bin or on PATH; install it with: scripts/install-vale.sh"
        )
    result = subprocess.run(
        [str(candidate), "--version"], capture_output=True, text=True, check=False
    )
    version = result.stdout.strip().rsplit(" ", 1)[-1]
    if result.returncode != 0 or version != VALE_VERSION:
        raise ValeMissingError(
            f"{candidate} reports version {version or '(none)'!r}, the project pins "
            f"{VALE_VERSION}; reinstall it with: scripts/install-vale.sh"
        )
    return candidate


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def unindent_containers(text: str) -> tuple[str, list[int]]:
    """Move the bodies of indented containers left; return the text and each line's shift.

    The result has exactly the lines of the input, so a line number in it is a line number
    in the original; shifts[i] is how many columns line i+1 moved left.
    """
    out: list[str] = []
    shifts: list[int] = []
    bodies: list[int] = []  # the body indent of each open container, innermost last
    fence: str | None = None  # the open fence's marker, when inside a fenced code block
    for line in text.split("\n"):
        expanded = line.expandtabs(4)
        if not expanded.strip():
            out.append("")
            shifts.append(0)
            continue
        indent = _indent(expanded)
        if fence is None:
            while bodies and indent < bodies[-1]:
                bodies.pop()
        shift = min(bodies[-1], indent) if bodies else 0
        out.append(expanded[shift:])
        shifts.append(shift)
        fence_match = _FENCE.match(expanded)
        if fence is not None:
            closing = fence_match["fence"] if fence_match else ""
            if closing.startswith(fence[0]) and len(closing) >= len(fence):
                fence = None
            continue
        if fence_match:
            fence = fence_match["fence"]
            continue
        opened = _CONTAINER.match(expanded)
        if opened:
            bodies.append(len(opened["indent"]) + 4)
    return "\n".join(out), shifts


def markdown_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.rglob("*.md")))
        elif path.suffix == ".md":
            files.append(path)
    return files


def run_vale(paths: list[Path], vale: Path | None = None) -> list[Alert]:
    """Run Vale over the Markdown files under paths; alerts point into the original files.

    Each file is copied, containers unindented, into a temporary tree under the same
    relative path (so path-scoped sections of .vale.ini still apply), and Vale runs there.
    """
    vale = vale or find_vale()
    files = markdown_files(paths)
    if not files:
        return []
    alerts: list[Alert] = []
    with tempfile.TemporaryDirectory(prefix="vale-docs-") as tmp:
        staged: dict[str, tuple[Path, list[int]]] = {}
        for number, source in enumerate(files):
            resolved = source.resolve()
            try:
                relative = resolved.relative_to(ROOT).as_posix()
            except ValueError:  # outside the repository: keep the name, avoid clashes
                relative = f"external/{number}/{resolved.name}"
            text, shifts = unindent_containers(resolved.read_text(encoding="utf-8"))
            target = Path(tmp, relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            staged[relative] = (source, shifts)
        result = subprocess.run(
            [str(vale), f"--config={CONFIG}", "--output=JSON", "--no-exit", *sorted(staged)],
            cwd=tmp,
            capture_output=True,
            text=True,
            check=False,
        )
    if result.returncode != 0:
        raise _runtime_error(result.stderr, staged)
    report: dict[str, list[dict[str, object]]] = json.loads(result.stdout or "{}")
    for relative, raw_alerts in report.items():
        source, shifts = staged[Path(relative).as_posix()]
        for raw in raw_alerts:
            line = int(str(raw["Line"]))
            span = raw["Span"]
            assert isinstance(span, list)
            shift = shifts[line - 1]
            alerts.append(
                Alert(
                    path=source.as_posix(),
                    line=line,
                    start=int(span[0]) + shift,
                    end=int(span[1]) + shift,
                    check=str(raw["Check"]),
                    severity=str(raw["Severity"]),
                    match=str(raw["Match"]),
                    message=str(raw["Message"]),
                )
            )
    alerts.sort(key=lambda a: (a.path, a.line, a.start, a.check))
    return alerts


def summary(alerts: list[Alert], files: int, seconds: float) -> str:
    counts = Counter(a.severity for a in alerts)
    return (
        f"vale {VALE_VERSION}: {files} files, {counts['error']} errors, "
        f"{counts['warning']} warnings, {counts['suggestion']} suggestions in {seconds:.2f} s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "docs"])
    args = parser.parse_args(argv)
    paths: list[Path] = args.paths
    for path in paths:
        if not path.exists():
            print(f"error: {path}: no such file or directory", file=sys.stderr)
            return 3
    try:
        start = time.perf_counter()
        alerts = run_vale(paths)
        seconds = time.perf_counter() - start
    except ValeMissingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ValeInputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 4
    cwd = Path.cwd()
    for alert in alerts:
        shown = os.path.relpath(alert.path, cwd) if Path(alert.path).is_absolute() else alert.path
        print(str(alert).replace(alert.path, shown, 1))
    print(summary(alerts, len(markdown_files(paths)), seconds))
    return 1 if any(a.severity == "error" for a in alerts) else 0


if __name__ == "__main__":
    sys.exit(main())
