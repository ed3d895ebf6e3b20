"""Durations and "times": how long something took, and a ratio that is a result."""

from __future__ import annotations

import re

from playbook_lint.numbers.candidate import (
    _LONG_TIME,
    _TIME,
    Candidate,
    Decision,
)
from playbook_lint.numbers.reasons import Reason
from playbook_lint.numbers.stages._shared import (
    _CHANGE_BEFORE,
    _EFFORT_AFTER,
    _RATE_AFTER,
    _SOAK_WORDS,
    _SOONER_AFTER,
    _STATUS_CODES,
    _adjective_time,
    _hundreds_of,
    _is_range_top,
    _saving_before,
    _unhedged_prev,
)

_TIMES_COMPARATIVE = re.compile(
    r"[ \t]+(?:faster|more|fewer|less|cheaper|higher|lower|larger|smaller|quicker|as|the|over)\b"
)


def duration(c: Candidate) -> Decision | None:
    """Short durations count (120 ms); long ones only as a change (to 2 days)."""
    low, stop = c.token, c.unit_stop
    if low in _TIME:
        return _short_duration(c)
    if low in _LONG_TIME:
        if (
            (
                c.before(_CHANGE_BEFORE)
                and not _is_range_top(c)
                and not _OF_DATA_AFTER.match(c.text, stop, c.limit)  # "from two weeks of logs"
            )
            or _SOONER_AFTER.match(c.text, stop, c.limit)
            or _saving_before(c)  # "saved the coding team two full days per week"
            # "saves the treasury team in Guadalajara roughly 3 days of work every month-end"
            or (_OF_WORK_AFTER.match(c.text, stop, c.limit) and c.before(_SAVES_FAR_BEFORE, 80))
        ):
            return Decision(Reason.DURATION_CHANGE, stop)
        if c.dashed:
            return Decision(Reason.DURATION_ADJECTIVE, stop)
        return Decision(Reason.LONG_DURATION, stop)
    return None


# How long a soak or endurance test ran: "Soak test ran 72 hours at 1.5k RPS", "a soak at
# 50k messages a second ... for 72 hours"
# (the pattern runs only when one of _SOAK_WORDS is in the answer: most answers hold none)
_SOAK_BEFORE = re.compile(
    r"(?i:\b(?:soak|endurance|burn-in)(?:[ \t]+(?:tests?|runs?))?\b[^.;\n]{0,60}?"
    r"\b(?:ran|for|lasting|over|during)[ \t]+(?:~|about[ \t]+|around[ \t]+)?$)"
)
# A span that sets a measure's window or a job's grain: "the 5-min p95", "30-min interval
# forecasts", "15-min bids"
_WINDOW_UNITS = frozenset({"min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours"})
_WINDOW_AFTER = re.compile(
    r"(?i:[ \t]+(?:p\d{2,3}|average|avg|mean|median|rolling|moving|intervals?|interval[ \t]+\w+|"
    r"buckets?|bins?|bids|windows?|granularity|resolution|polling|scrape)\b)"
)


def _short_duration(c: Candidate) -> Decision:
    low, stop = c.token, c.unit_stop
    if low == "s" and (
        c.dashed
        or c.num in _STATUS_CODES  # "429s with a Retry-After": status codes
        or _hundreds_of(c.text, c.num, c.end, c.limit)  # "100s of seating charts"
    ):
        return Decision(Reason.NO_UNIT)
    if (c.dashed or _adjective_time(low, c.num)) and _EFFORT_AFTER.match(c.text, stop, c.limit):
        return Decision(Reason.EFFORT, stop)  # "a 72-hour soak test", "a 72 hour soak test"
    if low in ("h", "min") and c.spelled:
        return Decision(Reason.NO_UNIT)
    if not _SOAK_WORDS.isdisjoint(c.scan.words()) and c.before(_SOAK_BEFORE, 80):
        return Decision(Reason.EFFORT, stop)  # "Soak test ran 72 hours at 1.5k RPS"
    if c.dashed and low in _WINDOW_UNITS and _WINDOW_AFTER.match(c.text, stop, c.limit):
        # "when the 5-min p95 exceeds 600 ms" (not "sub-2-second average response times")
        return Decision(Reason.SETTING, stop)
    return Decision(Reason.UNIT, stop)


_OF_WORK_AFTER = re.compile(r"(?i:[ \t]+of[ \t]+(?:[\w-]+[ \t]+)?(?:work|effort|toil)\b)")
_SAVES_FAR_BEFORE = re.compile(r"(?i:\bsav(?:e|es|ed|ing)\b[^.;\n]{0,70}$)")
_OF_DATA_AFTER = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:logs?|data|history|traffic|transactions|events|"
    r"records|sessions|queries|purchases|clicks|labels?|audio|recordings?|footage)\b)"
)


def times(c: Candidate) -> Decision | None:
    """'3 times faster' is a ratio; 'called 3 times' is not."""
    if c.token != "times":
        return None
    stop = c.unit_stop
    if _TIMES_COMPARATIVE.match(c.text, stop, c.limit):
        return Decision(Reason.RATIO, stop)
    if _RATE_AFTER.match(c.text, stop, c.limit):
        if c.before(_SCHEDULED_BEFORE, 40):
            return Decision(Reason.SETTING, stop)  # "we ran it four times a day": a schedule
        if _INHERITED_AFTER.match(c.text, stop, c.limit):
            return Decision(Reason.BASELINE, stop)  # "... three times a week when I inherited it"
        return Decision(Reason.RATIO, stop)
    if c.before(_LIFT_OF_BEFORE, 30):
        return Decision(Reason.RATIO, stop)  # "the model got a lift of about two times"
    if _unhedged_prev(c.text, c.start, c.prev) in _USED_TIMES_PREV:
        return Decision(Reason.COUNT, stop)  # "cited 310+ times", "downloaded 40k times"
    return Decision(Reason.OCCURRENCES)


# A schedule set: "we ran it four times a day with a 66-hour lead" ("now we run it four
# times a day" tells where it got to)
_SCHEDULED_BEFORE = re.compile(
    r"(?i:(?<!now )\b(?:we|i|they|it|was|is)[ \t]+(?:ran|run|runs|retrain(?:ed|s)?|"
    r"refresh(?:ed|es)?|sync(?:ed|s)?|scheduled|executed|rebuilt)[ \t]+"
    r"(?:(?:it|them|the[ \t]+[\w-]+)[ \t]+)?(?:about[ \t]+|around[ \t]+|~[ \t]*)?$)"
)
# How it was when the writer came: "the pager went off three times a week ... when I
# inherited it"
_INHERITED_AFTER = re.compile(
    r"(?i:[^.;!?\n]{0,60}?\bwhen[ \t]+(?:i|we)[ \t]+(?:inherited|joined|started|arrived|"
    r"took[ \t]+(?:it[ \t]+)?over|came[ \t]+in)\b)"
)
_LIFT_OF_BEFORE = re.compile(
    r"(?i:\b(?:lift|uplift|speed-?up)[ \t]+of[ \t]+(?:about[ \t]+|around[ \t]+|~)?$)"
)
_USED_TIMES_PREV = frozenset(
    {"cited", "downloaded", "installed", "starred", "forked", "viewed", "played", "streamed"}
    | {"shared", "reused"}
)
