"""Shared by the CI writers (junit, gitlab): which answer holds a finding, and an answer's
text in a form that does not change when lines move or the file is re-wrapped."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playbook_lint.document import Document
    from playbook_lint.engine import Finding


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
