"""PL101: vague verbs that hide what you did (helped, worked on, was responsible for)."""

from __future__ import annotations

import re

from playbook_lint.rulebase import ALL_KINDS, AnswerContext, Hit, Severity, rule
from playbook_lint.rules._text import lower_spans, lowercase_twin
from playbook_lint.spec import AnswerKind


@rule(
    code="PL101",
    name="vague-verb",
    severity=Severity.WARNING,
    summary="A vague verb hides what you did.",
    message="'{match}' hides what you did",
    fix="Replace it with the action you took: built, cut, migrated, designed, led, "
    "debugged, measured.",
    what=(
        "Flags `helped`, `worked on`, `was responsible for`, `participated in`, "
        "`was involved in` and `assisted with` when they describe your own work. "
        "`helped` is flagged only when you (or your team) are the subject, so "
        "`the canary helped us catch it` is fine."
    ),
    why=(
        "These verbs tell the interviewer you were near the work, not what you did. "
        'They are the first thing a hiring committee circles when it asks "what was '
        "this candidate's part?\""
    ),
    bad="- Helped with the migration of the feature store to Feast.",
    good="- Migrated 140 features to Feast and cut training-serving skew from 4% to 0.3%.",
    use_instead="A concrete verb for your own action.",
    kinds=ALL_KINDS,
    default_kinds=ALL_KINDS,
    bad_kind=AnswerKind.RESUME,
)
def check(ctx: AnswerContext) -> list[Hit]:
    source = ctx.doc.source
    return [
        Hit(start, end, {"match": " ".join(source[start:end].split())})
        for start, end in vague_verbs(ctx.text, ctx.answer.start, ctx.answer.end)
    ]


VAGUE = re.compile(
    r"(?i:\b(?:(?:was|were|am|been|being|got)[ \t]+)?responsible[ \t]+for\b|"
    r"\b(?:was|were|am|been|being|got)[ \t]+involved[ \t]+(?:in|with)\b|"
    r"\bworked[ \t]+on\b|\bparticipated[ \t]+in\b|\bassist(?:ed|ing)?[ \t]+(?:with|in|on)\b|"
    r"\bhelp(?:ed|ing)\b(?:[ \t]+(?:with|to|on|out)\b)?)"
)


_HELP_SUBJECT = re.compile(
    r"(?:^|[.!?:;]|\n|\b(?:I|we|We|and|also|And|Also|who|then|Then|actively|personally|"
    r"mostly|mainly|primarily))[ \t*_+\-\u2022]*$"
)


_INVOLVED_START = re.compile(r"(?i:(?:^|\n)[ \t]*(?:[-*+][ \t]+)?involved[ \t]+in\b)")


_VAGUE_LOWER = lowercase_twin(VAGUE)


def _may_be_vague(low: str) -> bool:
    """Substrings one of which every match holds: the full pattern runs only after them
    (written out, not looped over: this runs on every answer)."""
    return (
        "help" in low
        or "worked" in low
        or "responsible" in low
        or "involved" in low
        or "participat" in low
        or "assist" in low
    )


_INVOLVED_LOWER = lowercase_twin(_INVOLVED_START)


def vague_verbs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    hits: list[tuple[int, int]] = []
    for hit_start, hit_end in lower_spans(VAGUE, _VAGUE_LOWER, text, start, end, _may_be_vague):
        if text[hit_start : hit_start + 4].lower() == "help" and hit_start > start:
            before = text[max(start, hit_start - 30) : hit_start]
            if not _HELP_SUBJECT.search(before):
                continue
        hits.append((hit_start, hit_end))
    if hits or text.find("nvolved", start, end) != -1:  # no slice: this runs on every answer
        hits.extend(lower_spans(_INVOLVED_START, _INVOLVED_LOWER, text, start, end))
    return hits
