"""``--format json``: one JSON object; each finding on its own line, so the report is
easy to read and diff, and every piece is written by the C encoder (indentation would
force Python's pure-Python encoder, a third of the run time on a large batch)."""

from __future__ import annotations

import json
from json.encoder import encode_basestring

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


def _findings(findings: list[Finding]) -> str:
    """The findings array: the text ``_array`` writes for ``finding_dict`` of each, with
    what a rule or a path contributes encoded once instead of once per finding (strings
    through the encoder's own function for them, which ``_encode`` calls)."""
    if not findings:
        return "[]"
    rule_parts: dict[str, tuple[str, str]] = {}
    paths: dict[str, str] = {}
    lines: list[str] = []
    for rule, path, line, column, end_line, end_column, message, _start, _end in findings:
        parts = rule_parts.get(rule.name)
        if parts is None:
            parts = rule_parts[rule.name] = (
                f'{{"rule": {_encode(rule.name)}, "code": {_encode(rule.code)}, '
                f'"severity": {_encode(rule.severity.value)}, "path": ',
                f', "fix": {_encode(rule.fix)}}}',
            )
        shown = paths.get(path)
        if shown is None:
            shown = paths[path] = encode_basestring(path)
        lines.append(
            f'{parts[0]}{shown}, "line": {line}, "column": {column}, "end_line": {end_line}, '
            f'"end_column": {end_column}, "message": {encode_basestring(message)}{parts[1]}'
        )
    return "[\n    " + ",\n    ".join(lines) + "\n  ]"


def write(report: Report) -> str:
    parts = [
        f'  "tool": {_encode("playbook-lint")}',
        f'  "version": {_encode(__version__)}',
        f'  "findings": {_findings(report.findings)}',
        f'  "errors": {_encode(report.errors)}',
        f'  "summary": {_encode(summary(report))}',
    ]
    if report.show_numbers:
        parts.append(f'  "numbers": {_array(number_rows(report.documents))}')
    return "{\n" + ",\n".join(parts) + "\n}\n"
