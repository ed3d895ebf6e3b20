"""``--format gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON array with one issue per finding: ``description``, ``check_name`` (the rule),
``fingerprint``, ``severity`` and ``location`` (``path`` and ``lines.begin``).

GitLab compares the report of a merge request with the one of its target branch by
fingerprint, so a fingerprint must not change when an answer only moves: it is a hash of
the rule, the path and the answer's text with case and white space normalised, plus a
count that tells apart two findings of one rule in one answer (in the order they occur).
Editing the answer's words makes it a new issue; moving it, re-wrapping it or adding
lines above it does not. Severity: ``error`` becomes ``major`` and ``warning``
becomes ``minor``. Input errors are not issues (they go to standard error, exit code 2).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter

from playbook_lint.document import Document
from playbook_lint.engine import Finding
from playbook_lint.outputs import Report
from playbook_lint.outputs._answers import answer_index, normalised

SEVERITY = {"error": "major", "warning": "minor"}


def fingerprint_key(finding: Finding, doc: Document | None) -> str:
    """What the fingerprint hashes, before the count of repeats."""
    index = answer_index(doc, finding)
    if doc is not None and index is not None:
        answer = doc.answers[index]
        context = doc.source[answer.start : answer.end]
    elif doc is not None:  # outside every answer: the finding's own line
        context = doc.line_text(finding.line)
    else:
        context = ""
    return "\x1f".join((finding.rule.code, finding.path.replace("\\", "/"), normalised(context)))


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
    seen: Counter[str] = Counter()
    issues: list[dict[str, object]] = []
    for finding in report.findings:
        key = fingerprint_key(finding, report.documents.get(finding.path))
        seen[key] += 1
        # 32 hex digits, the shape of the fingerprints in GitLab's own examples.
        digest = hashlib.sha256(f"{key}\x1f{seen[key]}".encode()).hexdigest()[:32]
        issues.append(issue(finding, digest))
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
