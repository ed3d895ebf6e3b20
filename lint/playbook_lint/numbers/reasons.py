"""Why a number did or did not count: one enum, shown by ``--show-numbers``.

The value is the text a reader sees; code compares members, never the text. Whether a
reason counts as a measured outcome is part of the reason (:attr:`Reason.counts`).
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    # Counted as a measured outcome.
    NUMBER_WORD = "number word or fraction"
    CHANGE = "before-and-after change"
    FRACTION = "fraction"
    MONEY = "money"
    UNIT = "number with a unit"
    DURATION_CHANGE = "change in a duration"
    RATIO = "ratio"
    MAGNITUDE = "scale with a magnitude (k, M, B)"
    COUNT = "count of users, requests or other outcomes"
    RATE = "rate"
    PERCENTILE = "percentile value"
    CHANGE_SIZE = "size of a change"
    NAMED_METRIC = "value of a named metric (AUC of 0.91, MRR 0.61, BLEU 31)"
    REACH = "reach: people or organisations who use it (adopted by 120 analysts)"
    PERSON_TIME = "person-time saved (40 engineer-hours, 2 FTE)"
    WORDS_CHANGE = "before-and-after in words (from days to minutes, cut to zero)"
    RANK = "rank or place won (ranked #1 in, 2nd place of 140, in the top 10)"
    AWARD = "a competition or award won (won the company hackathon)"
    # Not counted.
    INTENT = "target, ask or plan, not a result (asked to get p95 under 300 ms)"
    PLANNED = "part of a design's plan (I'd cap retries at 3), not a result"
    BASELINE = "a starting point with no change stated (the page took 3-4 seconds)"
    SETTING = "a setting, not a result (a 5% canary, 20% of traffic, batch size 64)"
    EXPERIENCE = "years of experience, not a result"
    PERIOD = "how long something ran (for 48 hours), not a result"
    SPEND = "money paid or a price (paid $30k, costs $0.002), not a result"
    FUNDS = "a budget or grant (a $2M cloud budget, a $50k grant), not a result"
    PAY = "pay earned or asked (current CTC, a salary expectation, 58k + 10% bonus), not a result"
    INPUT_SIZE = "size of a data set (a 3 TB clickstream dataset), not a result"
    METRIC_CUTOFF = "the k of a metric (nDCG@10), not its value"
    PHONE = "phone number"
    DATE_NUMERIC = "date"
    COMPLEXITY = "complexity (big-O)"
    ROUND_CLOCK = "24/7 is availability wording, not a measurement"
    IP_ADDRESS = "IP address or version"
    RATIO_OR_DATE = "ratio or date, not a measurement"
    VERSION = "version number"
    NAME_PART = "part of a name (like GPT-4 or ISO-27001)"
    NAME_OR_ORDINAL = "part of a name or an ordinal"
    DIMENSION = "dimension, not a measurement"
    STORY_POINTS = "story points or a list, not a measurement"
    LABEL = "standard, label or ordinal"
    MODEL_SIZE = "model size, not an outcome"
    YEAR = "year"
    MONTH_DATE = "date next to a month name"
    TEAM_SIZE = "team size"
    EFFORT = "duration of effort, not a result"
    WORK_SHARE = "a share of the code written or the people led (70% of the code), not a result"
    DURATION_ADJECTIVE = "duration used as an adjective (a 6-month project)"
    LONG_DURATION = "long duration without a change"
    OCCURRENCES = "count of occurrences"
    SPELLED_NO_UNIT = "number word with no unit"
    BARE = "bare number"
    NO_UNIT = "no unit"

    @property
    def counts(self) -> bool:
        """True when a number with this reason is a measured outcome."""
        return self in _COUNTING


_COUNTING = frozenset(
    {
        Reason.NUMBER_WORD,
        Reason.CHANGE,
        Reason.FRACTION,
        Reason.MONEY,
        Reason.UNIT,
        Reason.DURATION_CHANGE,
        Reason.RATIO,
        Reason.MAGNITUDE,
        Reason.COUNT,
        Reason.RATE,
        Reason.PERCENTILE,
        Reason.CHANGE_SIZE,
        Reason.NAMED_METRIC,
        Reason.REACH,
        Reason.PERSON_TIME,
        Reason.WORDS_CHANGE,
        Reason.RANK,
        Reason.AWARD,
    }
)
# A bare number with one of these reasons counts when it pairs with another number in a
# before-and-after ("from 1,200 to 300", "120 -> 45").
# A baseline stops being alone once it pairs ("took 7 h -> 20 min").
PAIRABLE = frozenset(
    {Reason.NO_UNIT, Reason.LONG_DURATION, Reason.BARE, Reason.BASELINE, Reason.SPELLED_NO_UNIT}
)
