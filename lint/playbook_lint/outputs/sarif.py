"""``--format sarif``: SARIF 2.1.0 for code-scanning tools.

Columns are counted in UTF-16 code units, as GitHub code scanning reads them (the run
says so with ``columnKind: utf16CodeUnits``): a character outside the Basic Multilingual
Plane, such as an emoji, counts as two. Each result carries ``partialFingerprints``, the
fingerprint the GitLab report uses (``_answers.fingerprints``): it holds when an answer
moves to another line, so a moved answer keeps its alert instead of opening a new one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from playbook_lint import __version__
from playbook_lint.outputs import Report
from playbook_lint.outputs._answers import fingerprints
from playbook_lint.registry import RULES, Rule

if TYPE_CHECKING:
    from playbook_lint.document import Document
    from playbook_lint.engine import Finding

FINGERPRINT = "playbookLintAnswer/v1"  # the partialFingerprints key (SARIF §3.27.17)


def utf16_column(doc: Document | None, line: int, column: int) -> int:
    """A 1-based column in code points on ``line``, as 1-based UTF-16 code units.

    Without the document (a report that does not carry it) the column is left as is.
    A column past the end of the line (an end column) keeps its distance from the end.
    """
    if doc is None or column <= 1:
        return column
    before = doc.line_text(line)[: column - 1]
    return column + sum(1 for char in before if ord(char) > 0xFFFF)


def _sarif_rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.what},
        "help": {"text": rule.fix, "markdown": f"{rule.why}\n\nUse instead: {rule.use_instead}"},
        "defaultConfiguration": {"level": rule.severity.value},
        "properties": {"tags": list(rule.kinds)},
    }


def write(report: Report) -> str:
    findings, errors = report.findings, report.errors
    import json

    index = {rule.code: number for number, rule in enumerate(RULES)}

    def columns(f: Finding) -> tuple[int, int]:
        doc = report.documents.get(f.path)
        return utf16_column(doc, f.line, f.column), utf16_column(doc, f.end_line, f.end_column)

    results = [
        {
            "ruleId": f.rule.code,
            "ruleIndex": index[f.rule.code],
            "level": f.rule.severity.value,
            "message": {"text": f"{f.message}. {f.rule.fix}"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.path.replace("\\", "/")},
                        "region": {
                            "startLine": f.line,
                            "startColumn": start,
                            "endLine": f.end_line,
                            "endColumn": end,
                        },
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT: fingerprint},
        }
        for f, fingerprint in zip(findings, fingerprints(report), strict=True)
        for start, end in [columns(f)]
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "playbook-lint",
                "version": __version__,
                "rules": [_sarif_rule(rule) for rule in RULES],
            }
        },
        "columnKind": "utf16CodeUnits",
        "results": results,
    }
    if errors:
        run["invocations"] = [
            {
                "executionSuccessful": False,
                "toolExecutionNotifications": [
                    {"level": "error", "message": {"text": error}} for error in errors
                ],
            }
        ]
    payload = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
