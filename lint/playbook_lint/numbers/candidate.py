"""A number found in an answer, as the stages see it: the token after it, the words
before it, its window of the answer (:class:`Scan`), and the cue words of every pattern
the stages read, found once per window (:class:`_Marks`). The stages in
:mod:`playbook_lint.numbers.stages` decide on a :class:`Candidate`; nothing here decides.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from playbook_lint.numbers.reasons import Reason
from playbook_lint.words import lines, load


class Decision(NamedTuple):
    reason: Reason
    stop: int | None = None  # where the mention ends (with its unit); None: the number


_TIME = load("time")
_LONG_TIME = load("long_time")
_TEAM_NOUNS = load("team_nouns")


def _cues(name: str) -> re.Pattern[str]:
    """Whole-word, case-insensitive alternation of the lines of ``data/NAME.txt``."""
    words = sorted(lines(name), key=len, reverse=True)
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"[ \t]+") for word in words)
    # (not right after an opening quote: '"Ask HR" bot' names a product, not an ask)
    return re.compile(r"(?i:(?<![\w\"\u201c-])(?:" + alternatives + r")(?![\w-]))")


_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# The first word of every cue of a word list's pattern, by the pattern's id: the
# pattern is tried only where one of them starts a word, not at every character.
_FIRST_WORDS: dict[int, frozenset[str]] = {}
# A cheap test for a pattern of word stems (by id): a text it does not find cannot match.
# The stems as a case-blind pattern, and as plain strings to look for with `in` in the
# lowered text when it is ASCII (where both tests agree, and `in` costs far less).
_HINTS: dict[int, tuple[re.Pattern[str], tuple[str, ...]]] = {}


def _hinted(pattern: re.Pattern[str], stems: str) -> re.Pattern[str]:
    _HINTS[id(pattern)] = (re.compile(stems, re.IGNORECASE), tuple(stems.split("|")))
    return pattern


# The rarest word of every cue (its longest that is not a common word): a text with none
# of them cannot match, so the words need not be walked at all.
_KEY_WORDS: dict[int, frozenset[str]] = {}
_COMMON = frozenset(
    {"the", "a", "an", "to", "of", "in", "at", "on", "was", "were", "it", "for", "time"}
    | {"used", "running", "start", "first", "built", "batch", "size", "rate", "take", "with"}
)


# The text of each cue (lowercased, blanks as one space, no trailing '@'), by its key
# word, by the pattern's id; None when a cue could match ASCII text through a non-ASCII
# letter (Kelvin K, long s, dotless or dotted i). A lowered ASCII text (blanks as one
# space) in which no cue of a key word it holds is a substring cannot match the pattern.
_CUE_TEXTS: dict[int, dict[str, tuple[str, ...]] | None] = {}
_ASCII_FOLDS = frozenset("\u212a\u017f\u0131\u0130")


def _register(pattern: re.Pattern[str], cues: Iterable[str]) -> re.Pattern[str]:
    cues = list(cues)
    split = [found for found in (_TOKEN.findall(cue.lower()) for cue in cues) if found]
    _FIRST_WORDS[id(pattern)] = frozenset(found[0] for found in split)
    _KEY_WORDS[id(pattern)] = frozenset(_key_word(found) for found in split)
    _CUE_TEXTS[id(pattern)] = _cue_texts(cues)
    return pattern


def _key_word(words: list[str]) -> str:
    return max(words, key=lambda word: (word not in _COMMON, len(word)))


def _cue_texts(cues: list[str]) -> dict[str, tuple[str, ...]] | None:
    texts: dict[str, list[str]] = {}
    for cue in cues:
        found = _TOKEN.findall(cue.lower())
        if not _ASCII_FOLDS.isdisjoint(cue):
            return None
        if found and cue.isascii():  # a cue that is not ASCII cannot match ASCII text
            text = " ".join(cue.lower().split()).rstrip("@")
            texts.setdefault(_key_word(found), []).append(text)
    return {key: tuple(found) for key, found in texts.items()}


_NEXT = re.compile(
    r"\+?[ \t\u00a0]?(?P<dash>-[ ]?)?"
    # ("2.5 lakh X-rays": the word, not a multiplier glued to a hyphen as in "2.5x-faster")
    r"(?P<tok>%|\u00d7|\u2605|p\.p\.?(?![A-Za-z])|[Xx]-rays?\b|[A-Za-z\u00b5]+(?:/[A-Za-z]+)?)"
)


_NEXT2 = re.compile(r"[ \t]+(?P<tok>[A-Za-z]+)")
_PER_CENT = re.compile(r"(?i:[ \t]+cent\b)")
# "full-time people", "part time analysts": the people after the kind of time
_TIME_THEN_NOUN = re.compile(r"(?i:[- \t]?time[ \t]+(?P<tok>[a-z]+))")
_TIME_ADJECTIVES = frozenset({"full", "whole", "entire", "working", "business", "calendar"})
_ANY_TIME = _TIME | _LONG_TIME


_WORD_START = re.compile(r"[#A-Za-z]")


def _prev_word(text: str, pos: int) -> str:
    """The word before pos (lowercased): letters first, then letters, digits, '.#/+-'.

    What ``_BEFORE_WORD.search(text, pos - 32, pos).group(1)`` finds, without the regex
    (which tries every start in the window): skip spaces, tabs and no-break spaces back
    from pos, then take the run of word characters and '.#/+-' before them."""
    lo = max(0, pos - 32)
    stop = pos
    while stop > lo and text[stop - 1] in " \t\u00a0":
        stop -= 1
    begin = stop
    while begin > lo and (text[begin - 1].isalnum() or text[begin - 1] in "_.#/+-"):
        begin -= 1
    if begin == stop:
        return ""
    first = _WORD_START.search(text, begin, stop)
    return text[first.start() : stop].lower() if first else ""


_BLANKS = re.compile(r"[ \t]+")


# Byte tables that turn every byte but ASCII letters and digits (and '_') into a space.
# In ASCII text, a run of letters and digits is a match of _TOKEN when there is no
# apostrophe, and a run of those and '_' is a match of \w+.
_SPACE_BUT_ALNUM = bytes(
    byte if chr(byte).isascii() and chr(byte).isalnum() else 0x20 for byte in range(256)
)


def ascii_words(text: str, table: bytes) -> frozenset[str]:
    """The runs of the characters that table keeps in an ASCII text, found by bytes
    (many times cheaper than a regex)."""
    return frozenset(text.encode("ascii").translate(table).decode("ascii").split())


ExcludedFinder = Callable[[str, int, int], list[tuple[int, int, Reason]]]


class Scan:
    """What the numbers of one scan of text[start:end] (one answer) share, passed down
    explicitly so that nothing outlives the call: the exclusion spans (phone numbers,
    dates, ...), found when a stage first asks, and the marks of the last window read."""

    __slots__ = (
        *("_eligible", "_find", "_live", "_low", "_spaced", "_spans"),
        *("_colon", "_tokens", "_words"),
        *("end", "exclusion_free", "marks", "plain", "start", "text"),
    )

    def __init__(self, text: str, start: int, end: int, find: ExcludedFinder) -> None:
        self.text, self.start, self.end = text, start, end
        self._find = find
        self._spans: list[tuple[int, int, Reason]] | None = None
        self.marks: _Marks | None = None
        self._low: str | None = None
        self._words: frozenset[str] | None = None
        self._live: dict[int, bool] = {}  # by id(pattern)
        self._eligible: bool | None = None
        self._tokens: list[tuple[int, str]] | None = None
        self._spaced: str | None = None
        self.plain: bool | None = None  # whether the fast path may run (see _plain)
        self.exclusion_free: bool | None = None  # see _may_be_excluded_at
        self._colon: int | None = None

    def colon_before(self, at: int) -> bool:
        """Whether a ':' stands in text[start:at]: the first colon is found once, so a
        long answer with many numbers is not searched again for each of them."""
        if self._colon is None:
            found = self.text.find(":", self.start, self.end)
            self._colon = self.end if found == -1 else found
        return self._colon < at

    def lower(self) -> str:
        """The answer's window lowercased: from the lowest start of any marks' window
        (see _answer_marks) to the end. Every whole word of any marks' window is a
        word of it."""
        if self._low is None:
            text, start = self.text, self.start
            lo = max(0, start - _REACH, text.rfind("\n", max(0, start - _REACH), start) + 1)
            self._low = text[lo : self.end].lower()
        return self._low

    def eligible(self) -> bool:
        """True when the window is ASCII, at most 2,000 characters (so every marks'
        window ends where the answer ends) and shorter than _REACH or free of
        apostrophes: then every marks' window starts at the window's start or at a
        line start, and its tokens are a suffix of the window's, so that its words are
        among Scan.words and a cue _Marks finds is one that Scan.live finds."""
        if self._eligible is None:
            low = self.lower()
            self._eligible = (
                low.isascii() and len(low) <= 20 * _REACH and (len(low) < _REACH or "'" not in low)
            )
        return self._eligible

    def has_words(self) -> bool:
        return self._words is not None

    def words(self) -> frozenset[str]:
        """The words (_TOKEN) of the lowered window."""
        if self._words is None:
            low = self.lower()
            if low.isascii() and "'" not in low:
                self._words = ascii_words(low, _SPACE_BUT_ALNUM)
            else:
                self._words = frozenset(_TOKEN.findall(low))
        return self._words

    def live(self, pattern: re.Pattern[str]) -> bool:
        """False when a word list's pattern cannot match where _Marks tries it in any
        window of an eligible answer: no cue text is in the answer (_CUE_TEXTS), or it
        matches at no word that can start a cue. True: it may match."""
        found = self._live.get(id(pattern))
        if found is None:
            words = self.words()
            keys = _KEY_WORDS[id(pattern)] & words
            firsts = _FIRST_WORDS[id(pattern)]
            texts = _CUE_TEXTS[id(pattern)]
            if not keys or firsts.isdisjoint(words):
                found = False
            elif texts is not None:
                found = self._holds(texts, keys)
            else:
                text, end = self.text, self.end
                found = any(
                    word in firsts and pattern.match(text, start, end) is not None
                    for start, word in self.tokens()
                )
            self._live[id(pattern)] = found
        return found

    def _holds(self, texts: dict[str, tuple[str, ...]], keys: frozenset[str]) -> bool:
        """Whether a cue of one of the key words is a substring of the lowered window
        (blanks as one space)."""
        if self._spaced is None:
            low = self.lower()
            self._spaced = _BLANKS.sub(" ", low) if "  " in low or "\t" in low else low
        spaced = self._spaced
        return any(cue in spaced for key in keys for cue in texts.get(key, ()))

    def tokens(self) -> list[tuple[int, str]]:
        """(start in text, word) of each token of the lowered window (ASCII only)."""
        if self._tokens is None:
            lo = self.end - len(self.lower())
            found = _TOKEN.finditer(self.lower())
            self._tokens = [(match.start() + lo, match.group()) for match in found]
        return self._tokens

    def __iter__(self) -> Iterator[tuple[int, int, Reason]]:
        if self._spans is None:
            self._spans = self._find(self.text, self.start, self.end)
        return iter(self._spans)


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}").fullmatch


# The words of whole numbers below a hundred: the stages' _value reads them too.
_WHOLE_WORDS = {
    word: value
    for value, word in enumerate(
        (
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
            *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
            *("seventeen", "eighteen", "nineteen"),
        )
    )
} | {
    word: 10 * tens
    for tens, word in enumerate(
        ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), 2
    )
}
_DIGIT_WORDS = {word: str(value) for word, value in _WHOLE_WORDS.items() if value < 10} | {
    "oh": "0"
}


def _spoken_decimal(num: str) -> str | None:
    """'two point four' -> '2.4', 'ninety-nine point nine seven' -> '99.97', 'zero comma
    eight seven' -> '0.87'; else None."""
    whole, found, fraction = num.lower().replace(" comma", " point").partition(" point")
    if not found:
        return None
    value = 0
    for word in whole.replace("-", " ").split():
        if word not in _WHOLE_WORDS:
            return None
        value += _WHOLE_WORDS[word]
    words = fraction.replace("-", " ").split()
    if not words or any(word not in _DIGIT_WORDS for word in words):
        return None
    return f"{value}." + "".join(_DIGIT_WORDS[word] for word in words)


def plain_number(num: str) -> str:
    """The number as the stages read it: a decimal comma ('2,1') becomes a point; a
    decimal said aloud ('two point four') its digits; other words ('four hundred') stay
    as they are, spaces and all."""
    if num[:1].isdigit() and (" " in num or "\u00a0" in num or "\u202f" in num):
        return "".join(num.split())  # "180 000": thousands grouped by spaces
    if " point" in num or " comma" in num:
        return _spoken_decimal(num) or num
    return num.replace(",", ".") if _DECIMAL_COMMA(num) else num


def unit_stop_of(text: str, found: re.Match[str] | None, end: int) -> int:
    """Where a number's unit ends (found is its _NEXT match): after the token, and after
    a plus glued to a percent ('the 99.9%+ availability target': part of the value)."""
    if found is None:
        return end
    stop = found.end()
    if found.group("tok") == "%" and text.startswith("+", stop):
        stop += 1
    return stop


class Candidate:
    """One number match and what surrounds it, found once for every stage to read."""

    __slots__ = (
        "_marks",
        "_prev",
        "cur",
        "dashed",
        "end",
        "limit",
        "mag",
        "next",
        "num",
        "scan",
        "spelled",
        "start",
        "text",
        "token",
        "unit_stop",
    )

    def __init__(self, text: str, match: re.Match[str], scan: Scan, limit: int) -> None:
        self.text = text
        self.start, self.end = match.span()
        self.cur, self.mag = match.group("cur"), match.group("mag")
        self.num = plain_number(match.group("num"))
        self.spelled = not (self.num[0].isdigit() or self.num[0] == ".")
        self.scan = scan
        self.limit = limit
        # The token right after the number (a unit, a noun, '%'), and the word before it.
        found = _NEXT.match(text, self.end, limit)
        self.next = found
        self.token = found.group("tok").lower() if found else ""
        self.dashed = bool(found and found.group("dash"))
        self.unit_stop = unit_stop_of(text, found, self.end)
        if self.token == "ish" and self.dashed and found is not None:  # "40-ish percent"
            found = _NEXT.match(text, found.end(), limit)
            self.next = found
            self.token = found.group("tok").lower() if found else ""
            self.dashed = bool(found and found.group("dash"))
            self.unit_stop = unit_stop_of(text, found, self.end)
        if self.token in _TIME_ADJECTIVES and found is not None:  # "two full days"
            unit = _NEXT2.match(text, found.end(), limit)
            if unit is not None and unit.group("tok").lower() in _TIME_ADJECTIVES:
                unit = _NEXT2.match(text, unit.end(), limit)  # "two full working days"
            if unit is not None and unit.group("tok").lower() in _ANY_TIME:
                self.token, self.unit_stop = unit.group("tok").lower(), unit.end()
        if self.token in ("full", "part") and found is not None:  # "two full-time engineers"
            noun = _TIME_THEN_NOUN.match(text, found.end(), limit)
            if noun is not None and noun.group("tok").lower() in _TEAM_NOUNS:
                self.token, self.unit_stop = noun.group("tok").lower(), noun.end()
        if self.token == "per":  # "12 per cent": one unit in two words
            cent = _PER_CENT.match(text, self.unit_stop, limit)
            if cent is not None:
                self.token, self.unit_stop = "percent", cent.end()
        self._prev: str | None = None
        self._marks: _Marks | None = None

    @property
    def prev(self) -> str:
        """The word before the number, lowercased (found on first use: most numbers are
        decided by their unit before any stage asks)."""
        if self._prev is None:
            self._prev = _prev_word(self.text, self.start)
        return self._prev

    def before(self, pattern: re.Pattern[str], width: int = 40) -> bool:
        return pattern.search(self.text, max(0, self.start - width), self.start) is not None


class _Marks:
    """Where the cue words and clause ends are in text[lo:limit] (one answer, or a piece
    of a long one, from a little before a number), found once per pattern; a number
    asks by position with a binary search, so the cost per number stays constant
    however many numbers the answer holds."""

    __slots__ = ("_ascii", "_found", "_low", "_tokens", "_words", "limit", "lo", "scan", "text")

    def __init__(self, text: str, lo: int, limit: int, scan: Scan) -> None:
        self.text, self.lo, self.limit, self.scan = text, lo, limit, scan
        self._found: dict[int, tuple[list[int], list[int]]] = {}  # by id(pattern)
        self._tokens: list[tuple[int, str]] | None = None
        self._words: frozenset[str] | None = None
        self._low: str | None = None
        self._ascii = False

    def spans(self, pattern: re.Pattern[str]) -> tuple[list[int], list[int]]:
        """(starts, ends) of the pattern's matches in text[lo:limit]. A word list's
        pattern is tried only where one of its cues' first words starts."""
        found = self._found.get(id(pattern))
        if found is None:
            firsts = _FIRST_WORDS.get(id(pattern))
            if firsts is not None:
                found = (
                    ([], [])
                    if _KEY_WORDS[id(pattern)].isdisjoint(self.words())
                    or (self.scan.eligible() and not self.scan.live(pattern))
                    else self._at_words(pattern, firsts)
                )
            else:
                hints = _HINTS.get(id(pattern))
                matches = (
                    pattern.finditer(self.text, self.lo, self.limit)
                    if hints is None or self._hinted(*hints)
                    else ()
                )
                found = ([], [])
                for match in matches:
                    found[0].append(match.start())
                    found[1].append(match.end())
            self._found[id(pattern)] = found
        return found

    def _at_words(
        self, pattern: re.Pattern[str], firsts: frozenset[str]
    ) -> tuple[list[int], list[int]]:
        starts: list[int] = []
        ends: list[int] = []
        done = -1
        for start, word in self.tokens():
            if start >= done and word in firsts:
                match = pattern.match(self.text, start, self.limit)
                if match is not None:
                    starts.append(start)
                    ends.append(match.end())
                    done = match.end()
        return starts, ends

    def _hinted(self, hint: re.Pattern[str], stems: tuple[str, ...]) -> bool:
        low = self.lower()
        if self._ascii:
            return any(stem in low for stem in stems)
        return hint.search(self.text, self.lo, self.limit) is not None

    def lower(self) -> str:
        """text[lo:limit], lowercased (found once)."""
        if self._low is None:
            window = self.text[self.lo : self.limit]
            self._ascii = window.isascii()
            self._low = window.lower()
        return self._low

    def tokens(self) -> list[tuple[int, str]]:
        if self._tokens is None:
            if self.scan.eligible():
                # The window's tokens are the answer's from lo on (see Scan.eligible),
                # but for a piece of a word cut at lo, where no cue can start.
                lo = self.lo
                self._tokens = [token for token in self.scan.tokens() if token[0] >= lo]
                return self._tokens
            low = self.lower()
            if len(low) == self.limit - self.lo:  # lowering kept every offset
                lo = self.lo
                self._tokens = [
                    (match.start() + lo, match.group()) for match in _TOKEN.finditer(low)
                ]
            else:
                self._tokens = [
                    (match.start(), match.group(0).lower())
                    for match in _TOKEN.finditer(self.text, self.lo, self.limit)
                ]
        return self._tokens

    def words(self) -> frozenset[str]:
        """The words of the window, or more: each use only asks whether a word that a
        match needs is absent. The answer's words (Scan.words) hold every whole word of
        the window; when the answer is eligible they also hold its cut words."""
        if self._words is None:
            scan = self.scan
            if scan.eligible():
                self._words = scan.words()
            else:
                self._words = frozenset(_TOKEN.findall(self.lower()))
        return self._words

    def last_before(self, pattern: re.Pattern[str], lo: int, pos: int) -> int | None:
        """The end of the last match inside [lo, pos), or None."""
        starts, ends = self.spans(pattern)
        if not ends:
            return None
        index = bisect.bisect_right(ends, pos) - 1
        while index >= 0 and starts[index] >= lo:
            if ends[index] <= pos:
                return ends[index]
            index -= 1
        return None

    def any_in(self, pattern: re.Pattern[str], lo: int, pos: int) -> bool:
        """True when a match starts inside [lo, pos)."""
        starts, _ = self.spans(pattern)
        index = bisect.bisect_left(starts, lo)
        return index < len(starts) and starts[index] < pos


_REACH = 100  # the widest look back of any stage that reads marks, plus a margin


def _marks(c: Candidate) -> _Marks:
    """The marks of the candidate's answer, covering every window its stages read. The
    matches do not depend on where the scan starts (every cue starts at a word
    boundary), so has_outcome and mentions see the same marks."""
    if c._marks is not None:
        return c._marks
    c._marks = _answer_marks(c)
    return c._marks


def _answer_marks(c: Candidate) -> _Marks:
    return window_marks(c.text, c.start, c.limit, c.scan)


def window_marks(text: str, start: int, limit: int, scan: Scan) -> _Marks:
    """The marks for a number at start: the scan's last ones when they cover its
    window, else new ones (which later numbers may reuse). Every number of a scan asks,
    in order, even one that the fast path decides: which window a later number reads
    depends on it."""
    # A line break ends every clause, so no cue before the number's line can apply.
    lo = max(0, start - _REACH, text.rfind("\n", max(0, start - _REACH), start) + 1)
    marks = scan.marks
    if (
        marks is not None
        and marks.lo <= lo
        and (marks.limit == limit or start + 2 * _REACH <= marks.limit <= limit)
    ):
        return marks
    # A long answer is read in pieces: has_outcome often stops at its first number.
    marks = scan.marks = _Marks(text, lo, min(limit, start + 20 * _REACH), scan)
    return marks
