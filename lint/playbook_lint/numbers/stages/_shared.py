"""What several number stages read, or the fast path too: the cue patterns, the tests of
a number's neighbourhood (a change before it, a saving, a hedge) and the word sets."""

from __future__ import annotations

import re

from playbook_lint.numbers.candidate import (
    _NEXT2,
    _TIME,
    _TIME_ADJECTIVES,
    _WHOLE_WORDS,
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
# Tokens Candidate looks past for the real one; the fast path leaves them to the stages.
_READ_PAST = _TIME_ADJECTIVES | {"ish", "per"}


# "60-hour weeks", "a 2-hour meeting": the duration describes effort, not a result.
_EFFORT_AFTER = re.compile(
    r"(?:[ \t]+(?:\"[^\"\n]{1,40}\"|[\w&'-]+)){0,3}?"  # "a 120-hour ML Engineering bootcamp"
    r"[ \t]+(?:work)?(?:tests?|soaks?|trials?|pilots?|programmes?|programs?|weeks?|shifts?|"
    r"days?|meetings?|sprints?|workshops?|sessions?|"
    r"training|courses?|certifications?|certificates?|bootcamps?|hackathons?|drives?|commutes?|"
    # ("Own the ~30-min nightly regression eval")
    r"talks?|presentations?|demos?|calls?|evals?|evaluations?|"
    r"stand-?ups?|interviews?|loops?|lectures?|webinars?|exams?|slots?|blocks?|breaks?|"
    # "a 72-hour endurance run of the autopilot", "a 45-min system-design round"
    r"(?:endurance|burn-in|soak|test)[ \t]+runs?|rounds?|"
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


_CHANGE_VERB_BEFORE = re.compile(
    r"(?i:\b(?:reduc|cut|increas|improv|grew|grow|lower|rais|decreas|dropp|drop|boost|shr[ai]nk|"
    r"trimm|sav|speed|sped|accelerat|shorten|halv|doubl|lift|climb|fell|fall|rose|jump|slash|"
    r"(?:went|gone|goes|go|came|comes|come)[ \t]+(?:down|up))"
    r"[a-z]*\b[^.\n]{0,80}$)"
)
_RATE_AFTER = re.compile(
    r"(?:[ \t]*/[ \t]*|[ \t]*per[ \t]*-?[ \t]*|[ \t]+(?:a|an|each|every)[ \t]+)"
    r"(?:second|sec|s|minute|min|hour|hr|day|week|month|year|quarter|night|request|query|user|"
    r"customer)s?\b"
)


_BEFORE_WORD = re.compile(r"([\w.#/+-]*)[ \t\u00a0]*\Z")


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


_SMALL_NUMBERS = {word: value for word, value in _WHOLE_WORDS.items() if 0 < value < 20}
_ONE_IN = re.compile(
    r"(?i:(?:[ \t]+(?:in|of|out[ \t]+of)[ \t]+|-in-)(?:every[ \t]+|the[ \t]+|our[ \t]+)?"
    # ("fourteen of the sixteen QC labs", "twenty-two of the thirty")
    r"(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|"
    r"six|seven|eight|nine))?)\b(?![.,/:]\d))"
)

# "one false alarm in every 40 shifts": the thing counted between the two numbers
_ONE_IN_EVERY = re.compile(
    r"(?i:(?:[ \t]+[a-z-]+){1,2}?[ \t]+(?:in|out[ \t]+of)[ \t]+every[ \t]+"
    r"(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\b(?![.,/:]\d))"
)


def _year_number(number: str) -> bool:
    """Four digits from 1900 to 2099: a year, if nothing says otherwise."""
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099


def _value(number: str) -> int | None:
    """A whole number written in digits, as a small word ('three') or as hundreds said
    aloud ('five hundred', 'two hundred and fifty'), else None."""
    low = number.lower()
    if low in _SMALL_NUMBERS:
        return _SMALL_NUMBERS[low]
    digits = low.replace(",", "")
    if digits.isdigit():
        return int(digits)
    spoken = _TENS_AND_ONES.fullmatch(low)
    if spoken is not None:  # "seventy", "twenty-seven"
        return _TENS[spoken.group(1)] + _SMALL_NUMBERS.get(spoken.group(2) or "", 0)
    hundreds = _HUNDREDS.fullmatch(low)
    if hundreds is None:
        return None
    tens = _TENS.get(hundreds.group(2) or "", 0) + _SMALL_NUMBERS.get(hundreds.group(3) or "", 0)
    tens += _SMALL_NUMBERS.get(hundreds.group(4) or "", 0)
    return _SMALL_NUMBERS.get(hundreds.group(1), 1) * 100 + tens


# "five hundred", "a hundred and thirty", "two hundred and fifty-six"
_HUNDREDS = re.compile(
    r"(a|one|two|three|four|five|six|seven|eight|nine|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen)[ ]hundred"
    r"(?:[ ](?:and[ ])?(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](one|two|three|four|five|six|seven|eight|nine))?|"
    # "a hundred and five", "two hundred and twelve"
    r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen)))?"
)
_TENS_AND_ONES = re.compile(
    r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](one|two|three|four|five|six|seven|eight|nine))?"
)
# (ten and twelve too: "two hundred and ten", "eleven hundred and twelve")
_TENS = {word: value for word, value in _WHOLE_WORDS.items() if value in (10, 12) or value >= 20}


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


def _field_before(text: str, start: int, prev: str) -> bool:
    """'ranked first out of 46 teams': the number is the field a place was won in."""
    return prev in ("of", "among", "the", "all") and _found_before(
        text, start, 70, _FIELD_BEFORE, _FIELD_STEMS
    )


# Substrings every match of _FIELD_BEFORE holds, lowercased.
_FIELD_STEMS = ("rank", "plac", "finish", "came", "won", "took", "scored", "highest", "best", "top")
# Clause ends: a sentence end, a semicolon, or a word that starts a new clause.
# A full stop ends a clause, but not the one of "approx.", "vs." or "ca.".
_ABBREVIATED = r"(?<!approx)(?<!\bvs)(?<!\bca)"
# (a bracket of words after the cue, closed before a colon or a dash, ends its clause too:
# "(page if oldest item > 6h): breaches from ~20/week to 2"; not "**Result** (expected):")
# (read by where it starts: the character before the bracket, after the cue)
_BRACKET_CLAUSE_END = r"|[^()\s]\)(?=[ \t]*[:\u2013\u2014])"
_CLAUSE_END = re.compile(
    r"(?:"
    + _ABBREVIATED
    + r"\.|[!?])(?:\s|$)|[;\n]"
    + _BRACKET_CLAUSE_END
    + r"|(?i:\b(?:so|then|which|but|now|until|after|resulting)\b)"
    r"|(?i:\band[ \t]+(?:i|we|then|it|that|kept|cut|reduced|brought|got|held|hit|met|raised|"
    r"improved|saw|lowered|grew|doubled|halved)\b)"
)
_CLAUSE_END_COMMA = re.compile(
    r"(?:"
    + _ABBREVIATED
    + r"\.|[!?,])(?:\s|$)|[;\n\u2014(]"
    + _BRACKET_CLAUSE_END
    + r"|(?i:\b(?:so|then|which|but|now|until|after|resulting)\b)"
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


# A filler said between a verb and its number: "was, like, point five two", "went from, I
# want to say, point six three"
_FILLER_BEFORE = re.compile(
    r"(?i:(?:,[ \t]*(?:like|um+|uh+|so|i[ \t]+think|i[ \t]+want[ \t]+to[ \t]+say|i'd[ \t]+say|"
    r"you[ \t]+know|i[ \t]+guess|i[ \t]+believe|say)[ \t]*)+,[ \t]*"
    r"(?:(?:about|around|roughly|maybe|like)[ \t]+)?$)"
)


def _metric_before(c: Candidate) -> bool:
    """A named metric ends at most 36 characters before the number, with no digit, line
    break or sentence stop between them ('AUC of 0.91', 'F1 of the NER model to .78')."""
    start, prev = c.start, c.prev
    if "," in c.text[max(0, c.start - 3) : c.start] or c.prev in _SPOKEN_HEDGES:
        # (a filler is left out of the gap)
        filler = _FILLER_BEFORE.search(c.text, max(0, c.start - 40), c.start)
        if filler is not None:
            start = filler.start()
            prev = _prev_word(c.text, start)
    name_end = _marks(c).last_before(_METRIC_NAME, max(0, start - 70), start)
    if name_end is None:
        return False
    # A longer gap when it ends in a change: "Recall@10 for the search retriever improved
    # to 0.74".
    # ("The AUC of the late-payment model was around 0.77": past the hedge)
    if prev in _HEDGES:
        prev = _prev_word(c.text, start - len(prev) - 1)
    # (and when the value changes by an arrow: "nDCG@10 for course search on a Chilean MOOC
    # platform 0,38 → 0,47")
    reach = 64 if prev in _METRIC_LONG_GAP_PREV or _ARROW_NEAR.match(c.text, c.end) else 36
    return start - name_end <= reach and _METRIC_GAP.fullmatch(c.text, name_end, start) is not None


# The top of a range: the 10 in "8 to 10 seconds" or the 4 in "3-4 seconds".
_RANGE_TOP = re.compile(
    r"(?<![\w.])(?:\d+(?:\.\d+)?|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty))"
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
    # a circuit breaker or a rollback is a trigger too: "the breaker opens at 50% errors"
    *("breaker", "breakers", "trips", "tripped", "rollback", "rollbacks"),
    # "Vibration alarm at RMS > 4,5 mm/s"
    *("alarm", "alarms"),
]
_TRIGGER = _register(
    re.compile(
        r"(?i:\b(?:" + "|".join(_TRIGGER_WORDS) + r")\b"
        # a web page is no paging: "Page weight down to <1MB"
        r"(?![ \t-]+(?:weight|load|loads|views?|size|speed|titles?|count|layout)\b))"
    ),
    _TRIGGER_WORDS,
)
# A wait before an escalation: "PagerDuty escalation to secondary after 10 min" (not
# "Escalations dropped after 10 weeks")
_ESCALATED_AFTER_BEFORE = re.compile(
    r"(?i:\bescalat\w*[ \t]+(?:to|policy|path|chain)\b[^.;\n\d]{0,30}\bafter[ \t]*~?$)"
)
# Alert rules listed with their thresholds in brackets: "Alert rules for the pricing
# engine: stale-quote (>250ms), spread-widening (>3 bp over 5 min)"
_ALERT_RULES_BEFORE = re.compile(
    r"(?i:\b(?:alert|alarm)(?:ing)?[ \t]+(?:rules?|conditions?|thresholds?)\b[^.;\n]{0,110}?"
    r"\([ \t]*[<>\u2265\u2264]=?[ \t]*~?$)"
)
# The settings and conditions below are read by context.py and, to leave them to the
# stages, by the fast path. Where autoscaling starts: "autoscale at ~60% CPU"
_AUTOSCALE_AT_BEFORE = re.compile(
    r"(?i:\b(?:auto-?scal\w*|scal(?:e|es|ing))\b[^.;\n\d]{0,20}?\b(?:at|above|over|past)[ \t]*~?$)"
)
# A panel's colour thresholds: "goes amber at 80% and red at 95%"
_COLOUR_AT_BEFORE = re.compile(
    r"(?i:\b(?:amber|red|yellow|orange)[ \t]+(?:at|above|over)[ \t]*~?$)"
)
# An alert on a move (_MOVE_AFTER after the number): "an alert on a 20% week-over-week drop"
_ALERT_ON_A_BEFORE = re.compile(
    r"(?i:\b(?:alerts?|alarms?|pages?|paging)[ \t]+(?:on|for|at)[ \t]+(?:a|an|any)[ \t]+$)"
)
# A move that pages someone (_PAGES_SOMEONE_AFTER after the number): "a crash-free drop of
# 0.5 pp pages the release captain"
_MOVE_OF_BEFORE = re.compile(r"(?i:\b(?:drop|dip|fall|rise|spike|jump)[ \t]+of[ \t]+$)")
_MOVE_AFTER = re.compile(
    r"(?i:(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:drop|dip|rise|spike|increase|decrease|fall|jump|"
    r"change|swing)s?\b)"
)
# The second of two bounds joined: "crosses 80% and 100% of it"
_SECOND_BOUND_BEFORE = re.compile(
    r"(?i:\b(?:cross(?:es|ed)?|exceeds?|exceeded|above|below|over|under|hits?|reach(?:es)?)[ \t]+"
    r"~?\d+(?:\.\d+)?[ \t]*%?[ \t]*(?:,|and|or)[ \t]*$)"
)
_COMPARE_BEFORE = re.compile(
    r"(?i:(?:\b(?:exceed\w*|cross\w*|above|below|over|under|more[ \t]+than|less[ \t]+than|"
    r"at|hits?|reach\w*|passes|past)\b|[><\u2265\u2264]=?)[ \t]*"
    # ("stays below, say, 30%")
    r"(?:,[ \t]*(?:say|like|maybe|roughly|about)[ \t]*,[ \t]*)?$)"
)


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


# An objective someone wrote down: "Defined SLOs for the OAuth server (99.95% availability,
# p99 < 250 ms)", "I defined the SLO myself ..., 99.5% of requests under 800 milliseconds".
# Every match holds one of _CONTEXT_WORDS' "slo", "slos", "sla" or "slas" (or "slis", below).
_SLO_DEFINED_BEFORE = re.compile(
    # ("Own the SLO for the payouts API (99.5% monthly, p95 < 700 ms)")
    r"(?i:\b(?:defin\w*|set|agreed|wrote|drafted|proposed|introduc\w*|establish\w*|publish\w*|"
    r"own|owns|owned)"
    r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:slo|sla|sli)s?\b(?:[^.;!?\n]|\.(?=\d)){0,110}$"
    # "The SLO I own is <500ms p95"
    r"|\b(?:slo|sla|sli)s?[ \t]+(?:i|we)[ \t]+(?:own|set|defined|agreed|run)[ \t]+"
    r"(?:is|was|are|were)\b[^.;!?\n]{0,40}$)"
)


# Every match of _SLO_DEFINED_BEFORE holds one of these words: the fast path's test.
_SLO_WORDS = frozenset({"slo", "slos", "sla", "slas", "sli", "slis"})


# The objective named after its number: "Defined the 99.99% SLO", "Own the 99.95%-avail
# SLO for the Identity platform"
# ("Own the 99.95% / <150 ms p95 SLO": past the objective's other figures)
_SLO_NAMED_AFTER = re.compile(
    r"(?i:(?:[ \t]*(?:/|,|and\b)[ \t]*[<>\u2264\u2265~]?[ \t]*\d[\d.,]*[ \t]*(?:%|[a-z]+\b)?)?"
    r"(?:[ \t-]+[\w-]+){0,2}?[ \t-]+(?:slo|sla|sli)s?\b)"
)
_SLO_SET_BEFORE = re.compile(
    r"(?i:\b(?:defin\w*|set|agreed|wrote|drafted|proposed|introduc\w*|establish\w*|"
    r"publish\w*|own|owns|owned|negotiat\w*)\b[^.;!?\n\d]{0,30}$)"
)


def _slo_named_after(c: Candidate) -> bool:
    """An objective set or owned, named after its number: 'Own the 99.95%-avail SLO'."""
    return c.before(_SLO_SET_BEFORE, 40) and bool(
        _SLO_NAMED_AFTER.match(c.text, c.unit_stop, c.limit)
    )


# The objective's owner told after its figures: "SLO <150 ms p99 and 99,95 % monthly, owned
# by me"
_SLO_BEFORE = re.compile(r"(?i:\b(?:slo|sla)s?\b(?:[^.;!?\n]|\.(?=\d)){0,60}$)")
_OWNED_BY_AFTER = re.compile(
    r"(?i:(?:[^.;!?\n]|\.(?=\d)){0,50}?\bowned[ \t]+by[ \t]+(?:me|us|my[ \t]+team)\b)"
)


def _slo_defined(c: Candidate) -> bool:
    """A number inside the objective someone defined, with no change told after it."""
    if (
        _OWNED_BY_AFTER.match(c.text, c.unit_stop, c.limit)
        and c.before(_SLO_BEFORE, 60)
        and not _MET_SOON.match(c.text, c.unit_stop, c.limit)
        and not _CHANGE_VERB_BEFORE.search(c.text, max(0, c.start - 60), c.start)
    ):
        return True
    found = _SLO_DEFINED_BEFORE.search(c.text, max(0, c.start - 150), c.start)
    return (
        found is not None
        and not _CHANGE_VERB_BEFORE.search(c.text, found.start(), c.start)
        and not _CLAUSE_END.search(c.text, found.start(), c.start)  # "..., and we met it in 6 of 6"
        and not _MET_SOON.match(c.text, c.unit_stop, c.limit)  # "99.95 % availability met"
    )


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
    # the cue starts the name: "expected calibration error" (not "asked for an AUC of",
    # nor "the client wanted WER under 15%", where a name only follows the cue)
    cue = _LAST_WORD.search(c.text, max(0, cue_end - 30), cue_end)
    return cue is not None and _METRIC_NAME.match(c.text, cue.start()) is not None


_LAST_WORD = re.compile(r"[\w-]+$")


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
    | {"saw", "noticed"}
)
# Where a diagnosis was read, which may stand in for a word of finding: "When I looked at
# the traces in Jaeger, like 70% of checkout time was ..."
_FOUND_SOURCES = frozenset(
    {"traces", "trace", "traced", "profile", "profiles", "profiler", "flamegraph", "flamegraphs"}
    | {"history", "charts"}
)
# Words of an analysis that may find where a share went: "root-cause analysis found that
# 70 % of wafer scrap came from 2 etch chambers", "when we profiled it, seventy percent of
# the latency was coming from the stored procedures"
_DIAGNOSIS_WORDS = frozenset(
    {"analysis", "analysed", "analyzed", "profiled", "root", "diagnosis", "investigation"}
)
_FOUND_CUES = _FOUND_WORDS | _FOUND_SOURCES | _DIAGNOSIS_WORDS
_FOUND_SHARE_BEFORE = re.compile(
    # (a digit inside a name may come between: "found N+1 queries were 70% of the time")
    # ("charts showed 3 Looker explores drove 65% of the slot time": a count in the subject)
    r"(?i:\b(?:" + "|".join(sorted(_FOUND_WORDS)) + r")\b"
    r"(?:[^.;\n\d]|(?<=[A-Za-z+])\d|(?<![\w.,])\d{1,2}(?=[ \t][A-Za-z])){0,50}"
    r"(?:\b(?:was|were|drove|caused|"
    # "found via Tempo traces that the inventory service spent ~65% of each request ...",
    # "what we found ... was that 80% of the cost came from one dashboard", "Query history
    # showed 3 staging tables burned ~70% of the credits", "the API was spending like 70%"
    r"is|are|made[ \t]+up|accounted[ \t]+for|spent|took|used|ate|burned|burnt|consumed|"
    # ("showed feature fetches were, like, seventy percent of the latency")
    r"spending|taking|using|eating|burning|consuming)(?:[ \t]+that)?(?:,[ \t]*like,)?[ \t]+"
    # "traces showed 3 slow joins = ~70% of e-claim API latency"
    r"|(?<=[ \t])=[ \t]*)"
    r"(?:~[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|nearly[ \t]+|almost[ \t]+|over[ \t]+|"
    r"like[ \t]+)?$"
    # "When I looked at the traces in Jaeger, like 70% of checkout time was ...", "When we
    # traced the risk check, like seventy percent of the latency was ..."
    r"|\b(?:traces|trace|traced|profiles?|profiler|profiled|flame[ \t]?graphs?|"
    # "When I looked at the BigQuery admin charts, three Looker explores were like 65% of"
    # ("I traced it in Jaeger and it was an N+1 on the question banks, about seventy percent")
    r"query[ \t]+history|charts)\b(?:[^.;\n\d]|(?<=[A-Za-z+])\d){0,70}?,[ \t]*"
    # "When I traced it in Tempo, the eligibility lookup was seventy percent of ..."
    r"(?:[^.;,\n\d]{0,40}?\b(?:was|were|is|are|took|ate)[ \t]+)?"
    r"(?:like[ \t]+|about[ \t]+|around[ \t]+|roughly[ \t]+|~[ \t]*)?$)"
)
_SHARE_OF_AFTER = re.compile(r"(?i:[ \t]+of[ \t]+)")
# "traces in Jaeger showed 70% of checkout latency was the loyalty call": the share
# right after the finding, when it is a share of where time, cost or failures went
_FOUND_RIGHT_BEFORE = re.compile(
    # "I pulled up the Langfuse traces and seventy percent of the time was the re-ranker"
    r"(?i:\btraces[ \t]+and[ \t]+(?:about[ \t]+|around[ \t]+|like[ \t]+|~[ \t]*)?$|"
    r"\b(?:" + "|".join(sorted(_FOUND_WORDS)) + r")(?:[ \t]+that)?"
    r"(?:,[ \t]*(?:uh|um|like),)?[ \t]+"  # "the traces showed, uh, about 70% of"
    # ("the traces showed like eighty percent of the time was in the PDF rendering")
    r"(?:something[ \t]+like[ \t]+|like[ \t]+|~[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|"
    r"nearly[ \t]+|almost[ \t]+|over[ \t]+)?$)"
)
_SPENT_SHARE_AFTER = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:the[ \t]+|our[ \t]+|all[ \t]+|its[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
    r"(?:time|latency|cpu|memory|cost|costs|spend|errors|failures|alerts|pages|incidents|"
    r"tickets|runtime|duration|requests?|load|burn|bill|credits|traffic|calls|queries|"
    r"p\d{2,3})\b"
    # "60% of it was", "profiling showed 70 % of that in one PDF render"
    r"|[ \t]+of[ \t]+(?:it|that|this|them)[ \t]+(?:was|were|is|are|went|in|on)\b)"
)


# A share and where it came from: "70 % of the delay came from the label-printer queue",
# "seventy percent came from two etch chambers"
_SHARE_CAME_FROM_AFTER = re.compile(
    # "70 % of the food waste in the Lyon hub came from 3 SKUs"
    r"(?i:(?:[ \t]+of[ \t]+(?:the[ \t]+|our[ \t]+|all[ \t]+)?(?:[\w-]+[ \t]+){0,6}?)?[ \t]*"
    r"(?:came|comes|was[ \t]+coming|were[ \t]+coming|originated)[ \t]+(?:from|in|inside)\b)"
)
# Every match of _DIAGNOSIS_NEAR holds a word of _FOUND_CUES (the fast path's test)
_DIAGNOSIS_NEAR = re.compile(
    r"(?i:\b(?:found|showed|shows|revealed|reveals|traces?|profiled|analysis|analysed|"
    r"analyzed|root|diagnosis|investigation)\b)"
)


# The share as the subject, or where the rest of it sat: "traces showed 70 % was I/O
# wait", "~70% of p99 in the ORM and ~20% in TLS handshakes"
_SHARE_WAS_AFTER = re.compile(r"(?i:[ \t]+(?:was|were)[ \t]+(?!\d))")
# The next share of the same finding: "~70% of p99 in the ORM and ~20% in TLS handshakes"
_AND_SHARE_BEFORE = re.compile(
    r"(?i:(?<![\w.,])\d{1,3}(?:[.,]\d+)?[ \t]*(%|percent\b)(?:[^.;\n\d%]|(?<=[a-z])\d+){0,50}"
    r"\band[ \t]+"
    r"(?:~[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|another[ \t]+)?$)"
)


def _found_share(text: str, start: int, stop: int, limit: int) -> bool:
    if _SHARE_CAME_FROM_AFTER.match(text, stop, limit) and _DIAGNOSIS_NEAR.search(
        text, max(0, start - 120), min(limit, stop + 120)
    ):
        return True
    window = max(0, start - 80)
    previous = _AND_SHARE_BEFORE.search(text, window, start)
    if previous and _found_share(text, previous.start(), previous.end(1), limit):
        return True
    if not _SHARE_OF_AFTER.match(text, stop, limit):
        if _SHARE_WAS_AFTER.match(text, stop, limit):
            return bool(
                _FOUND_SHARE_BEFORE.search(text, window, start)
                or _FOUND_RIGHT_BEFORE.search(text, window, start)
            )
        return False
    return bool(
        _FOUND_SHARE_BEFORE.search(text, window, start)
        or (
            _FOUND_RIGHT_BEFORE.search(text, window, start)
            and _SPENT_SHARE_AFTER.match(text, stop, limit)
        )
    )


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
LATER = (
    r"by[ \t]+the[ \t]+time[ \t]+(?:i|we)[ \t]+left|now|today|these[ \t]+days|"
    # "and by Q2 last year we were at ninety-three point six"
    r"by[ \t]+q[1-4]|"
    # "and six months later it was a hundred twenty-eight"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})[ \t]+"
    r"(?:weeks?|months?|quarters?|years?)[ \t]+later"
)
_LATER_STATE = re.compile(
    r"(?i:\b(?:" + LATER + r"|(?:by|at)[ \t]+the[ \t]+end|in[ \t]+the[ \t]+end|since[ \t]+then|"
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


# "p99 was 2 s before we started": the starting point named after the number.
_BASELINE_AFTER = re.compile(
    r"(?i:[^.;\n]{0,30}?\b(?:before[ \t]+(?:we|i|anyone|the[ \t]+(?:change|fix|rewrite|work|"
    r"project|migration))|to[ \t]+begin[ \t]+with|at[ \t]+the[ \t]+start|originally|"
    r"initially|previously|when[ \t]+(?:i|we)[ \t]+(?:joined|started|arrived|took[ \t]+over|"
    r"inherited|got[ \t]+it|picked[ \t]+it[ \t]+up))\b"
    # later in the clause: "took 7-8 hours and often missed the 6am cut-off (before my time)"
    r"|[^.;\n]{0,60}?\(before[ \t]+my[ \t]+time\))"
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
    r"devices|volume|load|transactions|players|cars|vehicles|stores|tenants|drivers|kiosks|"
    r"terminals|machines|stations|sites|servers|merchants|sellers|shops|outlets|phones|meters|"
    r"cameras|robots|branches|markets|regions)|"
    r"at[ \t]+a[ \t]+time)\b)"  # "shift 25% at a time"
)
# "20 % of the fleet on the new map-matching build": the share a new build went to first
_ON_NEW_BUILD_AFTER = re.compile(
    r"(?i:[ \t]+on[ \t]+(?:the[ \t]+)?new[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:build|version|model|"
    r"release|firmware|binary|config)\b)"
)
# "every build goes to 5% of players first", "each build goes first to five percent"
_BUILD_GOES_TO = re.compile(
    r"(?i:\b(?:build|release|version|update|binary)s?[ \t]+(?:goes|go|went)[ \t]+(?:out[ \t]+)?"
    r"(?:first[ \t]+)?to[ \t]+(?:about[ \t]+|~[ \t]*)?$)"
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
    # ("Rolled the new ranker 5% -> 25% -> 100%": rolled, with no "out")
    r"(?i:\b(?:canar\w*|ramp\w*|roll(?:ed|ing|s)?(?:[ \t]+[\w-]+){0,4}?[ \t]+out|rollout|"
    r"roll(?:ed|ing|s)(?![ \t]+back)|"
    r"expos\w*|"
    # "sent 10% of traffic to the new model first ... then we went to 50%"
    r"\d+(?:\.\d+)?[ \t]*(?:%|percent)[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+)?(?:traffic|"
    r"users|requests|customers|devices|sessions|tenants|stores|fleet|pods|nodes|hosts|"
    r"facilities|regions|clusters|servers|sites))\b"
    r"[^.;!?\n]{0,90}$"
    # the chain's verb right before it: "only then move 5%, 25%, 100%", "rule packs go 5% ->
    # 25% -> 100%" (not "coverage went 60% -> 100%", a result)
    r"|\b(?:move|moves|go|goes|promote|promotes|shift|shifts)[ \t]+"
    r"(?:\d+(?:\.\d+)?[ \t]*%[^.;!?\n]{0,60})?$)"
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


# The load a test ran at: "72-hour soak test of the settlement engine at 2k TPS",
# "benchmarked with k6 at 5k rps" (what it measured under that load is a result)
_LOAD_TOOLS = ("k6", "locust", "jmeter", "gatling")
_TESTS_OF_LOAD = ("load", "soak", "stress", *_LOAD_TOOLS)
# Words of a soak or endurance test, whose length is effort (durations.py reads it; the
# fast path steps aside for them)
_SOAK_WORDS = frozenset({"soak", "soaks", "endurance", "burn-in", "burn"})
_LOAD_TEST_WORDS = frozenset({*_TESTS_OF_LOAD, "benchmark", "benchmarked"})
# "a soak test", "the load scripts", or a load-testing tool by itself ("the k6 scripts that
# hit the payment API at 1k+ RPS")
_TEST_OF_LOAD = (
    # ("a three-day soak at roughly 1,500 requests per second": a soak by itself)
    r"(?:(?:" + "|".join(_TESTS_OF_LOAD) + r")[- ]?(?:test|script)|soak(?=[ \t]+at\b)|"
    r"(?:" + "|".join(_LOAD_TOOLS) + r")\b)"
)

# Every text that _LOAD_TEST_AT matches at some end holds a match of this.
_LOAD_TEST_ANY = re.compile(
    # (every load a test was run at, as _LOAD_TEST_AT reads it: the fast path's test)
    r"(?i:\b(?:" + _TEST_OF_LOAD + r"|benchmark)\w*\b[^.;:\n]*?[ \t]"
    r"(?:at|@|used|sent|drove|pushed|fired))"
)


_PERCENT = frozenset({"%", "percent", "pct"})
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
    r"(?:time|week|capacity|bandwidth|hours)\b"
    # "~60% of time on production support" (not "agreed 96% of the time in shadow": how
    # often)
    r"|[ \t]+of[ \t]+time[ \t]+(?:on|doing)\b)"
)
# A share of the writer's own time told by the writer: "I'm ~60% on an EU project", "I was
# maybe 30% on on-call", "in my 20% time"
_PERSON_SHARE_BEFORE = re.compile(
    r"(?i:\b(?:i'?m|i\u2019m|i[ \t]+am|i[ \t]+was)[ \t]+(?:maybe[ \t]+|about[ \t]+|around[ \t]+|"
    r"roughly[ \t]+|~[ \t]*)?$)"
)
_OWN_TIME_BEFORE = re.compile(r"(?i:\bin[ \t]+(?:my[ \t]+|our[ \t]+|his[ \t]+|her[ \t]+)?~?$)")
_TIME_WORD_AFTER = re.compile(r"(?i:[ \t]+time\b)")
# "~25% of each sprint on on-call toil"; and the next share of the same time: "20% of my
# time on on-call, 80% on the roadmap"
_EACH_SPAN_AFTER = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:each|every|a|the|my|our)[ \t]+(?:sprint|week|day|month|quarter|"
    r"working[ \t]+week|work[ \t]+week|workweek)\b[^.;\n\d]{0,20}?[ \t]+(?:on|in|to|for)\b)"
)
_SHARE_BEFORE = re.compile(
    r"(?i:(?:%[ \t]+of[ \t]+(?:my|our|each|every|the[ \t]+team's)[ \t]+(?:time|week|sprint|day|"
    r"month|capacity|bandwidth|hours)\b"
    # "I'm ~60% on an EU project and 40% teaching"
    r"|\b(?:i'?m|i\u2019m|i[ \t]+am|i[ \t]+was)[ \t]+(?:maybe[ \t]+|about[ \t]+|~[ \t]*)?\d+[ \t]*%"
    r"[ \t]+on\b)[^.;\n]{0,60}?(?:,|\band\b)[ \t]*$)"
)
_ON_AFTER = re.compile(r"(?i:[ \t]+(?:on|in|to)[ \t]+)")
# the next share told by what is done with it: "and 40% teaching"
_GERUND_AFTER = re.compile(r"(?i:[ \t]+[a-z]+ing\b)")


def _time_share_of(text: str, start: int, stop: int, limit: int) -> bool:
    """A share of one's own time, not one changed: '~25% of each sprint on toil', and
    '80% on the roadmap' after '20% of my time on on-call'."""
    # The anchored test after the number first: this runs for every percentage.
    share = _EACH_SPAN_AFTER.match(text, stop, limit) or (
        (_ON_AFTER.match(text, stop, limit) or _GERUND_AFTER.match(text, stop, limit))
        and _SHARE_BEFORE.search(text, max(0, start - 90), start)
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


# What was used of a budget: "Error budget: 12% burned in Q4"
_BURNED_AFTER = re.compile(r"(?i:[ \t]+(?:burned|burnt|consumed)\b)")


def _described_at(text: str, start: int, stop: int, token: str, limit: int) -> Decision | None:
    """A number (at start, its unit ending at stop) that describes the work rather than its
    result: a listed line ("Scope: 3 countries, 1,100 stores"), a load test's rate, an
    objective stated, a share of time. Also the fast path's test (fast.quick)."""
    lo = max(0, start - 120)
    if _BURNED_AFTER.match(text, stop, limit):
        return None  # "Error budget: 12% burned in Q4": what was used of it, a result
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
        or (
            _PERSON_SHARE_BEFORE.search(text, max(0, start - 24), start)
            and _ON_AFTER.match(text, stop, limit)
        )
        or (
            _OWN_TIME_BEFORE.search(text, max(0, start - 12), start)
            and _TIME_WORD_AFTER.match(text, stop, limit)
        )
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


# The load a system carries, named with the system or as its peak: "TL for 10k+ QPS ingest
# tier", "a marketplace peaking at 25k+ QPS", "(~1.8M QPS aggregate)": the job's scope
# (rates, so among _RATIO_UNITS)
_LOAD_TOKENS = frozenset({"qps", "rps", "tps", "rpm"})
_SYSTEM_AFTER = re.compile(
    r"(?i:\+?[ \t]+(?:[\w-]+[ \t]+)?(?:tier|service|system|cluster|platform|fleet|layer|"
    r"gateway|aggregate|edge)\b)"
)
_PEAKING_BEFORE = re.compile(
    r"(?i:\b(?:peaking|peaks)[ \t]+(?:at[ \t]+)?(?:about[ \t]+|around[ \t]+|over[ \t]+|~[ \t]*)?$)"
)


def _load_of_system(text: str, start: int, stop: int, token: str, limit: int) -> bool:
    """Whether the load at [start, stop) is the size of a system, named with it or as its
    peak ("TL for the 10k+ QPS ingest tier"): unit's test, which the fast path defers to."""
    return token in _LOAD_TOKENS and bool(
        _SYSTEM_AFTER.match(text, stop, limit)
        or _PEAKING_BEFORE.search(text, max(0, start - 30), start)
    )


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
    r"objective)\b"
    # "RTO 15 min / RPO 1 min as targets"
    r"|[^.;,\n]{0,30}?\bas[ \t]+(?:(?:the|our)[ \t]+)?(?:targets|goals|requirements|slos|"
    r"objectives)\b)"
)


# The value told first, then named as the ask: "Sub-2s was the ask for push
# notifications", "sub-100ms was the hard budget for the fraud call"
_WAS_THE_ASK_AFTER = re.compile(
    r"(?i:[^.;,\n]{0,40}?[ \t](?:was|is)[ \t]+(?:the|our|my|their)[ \t]+(?:[\w-]+[ \t]+)?"
    # "under ten percent was the bar"
    r"(?:" + "|".join((*_ASK_SINGULARS, "budget", "mandate", "brief", "bar", "gate")) + r")\b)"
)


# Every text that _ASK_STATED matches at some end holds a match of this.
_ASK_STATED_ANY = re.compile(r"(?i:" + _ASK_SUBJECT + r"[^.;!?\n]*?[ \t](?:was|is|were|are)\b)")


def _asked_for(text: str, start: int, stop: int, limit: int) -> bool:
    """What an ask named as the subject asked for, or a figure called the target after."""
    if _AS_TARGET_AFTER.match(text, stop, limit) or _WAS_THE_ASK_AFTER.match(text, stop, limit):
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
# The hedges of speech too: "was, like, point five two"
_SPOKEN_HEDGES = _HEDGES | {"like"}


# "Ran a 5% → 25% → 100% rollout of the pricing service": the chain's name after it
_ROLLOUT_LATER = re.compile(
    r"(?i:[^.;\n]{0,40}?\b(?:roll-?outs?|rolled|canar(?:y|ies)|ramps?|ramp-?up|exposure|"
    r"traffic)\b)"
)


# An arrow anywhere near a number: a change told with it ("$0.011 → $0.003 per request",
# "from ~12 to ~4 h/week"), which a price or hours alone are not
_ARROW = re.compile(r"\u2192|->|=>")


def _arrow_near(text: str, start: int, stop: int, limit: int) -> bool:
    return _ARROW.search(text, max(0, start - 12), min(limit, stop + 12)) is not None


_ARROW_NEAR = re.compile(r"[ \t]*(?:\u2192|->|=>)[ \t]*[$\u20ac\u00a3]?\d")
_ARROW_BEFORE = re.compile(r"(?:\u2192|->|=>)[ \t]*~?[ \t]*$")  # "38 -> 90", "→ ~4x fewer"
_COMPARATIVE_NEXT = re.compile(
    r"(?i:[ \t]+(?:faster|slower|more|fewer|less|cheaper|higher|lower|smaller|larger|quicker)\b)"
)


_hinted(_ROLLOUT_STEPS, "canar|ramp|roll|expos")
_hinted(_ROLLOUT_WORDS, "ramp|roll|releas|canar|going|test|expos|flag")


# "leading to 25% time savings": what the work led to, not a step of a rollout
_LEADING_TO = re.compile(
    r"(?i:\b(?:lead(?:ing|s)?|led|contribut\w*|amount\w*|translat\w*)[ \t]+to[ \t]+"
    r"(?:~|about[ \t]+|around[ \t]+|nearly[ \t]+|over[ \t]+)?$)"
)


_CLOSE_TO = re.compile(r"(?i:\b(?:close|closer)[ \t]+to[ \t]+$)")


_TRAFFIC_AFTER = re.compile(r"(?i:[ \t]*-?[ \t]*traffic\b)")


def _rollout_share(c: Candidate) -> bool:
    """A share of traffic or users in a rollout: 'shifted 20% of traffic', 'ramped to
    50%', 'ran the canary at 1%', 'a 1% canary, then 10%, then 50%'. A percentage that a
    trigger fired at ('rolled back at 2%') or that changed is a result."""
    prev = c.prev
    if prev in _HEDGES:  # "shifted about ten percent of traffic"
        prev = _prev_word(c.text, c.start - len(prev) - 1)
    if (
        (prev in _ROLLOUT_PREV and _SHARE_OF.match(c.text, c.end, c.limit))
        or c.before(_BUILD_GOES_TO, 40)  # "every build goes to 5% of players first"
    ) or (
        # "a 5%-traffic canary", "experiments at 10% traffic each"
        _TRAFFIC_AFTER.match(c.text, c.unit_stop, c.limit) and not c.before(_CHANGE_VERB_BEFORE, 60)
    ):
        return True
    share = _SHARE_OF.match(c.text, c.end, c.limit)
    if share is not None and (
        _ROLLED_AFTER.match(c.text, share.end(), c.limit)
        or _ON_NEW_BUILD_AFTER.match(c.text, share.end(), c.limit)
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


# A second metric fixed to read the first at: "recall at 90% precision", "at 1% FPR"
_OPERATING_POINT_AFTER = re.compile(
    r"(?i:[ \t]+(?:precision|recall|fpr|tpr|specificity|sensitivity|false[ \t]+positives?|"
    r"false[ \t]+positive[ \t]+rate|coverage)\b)"
)


# ("Pay ~£420k/yr for the Refinitiv real-time licence")
_SPENT_BEFORE = frozenset(
    {"paid", "spent", "invested", "charged", "costs", "cost", "costing", "pay", "pays"}
)


_INPUT_WORDS = frozenset(
    {"dataset", "datasets", "corpus", "corpora", "training", "sets", "set", "trained", "pretrained"}
    | {"finetuned", "tuned", "retrained", "labelled", "labeled", "annotated"}
    | {"table", "working", "catalogue", "catalog", "data"}
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
    r"|\b(?:datasets?|data[ \t]+sets?|corpus|corpora|training[ \t]+sets?|"
    # "the training data is roughly nine million transactions", "the data was about 6
    # million orders"
    r"(?:the|our|my)[ \t]+(?:training[ \t]+|labell?ed[ \t]+|historical[ \t]+)?data)[ \t]+"
    r"(?:was|is|had|has|of|contained|contains|held|holds|totall?ed|with)[ \t]+"
    r"(?:about|around|roughly|approximately|approx\.?|nearly|over|some|~|"
    r"something[ \t]+like|like)?[ \t]*$"
    # "a 2.3 TB watch-history dataset (180M events)", "on smart-meter data from ~400k homes"
    r"|\b(?:datasets?|data[ \t]+sets?|corpus)[ \t]*\([ \t]*~?[ \t]*$"
    r"|\bon[ \t]+(?:[\w-]+[ \t]+){0,2}?data[ \t]+from[ \t]+"
    r"(?:about[ \t]+|around[ \t]+|roughly[ \t]+|over[ \t]+|~[ \t]*)?$)"
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


_SPENT_HEDGED = re.compile(
    r"(?i:\b(?:paid|pays?|spent|invested|charged|costs?|costing)[ \t]+(?:~|about|around|roughly|"
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


# ("60 laptops @ ₹85,000 each": the sign for 'at')
_AT_HEDGED = re.compile(
    r"(?i:(?:\bat[ \t]*(?:~|about[ \t]+|around[ \t]+|roughly[ \t]+)|(?<![\w@])@)[ \t]*$)"
)
_CURRENCY_CODES = frozenset(
    {"usd", "eur", "gbp", "inr", "chf", "cad", "aud", "jpy", "sgd", "sek", "nok", "dkk", "pln"}
    | {"czk", "huf", "brl", "mxn", "cny", "krw", "idr", "myr", "thb", "vnd", "twd", "zar", "zł"}
    # "fifty-five k HKD a month" (codes only: "the 2023 naira redesign" is a year)
    | {"hkd", "nzd", "aed", "sar", "qar", "kes", "ngn", "ghs", "egp", "ils", "php", "pkr", "rmb"}
)
# Money named in words: "about four hundred thousand euros", "bought 120 scanners at
# around 300 dollars each" (a unit price paid, not a result)
_CURRENCY_WORDS = frozenset(
    {"dollars", "euros", "pounds", "rupees", "naira", "shillings", "dirhams", "riyals", "pesos"}
    | {"reais", "francs", "lira", "ringgit", "baht", "yen", "yuan", "rand", "cedis"}
    | {"kroner", "kronor", "zlotys"}
    # ("the AWS bill went down about three thousand euro a month")
    | {"euro"}
)
_MONEY_AFTER = _CURRENCY_CODES | _CURRENCY_WORDS | {"k", "m", "b", "bn", "jt", "juta"}  # "~Rp 2 jt"
# A list or an index named by its size: "14 Fortune 100 customers", "an FTSE 250 insurer"
# (and the sale days named by a date: "the Double 11 night")
_INDEX_NAME_BEFORE = re.compile(
    r"(?:\b(?:Fortune|FTSE|S&P|Nifty|Russell|Inc\.|Forbes|Global|Nasdaq|Sensex|DAX|CAC|IBEX|"
    r"Double)[ \t]$)"
)
# What a spend or a price is told by: "agency staffing spend (~£2.3m/yr)", "cloud spend of
# ~€6k/month"; "the contracts at <€0.004/GB"
_SPEND_NOUN_BEFORE = re.compile(
    # ("Monthly AWS bill around ¥6M")
    # ("The cloud spend was around six thousand euros a month")
    # ("Negotiated the Datadog renewal, $48k/yr for 120 hosts")
    # ("Cloud bill for the moderation GPU fleet ~SGD 85k/month")
    r"(?i:(?:\b(?:spend|spending|costs?|bills?)(?:[ \t]+for[ \t]+(?:the|our|a)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}?[\w-]+)?[ \t]*(?:\(|:|of|was|is|were|ran[ \t]+at)?"
    r"|\brenewals?[ \t]*[,:(]?)[ \t]*" + _ABOUT + r"(?:approx\.?[ \t]*)?[<>]?[ \t]*"
    r"(?:[a-z]{3}[ \t]?)?$)"
)
_UNIT_PRICE_AFTER = re.compile(
    r"(?i:[ \t]*(?:/|per[ \t]+)(?:gb|tb|mb|seat|user|unit|device|request|call|query|"
    # ("came to about 0,004 euro per minute", "€0.02 per page")
    r"1k|token|1m[ \t]+tokens|kwh|mwh|licen[cs]e|credit|minute|image|page|document|"
    r"transaction|message|order)\b)"
)


# What was paid, or what a thing cost: "a ₹40 lakh monthly AWS bill", "a ₦4.2m on-prem
# server", "€2.4M capex", "US$14M GPU", "~€140k/mo reserved capacity"
_BILL_AFTER = re.compile(
    r"(?i:(?:[ \t]*/[ \t]*(?:mo|month|yr|year))?(?:[ \t]+[\w-]+){0,2}?[ \t]+"
    # ("$3.1M/yr commit": what a cloud contract commits to spend)
    r"(?:bill|invoice|capex|opex|server|cluster|gpus?|reserved[ \t]+capacity|commit|"
    # ("the ~$40k/yr EDR renewal": what a tool's renewal cost)
    r"commitment|renewal|subscription|licen[cs]e)s?\b)"
)


# "a $2M annual cloud budget", "a $50k innovation grant": money to spend, not a result
# ("saved $200k of the budget" and "$80k under budget" are results).
_FUNDS_AFTER = re.compile(
    # "£2m/yr ad spend", "₹40L", "R$ 2,4 mi annual cloud budget"
    r"(?i:(?:[kmb]?/[a-z]+|[ \t]+(?:mio|mln|mrd|mld|mi|mil|bi)\b\.?|l\b)?"
    r"(?:[ \t]?[–-][ \t]?\d[\d.,]*(?:[ \t]*(?:lakhs?|crores?|[kml])\b)?)?"  # "₹18–32 lakh"
    r"\+?"  # "$6M+ infra budget"
    # "a $50k Google.org grant": a funder's name may hold a dot
    # ("a USD 2.4M FCDO-funded digital-ID inclusion grant": three words between)
    r"(?:[ \t]+(?!of\b|from\b|in\b|on\b|off\b|under\b|over\b|below\b|less\b)"
    r"[\w-]+(?:\.[a-z]+)?){0,3}?"
    r"[ \t]+(?:budgets?|grants?|funding|allowance|stipend|salary|spend|loan[ \t]+book|portfolio|"
    # pay and what a job is worth: "₹18 LPA current CTC", "a KSh 45,000/month retainer",
    # "a ₹18-32 lakh range", "a ₹40L project", "~€90/mo infra"
    r"fixed-price[ \t]+contract|lpa|ctc|retainer|range|band|projects?|infra|hardware|tiers?|"
    # "~$2.5M vendor contracts" owned
    r"vendor[ \t]+contracts?|"
    # "for a ₹6.2 lakh fixed fee"
    r"(?:fixed|flat|monthly|annual|setup|set-up)[ \t]+fees?|"
    # a vendor's price: "a ₹2L enterprise licence" (a contract may be won: left out)
    r"licen[cs]es?|subscription|"
    # the size of a book or a fund: "a $2bn notional rates book", "a $500M AUM fund"
    r"notional|aum|nav|"
    # cloud credits granted: "a $50k AWS Activate credit"
    r"credits?)\b"
    # a rate charged by the hour: "R$ 180/h", "£65 per hour"
    r"|(?:/h|/hr|/hour|[ \t]+(?:per|an|a)[ \t]+hour)\b"
    # a contract's rate: "₪32k/month contract through a Tel Aviv agency"
    r"|[kmb]?/(?:month|mo|day|yr|year)[ \t]+contract\b)"
)


# A budget or grant named just before a bare magnitude: "Budget was tight, like 30k a year"
_BUDGET_NEAR = re.compile(r"(?i:\b(?:budgets?|grants?|funding)\b[^.;\n\d]{0,30}$)")
# "project budget £1.8m", "contracts worth £40K": money to spend or manage
_FUNDS_BEFORE = re.compile(
    # ("a Mitacs grant, forty thousand dollars")
    # ("VaR limit of $5M per desk")
    r"(?i:\b(?:budgets?|grants?|funding|allocation|series[ \t]+[a-e]|seed[ \t]+round|"
    r"(?:var|loss|risk|position|credit|exposure|trading)[ \t]+limits?|"
    # "stop-loss at $5M", "99% VaR of $18M"
    r"stop[ \t-]?loss(?:[ \t]+(?:at|of))?|c?var[ \t]+(?:of|at|was|is))"
    r"(?:[ \t]*[:,])?[ \t]+(?:of[ \t]+|was[ \t]+|is[ \t]+)?"
    r"(?:approx\.?[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|~[ \t]*)?$"
    # "Licence negotiation: CHF 85k/yr", "Licence for Cognex vision suite ¥380k"
    r"|\blicen[cs]e\w*\b[^.;\n\d]{0,40}$"
    # what a funded piece of work was worth, in brackets: "the H2020 consortium (€9M)",
    # "the Doctoral Network proposal (€2.6M, 10 PhD positions)"
    r"|\b(?:proposal|consortium|programme|program|grant[ \t]+application)[ \t]*\([ \t]*"
    r"(?:approx\.?[ \t]*|about[ \t]+|~[ \t]*)?$"
    # money someone was given to look after: "Manage ~$250k/yr of AWS research credits",
    # "Owned a $1.2M tooling budget"
    r"|\b(?:manag(?:e|ed|es|ing)|own(?:ed|s)?)[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+)?"
    r"(?:approx\.?[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|~[ \t]*)?$"
    # "Contract at Rp 85 juta/month"
    r"|\bcontract[ \t]+(?:at|rate|rate[ \t]+of)[ \t]+$"
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
# Words of a person's own pay, before the amount in the same sentence ("notice period"
# marks a line about the writer's job, as in "Current CTC 14 LPA; notice period 60 days")
_PAY_BEFORE = re.compile(
    r"(?:\b(?i:salary|salaries|ctc|lpa|take-home|remuneration|pension|notice[ \t]+period|"
    r"(?:current|my|expected|asking|total|annual)[ \t]+(?:package|pay|comp|compensation|"
    # ("my offer was ₦650k a month")
    r"salary|ctc|base|rate|tc|offer)|i[ \t]+charge|"
    # "Comp expectation £120-140k"
    r"(?:comp|compensation|salary|pay)[ \t]+expectations?|"
    # "My expectation is around R$ 30k CLT"; the Portuguese and Spanish words for it
    # ("Expectation-wise, around NOK 1.1M plus pension")
    r"my[ \t]+expectations?|expectations?[ \t-]+wise|"
    r"pretens(?:\u00e3o|ao|i\u00f3n|ion)[ \t]+salarial|"
    r"pretens(?:\u00e3o|ao))\b"
    # (past an amount's decimal point: "Current package HK$1.6M + 40% bonus")
    r"|\b(?i:comp|compensation|current)[ \t]*:|\bTC\b)(?:[^.\n]|\.(?=\d)){0,80}$"
    # what someone asks to be paid, right before it: "looking for around SGD 15k a month",
    # "expecting HKD 80k", "hoping for sixty-five"
    r"|\b(?i:expecting|hoping[ \t]+for|looking[ \t]+(?:for|at))[ \t]+"
    # "looking for a role in Bergen or remote, around 900k NOK"
    r"(?i:(?:an?|the)[ \t]+(?:[\w-]+[ \t]+)?(?:role|job|position|offer)\b[^.;\n]{0,50}?"
    r"[ \t,]+(?=around|about|roughly|~))?"
    # ("looking for something closer to ₱3.5M")
    r"(?i:(?:something[ \t]+)?(?:closer[ \t]+to|north[ \t]+of|in[ \t]+the[ \t]+range[ \t]+of)"
    r"[ \t]+)?"
    r"(?i:around[ \t]+|about[ \t]+|roughly[ \t]+|~[ \t]*)?"
    # the top of a range asked for: "looking at around ninety-five to a hundred and five
    # thousand francs"
    r"(?:[\w.,-]+(?:[ \t]+[\w-]+)?[ \t]+to[ \t]+(?:[\w-]+[ \t]+){0,3}?)?$"
    # what someone earns now: "I'm at twenty-two thousand riyals now, plus housing"
    r"|\b(?i:i'?m|i[ \t]+am)[ \t]+(?i:currently[ \t]+)?at[ \t]+"
    r"(?i:around[ \t]+|about[ \t]+|roughly[ \t]+|~[ \t]*)?$"
    # a freelancer's price: "Rates $45-55/h, fixed-price from $3k+", "the SOW is eighteen
    # thousand dollars", "3-wk contract | USD 6k"
    r"|(?i:(?:^|[\n\u2022-][ \t]*)rates?\b[^.;\n\d]{0,12}"
    r"|\bfixed[ \t-]price[ \t]+(?:from|of|at)[ \t]+|\b(?:the|my|our)[ \t]+sow[ \t]+(?:is|was)[ \t]+"
    r"|\bcontract[ \t]*\|[ \t]*)(?:around[ \t]+|about[ \t]+|~[ \t]*)?$"
)
# The same words after the amount: "US$385k TC", "58k€ brut", "₹18 LPA", "+ housing"
_PAY_AFTER = re.compile(
    # (after the top of a range: "~CAD 140-160k base")
    r"(?i:(?:[ \t]*[-\u2013][ \t]*\d[\d.,]*[ \t]*[km]?)?\+?"
    r"[ \t]*(?:€|£|\$)?(?:[ \t]*/[ \t]*(?:month|mo|m\u00eas|mes|yr|year|annum))?[ \t]*"
    # not "gross merchandise value" nor "net new ARR", which are results
    r"(?:tc|ctc|lpa|gross(?![ \t]+(?:merchandise|margin|profit|revenue|sales|bookings))|brut|"
    # Brazil's employment contracts, and take-home pay ("4k€ net in Tallinn")
    r"clt|pj|net(?=[ \t]*(?:in|per|a|/|,|$|\.|;|\)|plus|\+))|"
    r"brutto|salary|p\.?a\.?|per[ \t]+annum|base(?![ \t]+(?:of|model|layer|rate|case))|"
    # "NT$2.6M annual package in Hsinchu"
    r"(?:annual|yearly|total)[ \t]+(?:package|compensation|comp)\b|"
    r"compensation|comp(?![ \t]+(?:of|for))|"
    # "+ 3 months bonus"
    r"(?:\+|[ \t]plus)[ \t]*(?:\d+[ \t]+months?[ \t]+)?(?:bonus|housing|pension|equity|rsus?|"
    r"benefits|allowances?))\b)"
    # an hourly rate: "$45-55/h"
    r"|(?i:(?:[ \t]*[-\u2013][ \t]*\d[\d.,]*)?[ \t]*/[ \t]*(?:h|hr|hour)\b)"
)


# Every match of _PAY_BEFORE or _PAY_AFTER holds one of these words, lowercased
_PAY_WORDS = frozenset(
    {"salary", "salaries", "ctc", "lpa", "take", "remuneration", "pension", "notice"}
    | {"package", "pay", "comp", "compensation", "rate", "tc", "charge", "gross", "brut"}
    | {"brutto", "base", "bonus", "housing", "equity", "rsu", "rsus", "benefits"}
    | {"allowance", "allowances", "annum", "p", "current", "expecting", "hoping", "looking"}
    | {"expectation", "expectations", "pretens\u00e3o", "pretensao", "pretensi\u00f3n"}
    | {"pretension", "clt", "pj", "net", "rates", "rate", "fixed", "sow", "contract"}
    | {"h", "hr", "hour", "offer"}
)


def _pay_told(text: str, words: frozenset[str], span: tuple[int, int, int], limit: int) -> bool:
    """Whether words of a person's pay stand before the amount (in its sentence) or right
    after it; span is the number's start, its end and where its unit ends."""
    if _PAY_WORDS.isdisjoint(words):
        return False
    start, end, stop = span
    return bool(
        _PAY_BEFORE.search(text, max(0, start - 90), start)
        or _PAY_AFTER.match(text, end, limit)
        or _PAY_AFTER.match(text, stop, limit)
    )


_EACH_AFTER = re.compile(
    r"(?i:[ \t]*(?:each|apiece|a[ \t]+piece|per[ \t]+(?:unit|device|seat|licen[cs]e|head|user)|"
    r"/[ \t]?(?:unit|device|seat|licen[cs]e|head|user))\b)"
)
# The price of what was bought, in brackets after it: "Procured 2x DGX H100 (AUD 1.1M)"
_BRACKET_BEFORE = re.compile(r"(?i:\([ \t]*(?:~|approx\.?|about|c\.)?[ \t]*(?:[a-z]{3}[ \t]*)?$)")
_NOT_BOUGHT_BEFORE = re.compile(
    r"(?i:\b(?:avoid\w*|without|instead[ \t]+of|no[ \t]+longer|never|not|n't|skipp\w*|"
    r"cancel\w*|sav\w*)\b[^.;\n]*$)"
)
_PRICED_BEFORE = re.compile(
    r"(?i:\b(?:bought|buy\w*|purchas\w*|priced|pric\w*|leased|rented|licen[cs]ed|"
    r"negotiat\w*|procur\w*)\b"
    r"[^.;\n]{0,50}$)"
)


_PRICE_SET_BEFORE = re.compile(
    # ("Pricing for the travel tool: AED 99 / 249 / 599 per seat per month")
    r"(?i:\b(?:priced|prices?[ \t]+(?:of|at|from)|pricing|day[ \t-]rates?|hourly[ \t-]rates?|"
    r"rate[ \t]+card|bid|quoted|"
    r"avg\.?[ \t]+contracts?|average[ \t]+contracts?|contract[ \t]+values?|deal[ \t]+sizes?|"
    r"engagements?|arr[ \t]+band|retainers?|fixed[ \t-]+(?:price|fee)|flat[ \t-]+fee)\b"
    r"[^.;\n]{0,90}$)"
)


_MEMORY_UNITS = frozenset({"gb", "gib", "tb", "tib", "mb", "mib"})


# An amount of data is a size, a result only when it changed, was saved or freed, or
# flows at a rate: "shrank the image from 4.2 GB to 900 MB", "freed 200 GB", "3 PB of
# logs per day"; not "trained on ~2TB of parquet shards", "a 14 TB data lake".
_DATA_VOLUME = _MEMORY_UNITS | {
    *("kb", "pb", "kib", "pib", "bytes"),
    *("kilobytes", "megabytes", "gigabytes", "terabytes", "petabytes"),
}


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


# The verbs of saving proper, for people named past a word of role: "the work of two
# junior engineers" is whose work someone watched.
_SAVED_VERB_BEFORE = re.compile(
    r"(?i:\b(?:sav(?:e|ed|es|ing)|free(?:d|s|ing)?(?:[ \t]+up)?|reclaim\w*)\b[^.;\n]{0,30}$)"
)


def _saving_before(c: Candidate) -> bool:
    """c.before(_SAVING_PEOPLE, 40)."""
    return _found_before(c.text, c.start, 40, _SAVING_PEOPLE, _SAVING_STEMS)


_ROLE_TIME_AFTER = re.compile(
    # a role, not a count: "a 38k two-week A/B test" has none
    r"(?i:[ \t]*(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|few|"
    r"several|multi|full|part)-)(?:[a-z]+-)?[a-z]+-(?:hours?|hrs?|days?|weeks?|months?)\b"
    # "~25 test-engineer hrs/week saved", "~1,200 call-centre hours/month off"
    r"|[ \t]+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|half|full|part)-)"
    r"[a-z]+-[a-z]+[ \t]+(?:hours?|hrs?|days?)\b"
    r"|[ \t]+on-?call[ \t]+(?:hours?|hrs?|days?)\b"
    # the hours first, in Portuguese and Spanish: "~1.500 horas-homem/mês"
    r"|[ \t]*horas?-(?:homem|hombre|persona|pessoa)\b)"
)
# "took us about six months and maybe four hundred engineer hours"
_TOOK_BEFORE = re.compile(r"(?i:\b(?:took|take|takes|taking)\b[^.;\n]{0,45}$)")
# "took 15 engineer-hours a week of ad-hoc backfill requests off the data eng team"
# ("it took us 6 engineer-months to migrate off Jenkins": a move off a tool, not time given
# back, so the words before "off" hold no verb of moving)
_OFF_AFTER = re.compile(
    r"(?i:(?:(?!\b(?:migrat|mov|switch|port|transition)\w*[ \t]+(?:away|off)\b)[^.;\n]){0,50}?"
    # (not "the 6am cut-off", "a drop-off", "back-end")
    r"(?<![\w-])(?:off|away|back)(?![\w-]))"
)
_USE_AFTER = re.compile(
    r"(?i:[^.;\n]{0,30}?\b(?:use|uses|using|used|rely|relies|relied|depend|depends|adopted|"
    r"query|queries|open|opens|visit|visits)\b)"
)


# Whom or what a person looked after: the scope of the job, not a result ("support roughly
# 150 accounts in EMEA", "managed a book of 65 SMB accounts", "covered around 200 customers")
_LOOKED_AFTER_BEFORE = re.compile(
    r"(?i:\b(?:look(?:ed|s|ing)?[ \t]+after|cover(?:ed|s|ing)?|a[ \t]+book[ \t]+of|"
    r"account[ \t]+manager[ \t]+for|named[ \t]+contact[ \t]+for|i[ \t]+support|we[ \t]+support)"
    r"[ \t]+(?:(?:about|around|roughly|some|between|maybe|over|~)[ \t]*)?$)"
)


# People taught are the job's scope, new or not: "trained about 90 new reviewers", "ran
# onboarding for 50 call-centre agents" (unless they are told to use something later)
_TAUGHT_BEFORE = re.compile(
    r"(?i:\b(?:trained|coached|mentored|taught|upskilled|onboarded[ \t]+and[ \t]+trained|"
    r"(?:ran|led|delivered|gave|did)[ \t]+(?:the[ \t]+)?(?:onboarding|training|workshops?)"
    r"(?:[ \t]+sessions?)?[ \t]+for)[ \t]+"
    r"(?:(?:about|around|roughly|some|over|nearly|~)[ \t]*)?$)"
)
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
    r"(?:(?:about|around|roughly|some|over|maybe|like|~)[ \t]*)?$"
    # "provided IT support to about 40 staff", "provided support for over 900 users"
    # (the person provided it, not a platform: "a team that provided support for 900 users")
    r"|(?:^|[\n.;:\u2022-][ \t]*|\b(?:i|we|team[ \t]+that|who)[ \t]+)"
    r"provid(?:ed|ing|es?)[ \t]+(?:[\w-]+[ \t]+){0,2}?support[ \t]+(?:for|to)[ \t]+"
    r"(?:(?:about|around|roughly|some|over|more[ \t]+than|~)[ \t]*)?"
    # ... and where they were: "for 1000+ employees in 6 offices"
    r"(?:\d[\d,]*\+?[ \t]+[\w-]+[ \t]+(?:in|across|at)[ \t]+)?$)"
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
    if (
        stop is not None
        and (_TOLD_USE_AFTER.match(c.text, stop, c.limit) or c.before(_TOOL_OF_BEFORE, 60))
        and not _team_or_source(c)
    ):
        # "70 analysts query it every day"; "the daily tool of 45 finance analysts"
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
    later = (
        _PLURAL_THEN_LATER_USE.match(c.text, c.end, c.limit)
        or _PLURAL_NOW_USE.match(c.text, c.end, c.limit)
        or _PLURAL_LOG_IN.match(c.text, c.end, c.limit)
    )
    if (
        later is not None
        and later.group("noun").lower() not in _SYSTEM_NOUNS
        and not _team_or_source(c)
    ):
        return Decision(Reason.REACH, later.end("noun"))  # "48 supervisors ..., who now plan in it"
    signed = _PLURAL_SIGNED_UP.match(c.text, c.end, c.limit)
    if (
        signed is not None
        and signed.group("noun").lower() not in _SYSTEM_NOUNS
        and not _team_or_source(c)
    ):
        return Decision(Reason.REACH, signed.end("noun"))  # "1,800 tutors signed up"
    used_there = _product_used_after(c)
    if used_there is not None:
        return Decision(Reason.REACH, used_there)  # "the app that 600 pilots fill in"
    them = (
        _OF_THEM_USE.match(c.text, c.end, c.limit)
        if not _ADOPTERS.isdisjoint(_marks(c).words())
        else None
    ) or _OF_THEM_NOW_USE.match(c.text, c.end, c.limit)
    if them is not None:
        return Decision(Reason.REACH, them.end())
    # ("now read by 60 case managers every week": stop is where the people end)
    if (stop is not None or c.token in _TOLD_USE_TOKENS) and c.before(_READ_BY, 30):
        return Decision(Reason.REACH, stop or c.unit_stop)
    return _reach_said_around(c, stop)


def _reach_said_around(c: Candidate, stop: int | None) -> Decision | None:
    """Reach said the way people talk: the use first, then the count ("all the risk
    analysts use it now, that's around forty people"), or a count with no noun that the
    answer's people stand for ("I'd guess two hundred or so use it every week")."""
    if stop is not None and c.before(_USE_THEN_COUNT_BEFORE, 110):
        return Decision(Reason.REACH, stop)
    bare = _BARE_USE_IT_AFTER.match(c.text, c.end, c.limit)
    if bare is not None and not _ADOPTERS.isdisjoint(_marks(c).words()):
        return Decision(Reason.REACH, bare.end())
    return None


_USE_THEN_COUNT_BEFORE = re.compile(
    r"(?i:\b(?:use|uses|using|used|open|opens|opened)\b[^.;\n]{0,80}?,[ \t]*"
    r"that(?:'s|\u2019s|[ \t]+is|[ \t]+was)[ \t]+"
    r"(?:(?:about|around|roughly|like|some|maybe)[ \t]+|~[ \t]*)?$)"
)
_BARE_USE_IT_AFTER = re.compile(
    r"(?i:(?:[ \t]+or[ \t]+so)?[ \t]+(?:of[ \t]+them[ \t]+)?(?:now[ \t]+)?"
    r"(?:use|uses|open|opens)[ \t]+it\b)"
)


def _product_used_after(c: Candidate) -> int | None:
    """The product named, then the people who use it as the object of their verb: 'a
    fatigue app that 600 pilots fill in', 'the case dashboard 40 investigators now work
    from every day' (not 'the tool 5 engineers built': a word of use is needed)."""
    if not _found_before(c.text, c.start, 80, _PRODUCT_BEFORE, _PRODUCTS):
        return None
    found = _PLURAL_THEN_VERB.match(c.text, c.end, c.limit)
    if found is None or found.group("noun").lower() in _SYSTEM_NOUNS or _team_or_source(c):
        return None
    return found.end("noun")


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
    "running",
    *("opened", "opening", "book through", "have", "had", "connected to", "connect to"),
    *("check in with", "checking in with", "checked in with", "run", "runs", "ran"),
    *("embed", "embeds", "embedded", "interact with", "interacts with"),
    # "170+ engineers in the group import it"
    *("import", "imports", "imported", "install", "installs", "installed", "call", "calls"),
    # "40 investigators work from it every day"
    *("work from", "work in", "work off", "works from", "working from", "working in"),
    # "~1,100 providers sign in to the credentialing portal I built"
    *("sign in to", "signs in to", "log in to", "logs in to", "log into", "logs into"),
    # "200 operators fill it in at every changeover", "85 billers had moved over to it"
    *("fill", "fills", "moved over to", "moved to", "switched to", "switched over to"),
    # "140 translators use it every patch", "60 franchisees check it every week", "a bot
    # that 2,700 head teachers reply to every morning"
    *("check", "checks", "checked", "reply to", "replies to", "replied to", "respond to"),
    # "220 engineers ask it something at least weekly"
    *("ask", "asks", "query", "queries"),
)
# Uses told with "with it" or "on it", and with "in it", "on it" or "from it"
_USES_WITH_IT = (
    *("ship", "ships", "shipping", "taking", "take", "takes", "marking", "mark", "marks"),
    *("running", "runs", "run", "recording", "record", "records", "logging", "booking"),
    *("filing", "submitting", "paying", "ordering"),
    # "1,200 SMBs ran their chatbots on our managed inference tier"
    "ran",
)
_USES_IN_IT = (
    *("log", "logs", "logging", "check", "checks", "checking", "book", "books", "file"),
    *("files", "plan", "plans", "planning", "chart", "charts", "charting", "cook", "cooks"),
    # "60 reviewers now work the ban queue from it", "70 analysts model their cut-off
    # changes in it", "12k shop owners record their daily sales in it", "80k members got
    # the notices from it"
    *("work", "works", "model", "models", "record", "records", "label", "labels"),
    *("handle", "handles", "triage", "triages", "got", "get", "gets", "receive", "receives"),
    # "the planners at all six depots build their rosters in it every week"
    *("build", "builds", "keep", "keeps", "manage", "manages"),
    # "11 newsrooms set their own metering rules in the paywall config service I wrote", "38
    # product teams run their pre-launch evals in it"
    *("set", "sets", "configure", "configures", "run", "runs"),
)
# The verbs of using a thing, in the present: "who now chart every shift on it"
_USE_VERBS = (
    *("use", "uses", "chart", "charts", "plan", "plans", "log", "logs", "file", "files"),
    *("book", "books", "run", "runs", "open", "opens", "check", "checks", "triage"),
    *("triages", "track", "tracks", "record", "records", "submit", "submits", "fill"),
    *("fills", "process", "processes", "schedule", "schedules", "manage", "manages"),
    *("take", "takes", "mark", "marks", "report", "reports", "read", "reads", "update"),
    "updates",
    # "who now complete every field audit in it", "all of them close the day's inventory in it"
    *("complete", "completes", "close", "closes", "do", "does", "sign", "signs", "build"),
    *("builds", "approve", "approves", "enter", "enters", "scan", "scans", "reconcile"),
    *("reconciles", "order", "orders", "pay", "pays", "raise", "raises", "handle", "handles"),
    # "who now put every drop-in appointment through it", "who now send their notices on it"
    *("put", "puts", "send", "sends", "route", "routes", "trade", "trades", "work", "works"),
    # "who now label every red-team batch in it"
    *("label", "labels", "model", "models"),
)
# What people use, named: "the platform", "the case dashboard", "the stock app" (one list
# for the patterns of reach and for their prefilter, _IT_WORDS)
_PRODUCTS = (
    *("platform", "tool", "app", "portal", "system", "dashboard", "module", "bot"),
    *("calculator", "explorer", "service", "website", "site", "tablet", "planner"),
    *("generator", "assistant", "chatbot", "copilot", "tracker", "notebook"),
    *("scorecard", "simulator", "viewer", "console"),
    # "1,800 pilots fly with the no-fly-zone checker"
    "checker",
    # "30+ ship agencies file port-call data through the API", "the yield board that 140
    # agronomists open", "run their triage through the classifier"
    *("api", "form", "board", "classifier", "package", "plugin", "extension"),
    # "200 researchers kick off their evals through the harness", "on our inference tier"
    *("harness", "add-in", "tier"),
    # "the metrics layer that 11 business units report from"
    "layer",
    # "sixty clinics were booking their follow-ups through the agent", "set every bid
    # strategy through the rules engine", "a pricing toolkit that 70 cafés use"
    *("agent", "engine", "toolkit", "report", "template", "workflow", "ivr", "cli"),
)
_PRODUCT_NOUN = r"(?:" + "|".join(_PRODUCTS) + r")"
# The verbs of "through the tool I built", "the R/Shiny package I maintain"
_MADE_WORDS = frozenset(
    {"built", "build", "wrote", "made", "shipped", "developed", "created", "designed"}
    | {"rebuilt", "maintain", "maintained", "launched"}
)
# The thing built, named by who made it: "the KoboToolbox form I built"
_MADE_BY_ME = (
    r"the[ \t]+(?:[\w/-]+[ \t]+){0,3}?[\w-]+[ \t]+(?:i|we)[ \t]+"
    r"(?:helped[ \t]+(?:to[ \t]+)?)?(?:" + "|".join(sorted(_MADE_WORDS)) + r")"
)
# A plural noun after a number, and where they are: "30 properties in Tennessee and
# Georgia", "2,400 guides"
_PLURAL_AND_PLACE = (
    # ("14 Norwegian and Danish utilities")
    # ("seventy cafés": a letter with an accent)
    # ("85 trust & safety analysts")
    r"\+?(?:[ \t]+(?:[a-z][\w-]*|&)){0,3}?[ \t]+"
    r"(?P<noun>[a-z][a-z\u00e0-\u00ff-]{1,}s|people|staff|crew)"
    # "140 translators and LQA testers"
    r"(?:[ \t]+(?:and|&)[ \t]+(?:[\w-]+[ \t]+)?[a-z][a-z-]+s)?"
    # ("~1,200 callers a month now pick ...")
    r"(?:[ \t]+(?:a|per|each|every)[ \t]+(?:day|week|month|year))?"
    # "180 farm advisors of the Chambres d'agriculture", "18 operators at my old mine in
    # Rustenburg" (a place within a place), "60 reviewers in Manila & Warsaw"
    # ("70 cafés on a POS platform")
    # ("400 analysts in São Paulo and Porto Alegre")
    r"(?:[ \t]+(?:in|across|around|at|from|of|on)[ \t]+"
    r"(?:[\w&'\u2019-]+[ \t]+){0,4}?[\w'\u2019-]+){0,2}"
)
_PLURAL_THEN_USE_IT = re.compile(
    # "600 pupils who now use it daily", "eighteen operators, still log fuel in the app"
    r"(?i:" + _PLURAL_AND_PLACE + r"(?:,(?=[ \t]+(?:now|still|all)\b))?(?:[ \t]+(?:who|that))?"
    r"(?:[ \t]+(?:now|still|actively|all|regularly|already))?"
    r"(?:[ \t]+(?:were|are|have|had|has))?[ \t]+"
    # "23 clinics take their appointments through it", "70 schools run their term
    # reminders through it", "70 clinics submit through it daily"
    # "30 managers run their Monday review off the dashboard I built"
    # "40 instructors now set their weekly quizzes with the question-generation tool"
    # ("70 county clerk offices e-record through the API")
    r"(?:[a-z][\w-]*[ \t]+(?:[\w/-]+[ \t]+){0,5}?(?:through|via|off|with)|"
    # "5,000 teachers were taking attendance with it", "11 product teams ship with it"
    # ("900 SMBs ran their support bots on our managed tier")
    r"(?:" + "|".join(_USES_WITH_IT) + r")[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:with|on)|"
    # "70 inspectors log their checks in it daily", "5,200 shopkeepers were checking
    # prices on it weekly"
    r"(?:"
    + "|".join(_USES_IN_IT)
    + r")[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:in|on|from)|"
    + "|".join(use.replace(" ", r"[ \t]+") for use in _USES_OF_IT)
    # "... through the procurement module I built"
    + r")[ \t]+(?:it|them|"
    + _MADE_BY_ME
    + "|"
    # "41 councils send their notices through the platform now", "use our planner"
    r"(?:the|our|my)[ \t]+(?:[\w/-]+[ \t]+){0,2}?" + _PRODUCT_NOUN + r")\b)"
)
# Any plural noun that joined of its own accord: "2,400 guides signed up", "1,800 tutors
# in the north registered"
_PLURAL_SIGNED_UP = re.compile(
    r"(?i:" + _PLURAL_AND_PLACE + r"(?:[ \t]+(?:have|had|has))?[ \t]+"
    # ("3,100 students claimed online in year one")
    r"(?:signed[ \t]+up|registered|enrolled|subscribed|(?:claimed|applied|booked)[ \t]+online)\b)"
)
# Every match of _PLURAL_SIGNED_UP holds one of these words: the reach prefilter's test.
_SIGNED_UP_WORDS = frozenset(
    {"signed", "registered", "enrolled", "subscribed", "claimed", "applied", "booked"}
)
# Every match of _PLURAL_THEN_USE_IT holds one of these words: the reach prefilter's test.
_USE_IT_WORDS = frozenset(
    {use.split()[0] for use in _USES_OF_IT}
    | {"through", "via", "off", "with"}
    | {*_USES_WITH_IT, *_USES_IN_IT, *_USE_VERBS}
)
_PEOPLE = frozenset({"people", "persons", "folks", "staff", "colleagues", "employees"})
# The product, then the people who use it (_product_used_after)
_PRODUCT_BEFORE = re.compile(
    # ("the metrics layer (dbt + Cube) that 70 finance and ops staff query")
    r"(?i:\b" + _PRODUCT_NOUN + r"s?[ \t]+(?:\([^()\n]{1,30}\)[ \t]+)?(?:(?:that|which)[ \t]+)?"
    r"(?:about[ \t]+|around[ \t]+|some[ \t]+|~[ \t]*)?$"
    # what the product is for, between it and the people: "a Python package for EEG
    # artefact rejection that 60+ labs now run", "a sales dashboard for a Lagos
    # distributor that 35 van reps open every morning"
    # ("Ticket-summary copilot inside ServiceNow, which 450 L1 agents ... now use")
    r"|\b" + _PRODUCT_NOUN + r"s?[ \t]+(?:for|of|on|in|inside|within)[ \t]+"
    r"(?:[\w&'-]+[ \t]+){0,4}?[\w&'-]+,?[ \t]+"
    r"(?:that|which)[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+|~[ \t]*)?$)"
)
# The verb is one of _USE_IT_WORDS in the pattern, so a place before it is not taken for
# it ("230 operators at an Alberta site now fill in")
_PLURAL_THEN_VERB = re.compile(
    r"(?i:"
    + _PLURAL_AND_PLACE
    + r"(?:[ \t]+(?:now|all|still|actively))?[ \t]+(?P<verb>"
    + "|".join(sorted(_USE_IT_WORDS, key=len, reverse=True))
    + r")\b)"
)
# A value named as the bar to clear: "set recall@10 >= 0.5 as the acceptance bar"
_GATE_WORDS = frozenset(
    {
        "gate",
        "bar",
        "threshold",
        "criterion",
        "criteria",
        "cutoff",
        "requirement",
        "floor",
        "guardrail",
    }
)
_AS_GATE = (
    # ("set RAGAS faithfulness >= 0.85 as release criterion": no article)
    r"[ \t]+as[ \t]+(?:(?:the|our|a|an|my|their)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:gate|bar|threshold|criterion|criteria|cutoff|cut-off|requirement|floor)\b"
)
_AS_GATE_AFTER = re.compile(r"(?i:[^.;\n]{0,30}?" + _AS_GATE + ")")
# A gate named before its value: "the ship gate for the detector was recall at least 0.9",
# "ship gate of recall >= 0.90", "the bar was a Brier score under 0.18"; or right after
# it: "a recall >= 0.90 ship gate". Every match holds one of _GATE_WORDS.
_GATE_BEFORE = re.compile(
    # ("the ship gate would be sensitivity of at least 95%")
    # ("The gate from the business was an AUC of point eight")
    r"(?i:\b(?:gate|threshold|cutoff|the[ \t]+bar)[ \t]+(?:of|was|is|for|at|set|from|"
    r"(?:would|will|should)[ \t]+be)\b"
    r"[^.;!?\n]{0,80}$"
    # a bar named, then anything up to the bound: "the launch bar: precision of at least
    # point nine", "The bar the editors gave us ... was a faithfulness score of at least
    # 0,9", "the client's bar was an F1 of at least point nine"
    r"|\b(?:(?:the|a|an|our|my|their|this|that|acceptance|launch|ship|release|quality|"
    r"go-live)[ \t]+|[\w-]+(?:'s|\u2019s)[ \t]+)bar\b[^.;!?\n]{0,100}$)"
)
# ("an MAE ≤ 4.0 parcels/route gate": a unit with a slash between)
# ("Dice ≥ 0.82 was the ship gate for liver segmentation")
_GATE_RIGHT_AFTER = re.compile(
    # ("F1 of 0.90 was the bar", "made NDCG@20 >= 0.45 the offline ship gate", "the <1%
    # invalid-click guardrail")
    # (not "a PPV of 0.42 at the threshold they picked": where it was read)
    r"(?i:[ \t]+(?:(?:(?:was|is|as)[ \t]+)?(?:the|our|a|an|my)[ \t]+)?"
    r"(?:(?!(?:at|on|in|for|with|under|over)\b)[\w/-]+[ \t]+){0,2}?"
    r"(?:gate|threshold|guardrail)\b"
    r"|[ \t]+(?:was|is|as)[ \t]+(?:the|our|a|an|my)[ \t]+(?:[\w/-]+[ \t]+)?bar\b)"
)
# What the people use, named: "in it", "on them", "on the tablet" (_LATER_USE)
_IT_WORDS = frozenset({"it", "them", *_PRODUCTS})


def _people_end(c: Candidate) -> int | None:
    """Where the people counted end: '45 managers', '45 regional managers', '300 people'."""
    if c.token in _ADOPTERS or c.token in _PEOPLE:
        return c.unit_stop
    after = _NEXT2.match(c.text, c.unit_stop, c.limit)
    if after is not None and after.group("tok").lower() in _ADOPTERS:
        return after.end()
    return None


# The people told to use it later in the sentence, by who they are now or all of them:
# "Trained 48 supervisors on the planner, who now plan every morning shift in it", "; all
# 25 now use it on every case", "and, um, all of them use it"
_LATER_USE = (
    r"[^.;\n]{0,80}?"
    r"(?:,[ \t]*(?:and[ \t]*,?[ \t]*)?(?:(?:um|uh|so),[ \t]*)?|;[ \t]*|[ \t]+and[ \t]+)"
    # "Trained about 40 coders on it, and they all use it for every episode now"
    r"(?:now[ \t]+)?(?:who|they(?:[ \t]+all)?|all[ \t]+(?:\d+|of[ \t]+them)|"
    # "and all forty of them now plan their weekend shifts in it"
    r"all[ \t]+(?:ten|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"[ \t]+of[ \t]+them|"
    r"every[ \t]+one[ \t]+of[ \t]+them)[ \t]+"
    r"(?:now[ \t]+|still[ \t]+)?(?:" + "|".join(_USE_VERBS) + r"|"
    # any verb once the people are told to be at it now: "who now assign every retention
    # call from it", "and they all get their payment statement through the app"
    r"(?<=now[ \t]|all[ \t])[a-z][\w-]*)[ \t]+"
    # "who now handle every player report for JP and KR in it", "every 18/112 call in it"
    r"(?:[\w'\u2019/-]+[ \t]+){0,7}?"
    # "... close all their work orders on the tablet"
    # "who now log every sale in the stock app", "in the KoboToolbox form I built"
    r"(?:(?:in|on|with|through|from)[ \t]+)?(?:it|them|" + _MADE_BY_ME + r"|"
    r"the[ \t]+(?:[\w-]+[ \t]+)?" + _PRODUCT_NOUN + r")\b"
)
# What the people counted did with the thing built, told after them: "70 analysts query it
# every day", "300 people across finance use it", "three banks signed up for the pilot".
# Words of use that are not words of use everywhere ("a slow query", "open source") are
# after the people who do them; and "8 people use Go" is a team's stack, so a word of use
# needs "it" or "them" after it.
_TOLD_USE_AFTER = re.compile(
    r"(?i:(?:[ \t]+(?:across|in|at|from|on)[ \t]+(?:[\w&'-]+[ \t]+){0,3}?[\w&'-]+)?"
    r"(?:[ \t]+(?:who|that))?(?:[ \t]+(?:now|still|actively|all|regularly|already|actually))?"
    # ("1,100 employees asked it something in month one")
    r"[ \t]+(?:(?:query|queries|open|opens|opened|visit|visits|read|reads|check|checks|"
    r"ask|asks|asked|"
    r"log[ \t]+into|"
    r"look[ \t]+at|looks[ \t]+at)[ \t]+"
    r"(?:it|them|this|that|the|every|each|daily|weekly|monthly|regularly)\b|"
    r"(?:use|uses|rely[ \t]+on|relies[ \t]+on)[ \t]+(?:it|them)\b|"
    # "2,000 indie studios have downloaded it"
    r"(?:(?:have|has|had)[ \t]+)?(?:downloaded|installed|adopted|forked)[ \t]+(?:it|them)\b|"
    r"(?:build|builds|run|runs|ran|depend|depends)[ \t]+(?:[\w-]+[ \t]+){0,2}?on[ \t]+"
    r"(?:it|them)\b|"
    r"integrated\b|onboarded\b|signed[ \t]+up\b|went[ \t]+live\b|"
    # "400+ analysts active monthly"
    r"active[ \t]+(?:daily|weekly|monthly|every[ \t]+(?:day|week|month))\b|"
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
    r"participated\b|attended\b|enrolled\b|registered\b|took[ \t]+part\b|"
    # "8,500 learners finished the free NLP course I designed"
    r"(?:finished|completed|took)[ \t]+(?:the|my|our)[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:course|"
    r"programme|program|training|bootcamp|tutorial|curriculum)\b)"
    # the people told to use it later in the sentence: "Trained 120 pharmacists on the new
    # dispensing module, which they now use every shift"
    r"|[^.;\n]{0,60}?,[ \t]*(?:which|that)[ \t]+they[ \t]+(?:now[ \t]+|all[ \t]+|still[ \t]+)?"
    r"(?:use|rely[ \t]+on|open)\b"
    r"|" + _LATER_USE + r")"
)
_PLURAL_THEN_LATER_USE = re.compile(r"(?i:" + _PLURAL_AND_PLACE + _LATER_USE + r")")
# The people, then a visit told with how often, or a download of what was made: "210
# wineries in Casablanca and Colchagua log in every week of the season", "90 vessels
# download the daily charts"
_PLURAL_LOG_IN = re.compile(
    r"(?i:" + _PLURAL_AND_PLACE + r"(?:[ \t]+(?:now|still|all))?[ \t]+"
    r"(?:(?:log|logs|sign|signs)[ \t]+in[ \t]+(?:daily|weekly|monthly|every[ \t]+"
    r"(?:day|week|month|morning|shift|night))|"
    r"(?:download|downloads|pull|pulls)[ \t]+(?:it|them|the[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:charts|maps|forecasts|reports|bulletins|app|data|datasets)))\b)"
)
# Every match of _PLURAL_LOG_IN holds one of these
_LOG_IN_WORDS = frozenset(
    {"log", "logs", "sign", "signs", "download", "downloads", "pull", "pulls"}
)
# The people, then any verb once they are told to be at it now, and the thing after it:
# "23 teams now review every new endpoint against it", "14 Coast Guard ships now pull
# their charts from it daily" (not a team's own work: "3 engineers now maintain it")
_PLURAL_NOW_USE = re.compile(
    # ("the finance ops team in Chennai, about a hundred and forty people, now do their daily
    # matching in it")
    r"(?i:" + _PLURAL_AND_PLACE + r",?[ \t]+(?:now|still)[ \t]+"
    r"(?!(?:own|owns|maintain|maintains|support|supports|develop|develops|staff|staffs|"
    r"build|builds|fix|fixes|write|writes)\b)[a-z][\w-]*[ \t]+"
    r"(?:[\w'\u2019-]+[ \t]+){0,5}?"
    r"(?:(?:in|on|with|through|from|against|off|via|to)[ \t]+)?"
    r"(?:it|them|" + _MADE_BY_ME + r"|the[ \t]+(?:[\w-]+[ \t]+)?" + _PRODUCT_NOUN + r")\b)"
)
# The thing built named as the people's own: "is the daily tool of 45 finance analysts",
# "open on the second monitor of all ~70 coders"
_TOOL_OF_BEFORE = re.compile(
    r"(?i:\b(?:tool|app|dashboard|console|screen|monitor)s?[ \t]+of[ \t]+"
    r"(?:all[ \t]+)?(?:the[ \t]+)?(?:~[ \t]*|about[ \t]+|around[ \t]+|some[ \t]+)?$)"
)
_READ_BY = re.compile(
    r"(?i:\b(?:read|viewed|watched|seen|played|streamed|downloaded|visited|opened|queried|taught|"
    r"completed|submitted|filled[ \t]+in)"
    r"[ \t]+by[ \t]+(?:about[ \t]+|around[ \t]+|over[ \t]+|more[ \t]+than[ \t]+|some[ \t]+|~)?$)"
)


# People counted back by a pronoun, then a word of use of the thing built: "about 60 of
# them use it" (not "3 of them use Go": what a team works with).
# ... any verb once they are told to be at it now, with the thing named after it: "22 of
# them now triage every exome in it" (whoever they are)
_OF_THEM_NOW_USE = re.compile(
    # ("48 of them, and now they run every claim file through the app", "41 of them are
    # still doing their monthly tests on it")
    # ("30 of their engineers now run the MLOps pipeline on their own")
    r"(?i:[ \t]+of[ \t]+(?:them|those|(?:their|its)[ \t]+[a-z]+s)(?:[ \t]*,?[ \t]+and)?"
    r"(?:[ \t]+(?:they|are|were))*"
    r"[ \t]+(?:now|still)(?:[ \t]+they)?[ \t]+[a-z][\w-]*[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}?(?:on|in|with|through|from)[ \t]+"
    r"(?:it|them|the[ \t]+(?:[\w-]+[ \t]+)?" + _PRODUCT_NOUN + r")\b)"
)
_OF_THEM_USE = re.compile(
    r"(?i:[ \t]+of[ \t]+(?:them|those)[ \t]+(?:\w+[ \t]+)?(?:(?:use|uses|used|using|open|opens|"
    # ("55 of them check it every morning")
    r"opened|query|queries|check|checks|rely[ \t]+on|relies[ \t]+on|visit|visits|"
    r"log[ \t]+into)[ \t]+it|"
    # "41 of them still run their monthly tests on it"
    r"(?:run|runs|do|does|take|takes|log|logs|file|files|book|books|plan|plans|submit|"
    r"submits)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:on|in|with|through)[ \t]+it|"
    # "118 of them log in weekly"
    r"log[ \t]+in[ \t]+(?:daily|weekly|monthly|every[ \t]+(?:day|week|month))|"
    r"(?:went|have[ \t]+gone)[ \t]+live)\b)"
)


_HIRED_BEFORE = re.compile(r"(?i:\b(?:hired|hiring|recruited|recruiting)\b[^.;\n\d]{0,25}$)")


def _team_or_source(c: Candidate) -> bool:
    """A team led or hired ('managed 5', 'hired and onboarded 4 developers'), or where
    data came from ('images from 6 warehouses'): not reach."""
    return (
        (c.prev in _TEAM_CUES and c.before(_TEAM_BEFORE))
        or c.prev == "from"
        or c.prev in _RESEARCHED_PREV
        or c.before(_HIRED_BEFORE, 40)
    )


_AT_IT_NOW = frozenset({"now", "still", "all"})


def _no_reach(text: str, scan: Scan, start: int, prev: str) -> bool:
    """True when reach cannot decide the number at start of an eligible answer: REACH
    needs 'by' just before or an adopter or a word for people among the words after
    (plain lowercase words, so words of the answer), and neither is here."""
    words = scan.words()
    return (
        _ADOPTERS.isdisjoint(words)
        and _PEOPLE.isdisjoint(words)
        # "80 editors used it", "40 co-ops file their returns through the portal we built"
        and (
            (_IT_WORDS.isdisjoint(words) and _MADE_WORDS.isdisjoint(words))
            # (any verb after "now", "still" or "all": _LATER_USE, _OF_THEM_USE)
            or (_USE_IT_WORDS.isdisjoint(words) and _AT_IT_NOW.isdisjoint(words))
        )
        and _SIGNED_UP_WORDS.isdisjoint(words)  # "2,400 guides signed up"
        and _LOG_IN_WORDS.isdisjoint(words)  # "210 wineries log in every week"
        and prev != "by"
        and "by" not in text[max(0, start - 24) : start].lower()
    )


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
_HOURS = frozenset({"h", "hr", "hrs", "hour", "hours"})
# "maybe 600 hours in total", "~200 hours of on-call shifts", "Completed 120 hours of ..."
_TOTAL_AFTER = re.compile(
    r"(?i:[ \t]+(?:in[ \t]+total|total|all[ \t]+told|of[ \t]+(?:my|our|his|her)[ \t]+time|"
    r"of[ \t]+(?:work|effort|on-?call|shifts?|overtime|pairing|meetings?)\b))"
)
# ("a fifteen-hours-a-week contract": the period hyphened on)
_PER_PERIOD_AFTER = re.compile(
    r"(?i:(?:[ \t]+of(?:[ \t]+[\w-]+){1,2}?)?[ \t-]+(?:a|per|each|every)[ \t-]+(?:day|week|month|"
    r"quarter|year|sprint|release|cycle)\b)"
)
_DID_HOURS_BEFORE = re.compile(
    r"(?i:\b(?:covered|completed|clocked|logged|did|done|pulled|racked[ \t]+up|put[ \t]+in)"
    r"[ \t]+(?:(?:about|around|roughly|over|some|nearly|~)[ \t]*)?$)"
)
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
    r"(?i:\b(?:internship|intern|placement|contract|contractor|freelancer|consultant|b2b|"
    r"part-time|full-time|role|position|job|shifts?|"
    # "Freelance, 15-20 hrs/week", "a retainer with a start-up, 2 days/week", "paired ~10
    # hrs/week with QA": how much someone worked
    r"rota|schedule|freelanc\w*|retainer|paired|volunteer\w*|pair-?programm\w*|mentor\w*|"
    # a way of working: "open to hybrid 3 days/wk", "remote, 4 days a week"
    r"hybrid|remote|on-?site|in-office|wfh)"
    r"\b[^.;\n]{0,30}$)"
)


# The work the hours are part of, told after them: "on a ~15 hrs/week contract", "15-20
# hrs/week freelance", "roughly 40 hrs/month of night shifts"
_CONTRACT_AFTER = re.compile(
    r"(?i:(?:[ \t-]+(?:a|per|each|every)[ \t-]+week)?[ \t]+(?:contract|internship|retainer|gig|"
    r"placement|role|job|freelance|part-time|remote|of[ \t]+(?:night[ \t]+|weekend[ \t]+)?"
    r"shifts?)\b)"
)
_ON_ACTIVITY_AFTER = re.compile(
    r"(?i:[ \t]+on[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:tickets|support|"
    r"reviews?|meetings?|maintenance|on-?call|interviews?|mentoring|admin|triage)\b"
    # "40 hrs/week on-call primary for the checkout stack"
    r"|[ \t]+on-call\b)"
)


def _schedule(c: Candidate, stop: int) -> bool:
    """Hours a week of a job, told without a slash: how much someone worked."""
    period = _PER_PERIOD_AFTER.match(c.text, stop, c.limit)
    return (
        period is not None
        and (
            c.before(_INTERNSHIP_BEFORE, 40)
            or _CONTRACT_AFTER.match(c.text, stop, c.limit) is not None
            # "about ten hours a week on the support desk"
            or _ON_ACTIVITY_AFTER.match(c.text, period.end(), c.limit) is not None
        )
        and not _saving_before(c)
        and not _changed_before(c)
    )


def _unhedged_prev(text: str, start: int, prev: str) -> str:
    """The word before the number, looking past a hedge ('for about 30 hours')."""
    if prev in _HEDGES:
        return _prev_word(text, start - len(prev) - 1)
    if prev in ("like", "around") and text[max(0, start - 15) : start].lower().endswith(
        ("something like ", "somewhere around ")
    ):
        return _prev_word(text, start - len(prev) - 11)  # "from something like 0.3 to 0.55"
    if prev == "like" and _prev_word(text, start - 5) == "from":
        return "from"  # "went from like 3.4 to a bit over 4"
    if not prev and text[max(0, start - 1) : start] == "~":
        return _prev_word(text, start - 1)  # "for ~36 hours"
    if not prev and text[max(0, start - 2) : start] in (" +", " \u2212"):
        return _prev_word(text, start - 1)  # "bias from +0.21 to +0.03"
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
    r"(?i:\b(?:paid|pay|pays|paying|bought|buy|buys|buying|purchased|procured|spent)\b"
    r"[^.;\n]{0,50}$)"
)


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
    r"avoided|freed|reclaimed|cut|found|halted|(?:auto-)?rolled[ \t]+back)\b)"
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


# Places counted in people: "a country of 50 million people"
_PLACE = r"(?:country|nation|city|state|province|region|population)"
# The size of the place the work was done in: "responsible for a platform with 2.5
# million registered users and roughly 400k monthly actives", "a bank with 11M customers"
# Every match of _SCOPE_WITH holds one of these, lowercased.
# ("call": the on-call place followed by "which is", whose match holds no other stem)
_SCOPE_STEMS = ("with", "w/", "serv", "(", "of", "behind", "has", "had", "process", "handl", "call")
_SCOPE_WITH = re.compile(
    # a bullet that opens on what served them: "Platform serving 4M+ Riyadh Metro riders"
    # ("Built a booking platform serving 2M users" is the reach of what was built)
    r"(?i:(?:^|\n)[ \t]*[-*\u2022]?[ \t]*"
    # ("Lead engineer, policy admin platform serving ~3.2M policyholders")
    r"(?:(?!(?:built|made|wrote|ran|led|grew|won|[\w-]+ed)\b)[\w-]+,?[ \t]+){0,5}?"
    r"(?:platform|system|app|service|"
    r"portal|site|backend|product|switch|engine)[ \t]+serving[ \t]+"
    r"(?:about[ \t]+|around[ \t]+|over[ \t]+|~[ \t]*)?$|"
    # the place is where the writer worked, not what they made: "on-call for a platform
    # with, eh, around six million subscribers", "joined a bank with 3M customers" (not
    # "Shipped an app with 50k downloads": its uptake)
    r"(?:(?:\b(?:on|for|at|in|of|to|into|joined|join|joining|inside|within|was|is|were)|:|"
    r"(?:^|\n)[ \t]*[-*\u2022]?)[ \t]+(?:(?:a|an|the|our|my|their)[ \t]+)?(?:[\w'&-]+[ \t]+){0,3}?"
    r"(?:platform|product|app|site|website|service|company|bank|business|client|"
    r"marketplace|retailer|insurer|telco|operator|carrier|airline|startup|scale-?up|game|"
    # "building the second-screen app for a song-contest show with 3.5 million viewers"
    r"show|channel|station|title)[ \t]+"
    r"(?:with|w/)(?:,?[ \t]+(?:eh|um|uh|like|maybe|roughly|what|i[ \t]+think),)?|"
    # the place on call for, then "which is" and whom it serves, past fillers: "on-call for
    # the prepaid charging, which is behind, what, eleven million subscribers", "on call for
    # the identity platform, which is, um, roughly four hundred million monthly users"
    r"\bon[ \t-]?call[ \t]+(?:primary[ \t]+|engineer[ \t]+)?for[ \t]+[^.;\n]{0,60}?,[ \t]*"
    r"(?:which|that)[ \t]+(?:is|was|'s|\u2019s|has|had)\b"
    r"(?:,?[ \t]+(?:um|uh|behind|serving|like|something[ \t]+like|about|around|roughly|what|"
    r"maybe|i[ \t]+think)\b,?){0,4}|"
    # whatever the writer was on call for, and whom it serves: "On-call for the Pix core
    # behind ~30M customers", "on call for the checkout behind, like, nine million"
    # ("On-call engineer for a mobile-money switch serving ~9 million wallets")
    r"\bon[ \t-]?call[ \t]+(?:primary[ \t]+|engineer[ \t]+|sre[ \t]+|lead[ \t]+)?for[ \t]+"
    r"(?:(?:a|an|the|our)[ \t]+)?"
    r"(?:[\w'&-]+[ \t]+){0,3}?[\w'&-]+,?[ \t]+(?:behind|serving)"
    r"(?:,?[ \t]+(?:like|maybe|roughly|what|i[ \t]+think),)?|"
    # a place someone worked on, by whom it served: "on-call for a platform serving 8
    # million subscribers", "backend dev on a ride-hailing platform serving ~2 million"
    r"\b(?:on|for|at|in)[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:platform|network|"
    # ("for production systems serving millions of users")
    r"company|app|bank|system|systems|platforms|marketplace|operator|telco|product|service|"
    r"login|backend|"
    r"front-?end|portal|centre|center|site|website|gateway|api|recommender|stack|engine|game|"
    r"services|infrastructure|cluster|layer|"
    # "Fractional PM for a São Paulo healthtech serving 3 million patients"
    r"healthtech|fintech|edtech|insurtech|proptech|startup|start-up|scale-?up|brand|firm|"
    r"retailer|chain|agency|studio|publisher|broadcaster|provider|utility|hospital|insurer)"
    # "on the loyalty platform, which serves like six million members", "for the charging
    # system behind ~11M subscribers", "the payments platform, it serves maybe 6 million"
    # ("the food delivery platform, which has, I think, six or seven million users")
    # ("the charging system, it's behind about eleven million subscribers", "a claims
    # platform processing 40k+ FNOLs/day", "which serves, I think, about four million")
    r"(?:(?:,?[ \t]+(?:that|which|it|it's|it\u2019s))?[ \t]+(?:serv(?:ing|es|ed)|behind|"
    r"processing|handling)"
    # "on-call for the VOD platform, it has around six million subscribers"
    r"(?:,?[ \t]+(?:like|maybe|roughly|i[ \t]+think),?)?|,?[ \t]+(?:that|which|it)[ \t]+(?:has|had)"
    r"(?:,?[ \t]+(?:like|maybe|roughly|i[ \t]+think),?)?|[ \t]+of)|"
    + r"\b"  # a word of its own: not the "city" in "specificity of 0.91"
    + _PLACE
    + r"[ \t]+of)[ \t]+(?:about[ \t]+|"
    # "the platform served a country of 50 million people"
    r"around[ \t]+|over[ \t]+|roughly[ \t]+|more[ \t]+than[ \t]+|~[ \t]*|"
    r"(?:something[ \t]+)?like[ \t]+)?"
    r"(?:(?:[^.;:\n]|\.(?=\d)){0,50}?[ \t](?:and|or)[ \t]+(?:about[ \t]+|around[ \t]+|over[ \t]+|"
    r"roughly[ \t]+|~[ \t]*)?)?$"
    # "the Zurich regional network (~5 million passengers a year)": its size in brackets
    # ("the fraud team of a mobile operator (~25M subscribers)", "the API behind a
    # national weather app (~9M monthly users)")
    r"|\b(?:on|for|at|in|with|of|behind)[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w'-]+[ \t]+){0,3}?"
    r"(?:platform|network|bank|company|app|airline|hospital|retailer|chain|operator|city|"
    r"title|game|marketplace|site|insurer|telco|brand|studio|publisher|broadcaster|startup|"
    r"start-up|fintech|healthtech)[ \t]*\([ \t]*(?:about[ \t]+|around[ \t]+|over[ \t]+|~[ \t]*)?$)"
)
# The place the writer was on call for, told any way before whom it serves, in the same
# clause and with no change between: "on-call for the inference fleet in Shenzhen, which
# serves like 45 million monthly users", "on call for the wallet platform - it's like
# forty million users", "Platform on-call for a PH e-wallet (~40M registered users)"
# (not "on call for checkout and cut pages from 40 to 6"). Every match holds "call".
_ON_CALL_PLACE_BEFORE = re.compile(
    r"(?i:\bon[ \t-]?call[ \t]+(?:(?:primary|engineer|sre|lead)[ \t]+)?for[ \t]+"
    r"(?:(?![.;:!?\n]|\b(?:from|to|into|cut|reduc\w*|drop\w*|fell|brought|improv\w*|gr[eo]w\w*|"
    r"rais\w*|increas\w*|lower\w*|sav\w*|halv\w*|doubl\w*|tripl\w*|went|now|after|before|"
    r"while|when|until|and[ \t]+(?:i|we)|but)\b).|\.(?=\d)){0,90}$)"
)


# What a collection holds: "(2,3M articles indexed)" (the stages and the fast path ask)
_INDEXED_AFTER = re.compile(r"(?i:[ \t]+(?:indexed|stored|archived|catalogued|cataloged)\b)")


def _scope_before(text: str, start: int) -> bool:
    """The number at start is the size of the place the writer worked at or was on call
    for (the stages and the fast path both ask)."""
    return _found_before(text, start, 80, _SCOPE_WITH, _SCOPE_STEMS) or _found_before(
        text, start, 110, _ON_CALL_PLACE_BEFORE, ("call",)
    )


_REACHED_BEFORE = re.compile(
    r"(?i:(?:\breach(?:ed|es|ing)"
    # "Got the church-management SaaS to 210 parishes"
    r"|\b(?:got|grew)[ \t]+(?:the|our|my|it|its)[ \t]+(?:[\w-]+[ \t]+){0,3}?to)[ \t]+"
    r"(?:a[ \t]+couple[ \t]+of[ \t]+|a[ \t]+few[ \t]+|over[ \t]+|"
    r"more[ \t]+than[ \t]+|about[ \t]+|around[ \t]+|roughly[ \t]+|nearly[ \t]+|almost[ \t]+|"
    r"~[ \t]*)?$)"
)
_RESEARCHED_PREV = frozenset(
    {"interviewed", "surveyed", "visited", "shadowed", "observed", "toured", "polled"}
)
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
_RATE_SOON = re.compile(
    r"(?i:(?:[ \t]+[\w-]+){0,3}?[ \t]*(?:per|a|an|each|every|/)[ \t]*"
    r"(?:second|minute|hour|day|week|month|year)s?\b)"
)


def fallback(c: Candidate) -> Decision:
    return Decision(Reason.BARE if c.token in _RESOURCE_NOUNS else Reason.NO_UNIT)


_SHARE_STEMS = (
    *("canar", "ramp", "roll", "expos", "releas", "going", "test", "flag", "traffic"),
    # "every build goes to 2% of drivers first"
    *("split", "sampl", "goes"),
    # "only then move 5%, 25%, 100%" (_ROLLOUT_EARLIER's verbs of a chain)
    *("move", "go ", "promot", "shift"),
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


_HORIZON_VAR_AFTER = re.compile(r"(?i:[ \t]+\d+[ \t-]?(?:day|d|week|wk)[ \t]+c?var\b)")


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
