"""The number stages: each looks at one candidate number and either decides (a reason
from :class:`~playbook_lint.numbers.reasons.Reason`, which says whether it counts) or
passes (``None``) to the next. ``STAGES`` is the order; the first decision wins.

Each stage reads a :class:`~playbook_lint.numbers.candidate.Candidate`: the number, the
token after it and its window of the answer. :mod:`playbook_lint.numbers.fast` gives the
decisions of ``unit``, ``duration``, ``money`` and ``scale`` without the stages before
them when its proof holds, so a test added to a stage before those must be named there.

To tune: edit a word list in ``playbook_lint/data/``, a pattern here, or add a stage function
and put it in ``STAGES`` where it belongs. ``playbook-lint --show-numbers FILE`` shows
each number's reason; tests/lint/test_real_text.py holds the cases.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from playbook_lint.numbers.candidate import (
    _ANY_TIME,
    _KEY_WORDS,
    _LONG_TIME,
    _NEXT2,
    _TEAM_NOUNS,
    _TIME,
    _TIME_ADJECTIVES,
    Candidate,
    Decision,
    Scan,
    _cues,
    _hinted,
    _marks,
    _prev_word,
    _register,
)
from playbook_lint.numbers.reasons import Reason
from playbook_lint.numbers.word_changes import NOT_A_PLACE
from playbook_lint.words import lines, load

_UNITS = load("units")
_COUNT_NOUNS = load("count_nouns")
_RESOURCE_NOUNS = load("resource_nouns")
_CHANGE_VERBS = load("change_verbs")
_MODEL_SIZE = load("model_size")
_VERSION_WORDS = load("version_words")
_LABEL_WORDS = load("label_words")
_TEAM_CUES = load("team_cues")
_ADOPTERS = load("adopters")
_ADOPTION = load("adoption_cues")
_CONFIG_AFTER = load("config_after")
# The words of the setting words: a hyphened one ("micro-batches") is two words to a
# word set, and the set is only a cheap first test. Common words ("after" of
# "retry-after", "back" and "off" of "back-off") are left out: they would send most
# answers down the slow path, and the other part of each is there to find.
_CONFIG_AFTER_PARTS = frozenset(
    part for word in _CONFIG_AFTER for part in re.findall(r"[a-z0-9]+", word)
) - {"after", "back", "off"}
_PERSON_WORDS = load("person_words")
_EXPERIENCE = load("experience_words")
# A hedge between a cue and its number ("used by about 40", "grew to ~8k"): an optional
# part of the newer patterns, so each does not spell the words again
_ABOUT = r"(?:(?:about|around|roughly|over|some|nearly|almost|more[ \t]+than)[ \t]+|~[ \t]*)?"


_INTENT = _register(_cues("intent_cues"), lines("intent_cues"))
_BASELINE = _register(_cues("baseline_cues"), lines("baseline_cues"))
_CONFIG = _register(_cues("config_cues"), lines("config_cues"))
_EFFORT = _register(_cues("effort_cues"), lines("effort_cues"))
_ADOPTION_NEAR = _register(
    re.compile(
        r"(?i:(?<![\w-])(?:" + "|".join(sorted(_ADOPTION, key=len, reverse=True)) + r")(?![\w-]))"
    ),
    _ADOPTION,
)


def _metric_names() -> re.Pattern[str]:
    """Named metrics before a number: 'AUC of', 'nDCG@10 from', 'RAGAS faithfulness to'.

    The '@k' suffix is written once for all names, not once for each (a third of the
    pattern, which compiles four times faster). The matches are those of one
    alternation of all names by length, each with its own suffix: the names that need
    '@' ('hit@') come after those that do not, and where both can match at one place,
    the other name is either the same word (the same match: '@k' is optional after it)
    or starts with that word and '@' ('pass@1' before 'pass@'), so is longer and came
    first anyway."""
    at = r"@(?:\d+(?:\.\d+)?|k)"
    ordered = sorted(lines("metric_names"), key=len, reverse=True)
    # "exact match" is also written "exact-match"
    plain = [re.escape(name).replace(r"\ ", r"[ \t-]+") for name in ordered if name[-1] != "@"]
    stems = [re.escape(name[:-1]) for name in ordered if name[-1] == "@"]
    names = "(?:" + "|".join(plain) + ")(?:" + at + ")?|(?:" + "|".join(stems) + ")" + at
    # "mAP" only as written: "a map of 12 regions" is not a metric.
    return re.compile(
        r"(?i:(?<![\w-])(?:" + names + r")(?![\w-]))|(?<![\w-])mAP(?:50(?:-95)?|75)?(?![\w-])"
    )


_METRIC_NAME = _register(
    _metric_names(),
    [
        *lines("metric_names"),
        *(name.replace(" ", "-") for name in lines("metric_names") if " " in name),
        *("map", "map50", "map75"),
    ],
)
# "GPT-4o" may stand between, and a cutoff said aloud ("precision at 5 reached 0.8")
_METRIC_GAP = re.compile(r"(?:[^\d\n;!?]|(?<=[A-Za-z-])\d|(?<= at )\d+)*")
# Units that count the moment they follow a number.
_RATIO_UNITS = frozenset(
    {"%", "\u00d7", "x", "percent", "pct", "pp", "p.p.", "p.p", "pps", "bps", "fold", "qps", "tps"}
    | {"rps", "rpm"}
)
_PERCENTILE_CUES = ("p5", "p7", "p8", "p9", "median", "tail", "percentile")
# Tokens Candidate looks past for the real one; the fast path leaves them to the stages.
_READ_PAST = _TIME_ADJECTIVES | {"ish", "per"}


# "60-hour weeks", "a 2-hour meeting": the duration describes effort, not a result.
_EFFORT_AFTER = re.compile(
    r"(?:[ \t]+(?:\"[^\"\n]{1,40}\"|[\w&'-]+)){0,3}?"  # "a 120-hour ML Engineering bootcamp"
    r"[ \t]+(?:work)?(?:tests?|soaks?|trials?|pilots?|programmes?|programs?|weeks?|shifts?|"
    r"days?|meetings?|sprints?|workshops?|sessions?|"
    r"training|courses?|certifications?|certificates?|bootcamps?|hackathons?|drives?|commutes?|"
    r"talks?|presentations?|demos?|calls?|"
    r"stand-?ups?|interviews?|loops?|lectures?|webinars?|exams?|slots?|blocks?|breaks?|"
    r"flights?|videos?|recordings?|podcasts?|episodes?|onboarding|bootcamps?|"
    r"tracks?|specialt(?:y|ies)|nanodegrees?|"  # "the 120-hour AWS ML Specialty track"
    r"versions?|pitch(?:es)?|summary|summaries|intros?)\b"  # "the thirty-second version"
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


_CHANGE_BEFORE = re.compile(
    r"(?i:\b(?:from|to|by|under|below|within|than|down|saving|saved|save)\s+(?:about\s+|around\s+|"
    r"roughly\s+|nearly\s+|almost\s+|over\s+|just\s+|only\s+)?(?:sub-|under-)?"
    r"(?:[<>~\u2264\u2265][ \t]*)?$)"  # "took replica lag to <1s"
)


_PERCENTILE_BEFORE = re.compile(
    r"(?i:\b(?:p\d{2}(?:\.\d+)?|median|tail|percentile)\b[^.\n]{0,24}$)"
)


_CHANGE_VERB_BEFORE = re.compile(
    r"(?i:\b(?:reduc|cut|increas|improv|grew|grow|lower|rais|decreas|dropp|drop|boost|shr[ai]nk|"
    r"trimm|sav|speed|sped|accelerat|shorten|halv|doubl|lift|climb|fell|fall|rose|jump|slash|"
    r"(?:went|gone|goes|go|came|comes|come)[ \t]+(?:down|up))"
    r"[a-z]*\b[^.\n]{0,80}$)"
)


# What a slash-glued rate is counted per: "events/second", "msgs/sec", "orders/day"
_PER_TIME = frozenset(
    {"s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr"}
    | {"hrs", "hour", "hours", "day", "days", "d", "week", "wk", "month", "mo", "year", "yr"}
)
_RATE_AFTER = re.compile(
    r"(?:[ \t]*/[ \t]*|[ \t]*per[ \t]*-?[ \t]*|[ \t]+(?:a|an|each|every)[ \t]+)"
    r"(?:second|sec|s|minute|min|hour|hr|day|week|month|year|quarter|night|request|query|user|"
    r"customer)s?\b"
)


# "2x Kaggle Expert", "3x hackathon winner": a count of titles, not a speed-up.
_TITLE_AFTER = re.compile(
    r"[ \t]+[A-Z][A-Za-z]+[ \t]+[A-Z][a-z]|(?i:[ \t]+(?:[\w-]+[ \t]+)?(?:winner|champion|"
    r"finalist|medall?ist|speaker|recipient|awardee|grandmaster|expert|master|mvp|all-star|"
    r"engineer|developer|programmer)s?\b)"
)


_HARDWARE_AFTER = re.compile(
    r"(?i:[ \t]*-?(?:[ahvlt]\d{1,3}[a-z]?s?|gpus?|tpus?|nodes?|cores?|cpus?|machines?|replicas?|"
    r"replicated|replication|instances?|servers?|jetsons?|orins?|rtx[ \t]?\d{4}|"
    r"raspberry[ \t]+pis?|"  # edge boards: "2x Jetson AGX Xavier", "4x Raspberry Pi"
    r"[cmrgpt]\d[a-z]{0,3}\.\w+)\b)"  # "8x-A10G", "3x replication", c6g.xlarge
)


_TIMES_COMPARATIVE = re.compile(
    r"[ \t]+(?:faster|more|fewer|less|cheaper|higher|lower|larger|smaller|quicker|as|the|over)\b"
)


_BEFORE_WORD = re.compile(r"([\w.#/+-]*)[ \t\u00a0]*\Z")


_FRACTION_AFTER = re.compile(r"/(\d{1,2})\b")


# Two separators with one to three digits between: what every date ('2024-05-01',
# '12/05/24') and IP address holds (near is ASCII, where [0-9] is \d).
_SEPARATED = re.compile(r"[-/.][0-9]{1,3}[-/.]")
_SPACE_BUT_WORD = bytes(
    byte if chr(byte).isascii() and (chr(byte).isalnum() or byte == 0x5F) else 0x20
    for byte in range(256)
)


def digit_count(text: str) -> int:
    """How many ASCII digits text holds (UTF-8 encodes nothing else as one)."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, b"0123456789"))


Stage = Callable[[Candidate], Decision | None]


def excluded(c: Candidate) -> Decision | None:
    """Inside a phone number, a date, big-O, 24/7 or an IP address."""
    if not _may_be_excluded(c):
        return None
    for ex_start, ex_end, reason in c.scan:
        if ex_start <= c.start < ex_end:
            return Decision(reason)
    return None


def _may_be_excluded(c: Candidate) -> bool:
    """False when no exclusion can cover the number, so the answer's exclusion spans
    need not be found for it. A phone number, date, 24/7 or IP address that covers it
    lies within 20 characters of it (the longest, a phone number, has 19) and holds what
    the tests below ask for; big-O starts with '(' somewhere before it. Text that is not
    ASCII (where \\d also matches other digits) is always looked up."""
    return _may_be_excluded_at(c.text, c.scan, c.start)


def _may_be_excluded_at(text: str, scan: Scan, start: int) -> bool:
    free = scan.exclusion_free
    if free is None:
        # Once per answer: the tests below on the whole answer, which holds every
        # window they read, so no number of it can be covered when they all fail.
        segment = text[scan.start : scan.end]
        free = scan.exclusion_free = (
            segment.isascii()
            and "(" not in segment
            and "24" not in segment
            and "365" not in segment
            and digit_count(segment) < 4
        )
    if free:
        return False
    if text.find("(", scan.start, start) != -1:
        return True
    near = text[max(scan.start, start - 20) : min(scan.end, start + 20)]
    if not near.isascii():
        return True
    digits = digit_count(near)
    return (
        digits >= 10  # a phone number
        or (digits >= 4 and _SEPARATED.search(near) is not None)  # date, IP
        or "24" in near  # 24/7, 24x7, 365/24
        or "365" in near
    )


_SMALL_NUMBERS = {
    word: value
    for value, word in enumerate(
        (
            *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
            *("eleven", "twelve"),
        ),
        1,
    )
}
_ONE_IN = re.compile(
    r"(?i:[ \t]+(?:in|of|out[ \t]+of)[ \t]+(?:every[ \t]+|the[ \t]+|our[ \t]+)?"
    r"(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![.,/:]\d))"
)

# "one false alarm in every 40 shifts": the thing counted between the two numbers
_ONE_IN_EVERY = re.compile(
    r"(?i:(?:[ \t]+[a-z-]+){1,2}?[ \t]+(?:in|out[ \t]+of)[ \t]+every[ \t]+"
    r"(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\b(?![.,/:]\d))"
)


def _value(number: str) -> int | None:
    """A whole number written in digits or as a small word ('three'), else None."""
    low = number.lower()
    if low in _SMALL_NUMBERS:
        return _SMALL_NUMBERS[low]
    digits = low.replace(",", "")
    return int(digits) if digits.isdigit() else None


def one_in(c: Candidate) -> Decision | None:
    """A rate or share written 'N in M', 'N of M': 'hallucinations fell to 1 in 50
    answers', '3 of 4 teams adopted it', 'three of the four squads', 'one false alarm in
    every 40 shifts'."""
    if c.mag or "." in c.num:
        return None
    found = _ONE_IN.match(c.text, c.end, c.limit) or _ONE_IN_EVERY.match(c.text, c.end, c.limit)
    if found is None:
        return None
    part, whole = _value(c.num), _value(found.group(1))
    if whole is not None and 1950 <= whole <= 2099 and found.group(0).lstrip()[:2].lower() == "in":
        return None  # "joined as employee #12 in 2019": a year
    if (
        part is not None
        and whole is not None
        # "met the SLA in 12 of 12 months": all of them is a share too ("2 in 2 weeks" is not)
        and (part < whole or (part == whole > 1 and " in" not in found.group(0)[:4].lower()))
        and not _GOALS_AFTER.match(c.text, found.end(), c.limit)
        and not _STAFFED(c.text, found.end(), c.limit)
    ):
        if _ROTATION_AFTER(c.text, found.end(), c.limit) or c.before(_ROTATION_BEFORE, 70):
            return Decision(Reason.SETTING, found.end())  # "a 1-in-5 on-call rotation"
        return Decision(Reason.RATIO, found.end())
    return None


# "a 1-in-5 on-call rotation", "on-call rotation (weekly, 1 in 5)": how often one is on call
_ROTATION_AFTER = re.compile(r"(?i:[ \t]+(?:on[ \t-]?call[ \t]+)?(?:rotations?|rota)\b)").match
_ROTATION_BEFORE = re.compile(r"(?i:\bon[ \t-]?call[ \t]+(?:rotations?|rota)\b[^.;\n]{0,50}$)")


# "two of the seven engineers were on migration work": how a team was staffed
_STAFFED = re.compile(
    r"(?i:(?:[ \t]+[\w-]+)?[ \t]+(?:engineers|developers|people|members|analysts|scientists|"
    r"staff|devs|leads|architects|managers|founders|owners|maintainers|reviewers)\b"
    r"(?![^.;\n]{0,30}\b(?:use|uses|using|used|adopted|switched|moved|rely|relied)\b))"
).match


# "hit 3 of 4 quarterly OKRs": a share of targets met is about the targets, not a result
_GOALS_AFTER = re.compile(
    r"(?i:(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:okrs?|goals?|targets?|objectives?|kpis?|"
    r"milestones?|deadlines?)\b)"
)


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
# "ranked first out of 46 teams": the field a place was won in
_FIELD_BEFORE = re.compile(
    r"(?i:\b(?:rank\w*|plac\w*|finish\w*|came|won|took|scored)\b[^.;\n]{0,30}?"
    r"\b(?:first|second|third|fourth|fifth|\d{1,3}(?:st|nd|rd|th)|top[ \t-]?\d{1,3})[ \t]+"
    r"(?:place[ \t]+)?"
    r"(?:out[ \t]+of|of|among)[ \t]+(?:the[ \t]+|all[ \t]+)?$|"
    # "the highest technical score among 5 bidders", "scored best of 7 vendors"
    r"\b(?:highest|best|top)\b[^.;\n\d]{0,40}?\bamong[ \t]+(?:the[ \t]+|all[ \t]+)?$|"
    r"\bscored[ \t]+(?:the[ \t]+)?(?:highest|best|top)[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?$)"
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


def _field_before(text: str, start: int, prev: str) -> bool:
    """'ranked first out of 46 teams': the number is the field a place was won in."""
    return prev in ("of", "among", "the", "all") and _found_before(
        text, start, 70, _FIELD_BEFORE, _FIELD_STEMS
    )


# Substrings every match of _FIELD_BEFORE holds, lowercased.
_FIELD_STEMS = ("rank", "plac", "finish", "came", "won", "took", "scored", "highest", "best", "top")


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
    return None


_GLUED_PREFIX = re.compile(r"(?i:(?<![\w-])(?:sub|under|over|near|below|above|up-to)-$)")
# Clause ends: a sentence end, a semicolon, or a word that starts a new clause.
# A full stop ends a clause, but not the one of "approx.", "vs." or "ca.".
_ABBREVIATED = r"(?<!approx)(?<!\bvs)(?<!\bca)"
_CLAUSE_END = re.compile(
    r"(?:" + _ABBREVIATED + r"\.|[!?])(?:\s|$)|[;\n]"
    r"|(?i:\b(?:so|then|which|but|now|until|after|resulting)\b)"
    r"|(?i:\band[ \t]+(?:i|we|then|it|that|kept|cut|reduced|brought|got|held|hit|met|raised|"
    r"improved|saw|lowered|grew|doubled|halved)\b)"
)
_CLAUSE_END_COMMA = re.compile(
    r"(?:" + _ABBREVIATED + r"\.|[!?,])(?:\s|$)|[;\n\u2014(]"
    r"|(?i:\b(?:so|then|which|but|now|until|after|resulting)\b)"
    r"|(?i:\band[ \t]+(?:i|we|then|it|that|kept|cut|reduced|brought|got|held|hit|met|raised|"
    r"improved|saw|lowered|grew|doubled|halved)\b)"
)


def _cue_in_clause(
    c: Candidate, cues: re.Pattern[str], commas: bool = False, width: int = 80
) -> bool:
    """True when a cue word stands before the number in the same clause."""
    marks = c._marks or _marks(c)
    found = marks._found.get(id(cues)) or marks.spans(cues)
    if not found[1]:
        return False  # the usual case: no such cue in the answer at all
    cue_end = marks.last_before(cues, max(0, c.start - width), c.start)
    if cue_end is None:
        return False
    return not marks.any_in(_CLAUSE_END_COMMA if commas else _CLAUSE_END, cue_end, c.start)


_METRIC_LONG_GAP_PREV = frozenset({"to", "from", "at", "reached", "hit", "was", "were", "scored"})


def _metric_before(c: Candidate) -> bool:
    """A named metric ends at most 36 characters before the number, with no digit, line
    break or sentence stop between them ('AUC of 0.91', 'F1 of the NER model to .78')."""
    name_end = _marks(c).last_before(_METRIC_NAME, max(0, c.start - 70), c.start)
    # A longer gap when it ends in a change: "Recall@10 for the search retriever improved
    # to 0.74".
    reach = 64 if c.prev in _METRIC_LONG_GAP_PREV else 36
    return (
        name_end is not None
        and c.start - name_end <= reach
        and _METRIC_GAP.fullmatch(c.text, name_end, c.start) is not None
    )


# The top of a range: the 10 in "8 to 10 seconds" or the 4 in "3-4 seconds".
_RANGE_TOP = re.compile(
    r"(?<![\w.])(?:\d+(?:\.\d+)?|(?i:one|two|three|four|five|six|seven|eight|nine|ten))"
    r"[ \t]*(?:-|\u2013|to)[ \t]*$"
)


# An alert or paging condition: "pages when p95 exceeds 500 ms", "alerts at 80% disk":
# a trigger word earlier in the clause and a comparison right before the number.
_TRIGGER_WORDS = [
    *("when", "whenever", "once", "alert", "alerts", "alerted", "alerting", "page", "pages"),
    *("paged", "paging", "fire", "fires", "fired", "firing", "trigger", "triggers"),
    *("triggered", "triggering", "notify", "notifies", "notified", "notification"),
    *("notifications", "escalate", "escalates", "escalated", "escalating", "escalation"),
    "escalations",
]
_TRIGGER = _register(
    re.compile(
        r"(?i:\b(?:" + "|".join(_TRIGGER_WORDS) + r")\b"
        # a web page is no paging: "Page weight down to <1MB"
        r"(?![ \t-]+(?:weight|load|loads|views?|size|speed|titles?|count|layout)\b))"
    ),
    _TRIGGER_WORDS,
)
_COMPARE_BEFORE = re.compile(
    r"(?i:(?:\b(?:exceed\w*|cross\w*|above|below|over|under|more[ \t]+than|less[ \t]+than|"
    r"at|hits?|reach\w*|passes|past)\b|[><\u2265\u2264]=?)[ \t]*$)"
)


def _condition(c: Candidate) -> bool:
    scan = c.scan
    if scan.eligible() and not scan.live(_TRIGGER):
        return False  # no trigger cue in the window: _cue_in_clause says no
    if c.before(_FROM_THEN_TO, 90):
        return False  # 'MTTD went from "when users complain" to under 5 min': a change
    if _COMPARE_BEFORE.search(c.text, max(0, c.start - 16), c.start) is None or c.before(
        _HELD_AT_BEFORE, 24
    ):
        return False
    if (
        _PAGES_SOMEONE_AFTER.match(c.text, c.end, c.limit) is not None
        or _ALERT_RIGHT_AFTER.match(c.text, c.unit_stop, c.limit) is not None
        or c.before(_ALERT_BRACKET_BEFORE, 70)
    ):
        return True  # the alert told after its threshold: "a weekly drop of >3% pages the on-call"
    # a change verb inside the condition is the condition's ("fires when USSD session
    # drops exceed 5%"), not a result
    return _cue_in_clause(c, _TRIGGER, commas=True, width=60) and not _changed_before_condition(c)


_FROM_THEN_TO = re.compile(
    r"(?i:\bfrom\b[^.;\n]{1,60}?\bto[ \t]+(?:under|below|within|less[ \t]+than|<)?[ \t]*~?[ \t]*$)"
)
# "Gini held at 0.62", "p99 stayed below 200 ms": where a metric stayed, not a threshold
_HELD_AT_BEFORE = re.compile(
    r"(?i:\b(?:held|kept|stayed|remained|sat|landed|ended|finished)[ \t]+"
    r"(?:steady[ \t]+)?(?:at|above|below|under|over)[ \t]*~?$)"
)


def _changed_before_condition(c: Candidate) -> bool:
    """A change verb before the number that is not inside a 'when' or 'if' clause
    holding the number ('cut errors when traffic peaks to below 1%' is a result)."""
    window = max(0, c.start - 60)
    change = _CHANGE_VERB_BEFORE.search(c.text, window, c.start)
    if change is None:
        return False
    when = _WHEN_BEFORE.search(c.text, max(0, c.start - 50), c.start)
    return when is None or change.start() < when.start()


# The condition in brackets after the alert: "p95 latency alert (>30ms)", "alert rules
# (e.g. ingest lag above 10 min for 3 checks)"
_ALERT_BRACKET_BEFORE = re.compile(
    r"(?i:\b(?:alert|alerts|alarm|alarms|page|pages)(?:[ \t]+(?:rules?|thresholds?|conditions?))?"
    r"[ \t]*\([^()\n]{0,60}$)"
)
# "Set p95 > 800 ms alert on the search API": the alert named right after its threshold
_ALERT_RIGHT_AFTER = re.compile(r"(?i:[ \t]+(?:alerts?|alarms?|pages?|paging)\b)")
_WHEN_BEFORE = re.compile(r"(?i:\b(?:when|whenever|if|once)\b[^.;,\n]{0,40}$)")


# The alert named after its condition: "anything >1% errors for five minutes pages the
# primary" (every word that can start it is a _TRIGGER word, so the fast path's test of
# a live trigger cue covers it)
_PAGES_SOMEONE_AFTER = re.compile(
    r"(?i:[^.;!?\n]{0,50}?\b(?:pages|paged|alerts|alerted|notifies|notified|escalates|"
    r"triggers)[ \t]+(?:the[ \t]+|an?[ \t]+|our[ \t]+)?(?:[\w-]+[ \t]+)?"
    r"(?:primary|secondary|on-?call|sre|someone|us|me|you|whoever|engineer|rota|channel|team|"
    r"pager|slack)\b)"
)


def _bare_word(c: Candidate) -> bool:
    """A spelled number with no unit ('the old one'): no stage of context applies."""
    low = c.token
    return c.spelled and not (
        c.mag or low in _TIME or low in _LONG_TIME or low in _RATIO_UNITS or low in _UNITS
    )  # "we'd need to handle five thousand requests a second" is read in context


_HEDGE_AFTER = re.compile(
    r"(?i:[ \t]+(?:say|guess|estimate|argue|think)\b"
    # "we'd rolled back within 12 minutes": 'd is had, the past perfect of a result
    r"|[ \t]+(?:already[ \t]+|just[ \t]+)?(?:(?!(?:need|feed|speed|seed|proceed|exceed|succeed|"
    r"embed|breed|bleed)\b)[a-z]+ed|got|gone|done|been|seen|made|cut|built|"
    r"brought|won)\b)"
)


def _hedge(c: Candidate) -> bool:
    """The last cue is a hedge or a past perfect, not a plan: "I'd say the bill dropped
    by $40k", "we'd rolled back within 12 minutes"."""
    end = _marks(c).last_before(_INTENT, max(0, c.start - 80), c.start)
    return (
        end is not None
        and c.text[end - 2 : end] == "'d"
        and _HEDGE_AFTER.match(c.text, end, c.limit) is not None
    )


_TARGETED_NOUN_AFTER = re.compile(
    r"(?i:[ \t]+(?!(?:a|an|the|at|to|under|below|above|over|less|more|sub|about|around|"
    r"roughly|p\d+)\b)[a-z][\w-]*)"
)


def _targeted_as_adjective(c: Candidate) -> bool:
    """'targeted retention saved €1.3m', 'targeted campaigns': a kind of work, not an ask
    ('targeted 99.9%', 'targeted a p95 of 200 ms' are asks)."""
    cue_end = (c._marks or _marks(c)).last_before(_INTENT, max(0, c.start - 80), c.start)
    return (
        cue_end is not None
        and c.text[max(0, cue_end - 8) : cue_end].lower() == "targeted"
        and _TARGETED_NOUN_AFTER.match(c.text, cue_end, c.start) is not None
    )


def _cue_in_changed_object(c: Candidate) -> bool:
    """The ask word names what a change verb changed, and the number is its size: "cut
    manual QA sign-off by 12 tester-hours per sprint" ("was asked to cut latency by 30%"
    has its cue before the verb)."""
    if c.prev != "by":
        return False
    change = _CHANGE_VERB_BEFORE.search(c.text, max(0, c.start - 60), c.start)
    if change is None:
        return False
    cue_end = (c._marks or _marks(c)).last_before(_INTENT, max(0, c.start - 80), c.start)
    return (
        cue_end is not None
        and cue_end > change.start()
        and not _INTENT.search(c.text, max(0, c.start - 80), change.start())
    )


def intent(c: Candidate) -> Decision | None:
    """A target, ask or plan: 'was asked to get p95 under 300 ms', 'a goal of 99.9%';
    or the condition of an alert: 'pages the on-call when p95 exceeds 500 ms'."""
    if _bare_word(c):
        return None
    if (
        (
            _cue_in_clause(c, _INTENT, commas=True)
            and not _hedge(c)
            and not _met_since_cue(c)
            and not c.before(_COUNTERFACTUAL_BEFORE, 60)
            and not _cue_in_changed_object(c)
            and not _targeted_as_adjective(c)
            and not c.before(_IS_USED_BY_BEFORE, 40)
        )
        or _condition(c)
        or _slo_defined(c)
    ):
        return Decision(
            Reason.INTENT, c.unit_stop if c.token in _TIME or c.token in _RATIO_UNITS else None
        )
    if _ASK_OR_PLAN_WORDS.isdisjoint(c.scan.words()):
        return None  # the usual case: neither test below can match
    if (
        _AS_ASKED_AFTER.match(c.text, c.unit_stop, c.limit)
        or c.before(_PLAN_SENTENCE_BEFORE, 160)  # "The plan was a 5% canary, then ..."
    ) and not c.before(_CHANGE_VERB_BEFORE, 60):
        return Decision(Reason.INTENT)  # "to answer in <150 ms at p99, as the CTO asked"
    return None


# Reach told in the present or past, after the thing was built for someone: "the app I
# built for the university is used by about 18,000 students" ("built for" is not a plan)
_IS_USED_BY_BEFORE = re.compile(
    r"(?i:\b(?:is|are|was|were|'s|\u2019s|been|now|already)[ \t]+(?:now[ \t]+)?"
    r"(?:used|adopted|relied[ \t]+on)[ \t]+by[ \t]+" + _ABOUT + r"$)"
)


# An objective someone wrote down: "Defined SLOs for the OAuth server (99.95% availability,
# p99 < 250 ms)", "I defined the SLO myself ..., 99.5% of requests under 800 milliseconds".
# Every match holds one of _CONTEXT_WORDS' "slo", "slos", "sla" or "slas" (or "slis", below).
_SLO_DEFINED_BEFORE = re.compile(
    r"(?i:\b(?:defin\w*|set|agreed|wrote|drafted|proposed|introduc\w*|establish\w*|publish\w*)"
    r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:slo|sla|sli)s?\b(?:[^.;!?\n]|\.(?=\d)){0,110}$)"
)


# Every match of _SLO_DEFINED_BEFORE holds one of these words: the fast path's test.
_SLO_WORDS = frozenset({"slo", "slos", "sla", "slas", "sli", "slis"})


def _slo_defined(c: Candidate) -> bool:
    """A number inside the objective someone defined, with no change told after it."""
    found = _SLO_DEFINED_BEFORE.search(c.text, max(0, c.start - 150), c.start)
    return (
        found is not None
        and not _CHANGE_VERB_BEFORE.search(c.text, found.start(), c.start)
        and not _CLAUSE_END.search(c.text, found.start(), c.start)  # "..., and we met it in 6 of 6"
    )


# Every match of _AS_ASKED_AFTER or _PLAN_SENTENCE_BEFORE holds one of these words.
_ASK_OR_PLAN_WORDS = frozenset(
    {"asked", "required", "requested", "wanted", "specified", "demanded"}
    | {"plan", "proposal", "idea", "brief", "mandate"}
)


# A sentence that opens on the plan is a plan to its end, commas and all: "The plan was
# a five percent canary first, then twenty-five, then a hundred, all within 48 hours."
_PLAN_SENTENCE_BEFORE = re.compile(
    r"(?i:(?:^|[.;!?\n][ \t]*)(?:so[ \t,]+)?(?:the|my|our)[ \t]+"
    r"(?:plan|proposal|idea|brief|mandate)"
    # "So the brief from the ministry was to get the portal handling 5,000 users ..."
    r"(?:[ \t]+from[ \t]+(?:the[ \t]+|our[ \t]+)?[\w-]+)?[ \t]+(?:was|is)\b"
    r"[^.;!?\n]*$)"
)
# An ask told after the number: "designed the quote API to answer in <150 ms at p99, as
# the insurer's CTO asked", "... as required by the PSP contract"
_AS_ASKED_AFTER = re.compile(
    r"(?i:[^.;\n]{0,40}?(?:,[ \t]*|[ \t]+)as[ \t]+(?:(?:the|our|my|their|a)[ \t]+"
    r"[\w'\u2019-]+(?:[ \t]+[\w'\u2019-]+){0,2}?[ \t]+)?(?:asked|required|requested|wanted|"
    r"specified|demanded)\b)"
)


# "in shadow it would have blocked about 18 percent more fraud": measured against the
# system in place, not hoped for
_COUNTERFACTUAL_BEFORE = re.compile(
    r"(?i:\bwould[ \t]+have[ \t]+(?:blocked|caught|saved|prevented|flagged|stopped|cost|lost|"
    r"missed|approved|declined|rejected)\b[^.;\n]{0,30}$)"
)


def _result_since(c: Candidate, cues: re.Pattern[str]) -> bool:
    """A result verb stands between the last cue and the number."""
    cue_end = (c._marks or _marks(c)).last_before(cues, max(0, c.start - 80), c.start)
    return cue_end is not None and _RESULT_VERBS.search(c.text, cue_end, c.start) is not None


def _met_since_cue(c: Candidate) -> bool:
    """The target was met: 'SLO of 99.9% met in 11 of 12 months'; or the cue is part of a
    metric's name: 'expected calibration error dropped to 0.03'."""
    marks = c._marks or _marks(c)
    cue_end = marks.last_before(_INTENT, max(0, c.start - 80), c.start)
    if cue_end is None:
        return False
    if (
        _BEAT_THE_CUE.search(c.text, max(0, cue_end - 40), cue_end)  # "beat the pass mark"
        or _MET_AFTER.match(c.text, c.unit_stop, c.limit)
        or _met_verb_in(c.text, cue_end, c.start)
        or _KEPT_IT_AFTER.match(c.text, c.unit_stop, c.limit)
    ):
        return True
    # the cue starts the name: "expected calibration error" (not "asked for an AUC of")
    name_end = marks.last_before(_METRIC_NAME, max(0, c.start - 80), c.start)
    return (
        name_end is not None
        and name_end >= cue_end
        and _METRIC_NAME.match(c.text, cue_end + 1, name_end) is not None
    )


def _met_verb_in(text: str, lo: int, hi: int) -> bool:
    """A result verb in text[lo:hi] that tells a result, not one that names the ask
    ('tasked with reaching 99.95%', 'a goal of achieving 99.9%')."""
    for found in _RESULT_VERBS.finditer(text, lo, hi):
        if not (
            found.group(0).lower().endswith("ing")
            and _ASK_OF_BEFORE.search(text, max(0, found.start() - 12), found.start())
        ):
            return True
    return False


# Before an ask's gerund: "tasked with reaching", "a goal of achieving"
_ASK_OF_BEFORE = re.compile(r"(?i:\b(?:with|of|on|at|for|towards?)[ \t]+$)")


_BEAT_THE_CUE = re.compile(
    r"(?i:(?<!to )\b(?:beat|beats|beating|met|exceeded|surpassed|cleared|passed)[ \t]+"
    r"(?:the|our|their|its|every)[ \t]+(?:[\w-]+[ \t]+)?[\w-]+$)"
)


# A figure that was met: "SLO of 99.9% met" (_MET_AFTER), "99.95% availability met every
# month" (_MET_SOON, a word or two later).
_MET = r"[ \t]+(?:was[ \t]+|were[ \t]+)?(?:met|hit|achieved|exceeded|beaten|held|kept)\b"
_MET_AFTER = re.compile(r"(?i:" + _MET + ")")
_MET_SOON = re.compile(r"(?i:(?:[ \t]+[\w-]+){0,2}?" + _MET + ")")


# What a diagnosis found, before any fix: "Tempo traces showed the ORM layer was ~70% of
# request latency"
_FOUND_WORDS = frozenset(
    {"showed", "shows", "revealed", "reveals", "found", "indicated", "pinned", "attributed"}
)
_FOUND_SHARE_BEFORE = re.compile(
    r"(?i:\b(?:" + "|".join(sorted(_FOUND_WORDS)) + r")\b[^.;\n\d]{0,50}\b(?:was|were|"
    r"is|are|made[ \t]+up|accounted[ \t]+for)[ \t]+(?:~[ \t]*|about[ \t]+|around[ \t]+|"
    r"roughly[ \t]+|nearly[ \t]+|almost[ \t]+|over[ \t]+)?$)"
)
_SHARE_OF_AFTER = re.compile(r"(?i:[ \t]+of[ \t]+)")
# "traces in Jaeger showed 70% of checkout latency was the loyalty call": the share
# right after the finding, when it is a share of where time, cost or failures went
_FOUND_RIGHT_BEFORE = re.compile(
    r"(?i:\b(?:" + "|".join(sorted(_FOUND_WORDS)) + r")(?:[ \t]+that)?[ \t]+"
    r"(?:something[ \t]+like[ \t]+|~[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|"
    r"nearly[ \t]+|almost[ \t]+|over[ \t]+)?$)"
)
_SPENT_SHARE_AFTER = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:the[ \t]+|our[ \t]+|all[ \t]+|its[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:time|latency|cpu|memory|cost|costs|spend|errors|failures|alerts|pages|incidents|"
    r"tickets|runtime|duration|requests?|load)\b"
    r"|[ \t]+of[ \t]+(?:it|that|this|them)[ \t]+(?:was|were|is|are|went)\b)"  # "60% of it was"
)


def _found_share(text: str, start: int, stop: int, limit: int) -> bool:
    if not _SHARE_OF_AFTER.match(text, stop, limit):
        return False
    window = max(0, start - 80)
    return bool(
        _FOUND_SHARE_BEFORE.search(text, window, start)
        or (
            _FOUND_RIGHT_BEFORE.search(text, window, start)
            and _SPENT_SHARE_AFTER.match(text, stop, limit)
        )
    )


def baseline(c: Candidate) -> Decision | None:
    """A starting point with no change: 'the legacy page took 3-4 seconds'. A number
    right after 'from', 'to' or 'by' is part of a change, not a baseline; the top of a
    range ('8 to 10 seconds') is not. A share that a diagnosis found is one too."""
    if c.token in _PERCENT and _found_share(c.text, c.start, c.unit_stop, c.limit):
        return Decision(Reason.BASELINE, c.unit_stop)  # "traces showed X was ~70% of latency"
    return _baseline(c)


# The old thing moved to the new, then how the new compares: "Ported legacy jQuery admin to
# React + TS, ~60 % smaller JS payload"
_PORTED_TO = re.compile(
    r"(?i:\b(?:port\w*|migrat\w*|mov(?:ed|ing)|rewr\w*|rebuil\w*|replac\w*|switch\w*)\b"
    r"[^.;\n]{0,50}?\b(?:to|with|for|onto|in|into)\b[^.;\n]{1,40}?,[ \t]*(?:~[ \t]*|about[ \t]+)?$)"
)


def _baseline(c: Candidate) -> Decision | None:
    if _bare_word(c):
        return None
    if _scene_set(c):
        return Decision(Reason.BASELINE)  # "we had like 3 million monthly users"
    if c.before(_LATER_STATE, 60) or (
        _found_before(c.text, c.start, 50, _TOOK_BEFORE, ("took", "tak"))
        and _OFF_AFTER.match(c.text, c.unit_stop, c.limit)
    ):
        # "... and by the time I left it was 0.83": where it ended; "took roughly 1.5 FTE
        # of work off the L1 team": time handed back
        return None
    if _COMPARATIVE_NEXT.match(c.text, c.unit_stop, c.limit) and (
        c.before(_OPEN_PAREN, 6) or c.before(_NEW_SHOWED, 60) or c.before(_PORTED_TO, 80)
    ):
        return None  # "(~40% less boilerplate)", "the new build showed ~40% lower p95"
    if _cue_in_clause(c, _BASELINE) and (
        _result_since(c, _BASELINE) or c.before(_COMPARED_WITH_OLD, 60)
    ):
        return None  # "across 3 legacy systems, achieving 99.999%", "agreed with the old one 97%"
    if not _cue_in_clause(c, _BASELINE) and (
        _BASELINE_AFTER_WORDS.isdisjoint((c._marks or _marks(c)).words())
        or not (
            _BASELINE_AFTER.match(c.text, c.unit_stop, c.limit)
            or _BASELINE_AFTER.match(c.text, c.end, c.limit)  # "0.68 when I inherited it"
        )
    ):
        return None
    if (
        (c.before(_CHANGE_BEFORE) and not _is_range_top(c))
        or c.before(_CHANGE_VERB_BEFORE, 50)
        # "Replaced the kNN baseline with SBERT, F1 .69 to .83": a change
        or (_TO_NUMBER_AFTER.match(c.text, c.end, c.limit) and _metric_before(c))
    ):
        return None
    return Decision(Reason.BASELINE)


# The second number of a pair: "F1 .69 to .83", "MRR 0.41 -> 0.52"
_TO_NUMBER_AFTER = re.compile(r"(?i:[ \t]*(?:to|->|\u2192)[ \t]*~?[ \t]*\.?\d)")


# "We had like 3 million monthly users", "they had 40 terabytes of call recordings": the
# scale of the setting, told before the work. A share or ratio ("we had 99.9% uptime"), a
# comparison ("had 40 fewer tickets") and none of something ("we had 0 outages") are not.
# ... or the place, when the work began: "joined when the app had ~2M MAU"
_WE_HAD = r"\b(?:we|i|they|(?:when|while)[ \t]+(?:the|our|my)[ \t]+[\w-]+)[ \t]+(?:had|have)\b"
_HAD_HEDGE = (
    r"(?:like[ \t]+|about[ \t]+|around[ \t]+|roughly[ \t]+|some[ \t]+|over[ \t]+|almost[ \t]+|"
    r"nearly[ \t]+|maybe[ \t]+|~[ \t]*)?"
)
_HAD_BEFORE = re.compile(r"(?i:" + _WE_HAD + r"[ \t]+" + _HAD_HEDGE + r"$)")
_SCENE = re.compile(r"(?i:" + _WE_HAD + r")")
# After the work, what follows is a result, not where things started ("by the time I left
# it was 0.83"); the pairing of a baseline with the number now reads the same words.
LATER = r"by[ \t]+the[ \t]+time[ \t]+(?:i|we)[ \t]+left|now|today|these[ \t]+days"
_LATER_STATE = re.compile(
    r"(?i:\b(?:" + LATER + r"|by[ \t]+the[ \t]+end|in[ \t]+the[ \t]+end|since[ \t]+then|"
    r"afterwards|eventually)\b[^.;!?\n]{0,50}$)"
)
# "We had like 3 million monthly users and 40 million events a day": the list goes on
_HAD_AND_BEFORE = re.compile(
    r"(?i:"
    + _WE_HAD
    + r"[^.;:\n\d]{0,12}\d[^.;:\n]{0,60}?(?:,[ \t]*|[ \t,]and[ \t]+)"
    + _HAD_HEDGE
    + r"$)"
)


def _scene_set(c: Candidate) -> bool:
    return (
        c.token not in _RATIO_UNITS
        and not _USE_AFTER.match(c.text, c.unit_stop, c.limit)  # "we had 60 clinics using it"
        and not c.before(_LATER_STATE, 60)  # "by the end we had 60 clinics"
        and c.num not in ("0", "zero")
        and (c.before(_HAD_BEFORE, 32) or c.before(_HAD_AND_BEFORE, 100))
        and not _COMPARATIVE_NEXT.match(c.text, c.end, c.limit)
        and not _COMPARATIVE_NEXT.match(c.text, c.unit_stop, c.limit)
    )


# "agreed with the old one 97% of the time": a comparison with the old, not its baseline
_COMPARED_WITH_OLD = re.compile(
    r"(?i:\b(?:agreed|matched|compared|versus|vs\.?|against|than)[ \t]+(?:with[ \t]+)?"
    r"(?:the[ \t]+)?(?:old|legacy|previous|original|baseline)\b[^.;\n\d]{0,20}$)"
)
# "p99 was 2 s before we started": the starting point named after the number.
_BASELINE_AFTER = re.compile(
    r"(?i:[^.;\n]{0,30}?\b(?:before[ \t]+(?:we|i|anyone|the[ \t]+(?:change|fix|rewrite|work|"
    r"project|migration))|to[ \t]+begin[ \t]+with|at[ \t]+the[ \t]+start|originally|"
    r"initially|previously|when[ \t]+(?:i|we)[ \t]+(?:joined|started|arrived|took[ \t]+over|"
    r"inherited|got[ \t]+it|picked[ \t]+it[ \t]+up))\b)"
)


_BASELINE_AFTER_WORDS = frozenset(
    {"before", "begin", "start", "originally", "initially", "previously", "when"}
)


def _is_range_top(c: Candidate) -> bool:
    found = _RANGE_TOP.search(c.text, max(0, c.start - 16), c.start)
    return found is not None and _prev_word(c.text, found.start()) not in ("from", "between")


_SHARE_OF = re.compile(
    r"(?i:[ \t]*(?:%|percent|per[ \t]+cent|pct)[ \t]+(?:of[ \t]+(?:the[ \t]+|our[ \t]+|all[ \t]+)?"
    r"(?:live[ \t]+|production[ \t]+|prod[ \t]+|(?:[a-z-]+[ \t]+){1,2})?"
    r"(?:traffic|users|sessions|requests|queries|fleet|customers|accounts|hosts|pods|nodes|"
    r"devices|volume|load|transactions)|at[ \t]+a[ \t]+time)\b)"  # "shift 25% at a time"
)
_ROLLOUT_PREV = frozenset(
    {"shifted", "shift", "shifting", "sent", "send", "sending", "routed", "route", "routing"}
    | {"sampled", "sample", "sampling", "exposed", "expose", "exposing", "ramped", "ramp"}
    | {"ramping", "diverted", "divert", "mirrored", "mirror", "mirroring", "on", "at", "with"}
    | {"gave", "give", "released", "shadowed", "shadowing", "exposing"}
    | {"moved", "move", "moving", "switched", "pointed"}
)
_ROLLED_AFTER = re.compile(
    r"(?i:[ \t]+(?:was[ \t]+|were[ \t]+|is[ \t]+|are[ \t]+)?(?:mirrored|shadowed|routed|sent|"
    r"shifted|diverted|exposed|replayed|sampled)\b)"
)
# "behind a feature flag for 5 percent of users", "a pilot for 2% of stores"
_FLAGGED_FOR = re.compile(
    r"(?i:\b(?:flag|canary|rollout|beta|pilot|experiment)\b[^.;\n]{0,20}?\b(?:for|to)[ \t]+"
    r"(?:(?:about|around|roughly|~)[ \t]*)?$)"
)
_ROLLOUT_AT = re.compile(
    r"(?i:\b(?:canary|canaries|rollout|ramp|ramped|exposure|traffic|split|sampling)[ \t]+"
    r"(?:at|to|of)"
    r"[ \t]+$)"
)
_SAMPLE_SIZE = re.compile(r"(?i:\b[nk][ \t]?=[ \t]?$)")
_ROLLOUT_STEPS = re.compile(
    r"(?i:\b(?:canar(?:y|ies)|ramp(?:ed|ing)?|roll(?:ed|ing)?[ \t]+(?:it[ \t]+)?out|rollout|"
    r"expos(?:ed|ing|ure))\b)"
)
# "rolled back at 2%", "alerted at 5%": a trigger that fired, not the rollout step
_TRIGGER_BEFORE = re.compile(
    r"(?i:\b(?:rolled[ \t]+back|roll[ \t]+back|rollback|alert\w*|pag(?:ed|es)|trigger\w*|"
    r"fired|breach\w*|stopped|halted|aborted|caught)\b[^.;\n]{0,12}$)"
)
_OUTCOME_AFTER_PERCENT = re.compile(
    r"(?i:[ \t]+(?:more|fewer|less|higher|lower|drop|rise|increase|decrease|lift|improvement|"
    r"regression|reduction|gain|error|errors|latency|conversion|of[ \t]+errors|jump|spike)\b)"
)
# "10 %, 50 %", "then went to 50 and 100 percent"
# ("a 2% canary \u2192 20%": the step's name between)
_PERCENT_LIST_BEFORE = re.compile(
    r"(?:%|\b\d{1,2})(?:[ \t]+(?:canary|ramp|rollout|step))?[ \t]*(?:,|\u2192|->|and)[ \t]*$"
)
_ROLLOUT_EARLIER = re.compile(
    r"(?i:\b(?:canar\w*|ramp\w*|roll(?:ed|ing|s)?(?:[ \t]+[\w-]+){0,4}?[ \t]+out|rollout|"
    r"expos\w*|"
    # "sent 10% of traffic to the new model first ... then we went to 50%"
    r"\d+(?:\.\d+)?[ \t]*(?:%|percent)[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+)?(?:traffic|"
    r"users|requests|customers|devices|sessions|tenants|stores|fleet))\b"
    r"[^.;!?\n]{0,90}$)"
)
# "..., then 50%", "then we went to 50% the next day"
_THEN_BEFORE = re.compile(
    r"(?i:\bthen[ \t]+(?:(?:we|i|it)[ \t]+)?(?:(?:went|moved|ramped|go|going|jumped|stepped)"
    r"[ \t]+)?(?:up[ \t]+)?(?:to[ \t]+)?$)"
)
_ROLLOUT_WORDS = re.compile(r"(?i:\b(?:ramp|roll|releas|canar|going|test|expos|flag)\w*)")
# "1% of vehicles, then ten, then everyone": the first step of a rollout told as a list
_THEN_STEP_AFTER = re.compile(
    r"(?i:(?:[ \t]+of[ \t]+(?:the[ \t]+)?[\w-]+)?[ \t]*,?[ \t]*then[ \t]+(?:to[ \t]+)?"
    r"(?:\d|ten\b|twenty|twenty-five|fifty|half\b|everyone|everybody|all\b))"
)


# "redemptions up 22%" (not "set up 15s scrape interval" or "ramped up to 50%": verbs)
_UP_OR_DOWN_BEFORE = re.compile(
    r"(?i:(?<!set )(?<!sets )(?<!setting )(?<!spun )(?<!spin )(?<!stood )(?<!signed )"
    r"(?<!ramped )(?<!ramp )(?<!scaled )(?<!scale )(?<!warmed )(?<!backed )(?<!sped )"
    r"\b(?:up|down)[ \t]+(?:by[ \t]+)?(?:~[ \t]*|about[ \t]+|around[ \t]+|nearly[ \t]+)?$)"
)


# The load a test ran at: "72-hour soak test of the settlement engine at 2k TPS",
# "benchmarked with k6 at 5k rps" (what it measured under that load is a result)
_LOAD_TOOLS = ("k6", "locust", "jmeter", "gatling")
_TESTS_OF_LOAD = ("load", "soak", "stress", *_LOAD_TOOLS)
_LOAD_TEST_WORDS = frozenset({*_TESTS_OF_LOAD, "benchmark", "benchmarked"})
# "a soak test", "the load scripts", or a load-testing tool by itself ("the k6 scripts that
# hit the payment API at 1k+ RPS")
_TEST_OF_LOAD = (
    # ("a three-day soak at roughly 1,500 requests per second": a soak by itself)
    r"(?:(?:" + "|".join(_TESTS_OF_LOAD) + r")[- ]?(?:test|script)|soak(?=[ \t]+at\b)|"
    r"(?:" + "|".join(_LOAD_TOOLS) + r")\b)"
)
_LOAD_TEST_AT = re.compile(
    r"(?i:\b" + _TEST_OF_LOAD + r"\w*\b[^.;:\n]{0,60}?[ \t](?:at|@)"
    r"[ \t]*(?:~[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|approx\.?[ \t]*)?$"
    r"|\bbenchmark\w*\b[^.;:\n]{0,40}?[ \t]at[ \t]+(?:~[ \t]*|about[ \t]+|around[ \t]+)?$)"
)

# Every text that _LOAD_TEST_AT matches at some end holds a match of this.
_LOAD_TEST_ANY = re.compile(
    r"(?i:\b(?:" + _TEST_OF_LOAD + r"|benchmark)\w*\b[^.;:\n]*?[ \t](?:at|@))"
)


def setting(c: Candidate) -> Decision | None:
    """Configuration: 'a 5% canary', 'shifted 20% of traffic', 'batch size 64',
    'configured autoscaling between 2 and 40 replicas', 'retrained every 24 hours'."""
    if (
        not _LOAD_TEST_WORDS.isdisjoint((c._marks or _marks(c)).words())
        and c.before(_LOAD_TEST_AT, 90)
    ) or (  # "soak test ... at 2k TPS": the load
        c.token in _PERCENT
        and _in_rollout_chain(c)
        and (
            _ROLLOUT_EARLIER.search(c.text, max(0, c.start - 100), c.start)
            or _ROLLOUT_LATER.match(c.text, c.unit_stop, c.limit)
        )
    ):
        return Decision(Reason.SETTING, c.unit_stop)  # "staged rollout 10 %→50 %→100 %"
    if (
        _ARROW_NEAR.match(c.text, c.unit_stop, c.limit)
        or _ARROW_BEFORE.search(c.text, max(0, c.start - 4), c.start)
        or _signed(c)
        or c.before(_RESULT_TOLD_BEFORE, 40)  # "SLA was 4h; we averaged 1h40m"
        or _KEPT_IT_AFTER.match(c.text, c.unit_stop, c.limit)  # "an SLA of 99.5% ... we kept it"
        or _UP_OR_DOWN_BEFORE.search(c.text, max(0, c.start - 14), c.start)
    ):
        # "retention 22%->27%", "retention +2.1 pp", "day-7 retention up 1.4 points",
        # "redemptions up 22%": a change, not a setting
        return None
    if _names_a_setting(c) or (c.token in _PERCENT and _rollout_share(c)):
        return Decision(Reason.SETTING, c.unit_stop)
    described = _described(c)
    if described is not None:
        return described
    if "=" in c.text[max(0, c.start - 2) : c.start] and _SAMPLE_SIZE.search(
        c.text, max(0, c.start - 4), c.start
    ):
        return Decision(Reason.SETTING)  # "n=500": a sample size
    if c.text[max(0, c.start - 7) : c.start].lower().endswith(("every ", "every ~")):
        return Decision(Reason.SETTING, c.unit_stop)
    if (
        _cue_in_clause(c, _CONFIG, commas=True, width=60)
        and c.prev != "from"
        and not c.before(_CHANGE_VERB_BEFORE, 60)
        and not _metric_before(c)  # "the best LoRA config gave a win rate of 64%"
        # "chunking (500 tokens, 50 overlap) and semantic search achieving 85%+ accuracy"
        and not _RESULT_VERBS.search(c.text, max(0, c.start - 24), c.start)
    ):
        return Decision(Reason.SETTING)
    return None


_PERCENT = frozenset({"%", "percent", "pct"})
# What the work achieved, told by whoever did it, after a target or a setting was named
_RESULT_TOLD_BEFORE = re.compile(
    r"(?i:\b(?:we|i|it|they)[ \t]+(?:averaged|achieved|delivered|landed[ \t]+at|"
    r"came[ \t]+in[ \t]+at|ended[ \t]+(?:up[ \t]+)?at)[ \t]+"
    r"(?:~[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|just[ \t]+)?$)"
)
_LOAD_TEST_BEFORE = re.compile(
    r"(?i:\b(?:load|stress|soak|perf(?:ormance)?|capacity)[ \t-]+test(?:s|ed|ing)?\b"
    r"[^.;\n]{0,24}?\b(?:at|with|to)[ \t]+"
    r"(?:~|about[ \t]+|around[ \t]+|up[ \t]+to[ \t]+|like[ \t]+)?$)"
)
_ALLOCATED_BEFORE = re.compile(
    r"(?i:\b(?:assigned|seconded|allocated|dedicated|devoted|loaned)[ \t]+(?:about[ \t]+|~)?$)"
)
_TIME_SHARE_AFTER = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:my|our|his|her|their|the[ \t]+team's|the[ \t]+team|team)[ \t]+"
    r"(?:time|week|capacity|bandwidth|hours)\b)"
)
# "~25% of each sprint on on-call toil"; and the next share of the same time: "20% of my
# time on on-call, 80% on the roadmap"
_EACH_SPAN_AFTER = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:each|every|a|the|my|our)[ \t]+(?:sprint|week|day|month|quarter|"
    r"working[ \t]+week|work[ \t]+week|workweek)\b[^.;\n\d]{0,20}?[ \t]+(?:on|in|to|for)\b)"
)
_SHARE_BEFORE = re.compile(
    r"(?i:%[ \t]+of[ \t]+(?:my|our|each|every|the[ \t]+team's)[ \t]+(?:time|week|sprint|day|"
    r"month|capacity|bandwidth|hours)\b[^.;\n]{0,60}?(?:,|\band\b)[ \t]*$)"
)
_ON_AFTER = re.compile(r"(?i:[ \t]+(?:on|in|to)[ \t]+)")


def _time_share_of(text: str, start: int, stop: int, limit: int) -> bool:
    """A share of one's own time, not one changed: '~25% of each sprint on toil', and
    '80% on the roadmap' after '20% of my time on on-call'."""
    # The anchored test after the number first: this runs for every percentage.
    share = _EACH_SPAN_AFTER.match(text, stop, limit) or (
        _ON_AFTER.match(text, stop, limit) and _SHARE_BEFORE.search(text, max(0, start - 90), start)
    )
    return bool(share) and not (
        _CHANGE_VERB_BEFORE.search(text, max(0, start - 60), start)
        or _SAVING_PEOPLE.search(text, max(0, start - 40), start)  # "freed up 25% of each sprint"
    )


# "our SLO was 99.5% of requests under 300 ms": the objective stated, not a result
_TARGET_STATED = re.compile(
    r"(?i:\b(?:slos?|slas?|targets?|goals?|objectives?|budgets?)[ \t]+(?:was|were|is|are|of|at|"
    r"said|says|read|(?:defined|set|agreed|fixed|signed)[ \t]+(?:at|to|as))\b([^.;,\n]{0,40})$)"
)
# "an SLA of 99.5% ..., and we kept it every month": the target, then that it was met
_KEPT_IT_AFTER = re.compile(
    r"(?i:[^.;!?\n]{0,60}?\b(?:we|i|they)[ \t]+(?:kept|met|hit|beat|exceeded)[ \t]+"
    r"(?:it|that|them)\b)"
)
_RESULT_VERBS = re.compile(
    r"(?i:\b(?:hit|reach(?:ed|ing)|achiev(?:ed|ing)|got|met|beat|deliver(?:ed|ing)|kept|held|"
    r"landed|ended|came)\b)"
)


# A span that is a setting: how long a step ran at a share of traffic, or a window.
_STEP_AFTER = re.compile(
    r"(?i:[ \t]+at[ \t]+\d+(?:\.\d+)?[ \t]*%[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:traffic|users|requests)\b)"
)
_WINDOW_AFTER = re.compile(
    r"(?i:[ \t]+(?:rolling[ \t]+|moving[ \t]+)?(?:mean|average|avg|median)\b)"
)


def _window(text: str, start: int, stop: int, limit: int) -> bool:
    """'24h at 10% of traffic' (a step of a rollout), 'the 1h mean' (an averaging window;
    'sub-3-second average response times' is a result)."""
    if _STEP_AFTER.match(text, stop, limit):
        return True
    return _prev_word(text, start) in ("the", "a", "an", "rolling", "moving") and bool(
        _WINDOW_AFTER.match(text, stop, limit)
    )


def _described(c: Candidate) -> Decision | None:
    return _described_at(c.text, c.start, c.unit_stop, c.token, c.limit)


def _described_at(text: str, start: int, stop: int, token: str, limit: int) -> Decision | None:
    """A number (at start, its unit ending at stop) that describes the work rather than its
    result: a listed line ("Scope: 3 countries, 1,100 stores"), a load test's rate, an
    objective stated, a share of time. Also the fast path's test (fast.quick)."""
    lo = max(0, start - 120)
    if ":" in text[lo:start] and _LISTED.search(text, lo, start):
        return Decision(Reason.SETTING)
    if (
        _found_before(text, start, 50, _LOAD_TEST_BEFORE, ("test",))
        or _stated_target(text, start, stop, limit)
        or (token in _TIME and _window(text, start, stop, limit))
    ):
        # "load tests at 2k RPS", "our SLO was 99.5%", "24h at 10% of traffic", "the 1h mean"
        return Decision(Reason.SETTING, stop)
    if token in _PERCENT and (
        _TIME_SHARE_AFTER.match(text, stop, limit)
        or _ALLOCATED_BEFORE.search(text, max(0, start - 24), start)
        or _time_share_of(text, start, stop, limit)
    ):
        return Decision(Reason.EFFORT, stop)  # "dedicated 20% of my time to"
    if _found_before(text, start, 60, _PLANNED_BEFORE, _PLANNED_STEMS):
        return Decision(Reason.INTENT, stop)  # "forecast $2.4M of savings", "designed for 50k QPS"
    if (
        token in _PERCENT
        and _WORK_SHARE_AFTER.match(text, stop, limit)
        and _found_before(text, start, 40, _AUTHORED_BEFORE, _AUTHORED_STEMS)
        and _prev_word(text, start) not in ("by", "to")  # "used by 40% of the team"
    ):
        return Decision(Reason.WORK_SHARE, stop)  # "wrote about 70% of the code"
    return None


# A forecast, or a capacity designed or sized for: a plan, not a result.
_PLANNED_BEFORE = re.compile(
    r"(?i:(?:^|[-*\u2022][ \t]*|\b(?:we|i|they|it|model|proposal|team|plan)[ \t]+)"
    r"(?:forecast(?:s|ed)?|project(?:s|ed)|predict(?:s|ed))[ \t]+"
    r"(?:about[ \t]+|around[ \t]+|roughly[ \t]+|~[ \t]*)?$"
    r"|\b(?:design(?:ed|ing)?|siz(?:e|ed|ing)|architect(?:ed|ing)?|plann?(?:ed|ing)?)\b"
    r"[^.;\n\d]{0,40}\bfor[ \t]+(?:about[ \t]+|around[ \t]+|up[ \t]+to[ \t]+|~[ \t]*)?$"
    # "handles up to 5k rps per pod", "can serve up to 300 users": a capacity
    r"|\b(?:handles|supports|serves|can[ \t]+(?:handle|serve|support|process|take))"
    r"[ \t]+up[ \t]+to[ \t]+(?:~[ \t]*)?$"
    # "the business case said we'd free two FTE"
    r"|\b(?:we|i|it|they|this)(?:'d|\u2019d|[ \t]+would)[ \t]+(?:free|save|cut|reduce|bring)"
    r"[ \t]+(?:up[ \t]+)?(?:about[ \t]+|around[ \t]+|roughly[ \t]+|~[ \t]*)?$"
    # "projected to save 2,000 analyst-hours a year once all regions adopt it"
    r"|\b(?:project|forecast|predict|expect|estimat)(?:ed|s)?[ \t]+to[ \t]+"
    r"(?:save|cut|reduce|generate|deliver|bring|add|free|lift|raise|increase)[ \t]+"
    r"(?:up[ \t]+to[ \t]+|about[ \t]+|around[ \t]+|roughly[ \t]+|over[ \t]+|~[ \t]*)?$)"
)
_PLANNED_STEMS = (
    *("forecast", "project", "predict", "design", "siz", "architect", "plan"),
    *("expect", "estimat", "handles", "supports", "serves", "can ", "'d ", "\u2019d ", "would"),
)
# A share of the code written or of the people led: "wrote ~60% of the codebase",
# "manage 25% of the platform group".
_WORK_SHARE_AFTER = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|our[ \t]+|its[ \t]+|total[ \t]+|all[ \t]+)?"
    r"(?:[\w'~-]+[ \t]+){0,3}?(?:code|codebase|code[ \t]+base|lines[ \t]+of[ \t]+code|loc|"
    r"commits|team|group|org|organi[sz]ation|department|engineers|developers|staff|"
    r"workforce)\b)"
)
_AUTHORED_BEFORE = re.compile(
    r"(?i:\b(?:wrote|written|writing|authored|implemented|contributed|own|owned|owns|"
    r"manag\w*|overs(?:ee|ees|aw|aw|eeing)|led|lead|leads|responsible[ \t]+for|built|"
    r"developed)\b[^.;\n\d]{0,25}$)"
)
_AUTHORED_STEMS = (
    *("wr", "author", "implement", "contribut", "own", "manag", "overs", "led", "lead"),
    *("responsible", "built", "develop"),
)


# The ask named as a sentence's subject, then what it asked: "The target we got from
# management was 99.9% availability", "the ask from the central bank was that any
# transfer clears in under 10 seconds", "The SLO we defined was 99.9% of requests"
_ASK_SINGULARS = ("target", "goal", "ask", "requirement", "request", "slo", "sla", "objective")
# Every match of _ASK_STATED holds one of these (the words of setting's ask stated).
_ASK_NOUNS = frozenset({*_ASK_SINGULARS, *(noun + "s" for noun in _ASK_SINGULARS)})
_ASK_SUBJECT = r"\b(?:the|our|my|their)[ \t]+(?:" + "|".join(_ASK_SINGULARS) + r")s?\b"
_ASK_STATED = re.compile(
    r"(?i:"
    + _ASK_SUBJECT
    + r"(?:[ \t]+(?:we|i|they)[ \t]+(?:got|had|were[ \t]+given|was[ \t]+given|"
    r"defined|set|agreed|signed|wrote))?(?:[ \t]+(?:from|for|of|with|on)[ \t]+"
    r"(?:[\w&'-]+[ \t]+){0,5}?)?[ \t]*(?:was|is|were|are)\b([^.;!?\n]{0,100})$)"
)
# "with 99.99% availability as the target"
_AS_TARGET_AFTER = re.compile(
    r"(?i:[^.;,\n]{0,30}?\bas[ \t]+(?:the|our|a|an)[ \t]+(?:target|goal|requirement|sla|slo|"
    r"objective)\b)"
)


# Every text that _ASK_STATED matches at some end holds a match of this.
_ASK_STATED_ANY = re.compile(r"(?i:" + _ASK_SUBJECT + r"[^.;!?\n]*?[ \t](?:was|is|were|are)\b)")


def _asked_for(text: str, start: int, stop: int, limit: int) -> bool:
    """What an ask named as the subject asked for, or a figure called the target after."""
    if _AS_TARGET_AFTER.match(text, stop, limit):
        return True
    found = _ASK_STATED.search(text, max(0, start - 140), start)
    return (
        found is not None
        and _RESULT_VERBS.search(found.group(1)) is None
        and not _MET_AFTER.match(text, stop, limit)
        and not _KEPT_IT_AFTER.match(text, stop, limit)
    )


def _stated_target(text: str, start: int, stop: int, limit: int) -> bool:
    if _asked_for(text, start, stop, limit):
        return True
    if _found_before(text, start, 70, _SLA_STATED, ("slo", "sla")):
        found_sla = _SLA_STATED.search(text, max(0, start - 70), start)
        if (
            found_sla is not None
            and not _SLA_KEPT_BEFORE.search(text, max(0, found_sla.start() - 24), found_sla.start())
            and not _MET_SOON.match(text, stop, limit)
        ):
            return True  # "SLA agreed with the hospital: results within 4 h", "(SLO 99.9%)"
    if not _found_before(text, start, 70, _TARGET_STATED, _TARGET_STEMS):
        return False
    found = _TARGET_STATED.search(text, max(0, start - 70), start)
    return (
        found is not None
        and _RESULT_VERBS.search(found.group(1)) is None
        and not _MET_AFTER.match(text, stop, limit)  # "SLO of 99.9% met"
    )


# An SLA or SLO named just before its figure: "(SLO 99.9%)", "SLA agreed with the
# hospital: 4 h", "our SLA with the client was 99.5%", "defined the SLO for the API, 99.9%"
_SLA_STATED = re.compile(
    r"(?i:\b(?:slos?|slas?)\b(?:[ \t]+(?:with|for|agreed|myself|ourselves|in)\b[^.;\n\d]{0,40}?)?"
    r"[ \t]*(?:[:(,]|was|were|is|are|of)?[ \t]*(?:about[ \t]+|~)?$"
    r"|\b(?:slos?|slas?)[ \t]*\([^)\n]{0,40}$"
    r"|\b(?:slos?|slas?)\b(?:[^.;\n]|\.(?=\d)){0,70}?\b(?:under|below|within|less[ \t]+than)"
    r"[ \t]*~?$"
    # the next term of the same SLA: "SLA with the aggregator: 99.5% uptime, 15-min
    # response on P1", "the SLA was 99.5 percent and a four-hour response for P1s",
    # "negotiated the 99.9% uptime SLA and 4h P1 response"
    r"|\b(?:slos?|slas?)\b(?:[^.;\n\d]|\.(?=\d)){0,40}?\d(?:[^.;,\n]|\.(?=\d)){0,30}"
    r"(?:,|[ \t]+and)[ \t]+(?:an?[ \t]+)?(?:about[ \t]+|~)?$"
    r"|\b(?:slos?|slas?)[ \t]+and[ \t]+(?:an?[ \t]+)?$"
    # "SLO defined: 99.95%", "in our SLO we put 99.5%"
    r"|\b(?:slos?|slas?)[ \t]+(?:defined|agreed|set|signed)[ \t]*:[ \t]*$"
    r"|\b(?:slos?|slas?)[ \t]+(?:we|i)[ \t]+(?:put|set|wrote|defined|agreed)[ \t]+$)"
)
# A kept SLA is a result: "kept the SLA", "met our SLO", "ensured a 99.9% SLA". Unlike
# _MET_BEFORE (which reads before a figure) it has no 'under', 'within' or 'below':
# before the word SLA those say nothing about keeping it.
_SLA_KEPT_BEFORE = re.compile(
    r"(?i:\b(?:kept|keep\w*|met|meet\w*|held|hit|maintain\w*|achiev\w*|ensur\w*|beat|"
    r"exceed\w*)\b[^.;\n\d]{0,20}$)"
)
# Substrings every match of _TARGET_STATED holds, lowercased.
_TARGET_STEMS = ("slo", "sla", "target", "goal", "objective", "budget")


# A line that opens with a label of what was given, not achieved ("Scope: 3 countries,
# 14k SKUs"): its numbers describe the work. The labels, as words (for classify's cheap
# test) and as the line pattern.
_LISTED_LABELS = (
    *("scope", "budget", "stack", "tools", "tooling", "timeline", "tech", "setup", "config"),
    *("configuration", "environment", "duration", "context", "constraint", "constraints"),
    *("resources", "hardware", "infra", "infrastructure", "data", "data set", "dataset"),
    *("training data", "fine-tuning data", "eval set", "test set"),
)
_LISTED_WORDS = frozenset(_LISTED_LABELS)
_LISTED = re.compile(
    r"(?im:^[ \t]*(?:[-*+\u2022][ \t]+)?(?:\*\*)?(?:"
    + "|".join(sorted(_LISTED_LABELS, key=len, reverse=True))
    + r")(?:\*\*)?[ \t]*:(?:\*\*)?(?:[^.!?;\n]|\.(?=\d))*$)"
)
_HEDGES = frozenset(
    {"about", "around", "roughly", "approximately", "approx.", "nearly", "some", "maybe"}
    | {"perhaps"}
)


def _signed(c: Candidate) -> bool:
    """'+2.1 pp', '-35%', '\u2212 12 ms': a number with a sign is a change (a range such as
    '3-4' is not a sign: a digit stands before its dash)."""
    before = c.text[max(0, c.start - 2) : c.start].rstrip(" ")
    if not before or before[-1] not in "+-\u2212\u2191\u2193":
        return False
    if before[-1] in "+-" and c.text[c.start - 1 : c.start] == " ":
        dash = c.start - 2
        if not c.text[c.text.rfind("\n", 0, dash) + 1 : dash].strip():
            return False  # "- 5% canary for 30 minutes": a list item's marker, not a sign
    head = c.text[max(0, c.start - 3) : c.start].rstrip(" ")[:-1]
    return not head or not (head[-1].isalnum() or head[-1] in ".%")


# Rollout steps chained by arrows that end at 100%: "10 %→50 %→100 %"
# (a step may be named, "a 2% canary \u2192 20% \u2192 full"; the last step may be said in words)
_ROLLOUT_STEP = r"\d+[ \t]*%(?:[ \t]+(?:canary|ramp|rollout|step))?[ \t]*(?:\u2192|->|=>)[ \t]*"
_ROLLOUT_CHAIN = re.compile(
    r"(?i:" + _ROLLOUT_STEP + r"(?:" + _ROLLOUT_STEP + r")*"
    r"(?:100[ \t]*%|full\b|everyone\b|all\b|ga\b|general[ \t]+availability\b|"
    # "via 1%→10%→50% canary": the chain named by its last step
    r"\d+[ \t]*%[ \t]+(?:canary|canaries|rollout|roll-out|ramp)\b))"
)


# "Ran a 5% → 25% → 100% rollout of the pricing service": the chain's name after it
_ROLLOUT_LATER = re.compile(
    r"(?i:[^.;\n]{0,40}?\b(?:roll-?outs?|rolled|canar(?:y|ies)|ramps?|ramp-?up|exposure|"
    r"traffic)\b)"
)


def _in_rollout_chain(c: Candidate) -> bool:
    """The number is a step of a chain of percentages that ends at 100%."""
    for chain in _ROLLOUT_CHAIN.finditer(c.text, max(0, c.start - 60), min(c.limit, c.start + 60)):
        if chain.start() <= c.start < chain.end():
            return True
    return False


_ARROW_NEAR = re.compile(r"[ \t]*(?:\u2192|->|=>)[ \t]*[$\u20ac\u00a3]?\d")
_ARROW_BEFORE = re.compile(r"(?:\u2192|->|=>)[ \t]*~?[ \t]*$")  # "38 -> 90", "→ ~4x fewer"


_MET_BEFORE = re.compile(
    r"(?i:\b(?:met|meet\w*|kept|keep\w*|held|holds?|holding|hit|hitting|beat|beating|exceed\w*|"
    r"within|"
    r"maintain\w*|achiev\w*|sustain\w*|surpass\w*|deliver\w*|ensur\w*|guarantee\w*|"
    r"under|below|inside)\b[^.;\n]{0,16}$)"
)


# "my job was to keep the <200 ms promise", "we had to meet a 99.9% SLO": a duty, not a
# setting met
_DUTY_TO = re.compile(
    r"(?i:\b(?:had|have|has|need(?:ed|s)?|asked|tasked|expected|required|supposed|job|task|"
    r"goal|role|aim|brief|mandate)\b[^.;\n]{0,25}?\bto[ \t]+$)"
)


def _met_before(c: Candidate) -> bool:
    """A verb of meeting just before the setting: 'kept the 99.9% SLO'."""
    met = _MET_BEFORE.search(c.text, max(0, c.start - 24), c.start)
    return met is not None and not _DUTY_TO.search(c.text, max(0, met.start() - 40), met.start())


_UNDER_OVER = frozenset({"under", "below", "over", "above", "ahead", "beyond"})


# What the new version showed against the old: "the new build showed ~40% lower p95"
_NEW_SHOWED = re.compile(
    r"(?i:\b(?:new|fixed|patched|rewritten|optimi[sz]ed|candidate)\b[^.;\n]{0,30}\b(?:showed|"
    r"had|gave|ran|came[ \t]+in|delivered|got)[ \t]+(?:~[ \t]*|about[ \t]+|around[ \t]+|"
    r"roughly[ \t]+)?$)"
)
# An aside that opens just before the number: "(~40% less code)"
_OPEN_PAREN = re.compile(r"\([ \t]*(?:~|about[ \t]+|approx\.?[ \t]+|roughly[ \t]+)?$")
_COMPARATIVE_NEXT = re.compile(
    r"(?i:[ \t]+(?:faster|slower|more|fewer|less|cheaper|higher|lower|smaller|larger|quicker)\b)"
)


# "a <5 ms budget per lookup": a latency allowed, not one reached
_TIME_BUDGET_AFTER = re.compile(r"(?i:[ \t]+(?:latency[ \t]+|time[ \t]+)?budget\b)")


# "migrated about 80 batch jobs": batch work counted, not a batch size
_BATCH_WORK = re.compile(r"(?i:(?<=batch)[ \t]+(?:jobs|pipelines|processes|workloads|scripts)\b)")


def _names_a_setting(c: Candidate) -> bool:
    """A setting word right after the number or its unit: '0.5 dropout', 'a 5% canary',
    'a 0.7 similarity cutoff', 'a 90-day window'."""
    token = c.token
    if token in _UNDER_OVER:
        return False  # "$80k under budget", "5% below target": a result against it
    if token in _RATIO_UNITS and _COMPARATIVE_NEXT.match(c.text, c.unit_stop, c.limit):
        return False  # "~4x faster batch scoring": a ratio, whatever follows
    if token == "batch" and _BATCH_WORK.match(c.text, c.unit_stop, c.limit):
        return False
    found = token in _CONFIG_AFTER or (
        token in _TIME and _TIME_BUDGET_AFTER.match(c.text, c.unit_stop, c.limit) is not None
    )
    if not found:
        if _CONFIG_AFTER_PARTS.isdisjoint((c._marks or _marks(c)).words()):
            return False  # no setting word anywhere near
        unit_like = c.dashed or token in _UNITS or token in _TIME or token in _RATIO_UNITS
        found = _config_word_after(c.text, c.unit_stop if unit_like else c.end, c.limit)
    # "hit the 200 ms target", "met our 99.9% SLO", "99.95% SLA met every month": a setting
    # that was met is a result
    return found and not _met_before(c) and not _MET_SOON.match(c.text, c.unit_stop, c.limit)


_hinted(_ROLLOUT_STEPS, "canar|ramp|roll|expos")
_hinted(_ROLLOUT_WORDS, "ramp|roll|releas|canar|going|test|expos|flag")


# "leading to 25% time savings": what the work led to, not a step of a rollout
_LEADING_TO = re.compile(
    r"(?i:\b(?:lead(?:ing|s)?|led|contribut\w*|amount\w*|translat\w*)[ \t]+to[ \t]+"
    r"(?:~|about[ \t]+|around[ \t]+|nearly[ \t]+|over[ \t]+)?$)"
)


_CLOSE_TO = re.compile(r"(?i:\b(?:close|closer)[ \t]+to[ \t]+$)")


def _rollout_share(c: Candidate) -> bool:
    """A share of traffic or users in a rollout: 'shifted 20% of traffic', 'ramped to
    50%', 'ran the canary at 1%', 'a 1% canary, then 10%, then 50%'. A percentage that a
    trigger fired at ('rolled back at 2%') or that changed is a result."""
    prev = c.prev
    if prev in _HEDGES:  # "shifted about ten percent of traffic"
        prev = _prev_word(c.text, c.start - len(prev) - 1)
    if prev in _ROLLOUT_PREV and _SHARE_OF.match(c.text, c.end, c.limit):
        return True
    share = _SHARE_OF.match(c.text, c.end, c.limit)
    if share is not None and (
        _ROLLED_AFTER.match(c.text, share.end(), c.limit)
        or (c.before(_FLAGGED_FOR, 50) and not c.before(_CHANGE_VERB_BEFORE, 60))
    ):
        return True  # "2,5% of traffic mirrored to the new model", "a flag for 5% of users"
    before = c.text[max(0, c.start - 100) : c.start]
    if before.isascii():
        low = before.lower()
        if not any(stem in low for stem in _SHARE_STEMS):
            return False  # every test below needs a stem in the 100 characters before
    if (
        prev == "to"
        and not c.before(_CLOSE_TO, 12)  # "kept close to 100% coverage": a level held
        and _cue_in_clause(c, _ROLLOUT_WORDS, width=60)
        and not c.before(_CHANGE_VERB_BEFORE, 60)  # "raised test coverage to 85%": a result
        and not c.before(_LEADING_TO, 24)  # "testing ..., leading to 25% time savings"
    ):
        return True
    if _ROLLOUT_AT.search(c.text, max(0, c.start - 24), c.start):
        return True
    if (
        prev == "then"
        or _PERCENT_LIST_BEFORE.search(c.text, max(0, c.start - 20), c.start)
        or _THEN_BEFORE.search(c.text, max(0, c.start - 30), c.start)
    ) and _ROLLOUT_EARLIER.search(c.text, max(0, c.start - 100), c.start):
        return True  # "roll it out to 10% of users first, then 50%", "25 %, 50 %": next steps
    if _THEN_STEP_AFTER.match(c.text, c.unit_stop, c.limit) and _ROLLOUT_EARLIER.search(
        c.text, max(0, c.start - 100), c.start
    ):
        return True  # "the canary, so we did 10 percent, then 50, then everything": a first step
    return (
        _cue_in_clause(c, _ROLLOUT_STEPS, commas=False, width=60)
        and not _OUTCOME_AFTER_PERCENT.match(c.text, c.unit_stop, c.limit)
        and not _TRIGGER_BEFORE.search(c.text, max(0, c.start - 30), c.start)
        and not c.before(_CHANGE_VERB_BEFORE, 60)
    )


_SPENT_BEFORE = frozenset({"paid", "spent", "invested", "charged", "costs", "cost", "costing"})


_INPUT_WORDS = frozenset(
    {"dataset", "datasets", "corpus", "corpora", "training", "sets", "set", "trained", "pretrained"}
    | {"finetuned", "tuned", "retrained", "labelled", "labeled", "annotated"}
    | {"table", "working", "catalogue", "catalog"}
)
# "on 12k labelled PCB defect images": examples labelled for training, right after the number
_LABELLED_AFTER = re.compile(r"(?i:\+?[ \t]+(?:hand-)?(?:labell?ed|annotated)[ \t]+[a-z])")
_INPUT_AFTER = re.compile(
    # ("a score of 90 on the catalogue pages": where it was measured, not a data set's size)
    r"(?i:(?:[ \t]+(?!(?:on|in|at|across|to|from)\b)[\w-]+){0,2}?[ \t]+"
    r"(?:datasets?|data[ \t]+sets?|corpus|corpora|"
    r"training[ \t]+sets?|crawl|dump|data[ \t]+lake|lakehouse|"
    # "a ~2 TB working set", "a 2 TB table with 300 columns", "a 10k+ SKU catalogue"
    r"working[ \t]+sets?|table|catalogue|catalog)\b)"
)


# "the dataset was about 12 million rows": the size named after the data set
_INPUT_BEFORE = re.compile(
    r"(?i:\b(?:(?:pre-?|re-?|fine-?)?train(?:ed|ing)|(?:fine-?)?tun(?:ed|ing))[ \t]+"
    r"(?:[^.;:\n]|\.(?=\d)){0,80}?\b(?:on|with)[ \t]+(?:[^.;:\n]{1,40},[ \t]*)?"
    r"(?:about[ \t]+|around[ \t]+|roughly[ \t]+|over[ \t]+|~)?$"
    r"|\b(?:datasets?|data[ \t]+sets?|corpus|corpora|training[ \t]+sets?)[ \t]+"
    r"(?:was|is|had|has|of|contained|contains|held|holds|totall?ed|with)[ \t]+"
    r"(?:about|around|roughly|approximately|approx\.?|nearly|over|some|~)?[ \t]*$)"
)


# "12 million transactions with maybe 0.2% fraud": a share of the data set, not a result
_SHARE_OF_DATA_BEFORE = re.compile(
    r"(?i:\b(?:datasets?|data[ \t]+sets?|corpus|transactions|rows|records|examples|samples|"
    r"images|documents)\b[^.;\n\d]{0,12}\bwith[ \t]+(?:maybe[ \t]+|about[ \t]+|around[ \t]+|"
    r"roughly[ \t]+|only[ \t]+|just[ \t]+|~[ \t]*)?$|"
    # "... 40 million transactions, and the fraud rate was maybe 0.3 percent"
    r"\b(?:fraud|positive|minority|default|class)[ \t]+rate[ \t]+(?:was|is|of)[ \t]+(?:maybe[ \t]+|"
    r"about[ \t]+|around[ \t]+|roughly[ \t]+|only[ \t]+|just[ \t]+|~[ \t]*)?$)"
)


_DATASET_THEN = re.compile(
    r"(?i:\b(?:dataset|data[ \t]+set|corpus)[ \t]*(?:was|is|of)?[ \t]*(?:(?:huge|big|large|small|"
    r"massive|tiny)[ \t]*)?,?[ \t]*(?:like|about|around|roughly|maybe|~)?[ \t]*$)"
)


def input_size(c: Candidate) -> Decision | None:
    """A data set described by its size: 'a 3 TB clickstream dataset', 'a 40k-question
    corpus', 'the dataset was 12 million rows', 'trained on 350k labelled examples'."""
    if _INPUT_WORDS.isdisjoint((c._marks or _marks(c)).words()):
        return None
    if c.token in ("x", "\u00d7") or _HARDWARE_AFTER.match(c.text, c.end, c.limit):
        return None  # "trained on 8x A100", "on 16 GPUs": hardware, not data
    if (c.token in _PERCENT and c.before(_SHARE_OF_DATA_BEFORE, 60)) or c.before(_DATASET_THEN, 30):
        return Decision(Reason.INPUT_SIZE, c.unit_stop)  # "a big dataset, like 40 million rows"
    if c.spelled:  # "the dataset was about forty million rows"
        return Decision(Reason.INPUT_SIZE) if c.before(_INPUT_BEFORE, 100) else None
    if (
        c.token not in _WHERE_MEASURED and _INPUT_AFTER.match(c.text, c.unit_stop, c.limit)
    ) or c.before(_INPUT_BEFORE, 100):
        return Decision(Reason.INPUT_SIZE, c.unit_stop)
    if not c.dashed and (labelled := _LABELLED_AFTER.match(c.text, c.end, c.limit)):
        return Decision(Reason.INPUT_SIZE, labelled.end() - 1)
    return None


# Data processed as the input of a model: "... a day in Spark to build bot-detection features"
_FOR_FEATURES = re.compile(
    r"(?i:[^.;\n]{0,60}?\b(?:to[ \t]+build|to[ \t]+train|for[ \t]+training|into[ \t]+features|"
    r"to[ \t]+create|builds?|built|building|into)\b[^.;\n]{0,50}?\b(?:features?|models?|datasets?|"
    r"training|train[ \t]+on)\b)"
)


def processed_data(c: Candidate) -> Decision | None:
    """Data cleaned or parsed, sized with no rate: 'cleaned 27 billion rows of streaming
    data', 'parsed 2 PB of CDN logs into features' ('processed 2B events a day' is
    throughput, a result)."""
    if c.cur or (c.spelled and c.token not in _UNITS):
        return None
    if (
        c.token not in _PERCENT
        and not _ANALYSED_WORDS.isdisjoint((c._marks or _marks(c)).words())
        and _ANALYSED_AFTER.match(c.text, c.unit_stop, c.limit)
    ):
        return Decision(Reason.INPUT_SIZE, c.unit_stop)  # "8,000 leads and 100,000 orders analysed"
    if not _processed_before(c.text, c.start):
        return None
    data = _DATA_AFTER.match(c.text, c.end, c.limit)
    if data is None:
        return None
    if (
        "/" in c.token or _RATE_SOON.match(c.text, data.end(), c.limit)
    ) and not _FOR_FEATURES.match(c.text, data.end(), c.limit):
        return None  # "processed 2B events a day", "2 TB/day": throughput, a result
    return Decision(Reason.INPUT_SIZE, data.end())  # "parsed 2 TB/day of logs into features"


def _found_before(
    text: str, start: int, width: int, pattern: re.Pattern[str], stems: tuple[str, ...]
) -> bool:
    """pattern.search in the `width` characters before start, skipped when that window is
    ASCII and holds none of `stems` (every match of the pattern holds one, lowercased;
    `in` on a short string costs far less than the search)."""
    if _document_lacks(text, stems):
        return False
    lo = max(0, start - width)
    window = text[lo:start]
    if window.isascii():
        low = window.lower()
        if not any(stem in low for stem in stems):
            return False
    return pattern.search(text, lo, start) is not None


class _LastDocument:
    """The last document read, lowercased, and which stem tuples it lacks: most documents
    hold none of a check's stems, and one test per document replaces one per number. The
    entry is one tuple, replaced whole, so a reader on another thread never sees half of
    it; holding the text keeps its identity from being reused by a new string."""

    entry: tuple[str, str | None, dict[tuple[str, ...], bool]] = ("", "", {})


def _document_lacks(text: str, stems: tuple[str, ...]) -> bool:
    """True when the text is ASCII and holds none of the stems (lowercased), so no window
    of it does."""
    last = _LastDocument.entry
    if last[0] is not text:
        last = _LastDocument.entry = (text, text.lower() if text.isascii() else None, {})
    low, lacks = last[1], last[2]
    if low is None:
        return False  # not ASCII: lower() may not keep the stems' positions or letters
    found = lacks.get(stems)
    if found is None:
        found = lacks[stems] = not any(stem in low for stem in stems)
    return found


def _processed_before(text: str, start: int) -> bool:
    return _found_before(text, start, 60, _PROCESSED_BEFORE, _PROCESSED_STEMS)


_PROCESSED_STEMS = (
    *("pars", "clean", "dedup", "enrich", "combin", "scrap", "crawl", "ingest", "preprocess"),
    *("annotat", "label", "process", "analys", "analyz", "stor"),
)
_PROCESSED_BEFORE = re.compile(
    r"(?i:\b(?:pars|clean|dedup\w*|enrich|combin|scrap|crawl|ingest|preprocess|annotat|"
    r"label|process|analys|analyz)(?:ed|ing|es|e|s)?\b[^.;\n]{0,40}$"
    r"|\bstor(?:ed|ing)\b[^.;\n]{0,40}$)"  # "a feature store", "400 stores": nouns
)
# "100,000 orders analysed": the data named before the verb ("2B events processed a day"
# is throughput, so processed is not among them)
_ANALYSED_AFTER = re.compile(
    r"(?i:(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:analy[sz]ed|parsed|cleaned|scraped|crawled|"
    r"labell?ed|annotated|deduplicated)(?=[ \t]*(?:[.,;:)\n]|$)|[ \t]+(?:by|with|for|in|using|"
    r"via|across|from|and|manually|to)\b))"
)
_ANALYSED_WORDS = frozenset(
    {"analysed", "analyzed", "parsed", "cleaned", "scraped", "crawled", "labeled", "labelled"}
    | {"annotated", "deduplicated"}
)
_DATA_AFTER = re.compile(
    r"(?i:(?:[ \t]*[a-z]{1,2}\b(?:/[a-z]+)?)?(?:[ \t]+of)?(?:[ \t]+[\w-]+){0,4}?[ \t]+"
    r"(?:rows|records|documents|docs|images|files|logs|events|transactions|tokens|pages|data|text|tweets|"
    r"messages|emails|shards|readings|measurements|samples|recordings|clickstream|clicks|"
    r"audio|video|sensor)\b(?!-\w))"  # "14 data-science squads": a modifier
)


_SPENT_HEDGED = re.compile(
    r"(?i:\b(?:paid|spent|invested|charged|costs?|costing)[ \t]+(?:~|about|around|roughly|"
    r"approx\.?|approximately|nearly|over|almost|some|like|something[ \t]+like)[ \t]*$)"
)


_ESTIMATED_MONEY_BEFORE = re.compile(
    r"(?i:(?<!\ban[ \t])(?<!\ba[ \t])\b(?:estimat(?:ed|es|e|ing)|forecast(?:ed|s)?|projected|"
    r"business[ \t]+case)\b[^.;\n\d]{0,32}$)"  # "an estimated $90k avoided" is a result
)


def _at_before(text: str, start: int) -> bool:
    """'at' just before the number, or 'at ~' / 'at about' (a price: "at ~$500 each")."""
    return (
        _prev_word(text, start) == "at"
        or _AT_HEDGED.search(text, max(0, start - 16), start) is not None
    )


_AT_HEDGED = re.compile(r"(?i:\bat[ \t]*(?:~|about[ \t]+|around[ \t]+|roughly[ \t]+)[ \t]*$)")
_CURRENCY_CODES = frozenset(
    {"usd", "eur", "gbp", "inr", "chf", "cad", "aud", "jpy", "sgd", "sek", "nok", "dkk", "pln"}
    | {"czk", "huf", "brl", "mxn", "cny", "krw", "idr", "myr", "thb", "vnd", "twd", "zar", "zł"}
)
_MONEY_AFTER = _CURRENCY_CODES | {"k", "m", "b", "bn"}


def money(c: Candidate) -> Decision | None:
    """Money counts ($200k saved, $1.2M revenue); money paid or a price is not a result
    ('paid $30k for the licence', 'costs $0.002 per query')."""
    if not c.cur and not (c.token in _CURRENCY_CODES and c.next is not None and not c.dashed):
        return None  # money is "$200k", or "8 crore INR" with the code after it
    if c.prev in _SPENT_BEFORE or c.before(_SPENT_HEDGED, 24):
        found = c.next
        stop = found.end() if found and found.group("tok").lower() in ("k", "m", "b") else c.end
        return Decision(Reason.SPEND, stop)
    stop = c.end
    found = c.next
    if found and found.group("tok").lower() in _MONEY_AFTER:
        stop = found.end()
    if _FUNDS_AFTER.match(c.text, stop, c.limit) or c.before(_FUNDS_BEFORE, 80):
        return Decision(Reason.FUNDS, stop)
    if _BILL_AFTER.match(c.text, stop, c.limit):
        return Decision(Reason.SPEND, stop)  # "a ₹40 lakh monthly AWS bill": what was paid
    if c.before(_ESTIMATED_MONEY_BEFORE, 40):
        return Decision(Reason.INTENT, stop)  # "business case estimated $1M savings"
    if (
        (
            _at_before(c.text, c.start)
            and (_EACH_AFTER.match(c.text, stop, c.limit) or c.before(_PRICED_BEFORE, 60))
        )
        or (
            # "Bought & configured 60 Chromebooks (~£280 each)"
            _EACH_AFTER.match(c.text, stop, c.limit) and c.before(_PAID_FOR_BEFORE, 60)
        )
        or (
            c.before(_PRICE_SET_BEFORE, 70)
            and not c.before(_CHANGE_VERB_BEFORE, 70)
            and not c.before(_MONEY_MADE_BEFORE, 70)
        )
    ):
        # "bought 120 devices at $499 each"; "priced the tiers at $1,500 / $4,000", "my day
        # rate was around 1,200 euros", "avg contract 18k/yr": prices, not results
        return Decision(Reason.SPEND, stop)
    return Decision(Reason.MONEY, stop)


_BILL_AFTER = re.compile(r"(?i:(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:bill|invoice)s?\b)")


# "a $2M annual cloud budget", "a $50k innovation grant": money to spend, not a result
# ("saved $200k of the budget" and "$80k under budget" are results).
_FUNDS_AFTER = re.compile(
    r"(?i:(?:[kmb]?/[a-z]+|[ \t]+(?:mio|mln|mrd|mld)\b\.?|l\b)?"  # "£2m/yr ad spend", "₹40L"
    r"(?:[ \t]?[–-][ \t]?\d[\d.,]*(?:[ \t]*(?:lakhs?|crores?|[kml])\b)?)?"  # "₹18–32 lakh"
    # "a $50k Google.org grant": a funder's name may hold a dot
    r"(?:[ \t]+(?!of\b|from\b|in\b|off\b|under\b|over\b|below\b|less\b)[\w-]+(?:\.[a-z]+)?){0,2}?"
    r"[ \t]+(?:budgets?|grants?|funding|allowance|stipend|salary|spend|loan[ \t]+book|portfolio|"
    # pay and what a job is worth: "₹18 LPA current CTC", "a KSh 45,000/month retainer",
    # "a ₹18-32 lakh range", "a ₹40L project", "~€90/mo infra"
    r"fixed-price[ \t]+contract|lpa|ctc|retainer|range|band|project|infra|hardware|tiers?|"
    # a vendor's price: "a ₹2L enterprise licence" (a contract may be won: left out)
    r"licen[cs]es?|subscription)\b"
    # a rate charged by the hour: "R$ 180/h", "£65 per hour"
    r"|(?:/h|/hr|/hour|[ \t]+(?:per|an|a)[ \t]+hour)\b)"
)


# "project budget £1.8m", "contracts worth £40K": money to spend or manage
_FUNDS_BEFORE = re.compile(
    r"(?i:\b(?:budgets?|grants?|funding|allocation|series[ \t]+[a-e]|seed[ \t]+round)"
    r"(?:[ \t]*:)?[ \t]+(?:of[ \t]+|was[ \t]+|is[ \t]+)?"
    r"(?:approx\.?[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|~[ \t]*)?$"
    # "Licence negotiation: CHF 85k/yr", "Licence for Cognex vision suite ¥380k"
    r"|\blicen[cs]e\w*\b[^.;\n\d]{0,40}$"
    # "the budget they gave us was around 400,000 dollars"
    r"|\bbudgets?\b[^.;\n]{0,30}?\b(?:was|is|of)[ \t]+"
    r"(?:approx\.?[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|~[ \t]*)?$"
    r"|\bbudget[ \t-]+(?:owner|holder)(?:[ \t]+(?:for|of)[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+)?"
    r"|[ \t]*:[ \t]*)$"
    # "Grant-funded (€250k, Horizon Europe)"
    r"|\b(?:grant|donor|vc|seed)[ \t-]+funded[ \t]*[(:,][ \t]*(?:~[ \t]*)?$"
    r"|\b(?:manag\w*|oversaw|oversee\w*|administer\w*|own\w*|handl\w*|responsible)\b"
    r"[^.;\n]{0,30}?"
    r"\b(?:contracts?|budgets?|portfolios?|accounts|spend)[ \t]+(?:worth|of|valued[ \t]+at|"
    r"totall?ing)[ \t]+(?:approx\.?[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|~[ \t]*)?$)"
)
_EACH_AFTER = re.compile(
    r"(?i:[ \t]*(?:each|apiece|a[ \t]+piece|per[ \t]+(?:unit|device|seat|licen[cs]e|head|user)|"
    r"/[ \t]?(?:unit|device|seat|licen[cs]e|head|user))\b)"
)
_PRICE_SET_BEFORE = re.compile(
    r"(?i:\b(?:priced|prices?[ \t]+(?:of|at|from)|day[ \t-]rates?|hourly[ \t-]rates?|"
    r"rate[ \t]+card|bid|quoted|"
    r"avg\.?[ \t]+contracts?|average[ \t]+contracts?|contract[ \t]+values?|deal[ \t]+sizes?|"
    r"engagements?|arr[ \t]+band|retainers?)\b[^.;\n]{0,90}$)"
)
# Money a piece of work brought in, after a word of price: "the new tier drove $1.2M ARR"
_MONEY_MADE_BEFORE = re.compile(
    r"(?i:\b(?:drove|driv\w*|generat\w*|brought|add\w*|won|clos\w*|land\w*|earn\w*|made|"
    r"grew|lift\w*|unlock\w*|recover\w*|secur\w*|sav\w*)\b[^.;\n]*$)"
)
_PRICED_BEFORE = re.compile(
    r"(?i:\b(?:bought|buy\w*|purchas\w*|priced|pric\w*|leased|rented|licen[cs]ed|"
    r"negotiat\w*|procur\w*)\b"
    r"[^.;\n]{0,50}$)"
)


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
        and not (low == "p" and _pence(c))
    ):
        return Decision(Reason.NAME_OR_ORDINAL)
    return None


# "3x retry w/ jitter": how many tries, not how much better
_RETRY_AFTER = re.compile(r"(?i:[ \t]*(?:retry|retries|attempts?|redundancy)\b)")


def _times_not_ratio(c: Candidate) -> Decision | None:
    """An 'x' that is not a ratio: '3x3' (a size), '2x Kaggle Expert' (titles), '8x
    A100' (hardware)."""
    stop = c.unit_stop
    if c.text[stop : stop + 2].lstrip()[:1].isdigit():
        return Decision(Reason.DIMENSION)
    if _TITLE_AFTER.match(c.text, stop, c.limit):
        return Decision(Reason.LABEL)
    if (
        _RETRY_AFTER.match(c.text, stop, c.limit) or _HARDWARE_AFTER.match(c.text, stop, c.limit)
    ) or (c.prev in _RETRY_PREV and not _ARROW_BEFORE.search(c.text, max(0, c.start - 8), c.start)):
        return Decision(Reason.SETTING, stop)  # "8x A100", "retries 3x" (not "retries → ~4x fewer")
    acronym = _ACRONYM_AFTER.match(c.text, stop, c.limit)
    if acronym and acronym.group(1).lower() not in _UNITS | _OUTCOME_ACRONYMS:
        return Decision(Reason.LABEL)  # "2 x ICASSP": papers at a venue, counted
    if c.prev == "at" and _LOAD_AFTER.match(c.text, stop, c.limit):
        return Decision(Reason.SETTING, stop)  # "a soak test at 2x the expected peak load"
    if c.prev not in _CADENCE_CHANGED_PREV and (cadence := _CADENCE_GLUED.match(c.text, stop)):
        return Decision(Reason.SETTING, cadence.end())  # "the 2x-weekly release windows"
    return None


# "a 3x-weekly release train": how often, not how much better; "to 3x-daily" is a change
_CADENCE_GLUED = re.compile(
    r"(?i:-(?:weekly|daily|monthly|nightly|hourly|yearly|a-(?:year|month|week|day))\b)"
)
_CADENCE_CHANGED_PREV = frozenset({"to", "from", "now", "into"})


_RETRY_PREV = frozenset({"retries", "retry", "retried", "attempts", "replicas", "replication"})
_ACRONYM_AFTER = re.compile(r"[ \t]+([A-Z]{3,})\b")
_OUTCOME_ACRONYMS = frozenset(
    {"roi", "arr", "mrr", "gmv", "ctr", "dau", "mau", "auc", "aov", "ltv", "nps", "csat", "roas"}
)
_LOAD_AFTER = re.compile(
    r"(?i:[ \t]+(?:the[ \t]+|our[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:load|traffic|peak|volume|"
    r"capacity|throughput)\b)"
)


def _pence(c: Candidate) -> bool:
    """'11p' as money: glued, at most three digits ('1080p' is a resolution), and in a
    change ('from 11p', '11p -> 8p', 'to 8p') or a price per thing ('8p per parcel');
    '3p integration' (third-party) is neither."""
    return (
        c.next is not None
        and c.next.start("tok") == c.end
        and len(c.num) <= 3
        and not c.spelled
        and (
            c.prev in ("from", "to", "by")
            or _ARROW_NEAR.match(c.text, c.unit_stop, c.limit) is not None
            or _ARROW_BEFORE.search(c.text, max(0, c.start - 4), c.start) is not None
            or c.text.startswith(" per ", c.unit_stop)
        )
    )


_MEMORY_UNITS = frozenset({"gb", "gib", "tb", "tib", "mb", "mib"})
_HARDWARE_BEFORE = re.compile(
    r"(?i:\b(?:[ahvlt]\d{1,3}[a-z]?|rtx[ \t]?\d{4}|\d+-core|\d+[ \t]+v?cpus?|gpus?|nodes?|"
    r"cards?|instances?|machines?|executors?[ \t]+[x\u00d7])[ \t]*[,/(]?[ \t]*$)"
)
_MACHINE_AFTER = re.compile(
    r"(?i:(?:[ \t]+[\w-]+)?[ \t]+(?:agents?|machines?|nodes?|instances?|servers?|vms?|boxes|"
    r"hosts?|workers?|ram|vram|gpus?|laptops?)\b)"
)
# "3-node Redis, 64GB each", "2TB NVMe scratch": the size of each machine or its disk
_EACH_MACHINE_AFTER = re.compile(
    r"(?i:[ \t]+(?:each|per[ \t]+(?:node|machine|gpu|host|worker)|hbm\d*e?|nvme|ssds?|hdds?)\b)"
)


def unit(c: Candidate) -> Decision | None:
    """A unit after the number: 35%, 3x, 4 percentage points, 40 TB."""
    low, stop = c.token, c.unit_stop
    if low in _RATIO_UNITS:
        not_ratio = _times_not_ratio(c) if low in ("x", "\u00d7") else None
        return not_ratio or Decision(Reason.UNIT, stop)
    if low in ("percentage", "basis"):
        follow = _NEXT2.match(c.text, stop, c.limit)
        return Decision(Reason.UNIT, follow.end() if follow else stop)
    if low in ("points", "point", "pts") and not c.dashed:
        follow = _NEXT2.match(c.text, stop, c.limit)
        if (
            follow
            and follow.group("tok").lower() in ("story", "of")
            and low != "pts"
            and not _METRIC_NAME.match(c.text, follow.end() + 1)  # "six points of exact match"
        ):
            return Decision(Reason.STORY_POINTS)
        return Decision(Reason.UNIT, stop)
    if low in _DATA_VOLUME:
        return _data_size(c, stop)
    if low in _UNITS and low not in ("k", "m"):
        return _price_or_unit(c, stop)
    if low == "p" and _pence(c):
        return Decision(Reason.MONEY, stop)  # "11p -> 8p": pence
    return _star_rating(c)


# An amount of data is a size, a result only when it changed, was saved or freed, or
# flows at a rate: "shrank the image from 4.2 GB to 900 MB", "freed 200 GB", "3 PB of
# logs per day"; not "trained on ~2TB of parquet shards", "a 14 TB data lake".
_DATA_VOLUME = _MEMORY_UNITS | {
    *("kb", "pb", "kib", "pib", "bytes"),
    *("kilobytes", "megabytes", "gigabytes", "terabytes", "petabytes"),
}
_VOLUME_CHANGE_AFTER = re.compile(
    r"(?i:[^.;\n\d]{0,30}?\b(?:down|up)[ \t]+from\b|[ \t]*(?:\u2192|->|=>)|"
    r"[^.;\n\d]{0,15}?\b(?:vs\.?|versus|than|instead[ \t]+of|smaller|less|lighter|"
    r"leaner|saved|freed)\b)"
)


_VOLUME_GAIN_BEFORE = re.compile(
    r"(?i:\b(?:preserv\w*|reclaim\w*|recover\w*|releas\w*|free[ds]?|freeing|sav\w*|"
    r"compress\w*|dedup\w*|trimm\w*|shaved?|"
    # data moved is the work's size, as the contract says: "moved 40 TB of training data"
    r"mov(?:ed|ing)|migrat\w*|transferr\w*|replicat\w*|backfill\w*)\b[^.;\n]{0,30}$)"
)
_TO_SIGN_BEFORE = re.compile(r"(?i:\b(?:to|under|below|from|by)[ \t]*[<~\u2248][ \t]*$)")


# "bought 120 scanners at around 300 dollars each": a unit price paid, not a result
_CURRENCY_WORDS = frozenset({"dollars", "euros", "pounds"})
_EACH_PRICE_AFTER = re.compile(
    r"(?i:[ \t]+(?:each|apiece|a[ \t]+(?:piece|unit|seat|licen[cs]e)|"
    r"per[ \t]+(?:unit|piece|device|seat|licen[cs]e))\b)"
)
_BOUGHT_BEFORE = re.compile(
    r"(?i:\b(?:bought|buy\w*|purchas\w*|paid|pay\w*|order(?:ed|ing)|procur\w*|spent|"
    r"cost\w*|priced)\b[^.;\n]{0,60}$)"
)


def _price_or_unit(c: Candidate, stop: int) -> Decision:
    """A unit; money named in words and paid for each thing bought is a price."""
    if (
        c.token in _CURRENCY_WORDS
        and _EACH_PRICE_AFTER.match(c.text, stop, c.limit)
        and c.before(_BOUGHT_BEFORE, 80)
        and not _changed_before(c)
    ):
        return Decision(Reason.SPEND, stop)
    return Decision(Reason.UNIT, stop)


def _data_size(c: Candidate, stop: int) -> Decision:
    """An amount of memory or data: a machine's memory ('A100 80GB', '64 GB build
    agents', '3-node Redis, 64GB each') is hardware; data with no change, saving or rate
    ('~2TB of parquet shards') is a size; the rest are results ('freed 200 GB')."""
    gained = c.before(_VOLUME_GAIN_BEFORE, 40)
    if (
        c.token in _MEMORY_UNITS
        and not gained
        and (
            c.before(_HARDWARE_BEFORE, 24)
            or _MACHINE_AFTER.match(c.text, stop, c.limit)
            or (
                _EACH_MACHINE_AFTER.match(c.text, stop, c.limit)
                and not c.before(_CHANGE_VERB_BEFORE, 60)
            )
        )
    ):
        return Decision(Reason.SETTING, stop)
    if not gained and _volume_alone(c, stop):
        return Decision(Reason.INPUT_SIZE, stop)
    return Decision(Reason.UNIT, stop)


def _volume_alone(c: Candidate, stop: int) -> bool:
    """An amount of data with no change, saving or rate."""
    return not (
        _changed_before(c)
        or c.before(_TO_SIGN_BEFORE, 16)  # "went to <1 MB"
        or _saving_before(c)
        or _ARROW_BEFORE.search(c.text, max(0, c.start - 4), c.start)
        or _VOLUME_CHANGE_AFTER.match(c.text, stop, c.limit)
        or _RATE_SOON.match(c.text, stop, c.limit)
        or "/" in c.token
    )


def _star_rating(c: Candidate) -> Decision | None:
    """'a 4.6+ star rating', 'a 4.4+ lifetime rating' are results; 'a 5-star hotel' is
    not."""
    if c.token == "star":
        rating = _RATING_AFTER.match(c.text, c.unit_stop, c.limit)
        return Decision(Reason.UNIT, rating.end()) if rating is not None else None
    if "." in c.num and not (c.spelled or c.mag) and c.num[:1] in "12345" and len(c.num) <= 4:
        rating = _RATING_SOON.match(c.text, c.end, c.limit)
        if rating is not None:
            return Decision(Reason.UNIT, rating.end())
    return None


_RATING_AFTER = re.compile(
    r"(?i:[ \t]+(?:app[ \t]+(?:store[ \t]+)?)?(?:rating|average|reviews?)\b)"
)
_RATING_SOON = re.compile(r"(?i:\+?(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:star[ \t]+)?rating\b)")


def label(c: Candidate) -> Decision | None:
    """After a product, version or label word: Python 3, SOC 2, tier 1."""
    if c.spelled:
        return None
    if c.prev in _VERSION_WORDS:
        return Decision(Reason.VERSION)
    if c.prev in _LABEL_WORDS:
        if c.prev == "top" and _FINALIST_AFTER.match(c.text, c.end, c.limit):
            return Decision(Reason.RANK)  # "Hackathon Top 10 Finalist": a place won
        return Decision(Reason.LABEL)
    return None


_FINALIST_AFTER = re.compile(
    r"(?i:[ \t]*(?:finalists?|finish|placement|place|ranking|team|teams|entr(?:y|ies))\b)"
)


def model_size(c: Candidate) -> Decision | None:
    """'7B parameters', 'a 70B model', or a bare '8B' after a model name."""
    if c.token in _MODEL_SIZE and (c.mag or c.token not in ("model", "models")):
        return Decision(Reason.MODEL_SIZE, c.unit_stop)  # "deployed 3 models": a count
    if (
        c.mag == "B"
        and not c.cur
        and c.token not in _COUNT_NOUNS
        and c.token not in _ADOPTERS
        and c.token not in _COUNT_ADJECTIVES  # "1B+ daily events": a scale
    ):
        return Decision(Reason.MODEL_SIZE)  # "Llama 3 8B": a size, not a scale
    return None


_COUNT_HEDGES = _HEDGES | {"over", "almost", "than"}
_YEAR_PREPOSITIONS = frozenset({"in", "since", "by", "from", "until", "till", "circa", "of"})
_PLURAL_SOON = re.compile(r"(?:[ \t]+[A-Za-z][\w-]*)?[ \t]+[a-z]{2,}s\b")  # "Linux systems"


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
        and c.text[c.end : c.end + 1] != "+"  # "reached 2000+ students": a count, no year
        # "deployed on over 2000 Linux systems": a hedged count of things
        and not (
            c.prev in _COUNT_HEDGES
            and _PLURAL_SOON.match(c.text, c.end, c.limit)
            and _prev_word(c.text, c.start - len(c.prev) - 1) not in _YEAR_PREPOSITIONS
        )
    ):
        return Decision(Reason.YEAR)
    if _MONTHS.fullmatch(c.prev or "-") or (c.next and _MONTHS.fullmatch(c.next.group("tok"))):
        return Decision(Reason.MONTH_DATE)
    return None


_PERSON_TIME_AFTER = re.compile(
    # not "30,000 people a month": a rate of people
    r"(?:[- \t](?!(?:a|an|per|each|every)\b)[a-z]+)?[- \t](?:hours?|hrs?|h|days?|weeks?|months?|"
    r"years?)\b"
)
# "estimated at around a thousand engineer hours", "Project effort: 14 person-months"
_ESTIMATE_BEFORE = re.compile(
    # "dropped by, we estimated, about 6 engineer-hours": a hedge on a measure, not a plan
    r"(?i:\b(?:estimat\w*(?![ \t]*,)|budget\w*|plann\w*|scop\w*)\b[^.;\n]{0,30}$"
    r"|\best\.[ \t]*(?:~[ \t]*|about[ \t]+|around[ \t]+)?$"  # "est. 40 dev-hours/quarter"
    r"|\beffort[ \t]*(?::|was\b|is\b|of\b)[^.;\n]{0,20}$"
    # "it was a big effort, like six engineer-months"
    r"|\beffort[ \t]*,?[ \t]+(?:(?:about|around|roughly|like|maybe|some)[ \t]+|~[ \t]*)?$)"
)
# "saved 2 FTE", "freed up 3 engineers", "the equivalent of 4 analysts"
_SAVING_PEOPLE = re.compile(
    r"(?i:\b(?:sav(?:e|ed|es|ing)|free(?:d|s|ing)?(?:[ \t]+up)?|eliminat\w*|reclaim\w*|shav\w*|"
    r"returned|(?:gave|give|gives|giving)(?:[ \t]+[\w-]+){0,3}?[ \t]+back|equivalent[ \t]+of|"
    r"worth[ \t]+of|"
    # "HR no longer spends 2 days a month on ...", "replaced ~2 days of manual regression"
    r"no[ \t]+longer[ \t]+(?:spends?|needs?|takes?|loses?)|replac(?:ed|es|ing)|"
    # "did the work of 4 analysts" ("monitored the work of 3 interns" watched them)
    r"(?<!monitored the )(?<!reviewed the )(?<!supervised the )(?<!checked the )work[ \t]+of)\b"
    r"(?:[^.;\n]|(?<=approx)\.){0,35}$)"  # "saved approx. 1.5 FTE"
)
# Every match of _SAVING_PEOPLE holds one of these, lowercased (in ASCII text, where
# case-blind matching is lowercasing).
_SAVING_STEMS = (
    *("sav", "free", "eliminat", "reclaim", "returned", "gave", "giv", "equivalent", "worth"),
    *("work", "shav", "longer", "replac"),
)


# After a saving verb, people or their hours named past a word or three of role or kind:
# "save 3 ops FTE", "saves ~10 on-call hours a week", "freeing ~20 actuary-hours",
# "freed up one full-time QA engineer"
_SAVED_STAFF_AFTER = re.compile(
    r"(?i:(?:[ \t]*[\w]+(?:[- \t]+|(?=-)-)){0,3}?[ \t]*"
    r"(?:ftes?|hours|hrs|days|weeks|engineers?|analysts?|people|persons?|developers?|"
    r"testers?|agents?|reviewers?|staff)\b"
    # whole people of any role: "freed up two full-time adjusters", "two full-time
    # paralegals' worth"
    r"|[ \t]+full[- ]time[ \t]+[a-z]+s\b)"
)


# The verbs of saving proper, for people named past a word of role: "the work of two
# junior engineers" is whose work someone watched.
_SAVED_VERB_BEFORE = re.compile(
    r"(?i:\b(?:sav(?:e|ed|es|ing)|free(?:d|s|ing)?(?:[ \t]+up)?|reclaim\w*)\b[^.;\n]{0,30}$)"
)


def _saved_staff(c: Candidate) -> re.Match[str] | None:
    """People or their hours saved, named past a word or three of role: '3 ops FTE'."""
    if c.token.split("/")[0] in _ANY_TIME or not _found_before(
        c.text, c.start, 40, _SAVED_VERB_BEFORE, ("sav", "free", "reclaim")
    ):
        return None  # a bare time ("saved 3 weeks", "300 hours/yr") is duration's or rate's
    return _SAVED_STAFF_AFTER.match(c.text, c.end, c.limit)


def _fte_cut(c: Candidate) -> bool:
    """FTE a change verb took away: "reduced manual QA effort by 3 FTEs", "reducing branch
    data entry by ~1.5 FTE per branch"."""
    return (
        c.token in ("fte", "ftes")
        and _unhedged_prev(c.text, c.start, c.prev) == "by"
        and c.before(_CHANGE_VERB_BEFORE, 60)
    )


def _saving_before(c: Candidate) -> bool:
    """c.before(_SAVING_PEOPLE, 40)."""
    return _found_before(c.text, c.start, 40, _SAVING_PEOPLE, _SAVING_STEMS)


def person_time(c: Candidate) -> Decision | None:
    """Person-time: '40 engineer-hours', '120 analyst hours', '2 FTE' saved. Hours
    spent ('spent 200 person-hours') are effort."""
    # "40 engineer-hours"; "freed up two people" (a word for people, saved whole) reads on
    found = (
        _PERSON_TIME_AFTER.match(c.text, c.unit_stop, c.limit)
        if c.token in _PERSON_WORDS
        # "2 pathologist-days", "12 tester-hours", "~60 on-call hours"
        else _ROLE_TIME_AFTER.match(c.text, c.end, c.limit)
        if c.token.isalpha() and c.token not in _ANY_TIME
        else None
    )
    staff = _saved_staff(c) if found is None else None
    if (
        found is None
        and not (
            (c.token in ("fte", "ftes", "headcount") or c.token in _TEAM_NOUNS)
            and (
                _saving_before(c)
                # "1.5 FTE freed up", "2 FTE redeployed", "~3 FTE of manual matching removed"
                or (
                    c.token in ("fte", "ftes")
                    and _FTE_SAVED_AFTER.match(c.text, c.unit_stop, c.limit)
                )
                or (c.token in ("fte", "ftes") and c.before(_REMOVED_BEFORE, 40))
                or (c.before(_TOOK_BEFORE, 30) and _OFF_AFTER.match(c.text, c.unit_stop, c.limit))
                or (c.before(_GOT_BEFORE, 30) and _BACK_AFTER.match(c.text, c.unit_stop, c.limit))
            )
        )
        and staff is None
        and not _fte_cut(c)
    ):
        return None
    if _fte_cut(c):
        return Decision(Reason.PERSON_TIME, c.unit_stop)  # "cut support effort by ~2 FTE"
    stop = found.end() if found else c.unit_stop
    if found is None and staff is not None:
        stop = max(stop, staff.end())
    if (
        _effort_nearer(c)
        # "6 engineer-months of work" ("took 1.5 FTE of work off the team" hands it back)
        or (
            _ESTIMATE_AFTER.match(c.text, stop, c.limit)
            and not _OFF_AFTER.match(c.text, stop, c.limit)
        )
        # "6 engineer-months migrating Jenkins": the time a job took
        or (_DOING_AFTER.match(c.text, stop, c.limit) and not _saving_before(c))
        or (c.before(_ESTIMATE_BEFORE, 50) and not _saving_before(c))
        # "the rebuild took us about four engineer-months" ("took ten hours a week off" saves)
        or (
            c.before(_TOOK_BEFORE, 50)
            and not _OFF_AFTER.match(c.text, stop, c.limit)
            and not _saving_before(c)
        )
    ):
        return Decision(Reason.EFFORT, stop)
    if found is not None and c.token not in _PERSON_WORDS:
        # a role's time ("12 tester-hours") counts only when saved, never on its own
        if not _person_time_saved(c, stop, period=False):
            return None
    elif found is not None and (
        not _person_time_saved(c, stop)
        # "12 tester-hours on regression every release": time spent on a job
        or (
            _ON_JOB_AFTER.match(c.text, stop, c.limit)
            and not _person_time_saved(c, stop, period=False)
        )
    ):
        # "something like eight engineer-months between three of us": the size of a job
        return Decision(Reason.EFFORT, stop)
    return Decision(Reason.PERSON_TIME, stop)


_ROLE_TIME_AFTER = re.compile(
    # a role, not a count: "a 38k two-week A/B test" has none
    r"(?i:[ \t]*(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|few|"
    r"several|multi|full|part)-)(?:[a-z]+-)?[a-z]+-(?:hours?|hrs?|days?|weeks?|months?)\b"
    r"|[ \t]+on-?call[ \t]+(?:hours?|hrs?|days?)\b)"
)
_FTE_SAVED_AFTER = re.compile(
    r"(?i:(?:[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:work|time|effort|review|matching|checking|"
    r"toil|labou?r))?[^.;\n]{0,20}?\b(?:saved|freed|off|back|redeployed|removed|reallocated|"
    r"returned|released|reassigned|no[ \t]+longer[ \t]+needed)\b)"
)
# Person-time that recurs is time saved: "40 engineer-hours a week", "~2 analyst-days per
# release" (handed back, "800 analyst hours back", is _SAVED_WORD_AFTER's)
_PERIOD_AFTER = re.compile(
    r"(?i:[^.;\n]{0,30}?\b(?:a[ \t]+(?:week|month|year|quarter|day|sprint)|per[ \t]+\w+|"
    r"each[ \t]+\w+|every[ \t]+\w+|weekly|monthly|annually|yearly|quarterly|daily)\b"
    r"|[^.;\n]{0,3}/[ \t]?[a-z]+)"
)


_ON_JOB_AFTER = re.compile(r"(?i:[ \t]+on[ \t]+(?!call\b|-call\b))")
_SAVED_WORD_AFTER = re.compile(
    r"(?i:[^.;\n]{0,30}?\b(?:saved|freed|back|reclaimed|returned|less|fewer|avoided|off)\b)"
)


def _person_time_saved(c: Candidate, stop: int, *, period: bool = True) -> bool:
    """Whether person-time (N engineer-hours) is time saved: a saving, a change or an
    automation before it, or a saving (or, with `period`, a period) after it."""
    return (
        _saving_before(c)
        or c.before(_REMOVED_BEFORE, 40)
        or c.before(_CHANGE_VERB_BEFORE, 60)
        or c.before(_CHANGE_BEFORE)
        or c.before(_USED_TO_BEFORE, 50)  # "used to eat about 200 analyst-hours"
        or _SAVED_WORD_AFTER.match(c.text, stop, c.limit) is not None
        or (period and _PERIOD_AFTER.match(c.text, stop, c.limit) is not None)
    )


_USED_TO_BEFORE = re.compile(r"(?i:\bused[ \t]+to\b[^.;\n]{0,40}$)")


def _effort_nearer(c: Candidate) -> bool:
    """A word of effort in the number's clause, with no saving between it and the number
    ('we worked out it saved the team about 5 person-hours a week' saves)."""
    if not _cue_in_clause(c, _EFFORT, commas=True):
        return False
    if not _saving_before(c):
        return True
    cue_end = (c._marks or _marks(c)).last_before(_EFFORT, max(0, c.start - 80), c.start)
    saving = _SAVING_PEOPLE.search(c.text, max(0, c.start - 40), c.start)
    return saving is None or cue_end is None or cue_end > saving.start()


# "we got roughly two FTE of manual review back": people's time handed back
_GOT_BEFORE = re.compile(r"(?i:\b(?:got|get|gets|getting|gave|give|gives|giving)\b[^.;\n]{0,25}$)")
_BACK_AFTER = re.compile(r"(?i:(?:[ \t]+of)?(?:[ \t]+[\w-]+){0,3}?[ \t]+back\b)")
# "took us about six months and maybe four hundred engineer hours"
_TOOK_BEFORE = re.compile(r"(?i:\b(?:took|take|takes|taking)\b[^.;\n]{0,45}$)")
# "took 15 engineer-hours a week of ad-hoc backfill requests off the data eng team"
# ("it took us 6 engineer-months to migrate off Jenkins": a move off a tool, not time given
# back, so the words before "off" hold no verb of moving)
_OFF_AFTER = re.compile(
    r"(?i:(?:(?!\b(?:migrat|mov|switch|port|transition)\w*[ \t]+(?:away|off)\b)[^.;\n]){0,50}?"
    r"\b(?:off|away|back)\b)"
)
# "removed ~1.5 FTE of manual review", "replaced roughly 2 FTE of label checking"
_REMOVED_BEFORE = re.compile(r"(?i:\b(?:remov|replac|automat)\w*\b[^.;\n\d]{0,25}$)")
# "6 engineer-months of effort estimated": the size of the work, not time saved
_ESTIMATE_AFTER = re.compile(
    r"(?i:[ \t]+(?:of[ \t]+(?:effort|work)|estimated|(?:were[ \t]+|was[ \t]+)?budgeted|"
    r"(?<=months)[ \t,]+which|"
    r"went[ \t]+into|project|programme|program|effort|initiative|migration|rewrite)\b)"
)


_WORDS_AFTER = re.compile(r"(?:\+|-odd|-plus|-some)?(?:[ \t]+[\w&'.-]+){1,4}")
_USE_AFTER = re.compile(
    r"(?i:[^.;\n]{0,30}?\b(?:use|uses|using|used|rely|relies|relied|depend|depends|adopted|"
    r"query|queries|open|opens|visit|visits)\b)"
)


_BY_ABOUT = re.compile(
    r"(?i:\bby[ \t]+(?:roughly|about|around|nearly|almost|over|some|more[ \t]+than|all|~|"
    r"something[ \t]+like|like|maybe|approximately"
    # "used daily by the paper's ~180 editors"
    r"|the[ \t]+[\w-]+(?:'s|\u2019s)[ \t]*(?:~|about|around|over)?)"
    r"[ \t]*$)"
)


# Whom or what a person looked after: the scope of the job, not a result ("support roughly
# 150 accounts in EMEA", "managed a book of 65 SMB accounts", "covered around 200 customers")
_LOOKED_AFTER_BEFORE = re.compile(
    r"(?i:\b(?:look(?:ed|s|ing)?[ \t]+after|cover(?:ed|s|ing)?|a[ \t]+book[ \t]+of|"
    r"account[ \t]+manager[ \t]+for|named[ \t]+contact[ \t]+for|i[ \t]+support|we[ \t]+support)"
    r"[ \t]+(?:(?:about|around|roughly|some|between|maybe|over|~)[ \t]*)?$)"
)


def reach(c: Candidate) -> Decision | None:
    """People or organisations who use a thing built: 'adopted by 120 analysts', 'used
    by 40 hospitals', 'serves 600+ store managers', '30 hospitals rely on it'. Without a
    word of use nearby, '5 data scientists' is a team (the next stage). Whom a person
    looked after is the job's scope."""
    if c.before(_LOOKED_AFTER_BEFORE, 50) or _found_before(
        c.text, c.start, 80, _SCOPE_WITH, _SCOPE_STEMS
    ):
        # "looked after about 150 accounts", "on-call for a platform serving 8 million"
        return Decision(Reason.BASELINE, c.unit_stop)
    if _found_before(c.text, c.start, 60, _SUPPORTED_BEFORE, _SUPPORTED_STEMS) and (
        staff := _STAFF_OR_ORGS_SOON.match(c.text, c.end, c.limit)
    ):
        return Decision(Reason.BASELINE, staff.end())  # "supported 20 property agencies"
    if _found_before(c.text, c.start, 80, _PERSON_SUPPORTED_BEFORE, ("support",)) and (
        users := _STAFF_OR_ORGS_SOON.match(c.text, c.end, c.limit)
        or _USERS_SOON.match(c.text, c.end, c.limit)
        or _SITES_SOON.match(c.text, c.end, c.limit)
    ):
        return Decision(Reason.BASELINE, users.end())  # "Supported 200+ internal users"
    return _reach(c)


# Whom a person supported or trained is the job's scope, not the reach of a thing built:
# "Supported 3 logistics clients", "point of contact for 3 state governments", "embedded
# data engineer for 3 product squads"
_SUPPORTED_BEFORE = re.compile(
    r"(?i:\b(?:supported|point[ \t]+of[ \t]+contact[ \t]+for|"
    r"embedded[ \t]+(?:[\w-]+[ \t]+){0,3}?for|partnered[ \t]+with|"
    r"(?:main|primary|first)[ \t]+contact[ \t]+for|"
    r"looked[ \t]+after[ \t]+(?:the[ \t]+)?relationships?[ \t]+with)[ \t]+"
    r"(?:(?:about|around|roughly|some|over|maybe|~)[ \t]*)?$)"
)
# The person supporting, told first, whoever they supported: "Supported 200+ internal
# users", "I supported the analytics platform for, I'd say, around three hundred users"
# ("the platform supported 2M users" is the platform's reach)
_PERSON_SUPPORTED_BEFORE = re.compile(
    r"(?i:(?:^|[\n.;:\u2022-][ \t]*|\b(?:i|we)[ \t]+(?:(?:was|were|mostly|mainly|also|"
    r"primarily)[ \t]+)?)support(?:ed|ing)\b[^.;\n\d]{0,60}?"
    r"(?:\bfor|\bin)?[ \t,]*(?:(?:i'd[ \t]+say|i[ \t]+think),?[ \t]+)?"
    r"(?:(?:about|around|roughly|some|over|maybe|like|~)[ \t]*)?$)"
)
_USERS_SOON = re.compile(
    r"(?i:\+?(?:[ \t]+or[ \t]+so)?(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:users|analysts|customers)\b)"
)
# The places a person supported: "Supported 40+ warehouse sites during the WMS rollout",
# "I supported about 40 factories" ("the platform supported 40 hospitals" is reach)
_SITES_SOON = re.compile(
    r"(?i:\+?(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:sites|factories|plants|stores|branches|"
    r"warehouses|depots|mines|offices|clinics|schools|hospitals|locations|outlets|companies|"
    r"groups|universities|colleges|institutions|organi[sz]ations|firms|practices)\b)"
)
# Every match of _SUPPORTED_BEFORE holds one of these, lowercased.
_SUPPORTED_STEMS = ("supported", "contact", "embedded", "partnered", "relationship")
_STAFF_OR_ORGS_SOON = re.compile(
    r"(?i:\+?(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:clients|tenants|agencies|governments|squads|teams|"
    r"partners|accounts|merchants|staff|employees|colleagues|agents|nurses|engineers|analysts|"
    r"developers|hires|interns|departments|studios|units|banks|labs|operators|managers|"
    r"pharmacies|officers)\b)"
)


def _reach(c: Candidate) -> Decision | None:
    if (
        c.num.lower() == "one"
        or (c.scan.eligible() and _no_reach(c.text, c.scan, c.start, c.prev))
        or c.before(_PLACE_OF, 40)  # "served a country of 50 million people": its size
    ):
        return None
    first = _reach_told_first(c)
    if first is not None:
        return Decision(Reason.REACH, first)
    if not _marks(c).spans(_ADOPTION_NEAR)[0]:
        return _use_told_after(c)  # no word of use but maybe one after the people
    if _team_or_source(c):
        return None
    used_before = c.prev in _ADOPTION or _cue_in_clause(c, _ADOPTION_NEAR, width=70)
    if used_before and _FUTURE_USE.search(c.text, max(0, c.start - 50), c.start):
        return Decision(Reason.INTENT)  # "will be used by thousands of stores": a hope
    if used_before and (c.prev == "by" or c.before(_BY_ABOUT, 24)):
        return Decision(Reason.REACH)  # "used by 40 hospitals", "relied on by roughly 90"
    stop = _adopter_after(c) or (c.unit_stop if used_before and c.token in _PEOPLE else None)
    if stop is not None and (used_before or _USE_AFTER.match(c.text, stop, c.limit)):
        return Decision(Reason.REACH, stop)
    return _use_told_after(c)


_TEAM_GREW_BEFORE = re.compile(r"(?i:\b(?:team|squad|headcount|org)\b[^.;\n]{0,40}$)")
# Growth told by where it got to: "it got to 8k+ members", "grew to 40 clinics"
_GREW_TO_BEFORE = re.compile(
    r"(?i:\b(?:got|grew|grown|climbed|went|growing|getting)"
    # "Grew the project's Discord to 12k+ members"
    r"(?:[ \t]+(?:the|our|its|my|their)(?:[ \t]+[\w'\u2019-]+){1,3}?)?"
    r"[ \t]+(?:up[ \t]+)?to[ \t]+" + _ABOUT + r"$)"
)


def _reach_told_first(c: Candidate) -> int | None:
    """Where the people reached end, when the reach is told before them: 'it got to 8k+
    members in the first quarter', 'in use at 25 partner airlines'. Whom a thing was
    built for is not its reach ('built a sales dashboard for 12 regional managers'): no
    word says they use it."""
    if c.before(_GREW_TO_BEFORE, 50) and not c.before(_TEAM_GREW_BEFORE, 60):
        return _people_end(c)  # not "a 6-person team that grew to 15 people"
    if c.before(_IN_USE_AT, 24):
        return _adopter_after(c)  # "in use at 25 partner airlines' websites"
    return None


_IN_USE_AT = re.compile(
    r"(?i:\bin[ \t]+(?:daily[ \t]+)?use[ \t]+(?:at|in|across|by)[ \t]+" + _ABOUT + r"$)"
)


def _adopter_second(text: str, stop: int, limit: int) -> bool:
    """An adopter as the second word after a number ('1.2M new members'), which
    _people_end reads: the fast path leaves such a number to the stages."""
    after = _NEXT2.match(text, stop, limit)
    return after is not None and after.group("tok").lower() in _ADOPTERS


def _use_told_after(c: Candidate) -> Decision | None:
    """Reach told by the people or readers themselves: '70 analysts query it daily',
    'about 60 of them use it', 'read by 2.3M people'."""
    stop = _people_end(c)
    if stop is not None and _TOLD_USE_AFTER.match(c.text, stop, c.limit) and not _team_or_source(c):
        return Decision(Reason.REACH, stop)
    # any plural noun that uses the thing, told with a pronoun: "38 inns use it every day",
    # "2,300 enumerators using it", "3,000 tax agents were relying on it"
    plural = _PLURAL_THEN_USE_IT.match(c.text, c.end, c.limit)
    if (
        plural is not None
        and plural.group("noun").lower() not in _SYSTEM_NOUNS
        and not _team_or_source(c)
    ):
        return Decision(Reason.REACH, plural.end("noun"))
    signed = _PLURAL_SIGNED_UP.match(c.text, c.end, c.limit)
    if (
        signed is not None
        and signed.group("noun").lower() not in _SYSTEM_NOUNS
        and not _team_or_source(c)
    ):
        return Decision(Reason.REACH, signed.end("noun"))  # "1,800 tutors signed up"
    them = _OF_THEM_USE.match(c.text, c.end, c.limit)
    if them is not None and not _ADOPTERS.isdisjoint(_marks(c).words()):
        return Decision(Reason.REACH, them.end())
    if (c.token in _ADOPTERS or c.token in _TOLD_USE_TOKENS) and c.before(_READ_BY, 30):
        return Decision(Reason.REACH, c.unit_stop)
    return None


_TOLD_USE_TOKENS = frozenset({"people", "persons", "readers", "of"})
# Software that uses a thing is not its reach in people: "3 services use it for auth"
_SYSTEM_NOUNS = frozenset(
    {"services", "microservices", "apps", "applications", "systems", "modules", "components"}
    | {"libraries", "repos", "repositories", "pipelines", "jobs", "dags", "scripts", "tests"}
    | {"functions", "endpoints", "apis", "projects", "notebooks", "models", "packages", "tools"}
)
# What a plural noun does with "it": "38 inns use it", "80 supervisors open it every
# morning", "30 clinics taking bookings through it"
_USES_OF_IT = (
    *("use", "used", "using", "rely on", "relying on", "relied on", "depend on", "open"),
    *("opened", "opening", "book through", "have", "had", "connected to", "connect to"),
    *("check in with", "checking in with", "checked in with", "run", "runs", "ran"),
    *("embed", "embeds", "embedded"),
)
# A plural noun after a number, and where they are: "30 properties in Tennessee and
# Georgia", "2,400 guides"
_PLURAL_AND_PLACE = (
    r"\+?(?:[ \t]+[a-z][\w-]*){0,2}?[ \t]+(?P<noun>[a-z][a-z-]{1,}s|people)"
    r"(?:[ \t]+(?:in|across|around|at|from)[ \t]+(?:[\w'-]+[ \t]+){0,3}?[\w'-]+)?"
)
_PLURAL_THEN_USE_IT = re.compile(
    r"(?i:" + _PLURAL_AND_PLACE + r"(?:[ \t]+(?:who|that))?"  # "600 pupils who now use it daily"
    r"(?:[ \t]+(?:now|still|actively|all|regularly|already))?"
    r"(?:[ \t]+(?:were|are|have|had|has))?[ \t]+"
    # "23 clinics take their appointments through it", "70 schools run their term
    # reminders through it", "70 clinics submit through it daily"
    r"(?:[a-z]+[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:through|via)|"
    # "5,000 teachers were taking attendance with it", "11 product teams ship with it"
    r"(?:ship|ships|shipping|taking|take|takes|marking|mark|marks|running|runs|run|recording|"
    r"record|records|logging|booking|filing|submitting|paying|ordering)"
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:with|on)|"
    + "|".join(use.replace(" ", r"[ \t]+") for use in _USES_OF_IT)
    + r")[ \t]+(?:it|them)\b)"
)
# Any plural noun that joined of its own accord: "2,400 guides signed up", "1,800 tutors
# in the north registered"
_PLURAL_SIGNED_UP = re.compile(
    r"(?i:" + _PLURAL_AND_PLACE + r"(?:[ \t]+(?:have|had|has))?[ \t]+"
    r"(?:signed[ \t]+up|registered|enrolled)\b)"
)
# Every match of _PLURAL_SIGNED_UP holds one of these words: the reach prefilter's test.
_SIGNED_UP_WORDS = frozenset({"signed", "registered", "enrolled"})
# Every match of _PLURAL_THEN_USE_IT holds one of these words: the reach prefilter's test.
_USE_IT_WORDS = frozenset(
    {use.split()[0] for use in _USES_OF_IT} | {"through", "via", "with", "on"}
)
_PEOPLE = frozenset({"people", "persons", "folks", "staff", "colleagues", "employees"})


def _people_end(c: Candidate) -> int | None:
    """Where the people counted end: '45 managers', '45 regional managers', '300 people'."""
    if c.token in _ADOPTERS or c.token in _PEOPLE:
        return c.unit_stop
    after = _NEXT2.match(c.text, c.unit_stop, c.limit)
    if after is not None and after.group("tok").lower() in _ADOPTERS:
        return after.end()
    return None


# What the people counted did with the thing built, told after them: "70 analysts query it
# every day", "300 people across finance use it", "three banks signed up for the pilot".
# Words of use that are not words of use everywhere ("a slow query", "open source") are
# after the people who do them; and "8 people use Go" is a team's stack, so a word of use
# needs "it" or "them" after it.
_TOLD_USE_AFTER = re.compile(
    r"(?i:(?:[ \t]+(?:across|in|at|from|on)[ \t]+(?:[\w&'-]+[ \t]+){0,3}?[\w&'-]+)?"
    r"(?:[ \t]+(?:who|that))?(?:[ \t]+(?:now|still|actively|all|regularly|already|actually))?"
    r"[ \t]+(?:(?:query|queries|open|opens|opened|visit|visits|read|reads|check|checks|"
    r"log[ \t]+into|"
    r"look[ \t]+at|looks[ \t]+at)[ \t]+"
    r"(?:it|them|this|that|the|every|each|daily|weekly|monthly|regularly)\b|"
    r"(?:use|uses|rely[ \t]+on|relies[ \t]+on)[ \t]+(?:it|them)\b|"
    # "2,000 indie studios have downloaded it"
    r"(?:(?:have|has|had)[ \t]+)?(?:downloaded|installed|adopted|forked)[ \t]+(?:it|them)\b|"
    r"(?:build|builds|run|runs|ran|depend|depends)[ \t]+(?:[\w-]+[ \t]+){0,2}?on[ \t]+"
    r"(?:it|them)\b|"
    r"integrated\b|onboarded\b|signed[ \t]+up\b|went[ \t]+live\b|"
    r"(?:embed|embeds|embedded)[ \t]+(?:it|them|on|in)\b|"
    # a use told with how often: "6,500 farmers log their milk deliveries daily"
    r"(?:log|logs|book|books|order|orders|submit|submits|check|checks|file|files|record|"
    r"records|pay|pays|report|reports)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:daily|weekly|"
    r"every[ \t]+(?:day|week|morning|shift|month))\b|"
    # "11 NGOs in Uganda were using the SMS reporting tool"
    r"(?:were|are)[ \t]+using[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:tool|app|platform|portal|"
    r"bot|system|service|product)\b|"
    r"(?:have|had)[ \t]+(?:signed[ \t]+up|gone[ \t]+live|switched[ \t]+over)\b|"
    r"switched[ \t]+over\b|came[ \t]+on[ \t]*board\b|"
    # an event's reach: "over 150 people participated", "300 students attended"
    r"participated\b|attended\b|enrolled\b|registered\b|took[ \t]+part\b)"
    # the people told to use it later in the sentence: "Trained 120 pharmacists on the new
    # dispensing module, which they now use every shift"
    r"|[^.;\n]{0,60}?,[ \t]*(?:which|that)[ \t]+they[ \t]+(?:now[ \t]+|all[ \t]+|still[ \t]+)?"
    r"(?:use|rely[ \t]+on|open)\b)"
)
_READ_BY = re.compile(
    r"(?i:\b(?:read|viewed|watched|seen|played|streamed|downloaded|visited|opened|queried|"
    r"completed|submitted|filled[ \t]+in)"
    r"[ \t]+by[ \t]+(?:about[ \t]+|around[ \t]+|over[ \t]+|more[ \t]+than[ \t]+|some[ \t]+|~)?$)"
)


# People counted back by a pronoun, then a word of use of the thing built: "about 60 of
# them use it" (not "3 of them use Go": what a team works with).
_OF_THEM_USE = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:them|those)[ \t]+(?:\w+[ \t]+)?(?:(?:use|uses|used|using|open|opens|"
    r"opened|query|queries|rely[ \t]+on|relies[ \t]+on|visit|visits|log[ \t]+into)[ \t]+it|"
    # "118 of them log in weekly"
    r"log[ \t]+in[ \t]+(?:daily|weekly|monthly|every[ \t]+(?:day|week|month))|"
    r"(?:went|have[ \t]+gone)[ \t]+live)\b)"
)


_HIRED_BEFORE = re.compile(r"(?i:\b(?:hired|hiring|recruited|recruiting)\b[^.;\n\d]{0,25}$)")
_FUTURE_USE = re.compile(
    r"(?i:\b(?:will|(?:going|is|are|planned|scheduled|due)?[ \t]*to[ \t]+be)[ \t]+"
    r"(?:be[ \t]+|soon[ \t]+)?(?:[\w-]+[ \t]+)?(?:used|adopted|rolled|serve|reach|relied|"
    r"available)\b[^.;\n]{0,30}$)"
)


def _team_or_source(c: Candidate) -> bool:
    """A team led or hired ('managed 5', 'hired and onboarded 4 developers'), or where
    data came from ('images from 6 warehouses'): not reach."""
    return (
        (c.prev in _TEAM_CUES and c.before(_TEAM_BEFORE))
        or c.prev == "from"
        or c.prev in _RESEARCHED_PREV
        or c.before(_HIRED_BEFORE, 40)
    )


def _adopter_after(c: Candidate) -> int | None:
    """Where the first of the four words after the number ends when it names people or
    organisations (_ADOPTERS), else None."""
    words = _WORDS_AFTER.match(c.text, c.end, c.limit)
    if words is None:
        return None
    stop = c.end
    for word in words.group(0).split():
        stop = c.text.index(word, stop) + len(word)
        low = word.lower().strip(".,;:'\u2019")
        if low in ("hidden", "the", "that", "which", "our", "their"):
            return None  # "256 hidden units"; "three screens the officers used": not theirs
        if low in _ADOPTERS:
            return stop
    return None


def _no_reach(text: str, scan: Scan, start: int, prev: str) -> bool:
    """True when reach cannot decide the number at start of an eligible answer: REACH
    needs 'by' just before or an adopter or a word for people among the words after
    (plain lowercase words, so words of the answer), and neither is here."""
    words = scan.words()
    return (
        _ADOPTERS.isdisjoint(words)
        and _PEOPLE.isdisjoint(words)
        and ("it" not in words or _USE_IT_WORDS.isdisjoint(words))  # "80 editors used it"
        and _SIGNED_UP_WORDS.isdisjoint(words)  # "2,400 guides signed up"
        and prev != "by"
        and "by" not in text[max(0, start - 24) : start].lower()
    )


def team(c: Candidate) -> Decision | None:
    """Team sizes: 12 engineers, a team of 12, managed 5."""
    if c.token in _TEAM_NOUNS and not (c.token == "reports" and c.before(_MADE_N_BEFORE, 24)):
        return Decision(Reason.TEAM_SIZE, c.unit_stop)
    if c.prev in _TEAM_CUES and c.before(_TEAM_BEFORE):
        return Decision(Reason.TEAM_SIZE)
    return None


# "1,000 hours of teaching": time given to an activity, not saved.
_ACTIVITY_AFTER = re.compile(
    r"(?i:[ \t]+(?:[\w&'-]+[ \t]+){0,3}?(?:course|bootcamp|certification)s?\b|"
    r"[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:volunteer\w*|teaching|tutoring|mentoring|"
    r"training|study|studying|coursework|courses?|practice|flight|community|lectures?|"
    r"classes|instruction|hands-on|lab)\b)"
)


# "shipped 2 weeks early", "shaved 3 days off the release": time gained
_SOONER_AFTER = re.compile(
    r"(?i:[ \t]+(?:early|earlier|sooner|faster|quicker|shorter|less|off|ahead)\b)"
)


# Hours of learning or billed work: "5 courses, ~60 hrs", "bootcamp ... roughly 600 hours",
# "Billable: 1,650 hrs in FY24" (none of it a result).
_LEARNING_WORDS = frozenset(
    {"course", "courses", "coursework", "bootcamp", "certification", "certificate", "mooc"}
    | {"specialisation", "specialization", "nanodegree", "study", "studied", "billable"}
)
_LEARNING_NEAR = re.compile(
    r"(?i:\b(?:courses?|coursework|bootcamp|certification|certificate|mooc|speciali[sz]ation|"
    r"nanodegree|self-study|studied|billable)\b)"
)
_HOURS = frozenset({"h", "hr", "hrs", "hour", "hours"})
# "maybe 600 hours in total", "~200 hours of on-call shifts", "Completed 120 hours of ..."
_TOTAL_AFTER = re.compile(
    r"(?i:[ \t]+(?:in[ \t]+total|total|all[ \t]+told|of[ \t]+(?:my|our|his|her)[ \t]+time|"
    r"of[ \t]+(?:work|effort|on-?call|shifts?|overtime|pairing|meetings?)\b))"
)
_PER_PERIOD_AFTER = re.compile(
    r"(?i:(?:[ \t]+of(?:[ \t]+[\w-]+){1,2}?)?[ \t]+(?:a|per|each|every)[ \t]+(?:day|week|month|"
    r"quarter|year|sprint|release|cycle)\b)"
)
_DID_HOURS_BEFORE = re.compile(
    r"(?i:\b(?:covered|completed|clocked|logged|did|done|pulled|racked[ \t]+up|put[ \t]+in)"
    r"[ \t]+(?:(?:about|around|roughly|over|some|nearly|~)[ \t]*)?$)"
)
# After these a number of hours is how long something takes, not effort put in
_TAKES_PREV = frozenset(
    {"in", "within", "under", "to", "takes", "took", "take", "down", "below", "than", "from"}
)


def _hours_put_in(c: Candidate, stop: int) -> bool:
    """Hours someone put in: 'I spent about four months, maybe 600 hours in total',
    'I put in, I'd guess, 400 hours', 'covered ~200 hours of on-call shifts'. Hours
    saved or changed are results."""
    if (
        _changed_before(c)
        or _saving_before(c)
        or _PER_PERIOD_AFTER.match(c.text, stop, c.limit)  # "alleviated 4 hours of work every week"
    ):
        return False
    if _TOTAL_AFTER.match(c.text, stop, c.limit) or c.before(_DID_HOURS_BEFORE, 30):
        return True
    if _unhedged_prev(c.text, c.start, c.prev) in _TAKES_PREV:
        return False
    if _many_hours_given(c, stop):
        return True  # "~500 hrs as PagerDuty primary", "~300 hrs of weekend work"
    # an effort cue earlier in the sentence, commas and "so" between allowed
    cue_end = (c._marks or _marks(c)).last_before(_EFFORT, max(0, c.start - 80), c.start)
    return cue_end is not None and _SENTENCE_END.search(c.text, cue_end, c.start) is None


_SENTENCE_END = re.compile(r"[.;!?\n](?!\d)")
# What hours saved or changed say after them: "400 hours of manual entry eliminated"
_HOURS_RESULT_AFTER = re.compile(
    r"(?i:[^.;\n]{0,60}?\b(?:saved|saving|freed|eliminated|removed|cut|off|back|less|fewer|"
    r"reduction|avoided|automated|down|shorter|faster|earlier|sooner)\b)"
)


def _many_hours_given(c: Candidate, stop: int) -> bool:
    """A hundred hours or more with no change, saving or metric near them: hours someone
    gave, not a result (an hour-long result is said with a change)."""
    value = _value(c.num)
    return (
        value is not None
        and value >= 100
        and not c.mag
        and not c.before(_CHANGE_VERB_BEFORE, 80)
        and not _HOURS_RESULT_AFTER.match(c.text, stop, c.limit)
        and not _metric_before(c)
    )


def _learning_hours(c: Candidate) -> bool:
    return (
        c.token in _HOURS
        and not _LEARNING_WORDS.isdisjoint((c._marks or _marks(c)).words())
        and _LEARNING_NEAR.search(c.text, max(0, c.start - 80), min(c.limit, c.unit_stop + 40))
        is not None
        and not _changed_before(c)
        and not _saving_before(c)
    )


def _changed_before(c: Candidate) -> bool:
    """A word of change just before the number ('cut ... to', 'from', 'by'): it is a
    value that changed, whatever its unit."""
    return c.before(_CHANGE_BEFORE) or c.before(_CHANGE_VERB_BEFORE, 60)


_COURSE_BEFORE = re.compile(
    r"(?i:\b(?:course|bootcamp|programme|program|certification|training|workshop)[ \t]+"
    r"(?:was|took|lasted|is|of)[ \t]+(?:about[ \t]+|around[ \t]+|roughly[ \t]+|~[ \t]*)?$)"
)
# Every match of _COURSE_BEFORE holds one of these, lowercased.
_COURSE_STEMS = ("course", "bootcamp", "program", "certification", "training", "workshop")
_INTERNSHIP_BEFORE = re.compile(
    r"(?i:\b(?:internship|intern|placement|contract|part-time|full-time|role|position|job|shifts?|"
    # "Freelance, 15-20 hrs/week", "a retainer with a start-up, 2 days/week", "paired ~10
    # hrs/week with QA": how much someone worked
    r"rota|schedule|freelanc\w*|retainer|paired|volunteer\w*|pair-?programm\w*|mentor\w*)"
    r"\b[^.;\n]{0,30}$)"
)


# The work the hours are part of, told after them: "on a ~15 hrs/week contract"
_CONTRACT_AFTER = re.compile(
    r"(?i:(?:[ \t]+(?:a|per|each|every)[ \t]+week)?[ \t]+(?:contract|internship|retainer|gig|"
    r"placement|role|job)\b)"
)
_OF_MY_TIME = re.compile(r"(?i:[ \t]+of[ \t]+(?:my|our|his|her|their)[ \t]+(?:own[ \t]+)?time\b)")


_OF_ROLE_TIME = re.compile(r"(?i:[ \t]+of[ \t]+(?:[\w'-]+[ \t]+){0,2}?time\b)")
_DOING_AFTER = re.compile(r"(?i:[ \t]+(?:spent[ \t]+)?(?!saving\b|freeing\b)[a-z]+ing\b)")
# "~2 days of tester time saved": whose time, then the saving
_ROLE_TIME_SAVED_AFTER = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,3}?time[ \t]+(?:saved|freed|given[ \t]+back)\b)"
)


_ON_ACTIVITY_AFTER = re.compile(
    r"(?i:[ \t]+on[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:tickets|support|"
    r"reviews?|meetings?|maintenance|on-?call|interviews?|mentoring|admin|triage)\b)"
)
_SAVED_RIGHT_AFTER = re.compile(r"(?i:[ \t]+(?:saved|freed|back|less)\b)")


def _time_per_period(c: Candidate, unit: str, stop: int) -> Decision | None:
    """Time glued to its period ('15 hrs/week', '2 days/week'): how much someone worked,
    a baseline estimated, or a rate."""
    if (
        unit in _HOURS
        and _ON_ACTIVITY_AFTER.match(c.text, stop, c.limit)
        and not _saving_before(c)
        and not c.before(_CHANGE_VERB_BEFORE, 60)
    ):
        return Decision(Reason.EFFORT, stop)  # "approx. 15 hrs/week on support tickets"
    if unit in _LONG_TIME and c.before(_INTERNSHIP_BEFORE, 40) and not _saving_before(c):
        return Decision(Reason.EFFORT, stop)  # "a retainer with a start-up, 2 days/week"
    if unit not in _TIME:
        return None
    if (
        _cue_in_clause(c, _EFFORT, commas=True)
        or c.before(_INTERNSHIP_BEFORE, 40)
        or _OF_MY_TIME.match(c.text, stop, c.limit)  # "~10 hrs/week of my time"
        or _CONTRACT_AFTER.match(c.text, stop, c.limit)
    ):
        return Decision(Reason.EFFORT, stop)  # "put in ~80 hrs/week", "internship (40 h/week)"
    if (
        c.before(_ESTIMATE_BEFORE, 40)
        and not c.before(_SAVING_PEOPLE, 40)
        and not _SAVED_RIGHT_AFTER.match(c.text, stop, c.limit)  # "HR estimates ~8 hrs/week saved"
    ):
        return Decision(Reason.BASELINE, stop)  # "estimated 10 hrs/week of alert toil"
    return Decision(Reason.RATE, stop)


def _schedule(c: Candidate, stop: int) -> bool:
    """Hours a week of a job, told without a slash: how much someone worked."""
    period = _PER_PERIOD_AFTER.match(c.text, stop, c.limit)
    return (
        period is not None
        and (
            c.before(_INTERNSHIP_BEFORE, 40)
            or _CONTRACT_AFTER.match(c.text, stop, c.limit) is not None
        )
        and not _saving_before(c)
        and not _changed_before(c)
    )


def time_spent(c: Candidate) -> Decision | None:
    """Time that is not a result: effort ('spent 200 hours on'), years of experience
    ('two to four years of experience'); and hours a week, a rate ('15 hrs/week')."""
    low, stop = c.token, c.unit_stop
    if "/" in low:
        per = _time_per_period(c, low.split("/")[0], stop)
        if per is not None:
            return per
    if low in _HOURS and _schedule(c, stop):
        return Decision(Reason.EFFORT, stop)  # "a ~3-month contract, 30-ish hours a week"
    if (
        (
            (low in _TIME or low in _LONG_TIME)
            and (
                (
                    _cue_in_clause(c, _EFFORT, commas=True)
                    and not c.before(_CHANGE_BEFORE)
                    and not _saving_before(c)
                    and not _SOONER_AFTER.match(c.text, stop, c.limit)  # "3 weeks early"
                )
                or _ACTIVITY_AFTER.match(c.text, stop, c.limit)
            )
        )
        or (
            (low in _TIME or low in _LONG_TIME) and c.before(_COURSE_BEFORE, 40)  # a course's hours
        )
        or (low in _HOURS and _hours_put_in(c, stop))
    ):  # "maybe 600 hours in total"
        return Decision(Reason.EFFORT, stop)
    if _learning_hours(c) or (low in _LONG_TIME and _EXPERIENCE_AFTER.match(c.text, stop, c.limit)):
        # "a DeepLearning.AI specialisation (~60 hrs)"; "two to four years of experience"
        return Decision(Reason.EFFORT if low in _HOURS else Reason.EXPERIENCE, stop)
    prev = _unhedged_prev(c.text, c.start, c.prev)
    if (
        low in _TIME
        and (prev == "for" or (prev == "over" and not c.before(_CHANGE_VERB_BEFORE, 60)))
        and not _saving_before(c)
    ):
        # "ran the canary for 48 hours": how long something ran, not a result
        return Decision(Reason.PERIOD, stop)
    if low in _LONG_TIME and (
        _saving_before(c)
        or _ROLE_TIME_SAVED_AFTER.match(c.text, stop, c.limit)
        # "replacing 3 days of geologist time per field campaign"
        or (c.before(_REMOVED_BEFORE, 40) and _OF_ROLE_TIME.match(c.text, stop, c.limit))
    ):
        # "saved the team two days a week", "~2 days of tester time saved per release"
        return Decision(Reason.PERSON_TIME, stop)
    return _compute_saved(c)


def _compute_saved(c: Candidate) -> Decision | None:
    """Compute time saved: 'a loss-spike alert that saved about 600 GPU hours'."""
    if c.token in ("gpu", "cpu", "compute", "node", "machine") and _saving_before(c):
        hours = _NEXT2.match(c.text, c.unit_stop, c.limit)
        if hours is not None and hours.group("tok").lower() in ("hours", "days"):
            return Decision(Reason.UNIT, hours.end())
    return None


def _unhedged_prev(text: str, start: int, prev: str) -> str:
    """The word before the number, looking past a hedge ('for about 30 hours')."""
    if prev in _HEDGES:
        return _prev_word(text, start - len(prev) - 1)
    if prev in ("like", "around") and text[max(0, start - 15) : start].lower().endswith(
        ("something like ", "somewhere around ")
    ):
        return _prev_word(text, start - len(prev) - 11)  # "from something like 0.3 to 0.55"
    if not prev and text[max(0, start - 1) : start] == "~":
        return _prev_word(text, start - 1)  # "for ~36 hours"
    return prev


_STATUS_CODES = frozenset({"400", "401", "403", "404", "408", "429", "500", "502", "503", "504"})


# A time word in the singular after a number other than one is an adjective, as if
# dashed: "a seventy-two hour soak test", "two day workshops".
_SINGULAR_TIME = frozenset({"second", "minute", "hour"})  # "12 min" is plural too


def _adjective_time(token: str, num: str) -> bool:
    return token in _SINGULAR_TIME and num.lower() not in ("1", "one", "a", "an")


_ROUND = frozenset({"10", "100", "1000", "1,000", "10000", "10,000"})
_S_OF = re.compile(r"s[ \t]+of\b")


def _hundreds_of(text: str, num: str, end: int, limit: int) -> bool:
    """'100s of', '1000s of': a plural of a round number, glued, before 'of'."""
    return num in _ROUND and _S_OF.match(text, end, limit) is not None


def duration(c: Candidate) -> Decision | None:
    """Short durations count (120 ms); long ones only as a change (to 2 days)."""
    low, stop = c.token, c.unit_stop
    if low in _TIME:
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
        return Decision(Reason.UNIT, stop)
    if low in _LONG_TIME:
        if (
            (
                c.before(_CHANGE_BEFORE)
                and not _is_range_top(c)
                and not _OF_DATA_AFTER.match(c.text, stop, c.limit)  # "from two weeks of logs"
            )
            or _SOONER_AFTER.match(c.text, stop, c.limit)
            or _saving_before(c)  # "saved the coding team two full days per week"
        ):
            return Decision(Reason.DURATION_CHANGE, stop)
        if c.dashed:
            return Decision(Reason.DURATION_ADJECTIVE, stop)
        return Decision(Reason.LONG_DURATION, stop)
    return None


_OF_DATA_AFTER = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:logs?|data|history|traffic|transactions|events|"
    r"records|sessions|queries|purchases|clicks|labels?|audio|recordings?|footage)\b)"
)


def times(c: Candidate) -> Decision | None:
    """'3 times faster' is a ratio; 'called 3 times' is not."""
    if c.token != "times":
        return None
    stop = c.unit_stop
    if _TIMES_COMPARATIVE.match(c.text, stop, c.limit) or _RATE_AFTER.match(c.text, stop, c.limit):
        return Decision(Reason.RATIO, stop)
    if _unhedged_prev(c.text, c.start, c.prev) in _USED_TIMES_PREV:
        return Decision(Reason.COUNT, stop)  # "cited 310+ times", "downloaded 40k times"
    return Decision(Reason.OCCURRENCES)


_USED_TIMES_PREV = frozenset(
    {"cited", "downloaded", "installed", "starred", "forked", "viewed", "played", "streamed"}
    | {"shared", "reused"}
)


_EXPERIENCE_AFTER = re.compile(
    r"\+?[ \t]+(?:of[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:" + "|".join(sorted(_EXPERIENCE)) + r")\b"
)


def _may_be_metric_value(c: Candidate) -> bool:
    """False for what cannot be a metric's value: a spelled number other than a decimal
    said aloud ('point eight three'), a number glued to a noun by a dash ('2k-document'),
    a count ('3 datasets', '15+ reports') or a whole number past 100 ('ECE 408')."""
    low = c.token
    if (c.spelled and not c.num.lower().startswith("point")) or c.dashed:
        return False
    if low and (
        low in _COUNT_NOUNS or low in _RESOURCE_NOUNS or low in _TEAM_NOUNS or low in _ADOPTERS
    ):
        return False
    if c.text.startswith("+", c.end) and "." not in c.num:
        return False  # "15+ reports" ("0.97+" is a value held)
    return not (
        c.num.isdigit() and (len(c.num) > 3 or int(c.num) > 100) and low not in _RATIO_UNITS
    )


_LIFT_OF_BEFORE = re.compile(
    r"(?i:\blift[ \t]+(?:of[ \t]+)?(?:about[ \t]+|around[ \t]+|roughly[ \t]+|~[ \t]*)?$)"
)
_DECILE_AFTER = re.compile(
    r"(?i:x?[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?(?:top|first|1st)[ \t-]+"
    r"(?:decile|quintile|percentile|\d+%))"
)


def named_metric(c: Candidate) -> Decision | None:
    """A value of a named metric: 'AUC of 0.91', 'MRR 0.61', 'BLEU 31', 'F1 to .78'.
    A number followed by a noun ('F1 on 3 datasets') is a count, not the metric."""
    if not _may_be_metric_value(c):
        return None
    # "lift of 3.1 in top decile": a lift named by where it was measured
    lifted = _LIFT_OF_BEFORE.search(
        c.text, max(0, c.start - 24), c.start
    ) is not None and _DECILE_AFTER.match(c.text, c.end, c.limit)
    if not lifted and not (c._marks or _marks(c)).spans(_METRIC_NAME)[0]:
        return None  # no metric named anywhere near
    if c.prev == "at" and c.num.isdigit() and _metric_ends_at(c.text, c.start):
        return Decision(Reason.METRIC_CUTOFF)  # "recall at 20", said for recall@20
    if lifted or _metric_before(c):
        return _metric_value(c)
    if (
        _BENCHMARK_AFTER.match(c.text, c.end, c.limit)
        or _VERSUS_AFTER.match(c.text, c.end, c.limit)  # "best model 13.9 vs 21.5"
    ):
        return Decision(Reason.NAMED_METRIC)  # "AUC of 0.91", "scored 71.5 on the MMLU subset"
    if c.next is None or c.dashed:
        return None
    after = _METRIC_NAME.match(c.text, c.next.start("tok")) or _TOP_K_METRIC.match(
        c.text, c.end, c.limit
    )
    if after is not None:
        # "0.91 AUC", "31 BLEU": the metric named after its value
        return Decision(Reason.NAMED_METRIC, after.end())
    return None


# Between a metric's name and a number that sets it, not one reached with it
_METRIC_SETTING_GAP = re.compile(r"(?i:\b(?:threshold|cut-?off|beta|weight(?:ing)?|fixed)\b)")
# "recall at a fixed precision of 0.9": the metric held fixed is a setting
_AT_FIXED_BEFORE = re.compile(
    r"(?i:\bat[ \t]+(?:a[ \t]+)?fixed[ \t]+[\w@-]+[ \t]+(?:of[ \t]+)?~?$)"
)
# The overlap a detector's metric or its NMS is set at: "mAP at IoU 0.5", "NMS IoU 0.45"
_IOU_SET_BEFORE = re.compile(
    r"(?i:\b(?:nms[ \t]+|at[ \t]+|@[ \t]*)iou[ \t]*(?:of[ \t]+|=[ \t]*)?$)"
)
_COMPARED_GAP = re.compile(r"(?:>=?|<=?|\u2265|\u2264)[ \t]*$")
# "target recall@50 >= 0.9": a target, the metric and a comparison
_METRIC_TARGET_BEFORE = re.compile(
    r"(?i:\b(?:targets?|goals?|required|requirement)[ \t]+(?:of[ \t]+|was[ \t]+|is[ \t]+)?"
    r"[\w@.-]+(?:[ \t]+[\w@.-]+)?[ \t]*(?:>=?|<=?|\u2265|\u2264)[ \t]*$)"
)
_AT_BEFORE_NUMBER = re.compile(r"(?i:[ \t]+at[ \t]+$)")


def _metric_value(c: Candidate) -> Decision:
    """A number right after a metric's name: its value, unless the words between set it."""
    name_end = _marks(c).last_before(_METRIC_NAME, max(0, c.start - 70), c.start)
    gap = c.text[name_end or c.start : c.start]
    if (
        _METRIC_SETTING_GAP.search(gap)
        or c.before(_AT_FIXED_BEFORE, 50)
        or c.before(_IOU_SET_BEFORE, 24)
    ):
        return Decision(Reason.SETTING)  # "IoU threshold (0.45)", "F-beta (beta=2)"
    if _COMPARED_GAP.search(gap) and c.before(_METRIC_TARGET_BEFORE, 70):
        return Decision(Reason.INTENT)  # "set the eval target recall@50 >= 0.9"
    return Decision(Reason.NAMED_METRIC)  # "AUC of 0.91"


def _metric_ends_at(text: str, start: int) -> bool:
    """A metric's name right before the ' at ' that ends at start: 'precision at 5'."""
    at = _AT_BEFORE_NUMBER.search(text, max(0, start - 8), start)
    if at is None:
        return False
    return any(
        name.end() == at.start()
        for name in _METRIC_NAME.finditer(text, max(0, at.start() - 30), at.start())
    )


# "0.92 top-1 accuracy": the metric named after its value, past its k
_TOP_K_METRIC = re.compile(r"(?i:[ \t]+top-?\d+[ \t]+(?:accuracy|recall|precision|error)\b)")
_VERSUS_AFTER = re.compile(r"(?i:[ \t]*(?:vs\.?|versus)[ \t]+(?:a[ \t]+|the[ \t]+)?~?\d)")
# A benchmark a score was reached on: "scored 71.5 on the Indonesian MMLU subset"
_BENCHMARK_AFTER = re.compile(
    r"(?i:[ \t]+on[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:mmlu|gsm8k|humaneval|hellaswag|"
    r"mt-bench|truthfulqa|squad|superglue|glue|big-bench|bbh|swe-bench|mbpp|arc-challenge)\b)"
)


def scale(c: Candidate) -> Decision | None:
    """Magnitudes (3k, 1.2M) and counts of users, requests and other outcomes."""
    low = c.token
    if c.before(_SCOPE_WITH, 80) and not _RATE_SOON.match(c.text, c.unit_stop, c.limit):
        return Decision(Reason.BASELINE, c.unit_stop)  # "a platform with 2.5M users"
    if c.mag and not (low in _RESOURCE_NOUNS or (c.spelled and low not in _COUNT_NOUNS)):
        if _size_chosen(c.text, c.prev, c.end, low, c.unit_stop):
            return Decision(Reason.SETTING, c.unit_stop)  # "a 5k-entry cache"
        if low in _DATA_NOUNS and not _counts_as_result(c):
            return Decision(Reason.INPUT_SIZE, c.unit_stop)  # "2 bn rows in the fact table"
        return _magnitude(c)
    if _unhedged_prev(c.text, c.start, c.prev) in _RESEARCHED_PREV:
        return None  # "interviewed 60 customers during discovery", "interviewed around 20"
    if low in _COUNT_NOUNS and low not in _RESOURCE_NOUNS:
        return Decision(Reason.COUNT, c.unit_stop) if _counts_as_result(c) else None
    if low in _WORD_MAGNITUDES:
        # "Rp 850 juta", "1,4 mln zł"; a budget: "Budget 1,2 mln zł per year"
        funds = c.before(_FUNDS_BEFORE, 80)
        return Decision(Reason.FUNDS if funds else Reason.MAGNITUDE, c.unit_stop)
    return _counted_tail(c)


# A product's uptake a word after the number, or with a hyphen: "1,800 npm downloads",
# "50,000 app installs", "25,000 sign-ups"
_UPTAKE_TOLD = re.compile(
    r"(?i:\+?[ \t]+(?:[\w.-]+[ \t]+)?(?:downloads|installs|sign-ups|signups|registrations)\b)"
)


def _counts_as_result(c: Candidate) -> bool:
    """Whether a count of a count noun ('120 tickets', '3,000 customers') is a result:
    a product's uptake counts on its own, whom the work was for only when won over or
    changed, anything else after a verb that made it a result."""
    low = c.token
    if c.prev in _WRITTEN_PREV or c.before(_WRITTEN_BEFORE, 50):
        return False  # "wrote 45 pages": things written, not what they achieved
    if low in ("experiments", "runs") and _tracked_runs(c):
        return False  # "30+ experiments logged in W&B": the bookkeeping, not a result
    if low in _ADOPTION_COUNTS:
        return True
    changed = (
        c.before(_CHANGE_BEFORE)
        or c.before(_CHANGE_VERB_BEFORE, 60)
        or c.before(_WON_OVER_BEFORE, 40)
        or _RATE_SOON.match(c.text, c.unit_stop, c.limit) is not None
        or _CADENCE_AFTER.match(c.text, c.unit_stop, c.limit) is not None  # "50M+ rows a quarter"
    )
    if low in _SCOPE_NOUNS:
        return changed  # "partnered with 5 clients": who the work was for
    # "256 samples per tree and 200 trees": no verb made it a result
    return (
        changed
        or _unhedged_prev(c.text, c.start, c.prev) in _CHANGE_VERBS
        or c.before(_MADE_N_BEFORE, 24)
        or c.before(_RESULT_COUNT_BEFORE, 40)
    )


_CADENCE_AFTER = re.compile(
    r"(?i:[ \t]+(?:daily|weekly|monthly|quarterly|yearly|annually|nightly|hourly)\b)"
)


def _size_chosen(text: str, prev: str, end: int, token: str, stop: int) -> bool:
    """A magnitude dashed to a singular noun after "a": the size of a thing chosen or
    built ('a 5k-entry cache', 'a 10k-user pilot'), unless a milestone reached."""
    return (
        prev in ("a", "an")
        and text.startswith("-", end)
        and not token.endswith("s")
        and _MILESTONE_AFTER.match(text, stop) is None
    )


_MILESTONE_AFTER = re.compile(r"(?i:[ \t]+(?:milestone|mark)\b)")


# Runs and experiments kept in a tracker: "tracked all 200+ experiments in MLflow",
# "30+ experiments logged in Weights & Biases", "Runs tracked in MLflow (~400 experiments)"
_TRACKER = (
    r"(?:tracked|tracking|logged|logging|recorded|mlflow|w&b|wandb|weights[ \t]+&[ \t]+biases|"
    r"comet|neptune|tensorboard)"
)
_TRACKED_BEFORE = re.compile(r"(?i:\b" + _TRACKER + r"\b[^.;\n]{0,40}$)")
_TRACKED_AFTER = re.compile(r"(?i:[^.;\n]{0,30}?\b" + _TRACKER + r"(?![\w&]))")


def _tracked_runs(c: Candidate) -> bool:
    return bool(c.before(_TRACKED_BEFORE, 50) or _TRACKED_AFTER.match(c.text, c.unit_stop, c.limit))


# Whom a person's work was for: counted as a result only when won over or grown ("signed
# 12 new clients", "grew to 40 tenants"); "partnered with 5 clients" is the work's scope.
_SCOPE_NOUNS = frozenset({"clients", "partners", "tenants"})
# Counts that tell a product's uptake on their own: "Chrome extension, 2,000 users",
# "50,000 downloads". Other counts need a verb that made them a result.
_ADOPTION_COUNTS = frozenset(
    {"users", "customers", "downloads", "installs", "signups", "subscribers", "visitors"}
    | {"riders", "buyers", "sellers", "merchants", "patients", "drivers", "conversions"}
    | {"mau", "dau", "wau", "maus", "daus", "waus", "clicks", "impressions", "sessions"}
)
# What data is counted in: a magnitude of these with no verb that made it a result is the
# size of the data ("a translation memory of 3.2M segments"), not what the work achieved.
_DATA_NOUNS = frozenset(
    {"rows", "records", "segments", "tokens", "documents", "files", "objects", "vectors"}
    | {"embeddings", "images", "samples", "examples", "lines", "tables", "columns", "tags"}
)
# Verbs that make a count a result: "resolved 300 tickets", "discovered 40+ bugs"
_RESULT_COUNT_BEFORE = re.compile(
    r"(?i:\b(?:discover\w*|found|uncover\w*|identif\w*|report\w*|serv\w*|handl\w*|"
    r"ingest\w*|index\w*|load\w*|sync\w*|transfer\w*|stream\w*|"
    r"process\w*|resolv\w*|clos\w*|fix\w*|prevent\w*|caught|catch\w*|block\w*|flag\w*|"
    r"detect\w*|answer\w*|deflect\w*|automat\w*|reach\w*|hit|achiev\w*|generat\w*|drove|"
    r"driv\w*|attract\w*|got|now|over|more[ \t]+than)\b[^.;\n]{0,30}$)"
)
_WON_OVER_BEFORE = re.compile(
    r"(?i:\b(?:won|wins?|winning|sign\w*|acquir\w*|land\w*|brought[ \t]+in|bring\w*[ \t]+in|"
    r"gain\w*|attract\w*|convert\w*|retain\w*|add\w*|onboard\w*|new)\b[^.;\n]{0,25}$)"
)


_PAID_FOR_BEFORE = re.compile(
    r"(?i:\b(?:paid|pay|pays|paying|bought|buy|buys|buying|purchased|spent)\b[^.;\n]{0,50}$)"
)


def _magnitude(c: Candidate) -> Decision:
    """A magnitude ('3k', '1.2M users'): a count, unless a price paid or a place's size."""
    if (
        c.prev in _SPENT_BEFORE
        or c.before(_SPENT_HEDGED, 24)
        or (c.prev == "for" and c.before(_PAID_FOR_BEFORE, 60))
    ):
        # "we paid something like 40k a year": a price; "paid ₹18 lakh ... for 60k
        # labelled utterances": what the price bought
        return Decision(Reason.SPEND)
    if c.token in _ORG_SIZE:  # "a 10k+ employee bank": the size of the place, not a result
        return Decision(Reason.TEAM_SIZE, c.unit_stop)
    if not _magnitude_is_result(c):
        # "over 40k PDFs of circulars", "about 2 million monthly players": the size of the
        # work or the place, with no verb that made it a result
        return Decision(Reason.BASELINE, c.unit_stop if c.token in _COUNT_NOUNS else None)
    return Decision(Reason.MAGNITUDE, c.unit_stop if c.token in _COUNT_NOUNS else None)


# A magnitude's uptake, result or throughput, told after it: "10k+ daily active farmers",
# "3MM+ annual savings", "30k+ pallets/month"
_UPTAKE_SOON = re.compile(
    r"(?i:\+?(?:[ \t-]+[\w-]+){0,3}?[ \t-]+(?:users|customers|riders|players|farmers|"
    r"stars|contributors|connections|"
    r"sign-?ups|subscribers|downloads|installs|merchants|drivers|patients|students|learners|"
    r"visitors|buyers|sellers|members|readers|listeners|viewers|mau|dau|wau|maus|daus|"
    r"savings|saved|revenue|sales|orders|bookings|transactions|requests|queries|calls|"
    r"events|messages|predictions|visits|sessions|pageviews|views|streams|plays)\b)"
)


# "we sent about 1.2 million of those alerts", "served 40M requests"
_DELIVERED_BEFORE = re.compile(
    r"(?i:\b(?:sent|delivered|served|serves|serving|handled|handles|handling|processed|"
    r"processes|processing|answered|resolved|shipped|sold|won|signed)\b[^.;\n\d]{0,24}$"
    r"|\bscal(?:ed|es|ing)[ \t]+(?:[\w-]+[ \t]+){0,3}?to[ \t]+(?:[\w-]+[ \t]+)?$)"
)


_COMPARED_TOKENS = frozenset(
    {"under", "below", "over", "above", "less", "more", "fewer", "lower", "higher", "off"}
    | {"cheaper", "faster", "ahead", "saved", "up", "down", "in", "per", "a", "an", "every"}
)


# What was done to them, told after: "85k parents opted in", "2M documents indexed"
_RESULT_VERB_SOON = re.compile(
    r"(?i:\+?(?:[ \t-]+[\w-]+){0,3}?[ \t]+(?:(?:have|has|had|were|was|got|get)[ \t]+)?"
    r"(?:opted[ \t]+in|signed[ \t]+up|joined|enrolled|registered|subscribed|indexed|triaged|"
    r"migrated|processed|served|handled|delivered|resolved|automated|classified|scored|"
    r"moderated|reviewed|routed|onboarded|deployed|shipped|sent|answered|generated|flagged|"
    r"caught|blocked|prevented|recovered|saved|used|use|uses|rely|relied|adopted|downloaded|"
    r"installed|completed|converted|renewed|reached|cleared|closed|fixed|removed|eliminated|"
    r"avoided|freed|reclaimed|cut)\b)"
)


def _magnitude_is_result(c: Candidate) -> bool:
    """Whether a magnitude is a result: an uptake, a throughput or a saving, or a count
    after a verb that made it one."""
    return (
        not c.token.isalpha()  # no noun after it: "the same cluster does about 45k"
        or c.token in _COMPARED_TOKENS  # "came in roughly 60k under"
        or "/" in c.token
        or c.before(_DELIVERED_BEFORE, 30)
        or _counts_as_result(c)
        or c.before(_REACHED_BEFORE, 36)
        or _saving_before(c)
        or _UPTAKE_SOON.match(c.text, c.end, c.limit) is not None
        or _RESULT_VERB_SOON.match(c.text, c.end, c.limit) is not None
    )


# What a system caught: "flagged 37 faults", "caught 1,900 tampered meters"
_CAUGHT_BEFORE = re.compile(
    r"(?i:\b(?:flagged|caught|detected|blocked|prevented|intercepted|stopped)[ \t]+"
    r"(?:about[ \t]+|around[ \t]+|over[ \t]+|more[ \t]+than[ \t]+|~[ \t]*)?$)"
)
_STARS_AFTER = re.compile(r"(?i:\+?[ \t]+(?:github[ \t]+)?stars\b)")


def _counted_tail(c: Candidate) -> Decision | None:
    """People reached, a product's uptake, or things counted after an adjective or a verb
    of making."""
    uptake = _UPTAKE_TOLD.match(c.text, c.end, c.limit)
    if uptake is not None and _unhedged_prev(c.text, c.start, c.prev) not in _CHANGE_VERBS:
        # ("blocked roughly 900 spam sign-ups a week" is the size of a change)
        return Decision(Reason.COUNT, uptake.end())  # "1,800 npm downloads", "25,000 sign-ups"
    low = c.token
    if low.endswith("s") and low.isalpha() and c.before(_REACHED_BEFORE, 36):
        return Decision(Reason.REACH, c.unit_stop)  # "reached 200,000 smallholders"
    if low in ("stars", "github") and (stars := _STARS_AFTER.match(c.text, c.end, c.limit)):
        return Decision(Reason.COUNT, stars.end())  # "2,300 GitHub stars": a project's uptake
    if low.isalpha() and c.before(_CAUGHT_BEFORE, 30):
        return Decision(Reason.COUNT, c.unit_stop)  # "flagged 37 faults before failure"
    # "300 daily reports"; "built about 25 dashboards in Looker"
    stop = (_counted_after_adjective(c) if low in _COUNT_ADJECTIVES else None) or _made_count_end(c)
    return None if stop is None else Decision(Reason.COUNT, stop)


def _made_count_end(c: Candidate) -> int | None:
    """Where a count of things made ends: 'built about 25 dashboards in Looker',
    'developed 10+ KPI dashboards'."""
    if not c.before(_MADE_N_BEFORE, 24):
        return None
    if c.token in ("dashboards", "reports"):
        return c.unit_stop
    made = _MADE_THINGS_SOON.match(c.text, c.unit_stop, c.limit)
    return made.end() if made else None


def _counted_after_adjective(c: Candidate) -> int | None:
    """Where the noun counted after an adjective ends: '300 daily reports', '3,000
    monthly active labellers'."""
    after = _NEXT_NOUN.match(c.text, c.unit_stop, c.limit)
    if after and after.group("tok").lower() in _COUNTED_AFTER_ADJECTIVE:
        return after.end()
    return None


# Places counted in people: "a country of 50 million people"
_PLACE = r"(?:country|nation|city|state|province|region|population)"
# The size of the place the work was done in: "responsible for a platform with 2.5
# million registered users and roughly 400k monthly actives", "a bank with 11M customers"
# Every match of _SCOPE_WITH holds one of these, lowercased.
_SCOPE_STEMS = ("with", "w/", "serv", "(", "of")
_SCOPE_WITH = re.compile(
    # a bullet that opens on what served them: "Platform serving 4M+ Riyadh Metro riders"
    # ("Built a booking platform serving 2M users" is the reach of what was built)
    r"(?i:(?:^|\n)[ \t]*[-*\u2022]?[ \t]*"
    r"(?:(?!(?:built|made|wrote|ran|led|grew|won|[\w-]+ed)\b)[\w-]+[ \t]+){0,3}?"
    r"(?:platform|system|app|service|"
    r"portal|site|backend|product)[ \t]+serving[ \t]+(?:about[ \t]+|around[ \t]+|over[ \t]+|"
    r"~[ \t]*)?$|"
    r"\b(?:(?:platform|product|app|site|website|service|company|bank|business|client|"
    r"marketplace|retailer|insurer|telco|operator|carrier|airline|startup|scale-?up)[ \t]+"
    r"(?:with|w/)|"
    # a place someone worked on, by whom it served: "on-call for a platform serving 8
    # million subscribers", "backend dev on a ride-hailing platform serving ~2 million"
    r"\b(?:on|for|at|in)[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:platform|network|"
    r"company|app|bank|system|marketplace|operator|telco|product|service|login|backend|"
    r"front-?end|portal|centre|center|site|website|gateway|api)"
    # "on the loyalty platform, which serves like six million members"
    r"(?:,?[ \t]+(?:that|which))?[ \t]+serv(?:ing|es|ed)(?:[ \t]+like)?|"
    # "the platform served a country of 50 million people"
    + _PLACE
    + r"[ \t]+of)[ \t]+(?:about[ \t]+|"
    r"around[ \t]+|over[ \t]+|roughly[ \t]+|more[ \t]+than[ \t]+|~[ \t]*|"
    r"(?:something[ \t]+)?like[ \t]+)?"
    r"(?:(?:[^.;:\n]|\.(?=\d)){0,50}?[ \t]and[ \t]+(?:about[ \t]+|around[ \t]+|over[ \t]+|"
    r"roughly[ \t]+|~[ \t]*)?)?$"
    # "the Zurich regional network (~5 million passengers a year)": its size in brackets
    r"|\b(?:on|for|at|in|with)[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w'-]+[ \t]+){0,3}?"
    r"(?:platform|network|bank|company|app|airline|hospital|retailer|chain|operator|city|title|game|marketplace|"
    r"site|insurer|telco)[ \t]*\([ \t]*(?:about[ \t]+|around[ \t]+|over[ \t]+|~[ \t]*)?$)"
)
_PLACE_OF = re.compile(
    r"(?i:\b" + _PLACE + r"[ \t]+of[ \t]+"
    r"(?:(?:about|around|over|roughly|nearly|almost|some|more[ \t]+than)[ \t]+|~[ \t]*)?$)"
)
_REACHED_BEFORE = re.compile(
    r"(?i:\breach(?:ed|es|ing)[ \t]+(?:a[ \t]+couple[ \t]+of[ \t]+|a[ \t]+few[ \t]+|over[ \t]+|"
    r"more[ \t]+than[ \t]+|about[ \t]+|around[ \t]+|roughly[ \t]+|nearly[ \t]+|almost[ \t]+|"
    r"~[ \t]*)?$)"
)
_ORG_SIZE = frozenset({"employee", "person", "headcount"})  # singular: "a 10k+ employee bank"
# Magnitudes written as words in other languages' resumes (million, billion, thousand).
_WORD_MAGNITUDES = frozenset({"mln", "mio", "mld", "mrd", "juta", "miliar", "milyar", "tys"})
_RESEARCHED_PREV = frozenset(
    {"interviewed", "surveyed", "visited", "shadowed", "observed", "toured", "polled"}
)
# "Developed 10+ KPI dashboards in Tableau": one word between the count and what was made
_MADE_THINGS_SOON = re.compile(r"(?i:[ \t]+(?:dashboards|reports)\b)")
_MADE_N_BEFORE = re.compile(
    r"(?i:\b(?:built|created|shipped|delivered|designed|developed|produced|generated)[ \t]+"
    r"(?:about[ \t]+|around[ \t]+|over[ \t]+|some[ \t]+|~[ \t]*)?$)"
)
_WRITTEN_PREV = frozenset(
    {"wrote", "write", "writes", "writing", "authored", "drafted", "documented", "read"}
)
_WRITTEN_BEFORE = re.compile(
    r"(?i:\b(?:wrote|written|authored|drafted|documented)\b[^.;\n]{0,40}$)"
)
_COUNT_ADJECTIVES = frozenset(
    {"daily", "weekly", "monthly", "hourly", "nightly", "active", "new", "unique", "paying"}
    | {"distinct", "automated", "open", "unresolved", "outstanding", "pending", "registered"}
)
_NEXT_NOUN = re.compile(r"(?:[ \t]+(?:active|unique|paying|new))?[ \t]+(?P<tok>[A-Za-z]+)")
_COUNTED_AFTER_ADJECTIVE = (_COUNT_NOUNS - _RESOURCE_NOUNS) | _ADOPTERS | {"reports"}


def rate(c: Candidate) -> Decision | None:
    """Per second, a day, each request; 'events/second' glued by a slash."""
    if "/" in c.token and c.token.rsplit("/", 1)[1] in _PER_TIME:
        if (
            c.token.startswith(("x/", "\u00d7/"))
            and not c.before(_CHANGE_BEFORE)
            and not c.before(_CHANGE_VERB_BEFORE, 60)
        ):
            return Decision(Reason.SETTING, c.unit_stop)  # "releases 2x/week": a cadence
        return Decision(Reason.RATE, c.unit_stop)
    found = _RATE_AFTER.match(c.text, c.unit_stop if c.token in _RESOURCE_NOUNS else c.end, c.limit)
    if found is None:
        return None
    if c.spelled and (c.prev in _SPENT_BEFORE or c.before(_SPENT_HEDGED, 24)):
        return Decision(Reason.SPEND, found.end())  # "we paid about thirty thousand a year"
    return Decision(Reason.RATE, found.end())


def spelled(c: Candidate) -> Decision | None:
    if not c.spelled:
        return None
    if c.token in ("dashboards", "reports") and c.before(_MADE_N_BEFORE, 24):
        return Decision(Reason.COUNT, c.unit_stop)  # "built about thirty reports"
    if (c.mag or "").strip() in ("k", "K") and c.token not in _RESOURCE_NOUNS:
        return Decision(Reason.MAGNITUDE)  # "ten k plus daily users", said aloud
    if c.num.lower().endswith(_SPELLED_SCALES):
        return _spelled_scale(c) or Decision(Reason.SPELLED_NO_UNIT)
    return Decision(Reason.SPELLED_NO_UNIT)


def _spelled_scale(c: Candidate) -> Decision | None:
    """'hundreds', 'thousands', 'millions': a scale when what they count is named."""
    if _cue_in_clause(c, _INTENT, commas=True) and not _hedge(c) and not _met_since_cue(c):
        return Decision(Reason.INTENT)  # "we aim to reach millions of users"
    if _RATE_SOON.match(c.text, c.end, c.limit) or (
        c.prev == "by" and c.before(_CHANGE_VERB_BEFORE, 100)
    ):
        # "around a million SMS alerts a month", "increasing daily bookings by hundreds"
        return Decision(Reason.MAGNITUDE)
    counted = _COUNTED_SOON.match(c.text, c.end, c.limit)
    noun = counted.group("noun").lower() if counted else ""
    if counted and noun in _SCALED_NOUNS:
        return Decision(Reason.MAGNITUDE, counted.end())  # "to millions of users"
    if c.prev in _CHANGE_VERBS:
        # "eliminating hundreds of recurring incidents": a count changed
        words = _THREE_WORDS.match(c.text, c.end, c.limit)
        if words and not _COUNT_NOUNS.isdisjoint(words.group(1).lower().split()):
            return Decision(Reason.MAGNITUDE, words.end())
    if _HOURS_OF.match(c.text, c.end, c.limit) and _saving_before(c):
        return Decision(Reason.PERSON_TIME)  # "saving hundreds of work hours"
    return None


_SPELLED_SCALES = (
    *("thousand", "thousands", "million", "millions", "billion", "billions", "hundreds"),
    "dozens",
)
_COUNTED_SOON = re.compile(r"(?i:(?:[ \t]+of)?(?:[ \t]+[\w-]+){0,2}?[ \t]+(?P<noun>[a-z]+)\b)")
# People reached, or pages changed: "to millions of users" ("over millions of products"
# sizes the input).
_THREE_WORDS = re.compile(r"(?:[ \t]+of)?((?:[ \t]+[A-Za-z]+){1,3})")
_SCALED_NOUNS = _ADOPTERS | {"users", "customers", "visitors", "viewers", "members", "pages"}
_HOURS_OF = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:[\w-]+[ \t]+)?(?:[a-z]+-)?(?:hours|days|weeks)\b)"  # "dev-hours"
)
_RATE_SOON = re.compile(
    r"(?i:(?:[ \t]+[\w-]+){0,3}?[ \t]*(?:per|a|an|each|every|/)[ \t]*"
    r"(?:second|minute|hour|day|week|month|year)s?\b)"
)


def percentile(c: Candidate) -> Decision | None:
    """A value after p99, median or tail: 'p99 of 45'."""
    window = c.text[max(0, c.start - 40) : c.start].lower()
    if c.prev == "for":
        return None  # "p99 >800ms for 5m pages SRE": how long the condition holds
    if any(cue in window for cue in _PERCENTILE_CUES) and c.before(_PERCENTILE_BEFORE):
        return Decision(Reason.PERCENTILE)
    if c.token == "at" and (told := _AT_PERCENTILE_AFTER.match(c.text, c.end, c.limit)):
        return Decision(Reason.PERCENTILE, told.end())  # "we ended at around 180 at p95"
    return None


_AT_PERCENTILE_AFTER = re.compile(r"(?i:[ \t]+at[ \t]+(?:the[ \t]+)?(?:p\d{2}(?:\.\d+)?|median)\b)")


_DELIVERY_OF = re.compile(
    r"(?i:\b(?:delivery|launch|rollout|migration|shipping|release|provisioning|onboarding)"
    r"[ \t]+of[ \t]+(?:over[ \t]+)?$)"
)


# A start of none, then where it got to: "went from almost nothing to about 1,900"
_FROM_NOTHING_BEFORE = re.compile(
    r"(?i:\bfrom[ \t]+(?:(?:almost|nearly|basically|virtually|practically|next[ \t]+to)[ \t]+)?"
    r"(?:nothing|zero|none|nobody|no[ \t]+one|scratch)[ \t]+to[ \t]+"
    r"(?:(?:about|around|roughly|over|nearly|almost|some|more[ \t]+than)[ \t]+|~[ \t]*)?$)"
)


def from_none(c: Candidate) -> Decision | None:
    """Where a thing got to from none: 'went from almost nothing to about 1,900'."""
    return Decision(Reason.CHANGE) if c.before(_FROM_NOTHING_BEFORE, 60) else None


def change_size(c: Candidate) -> Decision | None:
    """'reduced ... by 40', 'removed 120', 'led the delivery of 10+ projects', '40 fewer
    incidents a quarter'."""
    if c.token == "fewer":
        return Decision(Reason.CHANGE_SIZE, c.unit_stop)
    if c.dashed or c.token == "story":
        # "built a 2-step approval flow": an adjective; "closed 5 story points": effort
        return None
    if c.prev in ("of", "over") and c.before(_DELIVERY_OF, 30):
        return Decision(Reason.CHANGE_SIZE)
    if c.prev == "by" and c.before(_CHANGE_VERB_BEFORE, 100):
        return Decision(Reason.CHANGE_SIZE)
    verb = _unhedged_prev(c.text, c.start, c.prev)  # "blocked roughly 1,500 takeovers"
    if verb == "over":
        verb = _prev_word(c.text, c.start - 5)  # "resolved over 400 help desk tickets"
    elif verb == "out" and c.prev == "out":
        verb = _prev_word(c.text, c.start - 4)  # "closed out 85 long-standing bugs"
    if verb in _CHANGE_VERBS:
        if verb in ("onboarded", "onboarding") and (
            c.before(_HIRED_BEFORE, 40) or _NEW_PEOPLE_AFTER.match(c.text, c.end, c.limit)
        ):
            return Decision(Reason.TEAM_SIZE)  # "hired and onboarded 4 developers", "3 new hires"
        return Decision(Reason.CHANGE_SIZE)
    if c.prev in ("integrated", "onboarded"):
        partners = _PARTNERS_AFTER.match(c.text, c.end, c.limit)
        if partners is not None:
            return Decision(Reason.COUNT, partners.end())  # "integrated 9 payment providers"
    return None


_NEW_PEOPLE_AFTER = re.compile(
    r"(?i:[ \t]+(?:new|junior|senior|graduate)[ \t]+(?:hires|joiners|starters|engineers|"
    r"developers|devs|analysts|interns|members|colleagues|teammates|people|staff)\b)"
)
_PARTNERS_AFTER = re.compile(
    r"(?i:\+?(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:providers|partners|vendors|sources|carriers|banks|"
    r"gateways|apis|systems|platforms|suppliers|marketplaces|integrations|insurers|"
    r"lenders|processors)\b)"
)


def fallback(c: Candidate) -> Decision:
    return Decision(Reason.BARE if c.token in _RESOURCE_NOUNS else Reason.NO_UNIT)


STAGES: tuple[Stage, ...] = (
    excluded,
    glued_tail,
    uptake_taken,
    rank,
    name_part,
    intent,
    one_in,
    baseline,
    setting,
    input_size,
    processed_data,
    money,
    glued_letters,
    unit,
    label,
    model_size,
    calendar,
    person_time,
    reach,
    team,
    time_spent,
    duration,
    times,
    named_metric,
    scale,
    rate,
    spelled,
    percentile,
    from_none,
    change_size,
)


# The stages that read the context of a number (targets, baselines, settings) decide
# nothing in an answer with none of their words; such answers skip them.
_CONTEXT_STAGES = frozenset({intent, baseline, setting})
_PLAIN_STAGES = tuple(stage for stage in STAGES if stage not in _CONTEXT_STAGES)
_CONTEXT_WORDS = (
    _KEY_WORDS[id(_INTENT)]
    | _KEY_WORDS[id(_BASELINE)]
    | _KEY_WORDS[id(_CONFIG)]
    | _KEY_WORDS[id(_TRIGGER)]
    | _CONFIG_AFTER_PARTS
    | _BASELINE_AFTER_WORDS
    | _FOUND_WORDS
    | {"canary", "canaries", "ramp", "ramped", "ramping", "rollout", "rolled", "rolling", "roll"}
    | {"exposure", "traffic", "split", "going", "test", "testing", "flag", "released", "every"}
    | {"n", "k", "releasing", "release", "tests", "flags", "exposed"}
    | {"load", "stress", "soak", "capacity", "slo", "slos", "sla", "slas", "goal", "goals"}
    | _LOAD_TEST_WORDS
    | _ASK_NOUNS
    | {"objective", "objectives", "dedicated", "devoted", "spent", "spend", "split", "allocated"}
    | {"forecast", "forecasts", "forecasted", "projected", "predicted", "designed", "design"}
    | {"sized", "size", "sizing", "architected", "planned", "plan"}
    | {"seconded", "gave", "give", "assigned", "loaned", "expected", "estimated", "projects"}
    | {"handles", "supports", "serves", "can", "had", "have", "would", "d"}
)


def classify(c: Candidate) -> Decision:
    """The first stage that decides, or the fallback."""
    words = (c._marks or _marks(c)).words()
    context = (
        c.token in _PERCENT  # rollout shares
        or not _CONTEXT_WORDS.isdisjoint(words)
        or (c.scan.colon_before(c.start) and not _LISTED_WORDS.isdisjoint(words))
    )
    for stage in STAGES if context else _PLAIN_STAGES:
        decision = stage(c)
        if decision is not None:
            return decision
    return fallback(c)


_SHARE_STEMS = (
    *("canar", "ramp", "roll", "expos", "releas", "going", "test", "flag", "traffic"),
    *("split", "sampl"),
)


# "the 4 h response-time SLA": a hyphened word between the number and the setting word
_LIMITS = frozenset({"limit", "limits", "cap", "caps", "quota", "quotas", "timeout", "ceiling"})
# "a 10 req/s per-tenant rate limit": a hyphened word, then one or two words
_HYPHENED_WORD = re.compile(r"[ \t]+([A-Za-z]+(?:-[A-Za-z]+)+)\b")
_HYPHENED_THEN = re.compile(
    r"[ \t]+[A-Za-z]+(?:-[A-Za-z]+)+[ \t]+(?P<tok>[A-Za-z]+)(?:[ \t]+(?P<tok2>[A-Za-z]+))?"
)


_PERCENTILE_DIGITS = re.compile(r"\d{2,3}(?:\.\d+)?\b")


# Where a number was measured, right after it: "AUC was 0.94 on holdout", "90+ on the
# catalogue pages" (not a setting's or a data set's name)
_WHERE_MEASURED = frozenset({"on", "in", "at", "across", "against"})


def _config_word_after(text: str, at: int, limit: int) -> bool:
    """A setting word (_CONFIG_AFTER) among the two words after `at`, or right after one
    hyphened word: 'a 0.7 similarity cutoff', 'the 4 h response-time SLA'."""
    after = _NEXT2.match(text, at, limit)
    if after is None:
        return False
    if after.group("tok") in ("p", "P"):  # past a percentile: "the <200 ms p99 promise"
        digits = _PERCENTILE_DIGITS.match(text, after.end(), limit)
        if digits is not None:
            after = _NEXT2.match(text, digits.end(), limit)
            if after is None:
                return False
    if after.group("tok").lower() in _CONFIG_AFTER:
        return True
    if text.startswith("-", after.end()):  # "15-min micro-batches", "a 30s Retry-After"
        whole = _HYPHENED_WORD.match(text, at, limit)
        if whole is not None and whole.group(1).lower() in _CONFIG_AFTER:
            return True
    if after.group("tok").lower() in _WHERE_MEASURED:
        return False  # "AUC was 0.94 on holdout": the data it was measured on
    second = _NEXT2.match(text, after.end(), limit)
    if second is not None and second.group("tok").lower() in _CONFIG_AFTER:
        return True
    if text.startswith("-", after.end()):
        hyphened = _HYPHENED_THEN.match(text, at, limit)
        return hyphened is not None and (
            hyphened.group("tok").lower() in _CONFIG_AFTER
            or (hyphened.group("tok2") or "").lower() in _LIMITS
        )
    return False
