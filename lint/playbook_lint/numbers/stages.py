"""The number stages: each looks at one candidate number and either decides (a reason
from :class:`~playbook_lint.numbers.reasons.Reason`, which says whether it counts) or
passes (``None``) to the next. ``STAGES`` is the order; the first decision wins.

To tune: edit a word list in ``playbook_lint/data/``, a pattern here, or add a stage function
and put it in ``STAGES`` where it belongs. ``playbook-lint --show-numbers FILE`` shows
each number's reason; tests/lint/test_numbers.py holds the cases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from playbook_lint.numbers.reasons import Reason
from playbook_lint.words import load


class Decision(NamedTuple):
    reason: Reason
    stop: int | None = None  # where the mention ends (with its unit); None: the number


_TIME = load("time")
_LONG_TIME = load("long_time")
_UNITS = load("units")
_COUNT_NOUNS = load("count_nouns")
_RESOURCE_NOUNS = load("resource_nouns")
_TEAM_NOUNS = load("team_nouns")
_CHANGE_VERBS = load("change_verbs")
_MODEL_SIZE = load("model_size")
_VERSION_WORDS = load("version_words")
_LABEL_WORDS = load("label_words")
_TEAM_CUES = load("team_cues")
# Units that count the moment they follow a number.
_RATIO_UNITS = frozenset(
    {"%", "\u00d7", "x", "percent", "pct", "pp", "pps", "bps", "fold", "qps", "tps", "rps", "rpm"}
)
_PERCENTILE_CUES = ("p5", "p7", "p8", "p9", "median", "tail", "percentile")

_NEXT = re.compile(r"[ \t\u00a0]?(?P<dash>-[ ]?)?(?P<tok>%|\u00d7|[A-Za-z\u00b5]+(?:/[A-Za-z]+)?)")


_NEXT2 = re.compile(r"[ \t]+(?P<tok>[A-Za-z]+)")


# "60-hour weeks", "a 2-hour meeting": the duration describes effort, not a result.
_EFFORT_AFTER = re.compile(
    r"[ \t]+(?:work)?(?:weeks?|shifts?|days?|meetings?|sprints?|workshops?|sessions?|"
    r"training|courses?|hackathons?|drives?|commutes?)\b"
)


_MONTHS = re.compile(
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)


_TEAM_BEFORE = re.compile(
    r"(?i:\b(?:team|group|squad|org|organization|staff|headcount|crew|class|cohort)\s+of"
    r"|\bmanag(?:ed|ing|e)|\bmentor(?:ed|ing)?|\bhired|\bled|\blead(?:ing)?|\bgrew\s+(?:the\s+|a\s+|my\s+)?team\s+(?:from|to))"
    r"\s*(?:a\s+|the\s+|an\s+)?(?:team\s+of\s+)?$"
)


_TENURE_BEFORE = re.compile(
    r"(?i:\b(?:for|over|after|past|last|with|of|spent|since)\s+(?:the\s+)?(?:last\s+|past\s+)?$)"
)


_CHANGE_BEFORE = re.compile(
    r"(?i:\b(?:from|to|by|under|below|within|than|down|saving|saved|save)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|just\s+|only\s+)?$)"
)


_PERCENTILE_BEFORE = re.compile(
    r"(?i:\b(?:p\d{2}(?:\.\d+)?|median|tail|percentile)\b[^.\n]{0,24}$)"
)


_CHANGE_VERB_BEFORE = re.compile(
    r"(?i:\b(?:reduc|cut|increas|improv|grew|grow|lower|rais|decreas|dropp|drop|boost|shr[ai]nk|"
    r"trimm|sav|speed|sped|accelerat|shorten|halv|doubl|lift|climb|fell|fall|rose|jump|slash)"
    r"[a-z]*\b[^.\n]{0,80}$)"
)


_RATE_AFTER = re.compile(
    r"[ \t]*(?:per|a|an|each|every|/)[ \t]*"
    r"(?:second|sec|s|minute|min|hour|hr|day|week|month|year|quarter|night|request|query|user|"
    r"customer)s?\b"
)


_TIMES_COMPARATIVE = re.compile(
    r"[ \t]+(?:faster|more|fewer|less|cheaper|higher|lower|larger|smaller|quicker|as|the|over)\b"
)


_WORD_START = re.compile(r"[#A-Za-z]")


_BEFORE_WORD = re.compile(r"([\w.#/+-]*)[ \t\u00a0]*\Z")


def _prev_word(text: str, pos: int) -> str:
    """The word before pos (lowercased): letters first, then letters, digits, '.#/+-'."""
    found = _BEFORE_WORD.search(text, max(0, pos - 32), pos)
    if found is None:
        return ""
    first = _WORD_START.search(found.group(1))
    return found.group(1)[first.start() :].lower() if first else ""


_FRACTION_AFTER = re.compile(r"/(\d{1,2})\b")


class Candidate:
    """One number match and what surrounds it, found once for every stage to read."""

    __slots__ = (
        "_prev",
        "cur",
        "dashed",
        "end",
        "excluded",
        "limit",
        "mag",
        "next",
        "num",
        "spelled",
        "start",
        "text",
        "token",
        "unit_stop",
    )

    def __init__(
        self,
        text: str,
        match: re.Match[str],
        excluded: Iterable[tuple[int, int, Reason]],
        limit: int,
    ) -> None:
        self.text = text
        self.start, self.end = match.span()
        self.cur, self.num, self.mag = match.group("cur"), match.group("num"), match.group("mag")
        self.spelled = not self.num[0].isdigit()
        self.excluded = excluded
        self.limit = limit
        # The token right after the number (a unit, a noun, '%'), and the word before it.
        found = _NEXT.match(text, self.end, limit)
        self.next = found
        self.token = found.group("tok").lower() if found else ""
        self.dashed = bool(found and found.group("dash"))
        self.unit_stop = found.end() if found else self.end
        self._prev: str | None = None

    @property
    def prev(self) -> str:
        """The word before the number, lowercased (found on first use: most numbers are
        decided by their unit before any stage asks)."""
        if self._prev is None:
            self._prev = _prev_word(self.text, self.start)
        return self._prev

    def before(self, pattern: re.Pattern[str], width: int = 40) -> bool:
        return pattern.search(self.text, max(0, self.start - width), self.start) is not None


Stage = Callable[[Candidate], Decision | None]


def excluded(c: Candidate) -> Decision | None:
    """Inside a phone number, a date, big-O, 24/7 or an IP address."""
    for ex_start, ex_end, reason in c.excluded:
        if ex_start <= c.start < ex_end:
            return Decision(reason)
    return None


def glued_tail(c: Candidate) -> Decision | None:
    """Followed by '/7' (a fraction, ratio or date) or '.3' (a third version part)."""
    if c.spelled or c.mag:
        return None
    after = c.text[c.end : c.end + 2]
    if after[:1] == "/" and after[1:2].isdigit():
        parts = _FRACTION_AFTER.match(c.text, c.end, c.end + 4)
        if parts and "." not in c.num and int(c.num) < int(parts.group(1)) <= 10:
            return Decision(Reason.FRACTION, parts.end())
        return Decision(Reason.RATIO_OR_DATE)
    if after[:1] == "." and after[1:2].isdigit():
        return Decision(Reason.VERSION)
    return None


def name_part(c: Candidate) -> Decision | None:
    """Glued to a name by a hyphen: GPT-4, ISO-27001."""
    before = c.text[max(0, c.start - 2) : c.start]
    if len(before) == 2 and before[1] == "-" and before[0].isalpha():
        return Decision(Reason.NAME_PART)
    return None


def money(c: Candidate) -> Decision | None:
    if not c.cur:
        return None
    stop = c.end
    found = c.next
    if found and found.group("tok").lower() in ("k", "m", "b", "bn", "usd", "eur"):
        stop = found.end()
    return Decision(Reason.MONEY, stop)


def glued_letters(c: Candidate) -> Decision | None:
    """Letters glued to the number that are not a unit: 3D, 5G, 2FA, 3rd."""
    found = c.next
    low = c.token
    if (
        found
        and not c.dashed
        and found.start("tok") == c.end
        and low not in _UNITS
        and low not in _TIME
        and not low.startswith("x")
    ):
        return Decision(Reason.NAME_OR_ORDINAL)
    return None


def unit(c: Candidate) -> Decision | None:
    """A unit after the number: 35%, 3x, 4 percentage points, 40 TB."""
    low, stop = c.token, c.unit_stop
    if low in _RATIO_UNITS:
        if low in ("x", "\u00d7") and c.text[stop : stop + 2].lstrip()[:1].isdigit():
            # "3x3", "1920x1080" and "3 x 4" are sizes; "3x faster" is a ratio.
            return Decision(Reason.DIMENSION)
        return Decision(Reason.UNIT, stop)
    if low in ("percentage", "basis"):
        follow = _NEXT2.match(c.text, stop, c.limit)
        return Decision(Reason.UNIT, follow.end() if follow else stop)
    if low in ("points", "point", "pts") and not c.dashed:
        follow = _NEXT2.match(c.text, stop, c.limit)
        if follow and follow.group("tok").lower() in ("story", "of") and low != "pts":
            return Decision(Reason.STORY_POINTS)
        return Decision(Reason.UNIT, stop)
    if low in _UNITS and low not in ("k", "m"):
        return Decision(Reason.UNIT, stop)
    return None


def label(c: Candidate) -> Decision | None:
    """After a product, version or label word: Python 3, SOC 2, tier 1."""
    if c.spelled:
        return None
    if c.prev in _VERSION_WORDS:
        return Decision(Reason.VERSION)
    if c.prev in _LABEL_WORDS:
        return Decision(Reason.LABEL)
    return None


def model_size(c: Candidate) -> Decision | None:
    return Decision(Reason.MODEL_SIZE, c.unit_stop) if c.token in _MODEL_SIZE else None


def calendar(c: Candidate) -> Decision | None:
    """Years (1900-2099) and days next to a month name."""
    if c.spelled:
        return None
    low = c.token
    num = c.num
    if (
        not c.mag
        and len(num) == 4
        and num.isdigit()
        and 1900 <= int(num) <= 2099
        and low not in _TIME
        and low not in _COUNT_NOUNS
    ):
        return Decision(Reason.YEAR)
    if _MONTHS.fullmatch(c.prev or "-") or (c.next and _MONTHS.fullmatch(c.next.group("tok"))):
        return Decision(Reason.MONTH_DATE)
    return None


def team(c: Candidate) -> Decision | None:
    """Team sizes: 12 engineers, a team of 12, managed 5."""
    if c.token in _TEAM_NOUNS:
        return Decision(Reason.TEAM_SIZE, c.unit_stop)
    if c.prev in _TEAM_CUES and c.before(_TEAM_BEFORE):
        return Decision(Reason.TEAM_SIZE)
    return None


def duration(c: Candidate) -> Decision | None:
    """Short durations count (120 ms); long ones only as a change (to 2 days)."""
    low, stop = c.token, c.unit_stop
    if low in _TIME:
        if low == "s" and c.dashed:
            return Decision(Reason.NO_UNIT)
        if c.dashed and _EFFORT_AFTER.match(c.text, stop, c.limit):
            return Decision(Reason.EFFORT, stop)
        if low in ("h", "min") and c.spelled:
            return Decision(Reason.NO_UNIT)
        return Decision(Reason.UNIT, stop)
    if low in _LONG_TIME:
        if c.before(_CHANGE_BEFORE):
            return Decision(Reason.DURATION_CHANGE, stop)
        if c.dashed:
            return Decision(Reason.DURATION_ADJECTIVE, stop)
        return Decision(Reason.LONG_DURATION, stop)
    return None


def times(c: Candidate) -> Decision | None:
    """'3 times faster' is a ratio; 'called 3 times' is not."""
    if c.token != "times":
        return None
    stop = c.unit_stop
    if _TIMES_COMPARATIVE.match(c.text, stop, c.limit) or _RATE_AFTER.match(c.text, stop, c.limit):
        return Decision(Reason.RATIO, stop)
    return Decision(Reason.OCCURRENCES)


def scale(c: Candidate) -> Decision | None:
    """Magnitudes (3k, 1.2M) and counts of users, requests and other outcomes."""
    low = c.token
    if c.mag and not (low in _RESOURCE_NOUNS or (c.spelled and low not in _COUNT_NOUNS)):
        return Decision(Reason.MAGNITUDE, c.unit_stop if low in _COUNT_NOUNS else None)
    if low in _COUNT_NOUNS and low not in _RESOURCE_NOUNS:
        return Decision(Reason.COUNT, c.unit_stop)
    return None


def rate(c: Candidate) -> Decision | None:
    """Per second, a day, each request."""
    found = _RATE_AFTER.match(c.text, c.unit_stop if c.token in _RESOURCE_NOUNS else c.end, c.limit)
    return Decision(Reason.RATE, found.end()) if found is not None else None


def spelled(c: Candidate) -> Decision | None:
    return Decision(Reason.SPELLED_NO_UNIT) if c.spelled else None


def percentile(c: Candidate) -> Decision | None:
    """A value after p99, median or tail: 'p99 of 45'."""
    window = c.text[max(0, c.start - 40) : c.start].lower()
    if any(cue in window for cue in _PERCENTILE_CUES) and c.before(_PERCENTILE_BEFORE):
        return Decision(Reason.PERCENTILE)
    return None


def change_size(c: Candidate) -> Decision | None:
    """'reduced ... by 40', 'removed 120'."""
    if c.prev == "by" and c.before(_CHANGE_VERB_BEFORE, 100):
        return Decision(Reason.CHANGE_SIZE)
    if c.prev in _CHANGE_VERBS:
        return Decision(Reason.CHANGE_SIZE)
    return None


def fallback(c: Candidate) -> Decision:
    return Decision(Reason.BARE if c.token in _RESOURCE_NOUNS else Reason.NO_UNIT)


STAGES: tuple[Stage, ...] = (
    excluded,
    glued_tail,
    name_part,
    money,
    glued_letters,
    unit,
    label,
    model_size,
    calendar,
    team,
    duration,
    times,
    scale,
    rate,
    spelled,
    percentile,
    change_size,
)


def classify(c: Candidate) -> Decision:
    """The first stage that decides, or the fallback."""
    for stage in STAGES:
        decision = stage(c)
        if decision is not None:
            return decision
    return fallback(c)
