"""The hand-written fast paths in playbook_lint.numbers agree with the plain patterns
they replace: a speed-up must never change a verdict."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playbook_lint.numbers import candidate
from playbook_lint.numbers.stages import _shared as shared
from playbook_lint.words import lines

# Word characters, the extra word characters '.#/+-', the three blanks the word before a
# number may be separated by, and others that end a word (including non-ASCII letters
# and digits, which \w also matches).
_ALPHABET = "aZ9_.#/+- \t\u00a0,()\n\u00e9\u0663\u0130\u00b2x"


def _prev_word_by_regex(text: str, pos: int) -> str:
    found = shared._BEFORE_WORD.search(text, max(0, pos - 32), pos)
    assert found is not None  # the pattern can match the empty string at pos
    first = candidate._WORD_START.search(found.group(1))
    return found.group(1)[first.start() :].lower() if first else ""


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=48), st.data())
def test_prev_word_matches_the_pattern(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert candidate._prev_word(text, pos) == _prev_word_by_regex(text, pos)


def test_prev_word_examples() -> None:
    assert candidate._prev_word("Python 3.11", 7) == "python"
    assert candidate._prev_word("cut p99 by\u00a0 40%", 12) == "by"
    assert candidate._prev_word("(v2.0 ", 6) == "v2.0"
    assert candidate._prev_word("3 of 5", 5) == "of"
    assert candidate._prev_word("12, 40", 4) == ""


def test_verdicts_do_not_depend_on_earlier_calls() -> None:
    """No state survives a call: the same text gives the same mentions whatever was
    read before it, in either order, and has_outcome agrees with them each time."""
    from playbook_lint.numbers import has_outcome, mentions

    text = (
        "- Was asked to get p95 under 300 ms; the legacy page took 3-4 seconds.\n"
        "- Ran a 5% canary, then cut p95 from 800 ms to 120 ms for 1.2M users.\n"
        "- Adopted by 120 analysts; saved 40 engineer-hours a week; AUC of 0.91.\n"
    )
    lines = [
        (start, text.index("\n", start))
        for start in (0, *[i + 1 for i, ch in enumerate(text[:-1]) if ch == "\n"])
    ]
    forward = [mentions(text, start, end) for start, end in lines]
    backward = [mentions(text, start, end) for start, end in reversed(lines)][::-1]
    whole_first = mentions(text)
    again = [mentions(text, start, end) for start, end in lines]
    assert forward == backward == again
    assert whole_first == mentions(text)
    for (start, end), found in zip(lines, forward, strict=True):
        assert has_outcome(text, start, end) == any(m.counts for m in found)


_NUMBERISH = "0123456789 -./()+x\u00d7\n:24365O(n)abc\u0663"


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_NUMBERISH, max_size=80))
def test_exclusion_shortcut_never_skips_a_covered_number(text: str) -> None:
    """Whenever a phone number, date, big-O, 24/7 or IP address covers a number, the
    cheap test says it may: skipping the spans never changes a verdict."""
    from playbook_lint.numbers import _NUMBER, _excluded_spans

    scan = candidate.Scan(text, 0, len(text), _excluded_spans)
    spans = _excluded_spans(text, 0, len(text))
    for match in _NUMBER.finditer(text):
        number = candidate.Candidate(text, match, scan, len(text))
        if any(start <= number.start < end for start, end, _ in spans):
            assert shared._may_be_excluded(number), (text, number.start)


def test_exclusion_shortcut_examples() -> None:
    from playbook_lint.numbers import mentions

    reasons = {m.text: m.reason.name for m in mentions("Call +1 (415) 555-0100 by 2024-05-01.")}
    assert reasons["1"] == "PHONE"
    assert reasons["2024"] == "DATE_NUMERIC"
    assert mentions("Cut p95 by 35% with O(n log 2) merges, 24/7.")[0].reason.name == "UNIT"


# Pieces of resume bullets that reach every test of the fast path (fast.quick): units,
# durations and money next to cues of intent, baselines, settings, rollouts, alerts,
# reach, effort, names, ranks, exclusions, line breaks and apostrophes.
_PIECES = (
    *("35%", "120 ms", "2 hours", "4 s", "$1.4M", "$30k", "€80k", "40 TB", "50k QPS", "3x"),
    *("0.91AUC", "AUC", "p99", "40 analysts", "12 engineers", "3 of 4", "5 in every 40"),
    *("1.2M users", "2B events", "8B", "30M items", "7B model", "3k", "4M daily", "2B-row"),
    *("1.5M", "Llama 3", "version", "tier", "May", "led", "hospitals", "served", "F1"),
    *("traffic at", "split to", "then", "5%", "ramped to", "production", "tests"),
    *("used", "x'used", "adopted by", "cut", "from", "to", "by", "for", "every", "at"),
    *("when", "alerts", "exceeds", "asked to get", "target", "the legacy page took", "before we"),
    *("canary", "rolled out to", "of traffic", "batch size", "dropout", "budget", "grant"),
    *("spent", "logged", "of teaching", "team of", "managed", "Python", "v", "SOC", "#", "top"),
    *("n=", "x", "@", "GPT-", "2024-05-01", "24/7", "O(n)", "555-0100", "paid", "dataset"),
    *("\n", "\n- ", ",", ".", ";", "-", "weeks", "March", "daily", "users", "it's"),
)


def _stages_only(text: str) -> tuple[list[object], bool]:
    """mentions and has_outcome with the fast path turned off: every number goes through
    the stages."""
    from unittest import mock

    import playbook_lint.numbers as numbers

    with mock.patch.object(numbers, "quick", lambda *_: None):
        return list(numbers.mentions(text)), numbers.has_outcome(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24), st.sampled_from([" ", "", "  ", "\t"]))
def test_fast_path_decides_as_the_stages(pieces: list[str], glue: str) -> None:
    from playbook_lint.numbers import has_outcome, mentions

    text = glue.join(pieces)
    assert (mentions(text), has_outcome(text)) == _stages_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shifted traffic at 35% to the new model.",
        "We split to 35% of users.",
        "Ran the canary at 1%, then 10%, then 50%.",
        "Ramped to 50% in a week.",
        "Moved 20% of traffic to the new ranker.",
        "Rolled back at 2% after errors rose.",
        "Cut p95 from 2.4 s to 700 ms, verified in load tests on production traffic.",
        "Adopted by 40 analysts in 2 hours.",
        "Used by 3 hours; relied on by roughly 2M users; served by 4 s.",
        "Served 12 hospitals for 3 months.",
        "Logged 500 hours of flight time and cut costs by 20%.",
        "Processed 2B events a day; Llama 3 8B; 7B model; F1 of 3k.",
        "Paid $30k for the licence; a $2M cloud budget; $3 of 4; $5/month.",
        "Python 3.11 took 120 ms; tier 2 in May 5 s; team of 8 hours.",
        "Alerts fire when p95 exceeds 500 ms; every 24 hours; n=500 users.",
        "Ranked #1 in 5 s; top 3 ms; GPT-4 ms; nDCG@10 ms; k=5 ms; every 5 ms.",
        "Gave 500 hours of teaching; for 48 hours; in March 3 s; managed 5 s; v2 3 s.",
        "A 3-hour talk; 2-s timeout; 4 s timeout; 20% rollout; 5% canary; 8 ms window.",
        "Got $3 of 4; $5/7 of it; $5.2.1; $3rd; $3 budget; $3% off; spent $3; $3k grant.",
        "Hit 1 in every 40 ms; 1 ms in every 40 requests; 3 TB dataset; 3 ms data set.",
        "Cut 2M/s; 3Mx; 8B; 2M models; 2M engineers; 2M times; 2M fte; 2M hours; 2M%.",
        "AUC of 3k; May 3k; Python 3k; led 3k; 3k May; p99 was 2 s before we started.",
        "Latency 2 s when I joined; 40 ms initially; the legacy page took 3 s.",
        "Ranked #3 ms; finished in the top 10 ms; sent 20% of users to it; got $3 limit.",
        "Sent $20% of users; saved 2M hours/week; got $3 horizon.",
        "Spent 3 hours on it; got $3-limit; finished in the top 10%.",
    ],
)
def test_fast_path_decides_as_the_stages_on_examples(text: str) -> None:
    from playbook_lint.numbers import has_outcome, mentions

    assert (mentions(text), has_outcome(text)) == _stages_only(text)
    for line in text.split("; "):
        assert (mentions(line), has_outcome(line)) == _stages_only(line)


def test_fast_path_keeps_the_window_a_later_number_reads() -> None:
    """A number the fast path decides still sets the window of cue words that the next
    number reads, as the stages would: here the use word on the first line."""
    from playbook_lint.numbers import mentions

    text = "- Used by teams: 35% faster.\n  Then x'used 40 analysts."
    assert [(m.text, m.reason.name) for m in mentions(text)] == [
        ("35%", "UNIT"),
        ("40 analysts.", "REACH"),
    ]
    assert mentions(text) == _stages_only(text)[0]


def _metric_names_one_by_one() -> re.Pattern[str]:
    """The named-metric pattern as first written: each name with its own '@k' suffix."""
    names = []
    for name in sorted(lines("metric_names"), key=len, reverse=True):
        at = r"@(?:\d+(?:\.\d+)?|k)"
        if name.endswith("@"):
            names.append(re.escape(name[:-1]) + at)
        else:
            names.append(re.escape(name).replace(r"\ ", r"[ \t]+") + "(?:" + at + ")?")
    return re.compile(
        r"(?i:(?<![\w-])(?:" + "|".join(names) + r")(?![\w-]))|(?<![\w-])mAP(?![\w-])"
    )


def test_metric_names_match_as_written_one_by_one() -> None:
    """The shorter named-metric pattern matches exactly where and as far as the first
    one did, at every name with every suffix."""
    reference = _metric_names_one_by_one()
    pattern = shared._METRIC_NAME
    suffixes = ("", "@10", "@k", "@1.5", "@", "@x", "1", " of", "-", "x", "  score", ".")
    names = [*lines("metric_names"), "mAP", "map", "MAP", "hit rate@5", "pass@10"]
    for name in names:
        for variant in (name, name.upper(), name.rstrip("@"), name.replace(" ", "\t")):
            for suffix in suffixes:
                text = f"the {variant}{suffix} rose"
                for at in range(len(text)):
                    found, expected = pattern.match(text, at), reference.match(text, at)
                    assert (found and found.span()) == (expected and expected.span()), text


_ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=60)


@settings(max_examples=1500, deadline=None)
@given(_ASCII)
def test_words_by_bytes_are_the_words_by_pattern(text: str) -> None:
    """The byte-table word sets equal the regex ones on ASCII text: \\w+ always, the
    tokens of the marks (_TOKEN) when there is no apostrophe."""
    low = text.lower()
    assert candidate.ascii_words(low, shared._SPACE_BUT_WORD) == frozenset(re.findall(r"\w+", low))
    if "'" not in low:
        tokens = frozenset(candidate._TOKEN.findall(low))
        assert candidate.ascii_words(low, candidate._SPACE_BUT_ALNUM) == tokens
