"""Shared by the CI writers (junit, gitlab, sarif): which answer holds a finding, an
answer's text in a form that does not change when lines move or the file is re-wrapped,
and the fingerprint built from it.

A fingerprint is a hash of the rule, the path and the text of the answer that holds the
finding, with case and white space normalised, plus a count that tells apart two
findings of one rule in one answer (in the order they occur). Editing the answer's words
makes a new fingerprint; moving it, re-wrapping it or adding lines above it does not.
GitLab (``fingerprint``) and SARIF readers such as GitHub code scanning
(``partialFingerprints``) match findings across runs by it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playbook_lint.document import Document
    from playbook_lint.engine import Finding
    from playbook_lint.outputs import Report


def answer_index(doc: Document | None, finding: Finding) -> int | None:
    """The 0-based index of the answer that holds the finding's start, or None (a finding
    on a comment between answers, or a document the report does not carry)."""
    if doc is None:
        return None
    for index, answer in enumerate(doc.answers):
        if answer.start <= finding.start < max(answer.end, answer.start + 1):
            return index
    return None


def normalised(text: str) -> str:
    """Case-folded, with every run of white space turned into one space."""
    return " ".join(text.split()).casefold()


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


def fingerprints(report: Report) -> list[str]:
    """One fingerprint per finding of the report, in order: 32 hex digits (the shape of
    the fingerprints in GitLab's own examples)."""
    seen: Counter[str] = Counter()
    digests = []
    for finding in report.findings:
        key = fingerprint_key(finding, report.documents.get(finding.path))
        seen[key] += 1
        digests.append(hashlib.sha256(f"{key}\x1f{seen[key]}".encode()).hexdigest()[:32])
    return digests
