"""Suppression comments: find them, decide which answers each covers, and apply them.

``<!-- playbook-lint: disable=RULE[,RULE] reason="..." -->`` covers the answer that holds
it or the next one (after the last answer: the one before it);
``disable-file=...`` covers every answer. Plain text takes the same comment without
``<!-- -->``. A comment with no reason or an unknown rule suppresses nothing and is
reported by ``invalid-suppression``; one that suppressed nothing by ``unused-suppression``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from playbook_lint.document import Answer, Suppression

if TYPE_CHECKING:
    from playbook_lint.engine import Finding

_SUPPRESS = re.compile(r"playbook-lint[ \t]*:[ \t]*(disable(?:-file)?)\b([^\n]*)")


_SUPPRESS_RULES = re.compile(
    r"[ \t]*=[ \t]*([A-Za-z0-9_,\- \t]*?)(?=[ \t]+reason\b|[ \t]*(?:-->|$))"
)


_SUPPRESS_REASON = re.compile(r"reason[ \t]*=[ \t]*\"([^\"\n]*)\"")


def find(text: str, plain: bool) -> list[Suppression]:
    from playbook_lint.registry import lookup

    found: list[Suppression] = []
    for match in _SUPPRESS.finditer(text):
        if not plain:
            window = max(0, match.start() - 400)
            opener = text.rfind("<!--", window, match.start())
            closer = text.rfind("-->", window, match.start())
            if opener == -1 or closer > opener:
                continue
        tail = match.group(2)
        end_comment = tail.find("-->")
        body = tail if end_comment == -1 else tail[:end_comment]
        end = match.end(2) if end_comment == -1 else match.start(2) + end_comment + 3
        rules_match = _SUPPRESS_RULES.match(body)
        reason_match = _SUPPRESS_REASON.search(body)
        problem: str | None = None
        names: list[str] = []
        if rules_match is None or not rules_match.group(1).strip():
            problem = "no rules named (write disable=RULE[,RULE])"
        else:
            for key in re.split(r"[,\s]+", rules_match.group(1).strip()):
                rule = lookup(key)
                if rule is None:
                    problem = f"unknown rule '{key}'"
                    break
                names.append(rule.name)
        if problem is None and (reason_match is None or not reason_match.group(1).strip()):
            problem = 'no reason given (add reason="...")'
        start = (
            text.rfind("<!--", max(0, match.start() - 400), match.start())
            if not plain
            else match.start()
        )
        found.append(
            Suppression(
                start=start,
                end=end,
                file_wide=match.group(1) == "disable-file",
                rules=tuple(names) if problem is None else (),
                reason=reason_match.group(1).strip() if reason_match else None,
                problem=problem,
            )
        )
    return found


def scope(answers: Sequence[Answer], item: Suppression) -> set[int]:
    """Indexes of the answers a suppression covers."""
    if item.file_wide:
        return set(range(len(answers)))
    for index, answer in enumerate(answers):
        if answer.start <= item.start < max(answer.end, answer.start + 1):
            return {index}
    for index, answer in enumerate(answers):
        if answer.start >= item.end:
            return {index}
    return {len(answers) - 1} if answers else set()


def apply(
    answers: Sequence[Answer],
    items: Sequence[Suppression],
    per_answer: Sequence[list[Finding]],
) -> tuple[list[Finding], tuple[bool, ...]]:
    """The findings no valid suppression covers, and which suppressions were used."""
    if not items:
        return [finding for found in per_answer for finding in found], ()
    scopes = [scope(answers, item) for item in items]
    used = [False] * len(items)
    kept: list[Finding] = []
    for index, found in enumerate(per_answer):
        for finding in found:
            hit = False
            for s_index, item in enumerate(items):
                if (
                    item.problem is None
                    and finding.rule.name in item.rules
                    and index in scopes[s_index]
                ):
                    used[s_index] = True
                    hit = True
            if not hit:
                kept.append(finding)
    return kept, tuple(used)
