"""``--format sarif``: SARIF 2.1.0 for code-scanning tools."""

from __future__ import annotations

from typing import Any

from playbook_lint import __version__
from playbook_lint.outputs import Report
from playbook_lint.registry import RULES, Rule


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
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "endColumn": f.end_column,
                        },
                    }
                }
            ],
        }
        for f in findings
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "playbook-lint",
                "version": __version__,
                "rules": [_sarif_rule(rule) for rule in RULES],
            }
        },
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
