"""PL102: an intensifier (significantly, much faster) with no number in the sentence."""

from __future__ import annotations

import re

from playbook_lint.numbers import Reason, has_outcome, mentions
from playbook_lint.rulebase import ALL_KINDS, AnswerContext, Hit, Severity, rule
from playbook_lint.rules._text import Sentences, lower_spans, lowercase_twin


@rule(
    code="PL102",
    name="unquantified-claim",
    severity=Severity.WARNING,
    summary="An intensifier claims a big change with no number in the sentence.",
    message="'{match}' with no number in the sentence",
    fix="Replace the intensifier with the number: 'much faster' becomes 'from 2 s to 300 ms'.",
    what=(
        "Flags `significantly`, `greatly`, `much faster` (and `much better`, "
        "`much cheaper`...), `drastically`, `dramatically`, `vastly`, `a lot`, "
        "`hugely`, `massively`, `substantially` and `considerably` when the same "
        "sentence has no measured number. `statistically significant` is not an "
        "intensifier and is not flagged."
    ),
    why=(
        "An intensifier asks the interviewer to trust you; a number lets them check. "
        "Interviewers discount adjectives and remember figures."
    ),
    bad="The new index made search dramatically faster.",
    good="The new index cut search p95 from 800 ms to 90 ms on the latency dashboard.",
    use_instead="The number the intensifier stands for.",
    kinds=ALL_KINDS,
    default_kinds=ALL_KINDS,
)
def check(ctx: AnswerContext) -> list[Hit]:
    source = ctx.doc.source
    return [
        Hit(start, end, {"match": " ".join(source[start:end].split())})
        for start, end in intensifiers(ctx.text, ctx.answer.start, ctx.answer.end)
    ]


def _may_intensify(low: str) -> bool:
    """Substrings one of which every match holds: the full pattern runs only after them
    (written out, not looped over: this runs on every answer).

    First a quicker test that every match passes as well: each intensifier holds "ly"
    (the adverbs), "a lot", "great deal", or "much", "far" or "way" (these letters match
    only themselves, in either case, so this holds for the case-insensitive pattern too).
    """
    if not (
        "ly" in low
        or "much" in low
        or "far" in low
        or "way" in low
        or "a lot" in low
        or "great deal" in low
    ):
        return False
    return (
        "significant" in low
        or "greatly" in low
        or "drastic" in low
        or "dramatic" in low
        or "vastly" in low
        or "hugely" in low
        or "massive" in low
        or "tremendous" in low
        or "substantial" in low
        or "considerabl" in low
        or "immensely" in low
        or "a lot" in low
        or "much " in low
        or "far " in low
        or "way " in low
        or "great deal" in low
    )


INTENSIFIER = re.compile(
    r"(?i:\b(?:significantly|greatly|drastically|dramatically|vastly|hugely|massively|"
    r"tremendously|substantially|considerably|immensely|a lot|"
    r"(?:much|far|way)[ \t]+(?:faster|better|cheaper|quicker|slower|lower|higher|more|less|fewer|"
    r"smaller|larger|bigger|easier|simpler|safer|stronger|improved|reduced)|"
    r"a great deal)\b)"
)


_INTENSIFIER_LOWER = lowercase_twin(INTENSIFIER)


_STAT_SIG = re.compile(r"(?i:statistical(?:ly)?[ \t]+$)")


# Numbers that are not outcomes but still put a figure in the sentence: an intensifier
# next to "a 1% holdout" or "a goal of 99.9%" is not an empty claim.
_FIGURES = frozenset({Reason.INTENT, Reason.BASELINE, Reason.SETTING, Reason.SPEND})


def _has_figure(text: str, start: int, end: int) -> bool:
    return any(
        mention.reason in _FIGURES and any(ch.isdigit() for ch in mention.text)
        for mention in mentions(text, start, end)
    )


def intensifiers(text: str, start: int, end: int) -> list[tuple[int, int]]:

    hits: list[tuple[int, int]] = []
    # The verdict per sentence is cached: a thousand intensifiers in one sentence cost
    # one look for a number, not a thousand.
    verdicts: dict[tuple[int, int], bool] = {}
    sentences: Sentences | None = None
    for hit_start, hit_end in lower_spans(
        INTENSIFIER, _INTENSIFIER_LOWER, text, start, end, _may_intensify
    ):
        if _STAT_SIG.search(text, max(start, hit_start - 20), hit_start):
            continue
        if sentences is None:
            sentences = Sentences(text, start, end)
        bounds = sentences.around(hit_start)
        if bounds not in verdicts:
            verdicts[bounds] = has_outcome(text, *bounds) or _has_figure(text, *bounds)
        if not verdicts[bounds]:
            hits.append((hit_start, hit_end))
    return hits
