"""``--format gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON array with one issue per finding: ``description``, ``check_name`` (the rule),
``fingerprint``, ``severity`` and ``location`` (``path`` and ``lines.begin``).

GitLab compares the report of a merge request with the one of its target branch by
fingerprint, so a fingerprint must not change when an answer only moves: it hashes the
rule, the path and the answer's normalised text (``_answers.fingerprints``, shared with
the SARIF writer). Editing the answer's words makes it a new issue; moving it,
re-wrapping it or adding lines above it does not. Severity: ``error`` becomes ``major``
and ``warning`` becomes ``minor``. Input errors are not issues (they go to standard
error, exit code 2).
"""

from __future__ import annotations

import json

from playbook_lint.engine import Finding
from playbook_lint.outputs import Report
from playbook_lint.outputs._answers import fingerprints

SEVERITY = {"error": "major", "warning": "minor"}


def issue(finding: Finding, fingerprint: str) -> dict[str, object]:
    rule = finding.rule
    return {
        "type": "issue",
        "description": f"{rule.code} {rule.name}: {finding.message}. Fix: {rule.fix}",
        "check_name": rule.name,
        "fingerprint": fingerprint,
        "severity": SEVERITY[rule.severity.value],
        "categories": ["Style"],
        "location": {
            "path": finding.path.replace("\\", "/"),
            "lines": {"begin": finding.line, "end": finding.end_line},
        },
    }


def write(report: Report) -> str:
    issues = [
        issue(finding, fingerprint)
        for finding, fingerprint in zip(report.findings, fingerprints(report), strict=True)
    ]
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
