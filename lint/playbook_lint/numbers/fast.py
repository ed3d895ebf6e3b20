"""The fast path: the decision :func:`~playbook_lint.numbers.stages.classify` would give
a digit number through ``unit``, ``duration``, ``money`` or ``scale``, made without
running the stages before them, when the proof below holds. ``has_outcome`` and
``mentions`` ask it first; tests/lint/test_fast_path_on_corpus.py checks it against the
stages on every corpus text and on seeded mutations of them.
"""

from __future__ import annotations

import re

from playbook_lint.numbers.candidate import (
    _KEY_WORDS,
    _LONG_TIME,
    _NEXT,
    _TEAM_NOUNS,
    _TIME,
    Candidate,
    Decision,
    Scan,
    _prev_word,
    plain_number,
    unit_stop_of,
)
from playbook_lint.numbers.reasons import Reason
from playbook_lint.numbers.stages._shared import (
    _ACTIVITY_AFTER,
    _ADOPTERS,
    _ALERT_ON_A_BEFORE,
    _ALERT_RULES_BEFORE,
    _ANALYSED_AFTER,
    _ANALYSED_WORDS,
    _ASK_NOUNS,
    _ASK_STATED_ANY,
    _AUTOSCALE_AT_BEFORE,
    _BASELINE,
    _BASELINE_AFTER,
    _BASELINE_AFTER_WORDS,
    _BILL_AFTER,
    _BRACKET_BEFORE,
    _BUDGET_NEAR,
    _COLOUR_AT_BEFORE,
    _COMPARE_BEFORE,
    _CONFIG,
    _CONFIG_AFTER,
    _CONFIG_AFTER_PARTS,
    _COUNT_NOUNS,
    _COURSE_BEFORE,
    _COURSE_STEMS,
    _CURRENCY_CODES,
    _CURRENCY_WORDS,
    _DATA_NOUNS,
    _DATA_VOLUME,
    _DATASET_THEN,
    _DID_HOURS_BEFORE,
    _EACH_AFTER,
    _EFFORT,
    _EFFORT_AFTER,
    _ESCALATED_AFTER_BEFORE,
    _ESTIMATED_MONEY_BEFORE,
    _FOUND_CUES,
    _FUNDS_AFTER,
    _FUNDS_BEFORE,
    _GATE_WORDS,
    _HORIZON_VAR_AFTER,
    _HOURS,
    _INDEX_NAME_BEFORE,
    _INDEXED_AFTER,
    _INPUT_AFTER,
    _INPUT_BEFORE,
    _INPUT_WORDS,
    _INTENT,
    _LABEL_WORDS,
    _LABELLED_AFTER,
    _LEARNING_WORDS,
    _LOAD_TEST_ANY,
    _LOAD_TEST_WORDS,
    _LOOKED_AFTER_BEFORE,
    _MEMORY_UNITS,
    _METRIC_NAME,
    _MODEL_SIZE,
    _MONEY_AFTER,
    _MONTHS,
    _MOVE_OF_BEFORE,
    _ONE_IN,
    _ONE_IN_EVERY,
    _OPERATING_POINT_AFTER,
    _PAID_FOR_BEFORE,
    _PAY_AFTER,
    _PAY_BEFORE,
    _PAY_WORDS,
    _PER_PERIOD_AFTER,
    _PERCENT,
    _PERSON_SUPPORTED_BEFORE,
    _PERSON_WORDS,
    _PRICE_SET_BEFORE,
    _PRICED_BEFORE,
    _RATIO_UNITS,
    _READ_PAST,
    _RESEARCHED_PREV,
    _RESOURCE_NOUNS,
    _ROLE_TIME_AFTER,
    _ROLLOUT_LATER,
    _SAVED_VERB_BEFORE,
    _SCENE,
    _SECOND_BOUND_BEFORE,
    _SHARE_OF,
    _SHARE_OF_DATA_BEFORE,
    _SHARE_STEMS,
    _SLO_WORDS,
    _SOAK_WORDS,
    _SPEND_NOUN_BEFORE,
    _SPENT_BEFORE,
    _SPENT_HEDGED,
    _STATUS_CODES,
    _SUPPORTED_BEFORE,
    _TEAM_BEFORE,
    _TEAM_CUES,
    _TOLD_USE_TOKENS,
    _TOTAL_AFTER,
    _TRAFFIC_AFTER,
    _TRIGGER,
    _UNIT_PRICE_AFTER,
    _UNITS,
    _VERSION_WORDS,
    _adjective_time,
    _adopter_second,
    _at_before,
    _config_word_after,
    _described_at,
    _field_before,
    _found_before,
    _found_share,
    _hundreds_of,
    _load_of_system,
    _magnitude_is_result,
    _may_be_excluded_at,
    _no_reach,
    _processed_before,
    _scope_before,
    _size_chosen,
    _unhedged_prev,
    _value,
)

# The fast path. Most numbers are a digit number followed by a plain unit ("35%", "40
# TB"), a short duration ("120 ms") or a currency ("$1.4M"), which `unit`, `duration` or
# `money` decide, or a magnitude ("2B events", see _quick_magnitude) that `scale` does.
# When the tests below pass, no stage before that one can decide the number, so `quick`
# decides it at once, as that stage would. The answer's window
# (Scan.lower) must be ASCII, at most 2,000 characters (so every marks' window ends where
# the answer ends), and shorter than _REACH or free of apostrophes: then every marks'
# window starts at the window's start or at a line start, and its tokens are a suffix
# of the window's tokens (Scan.tokens), so a cue _Marks finds is one Scan.live finds.
# - excluded: _may_be_excluded says no, or no exclusion span covers the number;
# - glued_tail: for a unit, _NEXT matched at the number's end, so the next character is
#   '+', a blank, '-' or the token, never '/' or '.'; for money it is tested;
# - rank, name_part, setting's 'n=': no '#', '@', '=' or '-' in the characters just
#   before, no 'top ' and no index's name ('Fortune ', 'FTSE ') before; the token is none
#   of 'st', 'nd', 'rd', 'th';
# - intent: no intent cue in the answer; no trigger cue, or no comparison just before; no
#   value named as the bar to clear ('as the acceptance bar') in the answer;
# - pay (for money, a unit or a magnitude): no word of pay before the number, nor after
#   it in the next 40 characters;
# - one_in: the token is not 'in', 'of' or 'out' (or _ONE_IN is tested), and no 'every';
# - baseline: no baseline cue; no word of _BASELINE_AFTER_WORDS or no _BASELINE_AFTER;
# - setting: no setting cue; no 'every ' before; the token is no setting word, and no
#   setting word in the answer or none in the two words after; for '%': no rollout stem
#   (those of _ROLLOUT_WORDS, _ROLLOUT_STEPS, _ROLLOUT_EARLIER, _ROLLOUT_AT) and no
#   _SHARE_OF after;
# - input_size: no data-set word in the answer, or no _INPUT_AFTER;
# - glued_letters: the token is a unit or a duration;
# - for a duration, between `unit` and `duration`: the word before is no version,
#   label, month or 'for' and _TEAM_BEFORE does not match; no word of use (reach) or cue
#   of effort (time_spent) in the answer, no ' of ...' activity after, no dash before
#   the unit; the token is no model size, person word, team noun or month.
_FAST_UNITS = (
    (_UNITS | _RATIO_UNITS)
    - _CONFIG_AFTER
    - {
        *("x", "\u00d7", "k", "m", "percentage", "basis", "points", "point", "pts"),
        *("in", "of", "out", "st", "nd", "rd", "th"),
        *_CURRENCY_WORDS,  # unit's price paid ("at 300 dollars each") reads the context
    }
)
_FAST_TIME = (
    _TIME
    - _UNITS
    - _RATIO_UNITS
    - _CONFIG_AFTER
    - _PERSON_WORDS
    - _MODEL_SIZE
    - _TEAM_NOUNS
    - {"in", "of", "out", "st", "nd", "rd", "th"}
)
_BURN_OR_BUDGET = re.compile(r"(?i:\bburn(?:[ \t-]?rates?)?[ \t]+alert|\berror[ \t]+budget)")
_TIME_PREV = _VERSION_WORDS | _LABEL_WORDS | {"for", "over"}
_CUE_KEYS = _KEY_WORDS[id(_INTENT)] | _KEY_WORDS[id(_BASELINE)] | _KEY_WORDS[id(_CONFIG)]


# ("Introduced error budgets 100% for ...": the plural too)
_BURN_WORDS = frozenset({"burn", "budget", "budgets"})


def _plain(scan: Scan) -> bool:
    """Whether the fast path may run on the answer: it is eligible (Scan.eligible) and
    holds no intent, baseline or setting cue."""
    if not scan.eligible():
        return False
    words = scan.words()
    if not _LOAD_TEST_WORDS.isdisjoint(words) and _LOAD_TEST_ANY.search(
        scan.text, scan.start, scan.end
    ):
        return False  # setting's load a test ran at
    if not _ASK_NOUNS.isdisjoint(words) and _ASK_STATED_ANY.search(scan.text, scan.start, scan.end):
        return False  # setting's ask stated ("the request from ops was to get ...")
    if ("had" in words or "have" in words) and _SCENE.search(scan.text, scan.start, scan.end):
        return False  # baseline's _scene_set may decide
    if not _SLO_WORDS.isdisjoint(words):
        return False  # intent's _slo_defined may decide
    if not _BURN_WORDS.isdisjoint(words) and _BURN_OR_BUDGET.search(
        scan.text, scan.start, scan.end
    ):
        return False  # setting's burn-rate alerts and error budget
    if not _GATE_WORDS.isdisjoint(words):
        return False  # intent's value named as the bar to clear, or a gate named before it
    return _CUE_KEYS.isdisjoint(words) or not (
        scan.live(_INTENT) or scan.live(_BASELINE) or scan.live(_CONFIG)
    )


def quick(text: str, match: re.Match[str], scan: Scan, limit: int) -> Decision | None:
    """The decision for a digit number that `classify` would give through `unit`,
    `duration`, `money` or `scale` when the proof above holds, else None: the stages
    decide."""
    found = _NEXT.match(text, match.end(), limit)
    token = found.group("tok").lower() if found else ""
    if token in _READ_PAST:
        return None  # Candidate reads past these ("10k-ish pages", "two full days", "12 per cent")
    if match.group("cur"):
        check = _quick_money
    elif token in _FAST_UNITS:
        check = _quick_unit
    elif token in _FAST_TIME and not match.group("mag"):
        check = _quick_time
    elif match.group("mag") and token not in _NOT_MAGNITUDE:
        check = _quick_magnitude
    else:
        return None
    plain = scan.plain
    if plain is None:
        plain = scan.plain = _plain(scan)
    start = match.start()
    before = text[max(0, start - 6) : start]
    if (
        not plain
        or "#" in before[-1:]
        or "@" in before[-2:]
        or "=" in before[-2:]
        or "-" in before[-2:]
        or before[-2:] in ("N+", "n+")
        or token in ("xx", "xxx")  # "the 5xx rate", even after a currency code
        or before[-4:].lower() == "top "
        or _INDEX_NAME_BEFORE.search(text, max(0, start - 8), start)
        or before.lower() == "every "
        or text[max(0, start - 7) : start].lower() == "every ~"
        or _described_or_sized(text, scan, match, token, found, limit)
        or (check is not _quick_time and _pay_near(text, scan, start, match.end(), limit))
    ):
        return None  # rank, name_part, setting, input_size, pay, money
    return check(text, match, scan, limit, found, token)


def _pay_near(text: str, scan: Scan, start: int, end: int, limit: int) -> bool:
    """Whether `pay` may decide: a word of pay before the number as it reads them, or
    one of its words after it anywhere in the next 40 characters (wherever Candidate
    ends the unit)."""
    if _PAY_WORDS.isdisjoint(scan.words()):
        return False
    return bool(
        _PAY_BEFORE.search(text, max(0, start - 90), start)
        or _PAY_AFTER.search(text, end, min(limit, end + 40))
    )


def _described_or_sized(
    text: str,
    scan: Scan,
    match: re.Match[str],
    token: str,
    found: re.Match[str] | None,
    limit: int,
) -> bool:
    """True when a stage before the fast path's may decide through a test the proof
    above does not cover: setting's _described (a listed line, a load test's rate, an
    objective stated, a share of time), input_size's _INPUT_BEFORE, rank's field, a
    currency code after the number (money), or hardware memory (unit)."""
    start, end = match.span()
    stop = unit_stop_of(text, found, end)  # as Candidate.unit_stop
    if _described_at(text, start, stop, token, limit) is not None:
        return True
    if _processed_before(text, start) or (
        not _ANALYSED_WORDS.isdisjoint(scan.words()) and _ANALYSED_AFTER.match(text, stop, limit)
    ):
        return True  # processed_data
    if not _INPUT_WORDS.isdisjoint(scan.words()) and (
        _INPUT_BEFORE.search(text, max(0, start - 100), start)
        or _SHARE_OF_DATA_BEFORE.search(text, max(0, start - 60), start)
        or _DATASET_THEN.search(text, max(0, start - 30), start)
    ):
        return True
    if _field_before(text, start, _prev_word(text, start)):
        return True
    return token in _CURRENCY_CODES or token in _MEMORY_UNITS or token in _DATA_VOLUME


def _quick_unit(
    text: str, match: re.Match[str], scan: Scan, limit: int, found: re.Match[str] | None, token: str
) -> Decision | None:
    start, end = match.span()
    stop = unit_stop_of(text, found, end)
    if _OPERATING_POINT_AFTER.match(text, stop, limit):
        return None  # "recall at 90% precision": maybe a setting
    if token in _PERCENT and (
        _share_stem_before(text, start)
        or _SHARE_OF.match(text, end, limit)
        or _TRAFFIC_AFTER.match(text, stop, limit)  # "at 10% traffic each"
        or (_may_chain(text, start, limit) and _ROLLOUT_LATER.search(text, end, limit))
    ):
        return None  # setting: a rollout share, or a step of a rollout chain
    if _context_may_decide(text, scan, start, end, stop, limit, True):
        return None
    if _load_of_system(text, start, stop, token, limit):
        return None  # unit: the load of a system, its scope
    return Decision(Reason.UNIT, stop)


def _may_chain(text: str, start: int, limit: int) -> bool:
    """Whether a chain of percentages ending at 100% (or 'full', 'everyone', 'all', 'GA')
    may hold the number at start."""
    near = text[max(0, start - 60) : min(limit, start + 60)]
    if not ("\u2192" in near or "->" in near or "=>" in near):
        return False
    low = near.lower()
    return "100" in low or any(end in low for end in _CHAIN_ENDS)


_CHAIN_ENDS = ("full", "everyone", "all", "ga", "general")


def _share_stem_before(text: str, start: int) -> bool:
    """Whether a rollout stem is in the 100 characters before start, where every test
    of _rollout_share but _SHARE_OF looks (the text is ASCII in an eligible answer)."""
    low = text[max(0, start - 100) : start].lower()
    return not low.isascii() or any(stem in low for stem in _SHARE_STEMS)


def _quick_time(
    text: str, match: re.Match[str], scan: Scan, limit: int, found: re.Match[str] | None, token: str
) -> Decision | None:
    start, end = match.span()
    stop = unit_stop_of(text, found, end)
    if (
        (found and found.group("dash"))
        or scan.live(_EFFORT)
        or _ACTIVITY_AFTER.match(text, stop, limit)
        or not _LEARNING_WORDS.isdisjoint(scan.words())
        or not _SOAK_WORDS.isdisjoint(scan.words())  # duration's soak length may decide
        or (token == "s" and match.group("num") in _STATUS_CODES)
        or (token == "s" and _hundreds_of(text, match.group("num"), match.end(), limit))
        or _found_before(text, start, 40, _COURSE_BEFORE, _COURSE_STEMS)
        or (_adjective_time(token, match.group("num")) and _EFFORT_AFTER.match(text, stop, limit))
        or (
            token in _HOURS
            and (
                _TOTAL_AFTER.match(text, stop, limit)
                or _DID_HOURS_BEFORE.search(text, max(0, start - 30), start)
                # _many_hours_given may decide ("60 400 hrs": as the stages read it)
                or (_value(plain_number(match.group("num"))) or 0) >= 100
                # time_spent's _schedule: "a six-month contract, roughly 25 hours a week"
                or _PER_PERIOD_AFTER.match(text, stop, limit)
            )
        )
    ):
        return None  # duration, time_spent
    prev = _prev_word(text, start)
    if (
        _sized_or_reached(text, scan, start, end, token, found, prev)
        or prev in _TIME_PREV
        or _unhedged_prev(text, start, prev) in _TIME_PREV
        or _MONTHS.fullmatch(prev or "-")
        or (prev in _TEAM_CUES and _TEAM_BEFORE.search(text, max(0, start - 40), start))
        # reach's size of a place: "a platform with 70 ms p99" reads as its scope
        or _scope_before(text, start)
    ):
        return None  # reach, label, calendar, time_spent, team
    if _context_may_decide(text, scan, start, end, stop, limit, True):
        return None
    return Decision(Reason.UNIT, stop)


def _sized_or_reached(
    text: str,
    scan: Scan,
    start: int,
    end: int,
    token: str,
    found: re.Match[str] | None,
    prev: str,
) -> bool:
    """True when scale's size chosen, a data noun or reach (its scope looked after or
    supported, or a word of use near) may decide before `unit`, `duration` or `scale`."""
    return bool(
        _size_chosen(text, prev, end, token, found.end() if found else end)  # "a 5k-entry cache"
        or token in _DATA_NOUNS
        or _LOOKED_AFTER_BEFORE.search(text, max(0, start - 50), start)
        or _SUPPORTED_BEFORE.search(text, max(0, start - 60), start)  # reach's scope
        or _PERSON_SUPPORTED_BEFORE.search(text, max(0, start - 80), start)
        # reach decides without a word of adoption too: "2.3 lakh policyholders claim
        # online through it" (_no_reach is what every way to REACH needs)
        or not _no_reach(text, scan, start, prev)
    )


# Tokens after a magnitude ('3k', '1.2M') that a stage before `scale` reads, or that
# make `scale` decide otherwise: units and durations, model sizes, person words and team
# nouns, setting words, resource nouns, 'times', and rates ('/').
_NOT_MAGNITUDE = (
    _UNITS
    | _RATIO_UNITS
    | _TIME
    | _LONG_TIME
    | _MODEL_SIZE
    | _PERSON_WORDS
    | _TEAM_NOUNS
    | _CONFIG_AFTER
    | _RESOURCE_NOUNS
    | {"fte", "ftes", "headcount", "times", "percentage", "basis", "points", "point", "pts"}
    | {"in", "of", "out", "st", "nd", "rd", "th"}
    | _CURRENCY_WORDS  # "12 lakh rupees": money, which `money` reads
)


def _quick_magnitude(
    text: str, match: re.Match[str], scan: Scan, limit: int, found: re.Match[str] | None, token: str
) -> Decision | None:
    """A magnitude ('2B events', '1.2M monthly users'), which `scale` decides. Besides
    the checks of the stages before `unit` (see above; glued_tail, rank and one_in pass
    over a magnitude), those after it: label, calendar and team read the word before;
    model_size takes a bare 'B'; reach needs a word of use, named_metric a metric name;
    glued_letters a token glued to the number. The token is none of _NOT_MAGNITUDE."""
    start, end = match.span()
    if "/" in token or (
        found is not None and not found.group("dash") and found.start("tok") == end
    ):
        return None  # time_spent's rate; glued_letters
    if match.group("mag") == "B" and token not in _COUNT_NOUNS and token not in _ADOPTERS:
        return None  # model_size: "Llama 3 8B"
    counted = token in _COUNT_NOUNS or token in _ADOPTERS
    if not counted and scan.live(_METRIC_NAME):
        return None  # named_metric
    prev = _prev_word(text, start)
    if (
        _sized_or_reached(text, scan, start, end, token, found, prev)
        or token in _ADOPTERS
        or token in _TOLD_USE_TOKENS  # reach's _use_told_after
        or _adopter_second(text, found.end() if found else end, limit)  # "1.2M new members"
        or prev == "for"
        or prev in _RESEARCHED_PREV
        or prev in _VERSION_WORDS
        or prev in _LABEL_WORDS
        or _MONTHS.fullmatch(prev or "-")
        or (found is not None and _MONTHS.fullmatch(found.group("tok")))
        or (prev in _TEAM_CUES and _TEAM_BEFORE.search(text, max(0, start - 40), start))
    ):
        return None  # scale's size chosen or data size; reach (a scope looked after too),
        # label, calendar, team
    if _scope_before(text, start) or (
        found is not None and _INDEXED_AFTER.match(text, found.end(), limit)
    ):
        return None  # scale's scope of the place (or a rate: the stages decide), or the
        # size of a collection: "2,3M articles indexed"
    if (
        prev in _SPENT_BEFORE
        or _SPENT_HEDGED.search(text, max(0, start - 24), start)
        or _BUDGET_NEAR.search(text, max(0, start - 40), start)
    ):
        return None  # scale's price paid, or a budget ("Budget was tight, like 30k a year")
    stop = unit_stop_of(text, found, end)
    unit_like = bool(found and found.group("dash"))
    if (
        _context_may_decide(text, scan, start, end, stop, limit, unit_like)
        # person_time's staff saved past a word of role ("saved 3k ops hours"), or a
        # role's time ("3k analyst-hours")
        or _SAVED_VERB_BEFORE.search(text, max(0, start - 40), start)
        or _ROLE_TIME_AFTER.match(text, end, limit)
        or not _magnitude_is_result(Candidate(text, match, scan, limit))  # scale's size
    ):
        return None
    return Decision(Reason.MAGNITUDE, stop if token in _COUNT_NOUNS else None)


def _quick_money(
    text: str, match: re.Match[str], scan: Scan, limit: int, found: re.Match[str] | None, token: str
) -> Decision | None:
    start, end = match.span()
    if not match.group("mag"):
        after = text[end : end + 2]
        if (
            (after[:1] in ("/", ".") and after[1:2].isdigit())
            or token in ("st", "nd", "rd", "th")
            or ("." not in plain_number(match.group("num")) and _ONE_IN.match(text, end, limit))
        ):
            return None  # glued_tail, rank, one_in
    unit_like = bool(found and found.group("dash")) or token in _UNITS or token in _TIME
    if (
        token in _CONFIG_AFTER
        or token in _PERCENT  # "$0.01 percent" in a rollout: setting reads it as a share
        or _context_may_decide(
            text, scan, start, end, found.end() if found else end, limit, unit_like
        )
        or _prev_word(text, start) in _SPENT_BEFORE
        or _SPENT_HEDGED.search(text, max(0, start - 24), start)
        or _at_before(text, start)
    ):
        return None  # setting; money: SPEND (also a price "at $499 each")
    stop = found.end() if found and token in _MONEY_AFTER else end
    if (
        _FUNDS_AFTER.match(text, stop, limit)
        or _BILL_AFTER.match(text, stop, limit)
        or _FUNDS_BEFORE.search(text, max(0, start - 80), start)
        or _ESTIMATED_MONEY_BEFORE.search(text, max(0, start - 40), start)
        or _PRICE_SET_BEFORE.search(text, max(0, start - 70), start)
        or _SPEND_NOUN_BEFORE.search(text, max(0, start - 60), start)
        or _UNIT_PRICE_AFTER.match(text, stop, limit)
        or (
            _EACH_AFTER.match(text, stop, limit)
            and _PAID_FOR_BEFORE.search(text, max(0, start - 60), start)
        )
        or (
            _BRACKET_BEFORE.search(text, max(0, start - 10), start)
            and _PRICED_BEFORE.search(text, max(0, start - 60), start)
        )
    ):
        return None  # money: FUNDS, a bill, an estimate (INTENT) or a price (SPEND)
    return Decision(Reason.MONEY, stop)


def _context_may_decide(
    text: str, scan: Scan, start: int, end: int, stop: int, limit: int, unit_like: bool
) -> bool:
    """False when excluded, intent's alert condition, one_in's 'every', baseline's words
    after, setting's words after and input_size cannot decide (in an answer where
    _plain holds: no intent, baseline or setting cue)."""
    if _may_be_excluded_at(text, scan, start) and any(
        ex_start <= start < ex_end for ex_start, ex_end, _ in scan
    ):
        return True
    if scan.live(_TRIGGER) and (
        _COMPARE_BEFORE.search(text, max(0, start - 16), start)
        or _ESCALATED_AFTER_BEFORE.search(text, max(0, start - 60), start)
        or _ALERT_RULES_BEFORE.search(text, max(0, start - 130), start)
        or _ALERT_ON_A_BEFORE.search(text, max(0, start - 30), start)
        or _MOVE_OF_BEFORE.search(text, max(0, start - 16), start)  # "a drop of 0.5 pp pages"
        or _SECOND_BOUND_BEFORE.search(text, max(0, start - 40), start)
    ):
        return True  # intent's alert condition
    if _AUTOSCALE_AT_BEFORE.search(text, max(0, start - 40), start) or _COLOUR_AT_BEFORE.search(
        text, max(0, start - 24), start
    ):
        return True  # setting's autoscaling point and a panel's colour thresholds
    words = scan.words()
    if not _FOUND_CUES.isdisjoint(words) and _found_share(text, start, stop, limit):
        return True  # baseline's share found
    if "every" in words and _ONE_IN_EVERY.match(text, end, limit):
        return True
    if not _BASELINE_AFTER_WORDS.isdisjoint(words) and (
        _BASELINE_AFTER.match(text, stop, limit) or _BASELINE_AFTER.match(text, end, limit)
    ):
        return True
    if not _INPUT_WORDS.isdisjoint(words) and (
        _INPUT_AFTER.match(text, stop, limit) or _LABELLED_AFTER.match(text, end, limit)
    ):
        return True
    return not _CONFIG_AFTER_PARTS.isdisjoint(words) and (
        _config_word_after(text, stop if unit_like else end, limit)
        or _HORIZON_VAR_AFTER.match(text, stop, limit) is not None  # "99% 1-day VaR"
    )
