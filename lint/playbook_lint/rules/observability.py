"""PL002: the answer says how the outcome was known or watched: metrics, logs, dashboards,
alerts, tracing, SLOs, drift monitoring, canaries, experiments, on-call."""

from __future__ import annotations

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
        "logging of predictions, dashboards, alerts and paging (`Alertmanager`, PagerDuty, "
        "`Opsgenie`), tracing (Jaeger, Tempo, OpenTelemetry), log search (Loki, `Kibana`), "
        "SLOs, SLAs kept and error budgets, MTTR and MTTD, anomaly detection, drift or "
        "skew monitoring (Evidently, `Arize`, WhyLabs), training runs tracked in MLflow or "
        "Weights & Biases, canary analysis, shadow traffic compared with production, an "
        "A/B test readout, on-call, or keeping an eye on a metric (`kept an eye on "
        "p99`), or where the result was read (`per the ticket-time report in ServiceNow`, "
        "`compared against the control group`, `we know because the ticket timestamps in "
        "Zendesk ...`, `we compared the timesheets for the month before and after`).\n\n"
        "False friends do not count: a dashboard, report or metric that is the product "
        "you built or sped up (`built a sales dashboard`, `sped up the dashboard "
        "queries`, `delivered 300 daily reports`, `the metrics layer`, `a dashboard for the "
        "school directors`, `the product here is a dashboard for fleet managers`, `a "
        "dashboard now 60 hiring managers use`, `a Grafana dashboard for plant managers`; "
        "one for a NOC or for every endpoint watches systems), logs as data "
        "(`processed 3 PB of logs`, `parsed server logs to build features`, `the CDN "
        "logs as one more data source`), "
        "Observability as a team or a talk topic, canary the bird or Canary Wharf, a "
        "canary that is only a rollout step (`a 5% canary, then 25%, then 100%`, with "
        "nothing said about what it compared), a metric chosen or proposed (`MRR as the "
        "offline metric`), an SLA someone asked for, a tool only listed, weighed or "
        "claimed (`Tools: Prometheus, Grafana`, `Splunk \u00b7 Python \u00b7 Terraform`, "
        "`Skills \u2014 Go, Loki/Grafana`, `familiar with Grafana`, `evaluated Arize vs "
        "WhyLabs`, `compared Grafana Cloud against New Relic`, `I've used Grafana`), "
        "a stack set up to learn (`as a learning project`, `in my homelab to learn the "
        "Grafana stack`, `on a Raspberry Pi to learn Kubernetes`, `to monitor a toy app`), "
        "logs named as a product's data source (`data would come from the POS system and "
        "the stock logs`), logs dropped to cut a bill (`turned off debug logging on the "
        "clients`), "
        "alerts sent to customers as the product (`sent 1.2 crore fraud alerts`), "
        "`saved 10 on-call hours a week`, the "
        "health sector (`the county health department`), `logged 500 hours`, `monitored the "
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
    # The check's patterns live in _observability.py and load on the first answer this
    # rule reads: a run that never selects the rule (a resume) does not compile them.
    from playbook_lint.rules._observability import has_observability

    if not has_observability(ctx.text, ctx.answer.start, ctx.answer.end):
        start, end = ctx.first_line()
        yield Hit(start, end, {"unit": ctx.answer.unit})
