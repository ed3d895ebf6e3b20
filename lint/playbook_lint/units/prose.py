"""Answers of kind ``answer`` and ``design-answer``: the whole body is one answer."""

from __future__ import annotations

from playbook_lint.document import Answer
from playbook_lint.spec import AnswerKind
from playbook_lint.units import first_word


def split(masked: str, start: int, kind: AnswerKind) -> list[Answer]:
    begin = first_word(masked, start, len(masked))
    return [] if begin is None else [Answer(kind, begin, len(masked.rstrip()))]
