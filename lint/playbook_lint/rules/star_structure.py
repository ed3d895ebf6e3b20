"""PL003: a STAR story has its four sections, none empty (the units split them)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from playbook_lint.rulebase import AnswerContext, Hit, Severity, rule
from playbook_lint.spec import AnswerKind


@rule(
    code="PL003",
    name="star-structure",
    severity=Severity.ERROR,
    summary="A STAR section (Situation, Task, Action, Result) is missing or empty.",
    message="The {section} section is {state}",
    fix="Give every story four parts in order: Situation, Task, Action, Result, each "
    "starting with its label (for example '**Result:**').",
    what=(
        "In a `star-story` document, each of the four sections must be present and "
        "non-empty. A section starts with its label at the start of a line: bold or "
        "plain, with a colon or a dash (`**Situation:**`, `Situation:`, `Task -`), as a "
        "heading (`## Situation`), as a bullet (`- **S**:`), or as the first letter "
        "alone (`**S:**`, `S -`, `R:`). A note in brackets belongs to the label "
        "(`**Result** (30 seconds):`), and `Outcome`, `Impact` and `What happened` name "
        "the Result. The rule reports one finding per missing or empty section."
    ),
    why=(
        "Behavioral interviewers take notes against the four parts. A story with no "
        "Task leaves them guessing what *you* were asked to do; a story with no Result "
        "ends before the part they score."
    ),
    bad="**Situation:** Checkout latency doubled after a model update.\n\n"
    "**Action:** I rolled back and profiled the feature fetches.",
    good="**Situation:** Checkout latency doubled after a model update.\n\n"
    "**Task:** I owned the fix and the postmortem.\n\n"
    "**Action:** I rolled back behind the canary and profiled the feature fetches.\n\n"
    "**Result:** p99 went from 900 ms back to 210 ms, watched on the checkout dashboard.",
    use_instead="Four labelled sections, none of them empty.",
    kinds=(AnswerKind.STAR_STORY,),
    default_kinds=(AnswerKind.STAR_STORY,),
    bad_kind=AnswerKind.STAR_STORY,
)
def check(ctx: AnswerContext) -> Iterator[Hit]:
    answer = ctx.answer
    if answer.kind is not _STAR:
        return
    for name in ("situation", "task", "action", "result"):
        section = answer.sections.get(name)
        if section is None:
            start, end = ctx.first_line()
            yield Hit(start, end, {"section": name.capitalize(), "state": "missing"})
        elif _ALNUM.search(ctx.text, section.start, section.end) is None:
            yield Hit(
                section.label_start,
                section.label_end,
                {"section": name.capitalize(), "state": "empty"},
            )


_ALNUM = re.compile(r"[^\W_]")


_STAR = AnswerKind.STAR_STORY  # a module constant: enum attribute lookups are slow
