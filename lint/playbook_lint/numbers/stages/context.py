"""Numbers the words around them make no result: a target, ask or plan (``intent``), a
share "1 in 50" (``one_in``), a starting point with no change (``baseline``) and a
setting (``setting``)."""

from __future__ import annotations

import re

from playbook_lint.numbers.candidate import (
    _LONG_TIME,
    _TIME,
    Candidate,
    Decision,
    _marks,
)
from playbook_lint.numbers.reasons import Reason
from playbook_lint.numbers.stages._shared import (
    _ABOUT,
    _ALERT_ON_A_BEFORE,
    _ALERT_RULES_BEFORE,
    _ARROW_BEFORE,
    _ARROW_NEAR,
    _AS_GATE_AFTER,
    _AUTOSCALE_AT_BEFORE,
    _BASELINE,
    _BASELINE_AFTER,
    _BASELINE_AFTER_WORDS,
    _BURNED_AFTER,
    _CHANGE_BEFORE,
    _CHANGE_VERB_BEFORE,
    _COLOUR_AT_BEFORE,
    _COMPARATIVE_NEXT,
    _COMPARE_BEFORE,
    _CONFIG,
    _CONFIG_AFTER,
    _CONFIG_AFTER_PARTS,
    _CURRENCY_WORDS,
    _ESCALATED_AFTER_BEFORE,
    _GATE_BEFORE,
    _GATE_RIGHT_AFTER,
    _GATE_WORDS,
    _HORIZON_VAR_AFTER,
    _INTENT,
    _KEPT_IT_AFTER,
    _LATER_STATE,
    _LOAD_TEST_ANY,
    _LOAD_TEST_WORDS,
    _MET_SOON,
    _MOVE_AFTER,
    _MOVE_OF_BEFORE,
    _OFF_AFTER,
    _ONE_IN,
    _ONE_IN_EVERY,
    _PERCENT,
    _RATIO_UNITS,
    _RESULT_VERBS,
    _ROLLOUT_EARLIER,
    _ROLLOUT_LATER,
    _SECOND_BOUND_BEFORE,
    _TEST_OF_LOAD,
    _TOOK_BEFORE,
    _TRIGGER,
    _UNITS,
    _config_word_after,
    _cue_in_clause,
    _described,
    _found_before,
    _found_share,
    _hedge,
    _is_range_top,
    _met_since_cue,
    _metric_before,
    _rollout_share,
    _scene_set,
    _slo_defined,
    _slo_named_after,
    _unhedged_prev,
    _value,
)


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
        if (
            _ROTATION_AFTER(c.text, found.end(), c.limit) or c.before(_ROTATION_BEFORE, 70)
        ) and not c.before(_CHANGED_TO, 12):
            return Decision(Reason.SETTING, found.end())  # "a 1-in-5 on-call rotation"
        if _BASE_RATE_AFTER(c.text, found.end(), c.limit):
            return Decision(Reason.SETTING, found.end())  # "for the 1-in-25 positive rate"
        return Decision(Reason.RATIO, found.end())
    return None


# A share that is where a change ended: "pages fell to 1 in 4 on the new rota"
_CHANGED_TO = re.compile(r"(?i:\b(?:to|from)[ \t]+$)")
# "a 1-in-5 on-call rotation", "on-call rotation (weekly, 1 in 5)": how often one is on call
# "weighted for the 1-in-25 positive rate": how rare the class is, a fact of the data
_BASE_RATE_AFTER = re.compile(
    r"(?i:[ \t]+(?:positive|base|class|fraud|event|label|attack)[ \t]+(?:rate|ratio|prevalence)\b)"
).match

# "1-in-5 primary", "I'm 1 in 4 on the rota"
_ROTATION_AFTER = re.compile(
    r"(?i:[ \t]+(?:weeks?[ \t]+)?(?:(?:pagerduty|opsgenie)[ \t]+)?(?:on[ \t-]?call[ \t]+)?"
    r"(?:rotations?|rota|primary|secondary|schedule)\b|"
    r"[ \t]+(?:weeks?[ \t]+)?on[ \t-]?call\b|"
    # ("I'm one of six in the rotation", "one of 4 on the London rota")
    r"[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+)?(?:on[ \t-]?call[ \t]+)?"
    r"(?:rotations?|rota|pager)\b)"
).match
# "PagerDuty rotation 1 in 6 weeks", "On the PagerDuty rotation (1 in 3)", "on-call 1 in
# 3", "On-call (Opsgenie, 1 in 5)", "on-call for its API on PagerDuty (1 in 4)": the share
# opens a bracket after a word of on-call, or follows it
_ROTATION_BEFORE = re.compile(
    r"(?i:(?:\bon[ \t-]?call[ \t]+(?:rotations?|rota)\b[^.;\n]{0,50}|"
    r"\b(?:rotations?|rota)\b[^.;\n\w]{0,4}|\bon[ \t-]?call[ \t]*[,(]?[ \t]*|"
    # "Rotation was one in four on PagerDuty"
    r"\b(?:rotations?|rota)[ \t]+(?:was|is|were|of)[ \t]+(?:about[ \t]+|roughly[ \t]+)?|"
    r"\b(?:on[ \t-]?call|pagerduty|opsgenie)\b[^.;()\n]{0,50}\([ \t]*(?:[\w -]{1,20},[ \t]*)?|"
    # "PagerDuty 1 in 6", "PagerDuty, one in four"
    r"\b(?:pagerduty|opsgenie)[ \t]*,?[ \t]*(?:(?:primary|secondary)[ \t]+)?|"
    # "page the on-call (I am 1 in 4)": the writer's own share of the rotation
    r"\b(?:on[ \t-]?call|rotations?|rota|pages?|paged|paging)\b[^.;\n]{0,60}"
    r"\bI(?:'m|’m|[ \t]+am)[ \t]+)$)"
)


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


def _condition(c: Candidate) -> bool:
    scan = c.scan
    if scan.eligible() and not scan.live(_TRIGGER):
        return False  # no trigger cue in the window: _cue_in_clause says no
    if c.before(_FROM_THEN_TO, 90):
        return False  # 'MTTD went from "when users complain" to under 5 min': a change
    if (
        c.before(_ESCALATED_AFTER_BEFORE, 60)
        or c.before(_ALERT_RULES_BEFORE, 130)
        # "an alert on a 20% week-over-week drop", "when a SIM crosses 80% and 100% of it"
        or (c.before(_ALERT_ON_A_BEFORE, 30) and _MOVE_AFTER.match(c.text, c.unit_stop, c.limit))
        or (scan.live(_TRIGGER) and c.before(_SECOND_BOUND_BEFORE, 40))
    ):
        # "PagerDuty escalation to secondary after 10 min"; "Alert rules for the pricing
        # engine: stale-quote (>250ms), spread-widening (>3 bp over 5 min)"
        return True
    if c.before(_MOVE_OF_BEFORE, 16) and _PAGES_SOMEONE_AFTER.match(c.text, c.unit_stop, c.limit):
        return True  # "a crash-free drop of 0.5 pp pages the release captain"
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
    return _cue_in_clause(c, _TRIGGER, commas=True, width=80) and not _changed_before_condition(c)


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
    r"[ \t]*\([^()\n]{0,60}$"
    # "Vibration alarm at RMS > 4,5 mm/s": the alarm, then its threshold
    r"|\b(?:alert|alarm)s?[ \t]+(?:at|on|when|if)[ \t]+[^.;,\n\d]{0,20}$)"
)
# "Set p95 > 800 ms alert on the search API": the alert named right after its threshold
_ALERT_RIGHT_AFTER = re.compile(r"(?i:[ \t]+(?:alerts?|alarms?|pages?|paging)\b)")
_WHEN_BEFORE = re.compile(r"(?i:\b(?:when|whenever|if|once)\b[^.;,\n]{0,56}$)")


# The alert named after its condition: "anything >1% errors for five minutes pages the
# primary" (every word that can start it is a _TRIGGER word, so the fast path's test of
# a live trigger cue covers it)
_PAGES_SOMEONE_AFTER = re.compile(
    r"(?i:[^.;!?\n]{0,50}?\b(?:pages|paged|alerts|alerted|notifies|notified|escalates|"
    r"triggers)[ \t]+(?:the[ \t]+|an?[ \t]+|our[ \t]+)?(?:[\w-]+[ \t]+)?"
    r"(?:primary|secondary|on-?call|sre|someone|us|me|you|whoever|engineer|rota|channel|team|"
    r"pager|slack|captain|owner|lead)\b"
    # "error rate >2% opens an Opsgenie incident"
    r"|[^.;!?\n]{0,30}?\b(?:opens|raises|creates|files|cuts)[ \t]+(?:an?[ \t]+)?(?:[\w-]+[ \t]+)?"
    r"(?:incident|ticket|page)\b)"
)


def _bare_word(c: Candidate) -> bool:
    """A spelled number with no unit ('the old one'): no stage of context applies."""
    low = c.token
    return c.spelled and not (
        c.mag
        or low in _TIME
        or low in _LONG_TIME
        or low in _RATIO_UNITS
        or low in _UNITS
        or low in _CURRENCY_WORDS  # "asked me to get the CAC below three hundred pesos"
        # "the MAE was about four hundred kilos per hectare when I joined": hundreds said
        # aloud, then when they were the starting point
        or ((_value(c.num) or 0) >= 100 and _WHEN_I_JOINED_SOON.match(c.text, c.end, c.limit))
    )  # "we'd need to handle five thousand requests a second" is read in context


_WHEN_I_JOINED_SOON = re.compile(
    r"(?i:[^.;,\d]{0,40}?\bwhen[ \t]+(?:i|we)[ \t]+(?:joined|started|took[ \t]+over|arrived|"
    r"inherited)\b)"
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


# A plan that is a product sold, not an intention: "a regional Blue plan", "the AI plan",
# "a prepaid plan" (not "The plan was ...", "our plan")
_PRODUCT_PLAN_BEFORE = re.compile(
    r"(?:\b(?!(?:The|Our|My|A|An|This|That|Their|His|Her|Its|Your|So|And|But|Project|Test|"
    r"Action|Work|Delivery|Release|Rollout|Migration|Capacity)\b)[A-Z][\w-]*|"
    r"\b(?i:health|insurance|pricing|price|data|mobile|prepaid|postpaid|subscription|premium|"
    r"enterprise|free|paid|starter|basic|family|dental|benefits?|tariff|payment|medical|"
    r"pension))[ \t]+(?i:plan)$"
)


def _product_plan(c: Candidate) -> bool:
    """The last ask word before the number is a plan that is a product: 'AUC 0.74 -> 0.83
    for a regional Blue plan' (but a plan that said what it wanted asked for it: 'the
    contract with the health plan said <2s')."""
    cue_end = (c._marks or _marks(c)).last_before(_INTENT, max(0, c.start - 80), c.start)
    return (
        cue_end is not None
        and _PRODUCT_PLAN_BEFORE.search(c.text, max(0, cue_end - 40), cue_end) is not None
        and _SAID_AFTER.match(c.text, cue_end) is None
    )


_SAID_AFTER = re.compile(r"(?i:[ \t]+(?:said|says|asked|wanted|required|requires)\b)")


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


def _cue_replaced(c: Candidate) -> bool:
    """The ask word names a thing done away with: "Killed the manual P&L sign-off
    spreadsheet: 2 FTE freed", "Replaced the Excel sign-off with a web form"."""
    cue_end = (c._marks or _marks(c)).last_before(_INTENT, max(0, c.start - 80), c.start)
    return (
        cue_end is not None
        and _REPLACED_THE_BEFORE.search(c.text, max(0, cue_end - 70), cue_end) is not None
    )


_REPLACED_THE_BEFORE = re.compile(
    r"(?i:\b(?:killed|replaced|retired|scrapped|removed|eliminated|digiti[sz]ed)[ \t]+"
    r"(?:the|a|an|our|their)[ \t]+(?:[\w&/-]+[ \t]+){0,4}?[\w-]+$)"
)


_UPPER_BOUND_BEFORE = re.compile(r"[<\u2264][ \t]*~?$|(?i:\b(?:under|below|sub-?)[ \t]*$)")
_SLO_TOLD_AFTER = re.compile(
    r"(?i:[^.;!?\n]{0,60}?,?[ \t]+that(?:'s|\u2019s|[ \t]+is|[ \t]+was)[ \t]+"
    r"(?:the|our|an?|my)[ \t]+(?:[\w-]+[ \t]+)?(?:slo|sla|target|goal)\b)"
)


def intent(c: Candidate) -> Decision | None:
    """A target, ask or plan: 'was asked to get p95 under 300 ms', 'a goal of 99.9%';
    or the condition of an alert: 'pages the on-call when p95 exceeds 500 ms'."""
    if _bare_word(c) and not _metric_before(c):
        return None  # "point nine" after a metric's name is read as its digits are
    if (
        (
            _cue_in_clause(c, _INTENT, commas=True)
            and not _hedge(c)
            and not _met_since_cue(c)
            and not c.before(_COUNTERFACTUAL_BEFORE, 60)
            and not _cue_in_changed_object(c)
            and not _cue_replaced(c)
            and not _targeted_as_adjective(c)
            and not c.before(_IS_USED_BY_BEFORE, 40)
            and not _product_plan(c)
            # "Error budget: 12% burned in Q4": what was used of it
            and not _BURNED_AFTER.match(c.text, c.unit_stop, c.limit)
        )
        or _condition(c)
        or _slo_defined(c)
        # the objective named after the value: "a <300ms p95 on ranking, that's the SLO I own"
        or (
            c.before(_UPPER_BOUND_BEFORE, 3) and _SLO_TOLD_AFTER.match(c.text, c.unit_stop, c.limit)
        )
    ):
        return Decision(
            Reason.INTENT, c.unit_stop if c.token in _TIME or c.token in _RATIO_UNITS else None
        )
    if _ASK_OR_PLAN_WORDS.isdisjoint(c.scan.words()):
        return None  # the usual case: neither test below can match
    asked = (
        _AS_ASKED_AFTER.match(c.text, c.unit_stop, c.limit)
        # "sensitivity ≥ 0.95 as required by ...": the token read as a unit may be 'as'
        or _AS_ASKED_AFTER.match(c.text, c.end, c.limit)
        # "set recall@10 ≥ 0.5 as the acceptance bar", "agreed BLEU ≥ 30 as the bar"
        or (_AS_GATE_AFTER.match(c.text, c.end, c.limit) and _gate_value(c))
        or _gate_named(c)
        or c.before(_PLAN_SENTENCE_BEFORE, 160)  # "The plan was a 5% canary, then ..."
    )
    listed = None if asked else _listed_target(c)
    if (asked or listed) and not c.before(_CHANGE_VERB_BEFORE, 60):
        # "to answer in <150 ms at p99, as the CTO asked"
        return Decision(listed or Reason.INTENT)
    return None


def _listed_target(c: Candidate) -> Reason | None:
    """A value in a sentence or bullet that opens on a label of targets: 'Target for
    season 3: D7 retention 20%, ARPDAU ¥55' (an ask), 'SLA with the acquirer: 99.9%
    monthly availability, 250 ms p95' (the terms of a service, a setting)."""
    label = _TARGETS_LABEL_BEFORE.search(c.text, max(0, c.start - 160), c.start)
    if (
        label is None
        or c.before(_MET_AFTER_LABEL, 120)
        or _MET_RIGHT_AFTER.match(c.text, c.unit_stop, c.limit)
        # "Port gate OCR: ... ~2x faster than manual check-in": a result after all
        or _COMPARATIVE_NEXT.match(c.text, c.unit_stop, c.limit)
    ):
        return None
    return Reason.SETTING if label.group("label").lower().startswith("sl") else Reason.INTENT


# Reach told in the present or past, after the thing was built for someone: "the app I
# built for the university is used by about 18,000 students" ("built for" is not a plan)
_IS_USED_BY_BEFORE = re.compile(
    r"(?i:\b(?:is|are|was|were|'s|\u2019s|been|now|already)[ \t]+(?:now[ \t]+)?"
    # "the app I built for a school network is used daily by 62 schools"
    r"(?:(?:daily|weekly|widely|actively|still)[ \t]+)?"
    r"(?:used|adopted|relied[ \t]+on)[ \t]+(?:(?:daily|weekly|every[ \t]+day)[ \t]+)?by[ \t]+"
    + _ABOUT
    + r"$)"
)
_ADOPTED_BY_BEFORE = re.compile(
    r"(?i:\b(?:used|adopted|relied[ \t]+on|taught)[ \t]+by[ \t]+(?:about[ \t]+|around[ \t]+|"
    r"over[ \t]+|~[ \t]*)?$)"
)


# Every match of _AS_ASKED_AFTER, _PLAN_SENTENCE_BEFORE or _TARGETS_LABEL_BEFORE holds
# one of these words.
_ASK_OR_PLAN_WORDS = frozenset(
    {"asked", "required", "requested", "wanted", "specified", "demanded"}
    | {"plan", "proposal", "idea", "brief", "mandate"}
    | {"target", "targets", "goal", "goals", "gates", "slo", "slos", "sla", "slas"}
    | {"objectives", "requirements"}
    | _GATE_WORDS
)
# A sentence or bullet that opens on a label of targets holds targets up to its end:
# "Goals for 2025: 99.95% uptime, approval rate ≥ 92%", "SLA with the acquirer: 99.9%
# monthly availability, 250 ms p95", "Launch gate agreed with Risk: recall ≥ 0.95 at 1% FPR"
_TARGETS_LABEL_BEFORE = re.compile(
    # (a terse line's fields are split by bars or dashes: "Principal (Seattle) | SLO: ...")
    r"(?i:(?:^|[.;!?\n|\u2014][ \t]*)[-*\u2022]?[ \t]*(?:[\w'-]+[ \t]+){0,4}?"
    r"(?P<label>targets?|goals?|gates?|slos?|slas?|objectives|requirements|"
    r"acceptance[ \t]+criteria|(?:launch|ship|quality|release)[ \t]+bar)"
    # ("Launch gate for the helpdesk at a St. Louis contractor: faithfulness ≥ 0.85";
    # "ship gate = NDCG@10 ≥ 0.52")
    # (a '=' sets it, not a '>=': "Target was nDCG@10 >= 0.45")
    r"(?![\w-])(?:[^.:;=!?\n]|(?<=\b(?:St|Dr|Mt|Ft))\.|(?<=[<>\u2264\u2265!])=){0,60}"
    r"(?::|(?<![<>!=])=(?!=))(?:[^.;!?\n]|\.(?=\d))*$)"
)
# ... unless the list says they were met: "SLOs: 99.95% met every month"
_MET_AFTER_LABEL = re.compile(
    r"(?i:\b(?:met|hit|achieved|reached|exceeded|beat|held|kept)\b(?:[^.;!?\n]|\.(?=\d))*$)"
)
_MET_RIGHT_AFTER = re.compile(
    r"(?i:[^.;!?\n,]{0,30}?\b(?:met|hit|achieved|reached|exceeded|beaten|held|kept)\b)"
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


def _gate_named(c: Candidate) -> bool:
    """A metric's value or bound that a gate named before it or right after it: "the
    ship gate was recall at least 0.9", "a recall >= 0.90 ship gate" (not "beat the
    gate: recall hit 0.93", where a result verb stands between)."""
    if c.before(_GATE_CLOSE_BEFORE, 30):
        return True  # "the bar is twenty-five percent", "set the launch gate at 95% recall"
    if not _gate_value(c):
        return False
    if _GATE_RIGHT_AFTER.match(c.text, c.end, c.limit) or (
        c.token in _PERCENT and _GATE_RIGHT_AFTER.match(c.text, c.unit_stop, c.limit)
    ):
        return True  # "a recall >= 0.90 ship gate", "the <1% invalid-click guardrail"
    gate = _GATE_BEFORE.search(c.text, max(0, c.start - 110), c.start)
    return (
        gate is not None
        and _RESULT_VERBS.search(c.text, gate.start(), c.start) is None
        # "We beat the acceptance bar with a WER of 9.5%": the gate cleared
        and _GATE_BEATEN_BEFORE.search(c.text, max(0, gate.start() - 30), gate.start()) is None
    )


_GATE_BEATEN_BEFORE = re.compile(
    r"(?i:\b(?:beat|beats|beating|met|meets|exceeded|exceeds|surpassed|cleared|clears|passed|"
    r"passes|hit|hits|crossed)[ \t]+(?:(?:the|our|their|its|every)[ \t]+)?$)"
)


def _gate_value(c: Candidate) -> bool:
    """The number before 'as the bar' is a metric's value or a bound ('macro-F1 >= 0.90',
    'BLEU of 30'), not a count ('adopted by 11 of the 14 teams as their release gate')."""
    return bool(_GATE_BOUND_BEFORE.search(c.text, max(0, c.start - 14), c.start)) or _metric_before(
        c
    )


_GATE_CLOSE_BEFORE = re.compile(
    r"(?i:\b(?:gate|threshold|cutoff|cut-off|the[ \t]+bar)[ \t]+(?:is|was|of|at|set[ \t]+at)[ \t]+"
    r"(?:about[ \t]+|around[ \t]+|~[ \t]*)?$)"
)
# ("a KS above 0.40": a word of bound too)
_GATE_BOUND_BEFORE = re.compile(
    r"(?i:(?:[<>\u2265\u2264]=?|\bat[ \t]+(?:least|most)|\b(?:above|below|under|over))[ \t]*~?$)"
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


# "agreed with the old one 97% of the time": a comparison with the old, not its baseline
_COMPARED_WITH_OLD = re.compile(
    r"(?i:\b(?:agreed|matched|compared|versus|vs\.?|against|than)[ \t]+(?:with[ \t]+)?"
    r"(?:the[ \t]+)?(?:old|legacy|previous|original|baseline)\b[^.;\n\d]{0,20}$)"
)
_SAMPLE_SIZE = re.compile(r"(?i:\b[nk][ \t]?=[ \t]?$)")


# "redemptions up 22%" (not "set up 15s scrape interval" or "ramped up to 50%": verbs)
_UP_OR_DOWN_BEFORE = re.compile(
    r"(?i:(?<!set )(?<!sets )(?<!setting )(?<!spun )(?<!spin )(?<!stood )(?<!signed )"
    r"(?<!ramped )(?<!ramp )(?<!scaled )(?<!scale )(?<!warmed )(?<!backed )(?<!sped )"
    r"\b(?:up|down)[ \t]+(?:by[ \t]+)?(?:~[ \t]*|about[ \t]+|around[ \t]+|nearly[ \t]+)?$)"
)
_LOAD_TEST_AT = re.compile(
    # ("For the load test I used 3k requests per second during 2 hours")
    r"(?i:\b" + _TEST_OF_LOAD + r"\w*\b[^.;:\n]{0,60}?[ \t](?:at|@|used|sent|drove|pushed|fired)"
    r"[ \t]*(?:~[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|approx\.?[ \t]*)?$"
    r"|\bbenchmark\w*\b[^.;:\n]{0,40}?[ \t]at[ \t]+(?:~[ \t]*|about[ \t]+|around[ \t]+)?$)"
)


_BURN_RATE_BEFORE = re.compile(
    r"(?i:\bburn(?:[ \t-]?rates?)?(?:[ \t]+alerts?)?[ \t]*[(:]?[ \t]*$|\bburns[ \t]+$)"
)
_BURN_ALERTS_BEFORE = re.compile(
    r"(?i:\bburn(?:[ \t-]?rates?)?[ \t]+alert(?:s|ing)?\b(?:[^.;:\n]|\.(?=\d)){0,50}$)"
)
# the budget set, not one burned: "Error budget 0.1 % per 28 days" ("was burning error
# budget ~3x too fast" is how fast it went)
_ERROR_BUDGET_BEFORE = re.compile(
    r"(?i:(?<!burning )(?<!burned )(?<!burnt )(?<!burn )(?<!burns )(?<!ate )"
    r"\berror[ \t]+budgets?[ \t]*(?:(?:of|is|was|=|:)[ \t]*)?(?:~[ \t]*)?$)"
)
_PEAK_AFTER = re.compile(
    r"(?i:[ \t]+(?:of[ \t]+)?(?:(?:our|the|its|projected|expected|forecast|normal|usual)[ \t]+)?"
    r"(?:[\w'\u2019-]+[ \t]+){0,3}?peak\b)"
)


def setting(c: Candidate) -> Decision | None:
    """Configuration: 'a 5% canary', 'shifted 20% of traffic', 'batch size 64',
    'configured autoscaling between 2 and 40 replicas', 'retrained every 24 hours'."""
    if (
        (
            not _LOAD_TEST_WORDS.isdisjoint((c._marks or _marks(c)).words())
            and (
                c.before(_LOAD_TEST_AT, 90)
                # the load as a multiple of the peak: "at 25k+ QPS (2x projected peak)"
                or (
                    # ("two times the projected peak")
                    c.token in ("x", "\u00d7", "times")
                    and _PEAK_AFTER.match(c.text, c.unit_stop, c.limit)
                    and _LOAD_TEST_ANY.search(c.text, max(0, c.start - 120), c.start)
                )
            )
        )
        or (
            # an error budget's burn rate alerted on: "burn-rate alerts (14.4x over 1 h)", "when
            # the error budget burns 2x too fast"
            c.token in ("x", "\u00d7") and c.before(_BURN_RATE_BEFORE, 30)
        )
        or (
            # the multiples and windows listed after it: "burn alerts 14.4x (1h) / 6x (6h)",
            # "burn-rate alerts at 14.4x and 6x, ticket at 1x"
            (c.token in ("x", "\u00d7") or c.token in _TIME) and c.before(_BURN_ALERTS_BEFORE, 70)
        )
        or c.before(_ERROR_BUDGET_BEFORE, 30)  # "Error budget 0.1 % per 28 days"
        # where autoscaling starts: "autoscale at ~60% CPU", "autoscales on CPU above 60%"
        or (c.token in _PERCENT and c.before(_AUTOSCALE_AT_BEFORE, 40))
        # a panel's colour thresholds: "goes amber at 80% and red at 95%"
        or c.before(_COLOUR_AT_BEFORE, 24)
        or (  # "soak test ... at 2k TPS": the load
            c.token in _PERCENT
            and _in_rollout_chain(c)
            and (
                _ROLLOUT_EARLIER.search(c.text, max(0, c.start - 100), c.start)
                or _ROLLOUT_LATER.match(c.text, c.unit_stop, c.limit)
            )
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
    if _names_a_setting(c) or (c.token in _PERCENT and _rollout_share(c)) or _slo_named_after(c):
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
        # the two ends of a change: "the timeout rate went from about 1% to 0.1%"
        and _unhedged_prev(c.text, c.start, c.prev) != "from"
        and not c.before(_FROM_THEN_TO, 90)
        and not c.before(_CHANGE_VERB_BEFORE, 60)
        and not _metric_before(c)  # "the best LoRA config gave a win rate of 64%"
        # "Metrics I proposed (activation rate, D7 retention) were adopted by 4 squads"
        and not c.before(_ADOPTED_BY_BEFORE, 30)
        # "chunking (500 tokens, 50 overlap) and semantic search achieving 85%+ accuracy"
        and not _RESULT_VERBS.search(c.text, max(0, c.start - 24), c.start)
    ):
        return Decision(Reason.SETTING)
    return None


# What the work achieved, told by whoever did it, after a target or a setting was named
_RESULT_TOLD_BEFORE = re.compile(
    r"(?i:\b(?:we|i|it|they)[ \t]+(?:averaged|achieved|delivered|landed[ \t]+at|"
    r"came[ \t]+in[ \t]+at|ended[ \t]+(?:up[ \t]+)?at|got[ \t]+to|reached|"
    # "Target was 1,000 beta users; we closed the beta at 1,740 sign-ups"
    r"closed[ \t]+(?:the[ \t]+|our[ \t]+)?[\w-]+[ \t]+(?:at|with))[ \t]+"
    r"(?:~[ \t]*|about[ \t]+|around[ \t]+|roughly[ \t]+|just[ \t]+)?$)"
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
# ("move 5%, 25%, 100%": a list, read as a chain only beside a word of rolling out)
_ROLLOUT_STEP = (
    r"\d+[ \t]*%(?:[ \t]+(?:canary|ramp|rollout|step))?[ \t]*"
    r"(?:\u2192|->|=>|,[ \t]*(?:then[ \t]+)?|[ \t]+then[ \t]+)[ \t]*"
)
_ROLLOUT_CHAIN = re.compile(
    r"(?i:" + _ROLLOUT_STEP + r"(?:" + _ROLLOUT_STEP + r")*"
    r"(?:100[ \t]*%|full\b|everyone\b|all\b|ga\b|general[ \t]+availability\b|"
    # "via 1%→10%→50% canary": the chain named by its last step
    r"\d+[ \t]*%[ \t]+(?:canary|canaries|rollout|roll-out|ramp)\b))"
)


def _in_rollout_chain(c: Candidate) -> bool:
    """The number is a step of a chain of percentages that ends at 100%."""
    for chain in _ROLLOUT_CHAIN.finditer(c.text, max(0, c.start - 60), min(c.limit, c.start + 60)):
        if chain.start() <= c.start < chain.end():
            return True
    return False


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


# "a <5 ms budget per lookup": a latency allowed, not one reached
_TIME_BUDGET_AFTER = re.compile(r"(?i:[ \t]+(?:latency[ \t]+|time[ \t]+)?budget\b)")


# "migrated about 80 batch jobs": batch work counted, not a batch size
_BATCH_WORK = re.compile(r"(?i:(?<=batch)[ \t]+(?:jobs|pipelines|processes|workloads|scripts)\b)")


_PER_AFTER = re.compile(r"(?i:[ \t]*(?:per|/|a|an|each)[ \t]+[\w-]+\b)")


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
    found = (
        token in _CONFIG_AFTER
        or (token in _TIME and _TIME_BUDGET_AFTER.match(c.text, c.unit_stop, c.limit) is not None)
        # a risk measure's level, past its horizon: "99% 1-day VaR"
        or _HORIZON_VAR_AFTER.match(c.text, c.unit_stop, c.limit) is not None
    )
    if not found:
        if _CONFIG_AFTER_PARTS.isdisjoint((c._marks or _marks(c)).words()):
            return False  # no setting word anywhere near
        unit_like = c.dashed or token in _UNITS or token in _TIME or token in _RATIO_UNITS
        at = c.unit_stop if unit_like else c.end
        # ("~8 h per batch": what the time is counted by, not a batch size)
        found = not _PER_AFTER.match(c.text, at, c.limit) and _config_word_after(
            c.text, at, c.limit
        )
    # "hit the 200 ms target", "met our 99.9% SLO", "99.95% SLA met every month": a setting
    # that was met is a result
    return found and not _met_before(c) and not _MET_SOON.match(c.text, c.unit_stop, c.limit)
