"""Stage 6: writers, one module per report format (``--format NAME``).

A writer is a module ``playbook_lint/outputs/NAME.py`` with one function::

    def write(report: Report) -> str: ...   # the whole report; "" prints nothing

It reads only the :class:`Report` (findings, the documents they came from, counts, input
errors and the options that shape a report) and returns text; the command line writes it
to standard output or ``--output-file``. Adding a format is one module here: formats
are found by listing this package.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from playbook_lint.document import Document
    from playbook_lint.engine import Finding


class Report(NamedTuple):
    findings: list[Finding]
    documents: dict[str, Document]  # by the path shown in findings
    files: int
    answers: int
    errors: list[str]  # input errors, one line each
    show_numbers: bool = False  # add every number and its reason
    statistics: bool = False  # counts per rule instead of findings (text)
    quiet: bool = False  # no summary line (text)
    show_source: bool = True  # the source line under each finding (text)
    color: bool = False  # ANSI colours (text)


def formats() -> tuple[str, ...]:
    """Every report format: the writer modules in this package."""
    from playbook_lint._modules import submodules

    return tuple(submodules(__path__))


def writer(name: str) -> ModuleType:
    """The writer module for a format name (see formats())."""
    if name not in formats():
        raise ValueError(f"unknown format '{name}' (choose from {', '.join(formats())})")
    return importlib.import_module(f"{__name__}.{name}")


def summary(report: Report) -> dict[str, object]:
    """Counts shared by every writer."""
    from collections import Counter

    by_rule = Counter(f.rule.name for f in report.findings)
    errors = sum(1 for f in report.findings if f.rule.severity.value == "error")
    return {
        "files": report.files,
        "answers": report.answers,
        "findings": len(report.findings),
        "errors": errors,
        "warnings": len(report.findings) - errors,
        "by_rule": dict(sorted(by_rule.items())),
    }


def number_rows(documents: dict[str, Document]) -> list[dict[str, object]]:
    """Every number in every answer, with its reason (the same verdicts the rules use)."""
    from playbook_lint.numbers import mentions

    rows: list[dict[str, object]] = []
    for name, doc in documents.items():
        for index, answer in enumerate(doc.answers, 1):
            for item in mentions(doc.masked, answer.start, answer.end, design=answer.design):
                line, column = doc.position(item.start)
                rows.append(
                    {
                        "path": name,
                        "answer": index,
                        "line": line,
                        "column": column,
                        "text": item.text,
                        "counts": item.counts,
                        "reason": item.reason.value,
                    }
                )
    return rows
