"""Numbers that are not measurements at all: inside a phone number, a date, big-O, 24/7 or
an IP address, glued to a name or a version, a rank or place, an uptake taken in."""

from __future__ import annotations

import re

from playbook_lint.numbers.candidate import (
    Candidate,
    Decision,
    _prev_word,
)
from playbook_lint.numbers.reasons import Reason
from playbook_lint.numbers.stages._shared import (
    _INDEX_NAME_BEFORE,
    _field_before,
    _may_be_excluded,
)
from playbook_lint.numbers.word_changes import NOT_A_PLACE

_FRACTION_AFTER = re.compile(r"/(\d{1,2})\b")


def excluded(c: Candidate) -> Decision | None:
    """Inside a phone number, a date, big-O, 24/7 or an IP address."""
    if not _may_be_excluded(c):
        return None
    for ex_start, ex_end, reason in c.scan:
        if ex_start <= c.start < ex_end:
            return Decision(reason)
    return None


_TIERS = frozenset({"tier", "tiers", "level", "levels", "l", "sev", "severity", "p", "grade"})


def glued_tail(c: Candidate) -> Decision | None:
    """Followed by '/7' (a fraction, ratio or date) or '.3' (a third version part)."""
    if c.spelled or c.mag:
        return None
    after = c.text[c.end : c.end + 2]
    if after[:1] == "/" and after[1:2].isdigit():
        parts = _FRACTION_AFTER.match(c.text, c.end, c.end + 4)
        if parts and c.prev in _TIERS:
            return Decision(Reason.LABEL, parts.end())  # "Tier 1/2 support": two names
        if parts and "." not in c.num and int(c.num.replace(",", "")) < int(parts.group(1)) <= 10:
            return Decision(Reason.FRACTION, parts.end())
        if (
            parts
            and "." not in c.num
            and int(c.num.replace(",", "")) < int(parts.group(1))
            and _COUNTED_AFTER_SHARE.match(c.text, parts.end(), c.limit)
            and c.prev not in _DATE_PREV
        ):
            return Decision(Reason.FRACTION, parts.end())  # "11/12 releases shipped"
        if (
            parts
            and "," not in c.num
            and parts.group(1) in ("5", "10")
            and float(c.num) <= int(parts.group(1))
        ):
            return Decision(Reason.FRACTION, parts.end())  # a rating: "4.6/5"
        return Decision(Reason.RATIO_OR_DATE)
    if after[:1] == "." and after[1:2].isdigit():
        return Decision(Reason.VERSION)
    return None


# "11/12 model releases": a share of things counted (a plural noun within two words),
# not a date ("on 11/12 we shipped").
_COUNTED_AFTER_SHARE = re.compile(r"(?:[ \t]+[a-z-]{3,})?[ \t]+[a-z-]{3,}s\b(?<!ss)(?<!\bthis)")
_DATE_PREV = frozenset({"on", "since", "until", "by", "from", "before", "after", "of", "dated"})


_RANK_BEFORE = re.compile(
    r"(?i:\b(?:rank\w*|plac\w*|finish\w*|came|climb\w*|reach\w*|became|hit|top)\b"
    r"[^.;\n]{0,16}#$)"
)
_RANK_AFTER = re.compile(r"(?i:[ \t]+(?:in|among|overall)\b|[ \t]+(?:out[ \t]+)?of[ \t]+\d)")
# "engineer #4", "hire #12": a person's number, not a place won
_NUMBERED_PERSON = frozenset({"engineer", "hire", "employee", "member", "customer", "user"})
_PLACE_AFTER = re.compile(
    r"(?i:[ \t]+(?:place|prize|overall|position|spot)\b|[ \t]+(?:out[ \t]+)?of[ \t]+\d"
    r"|[ \t]+among[ \t]+(?:\d|the[ \t]+|all[ \t]+))"
)
_TOP_BEFORE = re.compile(r"(?i:\b(?:rank\w*|plac\w*|finish\w*|in[ \t]+the)[ \t]+top[ \t]+$)")


def uptake_taken(c: Candidate) -> Decision | None:
    """What a launched thing took in: 'they took 1,100 online bookings in the first
    season', 'got 300 sign-ups' ('the page took 3 seconds' is a duration, decided later)."""
    if c.prev in _TOOK_IN_PREV and (taken := _TAKEN_IN_SOON.match(c.text, c.end, c.limit)):
        return Decision(Reason.COUNT, taken.end())
    return None


_TOOK_IN_PREV = frozenset({"took", "got", "received", "saw", "drew"})
_TAKEN_IN_SOON = re.compile(
    r"(?i:\+?(?:[ \t]+(?:new|online|paid|paying|direct|first|daily|weekly|monthly))?[ \t]+"
    r"(?:bookings|orders|sign-?ups|registrations|applications|enquiries|inquiries|downloads|"
    r"installs|subscribers|subscriptions|reservations|donations|preorders|pre-orders)\b)"
)


def rank(c: Candidate) -> Decision | None:
    """A rank or place won: 'ranked #1 in', '#2 on the leaderboard', '2nd place of 140
    teams', 'finished in the top 10'. A bare '#4' is a name ('engineer #4')."""
    if c.spelled or c.mag or "." in c.num:
        # "came second out of forty teams": the field a place was won in
        return Decision(Reason.RANK) if c.spelled and _field_or_top(c) else None
    before = c.text[c.start - 1 : c.start] if c.start else ""
    if before == "#":
        if _prev_word(c.text, c.start - 1) in _NUMBERED_PERSON:
            return None
        if _RANK_BEFORE.search(c.text, max(0, c.start - 40), c.start) or _RANK_AFTER.match(
            c.text, c.end, c.limit
        ):
            return Decision(Reason.RANK)
        return None
    token = c.token
    if token in ("st", "nd", "rd", "th") and c.next is not None and c.next.start("tok") == c.end:
        # "2nd place", "ranked 1st in the ICPC regional", "placed 8th"
        if _PLACE_AFTER.match(c.text, c.unit_stop, c.limit) or (
            c.prev in _RANKED_PREV and not _NOT_A_PLACE_AFTER.match(c.text, c.unit_stop, c.limit)
        ):
            return Decision(Reason.RANK, c.unit_stop)
        return None
    if (
        c.prev == "rank"
        and _RANK_AFTER.match(c.text, c.end, c.limit)
        and "lora" not in c.text[max(0, c.start - 30) : c.start].lower()
    ):
        return Decision(Reason.RANK)  # "State Rank 42 among 2 lakh candidates"
    return Decision(Reason.RANK) if _field_or_top(c) else None


# "finished 3rd year", "came 2nd time round": an ordinal of something else
_NOT_A_PLACE_AFTER = re.compile(r"(?i:[ \t]+" + NOT_A_PLACE + r")")
_RANKED_PREV = frozenset(
    {"ranked", "ranking", "placed", "finished", "came", "secured", "won", "took", "achieved"}
)


def _field_or_top(c: Candidate) -> bool:
    """The field a place was won in ('first out of 46 teams') or 'in the top 10'."""
    if _field_before(c.text, c.start, c.prev):
        return True
    return c.text[max(0, c.start - 4) : c.start].lower() == "top " and bool(
        _TOP_BEFORE.search(c.text, max(0, c.start - 24), c.start)
    )


def name_part(c: Candidate) -> Decision | None:
    """Glued to a name by a hyphen (GPT-4, ISO-27001) or the k of a metric (nDCG@10).
    A comparison prefix is not a name: 'sub-200ms', 'under-5s'."""
    before = c.text[max(0, c.start - 2) : c.start]
    if before[-1:] == "@":
        return Decision(Reason.METRIC_CUTOFF)
    if len(before) == 2 and before[1] == "-" and before[0].isalpha():
        if _GLUED_PREFIX.search(c.text, max(0, c.start - 12), c.start):
            return None
        return Decision(Reason.NAME_PART)
    if before in ("N+", "n+") or c.token in ("xx", "xxx"):
        return Decision(Reason.NAME_PART)  # "N+1 queries", "the 5xx rate"
    if _INDEX_NAME_BEFORE.search(c.text, max(0, c.start - 8), c.start):
        return Decision(Reason.NAME_PART)  # "14 Fortune 100 customers", "an FTSE 250 firm"
    return None


_GLUED_PREFIX = re.compile(r"(?i:(?<![\w-])(?:sub|under|over|near|below|above|up-to)-$)")
