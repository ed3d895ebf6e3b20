"""Metric extraction: which numbers in an answer are measured outcomes, and why.

Every candidate number gets a verdict and a reason, so ``--show-numbers`` can explain
itself. The rules only ask :func:`has_outcome`, which stops at the first counted number.
All patterns are linear: no nested unbounded quantifiers, bounded look-arounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple


class Mention(NamedTuple):
    start: int
    end: int
    text: str
    counts: bool
    reason: str


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SPELLED = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    "forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand|a million|a billion|"
    "hundreds|thousands|millions|billions|dozens"
)
_MAGNITUDE = r"(?P<mag>[ ]?(?:[kKMB]|bn|mn)\b|[ ](?i:thousand|million|billion|trillion)\b)?"
_NUMBER = re.compile(
    r"(?<![\w.,/:\u00b7])(?P<cur>[$\u20ac\u00a3\u00a5][ ]?|(?:USD|EUR|GBP)[ ]?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)" + _MAGNITUDE
)
# Spelled numbers are matched separately, and only when a cheap substring test allows.
_NUMBER_SPELLED = re.compile(
    r"(?<![\w.,/:])(?P<cur>)(?P<num>(?i:" + _SPELLED + r")\b)" + _MAGNITUDE
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
    "magnitude",
    "twice",
)
_NEXT = re.compile(r"[ \t\u00a0]?(?P<dash>-[ ]?)?(?P<tok>%|\u00d7|[A-Za-z\u00b5]+(?:/[A-Za-z]+)?)")
_NEXT2 = re.compile(r"[ \t]+(?P<tok>[A-Za-z]+)")

_TIME = _words(
    "ms msec msecs millisecond milliseconds µs microseconds microsecond ns "
    "nanoseconds s sec secs second seconds min mins minute minutes h hr hrs hour "
    "hours"
)
_LONG_TIME = _words(
    "day days week weeks month months year years yr yrs quarter quarters decade "
    "decades sprint sprints"
)
_UNITS = _words(
    "% percent pct pp pps bps basis percentage points point pts x × fold qps tps rps "
    "rpm req/s requests/s ops/s events/s kb mb gb tb pb eb kib mib gib tib bytes "
    "gigabytes terabytes petabytes megabytes gbps mbps tflops flops dollars usd eur "
    "euros gbp pounds k m"
)
_COUNT_NOUNS = _words(
    "users customers requests queries predictions inferences transactions events "
    "records rows documents docs images messages orders sessions calls tokens samples "
    "examples labels tickets incidents downloads installs merchants accounts clients "
    "items products listings jobs files videos articles searches clicks impressions "
    "conversions signups subscribers visitors patients drivers riders sellers buyers "
    "vectors embeddings features bugs defects errors failures outages crashes "
    "regressions alerts pages "
    "builds deploys deployments releases experiments annotations rules claims loans "
    "payments shipments trips rides deliveries hits misses reviews chats "
    "conversations emails notifications sites tenants partners lines dashboards tests "
    "cases points pipelines services models datasets tables columns keys objects "
    "nodes servers hosts gpus cpus cores instances machines clusters shards replicas"
)
_RESOURCE_NOUNS = _words(
    "lines dashboards tests cases pipelines services models datasets tables columns "
    "keys objects nodes servers hosts gpus cpus cores instances machines clusters "
    "shards replicas features countries markets regions cities stores languages zones teams"
)
_TEAM_NOUNS = _words(
    "engineers engineer people person developers devs reports members interns intern "
    "scientists researchers designers analysts pms contractors teammates colleagues "
    "staff hires students persons managers leads mentees headcount fte ftes squads"
)
# A bare count right after one of these verbs is the size of a change: "removed 120 jobs".
_CHANGE_VERBS = _words(
    "removed removing eliminated eliminating retired retiring deleted deleting saved "
    "saving prevented preventing caught catching blocked blocking deflected deflecting "
    "resolved resolving recovered automated automating reclaimed freed onboarded "
    "onboarding replaced replacing consolidated consolidating fixed "
    "fixing avoided avoiding won gained added adding filled filling"
)
# "60-hour weeks", "a 2-hour meeting": the duration describes effort, not a result.
_EFFORT_AFTER = re.compile(
    r"[ \t]+(?:work)?(?:weeks?|shifts?|days?|meetings?|sprints?|workshops?|sessions?|"
    r"training|courses?|hackathons?|drives?|commutes?)\b"
)
_MODEL_SIZE = _words("parameter parameters params param model models b layer layers")
_VERSION_WORDS = _words(
    "python java node node.js nodejs kubernetes k8s spark pyspark pytorch torch "
    "tensorflow tf cuda cudnn scala ruby rails django react angular vue postgresql "
    "postgres mysql redis elasticsearch kafka ios android windows ubuntu debian "
    "centos rhel macos php perl c# .net http https http/ tls ssl oauth web swift "
    "kotlin gpt llama gemma mistral claude airflow hadoop terraform helm numpy pandas "
    "sklearn jdk jre gcc clang llvm es ecmascript html css version versions release v "
    "ver mongodb cassandra hive presto trino flink ray triton onnx tensorrt vllm "
    "bazel gradle maven jenkins nginx envoy istio linux kernel docker openapi grpc "
    "protobuf proto ipv wi-fi wifi bluetooth usb pci pcie gen industry jakarta spring "
    "boot dotnet lts opencv scipy keras jax mlflow bert resnet yolo phi qwen gemini "
    "pydantic fastapi flask typescript"
)
_LABEL_WORDS = _words(
    "soc iso iec dss rfc ieee fips nist sp type tier level stage phase step series "
    "sev section chapter figure fig table article rule no # sprint round part page "
    "item appendix fy cy q h grade class room floor suite unit route highway building "
    "platform cohort batch wave slide exhibit priority p l e ic band pillar principle "
    "lesson question hipaa gdpr ccpa pci-dss owasp cwe cve top"
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
_PHONE = re.compile(r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\)|\b\d{3})[ .-]\d{3}[ .-]\d{4}\b")
_DATE_NUMERIC = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
_COMPLEXITY = re.compile(r"\b[O\u0398\u03a9o]\((?:[^()\n]|\([^()\n]{0,30}\)){0,40}\)")
_ROUND_CLOCK = re.compile(r"\b24\s?[/x\u00d7]\s?(?:7|365)\b|\b365\s?/\s?24\b")
_IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
_PERCENTILE_BEFORE = re.compile(
    r"(?i:\b(?:p\d{2}(?:\.\d+)?|median|tail|percentile)\b[^.\n]{0,24}$)"
)
_ARROW_AFTER = re.compile(r"[ \t]*(?:\u2192|->|=>)[ \t]*[$\u20ac\u00a3]?\d")
_CHANGE_VERB_BEFORE = re.compile(
    r"(?i:\b(?:reduc|cut|increas|improv|grew|grow|lower|rais|decreas|dropp|drop|boost|shr[ai]nk|"
    r"trimm|sav|speed|sped|accelerat|shorten|halv|doubl|lift|climb|fell|fall|rose|jump|slash)"
    r"[a-z]*\b[^.\n]{0,80}$)"
)
_UPGRADE_BEFORE = re.compile(
    r"(?i:\b(?:upgrad|version|migrat|mov|bump|port|switch|releas)[a-z]*\b[^.\n]{0,50}$)"
)
_RATE_AFTER = re.compile(
    r"[ \t]*(?:per|a|an|each|every|/)[ \t]*"
    r"(?:second|sec|s|minute|min|hour|hr|day|week|month|year|quarter|night|request|query|user|"
    r"customer)s?\b"
)
_NUMBER_WORDS = re.compile(
    r"(?i:\b(?:halved|halving|halves|doubled|doubling|doubles|tripled|tripling|triples|quadrupled|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)fold|"
    r"(?:two|three|four|five|ten)-fold|cut (?:it |them |that |this )?in half|"
    r"by (?:half|a half|a third|a quarter|a fifth|two[- ]thirds|three[- ]quarters|"
    r"an order of magnitude|orders of magnitude|(?:one|two|three)[- ]thirds?)|"
    r"(?:one|two)[- ]thirds?|three[- ]quarters|an order of magnitude|orders of magnitude|"
    r"twice as (?:fast|many|much|often|quick|quickly|large|accurate)|"
    r"half the (?:time|cost|latency|size|memory|spend|errors|tickets)|"
    r"(?:cut|reduc\w*|slash\w*|shr[ai]nk|dropp\w*|fell|trimm\w*|lower\w*)\b[^.\n]{0,50}?"
    r"\bin half)\b)"
)
_TIMES_COMPARATIVE = re.compile(
    r"[ \t]+(?:faster|more|fewer|less|cheaper|higher|lower|larger|smaller|quicker|as|the|over)\b"
)
_WORD_PUNCT = "_.#/+-"
_WORD_START = re.compile(r"[#A-Za-z]")


def _prev_word(text: str, pos: int) -> str:
    """The word before pos (lowercased): letters first, then letters, digits, '.#/+-'."""
    low = max(0, pos - 32)
    end = pos
    while end > low and text[end - 1] in " \t\u00a0":
        end -= 1
    begin = end
    while begin > low and (text[begin - 1].isalnum() or text[begin - 1] in _WORD_PUNCT):
        begin -= 1
    first = _WORD_START.search(text, begin, end)
    return text[first.start() : end].lower() if first else ""


# Words that can end the text before a team size ("team of 12", "managed 5") and before a
# percentile value ("p99 of 45"): the costlier look-behind patterns run only after them.
_TEAM_CUES = _words(
    "of managed managing manage manages mentored mentoring mentor hired led lead leading "
    "leads to from a an the"
)
_PERCENTILE_CUES = ("p5", "p7", "p8", "p9", "median", "tail", "percentile")

_DIGIT = re.compile(r"\d")


def _excluded_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Phone numbers, dates, big-O, 24/7 and IP addresses in text[start:end].

    Each pattern runs only when a cheap test on the segment says it could match.
    """
    spans: list[tuple[int, int, str]] = []
    segment = text[start:end]
    digits = len(_DIGIT.findall(segment))
    checks = (
        (_PHONE, "phone number", digits >= 10),
        (
            _DATE_NUMERIC,
            "date",
            digits >= 4 and ("-" in segment or "/" in segment or "." in segment),
        ),
        (_COMPLEXITY, "complexity (big-O)", "(" in segment),
        (
            _ROUND_CLOCK,
            "24/7 is availability wording, not a measurement",
            "24" in segment or "365" in segment,
        ),
        (_IP, "IP address or version", digits >= 4 and segment.count(".") >= 3),
    )
    for pattern, reason, possible in checks:
        if possible:
            spans.extend((m.start(), m.end(), reason) for m in pattern.finditer(text, start, end))
    return spans


_SPELLED_HINT = re.compile("|".join(_SPELLED_HINTS))
_NUMBER_WORD_HINT = re.compile("|".join(_NUMBER_WORD_HINTS))


def _candidates(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    yield from _NUMBER.finditer(text, start, end)
    if _SPELLED_HINT.search(text[start:end].lower()):
        yield from _NUMBER_SPELLED.finditer(text, start, end)


def _number_words(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    if _NUMBER_WORD_HINT.search(text[start:end].lower()):
        yield from _NUMBER_WORDS.finditer(text, start, end)


def mentions(text: str, start: int = 0, end: int | None = None) -> Iterator[Mention]:
    """Every number-like mention in text[start:end], in order, with a verdict."""
    end = len(text) if end is None else end
    excluded = _excluded_spans(text, start, end)
    results: list[Mention] = [
        Mention(m.start(), m.end(), m.group(0), True, "number word or fraction")
        for m in _number_words(text, start, end)
    ]
    for match in _candidates(text, start, end):
        results.append(_classify(text, match, excluded, end))
    results.sort(key=lambda m: m.start)
    yield from _pair_changes(text, results)


def _pair_changes(text: str, items: list[Mention]) -> list[Mention]:
    """Before-and-after: 'from 1,200 to 300', '120 -> 45' make both numbers count."""
    upgradeable = {"no unit", "long duration without a change", "bare number"}
    out = list(items)
    for index, item in enumerate(out):
        if not item.counts and item.reason not in upgradeable:
            continue
        prev = _prev_word(text, item.start)
        partner: int | None = None
        if "." in item.text and _UPGRADE_BEFORE.search(text, max(0, item.start - 60), item.start):
            continue
        if prev == "from" or _ARROW_AFTER.match(text, item.end):
            for later in range(index + 1, min(index + 3, len(out))):
                other = out[later]
                if other.start - item.end > 80:
                    break
                if other.counts or other.reason in upgradeable:
                    partner = later
                    break
        if partner is not None:
            if not item.counts:
                out[index] = Mention(
                    item.start, item.end, item.text, True, "before-and-after change"
                )
            other = out[partner]
            if not other.counts:
                out[partner] = Mention(
                    other.start, other.end, other.text, True, "before-and-after change"
                )
    return out


def _classify(
    text: str, match: re.Match[str], excluded: Sequence[tuple[int, int, str]], limit: int
) -> Mention:
    start, end = match.span()
    cur, num, mag = match.groups()

    def verdict(counts: bool, reason: str, stop: int = end) -> Mention:
        return Mention(start, stop, text[start:stop], counts, reason)

    for ex_start, ex_end, reason in excluded:
        if ex_start <= start < ex_end:
            return verdict(False, reason)
    spelled = not num[0].isdigit()
    # Followed by "/7", ".3" (a third version part), "-04-01" (a date) or glued letters.
    after_char = text[end : end + 2]
    if not spelled and not mag:
        if after_char[:1] == "/" and after_char[1:2].isdigit():
            nums = re.match(r"/(\d{1,2})\b", text[end : end + 4])
            if nums and "." not in num and int(num) < int(nums.group(1)) <= 10:
                return verdict(True, "fraction", end + nums.end())
            return verdict(False, "ratio or date, not a measurement")
        if after_char[:1] == "." and after_char[1:2].isdigit():
            return verdict(False, "version number")
    before = text[max(0, start - 2) : start]
    if len(before) == 2 and before[1] == "-" and before[0].isalpha():
        return verdict(False, "part of a name (like GPT-4 or ISO-27001)")
    if cur:
        stop = end
        nxt = _NEXT.match(text, end, limit)
        if nxt and nxt.group("tok").lower() in ("k", "m", "b", "bn", "usd", "eur"):
            stop = nxt.end()
        return verdict(True, "money", stop)

    nxt = _NEXT.match(text, end, limit)
    token = nxt.group("tok") if nxt else ""
    low = token.lower()
    dashed = bool(nxt and nxt.group("dash"))
    if (
        nxt
        and not dashed
        and nxt.start("tok") == end
        and low not in _UNITS
        and low not in _TIME
        and not low.startswith("x")
    ):
        # Glued letters that are not a unit: 3D, 5G, 2FA, 3rd.
        return verdict(False, "part of a name or an ordinal")
    unit_stop = nxt.end() if nxt else end

    if low in (
        "%",
        "\u00d7",
        "x",
        "percent",
        "pct",
        "pp",
        "pps",
        "bps",
        "fold",
        "qps",
        "tps",
        "rps",
        "rpm",
    ):
        if low in ("x", "\u00d7") and text[unit_stop : unit_stop + 2].lstrip()[:1].isdigit():
            # "3x3", "1920x1080" and "3 x 4" are sizes; "3x faster" is a ratio.
            return verdict(False, "dimension, not a measurement")
        return verdict(True, "number with a unit", unit_stop)
    if low in ("percentage", "basis"):
        follow = _NEXT2.match(text, unit_stop, limit)
        return verdict(True, "number with a unit", follow.end() if follow else unit_stop)
    if low in ("points", "point", "pts") and not dashed:
        follow = _NEXT2.match(text, unit_stop, limit)
        if follow and follow.group("tok").lower() in ("story", "of") and low != "pts":
            return verdict(False, "story points or a list, not a measurement")
        return verdict(True, "number with a unit", unit_stop)
    if low in _UNITS and low not in ("k", "m"):
        return verdict(True, "number with a unit", unit_stop)

    prev = _prev_word(text, start)
    if prev in _VERSION_WORDS and not spelled:
        return verdict(False, "version number")
    if prev in _LABEL_WORDS and not spelled:
        return verdict(False, "standard, label or ordinal")
    if low in _MODEL_SIZE:
        return verdict(False, "model size, not an outcome", unit_stop)
    if (
        not spelled
        and not mag
        and len(num) == 4
        and num.isdigit()
        and 1900 <= int(num) <= 2099
        and low not in _TIME
        and low not in _COUNT_NOUNS
    ):
        return verdict(False, "year")
    if not spelled and _MONTHS.fullmatch(prev or "-"):
        return verdict(False, "date")
    if not spelled and nxt and _MONTHS.fullmatch(token):
        return verdict(False, "date")
    if low in _TEAM_NOUNS:
        return verdict(False, "team size", unit_stop)
    if prev in _TEAM_CUES and _TEAM_BEFORE.search(text, max(0, start - 40), start):
        return verdict(False, "team size")

    if low in _TIME:
        if low == "s" and dashed:
            return verdict(False, "no unit")
        if dashed and _EFFORT_AFTER.match(text, unit_stop, limit):
            return verdict(False, "duration of effort, not a result", unit_stop)
        if low in ("h", "min") and spelled:
            return verdict(False, "no unit")
        return verdict(True, "number with a unit", unit_stop)
    if low in _LONG_TIME:
        if _CHANGE_BEFORE.search(text, max(0, start - 40), start):
            return verdict(True, "change in a duration", unit_stop)
        if dashed:
            return verdict(False, "duration used as an adjective (a 6-month project)", unit_stop)
        return verdict(False, "long duration without a change", unit_stop)
    if low == "times":
        if _TIMES_COMPARATIVE.match(text, unit_stop, limit) or _RATE_AFTER.match(
            text, unit_stop, limit
        ):
            return verdict(True, "ratio", unit_stop)
        return verdict(False, "count of occurrences")
    if mag:
        if low in _RESOURCE_NOUNS or (spelled and low not in _COUNT_NOUNS):
            pass
        else:
            return verdict(
                True, "scale with a magnitude (k, M, B)", unit_stop if low in _COUNT_NOUNS else end
            )
    if low in _COUNT_NOUNS and low not in _RESOURCE_NOUNS:
        return verdict(True, "count of users, requests or other outcomes", unit_stop)
    rate = _RATE_AFTER.match(text, unit_stop if low in _RESOURCE_NOUNS else end, limit)
    if rate is not None:
        return verdict(True, "rate", rate.end())
    if spelled:
        return verdict(False, "number word with no unit")
    window = text[max(0, start - 40) : start].lower()
    if any(cue in window for cue in _PERCENTILE_CUES) and _PERCENTILE_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return verdict(True, "percentile value")
    if prev == "by" and _CHANGE_VERB_BEFORE.search(text, max(0, start - 100), start):
        return verdict(True, "size of a change")
    if prev in _CHANGE_VERBS and not spelled:
        return verdict(True, "size of a change")
    if low in _RESOURCE_NOUNS:
        return verdict(False, "bare number")
    return verdict(False, "no unit")


# A number with a unit, money or a magnitude cannot be a phone number, a date or big-O,
# so these verdicts skip the exclusion scan.
_SELF_EVIDENT = frozenset({"number with a unit", "money", "scale with a magnitude (k, M, B)"})


def has_outcome(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when text[start:end] states at least one measured outcome."""
    end = len(text) if end is None else end
    seen: list[Mention] = []
    for match in _NUMBER.finditer(text, start, end):
        mention = _classify(text, match, (), end)
        if mention.counts and _not_excluded(text, mention, start, end):
            return True
        seen.append(mention)
    low = text[start:end].lower()
    if _NUMBER_WORD_HINT.search(low) and _NUMBER_WORDS.search(text, start, end):
        return True
    if _SPELLED_HINT.search(low):
        for match in _NUMBER_SPELLED.finditer(text, start, end):
            mention = _classify(text, match, (), end)
            if mention.counts and _not_excluded(text, mention, start, end):
                return True
            seen.append(mention)
    if len(seen) < 2:
        return False
    seen.sort(key=lambda m: m.start)
    return any(m.counts and _not_excluded(text, m, start, end) for m in _pair_changes(text, seen))


def _not_excluded(text: str, mention: Mention, start: int, end: int) -> bool:
    """False when a counted number sits inside a phone number, date or big-O term."""
    if mention.reason in _SELF_EVIDENT:
        return True
    # Exclusions are looked for near this number only, so the cost stays linear.
    at = mention.start
    near = _excluded_spans(text, max(start, at - 24), min(end, at + 24))
    return not any(ex_start <= at < ex_end for ex_start, ex_end, _ in near)
