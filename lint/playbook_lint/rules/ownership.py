"""PL104: a STAR Action told in 'we' and never 'I'."""

from __future__ import annotations

import re
from collections.abc import Iterator

from playbook_lint.rulebase import AnswerContext, Hit, Severity, rule
from playbook_lint.spec import AnswerKind


@rule(
    code="PL104",
    name="ownership",
    severity=Severity.WARNING,
    summary="The STAR Action says 'we' throughout and never 'I'.",
    message="The Action section says 'we' and never 'I' ({count} \u00d7 we/us/our)",
    fix="Say what you did: 'I designed the rollout; the team ran it' is stronger "
    "than 'we did everything'.",
    what=(
        "In a `star-story`, flags an Action section that uses `we`, `us` or `our` and "
        "never `I`, `me` or `my`."
    ),
    why=(
        "Behavioral rounds score your part, not your team's. An Action told entirely "
        "in 'we' leaves the interviewer unable to credit you with anything."
    ),
    bad="**Action:** We profiled the service, we found the slow join and we fixed it.",
    good="**Action:** I profiled the service and found the slow join; I rewrote it and "
    "the team reviewed the change.",
    use_instead="'I' for your actions, 'we' only for what the team did together.",
    kinds=(AnswerKind.STAR_STORY,),
    default_kinds=(AnswerKind.STAR_STORY,),
    bad_kind=AnswerKind.STAR_STORY,
)
def check(ctx: AnswerContext) -> Iterator[Hit]:
    action = ctx.answer.sections.get("action")
    if action is None or ctx.answer.kind is not _STAR:
        return
    we, i = pronouns(ctx.text, action.start, action.end)
    if we and not i:
        yield Hit(action.label_start, action.label_end, {"count": we})


_WE = re.compile(r"\b(?:[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|[Ww]e're|[Ww]e've|[Ww]e'd)\b")


_I = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|[Mm]y|[Mm]yself|[Mm]ine)\b")


def pronouns(text: str, start: int, end: int) -> tuple[int, int]:
    """(number of we/us/our, number of I/me/my) in text[start:end]."""
    we = sum(1 for _ in _WE.finditer(text, start, end))
    i = sum(1 for _ in _I.finditer(text, start, end))
    return we, i


_STAR = AnswerKind.STAR_STORY  # a module constant: enum attribute lookups are slow
