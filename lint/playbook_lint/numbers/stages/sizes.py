"""Numbers by what follows them: the size of a data set or of the data processed, a
number glued to letters, a unit, a label, a model's size and a date."""

from __future__ import annotations

import re

from playbook_lint.numbers.candidate import (
    _NEXT2,
    _TIME,
    Candidate,
    Decision,
    _marks,
    _prev_word,
)
from playbook_lint.numbers.reasons import Reason
from playbook_lint.numbers.stages._shared import (
    _ADOPTERS,
    _ANALYSED_AFTER,
    _ANALYSED_WORDS,
    _ARROW_BEFORE,
    _ARROW_NEAR,
    _CHANGE_VERB_BEFORE,
    _COUNT_ADJECTIVES,
    _COUNT_NOUNS,
    _CURRENCY_WORDS,
    _DATA_VOLUME,
    _DATASET_THEN,
    _HEDGES,
    _INPUT_AFTER,
    _INPUT_BEFORE,
    _INPUT_WORDS,
    _LABEL_WORDS,
    _LABELLED_AFTER,
    _MEMORY_UNITS,
    _METRIC_NAME,
    _MODEL_SIZE,
    _MONTHS,
    _OPERATING_POINT_AFTER,
    _PERCENT,
    _RATE_SOON,
    _RATIO_UNITS,
    _SHARE_OF_DATA_BEFORE,
    _UNITS,
    _VERSION_WORDS,
    _WHERE_MEASURED,
    _changed_before,
    _load_of_system,
    _processed_before,
    _saving_before,
    _year_number,
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
    # CI machines: "12x build agents (64 GB)", "4x self-hosted runners"
    r"(?:build|ci|self-hosted)[ \t]+(?:agents?|runners?|machines?|boxes)|runners?|"
    r"[cmrgpt]\d[a-z]{0,3}\.\w+)\b)"  # "8x-A10G", "3x replication", c6g.xlarge
)


def input_size(c: Candidate) -> Decision | None:
    """A data set described by its size: 'a 3 TB clickstream dataset', 'a 40k-question
    corpus', 'the dataset was 12 million rows', 'trained on 350k labelled examples'."""
    if _INPUT_WORDS.isdisjoint((c._marks or _marks(c)).words()):
        return None
    if c.token in ("x", "\u00d7") or _HARDWARE_AFTER.match(c.text, c.end, c.limit):
        return None  # "trained on 8x A100", "on 16 GPUs": hardware, not data
    if c.token in _PERCENT and _SCORE_AFTER.match(c.text, c.unit_stop, c.limit):
        return None  # "trained a detector ... with 88% real-time accuracy": its score
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


_SCORE_AFTER = re.compile(
    r"(?i:(?:[ \t]+[\w-]+)?[ \t]+(?:accuracy|precision|recall|f1|map|auc|top-?1|top-?5)\b)"
)
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


_DATA_AFTER = re.compile(
    # ("2 TB/day of DNS + proxy logs")
    r"(?i:(?:[ \t]*[a-z]{1,2}\b(?:/[a-z]+)?)?(?:[ \t]+of)?(?:[ \t]+[\w&+-]+){0,4}?[ \t]+"
    r"(?:rows|records|documents|docs|images|files|logs|events|transactions|tokens|pages|data|text|tweets|"
    r"messages|emails|shards|readings|measurements|samples|recordings|clickstream|clicks|"
    r"audio|video|sensor)\b(?!-\w))"  # "14 data-science squads": a modifier
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
    if _TITLE_AFTER.match(c.text, stop, c.limit) or _EVENTS_AFTER.match(c.text, stop, c.limit):
        return Decision(Reason.LABEL)  # "2x Kaggle Expert", "3x hackathon participant"
    if (
        _RETRY_AFTER.match(c.text, stop, c.limit)
        or _HARDWARE_AFTER.match(c.text, stop, c.limit)
        or _BRAND_AFTER.match(c.text, stop, c.limit)  # "3x Dell R750": how many
    ) or (c.prev in _RETRY_PREV and not _ARROW_BEFORE.search(c.text, max(0, c.start - 8), c.start)):
        return Decision(Reason.SETTING, stop)  # "8x A100", "retries 3x" (not "retries → ~4x fewer")
    if _ROLE_AFTER.match(c.text, stop, c.limit):
        return Decision(Reason.TEAM_SIZE, stop)  # "team of 14 (2x UR, 6x dev, ...)"
    acronym = _ACRONYM_AFTER.match(c.text, stop, c.limit)
    if acronym and acronym.group(1).lower() not in _UNITS | _OUTCOME_ACRONYMS:
        return Decision(Reason.LABEL)  # "2 x ICASSP": papers at a venue, counted
    if c.prev == "at" and _LOAD_AFTER.match(c.text, stop, c.limit):
        return Decision(Reason.SETTING, stop)  # "a soak test at 2x the expected peak load"
    if c.prev not in _CADENCE_CHANGED_PREV and (cadence := _CADENCE_GLUED.match(c.text, stop)):
        return Decision(Reason.SETTING, cadence.end())  # "the 2x-weekly release windows"
    return None


# How many of a named thing, not how much better: a capitalised name that is not an
# acronym ("3x Dell R750", "8x Juniper MX960"; "3x ROI" and "2x QPS" stay ratios)
_BRAND_AFTER = re.compile(
    r"[ \t]+(?!(?:Faster|Slower|Fewer|More|Less|Higher|Lower|Cheaper|Quicker|Better|Bigger|"
    r"Smaller|Improvement|Increase|Reduction|Speedup|Speed-up)\b)[A-Z][a-z][\w-]*\b"
)
# People by role, listed: "team of 14 (2x UR, 1x IA, 1x content, 6x dev)", "2x ML, 1x PLC"
_ROLE_AFTER = re.compile(
    r"(?i:[ \t]+(?:dev|devs|developers?|engineers?|eng|qa|testers?|designers?|analysts?|"
    r"content|ml|ds|de|pms?|ux|ui|ur|ia|be|fe|backend|frontend|mech|ops|sres?|"
    r"researchers?|writers?|plc)\.?(?=[ \t]*(?:[,;)/]|and\b|&|$)))"
)
_EVENTS_AFTER = re.compile(r"(?i:[ \t]+(?:hackathons?|certified|certifications?)\b)")


# "a 3x-weekly release train": how often, not how much better; "to 3x-daily" is a change
# ("releases 2x a week", "jobs 2x weekly": the same cadence, told with a space)
_CADENCE_GLUED = re.compile(
    r"(?i:(?:-|[ \t]+)(?:weekly|daily|monthly|nightly|hourly|yearly|"
    r"a[- ](?:year|month|week|day)|per[ \t]+(?:week|day|month))\b)"
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


def operating_point(c: Candidate) -> Decision | None:
    """A second metric fixed to read the first at: 'recall at 90% precision', 'recall
    0.81 at 1% FPR' (the 90% and the 1% are where it was read, not results)."""
    if c.prev == "at" and _OPERATING_POINT_AFTER.match(c.text, c.unit_stop, c.limit):
        return Decision(Reason.SETTING, c.unit_stop)
    return None


def unit(c: Candidate) -> Decision | None:
    """A unit after the number: 35%, 3x, 4 percentage points, 40 TB."""
    low, stop = c.token, c.unit_stop
    if low in _RATIO_UNITS:
        if _load_of_system(c.text, c.start, stop, low, c.limit):
            not_ratio: Decision | None = Decision(Reason.BASELINE, stop)  # "the 10k+ QPS tier"
        else:
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
            and not c.before(_POINTS_MOVED_BEFORE, 12)  # "plus 1.2 points of conversion"
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


_POINTS_MOVED_BEFORE = re.compile(r"(?i:(?:\b(?:plus|minus|up|down)[ \t]+|[+\u2212][ \t]*)$)")
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
    if c.prev in _LABEL_WORDS and not c.num.startswith(("0.", "0,")):
        # (a value under one is no label: "on a Chilean MOOC platform 0,38 → 0,47")
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
        and _year_number(num)
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
