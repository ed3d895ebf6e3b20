"""PL002: the answer says how the outcome was known or watched: metrics, logs, dashboards,
alerts, tracing, SLOs, drift monitoring, canaries, experiments, on-call."""

from __future__ import annotations

import re
from collections.abc import Iterator

from playbook_lint.rulebase import ALL_KINDS, AnswerContext, Hit, Severity, rule
from playbook_lint.spec import AnswerKind


@rule(
    code="PL002",
    name="observability",
    severity=Severity.ERROR,
    summary="The answer never says how the outcome was known or watched.",
    message="Nothing in this {unit} says how the outcome was measured or watched",
    fix="Say how you knew: the metric or dashboard, the alert, the logs, the SLO, "
    "drift monitoring, the canary or A/B readout, or the on-call rotation.",
    what=(
        "The answer must say how the outcome was known or watched: metrics, logs or "
        "logging of predictions, dashboards, alerts, tracing, SLOs, drift or skew "
        "monitoring, canary analysis, shadow traffic, an A/B test readout, or on-call "
        "and paging. False friends do not count: `logged 500 hours`, `monitored the "
        "interns` and `tracked the project` say nothing about a running system.\n\n"
        "The rule runs by default on `answer`, `design-answer` and `star-story` "
        "documents. On a `resume` it runs per bullet only when you switch it on "
        "(`lint.require` in front matter, `--select` or `--extend-select`)."
    ),
    why=(
        "AI systems fail quietly: a model can drift for weeks while every health check "
        "stays green. Interviewers for AI Engineer roles listen for the candidate who "
        "shipped *and then watched*: who knew the number because a dashboard, an alert "
        "or an experiment readout told them, not because they hoped."
    ),
    bad="I moved the fraud model to a new feature pipeline and precision went from 81% to 89%.",
    good="I moved the fraud model to a new feature pipeline and precision went from "
    "81% to 89% in the A/B test readout; a drift alert on the top 20 features now "
    "pages the on-call.",
    use_instead="Name the signal that told you: the dashboard, alert, log or experiment.",
    kinds=ALL_KINDS,
    default_kinds=(AnswerKind.ANSWER, AnswerKind.DESIGN_ANSWER, AnswerKind.STAR_STORY),
)
def check(ctx: AnswerContext) -> Iterator[Hit]:
    if not has_observability(ctx.text, ctx.answer.start, ctx.answer.end):
        start, end = ctx.first_line()
        yield Hit(start, end, {"unit": ctx.answer.unit})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_OBS_PLAIN = re.compile(
    r"(?:\b(?:dashboards?|alerts?|alerting|alarms?|slos?|slis?|error[ -]budgets?|"
    r"observability|telemetry|instrument(?:ed|ation|ing)|tracing|traces|trace[ -]ids?|"
    r"opentelemetry|prometheus|grafana|datadog|new relic|honeycomb|sentry|cloudwatch|splunk|"
    r"kibana|jaeger|zipkin|pagerduty|opsgenie|evidently|whylabs|arize|stackdriver|"
    r"on[- ]?call|pager|canary|canaries|canaried|a/b(?:[ -]tests?|[ -]testing|[ -]experiments?)?|"
    r"ab[- ]tests?|split[- ]tests?|readouts?|holdout groups?|holdback|health[ -]checks?|"
    r"golden signals|synthetic (?:probes?|monitoring|checks?)|logs|logging|"
    r"(?:weekly|daily|monthly|nightly|evaluation|performance|quality|monitoring|cost|incident)"
    r" reports?|"
    r"(?:online|controlled|randomi[sz]ed|live|production) experiments?|"
    r"experiment (?:readouts?|results?|showed|dashboards?|platform)|"
    r"shadow (?:traffic|mode|deploy(?:ment|ed)?|launch|scoring|runs?|evaluation|tests?|"
    r"testing|comparison|model)|"
    r"in shadow|population stability index|psi|kl divergence|"
    r"drift (?:detection|detector|monitor\w*|alerts?|checks?|dashboards?|metrics?|reports?|"
    r"scores?|jobs?)|"
    r"(?:training[- /]serving|train[- /]serve|online[- /]offline|serving|feature) skew|"
    r"skew (?:checks?|monitor\w*|detection|alerts?|metrics?)|"
    r"(?:audit|request|access|prediction|error|application|server|structured|"
    r"debug|inference|decision|incident|model|change) logs?|"
    r"audited (?:weekly|monthly|daily|nightly|quarterly|every|each|on|against)|"
    r"(?:reviewed|checked|sampled|inspected|spot-checked) (?:weekly|daily|monthly|nightly|"
    r"hourly|quarterly|every|each)|"
    r"(?:weekly|monthly|daily|nightly|quarterly) audits?|"
    r"read (?:it |them |that |the results |results )?out|switchback|geo[- ]holdout|"
    r"log (?:lines?|entr(?:y|ies)|search|pipeline|aggregation|analysis|files?|streams?|"
    r"events?|based|queries)|"
    r"logged (?:every|each|all|the|its|our|per[- ]|predictions?|requests?|scores?|inputs?|"
    r"outputs?|features?|"
    r"events?|latenc|errors?|responses?|metrics?|them|it|"
    r"(?:model|raw|user|search|api) (?:predictions?|inputs?|outputs?|scores?|requests?|"
    r"queries|responses?|decisions?))|"
    r"pag(?:ed|es|ing) (?:the|me|us|someone|whoever|on[- ]?call)|"
    r"alerted (?:on|when|if|us when|me when))\b)"
)


_METRIC_WORD = re.compile(r"(?:\bmetrics?\b(?![ -](?:learning|tons?|system|space)\b))")


_MONITOR = re.compile(r"(?:\bmonitor(?:s|ed|ing)?\b)")


_MONITOR_FALSE = re.compile(
    r"(?:[ \t]+(?:the |our |my |his |her |their |a |an |all |new |)"
    r"(?:interns?|team|teams|students?|staff|employees?|contractors?|juniors?|hires?|candidates?|"
    r"people|progress|projects?|deadlines?|timelines?|schedules?|budgets?|children|kids|news|"
    r"competitors?|engineers?|members?|situation|class|meetings?|deliverables?|vendors?|"
    r"workload)\b)"
)


_OBSERVE_VERB = re.compile(r"(?:\b(?:track|watch|measur|monitor|audit)(?:s|ed|ing|e|es)?\b)")


_METRIC_NOUN = re.compile(
    r"(?:[ \t]+(?:[\w/.-]{1,30}[ \t]+){0,3}?(?:latency|latencies|p\d{2}|errors?|error rate|"
    r"throughput|qps|"
    r"accuracy|precision|recall|auc|ctr|click-through|drift|skew|metrics?|cost|costs|spend|"
    r"utili[sz]ation|conversion|uptime|availability|freshness|lag|calibration|loss|hit rate|"
    r"response times?|timeouts?|5xx|crash(?:es| rate)?|retention|revenue|f1|ndcg|mrr|"
    r"false positives?|false negatives?|queue depth|memory|gpu|cpu|traffic|tail|slo|sla|"
    r"kpis?)\b)"
)


_MEASURED_HOW = re.compile(
    r"(?:[ \t]+(?:it |this |that |them |the (?:gain|win|change|impact|lift|effect) )?"
    r"(?:by|with|via|using|through|against|in production|on production|over|on|weekly|daily|"
    r"nightly|monthly|hourly|continuously|every)\b)"
)


# Logs as a source of training data ("labels come from the impression logs") say nothing
# about watching a running system.
_DATA_LOGS = re.compile(
    r"(?:\b(?:impression|click|clickstream|interaction|session|behaviou?ral|historical|raw|"
    r"search|query|chat|event|usage|browsing|purchase|transaction)[ -]$)"
)


# Words that are observability on their own: a set lookup decides most answers.
_OBS_WORDS = _words(
    "dashboard dashboards alert alerts alerting alarm alarms slo slos sli slis observability "
    "telemetry instrumented instrumentation tracing traces opentelemetry prometheus grafana "
    "datadog honeycomb sentry cloudwatch splunk kibana jaeger zipkin pagerduty opsgenie "
    "evidently whylabs arize stackdriver pager canary canaries canaried readout readouts "
    "holdback oncall"
)


_LOWER_WORD = re.compile(r"[a-z]+")


def has_observability(text: str, start: int, end: int) -> bool:
    """True when text[start:end] says how an outcome was known or watched."""
    low = text[start:end].lower()
    if not _OBS_WORDS.isdisjoint(_LOWER_WORD.findall(low)):
        return True
    if _METRIC_WORD.search(low):
        return True
    for match in _OBS_PLAIN.finditer(low):
        if match.group(0) in ("logs", "logging") and _DATA_LOGS.search(
            low, max(0, match.start() - 20), match.start()
        ):
            continue
        return True
    for match in _MONITOR.finditer(low):
        if not _MONITOR_FALSE.match(low, match.end()):
            return True
    for match in _OBSERVE_VERB.finditer(low):
        if _METRIC_NOUN.match(low, match.end()):
            return True
        if match.group(0).startswith("measur") and _MEASURED_HOW.match(low, match.end()):
            return True
    return False
