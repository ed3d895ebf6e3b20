"""The stages that find results last: a named metric's value, a magnitude, a rate, a
spelled number, a percentile, a change from none and the size of a change."""

from __future__ import annotations

import re

from playbook_lint.numbers.candidate import (
    _ANY_TIME,
    _TEAM_NOUNS,
    Candidate,
    Decision,
    _marks,
    _prev_word,
)
from playbook_lint.numbers.reasons import Reason
from playbook_lint.numbers.stages._shared import (
    _ADOPTERS,
    _BUDGET_NEAR,
    _CHANGE_BEFORE,
    _CHANGE_VERB_BEFORE,
    _CHANGE_VERBS,
    _COUNT_ADJECTIVES,
    _COUNT_NOUNS,
    _CURRENCY_WORDS,
    _DATA_NOUNS,
    _FUNDS_BEFORE,
    _HIRED_BEFORE,
    _INDEXED_AFTER,
    _INTENT,
    _MADE_N_BEFORE,
    _METRIC_NAME,
    _PAID_FOR_BEFORE,
    _RATE_AFTER,
    _RATE_SOON,
    _RATIO_UNITS,
    _REACHED_BEFORE,
    _RESEARCHED_PREV,
    _RESOURCE_NOUNS,
    _SPENT_BEFORE,
    _SPENT_HEDGED,
    _SPOKEN_HEDGES,
    _TAUGHT_BEFORE,
    _changed_before,
    _counts_as_result,
    _cue_in_clause,
    _hedge,
    _magnitude_is_result,
    _met_since_cue,
    _metric_before,
    _saving_before,
    _scope_before,
    _size_chosen,
    _unhedged_prev,
    _value,
)

_PERCENTILE_CUES = ("p5", "p7", "p8", "p9", "median", "tail", "percentile")


_PERCENTILE_BEFORE = re.compile(
    r"(?i:\b(?:p\d{2}(?:\.\d+)?|median|tail|percentile)\b[^.\n]{0,24}$)"
)


# What a slash-glued rate is counted per: "events/second", "msgs/sec", "orders/day"
_PER_TIME = frozenset(
    {"s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr"}
    | {"hrs", "hour", "hours", "day", "days", "d", "week", "wk", "month", "mo", "year", "yr"}
    # Spanish and Portuguese: "~25 horas/semana", "1.500 horas-homem/mês"
    | {"semana", "mes", "m\u00eas", "dia", "d\u00eda", "a\u00f1o", "ano"}
)


def _may_be_metric_value(c: Candidate) -> bool:
    """False for what cannot be a metric's value: a spelled number other than a decimal
    said aloud ('point eight three'), a number glued to a noun by a dash ('2k-document'),
    a count ('3 datasets', '15+ reports') or a whole number past 100 ('ECE 408')."""
    low = c.token
    if c.dashed:
        return False
    if c.spelled and not c.num.lower().startswith("point"):
        # a whole number from twenty said aloud right after the metric's name: "BLEU around
        # twenty-seven" (not "recall at fifty", a cut-off, nor "on three test sets")
        value = _value(c.num)
        return (
            value is not None
            and 20 <= value <= 100
            and c.prev != "at"
            and c.token not in _COUNT_NOUNS
            and _metric_before(c)
        )
    if low and (
        low in _COUNT_NOUNS or low in _RESOURCE_NOUNS or low in _TEAM_NOUNS or low in _ADOPTERS
    ):
        return False
    if c.text.startswith("+", c.end) and "." not in c.num:
        return False  # "15+ reports" ("0.97+" is a value held)
    if _RATIO_COLON.match(c.text, c.end, c.limit) or c.before(_LANGUAGE_BEFORE, 4):
        return False  # "imbalanced (1:900)": a ratio; "C++17": a language's version
    if _VERSUS_UNIT_AFTER.match(c.text, c.end, c.limit):
        return True  # "RMSE 212 kg/ha vs 390 kg/ha": a value in its unit, against another
    # ("4,000 sentence pairs": a count written with a thousands comma)
    whole = c.num.replace(",", "") if _THOUSANDS.fullmatch(c.num) else c.num
    return not (
        whole.isdigit() and (len(whole) > 3 or int(whole) > 100) and low not in _RATIO_UNITS
    )


_RATIO_COLON = re.compile(r":\d")
_LANGUAGE_BEFORE = re.compile(r"(?i:\bc(?:\+\+|#[ \t]?)$)")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")


_VERSUS_UNIT_AFTER = re.compile(
    r"(?i:[ \t]*[\w/%]+[ \t]+(?:vs\.?|versus|against)[ \t]+(?:the[ \t]+)?~?\d)"
)
_LIFT_OF_BEFORE = re.compile(
    r"(?i:\blift[ \t]+(?:of[ \t]+)?(?:about[ \t]+|around[ \t]+|roughly[ \t]+|~[ \t]*)?$)"
)
_DECILE_AFTER = re.compile(
    r"(?i:x?[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?(?:top|first|1st)[ \t-]+"
    r"(?:decile|quintile|percentile|\d+%))"
)


_IOU_LEVELS = frozenset({"0.5", ".5", "0.50", "0.75", ".75", "point five", "point seven five"})
_MAP_AT_BEFORE = re.compile(r"(?i:\bmap[ \t]+at[ \t]+$)")


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
    if c.prev == "at" and (
        (c.num.isdigit() and _metric_ends_at(c.text, c.start))
        # "mAP at point five": the overlap a detection must reach, said for mAP@0.5
        or (c.num.lower() in _IOU_LEVELS and c.before(_MAP_AT_BEFORE, 8))
    ):
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
    if after is not None and not _THINGS_COUNTED_AFTER.match(c.text, after.end(), c.limit):
        # "0.91 AUC", "31 BLEU": the metric named after its value (not "Benchmarked 4
        # toxicity APIs": things counted, of a kind a metric names)
        return Decision(Reason.NAMED_METRIC, after.end())
    return None


_THINGS_COUNTED_AFTER = re.compile(
    r"(?i:[ \t-]+(?:[\w-]+[ \t]+)?(?:apis|models|vendors|tools|classifiers|datasets|benchmarks|"
    r"services|providers|systems|libraries|detectors|filters|suites|tests)\b)"
)
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
_ARROW_RIGHT_AFTER = re.compile(r"[ \t]*(?:\u2192|->|=>)[ \t]*[+\u2212]?\.?\d")
_AT_BEFORE_NUMBER = re.compile(r"(?i:[ \t]+at[ \t]+$)")


def _metric_value(c: Candidate) -> Decision:
    """A number right after a metric's name: its value, unless the words between set it."""
    name_end = _marks(c).last_before(_METRIC_NAME, max(0, c.start - 70), c.start)
    gap = c.text[name_end or c.start : c.start]
    if (
        # (a value reached past the setting is no setting: "precision at the threshold we
        # used went from 0.61 to 0.83")
        (
            _METRIC_SETTING_GAP.search(gap)
            and not _changed_before(c)
            # "precision at the review threshold .62 → .79": the metric's value, changed
            and not _ARROW_RIGHT_AFTER.match(c.text, c.end)
        )
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
    if _scope_before(c.text, c.start) and not _RATE_SOON.match(c.text, c.unit_stop, c.limit):
        return Decision(Reason.BASELINE, c.unit_stop)  # "a platform with 2.5M users"
    if c.mag and not (low in _RESOURCE_NOUNS or (c.spelled and low not in _COUNT_NOUNS)):
        if _size_chosen(c.text, c.prev, c.end, low, c.unit_stop):
            return Decision(Reason.SETTING, c.unit_stop)  # "a 5k-entry cache"
        if (
            low.partition("/")[0] in _DATA_NOUNS  # "~2.3bn rows/day of equity quotes"
            or _INDEXED_AFTER.match(c.text, c.unit_stop, c.limit)  # "2,3M articles indexed"
        ) and not _counts_as_result(c):
            return Decision(Reason.INPUT_SIZE, c.unit_stop)  # "2 bn rows in the fact table"
        return _magnitude(c)
    if _unhedged_prev(c.text, c.start, c.prev) in _RESEARCHED_PREV:
        return None  # "interviewed 60 customers during discovery", "interviewed around 20"
    if low in _COUNT_NOUNS and low not in _RESOURCE_NOUNS:
        return _outcome_count(c)
    if low in _WORD_MAGNITUDES:
        # "Rp 850 juta", "1,4 mln zł"; a budget: "Budget 1,2 mln zł per year"
        funds = c.before(_FUNDS_BEFORE, 80)
        return Decision(Reason.FUNDS if funds else Reason.MAGNITUDE, c.unit_stop)
    return _counted_tail(c)


def _outcome_count(c: Candidate) -> Decision | None:
    """Things counted that are a result: by what the answer says of them, or by a verb of
    doing after them ("1,900 accounts removed")."""
    if _counts_as_result(c):
        return Decision(Reason.COUNT, c.unit_stop)
    done = _PLURAL_DONE_AFTER.match(c.text, c.end, c.limit)
    return None if done is None else Decision(Reason.COUNT, done.end("noun"))


# A product's uptake a word after the number, or with a hyphen: "1,800 npm downloads",
# "50,000 app installs", "25,000 sign-ups"
_UPTAKE_TOLD = re.compile(
    r"(?i:\+?[ \t]+(?:[\w.-]+[ \t]+)?(?:downloads|installs|sign-ups|signups|registrations)\b)"
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
    if (
        c.token not in _COUNT_NOUNS  # "an error budget of 2B events" counts events
        and c.before(_BUDGET_NEAR, 40)
        and not c.before(_CHANGE_VERB_BEFORE, 60)
    ):
        return Decision(Reason.FUNDS)  # "Budget was tight, like 30k a year for all of cloud"
    if c.token in _ORG_SIZE:  # "a 10k+ employee bank": the size of the place, not a result
        return Decision(Reason.TEAM_SIZE, c.unit_stop)
    if not _magnitude_is_result(c):
        # "over 40k PDFs of circulars", "about 2 million monthly players": the size of the
        # work or the place, with no verb that made it a result
        return Decision(Reason.BASELINE, c.unit_stop if c.token in _COUNT_NOUNS else None)
    return Decision(Reason.MAGNITUDE, c.unit_stop if c.token in _COUNT_NOUNS else None)


# What a system caught: "flagged 37 faults", "caught 1,900 tampered meters"
_CAUGHT_BEFORE = re.compile(
    r"(?i:\b(?:flagged|caught|detected|blocked|prevented|intercepted|stopped|halted)[ \t]+"
    r"(?:about[ \t]+|around[ \t]+|over[ \t]+|more[ \t]+than[ \t]+|~[ \t]*)?$)"
)
# Things a system or the writer caught, stopped or shipped, told before the verb: "14
# excursions caught before scrap", "3 bad releases auto-rolled back", "~15 consumer-IoT
# products shipped", "~5,000 units deployed"
_PLURAL_DONE_AFTER = re.compile(
    r"(?i:\+?(?:[ \t]+[\w-]+){0,2}?[ \t]+(?P<noun>[a-z][\w-]*s)[ \t]+"
    r"(?:(?:were|was|got|have[ \t]+been)[ \t]+)?(?:auto-?)?(?:caught|flagged|detected|blocked|"
    r"prevented|intercepted|halted|stopped|rolled[ \t]+back|found|shipped|deployed|delivered|"
    # ("R: 1,900 accounts removed")
    r"launched|released|removed|taken[ \t]+down|banned|suspended|resolved|fixed|retired)\b)"
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
    done = _PLURAL_DONE_AFTER.match(c.text, c.end, c.limit)
    if done is not None:
        return Decision(Reason.COUNT, done.end("noun"))  # "14 excursions caught before scrap"
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
    if (
        after
        and after.group("tok").lower() in _COUNTED_AFTER_ADJECTIVE
        and not c.before(_TAUGHT_BEFORE, 30)
    ):
        return after.end()
    return None


_ORG_SIZE = frozenset({"employee", "person", "headcount"})  # singular: "a 10k+ employee bank"
# Magnitudes written as words in other languages' resumes (million, billion, thousand).
_WORD_MAGNITUDES = frozenset({"mln", "mio", "mld", "mrd", "juta", "miliar", "milyar", "tys"})
# "Developed 10+ KPI dashboards in Tableau": one word between the count and what was made
_MADE_THINGS_SOON = re.compile(r"(?i:[ \t]+(?:dashboards|reports)\b)")
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
    if c.token in ("dashboards", "reports") and (
        c.before(_MADE_N_BEFORE, 24) or c.before(_MADE_THEN_NAMED, 90)
    ):
        # "built about thirty reports", "built the whole set of dashboards for the credit
        # committee, like twenty dashboards in Power BI"
        return Decision(Reason.COUNT, c.unit_stop)
    if (c.mag or "").strip() in ("k", "K") and c.token not in _RESOURCE_NOUNS:
        return Decision(Reason.MAGNITUDE)  # "ten k plus daily users", said aloud
    if c.num.lower().endswith(_SPELLED_SCALES):
        return _spelled_scale(c) or Decision(Reason.SPELLED_NO_UNIT)
    if _delivered_count(c):
        return Decision(Reason.CHANGE_SIZE, c.unit_stop)  # "we shipped fourteen features"
    return Decision(Reason.SPELLED_NO_UNIT)


# A plural noun right after the number or past two words: "fourteen features", "three
# hundred automated daily reports"
_PLURAL_SOON = re.compile(r"(?i:(?:[ \t]+[\w-]+){0,2}?[ \t]+[a-z][a-z-]*[a-z]s\b)")
# What was made, then its count in apposition: "built the whole set of dashboards for the
# credit committee, like twenty dashboards"
_MADE_THEN_NAMED = re.compile(
    r"(?i:\b(?:built|created|shipped|delivered|designed|developed|produced)\b[^.;\n]{0,70},[ \t]*"
    r"(?:(?:like|about|around|some|roughly)[ \t]+)?$)"
)


def _delivered_count(c: Candidate) -> bool:
    """Things counted in words after a verb of delivery: 'we shipped fourteen features',
    'I built like twenty dashboards' (a plural noun after the number)."""
    if c.token in _ANY_TIME or not _PLURAL_SOON.match(c.text, c.end, c.limit):
        return False
    verb = c.prev
    if verb in _SPOKEN_HEDGES:
        verb = _prev_word(c.text, c.start - len(verb) - 1)
        if verb == "something":  # "built something like thirty dashboards"
            verb = _prev_word(c.text, c.start - len("something like") - 2)
    return verb in _CHANGE_VERBS


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
    if noun in _CURRENCY_WORDS and _saving_before(c):
        return Decision(Reason.MONEY, counted.end() if counted else None)  # "thousands of euros"
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
    if (c.prev == "by" and c.before(_CHANGE_VERB_BEFORE, 100)) or (
        c.token in ("", "now", "today") and c.before(_DOWN_TO_BEFORE, 40)
    ):
        # "reduced ... by 40"; "150 pages a month ... it's down to ~30 now"
        return Decision(Reason.CHANGE_SIZE)
    verb = _unhedged_prev(c.text, c.start, c.prev)  # "blocked roughly 1,500 takeovers"
    if verb in ("over", "like"):
        # "resolved over 400 help desk tickets", "sent like 800,000 fraud alerts"
        verb = _prev_word(c.text, c.start - 5)
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


# Where a count fell to, told with no unit: "it's down to ~30 now", "alerts dropped to 12."
_DOWN_TO_BEFORE = re.compile(
    # (not a setting: "a reranker down to 3")
    r"(?i:(?:\b(?:is|are|was|were|went|came|got|gone|now)|['\u2019]s)[ \t]+down[ \t]+to[ \t]+"
    r"(?:~[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|under[ \t]+|below[ \t]+)?$"
    r"|\b(?:dropped|fell|fallen|shrunk|shrank|decreased)[ \t]+to[ \t]+"
    r"(?:~[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|under[ \t]+|below[ \t]+)?$)"
)
_NEW_PEOPLE_AFTER = re.compile(
    r"(?i:[ \t]+(?:new|junior|senior|graduate)[ \t]+(?:hires|joiners|starters|engineers|"
    r"developers|devs|analysts|interns|members|colleagues|teammates|people|staff)\b)"
)
_PARTNERS_AFTER = re.compile(
    r"(?i:\+?(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:providers|partners|vendors|sources|carriers|banks|"
    r"gateways|apis|systems|platforms|suppliers|marketplaces|integrations|insurers|"
    r"lenders|processors)\b)"
)
