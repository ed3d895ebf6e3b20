"""``--format json``: one JSON object; each finding on its own line, so the report is
easy to read and diff, and every piece is written by the C encoder (indentation would
force Python's pure-Python encoder, a third of the run time on a large batch)."""

from __future__ import annotations

import json

from playbook_lint import __version__
from playbook_lint.engine import Finding
from playbook_lint.outputs import Report, number_rows, summary

_encode = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def finding_dict(finding: Finding) -> dict[str, object]:
    rule = finding.rule
    return {
        "rule": rule.name,
        "code": rule.code,
        "severity": rule.severity.value,
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "message": finding.message,
        "fix": rule.fix,
    }


def _array(items: list[dict[str, object]]) -> str:
    if not items:
        return "[]"
    return "[\n    " + ",\n    ".join(_encode(item) for item in items) + "\n  ]"


def write(report: Report) -> str:
    parts = [
        f'  "tool": {_encode("playbook-lint")}',
        f'  "version": {_encode(__version__)}',
        f'  "findings": {_array([finding_dict(f) for f in report.findings])}',
        f'  "errors": {_encode(report.errors)}',
        f'  "summary": {_encode(summary(report))}',
    ]
    if report.show_numbers:
        parts.append(f'  "numbers": {_array(number_rows(report.documents))}')
    return "{\n" + ",\n".join(parts) + "\n}\n"
