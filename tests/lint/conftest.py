"""Shared helpers for the playbook-lint tests."""

from __future__ import annotations

from playbook_lint.engine import Finding, Selection, lint_document
from playbook_lint.inputs import read

# The rule names the issue and the site's example answers rely on: a stable contract.
CONTRACT_RULES = (
    "quantified-outcome",
    "observability",
    "star-structure",
    "vague-verb",
    "unquantified-claim",
    "tech-without-impact",
    "ownership",
)


def lint_text(
    text: str,
    kind: str | None = None,
    path: str = "answer.md",
    select: set[str] | None = None,
) -> list[Finding]:
    """Lint a string as if it were a file called ``path``."""
    doc = read(path, text.encode("utf-8"), kind)
    return lint_document(doc, Selection(select=select))


def rules_of(findings: list[Finding]) -> list[str]:
    return [finding.rule.name for finding in findings]
