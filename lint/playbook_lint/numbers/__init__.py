"""Stage 4: numbers. Every number-like mention in an answer gets one decision, a reason
from :class:`Reason`, and the rules ask the same function: an answer has a measured
outcome exactly when one of its mentions counts. ``--show-numbers`` prints the same
mentions, so the two can never disagree.

The pipeline for a span of text: find the exclusions (phone numbers, dates, big-O, 24/7,
IP addresses), find candidate numbers (digits, spelled numbers, number words such as
"halved"), run each through the ordered stages in :mod:`playbook_lint.numbers.stages`,
then pair bare numbers into before-and-after changes ("from 1,200 to 300").
All patterns are linear: no nested unbounded quantifiers, bounded look-arounds.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from playbook_lint.numbers.candidate import (
    Candidate,
    Scan,
    _prev_word,
    ascii_words,
    window_marks,
)
from playbook_lint.numbers.fast import (
    quick,
)
from playbook_lint.numbers.plans import plan_sentences
from playbook_lint.numbers.reasons import PAIRABLE, Reason
from playbook_lint.numbers.stages import (
    classify,
)
from playbook_lint.numbers.stages._shared import (
    _METRIC_NAME,
    _SPACE_BUT_WORD,
    _WAS_THE_ASK_AFTER,
    LATER,
    _unhedged_prev,
    digit_count,
)
from playbook_lint.numbers.word_changes import find as _word_changes
from playbook_lint.source import spelled_out

__all__ = ["Mention", "Reason", "has_outcome", "mentions"]


class Mention(NamedTuple):
    start: int
    end: int
    text: str
    reason: Reason

    @property
    def counts(self) -> bool:
        """True when this mention is a measured outcome."""
        return self.reason.counts


_SPELLED = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    "forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand|a million|a billion|"
    "hundreds|thousands|millions|billions|dozens|a dozen|dozen"
)


_MAGNITUDE = (
    r"(?P<mag>[ ]?(?:MM|[kKMBT]|bn|mn)\b"
    r"|[ ](?i:thousand|million|billion|trillion|crores?|lakhs?)\b)?"
)


# Each pattern that scans a whole answer starts with a look-ahead for the characters a
# match can start with: it changes no match, and lets the regex engine skip the rest.
_NUMBER = re.compile(
    r"(?=[\d$\u20ac\u00a3\u00a5\u20b9\u20a6\u20b1\u20a9\u20ab\u20ba\u0e3f\u20b4\u20aa\u20b5"
    r"UEGICARSNHKPLBZDMJTVQO.])"
    r"(?<![\w.,/:\u00b7])"
    # the symbols of dollar, euro, pound, yen, rupee, naira, peso, won, dong, lira, baht and
    # hryvnia, shekel and cedi; codes; and the dollars written with a country's letters (S$,
    # HK$), and the cedi with Ghana's (GH₵)
    r"(?P<cur>[$\u20ac\u00a3\u00a5\u20b9\u20a6\u20b1\u20a9\u20ab\u20ba\u0e3f\u20b4"
    r"\u20aa\u20b5][ ]?|"
    r"(?:USD|EUR|GBP|INR|CHF|CAD|AUD|SGD|NZD|HKD|PKR|LKR|NPR|BDT|KES|NGN|ZAR|EGP|AED|SAR|"
    # the codes of Europe's, Asia's and the Americas' other currencies, and the rupiah
    r"SEK|NOK|DKK|PLN|CZK|HUF|RON|BRL|MXN|ARS|CLP|JPY|CNY|KRW|IDR|MYR|THB|VND|TWD|ILS|QAR|"
    r"KWD|OMR|TRY|UAH|GHS|TZS|UGX|Rp|"
    r"US\$|R\$|A\$|C\$|S\$|NZ\$|HK\$|NT\$|GH\u20b5|"
    r"Rs\.?|KSh)[ ]?)?"
    # "1,200" groups thousands; "2,1" and "12,50" are decimal commas ("2,1 % to 0,3 %"),
    # but not a list ("1,2,3"); ".78" is a number too
    # ("180 000" groups thousands with a space, as many languages write them)
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d-]|[.,]\d)|"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?!\d|,\d)|\d+(?:\.\d+)?|\.\d+)" + _MAGNITUDE
)


_DIGIT = re.compile(r"\d")


# Spelled numbers are matched separately, and only when a cheap substring test allows.
# "twenty-two", "forty five": one number, not two.
# "point four one": a decimal said aloud (an AUC of point eight three)
_SPOKEN_DECIMAL = "point(?:[ -](?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){1,3}|"
_SPELLED_COMPOUND = (
    # "two point four million", "ninety-nine point nine": a decimal said aloud, one number
    "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?"
    "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    # ("R squared of zero comma eight seven": a decimal comma said aloud)
    "seventy|eighty|ninety)[ ](?:point|comma)(?:[ -](?:zero|oh|one|two|three|four|five|six|seven|"
    "eight|nine)){1,3}|"
    # "one and a half FTE": one number, not "one" and a stray "half"
    "(?:one|two|three|four|five|six|seven|eight|nine|ten)[ ]and[ ]a[ ]half|"
    # "six hundred", "two hundred and fifty", "a hundred and forty", "eleven hundred": one
    # number, not "six" and "hundred"
    "(?:a|one|two|three|four|five|six|seven|eight|nine|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen)[ ]hundred"
    "(?:[ ](?:and[ ])?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    # "a hundred and five thousand francs" (not "between a hundred and two hundred")
    "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen)(?![ -]hundred)))?|"
    "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
    "(?:one|two|three|four|five|six|seven|eight|nine)|"
)
_NUMBER_SPELLED = re.compile(
    r"(?<![\w.,/:])(?P<cur>)(?P<num>(?i:"
    + _SPOKEN_DECIMAL
    + _SPELLED_COMPOUND
    + _SPELLED
    + r")\b)"
    + _MAGNITUDE
)


_SPELLED_HINTS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "dozen",
)


_NUMBER_WORD_HINTS = (
    "half",
    "halv",
    "doubl",
    "tripl",
    "quadrupl",
    "fold",
    "third",
    "quarter",
    "fifth",
    "tenth",
    "fraction",
    "magnitude",
    "twice",
)


# Cheaper tests first: each match of _NUMBER_SPELLED ends with one of _SPELLED_WORDS as
# a whole word, and each match of _NUMBER_WORDS holds one of _NUMBER_WORD_WORDS; the
# substring hints above still decide whether the patterns run.
_WORD = re.compile(r"\w+")
_SPELLED_WORDS = frozenset(alternative.split()[-1] for alternative in _SPELLED.split("|"))
_NUMBER_WORD_WORDS = frozenset(
    {"halved", "halving", "halves", "doubled", "doubling", "doubles", "tripled", "tripling"}
    | {"triples", "quadrupled", "fold", "half", "third", "thirds", "quarter", "quarters"}
    | {"fifth", "tenth", "magnitude", "twice", "quartered", "quartering", "quintupled", "fraction"}
    | {f"{word}fold" for word in ("two", "three", "four", "five", "six", "seven", "eight")}
    | {f"{word}fold" for word in ("nine", "ten", "twenty", "hundred")}
)


_PHONE = re.compile(r"(?=[+(\d])(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\)|\b\d{3})[ .-]\d{3}[ .-]\d{4}\b")


_DATE_NUMERIC = re.compile(r"(?=\d)(?:\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)")


_COMPLEXITY = re.compile(
    r"(?=[O\u0398\u03a9o]\()\b[O\u0398\u03a9o]\((?:[^()\n]|\([^()\n]{0,30}\)){0,40}\)"
)


_ROUND_CLOCK = re.compile(r"(?=[23])(?:\b24\s?[/x\u00d7]\s?(?:7|365)\b|\b365\s?/\s?24\b)")


_IP = re.compile(r"(?=\d)\b\d{1,3}(?:\.\d{1,3}){3}\b")


# ("mission failures 4,5 → <1 per 1.000 missions": a bound after the arrow)
# ("MTTD 22m → 4m", "crashes 9/yr → 0": a short unit the number was read without)
_ARROW_AFTER = re.compile(
    r"(?:[a-zA-Z]{1,3}\b|/[a-zA-Z]{1,4}\b)?"
    r"[ \t]*(?:\u2192|->|=>)[ \t]*(?:[<>~\u2264\u2265][ \t]*)?[+\u2212]?[$\u20ac\u00a3]?\.?\d"
)


# What stands just before the second number of a change: "from 1,200 ms to 300",
# "from about 3,000 open claims to under 400", "from 10 → 4"
_TO_BEFORE = re.compile(
    r"(?i:(?:\b(?:to|into|till|until)|\u2192|->|=>|\u2013|(?<![A-Za-z])-)[ \t]*"
    r"(?:(?:about|around|under|below|over|roughly|just|only|nearly|almost|less[ \t]+than|"
    # "from like 3.4 to a bit over 4"
    r"a[ \t]+(?:bit|little)[ \t]+(?:over|under|above|below)|"
    # "from +0.21 to +0.03": a sign
    r"more[ \t]+than|~)[ \t]*)?[+\u2212]?[$\u20ac\u00a3\u20b9]?$)"
)
# Between two values told as one going to the other: "nine working days down to three"
_DOWN_TO_BETWEEN = re.compile(
    r"(?i:[ \t]+(?:down|up|cut|reduced|dropped|fell)[ \t]+to[ \t]+"
    r"(?:about[ \t]+|around[ \t]+|roughly[ \t]+|just[ \t]+|under[ \t]+|~[ \t]*)?)"
)
# Between a value and what it was, in brackets or after a comma: "30+ FPS (was ~11)"
_WAS_BETWEEN = re.compile(
    r"(?i:\+?(?:[ \t]+[a-z/%]+){0,2}?[ \t]*(?:\(|,|;)[ \t]*"
    r"(?:was|previously|formerly|before:?)[ \t]+(?:about[ \t]+|around[ \t]+|~[ \t]*)?)"
)
_TEAM_FROM = re.compile(
    r"(?i:\b(?:team|squad|group|headcount|org|organi[sz]ation|department)[ \t]+(?:size[ \t]+)?"
    r"(?:[^.;\n\d]{0,30}[ \t,])?from[ \t]+(?:about[ \t]+|around[ \t]+|roughly[ \t]+|~)?$)"
)


def _after_from(text: str, start: int) -> bool:
    """'from' just before the number, or before a hedge: 'from about 3,000', 'from ~3,000',
    'from over 2 s' ('over' is a hedge only here: elsewhere 'over 48 hours' is a span)."""
    prev = _prev_word(text, start)
    if prev == "over":
        return _prev_word(text, start - len(prev) - 1) == "from"
    return _unhedged_prev(text, start, prev) == "from"


_UPGRADE_BEFORE = re.compile(
    r"(?i:\b(?:upgrad[a-z]*|version[a-z]*|migrat[a-z]*|mov(?:e|ed|es|ing)|bump[a-z]*|"
    r"port(?:s|ed|ing)?|switch[a-z]*|releas[a-z]*)\b[^.\n]{0,50}$)"
)


_NUMBER_WORDS = re.compile(
    r"(?i:\b(?:halved|halving|halves|"
    # "doubled the team" grew a team, not a result
    r"(?:doubled|doubling|doubles)(?![ \t]+(?:down|the[ \t]+team|our[ \t]+team|headcount)\b)|"
    r"tripled|tripling|"
    # "the queue was half of what it was before"
    r"(?:half|a[ \t]+third|a[ \t]+quarter|a[ \t]+fraction)[ \t]+of[ \t]+what[ \t]+"
    r"(?:it|they|we)[ \t]+(?:was|were|had[ \t]+been|used[ \t]+to[ \t]+be)|"
    r"triples|quadrupled|quartered|quartering|quintupled|"
    # "five-fold cross-validation" is how a model was checked, not a change
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)fold|"
    r"(?:two|three|four|five|ten)-fold)(?![ \t-]+(?:cross|cv\b|stratified|validation))|"
    r"cut (?:it |them |that |this )?in half|"
    # ("came down by a bit more than half")
    r"by[ \t]+(?:(?:about|around|roughly|nearly|almost|over|more[ \t]+than|just[ \t]+over|"
    r"just[ \t]+under|close[ \t]+to|some|a[ \t]+(?:bit|little)[ \t]+(?:more[ \t]+than|over|"
    r"under|less[ \t]+than))[ \t]+)?(?:half|a half|a third|a quarter|a fifth|"
    r"two[- ]thirds|three[- ]quarters|"
    r"an order of magnitude|orders of magnitude|(?:one|two|three)[- ]thirds?)|"
    r"(?:one|two)[- ]thirds?|three[- ]quarters|an order of magnitude|orders of magnitude|"
    r"twice as (?:fast|many|much|often|quick|quickly|large|accurate)|"
    r"half the (?:time|cost|latency|size|memory|spend|errors|tickets)|"
    r"(?:at|to)[ \t]+a[ \t]+fraction[ \t]+of[ \t]+(?:what[ \t]+it[ \t]+used[ \t]+to|"
    r"the[ \t]+(?:old[ \t]+|previous[ \t]+)?(?:cost|price|time|latency))|"
    r"at[ \t]+(?:about[ \t]+|roughly[ \t]+|around[ \t]+)?(?:a[ \t]+third|half|a[ \t]+quarter|"
    r"a[ \t]+fifth|a[ \t]+tenth)[ \t]+(?:of[ \t]+)?the[ \t]+(?:cost|price|latency|spend)|"
    r"(?:a|one)[ \t]+(?:third|quarter|fifth|tenth)[ \t]+(?:lighter|smaller|faster|cheaper|"
    r"shorter|quicker|fewer|less|lower|higher|more|bigger)|"
    r"(?:cut|reduc\w*|slash\w*|shr[ai]nk|dropp\w*|fell|trimm\w*|lower\w*)\b[^.\n]{0,50}?"
    r"\bin half)\b)"
)


# A setting a number word changed: "halved the learning rate", "doubled the replicas"
_SETTING_AFTER_WORD = re.compile(
    r"(?i:[ \t]+(?:the|our|its|their)[ \t]+(?:[\w-]+[ \t]+)?(?:learning[ \t]+rate|lr|"
    r"batch(?:[ \t]+size)?|epochs?|warm-?up(?:[ \t]+steps)?|dropout|weight[ \t]+decay|"
    r"temperature|(?:context[ \t]+)?window(?:[ \t]+size)?|chunk[ \t]+size|top-?k|"
    r"beam(?:[ \t]+width)?|hidden[ \t]+size|layers|heads|replicas|shards|partitions|workers|"
    r"threads)\b)"
)


def _excluded_spans(text: str, start: int, end: int) -> list[tuple[int, int, Reason]]:
    """Phone numbers, dates, big-O, 24/7 and IP addresses in text[start:end].

    Each pattern runs only when a cheap test on the segment says it could match.
    """
    spans: list[tuple[int, int, Reason]] = []
    segment = text[start:end]
    digits = digit_count(segment)
    checks = (
        (_PHONE, Reason.PHONE, digits >= 10),
        (
            _DATE_NUMERIC,
            Reason.DATE_NUMERIC,
            digits >= 4 and ("-" in segment or "/" in segment or "." in segment),
        ),
        (_COMPLEXITY, Reason.COMPLEXITY, "(" in segment),
        (_ROUND_CLOCK, Reason.ROUND_CLOCK, "24" in segment or "365" in segment),
        (_IP, Reason.IP_ADDRESS, digits >= 4 and segment.count(".") >= 3),
    )
    for pattern, reason, possible in checks:
        if possible:
            spans.extend((m.start(), m.end(), reason) for m in pattern.finditer(text, start, end))
    return spans


def mentions(
    text: str, start: int = 0, end: int | None = None, *, design: bool = False
) -> list[Mention]:
    """Every number-like mention in text[start:end], in order, each with its reason.

    With ``design``, the text is a system design answer: a number that would count, in a
    sentence that only states a plan (see :mod:`playbook_lint.numbers.plans`), does not.
    """
    end = len(text) if end is None else end
    spelled = spelled_out(text[start:end])
    if spelled is not None:
        # read with its ligatures spelled out, each mention mapped back to the text
        plain, where = spelled
        spans = (
            (start + where[m.start], start + where[m.end - 1] + 1, m.reason)
            for m in mentions(plain, design=design)
        )
        return [Mention(lo, hi, text[lo:hi], reason) for lo, hi, reason in spans]
    if design:
        return _planned(text, start, end, mentions(text, start, end))
    scan = Scan(text, start, end, _excluded_spans)
    digits = []
    # Every number holds a digit: an answer without one need not be scanned for them.
    for match in _NUMBER.finditer(text, start, end) if _DIGIT.search(text, start, end) else ():
        fast = quick(text, match, scan, end)
        if fast is None:
            digits.append(_decide(text, match, scan, end))
        else:
            window_marks(text, match.start(), end, scan)  # as classify would
            stop = fast.stop or match.end()
            digits.append(Mention(match.start(), stop, text[match.start() : stop], fast.reason))
    return _complete(text, start, end, digits, scan)


def _complete(
    text: str,
    start: int,
    end: int,
    digits: list[Mention],
    scan: Scan,
) -> list[Mention]:
    """Add number words, changes in words and spelled numbers to the decided digit
    numbers, then pair before-and-after changes."""
    low, words = _answer_words(text, start, end, scan)
    digits.extend(_worded(text, start, end, low, words))
    return _spelled_and_paired(text, start, end, digits, scan, low, words)


def _spelled_and_paired(
    text: str,
    start: int,
    end: int,
    results: list[Mention],
    scan: Scan,
    low: str,
    words: frozenset[str],
) -> list[Mention]:
    """Add the spelled numbers to the mentions found, then pair before-and-after
    changes."""
    if not _SPELLED_WORDS.isdisjoint(words) and any(hint in low for hint in _SPELLED_HINTS):
        spelled = list(_NUMBER_SPELLED.finditer(text, start, end))
        if spelled and "twenty" in low:
            spelled = _outside_years(text, start, end, spelled)
        if spelled:
            results.extend(_decide(text, match, scan, end) for match in spelled)
    if len(results) > 1:
        results.sort(key=lambda m: m.start)
        return _pair_changes(text, results)
    return results


# A year said aloud: "from twenty nineteen to twenty twenty-two" holds no numbers.
_SPOKEN_YEAR = re.compile(
    r"(?i:\btwenty[ \t]+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"thirty)\b)"
)


def _outside_years(
    text: str, start: int, end: int, spelled: list[re.Match[str]]
) -> list[re.Match[str]]:
    years = [found.span() for found in _SPOKEN_YEAR.finditer(text, start, end)]
    if not years:
        return spelled
    return [m for m in spelled if not any(lo <= m.start() < hi for lo, hi in years)]


def _answer_words(text: str, start: int, end: int, scan: Scan) -> tuple[str, frozenset[str]]:
    r"""text[start:end] lowercased, and its words (\w+) or more."""
    low = text[start:end].lower()
    # The answer's words (Scan.words, shared with the stages) hold every word (\w+)
    # that a gate asks for when it is eligible and has no apostrophe: there a run of
    # word characters is a token, or holds tokens split at "_".
    if scan.has_words() and scan.eligible() and "'" not in scan.lower():
        return low, scan.words()
    if low.isascii():
        return low, ascii_words(low, _SPACE_BUT_WORD)
    return low, frozenset(_WORD.findall(low))


# "as the team doubled in size": the team's growth, not a result of the work
_GROWTH_OF_TEAM = re.compile(
    r"(?i:\b(?:team|teams|headcount|org|organi[sz]ation)[ \t]+(?:\w+[ \t]+)?$)"
)
# "won the Brenntag hackathon", "won first prize": a place won, stated without a number
_AWARD = re.compile(
    # "won hackathon at ...": people drop the article
    r"(?i:\b(?:(?:won|winning)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+|first[ \t]+|1st[ \t]+)?|"
    r"winner[ \t]+of[ \t]+"
    r"(?:the[ \t]+|a[ \t]+|an[ \t]+)?)(?:[\w&'-]+[ \t]+){0,3}?"
    r"(?:hackathon|competition|challenge|award|prize|cup|contest|datathon|kaggle)s?\b)"
)


# An award received rather than won: "Outstanding Contributions award recipient", "earned
# the team a Leadership Principle award", "Recognized as the Best Professor in ..." (not a
# grant: "awarded a £50k grant" names money given for work still to do)
_AWARD_RECEIVED = re.compile(
    r"(?i:\b(?:received|earned|got)[ \t]+(?:[\w&'\"\u201c\u201d-]+[ \t]+){0,5}?awards?\b|"
    r"\bawards?[ \t]+(?:recipient|winner)\b|"
    r"\brecogni[sz]ed[ \t]+as[ \t]+(?:the[ \t]+)?best[ \t]+[\w-]+)"
)
_AWARD_WORDS = frozenset({"received", "earned", "got", "recipient", "winner", "recognized"})
_AWARD_WORDS |= {"recognised"}


# A change in words that was only asked for, planned or tried: "tasked with bringing the
# timeouts down to zero", "plan to take the release from yearly to quarterly", "tried to
# get false positives down to zero", "proposes cutting context length by a third"; or
# named as the ask after it, as a digit value is: "Zero downtime ... was the mandate".
# Narrower than the intent cues of the stages on purpose: a change in words carries no
# unit that a later word could turn into a setting, and read with those cues ("budget
# for", "sign-off", "asked me") 15 tuned results stopped counting.
_ASKED_BEFORE = re.compile(
    r"(?i:\b(?:asked(?:[ \t]+(?:me|us|him|her|them))?[ \t]+to|tasked[ \t]+with|"
    r"wants?[ \t]+to|wanted[ \t]+to|plan(?:s|ned)?[ \t]+to|plan[ \t]+(?:is|was)[ \t]+to|"
    r"tr(?:y|ied|ying)[ \t]+to|propos(?:e|es|ed|ing)|aim(?:s|ed)?[ \t]+to|"
    r"goal[ \t]+(?:is|was)[ \t]+to|hop(?:e|es|ed|ing)[ \t]+to)\b[^.;!?\n]{0,60}$)"
)


def _asked(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """True when the change in words at text[lo:hi] is an ask, a plan or a try."""
    return (
        _ASKED_BEFORE.search(text, max(start, lo - 90), lo) is not None
        or _WAS_THE_ASK_AFTER.match(text, hi, end) is not None
    )


# A change in the present after "when" or "if" is an alert's condition or a plan's case:
# "Grafana pages the on-call when alert volume doubles", "if traffic triples"
_CONDITION_VERBS = frozenset({"doubles", "triples", "halves"})
_CONDITION_BEFORE = re.compile(
    r"(?i:\b(?:when|whenever|if|once|until|should)(?:[ \t]+[\w@%/'-]+){1,4}?[ \t]+$)"
)


def _worded(text: str, start: int, end: int, low: str, words: frozenset[str]) -> list[Mention]:
    """The number words and the changes in words in text[start:end]: each counts unless
    it was only asked for, planned or tried."""
    results: list[Mention] = []
    if not _NUMBER_WORD_WORDS.isdisjoint(words) and any(hint in low for hint in _NUMBER_WORD_HINTS):
        for m in _NUMBER_WORDS.finditer(text, start, end):
            if _GROWTH_OF_TEAM.search(text, max(start, m.start() - 24), m.start()):
                continue
            asked = _asked(text, m.start(), m.end(), start, end) or (
                m.group(0).lower() in _CONDITION_VERBS
                and _CONDITION_BEFORE.search(text, max(start, m.start() - 50), m.start())
            )
            reason = Reason.INTENT if asked else Reason.NUMBER_WORD
            if _SETTING_AFTER_WORD.match(text, m.end(), end):
                reason = Reason.SETTING  # "halved the learning rate and doubled the batch"
            results.append(Mention(m.start(), m.end(), m.group(0), reason))
    if (
        ("won" in words and "won " in low)
        or ("winning" in words and "winning " in low)
        or ("winner" in words and "winner of" in low)
    ):
        results.extend(
            Mention(m.start(), m.end(), m.group(0), Reason.AWARD)
            for m in _AWARD.finditer(text, start, end)
        )
    if not _AWARD_WORDS.isdisjoint(words) and ("award" in low or "best " in low):
        results.extend(
            Mention(m.start(), m.end(), m.group(0), Reason.AWARD)
            for m in _AWARD_RECEIVED.finditer(text, start, end)
        )
    taken = -1
    for change_start, change_end in _word_changes(text, start, end, low, words):
        if change_start >= taken:  # two patterns can read the same words
            asked = _asked(text, change_start, change_end, start, end)
            results.append(
                Mention(
                    change_start,
                    change_end,
                    text[change_start:change_end],
                    Reason.INTENT if asked else Reason.WORDS_CHANGE,
                )
            )
            taken = change_end
    return results


def _decide(text: str, match: re.Match[str], scan: Scan, end: int) -> Mention:
    """One candidate number through the stages."""
    candidate = Candidate(text, match, scan, end)
    decision = classify(candidate)
    stop = candidate.end if decision.stop is None else decision.stop
    return Mention(candidate.start, stop, text[candidate.start : stop], decision.reason)


def _planned(text: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """The mentions, those that count inside a plan's sentence marked PLANNED."""
    plans = plan_sentences(text, start, end) if any(m.counts for m in found) else []
    if not plans:
        return found
    return [
        mention._replace(reason=Reason.PLANNED)
        if mention.counts and any(lo <= mention.start < hi for lo, hi in plans)
        else mention
        for mention in found
    ]


def has_outcome(text: str, start: int = 0, end: int | None = None, *, design: bool = False) -> bool:
    """True when text[start:end] states at least one measured outcome: exactly when one
    of :func:`mentions` counts (``design`` as there).

    A shortcut with the same answer: a digit number that counts on its own (decided
    exactly as :func:`mentions` decides it) settles it, since adding number words and
    pairing before-and-after numbers only ever makes more numbers count.

    The fast path is asked about every number first: its decision does not depend on
    which numbers the stages read before (see fast.quick), and one that counts
    settles it before the costlier stages read any number.
    """
    end = len(text) if end is None else end
    spelled = spelled_out(text[start:end])
    if spelled is not None:
        return has_outcome(spelled[0], design=design)  # its ligatures spelled out
    if design:
        return any(mention.counts for mention in mentions(text, start, end, design=True))
    scan = Scan(text, start, end, _excluded_spans)
    found = list(_NUMBER.finditer(text, start, end)) if _DIGIT.search(text, start, end) else []
    for match in found:
        if quick(text, match, scan, end) is not None:
            return True  # a unit, a duration or money: it counts
    digits: list[Mention] = []
    for match in found:
        mention = _decide(text, match, scan, end)
        if mention.reason.counts:
            return True
        digits.append(mention)
    low, words = _answer_words(text, start, end, scan)
    worded = _worded(text, start, end, low, words)
    if any(mention.reason.counts for mention in worded):
        return True  # number words and changes in words count, unless only asked for
    done = _spelled_and_paired(text, start, end, [*digits, *worded], scan, low, words)
    return any(mention.reason.counts for mention in done)


# Between a result and "from" its starting point: "0.74 (from 0.61)", "38%, up from 21%".
_FROM_HEDGE = r"(?:(?:about|around|roughly|maybe|perhaps|approximately|nearly)[ \t]+|~[ \t]*)?"
_FROM_AFTER = re.compile(
    r"[^.;!?\n\d]{0,50}?\b(?:up|down)[ \t]*\(?[ \t]*from[ \t]+"
    + _FROM_HEDGE
    # but not a source: "1.2 TB of sensor logs from 300 wind turbines"
    + r"|(?:(?!\bof\b)[^.;!?\n\d]){0,20}?[ \t]*\(?[ \t]*from[ \t]+"
    + _FROM_HEDGE
)

# ... unless the number after "from" counts where the first came from: "4.2 lakh mammograms
# from 11 centres", "300k images from 40 clinics"
_SOURCES_AFTER = re.compile(
    r"(?i:\+?[ \t]+(?:[\w-]+[ \t]+)?(?:centres|centers|clinics|hospitals|sites|countries|"
    r"stores|sensors|devices|sources|vendors|partners|banks|schools|cities|regions|districts|"
    r"provinces|states|farms|plants|factories|labs|universities|institutions|providers|"
    r"branches|turbines|vessels|ships|wells|stations|cameras|trials|studies|cohorts|"
    r"practices|markets|languages|companies|customers|tenants)\b)"
)


# Between a baseline and the number now: "took about 40 seconds ... and ours takes 6",
# "it was 38 when I started; now it is 24".
_NOW_BETWEEN = re.compile(
    r"(?i:[^.;!?\n\d]*?\b(?:ours|the[ \t]+new[ \t]+(?:one|system|version|model|pipeline)|"
    # "we started at 0.71 and after relabelling we got it to 0.84"
    r"(?:got|brought|pushed|took|drove|moved)[ \t]+(?:it|that|them|this)[ \t]+"
    r"(?:up[ \t]+|down[ \t]+)?to|"
    # "the AUC was like 0.64, and after the new features it got to 0.78"
    r"(?:it|that|this|they)[ \t]+(?:got|went|came|climbed|rose|fell|dropped)[ \t]+"
    r"(?:up[ \t]+|down[ \t]+)?to|"
    # "... and after the model went in it was down to about 12.5"
    r"(?:it|that|this|they)[ \t]+(?:was|were|is|'s|\u2019s)[ \t]+(?:down|up)[ \t]+to|"
    # "The old form scored 58 and the beta scored 79"
    r"(?:the|our)[ \t]+(?:new|beta|redesigned|rewritten|v2|new[ \t]+one)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}?(?:scored|got|hit|reached)|"
    # "used to take about 40 minutes each, and with the drafting tool it's around 12"
    r"(?:it|that)(?:'s|\u2019s|[ \t]+is|[ \t]+takes)|" + LATER + r")\b[^.;!?\n\d]{0,24})"
)
# Between a baseline and the number now, told after it: "was 0.69 when I joined and
# it's 0.87 now"
_IS_BETWEEN = re.compile(
    r"(?i:[^.;!?\n\d]*?\b(?:and|but|while)[ \t]+(?:it'?s|it[ \t]+is|that'?s|we'?re|we[ \t]+are|"
    r"they'?re|it[ \t]+sits[ \t]+at)[ \t]+(?:at[ \t]+)?(?:(?:about|around|roughly|like)[ \t]+|~)?)"
)
_NO_STOP_BETWEEN = re.compile(r"[^.;!?\n\d]*")
_LATER_AFTER = re.compile(r"(?i:(?:[ \t]*/[ \t]*[a-z]+)?[ \t]*,?[ \t]*(?:" + LATER + r")\b)")
_NOW_AFTER = re.compile(r"(?i:[ \t]*(?:%|percent)?[ \t]*,?[ \t]*(?:now|today|these[ \t]+days)\b)")


# "... took eleven working days. By my second year it was down to four": the then and
# now across a sentence end, when the next sentence opens on a later time and says
# where things got to.
_NOW_NEXT_SENTENCE = re.compile(
    r"(?i:[^.;!?\n\d]{0,60}[.;!?][ \t]+(?:by[ \t]+(?:my|our|the)[ \t]+(?:second|third|next|"
    r"final|last)[ \t]+(?:year|month|quarter|week|sprint)|by[ \t]+the[ \t]+end|"
    r"now|today|afterwards|these[ \t]+days|since[ \t]+then|(?:a|one|six|two|three)[ \t]+"
    # "A year of paved-road work later it was plus thirty-one"
    r"(?:years?|months?|quarters?|weeks?)(?:[ \t]+of[ \t]+[\w-]+(?:[ \t]+[\w-]+)?)?[ \t]+later|"
    r"after[ \t]+(?:the|that|this|we|i)\b)"
    r"[^.;!?\n\d]{0,100}?"
    r"[ \t,]+(?:it|that|this|they|we|the[ \t]+[\w-]+)[ \t]+(?:was|were|is|are|took|takes|got|went|"
    r"came|dropped|fell|rose|climbed|had[ \t]+(?:come|gone|dropped|fallen|risen))[ \t]+"
    r"(?:(?:down[ \t]+to|up[ \t]+to|to|at|under|about|around|just|plus|minus)[ \t]+)?"
    r"[+\u2212]?"  # ("A year later it was +31")
    # "recall was maybe 60 percent when I picked it up. We added the features and it
    # went to about 82": the next sentence says where it went
    r"|[^.;!?\n\d]{0,60}[.;!?][ \t]+[^.;!?\n\d]{0,80}?\b(?:it|that|this|they)[ \t]+"
    r"(?:went|got|dropped|fell|rose|climbed|came)[ \t]+(?:down[ \t]+|up[ \t]+)?to[ \t]+"
    r"(?:(?:about|around|roughly|just|like)[ \t]+|~[ \t]*)?"
    # "the invoice run took 9 hours; it now finishes in 2"
    r"|[^.;!?\n\d]{0,60}[.;!?][ \t]+(?:it|that|this|they|the[ \t]+[\w-]+)[ \t]+now[ \t]+"
    r"(?:finishes|takes|runs|completes|loads|is|are|sits)[ \t]+"
    r"(?:(?:in|at|under|about|around|just)[ \t]+)?)"
)


# After a target, what was reached: "... by demo day and we got to 130", "; we closed
# the beta at 1,740"
_BEAT_BETWEEN = re.compile(
    # (a digit inside a name may come between: "under 300 ms at p95 ... we landed at 340")
    r"(?i:(?:[^.;!?\n\d]|(?<=[a-z@])\d+)*?"
    r"(?:[.;][ \t]+|,?[ \t]+(?:and|but)[ \t]+|,[ \t]+|[ \t]+[-\u2013][ \t]+)"
    # "Over the next year we actually measured 99.96"
    r"(?:[\w,]+[ \t]+){0,5}?(?:we|i|they)[ \t]+"
    r"(?:actually[ \t]+)?(?:got|reached|hit|closed|ended|finished|landed|came[ \t]+in|measured)"
    r"(?:[ \t]+(?:up|the[ \t]+[\w-]+))?[ \t]+(?:(?:to|at|with)[ \t]+)?"
    r"(?:(?:about|around|over|nearly|almost)[ \t]+|~[ \t]*)?)"
)


_VERSUS_BETWEEN = re.compile(
    # ("0.3 on the rubric scale, versus 0.6 the year before", "3 orders for stock
    # reasons, compared to 412 the year before")
    r"(?i:(?:(?:[ \t]+[\w-]+){1,4}?[ \t]*,)?"
    r"[ \t]*\(?(?:against|vs\.?|versus|compared[ \t]+(?:with|to))[ \t]+"
    # "in 2 days vs. the usual ~6 weeks"
    r"(?:(?:the|our)[ \t]+(?:usual|old|previous|former|typical|legacy|earlier)[ \t]+)?"
    r"(?:about[ \t]+|around[ \t]+|~[ \t]*)?)"
)


def _reached_after_target(text: str, out: list[Mention], index: int) -> None:
    """'the target was 50 pilot users and we got to 130': where the work got, measured
    against its target, counts (the target at index stays an ask)."""
    if index + 1 >= len(out):
        return
    item, other = out[index], out[index + 1]
    if (
        other.reason in PAIRABLE
        and other.start - item.end <= 120
        and _BEAT_BETWEEN.fullmatch(text, item.end, other.start)
    ):
        out[index + 1] = other._replace(reason=Reason.CHANGE)


def _pair_changes(text: str, items: list[Mention]) -> list[Mention]:
    """Before-and-after: 'from 1,200 to 300', '120 -> 45' make both numbers count."""
    out = list(items)
    for index, item in enumerate(out):
        if item.reason is Reason.INTENT or item.reason is Reason.SETTING:
            # "Our SLO was 99.9, and we actually came in at 99.97"
            _reached_after_target(text, out, index)
            continue
        if item.reason is Reason.EFFORT and _effort_then_before(text, out, index):
            continue  # "analysts spend 25 min instead of 2 hrs per file": both now count
        if not item.counts and item.reason not in PAIRABLE and item.reason is not Reason.SPEND:
            continue  # (a bill or a price can be the starting point of a change)
        if (
            "." in item.text
            and _UPGRADE_BEFORE.search(text, max(0, item.start - 60), item.start)
            # "RAGAS faithfulness ... moved from 0.74 to 0.86": a metric, not a version
            and not _METRIC_NAME.search(text, max(0, item.start - 120), item.start)
        ):
            continue
        partner: int | None = None
        after_from = _after_from(text, item.start)
        if after_from and _TEAM_FROM.search(text, max(0, item.start - 40), item.start):
            continue  # "grew the QA team from 4 to 11": a team's size, not a result
        arrow = _ARROW_AFTER.match(text, item.end)
        if after_from or arrow:
            for later in range(index + 1, min(index + 3, len(out))):
                other = out[later]
                if other.start - item.end > 80:
                    break
                if (other.counts or other.reason in PAIRABLE) and (
                    arrow or _TO_BEFORE.search(text, item.end, other.start)
                ):
                    partner = later  # "from 3,000 open claims to under 400"
                    break
        if partner is None and after_from and index > 0:
            # "improved to 0.74 (from 0.61)": the starting point named after the result
            other = out[index - 1]
            if (
                (other.counts or other.reason in PAIRABLE)
                and _FROM_AFTER.fullmatch(text, other.end, item.start)
                and not _SOURCES_AFTER.match(text, item.end)
            ):
                partner = index - 1
        if partner is None:
            partner = _next_partner(text, out, index)
        if partner is not None:
            if not item.counts:
                out[index] = item._replace(reason=Reason.CHANGE)
            other = out[partner]
            if not other.counts:
                out[partner] = other._replace(reason=Reason.CHANGE)
    return out


# Between the time spent now and the time spent before: "25 min instead of 2 hrs"
_EFFORT_VERSUS_BETWEEN = re.compile(
    r"(?i:(?:[ \t]+[\w/-]+){0,3}?[ \t]+(?:instead[ \t]+of|versus|vs\.?|rather[ \t]+than|"
    r"compared[ \t]+(?:with|to)|down[ \t]+from)[ \t]+(?:about[ \t]+|around[ \t]+|~[ \t]*)?)"
)


def _effort_then_before(text: str, out: list[Mention], index: int) -> bool:
    """Time spent now, then the time it took before: both become a change in out."""
    if index + 1 >= len(out):
        return False
    item, other = out[index], out[index + 1]
    if other.reason is not Reason.EFFORT or not _EFFORT_VERSUS_BETWEEN.fullmatch(
        text, item.end, other.start
    ):
        return False
    out[index] = item._replace(reason=Reason.CHANGE)
    out[index + 1] = other._replace(reason=Reason.CHANGE)
    return True


def _next_partner(text: str, out: list[Mention], index: int) -> int | None:
    """The index of the number that pairs with out[index] after it, told without "from":
    what a result beat, a value going down to another, a baseline and the number now."""
    item = out[index]
    if index + 1 < len(out):
        other = out[index + 1]
        # "it ended at 0.41 against 0.36 for control": a result and what it beat
        if (other.counts or other.reason in PAIRABLE) and _VERSUS_BETWEEN.fullmatch(
            text, item.end, other.start
        ):
            return index + 1
        # "now 30+ FPS (was ~11)": the value now, then what it was
        if (
            (item.counts or item.reason in PAIRABLE)
            and other.reason in PAIRABLE
            and _WAS_BETWEEN.fullmatch(text, item.end, other.start)
        ):
            return index + 1
        # "Month-end close: nine working days down to three"
        if (
            item.reason in PAIRABLE
            and other.reason in PAIRABLE
            and _DOWN_TO_BETWEEN.fullmatch(text, item.end, other.start)
        ):
            return index + 1
    if item.reason is not Reason.BASELINE and item.reason is not Reason.SPEND:
        return None  # (a bill is a starting point too: "the bill was 12 lakh rupees ...")
    # "the old system took about 40 seconds and ours takes 6": then and now
    for later in range(index + 1, min(index + 3, len(out))):
        other = out[later]
        gap = other.start - item.end
        if other.reason in PAIRABLE and (
            # one sentence, with no stop between them
            (gap <= 160 and _NOW_BETWEEN.fullmatch(text, item.end, other.start))
            or (gap <= 200 and _NOW_NEXT_SENTENCE.fullmatch(text, item.end, other.start))
            or (
                gap <= 80
                and _IS_BETWEEN.fullmatch(text, item.end, other.start)
                and _NOW_AFTER.match(text, other.end)
            )
            # "€210k/month when I joined, €128k/month six months later"
            or (
                gap <= 60
                and _NO_STOP_BETWEEN.fullmatch(text, item.end, other.start)
                and _LATER_AFTER.match(text, other.end)
            )
        ):
            return later  # past a "one" in "the new one takes 4"
    return None
