"""How PL002 (observability, in ``observability.py``) decides: the patterns and word
lists for metrics, logs, dashboards, alerts, tracing, SLOs, drift monitoring, canaries,
experiments and on-call, and the false friends that look like them. Loaded on the rule's
first use, so a run that does not select the rule never compiles them."""

from __future__ import annotations

import re
from collections.abc import Callable

from playbook_lint.source import spelled_out
from playbook_lint.words import load


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_OBS_PLAIN = re.compile(
    r"(?:\b(?:dashboards?|alerts?|alerting|alarms?|slos?|slis?|error[ -]budgets?|"
    r"observability|telemetry|instrument(?:ed|ation|ing)|tracing|traces|trace[ -]ids?|"
    r"traces?[ \t]+(?:for|of)[ \t]+(?:every|each|all)[ \t]|"
    r"opentelemetry|prometheus|grafana|datadog|new relic|honeycomb|sentry|cloudwatch|splunk|"
    r"kibana|jaeger|zipkin|pagerduty|opsgenie|evidently|whylabs|arize|stackdriver|"
    r"on[- ]?call(?![- ]?(?:cent(?:re|er)s?|s)\b)|pager|canary|canaries|canaried|"
    # the on-call phone: "carried the phone for the historian cluster"
    r"carr(?:y|ies|ied|ying)[ \t]+the[ \t]+(?:on-?call[ \t]+)?phone|"
    r"a/b(?:[ -]tests?|[ -]testing|[ -]experiments?)?|"
    r"ab[- ]tests?|split[- ]tests?|readouts?|holdout (?:groups?|tests?|cells?|experiments?)|"
    r"holdback|health[ -]checks?|"
    r"golden signals|synthetic (?:probes?|monitoring|checks?)|logs|logging|"
    r"(?:weekly|daily|monthly|nightly|evaluation|performance|quality|monitoring|cost|incident)"
    r" reports?|"
    # "drift flagged by a nightly Kyverno policy report"
    r"(?:flagged|caught|surfaced|spotted) by (?:a|the|our) (?:nightly|daily|hourly|weekly) "
    r"(?:[\w-]+ ){0,2}?reports?|"
    r"(?:online|controlled|randomi[sz]ed|live|production) experiments?|"
    r"experiment (?:readouts?|results?|showed|dashboards?|platform)|"
    r"shadow[ -](?:traffic|mode|deploy(?:ment|ed)?|launch|scoring|scored|runs?|evaluation|tests?|"
    r"testing|comparison|model)|"
    r"in shadow|population stability index|psi|kl divergence|"
    r"drift (?:detection|detector|monitor\w*|alerts?|checks?|dashboards?|metrics?|reports?|"
    r"scores?|jobs?)|"
    r"(?:training[- /]serving|train[- /]serve|online[- /]offline|serving|feature) skew|"
    r"skew (?:checks?|monitor\w*|detection|alerts?|metrics?)|"
    r"(?:audit|request|access|prediction|error|application|server|structured|"
    r"debug|inference|decision|incident|model|change) logs?|"
    r"audited (?:weekly|monthly|daily|nightly|quarterly|every|each|on|against)|"
    # (not a check by hand before a deadline: "triple-checked every calibration")
    r"(?<!double-)(?<!triple-)(?:reviewed|checked|sampled|inspected|spot-checked) (?:weekly|daily|"
    r"monthly|nightly|"
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
    # "the timeout rate we page on"; "diffed them against production" (a shadow run)
    r"(?:we|they) page (?:on|for|when|if)|"
    r"diff(?:ed|ing|s)? (?:[\w-]+ ){0,3}?against (?:the )?(?:production|prod|live)|"
    r"log (?:every|each|all) (?:[\w-]+ ){0,2}?(?:query|queries|request|requests|prediction|"
    r"predictions|call|calls|response|responses|event|events|answer|answers|suggestions?|runs?|"
    r"decisions?|recommendations?|scores?|outputs?|inputs?|errors?|retrievals?|prompts?|"
    r"completions?|generations?|messages?|conversations?|transactions?|sessions?|clicks?)|"
    r"(?:every|each|all) [^.;\n]{0,40}\b(?:is|are|gets?|got|was|were) logged|"
    r"(?:watched|tracked|monitored|checked|reviewed|checks|reviews|watches) (?:daily|weekly|"
    r"hourly|nightly|every day|"
    r"each day|every week)|"
    r"alerted (?:on|when|if|us when|me when)|"
    # "build failures now alerted in Slack", "RUM data", "real user monitoring"
    r"alerted (?:in|to|via|on) (?:the )?(?:slack|teams|pagerduty|opsgenie|on-?call|email|"
    r"the channel)|real[- ]user monitoring|rum (?:data|dashboards?|metrics?|beacons?|tool|panel)|"
    r"(?:in|and) rum|(?<=& )rum)\b)"
)


# A metric chosen is a decision, not a measurement: "chose recall@10 as the primary metric".
_CHOSEN_BEFORE = re.compile(
    r"\b(?:cho(?:se|sen|osing|ose)|pick(?:ed|ing)?|select(?:ed|ing)?|"
    # ("to assess product usage and define performance metrics")
    r"agreed(?:[ \t]+on|[ \t]+that)?|settled[ \t]+on|propos(?:ed|ing|e)|defin(?:e|ed|ing))\b"
    r"[^.;:\n]{0,70}$"
    # "Used recall@50 as the headline metric"
    r"|\bused\b[^.;:\n]{0,40}\bas[ \t]+(?:the|our|a|an)[ \t]+(?:[\w-]+[ \t]+)?$"
)
# "as the offline metrics", "candidate metrics", "the acceptance metrics": metrics chosen
_CHOSEN_KIND_BEFORE = re.compile(
    r"\b(?:offline|candidate|acceptance|primary|main|evaluation|eval|target|success|headline|"
    r"north[- ]star|judge-validation|validation|ranking|optimi[sz]ation|business|selection|"
    r"calibration|guiding)[ \t]+$"
    # a metric named as the one to use: "exact match and F1 as the metrics", "Cohen's kappa
    # as our calibration metric"
    r"|\bas[ \t]+(?:the|our|a|an|my|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?$"
)
# "the metric we chose was MRR": the choice named after the metric
_CHOSEN_AFTER = re.compile(
    r"[ \t]+(?:that[ \t]+|which[ \t]+)?(?:we|i|they|the team)[ \t]+(?:cho(?:se|sen)|picked|"
    r"selected|agreed[ \t]+on|settled[ \t]+on|proposed)\b"
)
# "evaluated 4 retrieval metrics", "compared several candidate metrics": metrics weighed
_WEIGHED_BEFORE = re.compile(
    r"\b(?:evaluat\w*|compar\w*|shortlist\w*|benchmark\w*)[ \t]+(?:(?:\d+|two|three|four|five|six|"
    r"several|multiple|different|various)[ \t]+(?:[\w-]+[ \t]+)?"
    # "compared BLEU, chrF and COMET as evaluation metrics"
    r"|(?:[\w-]+,?[ \t]+){1,6}as[ \t]+(?:[\w-]+[ \t]+)?)$"
)
# Metrics that were missing: "we didn't have good metrics back then"
_NO_METRICS_BEFORE = re.compile(
    r"\b(?:didn't|did not|don't|do not|never|no|without|lacked|lacking)[ \t]+"
    r"(?:have[ \t]+|had[ \t]+)?"
    r"(?:any[ \t]+|good[ \t]+|real[ \t]+|proper[ \t]+|reliable[ \t]+|usable[ \t]+)*$"
)
_LABEL_AFTER = re.compile(r"[ \t]*[:=]")
# Metrics a model predicts are its output: "predict key mortgage performance metrics".
_PREDICTED_BEFORE = re.compile(r"\b(?:predict|forecast)\w*\b[^.;:\n]{0,40}$")
_METRIC_WORD = re.compile(
    r"(?:\bmetrics?\b(?![ -](?:learning|tons?|system|space|driven|culture|mindset)\b))"
)


# (and the Portuguese and Spanish words, in resumes written in them: "monitoramento de
# servidores", "monitoreo")
_MONITOR = re.compile(r"(?:\bmonitor(?:s|ed|ing|amento|ad[oa]s?|ar|eo|izaci\u00f3n|izacion)?\b)")


_MONITOR_FALSE = re.compile(
    # (not past "with", "to" or "via": "job monitoring with alerts to our team
    # channel" watches jobs; the team gets the alerts)
    # ("monitored 2,000 employees' mail", "monitored their daily quota")
    # ("Monitored the work of 25 contract content reviewers")
    r"(?:[ \t]+(?:(?!(?:with|to|via|into)\b)[\w'-]+(?:,\d{3})*[ \t]+){0,6}"
    r"(?:interns?|team|teams|collectors?|quotas?|new[ \t]+grads|students?|staff|employees?|"
    # ("Monitored 30 online tutors' sessions", "a surveillance dashboard to monitor trader
    # chat and voice")
    r"tutors?|teachers?|translators?|subtitlers?|freelancers?|writers?|drivers?|couriers?|"
    r"traders?|advis[eo]rs?|"
    r"contractors?|juniors?|hires?|candidates?|"
    # ("Monitored the productivity and quality scores of a 25-person team")
    r"people|progress|productivity|projects?|deadlines?|timelines?|schedules?|budgets?|children|"
    r"kids|news|"
    r"competitors?|competition|engineers?|members?|situation|class|meetings?|deliverables?|"
    r"vendors?|suppliers?|workload|trainees?|apprentices?|volunteers?|"
    r"(?<!background )(?<!celery )(?<!sidekiq )(?<!queue )(?<!job )workers?|pupils?|mentees?|"
    # (not "background workers" or "worker processes": a system's)
    r"testers?|annotators?|labell?ers?|moderators?|reviewers?|agents|ras|calls|enumerators?|"
    r"field[ \t]+(?:staff|officers?|teams?)|"
    r"onboarding|attendance|social media|brand|market|markets|trends?|prices?|exams?|graduates|"
    r"homework|compliance with|adherence|sensors?|greenhouses?|crops?|livestock|animals|soil|"
    r"weather|vital signs|process|processes|plans?|strateg(?:y|ies)|orders|shipments|claims|"
    r"screens?|displays?|patients?|residents|wards?|landscape|reports?|sales|agenc(?:y|ies)|"
    # the business's own numbers, and monitoring and evaluation (M&E) of programmes
    r"kpis?|customer satisfaction|csat|nps|evaluation|"
    # ("to monitor campaign and ad group performance")
    r"campaigns?|ad[ \t]+groups?|"
    # ("to monitor forklifts and the warehouse workforce", "by monitoring card usage", "to
    # monitor the efficiency and sustainability of the plant")
    # (not "efficiency", which a cluster has too)
    r"workforce|forklifts?|entities|card[ \t]+(?:usage|spend|transactions)|sustainability|"
    r"groundwater|rivers?|wells?|manufacturing)\b"
    # a plant's work named with it: "production monitoring, planning and scheduling"
    r"|,?[ \t]+(?:and[ \t]+)?(?:planning|scheduling)\b)"
)


# Tracking the business, not a running system: "tracked KPIs for the sales team".
_BUSINESS_TRACKING = re.compile(
    r"[ \t]+(?:the[ \t]+|our[ \t]+|team[ \t]+)?(?:kpis?|okrs?|sales|budgets?|expenses|deals|leads|"
    r"inventory|headcount|hours|progress|tasks|deliverables|milestones)\b"
)


_OFFLINE_BEFORE = re.compile(r"\boffline[ \t,]+(?:(?:i|we)(?:'d|[ \t]+would)?[ \t]+)?$")
# A compound that names the business thing tracked: "order-tracking", "expense-tracking"
_TRACKED_THING = re.compile(
    r"\b(?:order|parcel|package|shipment|delivery|expense|habit|fitness|price|stock|inventory|"
    r"asset|fleet|vehicle|time|issue|bug|applicant|sales|lead|budget|project)-$"
)


# Monitoring that is the product, not the watching: "a patient monitoring app".
_MONITOR_PRODUCT = re.compile(
    r"\b(?:patient|baby|health|heart[- ]rate|glucose|remote|crop|wildlife|environmental|"
    r"soil[- ]moisture|moisture|market|markets|options|trading|"
    r"air[- ]quality|home|social[- ]media|brand|media|price|employee|exam|sleep|fitness|"
    r"vital[- ]signs?|water|soil|traffic[- ]camera|iot|therapeutic|clinical|fleet[- ]tracking|"
    r"cold[- ]chain|shipments?|vaccines?|parcels?|vehicles?|program|programme|project|portfolio|"
    r"individual|"
    # a contact centre watching its agents: "real-time adherence monitoring", "call-quality
    # monitoring", "fatigue monitoring" of drivers
    r"adherence|call[- ]quality|fatigue|driver|operator|"
    # devices at a patient's side: "vitals from bedside monitors over HL7"
    r"bedside|icu|ecg|cardiac|wearable|fetal|"
    # a compliance team's work: "AML transaction-monitoring scenarios in Actimize"
    r"transaction|aml|sanctions|"
    # the business's numbers: "KPI monitoring", "campaign monitoring"
    r"kpis?|campaigns?|revenue|sales|"
    # the world a model or a study watches: "river level monitoring", "groundwater
    # monitoring", "a news sentiment monitor", "manufacturing monitoring"
    # (not "service-level", "node-level" or "disk volume" monitoring: a system's)
    r"river|river[ -]level|groundwater|rainfall|flood|drought|hydrological|sentiment|news|"
    r"social[ -]volume|manufacturing)"
    r"(?:[ -](?:data|device|sensor))?[ -]$"
)


_OBSERVE_VERB = re.compile(r"(?:\b(?:track|watch|measur|monitor|audit)(?:s|ed|ing|e|es)?\b)")


_METRIC_NOUN = re.compile(
    r"(?:[ \t]+(?:[\w/.-]{1,30}[ \t]+){0,3}?(?:latency|latencies|p\d{2}|errors?|error rate|"
    r"throughput|qps|"
    r"accuracy|precision|recall|auc|ctr|click-through|drift|skew|metrics?|cost|costs|spend|"
    r"utili[sz]ation|conversion|uptime|availability|freshness|lag|calibration|loss|hit rate|"
    r"response times?|timeouts?|5xx|crash(?:es| rate)?|retention|revenue|f1|ndcg|mrr|"
    r"false positives?|false negatives?|queue depth|memory|gpu|cpu|traffic|tail|slo|sla|"
    r"rates?|ratios?|volumes?|usage|spend|thumbs[- ]down|feedback|"
    r"graphs?|charts?|panels?|curves?|plots?|signals?|dashboards?|lead[ -]times?|"
    r"cycle[ -]times?|deploy(?:ment)? frequency|change failure rate|"
    r"kpis?)\b)"
)


_MEASURED_HOW = re.compile(
    r"(?:[ \t]+(?:it |this |that |them |the (?:gain|win|change|impact|lift|effect) )?"
    r"(?:by|with|via|using|through|against|in production|on production|over|on|weekly|daily|from|"
    r"nightly|monthly|hourly|continuously|every)\b)"
)


# Measured once, offline or on a desk, not watched where it runs: "measured on 1 200
# catalogue titles", "measured it with a quick benchmark on my laptop", "on the bench"
_MEASURED_OFFLINE = re.compile(
    # (measured again and again is a watch: "measured on a 1,000-item gold set every sprint")
    r"(?![^.;\n]{0,70}\b(?:every|each|nightly|weekly|daily|monthly|continuously)\b)"
    r"(?:[ \t]+(?:it[ \t]+|this[ \t]+|that[ \t]+|them[ \t]+)?(?:on|against|over)[ \t]+"
    r"(?:a[ \t]+|the[ \t]+)?(?:~|about[ \t]+|around[ \t]+)?(?:\d|held-out|holdout|test[ \t]+set|"
    r"offline|labell?ed|golden|benchmark|my[ \t]+laptop|the[ \t]+bench)"
    r"|[^.;\n]{0,50}?\b(?:on[ \t]+my[ \t]+laptop|on[ \t]+the[ \t]+bench|timing[ \t]+script|"
    r"quick[ \t]+benchmark)\b)"
)


# Logs as a source of training data ("labels come from the impression logs") say nothing
# about watching a running system.
_DATA_LOGS = re.compile(
    r"(?:\b(?:impression|click|clickstream|interaction|session|behaviou?ral|historical|raw|"
    r"search|query|chat|event|usage|browsing|purchase|transaction)[ -]$)"
)


# Words that are observability on their own (data/observability_words.txt): a set lookup
# decides most answers.
_OBS_WORDS = load("observability_words")
# A tool named as a bill to cut ("halved the Datadog bill") says nothing about watching.
_COST_HINT = re.compile(
    r"\b(?:bill|bills|costs?|spend|licen[cs]\w*|contracts?|invoices?|pricing|seats|"
    r"(?<!key )(?<!enterprise )(?<!customer )(?<!client )(?<!strategic )(?<!\d )accounts|"
    # "negotiated the Datadog renewal", "~4x cheaper than the old Logstash setup"
    r"renewals?|negotiat\w*|cheaper|"
    # "Datadog log ingest"
    r"log[ \t]+ingest(?:ion)?|ingest(?:ion)?[ \t]+(?:volumes?|costs?|bills?))\b"
)


# A tool named as something bought or administered, not as the way a system was watched.
_TOOL_ACCOUNT = re.compile(
    r"\b(?:bill|bills|costs?|spend|licen[cs]\w*|contracts?|invoices?|seats|"
    # a tool's accounts, not customers ("looked after 35 key accounts ... on PagerDuty")
    r"(?<!key )(?<!enterprise )(?<!customer )(?<!client )(?<!strategic )(?<!\d )accounts|"
    r"renewals?|negotiat\w*|cheaper|log[ \t]+ingest(?:ion)?|"
    r"provision\w*(?! concurrency| throughput| capacity| iops))\b"
)


# A tool or its logs paid for: "Paid $1.2M/yr for Splunk", "we were paying way too much
# for Datadog", "we were paying a lot for logs"
_PAID_FOR_BEFORE = re.compile(
    r"\b(?:paid|paying|pay|spent|spend|spending)\b(?:[^.;\n]|\.(?=\d)){0,40}?\b(?:for|on)[ \t]+"
    r"(?:the[ \t]+|our[ \t]+|all[ \t]+the[ \t]+)?(?:[\w-]+[ \t]+)?$"
)


_TOOL_PRODUCT_AFTER = re.compile(
    r"[ -]+(?:plugins?|exporters?|integrations?|extensions?|providers?|dashboard[ -]packs?|"
    # a tool's certificate or its community: "Dynatrace certification", "Prometheus
    # working group"
    r"templates?|certifications?|certificates?|certified|working[ \t]+groups?|guilds?|"
    # ("I also did a Prometheus course last year")
    r"courses?|bootcamps?|"
    r"chapters?|meetups?)\b"
    # the vendor's own outages (not the incidents an incident tool tracks), and CloudWatch
    # Events, an event bus: "a fallback during Datadog incidents", "triggered by CloudWatch
    # Events"
    r"|(?<!pagerduty)(?<!opsgenie)(?<!victorops)[ -]+(?:incidents?|outages?|downtime)\b"
    r"|(?<=cloudwatch)[ -]+events\b"
    # a look borrowed, not the tool: "a Grafana-style grid with drill-downs"
    r"|-(?:style|like)\b"
)


# A line that lists tools or skills: "Tools: Prometheus, Grafana, MLflow".
_LISTED_LINE = re.compile(
    # ("So my stack: Prometheus, Grafana, ELK": said aloud)
    r"[ \t]*(?:[-*+\u2022][ \t]+)*(?:(?:so|and|well|um|my|our)[ \t,]+)*(?:\*\*)?"
    r"(?:tools?|tooling|stack|tech(?:nolog(?:y|ies))?"
    r"(?:[ \t]+stack)?|skills|technologies|environment|"
    # a field of a line of skills: "Obs: Grafana, Prometheus"
    r"obs|o11y)"
    # "Tools & stack:", "Skills / tools:"
    r"(?:[ \t]*(?:&|and|/)[ \t]*(?:[\w-]+[ \t]+)?(?:tools?|stack|tech\w*|skills|frameworks?|"
    r"languages?))?"
    r"(?:\*\*)?[ \t]*:(?:\*\*)?[^.;:\n\u2014]*$"
)
# "Skills \u00b7 Go \u00b7 Python", "Skills \u2014 Go, Python, Prometheus/Grafana": the same
# list, set off by a dash or a middle dot instead of a colon
_LISTED_DASHED = re.compile(
    r"[ \t]*(?:[-*+\u2022][ \t]+)*(?:\*\*)?(?:tools?|tooling|stack|tech(?:nolog(?:y|ies))?|skills|"
    r"technologies)(?:\*\*)?[ \t]+(?:\u00b7|\u2014|\u2013|-|\|)[ \t]+[^.;:\n]*$"
)


# A result watched in a named tool, whatever the tool: "trend watched in ReportPortal &
# Allure history", "tracked in Firebase Performance per release" (a capital letter names
# it, so the pattern reads the text as written)
_WATCH_VERBS = frozenset({"watched", "tracked", "monitored", "charted", "graphed", "measured"})
_WATCHED_IN_TOOL = re.compile(
    r"\b(?i:watched|tracked|monitored|charted|graphed|measured)\b(?:[ \t]+(?i:it|them|this))?"
    r"(?:[ \t]+(?i:release[ \t]+by[ \t]+release|daily|weekly|per[ \t]+release))?[ \t]+"
    r"(?i:in|on|via|through|with|using)[ \t]+(?:(?i:our|the)[ \t]+)?[A-Z][\w.-]*"
)
# The work tracked, not a system watched: "kept the project tracked in Jira"
_WORK_TRACKED_BEFORE = re.compile(
    r"(?i:\b(?:project|plan|tasks?|tickets?|work|time|hours|budget|sprints?|backlog|status|"
    r"issues?|bugs?|progress|deadlines?|interns?|people|staff)\b[^.;\n]{0,20}$)"
)


# Tools that track work, not systems: "ran the intern program; tracked it in Asana"
_WORK_TOOLS = frozenset({"asana", "jira", "trello", "notion", "monday", "clickup", "basecamp"})


def _watched_in_a_tool(text: str, start: int, end: int) -> bool:
    return any(
        not _WORK_TRACKED_BEFORE.search(text, max(start, found.start() - 30), found.start())
        and found.group(0).rsplit(None, 1)[-1].lower() not in _WORK_TOOLS
        for found in _WATCHED_IN_TOOL.finditer(text, start, end)
    )


_WATCHED_IN = re.compile(
    r"\b(?:tracked|traced|logged|watched|monitored|charted|graphed|lands?|landed|visible|"
    # "checked that on the cost-per-page panel in Grafana"
    r"panels?|charts?|graphs?)[ \t]+"
    r"(?:in|on|into|to|via|through)[ \t]+$"
)


def _listed(low: str, at: int) -> bool:
    """The word at `at` is in a list of tools that starts a line or a sentence: "Tools:
    Prometheus, Grafana", "... a quota. Tools: MLflow, Grafana"; or in a line of tools set
    apart by middle dots or bars ("Splunk ES 7.2 · Python 3.11 · Terraform 1.6")."""
    # (a list may also start after a semicolon or a bar: "member of Observability team;
    # Tools: Prometheus, Grafana", "Search: Solr, Vespa | Obs: Grafana, Prometheus")
    stop = max(low.rfind(". ", 0, at), low.rfind("; ", 0, at), low.rfind("| ", 0, at))
    start = max(low.rfind("\n", 0, at) + 1, stop + 2 if stop >= 0 else 0)
    if ":" in low[start:at] and _LISTED_LINE.match(low, start, at) is not None:
        return True
    if _LISTED_DASHED.match(low, start, at) is not None:
        return True
    line_start = low.rfind("\n", 0, at) + 1
    line_end = low.find("\n", at)
    line = low[line_start : len(low) if line_end == -1 else line_end]
    for mark in (" \u00b7 ", " | "):
        items = line.split(mark)
        # short items only: "Challenge: ... | Action: ... | Result: ..." is prose
        if len(items) >= 3 and all(len(item.split()) <= 6 for item in items):
            return True
    return False


def _tool_watched(low: str, tools: frozenset[str]) -> bool:
    """True when one of the tools is named outside a sentence about its cost or its
    accounts, and not as the topic of a talk or course ("gave a talk on OpenTelemetry")."""
    costly = _COST_HINT.search(low) is not None or _TOOL_ACCOUNT.search(low) is not None
    for match in _LOWER_WORD.finditer(low):
        if match.group(0) in tools:
            if (
                _listed(low, match.start())
                or _no_system_watched(low, match.start())
                or _obs_team_subject(low, match.group(0))
                # a dashboard tool in an answer whose product is the dashboard: "It's
                # Grafana under the hood", "a Grafana-style grid"
                or _product_made_in_tool(low, match.start(), match.end(), match.group(0))
            ):
                continue  # "Tools: Prometheus, Grafana, MLflow": a list, not a watch
            if (
                _TOPIC_BEFORE.search(low, max(0, match.start() - 60), match.start())
                or _SKILL_BEFORE.search(low, max(0, match.start() - 80), match.start())
                or _TOOLS_WEIGHED_BEFORE.search(low, max(0, match.start() - 60), match.start())
                or _in_tools_weighed(low, match.start(), match.end())
                or _PAID_FOR_BEFORE.search(low, max(0, match.start() - 60), match.start())
                or _TOOL_PRODUCT_AFTER.match(low, match.end())
                or _tool_dashboard_is_product(low, match.end())
            ):
                continue  # a talk's topic, a plugin built for the tool, a dashboard made in it
            if not costly or _WATCHED_IN.search(low, max(0, match.start() - 24), match.start()):
                return True  # "latency, cost and judge score tracked in Langfuse"
            # the bill or accounts of the tool itself, near its name ("halved the Datadog
            # bill"), not a cost watched with it ("every call's cost lands in Helicone")
            if not _cost_near(low, match.start(), match.end()):
                return True
    return False


# A dashboard made in a monitoring tool for people to read the business: "Built Grafana
# dashboard for plant managers with OEE per press line", "Kibana dashboards so the QA team
# can browse test logs" (a NOC's or an on-call's dashboard watches systems: _SYSTEM_SIGNAL)
# ("Sped up the Kibana complaint-search dashboard for call-center agents")
_TOOL_DASHBOARD_AFTER = re.compile(r"(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:dashboards?|boards?)\b")
_DASHBOARD_TOOLS = re.compile(r"\b(?:grafana|kibana|datadog|prometheus|cloudwatch)\b")
_DASHBOARD_TOOL_NAMES = frozenset({"grafana", "kibana", "superset", "metabase", "looker"})


def _product_made_in_tool(low: str, start: int, end: int, word: str) -> bool:
    """A dashboard tool in an answer whose product is the dashboard ("serve it in Grafana
    as the front end"), unless something is watched in it ("kept the query-duration panel
    in Grafana open for the first week")."""
    return (
        word in _DASHBOARD_TOOL_NAMES
        and _WATCHED_IN.search(low, max(0, start - 24), start) is None
        and _declared_product(low, start, end)
    )


_DASHBOARD_TOOL_BEFORE = re.compile(
    r"\b(?:grafana|kibana|datadog|cloudwatch)[ \t]+(?:[\w-]+[ \t]+)?$"
)


def _tool_dashboard_is_product(low: str, end: int) -> bool:
    found = _TOOL_DASHBOARD_AFTER.match(low, end)
    return found is not None and _is_product(low, found.start() + 1, found.end(), tools_read=False)


def _cost_near(low: str, start: int, end: int) -> bool:
    """A bill, licence, renewal or account in the sentence, near the tool at [start, end)."""
    left, right = _sentence(low, start)
    left, right = max(left, start - 60), min(right, end + 30)
    return bool(_COST_HINT.search(low, left, right) or _TOOL_ACCOUNT.search(low, left, right))


# Tools named in more than one word: "negotiated our New Relic renewal" is a bill
# (and the SIEM, whose licence is billed by the volume sent to it: "SIEM bill down €11k")
_VENDOR_PHRASE = re.compile(r"new relic|weights (?:&|and) biases|google analytics|siem")


# Words that are observability unless their context makes them something else: the
# dashboard built as the product, the Observability team, Canary Wharf.
_CONTEXT_WORDS = frozenset(
    {"dashboard", "dashboards", "alert", "alerts", "alerting", "observability", "canary"}
    | {"canaries", "canaried", "tracing", "traces", "pager", "evidently", "tempo"}
)


_LOWER_WORD = re.compile(r"[a-z]+")


# Watching said not to have happened: "I didn't put any monitoring on it", "we never
# instrumented it", "nobody monitors it", "I left before we had any monitoring". The
# signal word right after the denial is blanked, so other signals still count.
_DENIAL = re.compile(
    r"\b(?:(?:didn't|did[ \t]+not|don't|do[ \t]+not|doesn't|does[ \t]+not|never|nobody|no[ \t]+one)"
    r"(?:[ \t]+(?:really|even|actually|properly|set[ \t]+up|put|have|had|add(?:ed)?|get|got|"
    r"a|an|any|much|real|proper|fancy|formal|good))*"
    r"|(?:had|have|was|were|there[ \t]+was)[ \t]+no(?:[ \t]+(?:real|proper|formal|fancy))?"
    # ("I left before anyone put monitoring on top of it")
    r"|nothing[ \t]+fancy[ \t]+(?:for|on)"
    r"|before[ \t]+(?:we|i|they|anyone|anybody)[ \t]+(?:had|put|set[ \t]+up|added)(?:[ \t]+any)?"
    # "not much monitoring, honestly", "not the monitoring side", "the other kind of
    # monitoring"
    r"|not[ \t]+(?:much|the|it|any|really)|(?:the[ \t]+)?other[ \t]+kind[ \t]+of"
    # "I'd love to say we monitored it afterwards, but ...", "we never got it into a live
    # monitor"
    r"|i'?d[ \t]+love[ \t]+to[ \t]+(?:say|tell[ \t]+you)(?:[ \t]+that)?[ \t]+(?:we|i)"
    r"(?:[ \t]+(?:had|set[ \t]+up|built))?"
    r"|never[ \t]+got[ \t]+it[ \t]+(?:into|onto)[ \t]+(?:a|an|any)(?:[ \t]+live)?)"
    # ("we had no telemetry from the devices", "I didn't set up any tracking on the win rate")
    r"[ \t]+(monitor(?:s|ed|ing)?|instrument(?:ed|ation)?|crash[ \t]+reporting|dashboards?|"
    r"alerting|measured|tracked|checked|compared|verified|validated|telemetry|tracking)\b"
)


# The same, the signal named first: "Monitoring we didn't have, honestly", "Monitoring-wise,
# there wasn't much"
_DENIED_AFTER = re.compile(
    r"\b(monitoring|alerting|dashboards?|telemetry|tracking)(?:[ \t]*-?[ \t]*wise)?,?[ \t]+"
    r"(?:(?:we|i)[ \t]+(?:didn't|did[ \t]+not|never)[ \t]+(?:have|had|set[ \t]+up|do|build)|"
    r"there[ \t]+(?:wasn't|was[ \t]+not|isn't|is[ \t]+not))\b"
)


def _without_denials(text: str, start: int, end: int) -> tuple[str, str]:
    """text and text[start:end].lower() with every denied signal word blanked."""
    low = text[start:end].lower()
    if "n" not in low:
        return text, low  # every denial holds an n
    spans = [match.span(1) for match in _DENIAL.finditer(low)]
    spans += [match.span(1) for match in _DENIED_AFTER.finditer(low)]
    if not spans:
        return text, low
    part = list(text[start:end])
    for first, last in spans:
        part[first:last] = " " * (last - first)
    blanked = "".join(part)
    return text[:start] + blanked + text[end:], blanked.lower()


def has_observability(text: str, start: int, end: int) -> bool:
    """True when text[start:end] says how an outcome was known or watched."""
    spelled = spelled_out(text[start:end])
    if spelled is not None:
        # ligatures spelled out ("MLﬂow"): the answer is only read here, so its length may
        # change
        text, end = text[:start] + spelled[0] + text[end:], start + len(spelled[0])
    text, low = _without_denials(text, start, end)
    if ":" in low and _LISTED_LINE.match(low):
        return False  # the whole answer lists tools: "Tools: Prometheus, Grafana, MLflow"
    words = frozenset(_LOWER_WORD.findall(low))
    tools = words & _OBS_WORDS
    if tools and _tool_watched(low, tools):
        return True
    if not _WATCH_VERBS.isdisjoint(words) and _watched_in_a_tool(text, start, end):
        return True  # "trend watched in ReportPortal", "tracked in Firebase Performance"
    for match in _METRIC_WORD.finditer(low):
        if (
            not _is_product(low, match.start(), match.end())
            and not _NO_METRICS_BEFORE.search(low, max(0, match.start() - 40), match.start())
            and not _CHOSEN_BEFORE.search(low, max(0, match.start() - 80), match.start())
            and not _PREDICTED_BEFORE.search(low, max(0, match.start() - 50), match.start())
            and not _CHOSEN_KIND_BEFORE.search(low, max(0, match.start() - 24), match.start())
            and not _CHOSEN_AFTER.match(low, match.end())
            and not _WEIGHED_BEFORE.search(low, max(0, match.start() - 60), match.start())
            # "Metrics: ran the review", "metric = field-level F1": a label
            and _LABEL_AFTER.match(low, match.end()) is None
        ):
            return True
    for phrase in _OBS_PHRASES.finditer(low):
        if (
            _VENDOR_PHRASE.fullmatch(phrase.group(0))
            and _cost_near(low, phrase.start(), phrase.end())
        ) or _listed(low, phrase.start()):
            continue  # the tool's bill; "Skills \u00b7 Go \u00b7 ELK stack \u00b7 Jaeger": a list
        if _weighed_or_firmware(low, phrase.start(), phrase.end(), phrase.group(0)):
            continue  # "field watchdog resets"; "evaluated Arize and Fiddler for drift alerts"
        if phrase.group(0).startswith("incident response") and _sentence_holds(
            low, phrase.start(), _SECURITY_WORK
        ):
            continue  # "incident response and malware analysis": a security team's work
        if _VENDOR_PHRASE.fullmatch(phrase.group(0)) and _TOOLS_WEIGHED_BEFORE.search(
            low, max(0, phrase.start() - 60), phrase.start()
        ):
            continue  # "compared Grafana Cloud against New Relic": tools weighed
        if not _SKILL_BEFORE.search(
            low, max(0, phrase.start() - 80), phrase.start()
        ) and not _TOPIC_BEFORE.search(low, max(0, phrase.start() - 60), phrase.start()):
            return True  # not a skill claimed ("familiar with New Relic") or a topic taught
    return _watched(low)


# Where a result was read: "per the Mixpanel retention chart", "counted from the
# activation events in Amplitude", "from the Jira time reports", "confirmed in the
# chargeback report two months after launch": a source named after a word of reading
# ("revenue per search", "from the transaction history" name no such source)
_TOOL_SOURCES = (
    r"(?:mixpanel|amplitude|posthog|firebase(?:[ \t]+[a-z]+)?|zendesk|play[ \t]+console|ga4|"
    r"app[ \t]+insights|toggl|clockify|"
    r"weights[ \t]+(?:&|and)[ \t]+biases|w&b|mlflow|looker|metabase)"
)
# Records of time and of what happened, which name their source without an owner too:
# "per Kronos timecards", "per the SAP PM time bookings", "the system's audit trail"
# ("per Jira worklogs", "the time-tracking export")
_TIME_RECORDS = (
    r"(?:timecards?|timesheets?|time[ \t]+bookings|audit[ \t]+trails?|worklogs?|"
    r"time[ \t-]?tracking[ \t]+(?:exports?|reports?|data))"
)
_SOURCE_NOUNS = (
    r"(?:reports?|charts?|tables?|history|events|numbers|funnel[ \t]+reviews?|"
    # "per the onboarding survey HR runs"
    r"surveys?|" + _TIME_RECORDS + "|"
    r"experiments?|console|audits?|search|telemetry|timestamps|records|panels?|counters|kpis|"
    r"statements|figures|reviews?|log|queue|"
    # "I check that in the Backstage catalog", "per the chemists' weekly spot-check sheet",
    # "per the Airflow run timeline", "per Packagist's dependents page", "the Peakon pulse"
    r"catalogu?e?s?|sheets?|timelines?|pages|page|pulse|digests?|tickets|"
    # "read from the shadow-trading comparison", "read off the Cost Explorer monthly view",
    # "per the monthly chargeback MIS"
    r"comparisons?|views?|mis|"
    r"time[ \t-]?tracking|" + _TOOL_SOURCES + ")"
)
# ("from her own Toggl entries")
_OWNER = (
    r"(?:the|our|their|its|[\w&'\u2019-]+['\u2019]s|[\w-]+s['\u2019]|(?:her|his|my)[ \t]+own)"
    r"[ \t]+"
)
# ("per the before/after deploy history")
_WORDS_0_4 = r"(?:[\w&'\u2019/-]+[ \t]+){0,4}?"
_READ_FROM_SOURCE = re.compile(
    r"\b(?:(?:counted[ \t]+(?:from|in|off)|read[ \t]+(?:off|from)|confirmed[ \t]+(?:by|in)|"
    r"measured[ \t]+(?:in|with|from|off|w/)|seen[ \t]+in|verified[ \t]+(?:on|in|against)|"
    # "read in a weekly disagreement report", "visible in the Jira time-tracking report"
    r"read[ \t]+in|visible[ \t]+in|"
    r"validated[ \t]+against|tracked[ \t]+on|read[ \t]+straight[ \t]+(?:from|off)|"
    # "checked against LIMS task timestamps", "hours pulled from Jira worklogs"
    r"checked[ \t]+against|pulled[ \t]+from|going[ \t]+(?:by|off)|"
    # "diffed them against production", "verified every lot against the re-inspection log"
    r"diffed[ \t]+(?:them[ \t]+|it[ \t]+)?against|"
    r"verified[ \t]+(?:every|each)[ \t]+[\w-]+[ \t]+against|"
    # "which I saw in the Airflow task duration chart", "we look at weekly active users by
    # property in Amplitude", "we read the quote-to-book rate out of the CRM funnel report"
    r"(?:we|i)[ \t]+(?:saw|see|check|review|read)[ \t]+(?:(?:it|that|this|them)[ \t]+)?(?:in|on)|"
    r"(?:we|i)[ \t]+(?:look[ \t]+at|looked[ \t]+at|read|pull|pulled)[ \t]+(?:[\w-]+[ \t]+){1,6}?"
    r"(?:in|on|out[ \t]+of|off|from)|"
    # "I measured it off the Jira Service Management queue"
    r"measured[ \t]+(?:it|that|this|them)[ \t]+(?:off|from|in|on)|"
    # "we compared the timesheet codes in Planview", "we compare crash-free users and ANR rate
    # with the previous version in Firebase"
    r"compar(?:e|es|ed)[ \t]+(?:[\w-]+[ \t]+){1,10}?in|"
    # "you can see that in the approval-time report"
    r"you[ \t]+can[ \t]+see[ \t]+(?:it|that|this)[ \t]+in|"
    # "It's in the ServiceNow turnaround report, which is where the director reads it"
    r"it(?:'s|\u2019s|[ \t]+is)[ \t]+in|"
    r"followed[ \t]+in|reconciled[ \t]+(?:every[ \t]+\w+[ \t]+)?against|"
    r"comparing[ \t]+[\w-]+(?:[ \t]+[\w-]+)?[ \t]+in)[ \t]+(?:"
    + _OWNER
    + ")?"
    + _WORDS_0_4
    + _SOURCE_NOUNS
    # "per Kronos timecards": a record of time, named without an owner
    # ("per the before/after timesheets")
    + r"|per[ \t]+(?:[\w&'\u2019/-]+[ \t]+){0,2}?"
    + _TIME_RECORDS
    + r"|(?:per|according[ \t]+to)[ \t]+(?:"
    + _OWNER
    + _WORDS_0_4
    + _SOURCE_NOUNS
    + r"|(?:[\w&'\u2019-]+[ \t]+){0,2}?"
    + _TOOL_SOURCES
    + ")"
    + r"|from[ \t]+"
    + _OWNER
    + _WORDS_0_4
    # ("usage from the Backstage page analytics")
    + r"(?:reports?|timesheets?|timestamps|(?:page|web|site|product|usage)[ \t]+analytics|"
    + _TIME_RECORDS
    + "|"
    + _TOOL_SOURCES
    + "))(?![\\w-])"
)


# How the writer knows, told as evidence: "we know because the timestamps in Zendesk ...",
# "we compared their Harvest time tracking for the month before", "we checked it after the
# harvest against the coop's tickets", "That's measured" (not "I know because my manager
# told me": hearsay, no signal)
_EVIDENCE = re.compile(
    r"\b(?:we|i)[ \t]+know(?:[ \t]+(?:that|it|this|they[ \t]+(?:[\w-]+[ \t]+){1,4}?))?[ \t]+"
    r"because\b(?![^.;\n]{0,50}\b(?:told|said|says|mentioned|emailed|called|complain\w*|"
    r"thanked)\b)"
    r"|\bthat'?s[ \t]+measured\b"
    # a comparison of before and after: "we compared the month before and the month after",
    # "the vendor-ops report compares the weeks before and after"
    r"|\bcompar(?:e|es|ed|ing)\b[^.;\n]{0,60}?\bbefore[ \t]+and[ \t]+"
    r"(?:the[ \t]+[\w-]+[ \t]+)?after\b"
    # "we know from the Streamlit usage logs I query weekly"
    r"|\bwe[ \t]+know[ \t]+(?:it[ \t]+|that[ \t]+)?from[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
    r"(?:logs|analytics|telemetry|events)\b"
    # a prediction scored against what happened: "score it the next morning against what
    # actually filled"
    r"|\b(?:score|scored|check|checked|compare|compared)[ \t]+(?:it|them|each|every)\b"
    r"[^.;\n]{0,30}?"
    r"\bagainst[ \t]+what[ \t]+(?:actually[ \t]+|really[ \t]+)?(?:happened|filled|sold|shipped|"
    r"arrived|came[ \t]+in)\b"
    r"|\bwe[ \t]+know[ \t]+(?:it[ \t]+|that[ \t]+)?from[ \t]+(?:the[ \t]+)?" + _TOOL_SOURCES + r"\b"
    # ("finance compared the timesheets for the month before", "We compared the marking
    # timesheets from the cycle before and the cycle after")
    r"|\b(?:we|i|they|finance|hr|payroll|accounting)[ \t]+"
    r"(?:checked|compared|verified|validated|reconciled)[ \t]+"
    r"(?:(?:it|that|this|them|(?:the|their|our)[ \t]+[\w-]+(?:[ \t]+[\w-]+){0,2}?)[ \t]+)?"
    r"(?:in|against|with|using|over|after|for[ \t]+the|from|of)\b"
    # what the result was read against (not "compared the validator exports with the
    # upload files", a search for a bug)
    r"(?=[^.;\n]{0,70}\b(?:before|after|baseline|control|actuals?|production|prod|real|"
    r"months?|weeks?|quarters?|season|harvest|data|reports?|records|tickets|timesheets?|"
    r"tracking|time[ \t]+entries|codes|said|ratings?|results?|lab)\b)"
    # a result checked again and again against what happened: "predictions compared weekly
    # against the pathologists' sign-out", "scored every sprint against cases closed",
    # "false positives read weekly off the FP-report queue", "pulled weekly from the
    # ticket timestamps"
    # ("recomputed it every single week on the moderation report")
    r"|\b(?:compared|scored|checked|read|pulled|diffed|reconciled|audited|recomputed|"
    r"recalculated)[ \t]+(?:(?:it|them)[ \t]+)?"
    r"(?:weekly|nightly|daily|monthly|(?:every|each)[ \t]+(?:single[ \t]+)?(?:day|night|week|"
    r"sprint|month|release|run))"
    r"[ \t]+(?:against|off|from|with|in|on[ \t]+the)\b"
    # a record of time compared, told without a subject: "- compared marking timesheets of
    # the cycle before and after"; things tagged to be counted: "tagged all lockout
    # tickets in Zendesk so we could count them"
    # ("We compared their timesheets the month before and after", ", compared on Jira
    # worklogs", "compared the techs' timesheets")
    r"|(?:^|[-\u2013\u2014;:(,][ \t]*|\b(?:we|i|they|finance|hr)[ \t]+)"
    r"(?:compared|checked|verified)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,3}?"
    r"(?:timesheets?|worklogs?|timecards?|time[ \t-]tracking)\b"
    r"|\bso[ \t]+(?:that[ \t]+)?(?:we|i)[ \t]+could[ \t]+(?:count|track|measure)[ \t]+"
    r"(?:them|it|those|these)\b"
    # an alert told by whom it reaches and on what: "a Tableau board that emails the model
    # owner on a 5-pt drop"
    r"|\b(?:emails?|pings?|pages?|notif(?:y|ies))[ \t]+(?:the[ \t]+)?(?:model[ \t]+owners?|"
    r"owners?|on-?call|team)[ \t]+(?:on|when|if)[ \t]+[^.;\n]{0,20}?\b(?:drops?|dips?|falls?|"
    r"spikes?|breach\w*)\b"
    # a back-test run against what happened: "the back-testing runs every day against the
    # actual P&L"
    r"|\b(?:runs?|ran|is[ \t]+run)[ \t]+(?:every|each)[ \t]+(?:day|night|week|morning|month)"
    r"[ \t]+against[ \t]+(?:the[ \t]+)?(?:actual|realised|realized|real|live)\b"
    # a failure posted to a channel, or a post when something moves: "each failed test posts
    # in a Slack channel with the owner tagged", "posts to Slack when chrF drops"
    r"|\b(?:fail\w*|breach\w*|anomal\w*|regress\w*|errors?)\b[^.;\n]{0,40}?"
    # (not people who ping the writer: "people just ping me on Teams when it breaks")
    r"\b(?:posts?|posted|pings?|pinged|notif(?:y|ies|ied))\b(?![ \t]+(?:me|us)\b)[^.;\n]{0,20}?"
    r"(?:\b(?:slack|teams)|#[\w-]+)"
    r"|\b(?:posts?|posted|pings?|pinged|notif(?:y|ies|ied))\b(?![ \t]+(?:me|us)\b)"
    r"[^.;\n]{0,25}?(?:\b(?:slack|teams)|#[\w-]+)"
    # ("the DAG posts to Slack if it fails")
    r"\b[^.;\n]{0,15}?\b(?:when(?:ever)?|if)\b"
    # training-serving skew checked: "a job that checks the skew between training and
    # production features"
    r"|\b(?:training[ -]serving|train[ -]serve)[ \t]+skew\b"
    r"|\bskew[ \t]+between[ \t]+(?:the[ \t]+)?training[ \t]+and[ \t]+(?:production|serving|live)\b"
)


# Where the result was seen: "we watched the startup-time percentiles in Firebase
# Performance", "you can see it on the ServiceNow ageing report", "usage counted in the
# calculator's Plausible analytics", "the Play Console is where we saw it" (not what a
# product lets people see: "so clients can see their usage on the dashboard")
_SEEN_IN = re.compile(
    r"(?:(?<!can )(?<!could )(?<!to )(?<!will )(?<!they )(?<!users )(?<!customers )"
    r"\b(?:saw|seen|watched|rechecked|counted|plotted|read[ \t]+(?:it|them|weekly|daily|monthly|"
    r"off|out))\b"
    # "you can see it on the ServiceNow ageing report": the result, not what a product shows
    r"|\bsee[ \t]+(?:it|that|this|them)\b)"
    r"[^.;\n]{0,40}?\b(?:in|on|off|through|via|from)[ \t]+"
    r"(?:the[ \t]+|our[ \t]+|its[ \t]+|their[ \t]+)?(?:[\w&.'\u2019-]+[ \t]+){0,4}?"
    r"(?:report|reports|board|chart|charts|graph|panel|analytics|console|vitals|percentiles|"
    r"history|performance)\b"
    r"|\b(?:is|was|that'?s)[ \t]+where[ \t]+(?:we|i)[ \t]+(?:saw|see|read|checked|noticed)\b"
    r"|\b(?:rechecked|checked|re-checked)[ \t]+by[ \t]+(?:its|a|the|our)[ \t]+"
    r"(?:daily|weekly|nightly|monthly)\b"
)


def _watched(low: str) -> bool:
    """The slower checks: an SLA kept, a monitor, a measured metric, a source read."""
    if _READ_FROM_SOURCE.search(low) or _EVIDENCE.search(low) or _SEEN_IN.search(low):
        return True
    for match in _SLA.finditer(low):
        asked = _ASKED_BEFORE.search(low, max(0, match.start() - 40), match.start())
        if not asked and (
            _SLA_KEPT.match(low, match.end())
            or _SLA_KEPT_BEFORE.search(low, max(0, match.start() - 40), match.start())
        ):
            return True
    for match in _OBS_PLAIN.finditer(low):
        if not _false_friend(low, match.start(), match.end()):
            return True
    for match in _MONITOR.finditer(low):
        if (
            not _monitors_business(low, match.start(), match.end())
            and not _no_system_watched(low, match.start())
            and low[max(0, match.start() - 6) : match.start()] != "azure "  # a tool's name
            and not _sentence_holds(low, match.start(), _TOOLS_WEIGHED_SENTENCE)
            # "evaluated Arize, WhyLabs and Fiddler for drift monitoring"
            and not _weighed_or_firmware(low, match.start(), match.end(), match.group(0))
        ):
            return True
    for match in _OBSERVE_VERB.finditer(low):
        if _OFFLINE_BEFORE.search(low, max(0, match.start() - 20), match.start()):
            continue  # "offline I'd measure recall@5 on a labelled set": no system watched
        if _TRACKED_THING.search(low, max(0, match.start() - 20), match.start()):
            continue  # "the order-tracking dashboard": the business tracked, a product
        if match.group(0).startswith("monitor") and _monitors_business(
            low, match.start(), match.end()
        ):
            continue  # "by monitoring card usage of loyalty members": people watched
        if _METRIC_NOUN.match(low, match.end()) and not _BUSINESS_TRACKING.match(low, match.end()):
            return True
        if (
            match.group(0).startswith("measur")
            and _MEASURED_HOW.match(low, match.end())
            and not _MEASURED_OFFLINE.match(low, match.end())
        ):
            return True
    return False


# Phrases that are observability whatever surrounds them.
_OBS_PHRASES = re.compile(
    r"\b(?:anomaly[ -]detect(?:ion|ors?|ed)(?![ -](?:system|model|service|product|platform|"
    r"engine|tool|startup|company|research|paper|add-on|prototype|poc|library|package|"
    r"solution|offering)s?\b)|anomaly alerts?|anomaly checks?|"
    # uptime probes: "Uptime Kuma ping checks showed 97% of units online"
    r"uptime kuma|uptimerobot|pingdom|statuscake|(?:ping|uptime|heartbeat) checks?|"
    # "compared crash rate against the control group", "slow-query log", "log every run"
    r"(?:against|versus|vs\.?|with) (?:the |a )?control (?:group|arm|cohort)|"
    # "checked against the retention team's untouched control group", "compared with the
    # control site"
    r"(?:checked|compared|measured|read|tested) (?:against|with) (?:the |a )?"
    r"(?:[\w'\u2019-]+ ){0,3}?control (?:group|arm|cohort|site|stores?|clinics?|region)s?\b|"
    # "up about 18% compared against the control villages", "vs the 3 control cells", "across
    # 24 stores vs 24 control"
    r"(?:vs\.?|versus|against) (?:the )?(?:\d+ )?control(?: (?:group|arm|cohort|sites?|cells?|"
    r"villages?|stores?|clinics?|regions?|branches|districts|schools|plants|lines|markets))?\b|"
    # a board or report read on a schedule: "compared on a Looker board the ops lead and I
    # go through every Thursday", "in a Power BI report I go through with the ops team"
    r"(?:board|report|dashboard) (?:that )?(?:the [\w-]+(?: [\w-]+)? and i|i|we) "
    r"(?:go through|review|check|read|look at)\b|"
    # ("on the FinOps board that the platform team goes through every Monday")
    r"(?:board|report|dashboard) (?:that |which )?the [\w-]+(?: [\w-]+)? (?:team|squad|leads?|ops) "
    r"(?:goes through|go through|reviews?|checks?|reads?) (?:every|each|weekly|daily|monthly)\b|"
    r"per (?:the|our) (?:[\w-]+ ){1,3}board\b|"
    # where a result was read: "per the ticket-time report in ServiceNow"
    r"(?:as )?per (?:the|our) (?:[\w-]+ ){0,3}?(?:report|dashboard|logs?|metrics|analytics|"
    r"telemetry|data|samples?)\b|"
    r"slow[- ]query logs?|pg_stat_statements|"
    # a source in brackets, read before and after: "(Clockify report, 3 months before vs after)"
    r"(?<=\()(?:the )?(?:[\w&'-]+ ){0,3}?(?:report|reports|timesheets?|worklogs?|logs?|analytics|"
    r"dashboard|board)\b,? [^)\n]{0,50}?\b(?:before|after|vs\.?|versus)\b|"
    # a report named with "per", read before and after: "per SAP PM downtime report 6
    # months before/after"
    r"per (?:[\w&'-]+ ){1,4}?(?:report|reports|logs?|dashboard)\b[^.;\n]{0,40}?\b(?:before|"
    r"after)\b|"
    # a twin kept as the control: "compared against the twin machine without the model"
    r"(?:against|versus|vs\.?|with) (?:the |a |its )?(?:twin|sister|identical|untouched|untreated|"
    r"matched) (?:[\w-]+ )?(?:machine|line|site|plant|store|press|cell|unit|group|region)s?\b|"
    # a tool the thing was tracked in, told first: "set up funnel step timing in Amplitude
    # to track it"
    r"\b(?:in|on|via|with) (?:amplitude|mixpanel|posthog|heap|statsig|speedcurve|datadog|grafana|"
    r"sentry|new relic) to (?:track|watch|monitor|measure|follow)\b|"
    # alerts that stayed quiet after the work: "price-mismatch alerts stayed quiet all quarter"
    r"\balerts? (?:stayed|stay|have stayed|were|have been|remained) (?:quiet|silent|green)\b|"
    # a record that showed the result: "the Jira time-tracking report showed about thirty
    # DS-hours a week saved", "the time-tracking data shows about six"
    # ("the dashboard shows sales per store" is what a product shows)
    r"(?:report|time[- ]tracking data|timesheet data) (?:showed|shows)\b|"
    # a result checked against what really happened: "we check it every month against the
    # maintenance work orders", "predictions were logged next to the actual failures", "we
    # log production predictions so we can compare them with what the farmers actually
    # harvested"
    r"(?:check|compar|validat|verif)\w*[^.;\n]{0,40}\bagainst (?:the )?(?:[\w-]+ ){0,3}?"
    r"(?:work orders|actuals?|invoices|ground truth|outcomes)\b|"
    r"log(?:ged|s|ging)?\b[^.;\n]{0,50}\b(?:next to|against|alongside|compare\w*)\b[^.;\n]{0,50}"
    r"\bactual(?:ly|s)?\b|"
    # measured in production: "the new model's AUC on live traffic was 0.88"
    r"on live traffic|"
    # a panel watched: "we had the p95 panel on the wall screen and everybody was watching
    # it", "each wave only goes if the error-rate panels for the previous wave stay flat"
    r"(?:error[- ]rate|latency|p9\d|throughput|lag) (?:panels?|graphs?|charts?)\b|"
    r"(?:track|log|compar|watch|monitor|record|plott?)\w*[^.;\n]{0,60}\b(?:mlflow|wandb|w&b|"
    # (COMET the translation metric: "compared BLEU, chrF and COMET as evaluation metrics")
    r"weights (?:&|and) biases|tensorboard|comet(?! as\b| scores?\b| metrics?\b| of\b)|neptune)|"
    # ("the W&B step-time charts": a word or two may name what is charted)
    r"(?:mlflow|wandb|w&b|weights (?:&|and) biases|tensorboard) "
    r"(?:(?!(?:for|as|and|or|to|in|with)\b)[\w-]+ ){0,2}?"
    r"(?:experiments?|runs?|dashboards?|"
    r"tracking|sweeps?|reports?|charts?|panels?|projects?|workspaces?)|"
    r"(?:evals?|eval runs?|evaluation runs?|results)\b[^.;\n]{0,30}\bposts?\b[^.;\n]{0,12}"
    r"\b(?:to|in|into) (?:our |the |a )?(?:[\w-]+ )?slack|"
    r"(?:kept|keep|keeping|keeps) (?:an |a (?:close|careful|watchful) )eye on"
    r"(?! (?:the |our |my |their )?(?:budget|project|plan|schedule|timeline|team|contractors?|"
    r"timesheets?|progress|deadlines?|costs?|spend|interns?|kids|competition|market)\b)|"
    r"eyeball\w*|"
    r"mean time to (?:recover\w*|detect\w*|resol\w*|acknowledg\w*|repair)|"
    r"(?:gets?|got|was|were|is|be|being) paged|dark[- ]launch\w*|traffic mirroring|"
    r"mirror(?:ed|ing) (?:production |prod |live )?traffic|"
    r"shadow(?:ed|ing) (?:the )?(?:production|prod|live)|"
    r"(?:ran|run|running|compared?|comparing)\b[^.;\n]{0,40}\bside[- ]by[- ]side|"
    r"(?:dual|parallel)[- ]run|\d+(?:\.\d+)?%\+?\*{0,2} parity|"
    r"parity (?:checks?|tests?|testing|validation|rate)|"
    # ("compared to prod", "diffing outputs with prod")
    r"(?:compar(?:ed|ing|es)|diff(?:ed|ing|s)?)\b[^.;\n]{0,50}\b(?:with|against|to) (?:the )?"
    r"(?:production|prod|live)\b|"
    r"side[- ]by[- ]side (?:with|against) (?:the )?(?:production|prod|live|old|legacy|current)|"
    r"shadow[- ](?:ran|run|running|tested|testing|scored|scoring|deployed|compared)\b[^.;\n]{0,60}"
    r"\b(?:against|alongside|next to|beside) (?:the |our )?[\w.-]+|"
    r"(?:watch|track|monitor|follow|measur|check|open|review|compar|pull|split|segment|slic|"
    r"filter|broke down|queried)\w*[^.;\n]{0,60}\b(?:in|on|"
    r"via|with|using|through|from) (?:the )?(?:amplitude|mixpanel|posthog|heap analytics|"
    r"google analytics|ga4|looker|metabase|"
    r"superset|tableau|statsig|optimizely|launchdarkly|eppo)|"
    r"(?:evidently|tempo)(?= (?:ai|reports?|dashboards?|profiles?|test suites?|monitors?|"
    r"checks?|jobs?|traces?|spans?)\b)|"
    r"(?:(?<=with )|(?<=sing )|(?<=into )|(?<=via )|(?<=used )|(?<=dded )|(?<= in ))"
    r"(?:evidently|tempo)|"
    r"\b(?:runs?|experiments?|sweeps?|loss curves?|metrics?|scorecards?|eval results?)\b"
    r"[^.;\n]{0,40}\b(?:in|to|into|on) "
    r"(?:mlflow|wandb|w&b|weights (?:&|and) biases|tensorboard)|"
    r"eye on (?:p\d\d|the (?:dashboards?|metrics?|graphs?))|"
    r"(?:exporters?|instrumentation|probes?)\b[^.;\n]{0,30}\bfor (?:visibility|insight) into|"
    # "Weights & Biases for every training run", "set up MLflow so every training run ..."
    # ("MLflow for experiment tracking" alone is a tool picked, as in a list of tools)
    r"(?:mlflow|wandb|w&b|weights (?:&|and) biases|tensorboard)\b[^.;\n]{0,30}\b(?:(?:for|on|so) "
    r"(?:every|each|all) (?:[\w-]+ ){0,2}?(?:runs?|experiments?|models?|jobs?|retrains?)\b)|"
    r"(?:mlflow|wandb|w&b|weights (?:&|and) biases|tensorboard)[- ](?:tracked|tracks|tracking|"
    r"logged|logs)\b|(?:mlflow|wandb|w&b|weights (?:&|and) biases|tensorboard)\b[^.;\n]{0,20}"
    r"\bto (?:track|log|compare)\b|"
    r"\b(?:evals?|eval (?:sets?|suites?)|suites?|judges?)\b[^.;\n]{0,40}\b(?:before|on|after) "
    r"(?:every|each) (?:deploy|release|merge|commit|pr|pull request|prompt change|change|build)|"
    r"(?:every|each) (?:prompt )?change is (?:scored|evaluated|judged)|"
    r"\b(?:latency|latencies|cost|costs|error rates?|judge scores?|scores|p\d\d|throughput)\b"
    r"[^.;\n]{0,20}\b(?:tracked|monitored|watched|logged)\b|"
    r"(?:mlflow|wandb|w&b|weights (?:&|and) biases|tensorboard)\b[^.;\n]{0,20}\b(?:tracked|"
    r"logged|compared)\b|"
    r"\bwe (?:track|monitor|watch|review)\w* (?:it |them |that )?(?:weekly|daily|hourly|nightly|"
    r"monthly|every)\b|"
    r"\b(?:run|runs|ran|running|scored|evaluated|judged|checked) on (?:every|each) "
    r"(?:[\w-]+ ){0,2}?(?:deploy|release|merge|commit|pr|pull request|change|build)|"
    r"\bevals?\b[^.;\n]{0,20}\bin ci\b|online (?:evaluators?|evals?|evaluation)\b|"
    r"\bcompar\w* (?:it |them )?against the (?:previous|old|current|last) "
    r"(?:one|version|model|prompt)|"
    r"\beval(?:uation)? (?:suite|set|job|harness|gate)s?\b[^.;\n]{0,60}(?:\b(?:in|into) ci\b|"
    r"\b(?:gat\w*|block\w*|fails?) (?:every |each |the |any )?(?:merge|release|deploy|pr|build|"
    r"prompt change)s?\b)|"
    r"shadow(?:ed|ing)\b[^.;\n]{0,40}\b(?:against|alongside|with) (?:the )?"
    # ("We shadowed the model against the human reviewers for three weeks")
    r"(?:production|prod|live|human (?:reviewers|raters|moderators|analysts|decisions|labels)|"
    r"(?:reviewers|moderators|analysts)(?:'|\u2019)? decisions)\b|"
    # the new one against the old on live input: "shadowed the Rust pricer against the C++
    # one on production quotes for 3 weeks"
    r"shadow(?:ed|ing)\b[^.;\n]{0,40}\bagainst (?:the |our )?(?:[\w+#-]+ ){0,2}?(?:one|version|"
    r"model|service|system|engine|pricer)\b[^.;\n]{0,12}\bon (?:[\w-]+ )?(?:production|prod|live|"
    r"real)\b|"
    # a nightly score sent where it is read: "nightly WER on the held-out set goes to MLflow
    # and Slack"
    r"\b(?:nightly|daily|hourly|weekly)\b[^.;\n]{0,40}\b(?:goes|go|is posted|are posted|posts|"
    r"posted|lands?|is sent|are sent) (?:to|in|into) (?:mlflow|wandb|w&b|weights (?:&|and) biases|"
    r"tensorboard|slack|grafana|datadog|teams)\b|"
    r"(?:every|each) (?:[\w-]+ ){0,4}?(?:decision|prediction|request|call|answer|match|score|"
    r"suggestion|generation|response|prompt/response|completion|output)s? "
    r"(?:is |are |was |were |gets? )?logged|"
    r"(?:judge|eval) scores? on (?:every|each)|"
    r"in parallel with (?:the )?(?:old|legacy|existing|current|production|prod)\b|"
    r"compared (?:\w+ ){0,2}outputs? (?:row by row|against|with)|"
    r"samples? of logged|logged (?:calls|conversations|transcripts|sessions)|"
    r"(?:tracked|watched|monitored|followed|reviewed) on (?:a|the|our) (?:[\w'-]+ ){0,3}board\b|"
    r"\blog (?:it |them )?(?:on|for) (?:every|each)\b|"
    r"(?:amplitude|mixpanel|posthog|heap|statsig|zendesk|looker|metabase) (?:funnels?|cohorts?|"
    r"charts?|panels?|time-tracking report)|"
    r"(?:funnel|cohort chart|adoption panel|retention chart) in (?:amplitude|mixpanel|posthog|"
    r"heap|statsig)|"
    r"\bdiff(?:ed|ing) (?:every|each|all(?: the)?) [\w-]+|"
    r"(?:daily|nightly|weekly) comparison (?:job|run|report)s?|"
    r"\b(?:we|i) (?:chart|plot|graph|track)\w* (?:the |our )?(?:[\w-]+ ){1,3}?(?:weekly|daily|"
    r"hourly|nightly|monthly|every (?:day|week|month|morning))\b|"
    r"siem(?! (?:team|teams|vendor|project|migration))|"
    r"error[ -]budgets?|burn[ -]rates?|incident (?:response|review|reviews|commander)"
    r"(?! (?:documentation|docs|handbook|guide|training|policy|plan|process))|"
    r"time[- ]to[- ](?:detect\w*|recover\w*|resol\w*|mitigat\w*)|incident\.io|firehydrant|"
    r"rootly|otlp|statsd|pyroscope|icinga|victoriametrics|superwise|trulens|openllmetry|"
    r"new relic|sumo logic|logz\.io|fluent bit|elk stack|elastic apm|great expectations|"
    r"soda (?:core|checks?)|data quality (?:checks?|monitors?|alerts?|tests?)|freshness checks?|"
    r"monte carlo (?:monitors?|alerts?|data)|(?:error|exception|crash) (?:tracking|reporting)|"
    r"braintrust|portkey|"
    r"alibi detect|champion[- /\u2013]challenger|interleav\w*|"
    # "a proper randomised comparison", "weekly back-test vs actual repayments"
    r"randomi[sz]ed (?:comparison|trial|controlled trial|test)|"
    r"back-?tests? (?:vs\.?|against|versus) (?:the )?actuals?|"
    # "Pages when p95 on the callback exceeds 2 s"
    r"pages? (?:the on-?call |me |us |the (?:team|squad|rota|owner|on-?call lead) |fire |"
    r"go out )?(?:when|if)\b|"
    r"(?:alerts?|pages?) (?:fire|fires|go off|goes off|trigger|triggers) (?:when|if)\b|"
    r"(?:evals?|evaluations?|benchmarks?|golden[- ]sets?)\b[^.;\n]{0,30}\b(?:nightly|hourly|"
    r"continuous\w*|on each)|(?:nightly|daily|continuous|automated|online) (?:evals?|"
    r"evaluations?|regression tests?|benchmarks?)|(?:liveness|readiness) probes?|heartbeats?|"
    r"watchdogs?|auto-?rollbacks?|automatic rollbacks?|rolled back automatically|"
    r"(?:reviewed|checked|sampled|inspected|spot-checked|audited)[^.;\n]{0,30}\b(?:a|per|each|"
    r"every) (?:day|week|month|sprint|release|deploy)|"
    r"status page|uptime (?:checks?|monitor\w*|robot)|real[- ]user monitoring|"
    # a measured availability over a period: "99.99% uptime for the quarter"
    r"\d+(?:\.\d+)?% (?:uptime|availability) (?:for|over|across|during|through(?:out)?) "
    r"(?:the |each |every |a )?(?:whole |full |entire )?(?:quarter|year|month|contract|"
    r"period|season|migration|launch)|"
    # a lab tool that measured the result: "according to PageSpeed", "measured with Lighthouse"
    r"(?:according to|measured (?:with|by|in|using|on)|per|in|via|using) (?:google )?"
    r"(?:pagespeed|lighthouse|webpagetest)|"
    r"(?:evals?|evaluations?|golden[- ]sets?|regression (?:tests?|suites?))\b[^.;\n]{0,40}"
    r"\bon every (?:deploy|release|merge|commit|pr|pull request|change|build)|"
    r"posts? (?:regressions|alerts|failures|results) (?:to|in|into) slack|"
    r"compared? (?:it |its |their )?(?:outputs?|results?|predictions?|scores?|answers?)? ?"
    r"(?:with|against|to) (?:the )?production)\b"
)


# An SLA is watched when it was kept, met, breached or reported ("kept a 99.9% SLA over
# 2023"); an SLA asked for is a requirement ("asked for a sub-100ms SLA").
_SLA = re.compile(r"\bslas?\b")
_ASKED_BEFORE = re.compile(
    r"\b(?:asked|wanted|requested|required|requires?|need\w*|promised|target\w*|goal)\b"
    r"[^.;\n]{0,30}$"
)
_SLA_KEPT = re.compile(
    r"(?:[^.;\n]|\.(?=\d)){0,60}?\b(?:kept|held|met|breach\w*|report\w*|track\w*|review\w*|"
    r"over \d|burn\w*|dashboards?|compliance|averag\w*)\b"
)


_SLA_KEPT_BEFORE = re.compile(
    r"\b(?:kept|keep\w*|held|hold\w*|met|hit|within|track\w*|report\w*|monitor\w*|breach\w*|"
    r"honou?r\w*|maintain\w*|achiev\w*|sustain\w*|ensur\w*|guarantee\w*|miss\w*)\b"
    r"(?:[^.;\n]|\.(?=\d)){0,40}$"
)


# A dashboard, report or metric that is the thing built, not the way an outcome was
# watched: "built a sales dashboard", "sped up the dashboard queries", "the metrics layer".
_BUILD_BEFORE = re.compile(
    # ("build-time" and Buildkite are no verbs)
    r"\b(?:buil[dt](?![- ]time|kite)\w*|creat\w*|design\w*|deliver\w*|develop\w*|made|mak\w*|"
    r"shipp?\w*|"
    r"sped|speed\w*|migrat\w*|rebuil\w*|redesign\w*|publish\w*|produced|producing|automat\w*|"
    r"replac\w*|optimi[sz]\w*|tun(?:ed|ing)|defin\w*|wr[io]te|writ\w*|prepar\w*|compil\w*|"
    r"generat\w*|maintain\w*|owned|own|led|lead\w*|sent|send\w*|email\w*|present\w*|"
    r"shar(?:ed|ing)|cho(?:se|sen|osing)|pick(?:ed|ing)|select(?:ed|ing)|agreed|improv\w*|"
    r"boost\w*|increas\w*|re-?engineer\w*|refactor\w*|display\w*|visuali[sz]\w*|"
    # ("Construcción de dashboards ejecutivos", "desenvolvimento de painéis e dashboards")
    r"construcci[o\u00f3]n|constru[c\u00e7][a\u00e3]o|desarrollo|desenvolvimento|"
    r"creaci[o\u00f3]n|cria[c\u00e7][a\u00e3]o)\b"
    r"[^.;:\n]{0,40}$"
    # "sped up the queries behind the retention-cohort dashboard"
    # ("insightful data for powering dashboards")
    r"|\b(?:queries|query|sql|etl|models?|data|tables?)[ \t]+(?:for[ \t]+)?"
    r"(?:behind|feeding|powering)[ \t]+"
    r"(?:the[ \t]+|our[ \t]+)?(?:[\w-]+[ \t]+){0,2}?$"
)
_BUSINESS_BEFORE = re.compile(
    r"\b(?:sales|executive|exec|finance|financial|marketing|kpi|bi|revenue|management|board|"
    r"regional|p&l|tableau|looker|power ?bi|excel|e-?commerce|customer-facing|client|reporting|"
    r"business|"
    r"hr|operations|leadership|self-serve|(?<!release )(?<!ci )(?<!build )(?<!deploy )pipeline|"
    r"north[- ]star|growth|engagement|admin|"
    r"social[- ]listening|brand|"
    r"okr|investor|customer|sales-team|teacher|student|parent|principal|school|tutor|merchant|"
    r"seller|advertiser|cfo|ceo|coo|"
    # the front end it was built in: "React dashboards", "a Streamlit dashboard"
    r"react|vue|angular|svelte|streamlit|flutter|next\.?js|front-?end)(?:[ -]+\w+){0,2}[ -]+$"
)
# Whom a dashboard was made for, people who read the business: "a dashboard for the school
# directors", "for 12 service managers", "for, um, fifteen clinical directors", or the
# places that use it: "dengue dashboards for 36 districts"
_FOR_PEOPLE = (
    r"[ \t]+for,?[ \t]+(?:[\w,~+'\u2019-]+[ \t]+){0,4}?(?:directors|principals|"
    r"teachers|tutors|parents|students|doctors|nurses|clinicians|supervisors|dispatchers|"
    r"editors|merchants|sellers|advertisers|agents|brokers|dealers|franchisees|managers|"
    r"executives|planners|buyers|growers|farmers|inspectors|officers|admins|administrators|"
    r"coordinators|caseworkers|owners|cfo|ceo|coo|clients|customers|tenants|"
    # ("for the risk analysts", "for 12 team leads", "for wealth RMs", "for the traders and
    # the desk heads", "for the Taipei finance team", "for the Directorate in Ankara")
    r"analysts|leads|advis[eo]rs|rms|traders|heads|accountants|recruiters|directorate|"
    r"ministry|(?:finance|sales|marketing|hr|legal|compliance|risk|treasury|"
    r"procurement|editorial|newsroom)[ \t]+(?:team|teams|people|staff|department)|"
    # ("a performance dashboard for 22 councils", "one OEE dashboard for all 7 plants")
    r"districts|provinces|regions|municipalities|counties|schools|branches|stores|clinics|"
    r"councils|plants|mills|farms|ministries|departments)\b"
)
_FOR_PEOPLE_AFTER = re.compile(_FOR_PEOPLE)
_PRODUCT_AFTER = re.compile(
    r"[ -]*(?:-free|queries|query|layer|layers|definitions?|stores?|catalogu?es?|semantic|"
    r"trees?|dictionar\w*|glossar\w*|tool|tools|product|explores?|workbooks?|pages?|apps?|"
    r"redesign|rewrite|migration|ui|ux|front-?end|feature|project|component|library|widgets?|"
    # ("Dashboard refreshes went from daily to hourly", "Dashboards used to refresh")
    r"development|developer|designer|automation|refresh(?:es|ed|ing)?|(?:used[ \t]+to[ \t]+)?"
    r"refresh|subscriptions?|jobs?|pipelines?|tables?|"
    r"computation|code|sdk|etl|prep|preparation|prepping|generation|rendering|"
    r"load(?:s|ed|ing)?)\b"
    r"|[^.;\n]{0,30}\b(?:was used|were used|used(?:[ \t]+(?:daily|weekly|every[ \t]+day))?"
    r"[ \t]+by|adopted|replaced|rolled out to|went live|is live|launched)\b"
    # people who use it: "... and now 30 country staff use it", "is what the duty
    # managers stare at all day"
    r"|[^.;\n]{0,60}?\b(?:use|uses|open|opens|rely[ \t]+on|relies[ \t]+on)[ \t]+it\b"
    r"|[ \t]+(?:is|was)[ \t]+what[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){1,3}?"
    r"(?:use|uses|stare|stares|look|looks|open|opens|check|checks)\b"
    # dashboards a data scientist delivers, told in Spanish or Portuguese or by their design:
    # "dashboards ejecutivos en Power BI", "Dashboards Looker para indicadores de ventas",
    # "Dashboard design focused on storytelling", "Dashboards: delivering actionable KPIs"
    r"|(?:[ \t]+(?:power[ \t]?bi|looker|tableau|qlik|metabase))?[ \t]+(?:ejecutivos?|"
    r"estrat[e\u00e9]gicos?|gerenciais|operacionais|para|de[ \t]+(?:vendas|ventas|kpis?|"
    r"indicadores|gesti[o\u00f3]n|gest[a\u00e3]o))\b"
    r"|[ \t]+(?:design|modell?ing|storytelling)\b"
    r"|[ \t]*:[ \t]*(?:delivering|designing|design|development|building|built)\b"
    r"|[^.;\n]{0,60}\bto[ \t]+(?:the[ \t]+)?(?:stakeholders|leadership|executives|management|"
    r"the business|clients?|customers)\b"
    # ("dashboards for reporting")
    r"|[ \t]+for[ \t]+(?:the[ \t]+)?(?:leadership|executives?|exec|management|board|finance|"
    r"sales|revenue|marketing|campaigns?|kpis?|reporting)\b"
    # whom it was made for (_FOR_PEOPLE), or what it was built in: "built in Vue"
    + "|"
    + _FOR_PEOPLE
    + r"|[ \t]+in[ \t]+(?:vue|react|angular|svelte|flutter|streamlit|laravel|django)\b"
    # its features: "a dashboard with a margin slider and CSV export"
    r"|[ \t]+with[ \t]+(?:[\w-]+[ \t]+){0,4}?(?:sliders?|filters?|drill-?downs?|toggles?|"
    r"dropdowns?|(?:csv|pdf|excel)[ \t]+exports?|maps?|date[ \t]+pickers?)\b"
    # what it shows and who opens it: "a dashboard that shows attendance per school", "is
    # opened by 40 account managers each week"
    r"|[ \t]+(?:that|which)[ \t]+(?:shows|lists|displays|gives|tells)\b"
    r"(?![^.;\n]{0,40}\bmetrics?\b)"  # ("a dashboard that shows every evaluation metric")
    r"|[^.;\n]{0,30}\bopened[ \t]+by\b"
    # what people do with it: "Kibana dashboards so the QA team can browse test logs"
    r"|[ \t]+so[ \t]+(?:that[ \t]+)?(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?(?:can|could)[ \t]+"
    r"(?:browse|explore|search|find|filter|slice|compare|plan|prepare)\b"
    # "the 50+ PowerBI dashboards developed as part of the project"
    r"|[ \t]+(?:developed|built|created|designed|delivered)[ \t]+(?:as[ \t]+part|for[ \t]+the)\b"
    # "the dashboard I built for the merchandising team"
    r"|[ \t]+(?:that[ \t]+|which[ \t]+)?(?:i|we)[ \t]+(?:built|made|created|designed|"
    r"developed|shipped|delivered)[ \t]+for\b"
)
_SYSTEM_SIGNAL = re.compile(
    r"\b(?:latenc\w*|errors?|error rates?|p\d\d|slos?|slis?|uptime|availability|drift\w*|"
    # a system's health, not the health sector ("the regional health operations team")
    r"alerts?|alerting|monitor\w*|(?<!public )(?<!regional )(?<!county )(?<!provincial )"
    r"(?<!mental )(?<!patient )(?<!digital )(?<!community )health(?![ \t-]+(?:operations|"
    r"officers?|ministry|board|boards|care|sector|authority|department|service|services|"
    r"insurance|records?|workers?|system|systems|tech|data|trusts?)\b)|incidents?|on-?call|"
    r"throughput|queue|lag|freshness|"
    r"grafana|datadog|prometheus|kibana|cloudwatch|model (?:performance|quality|metrics)|noc|"
    r"endpoints?|pods?|microservices?|servers?|"
    r"accuracy|precision|recall|regressions?|failures?|saturation|memory|cpu|gpu|watch\w*|"
    # (a clinic's, a ward's or a theatre's capacity is the business)
    # (an advertiser's spend is the business: "campaign and ad group spend")
    r"costs?|(?<!ad )(?<!group )(?<!media )(?<!marketing )(?<!campaign )spend|billing|usage|"
    r"utili[sz]ation|"
    r"(?<!clinic-)(?<!clinic )(?<!bed )(?<!theatre )(?<!ward )capacity|quotas?)\b"
)


def _sentence(low: str, at: int) -> tuple[int, int]:
    left = max(low.rfind(". ", 0, at), low.rfind("\n", 0, at), low.rfind(";", 0, at)) + 1
    right_candidates = [
        i for i in (low.find(". ", at), low.find("\n", at), low.find(";", at)) if i != -1
    ]
    return left, min(right_candidates) if right_candidates else len(low)


def _monitors_business(low: str, start: int, end: int) -> bool:
    """The monitoring word at [start, end) watches people, the business or a product's
    subject ("monitored the interns", "a patient monitoring app"), not a running system."""
    return bool(
        _MONITOR_FALSE.match(low, end)
        or _MONITOR_PRODUCT.search(low, max(0, start - 24), start)
        # "experience with monitoring tools (Nagios, Zabbix)": a skill claimed
        or _SKILL_BEFORE.search(low, max(0, start - 80), start)
        # "mentorship ... on Kubernetes and monitoring", "documentation on ... monitoring
        # practices": a topic taught or written about
        or _TOPIC_BEFORE.search(low, max(0, start - 100), start)
    )


def _signals_system(context: str) -> bool:
    """A word of a running system in the context; watching the business ("to monitor
    sales performance", "program monitoring") is not one."""
    for match in _SYSTEM_SIGNAL.finditer(context):
        if match.group(0).startswith(("monitor", "watch")) and (
            _monitors_business(context, match.start(), match.end())
            or _BUSINESS_TRACKING.match(context, match.end())
        ):
            continue
        return True
    return False


# Where a result was read: "per the ticket-time report in ServiceNow", "according to the
# opt-in usage telemetry"
_KNOWN_FROM_BEFORE = re.compile(
    r"\b(?:(?:as[ \t]+)?per[ \t]+(?:the|our)|according[ \t]+to(?:[ \t]+(?:the|our))?)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}$"
)


# People who open it as their tool: "25 relationship managers open the credit-limit
# dashboard every morning"
_OPENED_BY_PEOPLE_BEFORE = re.compile(
    r"\b(?:managers|directors|analysts|staff|agents|leads|executives|officers|planners|users|"
    r"members|people|supervisors)[ \t]+(?:now[ \t]+|all[ \t]+)?(?:open|opens|use|uses|check|"
    r"checks|read|reads|look[ \t]+at)[ \t]+(?:the[ \t]+|our[ \t]+|a[ \t]+)?(?:[\w-]+[ \t]+){0,3}?$"
)


# People of the business who read it, told after it, whatever it shows: "used daily by 250
# dispatchers", "40 account managers open it every week", "the CEO opens in every board
# meeting", "so finance can see spend per team", "sold to 11 wind-farm operators" (not
# the people who watch systems: "the on-call engineers open it every morning")
_BUSINESS_READERS = (
    # (not operators, agents or engineers, who may watch systems: "used by 12 NOC operators")
    r"(?:dispatchers|managers|officials|officers|offices|customers|clients|analysts|"
    r"directors|executives|inspectors|planners|underwriters|merchants|sellers|teachers|"
    r"principals|workspaces|accountants|traders|buyers|staff|ceo|cfo|coo|board|finance|"
    r"sales|marketing)"
)
_READ_BY_PEOPLE_AFTER = re.compile(
    # (sold to anyone: "sold to 11 wind-farm operators")
    r"[^.;\n]{0,80}?\bsold[ \t]+to\b"
    r"|[^.;\n]{0,80}?(?:\b(?:used|opened|read)(?:[ \t]+(?:daily|weekly|every[ \t]+\w+))?[ \t]+by"
    r"|\b\d[\d,]*\+?%?[ \t]+of)[ \t]+(?:about[ \t]+|over[ \t]+|~[ \t]*)?"
    r"(?:\d[\d,]*\+?[ \t]+)?(?:[\w-]+[ \t]+){0,2}?" + _BUSINESS_READERS + r"\b"
    r"|[^.;\n]{0,60}?\b\d[\d,]*\+?[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    + _BUSINESS_READERS
    + r"[ \t]+(?:now[ \t]+)?(?:open|opens|check|checks|use|uses|read|reads)[ \t]+(?:it|them)\b"
    r"|[ \t]+(?:that[ \t]+)?(?:the|our)[ \t]+"
    + _BUSINESS_READERS
    + r"[ \t]+(?:opens?|sees?|reads?|checks?)\b"
    r"|[^.;\n]{0,40}?\bso[ \t]+(?:the[ \t]+)?"
    + _BUSINESS_READERS
    + r"(?:[ \t]+team)?[ \t]+can[ \t]+see\b"
)


# What a dashboard shows, when people are named after it: "dashboard of limit utilisation
# for the HK desk heads"
_OF_WHAT = re.compile(r"[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,3}?[\w-]+(?=[ \t]+for\b)")


def _is_product(low: str, start: int, end: int, *, tools_read: bool = True) -> bool:
    """A dashboard, report or metric that is the product built or tuned. With
    ``tools_read=False`` a monitoring tool's name in the sentence is no sign of a running
    system (the dashboard is made in it)."""
    left, right = _sentence(low, start)
    if _KNOWN_FROM_BEFORE.search(low, max(left, start - 40), start):
        return False  # "per the ticket-time report": where the result was read
    shown = _OF_WHAT.match(low, end)
    if _FOR_PEOPLE_AFTER.match(low, end if shown is None else shown.end()) or (
        _READ_BY_PEOPLE_AFTER.match(low, end, right)
    ):
        # made for people who read the business, whatever it shows ("a usage dashboard
        # for our customers' admins: API calls, seats and spend")
        return True
    context = low[left:start] + " " + low[end:right]
    if not tools_read:
        context = _DASHBOARD_TOOLS.sub(" ", context)
    if _signals_system(context):
        return False
    return bool(
        _PRODUCT_AFTER.match(low, end)
        or _OPENED_BY_PEOPLE_BEFORE.search(low, max(left, start - 70), start)
        or _BUSINESS_BEFORE.search(low, max(left, start - 40), start)
        or _BUILD_BEFORE.search(low, max(left, start - 50), start)
    )


# The answer says its dashboards are the thing made: "the product here is basically a
# dashboard for fleet managers", "my main project was the recruiting funnel dashboard",
# "the dashboards are the product here"
_PRODUCT_DECLARED = re.compile(
    # ("the deliverable for the ops team is a dashboard", "my main project at the bank was
    # the credit-risk dashboard")
    # ("The brief is a performance dashboard for 22 councils")
    r"\b(?:product|project|ask|deliverable|brief)s?[ \t]+(?:here[ \t]+)?"
    r"(?:(?:for|at|in|on)[ \t]+(?:[\w&'-]+[ \t]+){0,3}?[\w&'-]+[ \t]+)?(?:is|was|are|were)[ \t]+"
    r"(?:basically[ \t]+|really[ \t]+|mostly[ \t]+|just[ \t]+)?(?:(?:a|an|the)[ \t]+)?"
    r"(?:set[ \t]+of[ \t]+)?(?:[\w&'-]+[ \t]+){0,4}?(?:dashboards?|reports?)\b"
    r"|\b(?:dashboards?|reports?)[ \t]+(?:is|are)[ \t]+the[ \t]+product\b"
    # "so this is a sales analytics dashboard for regional managers", "what the sellers
    # want is a metrics dashboard", "the product here is the dashboard itself"
    r"|\b(?:this|it)[ \t]+is[ \t]+(?:basically[ \t]+)?(?:a|an)[ \t]+(?:[\w&'-]+[ \t]+){0,3}?"
    r"dashboard\b"
    r"|\bwhat[ \t]+(?:the[ \t]+)?[\w-]+[ \t]+wants?[ \t]+is[ \t]+(?:a|an)[ \t]+"
    r"(?:[\w&'-]+[ \t]+){0,3}?dashboards?\b"
    r"|\bthe[ \t]+dashboard[ \t]+itself\b"
    # "This is a reporting product for the grid operator's control room"
    r"|\b(?:this|it)[ \t]+is[ \t]+(?:basically[ \t]+)?(?:a|an)[ \t]+(?:[\w&'-]+[ \t]+)?"
    r"(?:reporting|analytics|bi|dashboard)[ \t]+(?:product|platform|portal|tool)\b"
    # a design question that asks for one: "Design a harvest dashboard for cane growers"
    r"|(?:^|[.:;\n][ \t]*)design[ \t]+(?:a|an)[ \t]+(?:[\w&'-]+[ \t]+){0,3}?dashboard\b"
)


def _declared_product(low: str, start: int, end: int) -> bool:
    """A dashboard in an answer that calls its dashboards the product, with no word of a
    running system in its sentence."""
    if _PRODUCT_DECLARED.search(low) is None:
        return False
    left, right = _sentence(low, start)
    return not _signals_system(low[left:start] + " " + low[end:right])


# Logs as data: "3 PB of logs", "parsed web server logs to build features".
_LOGS_AS_DATA_BEFORE = re.compile(
    # ("trained on about three years of pressure logs")
    r"(?:\btrain(?:ed|ing)?[ \t]+on[ \t]+[^.;\n]{0,40}$"
    # ("about two million rows of call logs")
    r"|\b(?:years?|months?|rows)[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,2}$"
    r"|\b(?:pb|tb|gb|petabytes?|terabytes?|gigabytes?|billions?|millions?)"
    r"(?:[ \t]+(?:a|per)[ \t]+(?:day|hour|week|month))?[ \t]+of[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}$|\b(?:pars\w*|process\w*|ingest\w*|crawl\w*|scrap\w*|collect\w*|"
    # ("boils customer router logs down to a 1-page brief")
    r"stor(?:e|ed|ing)|compress\w*|archiv\w*|join(?:ed|ing)|merg(?:ed|ing)|boil\w*|"
    r"summari[sz]\w*|condens\w*)[ \t]+"
    # "parsed ~2 TB of raw match-server logs": the last word may be the first half of one
    r"(?:\S+[ \t]+){0,5}(?:\w+-)?$)"
)
# Logs cut for cost: "dropping debug logs at the forwarder"
_LOGS_DROPPED_BEFORE = re.compile(
    r"\b(?:dropp\w*|drop|sampl\w*|filter\w*|trimm\w*|exclud\w*|(?:turn|switch)\w*[ \t]+off|"
    r"disabl\w*)"
    # "dropped debug and info logs", "turning off debug logging"
    r"[ \t]+(?:(?!(?:from|of|in|on|across)\b)[\w-]+[ \t]+){0,3}?$"
)
_LOGS_MOVED_BEFORE = re.compile(
    r"\b(?:mov\w*|migrat\w*|shift\w*)[ \t]+(?:the[ \t]+|our[ \t]+|all[ \t]+(?:the[ \t]+)?)?$"
)
_LOGS_AS_COST = re.compile(
    r"[ -]?(?:bill|bills|costs?|spend|storage|retention|volumes?|budget|licen[cs]\w*)\b"
)
# A logging library or a logging pipeline feeding billing is a thing built, not a watch.
_LOGS_AS_PRODUCT_AFTER = re.compile(
    r"[ -]+(?:library|libraries|sdk|client|package|framework|format|schema|tools?|standards?|"
    r"guidelines?|conventions?|"
    # a device's data or a recorder: "the inverter telemetry payload", "an audio logging rig"
    r"payloads?|packets?|frames?|protocols?|encoding|apps?|rigs?|devices?|hardware)\b"
    r"|[^.;\n]{0,60}?\bused[ \t]+for[ \t]+(?:billing|analytics|reporting|exports?|invoic\w*)\b"
)
# Logging as filing: "logging Jira cards for issues worth fixing", "logged hours".
_LOGS_AS_FILING_AFTER = re.compile(
    r"[ \t]+(?:(?:the|a|new|jira|github|bug|support|service ?now|help ?desk)[ \t]+){0,2}"
    # "logging canary & finch sightings"
    r"(?:[\w&-]+[ \t]+(?:&[ \t]+)?){0,2}?"
    r"(?:cards?|tickets?|bugs?|issues?|defects?|hours|timesheets?|requests?[ \t]+in|sightings|"
    r"observations)\b"
)
# Logs named as where a product's data comes from: "Data would come from the POS system and
# the stock-movement logs"
_DATA_FROM_BEFORE = re.compile(
    # ("Data would come from the PLC logs, the MES events and ..."; a long list of sources)
    # ("Data for the stock-out model comes from the POS system and the scanner logs")
    r"\b(?:data|inputs?|features?)[ \t]+"
    r"(?:for[ \t]+(?:the[ \t]+|our[ \t]+)?(?:[\w-]+[ \t]+){0,3}?)?"
    r"(?:would[ \t]+|will[ \t]+)?(?:comes?|came)[ \t]+from\b"
    r"[^.;\n]{0,120}$"
    # a label of sources: "Data sources: Alipay bills, courier scan logs, WMS stock logs"
    r"|\b(?:data[ \t]+)?sources?\b[^.;:\n]{0,50}:[^.;\n]{0,80}$"
    # logs shipped or landed as a pipeline's input: "services ship their logs", "lands raw
    # events and server logs in object storage"
    r"|\b(?:ship|ships|shipped|shipping|land|lands|landed|landing)[ \t]+(?:their|the|its|our)?"
    r"[ \t]*(?:[\w-]+[ \t]+(?:and[ \t]+)?){0,4}$"
)
# Logs as a pipeline's input, told after them: "logs land in object storage", "logs from
# the POS terminals come in through Kafka", "logs are kept 15 years"
_LOGS_LAND_AFTER = re.compile(
    r"(?:[ \t]+from[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?[\w-]+)?"
    r"[ \t]+(?:would[ \t]+|also[ \t]+)?"
    r"(?:land|lands|landing|come[ \t]+in|comes[ \t]+in|are[ \t]+kept|are[ \t]+retained|"
    r"are[ \t]+stored|are[ \t]+archived)\b"
)
_LOGS_AS_DATA_AFTER = re.compile(
    r"[^.;\n]{0,60}?\b(?:to build|to train|to create|to engineer|for training|as training|"
    r"training (?:set|data)|into (?:[\w-]+ ){0,5}?features|dataset|corpus|"
    r"for (?:the )?data[ -]science|for (?:the )?(?:analysts|data scientists)|"
    # "treat the baggage system's logs as one more data source"
    r"as (?:a|one|another|one more) (?:[\w-]+ )?(?:data )?source|data source|"
    # "The logs were the raw material", "the logs were basically our training data",
    # "used the application logs as training data"
    r"(?:were|are|was|is) (?:basically |really |just |mostly )?(?:our |the )?(?:raw material|"
    r"(?:training |raw |input )?data|input)|"
    r"as (?:(?:training|raw|input) )?(?:data|features|material))\b"
)
_FALSE_FRIEND = re.compile(
    r"(?:observability[ \t]+(?:was|is)[ \t]+(?:actually[ \t]+|just[ \t]+)?(?:my|our|the)[ \t]+"
    r"(?:team|group|squad)|"
    # ("the Observability & Reliability team")
    # ("the Observability and Data Integrity working group")
    r"observability[ \t-]+(?:(?:&[ \t]+|and[ \t]+)?[\w]+[ \t]+){0,3}?(?:team|group|squad|org|guild|"
    r"chapter|talk|meetup|"
    r"conference|course|"
    r"book|track|vendor|startup|company|engineer|intern|lead|manager|role|position|hire|"
    r"hiring|market|summit|club|community|podcast|newsletter|experience|day|topic|"
    r"interest|background|theory|channel|wiki|reading[ \t]+group|coe|"
    r"cent(?:re|er)[ \t]+of[ \t]+excellence|and[ \t]+diagnostics)s?\b|"
    # "Observability is honestly my favourite topic", "into observability as a topic"
    r"observability[ \t]+(?:is|was)[ \t]+(?:[\w]+[ \t]+){0,2}?(?:my|a|our)[ \t]+(?:[\w]+[ \t]+)?"
    r"(?:topic|interest|passion|hobby|subject)\b|"
    r"observability[ \t]+as[ \t]+a[ \t]+(?:topic|subject|field|career)\b|"
    r"tracing[ \t]+(?:it|them|back|down)\b|"
    r"(?<!the )(?<!our )(?<!phoenix )(?<!langfuse )(?<!langsmith )(?<!jaeger )traces[ \t]+of\b|"
    r"pager[ \t]+(?:for|to|on|about)\b|"
    r"evidently[ \t]*,|evidently[ \t]+(?:not|the|a|it|they|we|he|she|this|that)\b|"
    r"tempo[ \t]+(?:of|is|was|and|at)\b|"
    r"canar(?:y|ies)[ \t-]+(?:wharf|islands?|birds?|yellow|cage|breed\w*|died|sang|sings?|songs?|"
    r"chirp\w*|in the (?:office|coal|mine|cage))|"
    r"tracing[ \t]+paper|(?:contact|ray|path)[ \t]+tracing|(?<=knowledge )tracing|"
    r"(?<=knowledge-)tracing|"
    r"monitoring[ \t]+(?:&|and)[ \t]+evaluation|"
    r"on[- ]?call[ \t]+(?:handoffs?|schedul\w*|rotas?|rosters?|tools?|bots?|apps?|spreadsheets?|"
    r"calendars?|pay|compensation|stipends?)\b|"
    r"a/b[ -]test(?:ing|s)?[ -](?:platform|framework|library|sdk|tool|service|engine)(?:'s)?[ \t]+"
    r"(?:api|design|ui|docs|documentation|code)\b|"
    r"alert(?:s|ing)?[ \t]+(?:features?|products?|emails?|notifications?|sms|apps?)\b|"
    # alerts that are what a product sends people: "an attendance-alert system", "sent 3.4
    # lakh SMS alerts to parents", "1.4M alerts sent to customer SOCs"
    r"(?<=-)alerts?[ \t]+(?:systems?|services?|apps?|platforms?|features?|products?)\b|"
    r"(?<=sms )alerts?\b|(?<=whatsapp )alerts?\b|"
    r"alerts?[ \t]+sent[ \t]+to[ \t]+(?!(?:the[ \t]+|our[ \t]+)?(?:on-?call|sres?|ops|team|slack|"
    r"pagerduty|opsgenie|channel|#|me\b))|"
    r"a/b[ \t]+(?:partition|partitions|slots?|updates?|boot)\b|"
    r"alerts?[ \t]+fatigue[ \t]+(?:in|among|of)[ \t]+(?:nurs|clinic|doctor|physician|hospital|"
    r"medical|patient|drivers|pilots))"
)
# A skill claimed, not a system watched: "familiar with Prometheus, Loki and Grafana"
_SKILL_BEFORE = re.compile(
    r"\b(?:know[ \t]+(?:the[ \t]+)?(?:usual[ \t]+)?(?:tooling|tools|stack)[ \t]*[,:]?|"
    r"(?:i|we)[ \t]+know|(?:i|we)[ \t]+listed|"
    r"familiar[ \t]+(?:with|w/)|comfortable[ \t]+with|experience[ \t]+(?:with|in)|"
    r"knowledge[ \t]+of|"
    r"worked[ \t]+(?:a[ \t]+lot[ \t]+)?with[ \t]+the|played[ \t]+(?:around[ \t]+)?with|"
    r"tinkered[ \t]+with|presented|"
    r"proficient[ \t]+(?:in|with)|exposure[ \t]+to|skilled[ \t]+in|"
    r"background[ \t]+(?:includes?|in)|skills[ \t]+(?:are|include)[ \t]*:?|"
    # a claim of having used them: "I've used Grafana and Prometheus"
    r"i've[ \t]+used|i[ \t]+have[ \t]+used|"
    # a course done: "Completed Grafana's observability fundamentals course"
    r"(?:completed|finished|passed|earned)(?:[ \t]+the)?)[ \t]+"
    # past a kind of tools: "experience with monitoring tools (Nagios, Zabbix)"
    # ("familiar with eval frameworks: RAGAS, DeepEval, TruLens")
    r"(?:(?:monitoring|logging|observability|apm|alerting|eval(?:uation)?)[ \t]+"
    r"(?:tools?|frameworks?|platforms?)[ \t]*"
    r"(?:\(|,|:|such[ \t]+as|like)?[ \t]*)?"
    # ("I've used Grafana, Prometheus, Kibana, a bit of Datadog")
    r"(?:(?:a[ \t]+bit[ \t]+of|some)[ \t]+)?"
    r"(?:[\w&.-]+(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&|vs\.?|versus)[ \t]+)"
    r"(?:(?:a[ \t]+bit[ \t]+of|some)[ \t]+)?){0,5}"
    # and what for: "Experience with Datadog for AWS infrastructure monitoring"
    r"(?:[\w&.-]+[ \t]+for[ \t]+(?:[\w&/-]+[ \t]+){0,3}?)?$"
)
# Tools weighed against each other, not used to watch: "evaluated Arize vs WhyLabs for the
# fraud team" (read before a tool's name only: "compared crash rate against the control
# group" is a watch)
_TOOLS_WEIGHED_BEFORE = re.compile(
    # the one picked in the end: "we went with Grafana, mostly on price", "recommended Fiddler"
    r"\b(?:went[ \t]+with|recommended|opted[ \t]+for|(?:we|i|they)[ \t]+(?:chose|picked|selected)|"
    r"trade[ \t]+stud(?:y|ies)(?:[ \t]+(?:of|on))?)"
    r"[ \t]+$|"
    r"\b(?:evaluat(?:ed|ing)|compar(?:ed|ing)|trial(?:l)?ed|shortlisted)[ \t]+"
    # ("New Relic", "Grafana Cloud", "Great Expectations": a tool of two words)
    r"(?:[\w&.-]+(?:[ \t]+[A-Za-z][\w.-]*)?"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&|vs\.?|versus|against)[ \t]+)){0,5}$"
)
# What tools were weighed for: "evaluated Arize, WhyLabs and Fiddler for drift monitoring"
_TOOLS_CHOSEN_FOR_BEFORE = re.compile(
    r"\b(?:evaluat(?:ed|ing)|shortlist(?:ed|ing)|trial(?:l)?ed|compar(?:ed|ing))[ \t]+"
    r"(?:[\w&.-]+(?:[ \t]+[a-z][\w.-]*)?"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&|vs\.?|versus)[ \t]+)){1,5}"
    r"[\w&.-]+(?:[ \t]+[a-z][\w.-]*)?[ \t]+for[ \t]+(?:[\w-]+[ \t]+)?$"
)
# A microcontroller's watchdog timer, not a watch on a system: "watchdog resets", "a 500 ms
# watchdog", "the hardware watchdog"
# (or one that restarts what hangs: "the robot watchdog restarts hung ROS nodes by itself")
_FIRMWARE_WATCHDOG_AFTER = re.compile(
    r"s?[ \t]+(?:resets?|timers?|timeouts?|interrupts?|kicks?|restarts?|reboots?)\b"
)
_FIRMWARE_WATCHDOG_BEFORE = re.compile(
    r"\b(?:ms|hardware|firmware|mcu|ecu|field|independent|windowed)[ \t]+$"
)


# Tools whose names are also English words, so not in _OBS_WORDS: read with a tool's
# context ("evidently, the rollout went fine" names no tool)
_WORD_TOOLS = frozenset({"pager", "tempo", "evidently"})


def _weighed_or_firmware(low: str, start: int, end: int, word: str) -> bool:
    """The word at [start, end) names no watch here: tools weighed for a purpose
    ('evaluated Arize, WhyLabs and Fiddler for drift monitoring'), or a microcontroller's
    watchdog ('field watchdog resets on the motor controller', 'a 500 ms watchdog')."""
    if (
        _TOOLS_CHOSEN_FOR_BEFORE.search(low, max(0, start - 90), start)
        # "For model monitoring I evaluated Arize, WhyLabs and Fiddler"
        or _WEIGHED_RIGHT_AFTER.match(low, end)
        or (
            # a tool, the last of those weighed: "evaluated Arize vs WhyLabs vs Evidently"
            # (not "compared daily against shadow traffic", a watch), or any of a list
            # looked at: "I looked at Arize, WhyLabs and Evidently for the drift roadmap"
            (word in _OBS_WORDS or word in _WORD_TOOLS)
            and (
                _TOOLS_WEIGHED_BEFORE.search(low, max(0, start - 60), start)
                or _in_tools_weighed(low, start, end)
            )
        )
    ):
        return True
    return word.startswith("watchdog") and bool(
        _FIRMWARE_WATCHDOG_AFTER.match(low, end)
        or _FIRMWARE_WATCHDOG_BEFORE.search(low, max(0, start - 20), start)
    )


# The weighing told right after what it was for: "For model monitoring I evaluated ..."
_WEIGHED_RIGHT_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?:i|we)[ \t]+(?:evaluated|compared|shortlisted|trialled|trialed|"
    r"looked[ \t]+at)[ \t]"
)
# A list of two or more tools after a verb of weighing them
_TOOL_LIST_WEIGHED = re.compile(
    r"\b(?:evaluat(?:ed|ing)|compar(?:ed|ing)|shortlist(?:ed|ing)|trial(?:l)?ed|"
    r"looked[ \t]+at)[ \t]+"
    r"(?:[\w&.-]+(?:[ \t]+[a-z][\w.-]*)?"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&|vs\.?|versus|against)[ \t]+)){1,5}[\w&.-]+"
)


def _in_tools_weighed(low: str, start: int, end: int) -> bool:
    """The tool at [start, end) is one of a list weighed: 'looked at Arize, WhyLabs and
    Evidently' (its first name too, which no pattern before it can read)."""
    left, right = _sentence(low, start)
    return any(
        found.start() < start
        and end <= found.end()
        # "looked at" weighs only beside a word of choosing ("Looked at Grafana and
        # Kibana during the launch" is a watch)
        and (not found.group(0).startswith("looked") or _CHOOSING.search(low, left, right))
        for found in _TOOL_LIST_WEIGHED.finditer(low, left, right)
    )


_CHOOSING = re.compile(
    r"\b(?:comparisons?|compar\w*|options|alternatives|roadmap|rfp|shortlist\w*|pick\w*|"
    r"chose|choos\w*|decid\w*|vendors?|bake-?off|poc|proof[ \t]+of[ \t]+concept|trial\w*)\b"
)


# "Evaluated Arize vs Fiddler vs WhyLabs for model monitoring in the tooling RFP"
_TOOLS_WEIGHED_SENTENCE = re.compile(
    r"\b(?:evaluat\w*|compar\w*|shortlist\w*|trial(?:l)?ed)\b[^.;\n]{0,60}\b(?:vs\.?|versus|"
    r"against)[ \t]"
)
_TOPIC_BEFORE = re.compile(
    # ("training sessions on ...", not "session lookups to Redis, verified on Datadog")
    r"(?:\b(?:talks?|workshops?|courses?|books?|presentations?|lectures?|articles?|"
    r"(?:training|knowledge[ -]sharing|learning|teaching|internal|lunch|brown-bag)[ \t]+"
    r"sessions?|"
    # (not data written somewhere: "scores written to BigQuery and compared on a board")
    r"blog posts?|papers?|keynotes?|spoke|speak\w*|present\w*|"
    r"(?:wr[io]te|writ\w*)(?![ \t]+(?:to|into|back)\b)|blogg\w*|"
    r"lunch-and-learns?|brown[ -]bags?|webinars?|meetups?|tutorials?|"
    # "a talk at the Observability meetup in Helsinki, about OpenTelemetry"
    r"taught|teach(?:es|ing)?|lectur(?:ed|es|ing)?)[ \t]+(?:[\w-]+,?[ \t]+){0,6}?"
    r"(?:on|about|called|titled)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,4}?"
    r"|\bsessions?[ \t]+(?:on|about)[ \t]+(?:[\w-]+[ \t]+){0,4}?"
    # "into" as a liking ("I'm really into tracing"), not a place ("wired it into Alertmanager")
    r"|\b(?:i'm|i[ \t]+am|am|are|was|really|very|got|getting|been)[ \t]+into[ \t]+(?:the[ \t]+)?"
    r"|(?:really[ \t]+|very[ \t]+)?(?:passionate[ \t]+about|interested[ \t]+in|fan[ \t]+of|"
    r"curious[ \t]+about|excited[ \t]+about|familiar[ \t]+with|experience[ \t]+with|"
    r"knowledge[ \t]+of|proficient[ \t]+(?:in|with)|exposure[ \t]+to|"
    r"reading[ \t]+(?:[\w]+[ \t]+){0,3}?about|learning[ \t]+about|"
    r"(?:go|dig|dive|going|digging)[ \t]+deeper[ \t]+(?:on|into))[ \t]+(?:the[ \t]+)?"
    r"|[\"\u201c]"
    # a talk's quoted title: 'talk "Tracing agents with OpenTelemetry"'
    r"|\b(?:talks?|presentations?|keynotes?|workshops?|articles?|posts?|papers?)[ \t]*:?[ \t]*"
    r"[\"\u201c][^\"\u201d\n]{0,60}"
    # what someone taught: "mentored 5 juniors on SRE practices: SLO definition, ...",
    # "an onboarding bootcamp ..., covering MLflow run tracking and Grafana alerting"
    # ("providing mentorship and guidance to junior engineers on Kubernetes, monitoring")
    r"|\bmentor(?:ed|ing|s|ship)?\b[^.;\n]{0,50}?\bon[ \t]+[^.;\n]{0,60}?"
    # what documentation is about: "documentation on standards for ... monitoring practices"
    r"|\b(?:documentation|docs|guidelines)[ \t]+(?:on|about|covering)[ \t]+"
    r"[^.;\n]{0,80}?"
    r"|\b(?:covering|introducing|explaining)[ \t]+(?:[\w&/-]+,?[ \t]+(?:and[ \t]+)?){0,6}?)$"
)


# A stack set up to learn: "self-hosted Grafana/Loki on a Raspberry Pi as a learning project",
# "set up Tempo and Loki in my homelab to learn the Grafana stack", "to monitor a toy Flask
# app on my laptop" (a home lab that pages its owner on disk failures is a system watched)
_HOME_LAB = re.compile(
    r"\b(?:learning|toy|capstone|hobby)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:project|app|bot|chatbot|server|site|website)\b"
    r"|\bto[ \t]+learn[ \t]+(?:how\b|the[ \t]+(?:[\w-]+[ \t]+)?stack\b|[\w-]+[ \t]+monitoring\b|"
    r"(?:it|them|monitoring|observability|kubernetes|k8s|prometheus|grafana|promql|alerting)\b)"
    # "In my homelab I have the whole stack running ..., just to learn it", "at home I run
    # Prometheus and Loki just to learn" (a home lab alone may page its owner: a watch)
    r"|\bjust[ \t]+to[ \t]+learn\b"
    # "at home to learn, monitoring a small fake app I wrote", "I monitored my home router",
    # "I graph my Minecraft server with it"
    r"|\bto[ \t]+learn[ \t]*[,.]|\bmy[ \t]+home[ \t]+(?:router|network|server|lab|wi-?fi)\b"
    r"|\bminecraft[ \t]+server\b"
    # a stack run at home to learn something: "Homelab: Grafana + InfluxDB on a Raspberry
    # Pi to learn time series", "on a Raspberry Pi cluster at home to learn k3s"
    r"|\b(?:raspberry[ \t]+pi|home-?lab|at[ \t]+home|in[ \t]+the[ \t]+shed|"
    r"on[ \t]+my[ \t]+laptop)\b"
    r"[^.;\n]{0,60}\bto[ \t]+learn\b"
    # the writer's own home watched: "reading my own P1 smart meter", "monitoring my solar
    # inverter"
    r"|\bmy[ \t]+(?:own[ \t]+)?(?:[\w-]+[ \t]+)?(?:smart[ \t]+meter|solar|inverter|house|flat|"
    r"garden|aquarium|3d[ \t]+printer)\b"
)


# Tools claimed as a skill, in a sentence that watches nothing: "Grafana, Prometheus, Loki
# (familiar)"
_LEARNT_OR_PRAISED = re.compile(r"\((?:familiar|basic|basics|beginner|learning|exposure)\)")
# ... watching praised, read at the word: "I think monitoring is super important for search"
_PRAISED = re.compile(
    r"(?:monitoring|observability|alerting|logging|tracing)[ \t]+(?:is|are)[ \t]+"
    r"(?:\w+[ \t]+)?(?:important|key|crucial|critical|essential|underrated|vital|overlooked)\b"
)


# ... and a tool used in a course or at an old job, right after its name: "used Jaeger in
# an online course", "used Datadog at my previous job"
_IN_A_COURSE_AFTER = re.compile(
    r"[^.;,\n]{0,40}?\b(?:(?:in|during|through)[ \t]+(?:an?|the|my)[ \t]+"
    r"(?:online[ \t]+|free[ \t]+|udemy[ \t]+|coursera[ \t]+)?"
    r"(?:course|bootcamp|tutorial|mooc|online[ \t]+class)(?![\w-])"
    r"|(?:at|in)[ \t]+(?:my|a)[ \t]+(?:previous|last|old|former|prior)[ \t]+"
    r"(?:job|company|role|employer|team)\b)"
)


def _no_system_watched(low: str, at: int) -> bool:
    """The word at `at` names no system watched: a stack set up to learn (_HOME_LAB), tools
    claimed as a skill (_LEARNT_OR_PRAISED), a tool used in a course or at an old job
    (_IN_A_COURSE_AFTER), or watching praised (_PRAISED)."""
    return (
        _sentence_holds(low, at, _HOME_LAB)
        or _sentence_holds(low, at, _LEARNT_OR_PRAISED)
        or _IN_A_COURSE_AFTER.match(low, at) is not None
        or _PRAISED.match(low, at) is not None
    )


# The writer's team is the observability team (or guild): its tools and topics are the
# team's subject, maintained, evaluated or taught, not a watch on an outcome ("I was on the
# Observability team, so my job was upgrading Prometheus and migrating dashboards").
# Alerts, pages, SLOs and the like told in the same answer still count.
_ON_OBS_TEAM = re.compile(
    r"\b(?:on|in|of|joined|part[ \t]+of)[ \t]+(?:the|our|an?|my)[ \t]+(?:[\w'-]+[ \t]+)?"
    r"observability[ \t]+(?:team|squad|guild|chapter|group|platform[ \t]+team)\b"
    r"|\b(?:team|squad|guild)[ \t]+(?:is|was)[ \t]+(?:literally[ \t]+)?called[ \t]+observability\b"
    r"|\bon[ \t]+the[ \t]+observability[ \t]+side\b"
)
# (the stack and its topics; not what a watch measures: MTTD, SLOs, pages)
_TEAM_SUBJECTS = frozenset(
    {"tracing", "traces", "logging", "logs", "telemetry", "observability", "dashboard"}
    | {"dashboards", "metrics", "opentelemetry", "otel", "monitoring", "grafana"}
    | {"prometheus", "kibana", "datadog", "splunk", "jaeger", "zipkin", "loki", "elastic"}
    | {"elasticsearch", "honeycomb", "dynatrace", "sentry", "langfuse", "new relic"}
)


def _obs_team_subject(low: str, word: str) -> bool:
    """The word is a tool or topic of the writer's own observability team (_ON_OBS_TEAM)."""
    if "observab" not in low or word not in _TEAM_SUBJECTS:
        return False
    return _ON_OBS_TEAM.search(low) is not None


# Person-time, not a watch: "saved 10 on-call hrs/wk", "cut 6 on-call hours a week"
# ("cut on-call toil by ~10 hours a week", "it saves the on-call roughly ten hours a week")
_ON_CALL_TIME = re.compile(
    r"on-?call[ \t]+(?:hours?|hrs?|time|load|burden|toil)\b|"
    r"on-?call[ \t]+(?:roughly|about|around|some|maybe|~)?[ \t]*[\w.]+[ \t]+(?:hours?|hrs?)\b"
)


# A log pipeline that feeds data work, not a watch
_PIPELINE_FOR_DATA = re.compile(
    r"\b(?:into (?:bigquery|snowflake|redshift|parquet|s3|the (?:warehouse|lake))|"
    r"for the data|features?|sessions|ingest\w*)\b"
)


def _sentence_holds(low: str, at: int, pattern: re.Pattern[str]) -> bool:
    left, right = _sentence(low, at)
    return pattern.search(low, left, right) is not None


def _logs_false_friend(low: str, start: int, end: int, word: str, listed: bool) -> bool:
    """Logs, logging or telemetry that are data, a cost, a product or filing, not a watch."""
    if _KNOWN_FROM_BEFORE.search(low, max(0, start - 40), start):
        return False  # "according to the opt-in usage telemetry": how it was known
    return bool(
        listed
        or _TOPIC_BEFORE.search(low, max(0, start - 60), start)  # "a talk on structured logging"
        or _DATA_LOGS.search(low, max(0, start - 20), start)
        or _LOGS_AS_DATA_BEFORE.search(low, max(0, start - 40), start)
        or _LOGS_AS_DATA_AFTER.match(low, end)
        or _LOGS_LAND_AFTER.match(low, end)
        or _DATA_FROM_BEFORE.search(low, max(0, start - 110), start)
        or _LOGS_AS_COST.match(low, end)
        or _LOGS_DROPPED_BEFORE.search(low, max(0, start - 40), start)
        or _PAID_FOR_BEFORE.search(low, max(0, start - 50), start)
        # "moved the logs to ClickHouse and the bill came down": logs as a cost
        or (
            _LOGS_MOVED_BEFORE.search(low, max(0, start - 20), start) is not None
            and _sentence_holds(low, start, _COST_HINT)
        )
        or _LOGS_AS_PRODUCT_AFTER.match(low, end)
        or (word.startswith("logg") and _LOGS_AS_FILING_AFTER.match(low, end))
        or _no_system_watched(low, start)
        or _LOGS_UNREAD_BEFORE.search(low, max(0, start - 40), start)  # "nobody read those logs"
        or (word.startswith("logg") and _debug_noise_cut(low, start))
        or (word == "logs" and _logs_data_elsewhere(low, start, end))
        or (
            # "The logs were the hard part": the logs named before as data
            word == "logs"
            and _named_again(
                low,
                start,
                _LOGS_WORD,
                lambda at, _end: bool(_LOGS_AS_DATA_BEFORE.search(low, max(0, at - 40), at)),
            )
        )
    )


_LOGS_WORD = re.compile(r"\blogs\b")
# Logs nobody read: "Nobody was reading those logs anyway", "Nobody missed those logs"
_LOGS_UNREAD_BEFORE = re.compile(
    r"\b(?:nobody|no[ \t-]one)[ \t]+(?:was[ \t]+|ever[ \t]+)?(?:reading|read|missed|looked[ \t]+at|"
    r"used|opened)[ \t]+(?:those|the|these|any[ \t]+of[ \t]+(?:those|the))[ \t]+(?:[\w-]+[ \t]+)?$"
)
# Logs named as a theme or a thing held, beside another mention of them as data: "A lot of
# my work was on logs ... I parsed about a petabyte of server logs into features"
_LOGS_THEME_BEFORE = re.compile(r"\b(?:on|with|the|those|these)[ \t]+$")
_DEBUG_NOISE = re.compile(r"\b(?:debug|verbose)\b")


def _logs_data_elsewhere(low: str, start: int, end: int) -> bool:
    """The logs at [start, end), named as a theme, are the logs the answer treats as data
    elsewhere (before or after)."""
    if not _LOGS_THEME_BEFORE.search(low, max(0, start - 8), start):
        return False
    return any(
        found.start() != start
        and (
            _LOGS_AS_DATA_BEFORE.search(low, max(0, found.start() - 40), found.start()) is not None
            or _LOGS_AS_DATA_AFTER.match(low, found.end()) is not None
        )
        for found in _LOGS_WORD.finditer(low)
    )


def _debug_noise_cut(low: str, start: int) -> bool:
    """Logging at debug level cut for its cost: "we cut the logging bill ..., because the
    servers were logging every packet at debug level"."""
    left, right = _sentence(low, start)
    return bool(_DEBUG_NOISE.search(low, left, right)) and _COST_HINT.search(low) is not None


_DASHBOARD_WORD = re.compile(r"\bdashboards?\b")


def _dashboard_is_product(low: str, start: int, end: int) -> bool:
    """A dashboard or report that is the product built; one made in a monitoring tool
    ("built Grafana dashboard for plant managers") is read without the tool's name as a
    sign of a system watched."""
    made_in_tool = _DASHBOARD_TOOL_BEFORE.search(low, max(0, start - 40), start) is not None
    return _is_product(low, start, end, tools_read=not made_in_tool) or _declared_product(
        low, start, end
    )


_ALERTS_WORD = re.compile(r"\balerts?\b")


def _named_again(
    low: str, start: int, earlier: re.Pattern[str], was_not_a_watch: Callable[[int, int], bool]
) -> bool:
    """The word at start, after "the", names again a thing the answer named before (a
    match of earlier) in a way that was no watch: "... 3 PB of CAN-bus logs ... The logs
    were the hard part", "sent 1.2M heat alerts to citizens ... The alerts were the product"."""
    named = _NAMED_AGAIN_BEFORE.search(low, max(0, start - 12), start)
    if named is None:
        return False
    return any(
        was_not_a_watch(found.start(), found.end())
        for found in earlier.finditer(low, 0, named.start())
    )


# "the", "those" or "that" (and "new") before a thing named again
_NAMED_AGAIN_BEFORE = re.compile(r"\b(?:the|those|that|these)[ \t]+(?:new[ \t]+)?$")


def _traces_cut_for_cost(low: str, start: int, word: str) -> bool:
    """'cut the Datadog bill by dropping debug logs and sampling traces harder'"""
    return (
        word in ("traces", "tracing")
        and _LOGS_DROPPED_BEFORE.search(low, max(0, start - 40), start) is not None
        and _sentence_holds(low, start, _COST_HINT)
    )


def _false_friend(low: str, start: int, end: int) -> bool:
    """True when the observability word at [start, end) means something else here."""
    word = low[start:end]
    listed = _listed(low, start)  # "Tools: Prometheus, Grafana": a list, not a watch
    if (
        word in ("logs", "logging", "telemetry")
        or word.endswith((" logs", " log"))
        or word.startswith("log line")  # "ingest 3bn log lines a day": data
    ):
        return _logs_false_friend(low, start, end, word, listed)
    if (
        listed
        # "the log pipeline ingests 4 TB a day of CDN logs into BigQuery": data work
        or (word.startswith("log pipeline") and _sentence_holds(low, start, _PIPELINE_FOR_DATA))
        or _TOPIC_BEFORE.search(low, max(0, start - 60), start)
        or _SKILL_BEFORE.search(low, max(0, start - 80), start)
        or _ON_CALL_TIME.match(low, start)
        or _no_system_watched(low, start)
        or _obs_team_subject(low, word)
        or _traces_cut_for_cost(low, start, word)
        or _weighed_or_firmware(low, start, end, word)
    ):
        # "gave a talk on OpenTelemetry": a topic, not a system watched; "saved 10 on-call
        # hrs/wk": person-time, not a rotation that watched
        return True
    if word in _OBS_WORDS or _VENDOR_PHRASE.fullmatch(word):
        left, right = _sentence(low, start)
        if (
            _TOOL_ACCOUNT.search(low, left, right)
            or _TOOLS_WEIGHED_BEFORE.search(low, max(0, start - 60), start)
            or _PAID_FOR_BEFORE.search(low, max(0, start - 60), start)
            or _TOOL_PRODUCT_AFTER.match(low, end)
            or _tool_dashboard_is_product(low, end)
            or _product_made_in_tool(low, start, end, word)
        ):
            return True  # "the Datadog bill", "Terraform for the Datadog accounts", a plugin
    first = word.split()[0] if word.split() else word
    # ("a/b": "the A/B partition scheme" of a device's firmware is no experiment)
    if first in _CONTEXT_WORDS or first == "a/b" or first.rstrip("s") in ("report", "dashboard"):
        return _context_false_friend(low, start, end, first)
    if word.endswith(("reports", "report")):
        return _is_product(low, start, end)
    # "alerted" is no context word ("pager", "tempo" and "evidently" are, read above)
    return first.startswith("alert") and _consumer_alert(low, start, end)


def _canary_false_friend(low: str, start: int, end: int) -> bool:
    """A name ('Project Canary'), the bird or the place, or a canary that is only a
    rollout step ('a 5% canary, then 25%, then 100%'): nothing said about what it watched."""
    if _NAMED_BEFORE.search(low, max(0, start - 24), start):
        return True
    left, right = _sentence(low, start)
    around = low[left:start] + " " + low[end:right]
    if _BIRD_CONTEXT.search(around) or not _DEPLOY_CONTEXT.search(around):
        return True
    return not _CANARY_WATCHED.search(low)


# A team's name: "My team is called Observability"
_NAMED_TEAM_BEFORE = re.compile(
    r"\b(?:team|group|squad|guild|chapter|department)[ \t]+(?:is[ \t]+|was[ \t]+)?"
    r"(?:called|named)[ \t]+$"
)
_CARRIED_BEFORE = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)|h(?:old|olds|eld|olding)|on)[ \t]+(?:the[ \t]+)?"
    r"(?:[\w-]+[ \t]+)?$"
)


def _context_false_friend(low: str, start: int, end: int, first: str) -> bool:
    """Dashboards, canaries, alerts and the word observability, read in context."""
    if first == "pager" and _CARRIED_BEFORE.search(low, max(0, start - 30), start):
        return False  # "carried the on-call pager for the LMS backend": a rotation
    if _FALSE_FRIEND.match(low, start) or (first == "a/b" and _ab_tool_for_people(low, start)):
        return True
    if first.startswith("canar"):
        return _canary_false_friend(low, start, end)
    if first == "observability":
        return bool(
            _TOPIC_BEFORE.search(low, max(0, start - 30), start)
            or _NAMED_TEAM_BEFORE.search(low, max(0, start - 30), start)
            or (
                (
                    _QUALITY_BEFORE.search(low, max(0, start - 60), start)
                    or _QUALITY_AFTER.match(low, end)
                )
                and not _STACK_AFTER.match(low, end)  # "own the observability and resilience stack"
            )
        )
    if first.startswith(("dashboard", "report")) or low[start:end].endswith("report"):
        return _dashboard_is_product(low, start, end) or (
            # "... built a Power BI dashboard for the area managers. **R:** All 140 stores
            # use the dashboard now": the product, named again
            first.startswith("dashboard")
            and _named_again(
                low, start, _DASHBOARD_WORD, lambda at, stop: _dashboard_is_product(low, at, stop)
            )
        )
    if first.startswith("alert"):
        return _consumer_alert(low, start, end) or _named_again(
            low, start, _ALERTS_WORD, lambda at, stop: _consumer_alert(low, at, stop)
        )
    if first in _WORD_TOOLS:
        return not _TOOL_CONTEXT.search(low, max(0, start - 40), min(len(low), end + 40))
    return False


# An A/B tool built for people to run their own tests: "Built a headline A/B tool for the
# 25 section editors" (the product, not a way its makers watched an outcome)
_AB_TOOL = re.compile(r"a/b(?:[ \t-]+[\w-]+){0,2}?[ \t]+(?:tool|tools|widget|feature)\b")
# An A/B testing framework built: a product of the work ("Created an A/B testing framework
# that cut experiment setup to two days"), not a result read through one
_AB_FRAMEWORK_BUILT = re.compile(
    r"\b(?:built|created|established|developed|designed|implemented|set[ \t]+up)[ \t]+"
    r"(?:and[ \t]+[\w-]+[ \t]+)?(?:an?|the|our)[ \t]+(?:[\w-]+[ \t]+)?$"
)
_AB_FRAMEWORK_AFTER = re.compile(
    r"a/b[ \t-]+(?:testing[ \t]+|test[ \t]+)?(?:framework|platform)s?\b"
)


def _ab_tool_for_people(low: str, start: int) -> bool:
    """An A/B tool made for people, or an A/B testing framework built as the work."""
    tool = _AB_TOOL.match(low, start)
    if tool is not None and _FOR_PEOPLE_AFTER.match(low, tool.end()) is not None:
        return True
    return bool(
        _AB_FRAMEWORK_AFTER.match(low, start)
        and _AB_FRAMEWORK_BUILT.search(low, max(0, start - 50), start)
    )


def _consumer_alert(low: str, start: int, end: int) -> bool:
    """Alerts that a product sends people ("sent 2M flood alerts to residents"), alerts
    in an answer that calls alerting its product ("the product is an alerting service
    for hospitals"), or alerts that are the work of a security or compliance team ("the
    SOC was handling 3,000 alerts a day"), with no on-call or paging in the sentence."""
    if (
        _CONSUMER_ALERT_AFTER.match(low, end)
        or _CONSUMER_ALERT_BEFORE.search(low, max(0, start - 40), start)
        or _ALERT_AS_DATA_AFTER.match(low, end)
        or _ALERT_AS_DATA_BEFORE.search(low, max(0, start - 30), start)
    ):
        return True
    left, right = _sentence(low, start)
    if _PAGED_NEAR.search(low, left, right):
        return False
    return bool(_ALERTS_DECLARED.search(low) or _SECURITY_WORK.search(low, left, right))


# Alerts that a model ranks, explains or learns from, the stuff of security ML: "metric
# for alert ranking", "the alert-triage model", "14M labelled alerts", "auto-closing
# known-benign EDR alerts", "precision at 1 % alert rate"
_ALERT_AS_DATA_AFTER = re.compile(
    r"[ \t-]+(?:ranking|ranker|triage|explainer|classifier|classification|scoring|scorer|"
    r"prioriti[sz]ation|dedup\w*|enrichment|summari[sz]\w*|rate)\b"
)
_ALERT_AS_DATA_BEFORE = re.compile(
    r"\b(?:labell?ed|benign|known-benign|malicious|true-positive|false-positive|duplicate|"
    r"noisy|historical)[ \t]+(?:[\w-]+[ \t]+)?$"
)


# An answer that calls alerting its product
_ALERTS_DECLARED = re.compile(
    r"\b(?:product|project|deliverable)s?[ \t]+(?:here[ \t]+|itself[ \t]+)?"
    r"(?:is|was|are|were)[ \t]+"
    r"(?:basically[ \t]+|really[ \t]+|just[ \t]+)?(?:an?[ \t]+|the[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"alert(?:s|ing)?\b"
    r"|\b(?:the|our|my)[ \t]+alert(?:ing)?[ \t]+(?:product|service|system|feature|app|platform)s?"
    r"\b(?![ \t]+(?:for[ \t]+)?(?:the[ \t]+)?(?:on-?call|sres?|ops))"
)
# The work of a security or compliance team, whose alerts and incident response are the
# job rather than a watch on a system: "SOC", "AML", "sanctions screening", "incident
# response and malware analysis"
_SECURITY_WORK = re.compile(
    r"\b(?:soc|siem|aml|sanctions|kyc|phishing|edr|xdr|mdr|transaction[ -]monitoring|"
    r"managed[ \t]+detection|malware|threats?|forensics?|dfir|breach(?:es)?|intrusions?|"
    r"ransomware|vulnerabilit(?:y|ies))\b"
)
_PAGED_NEAR = re.compile(
    r"\b(?:on-?call|pag(?:e|es|ed|ing)|pagerduty|opsgenie|sres?|incident[ \t]+channel)\b"
)


# Observability as a quality aimed for, not a way an outcome was known: "improved
# reliability, observability, and deployment practices", "to improve debugging and
# observability during development".
_QUALITIES = (
    r"(?:reliability|scalability|maintainability|security|performance|resilience|"
    r"availability|stability|testability|debuggability|debugging|usability|portability)"
)
_QUALITY_BEFORE = re.compile(
    r"(?:\b" + _QUALITIES + r",?[ \t]+(?:and[ \t]+)?|"
    r"\b(?:improv\w*|better|enhanc\w*|increas\w*|boost\w*)[ \t]+(?:the[ \t]+|our[ \t]+)?)$"
)
_QUALITY_AFTER = re.compile(r",?[ \t]+(?:and[ \t]+)?" + _QUALITIES + r"\b")
_STACK_AFTER = re.compile(
    r"(?:,?[ \t]+(?:and[ \t]+)?" + _QUALITIES + r")?[ \t]+(?:stack|platform|tool\w*|"
    r"pipelines?|systems?|services?|infrastructure)\b"
)


# Alerts that are the product sent to customers: "price-drop alerts for shoppers".
_CONSUMER_ALERT_AFTER = re.compile(
    r"[^.;\n]{0,30}?\b(?:to|for|by|texts?|emails?|notif(?:y|ies))[ \t]+(?:[~\w,.-]+[ \t]+){0,2}?"
    r"(?:customers|users|shoppers|cardholders|"
    r"clients|patients|buyers|subscribers|members|drivers|parents|students|travell?ers|fans|"
    r"passengers|commuters|"
    r"farmers|growers|residents|citizens|tenants|homeowners|owners|teachers|riders|guests|"
    r"merchants|sellers|dealers|investors|players|viewers|listeners|readers|callers|"
    r"managers|executives|reps|sales|marketing|agents|advis[eo]rs|traders|brokers|bankers|"
    r"nurses|doctors|clinicians|caregivers|families|compliance|investigators|dispatchers?|"
    r"planners|supervisors)\b"
)
_CONSUMER_ALERT_BEFORE = re.compile(
    # ("job alerts" for job seekers; "job monitoring with alerts" watches jobs: below)
    # (not a data job's alerts: "its nightly load job alerts to Slack")
    r"(?<!load )(?<!etl )(?<!batch )(?<!cron )(?<!nightly )(?<!data )(?<!sync )\bjob[ -]+$|"
    r"\b(?:price|price-drop|email|sms|push|text|weather|news|stock|deal|travel|amber|red|"
    r"delay|flight|delivery|booking|appointment|"
    # ("consumer" of a person, not a Kafka consumer's lag or group)
    r"fraud-alert|consumer(?![ -]*(?:lag|group|offset))|customer|churn|credit|renewal|lead|"
    r"risk|reminder|exchange[ -]rate|"
    r"currency|heart[- ]rate|health|patient|glucose|fall|budget|spending|balance|payment)"
    r"(?:[ -]+[\w-]+){0,2}"
    r"[ -]+$"
    # "sent 4.5M alerts in FY23": alerts counted as sent are the product
    r"|\b(?:sent|sends|sending)[ \t]+(?:about[ \t]+|over[ \t]+|like[ \t]+|around[ \t]+|~)?"
    r"[\d.,]+[ \t]*(?:[kmb]|million|crore|lakh|thousand)?[ \t]+$"
)
_NAMED_BEFORE = re.compile(
    r"\b(?:project|codename|code-named|code name|called it|named it|called|named|dubbed)[ \t]+$"
)
_DEPLOY_CONTEXT = re.compile(
    r"\b(?:deploy\w*|releas\w*|rollouts?|roll(?:ed|ing|s)?|rollbacks?|traffic|promot\w*|"
    r"versions?|models?|builds?|ship\w*|launch\w*|percent|cohorts?|pods?|hosts?|instances?|"
    r"analysis|stages?|flags?|ramp\w*|fleet|servers?|clusters?|users|requests|errors?|"
    r"latency|metrics?|baseline|prod(?:uction)?|services?|apis?|changes?|config\w*|new|first|"
    r"gradual\w*|slices?|behind|compar\w*|checks?|automatic\w*|rings?|regions?|nodes?)\b|\d ?%"
)
_CANARY_WATCHED = re.compile(
    r"\b(?:analys[ie]s|compar\w*|watch\w*|monitor\w*|metrics?|error[ -]?rates?|errors|latenc\w*|"
    # (a count of rollbacks or a result after the canary, "0 rollbacks", "conversion up
    # 2.3%", says nothing about what watched it)
    r"p\d\d|slos?|alerts?|dashboards?|abort\w*|roll(?:ed|s)? ?back|(?<!zero )(?<!0 )(?<!no )"
    r"rollbacks?(?! needed| across)|regress\w*|"
    # (not "a health-analytics firm", which names the business)
    r"health(?![ -](?:analytics|insurers?|insurance|care|tech|sector|records|data))|"
    r"baseline|kayenta|flagger|datadog|grafana|prometheus|signals?|kpis?|"
    r"crash\w*|5xx|checks?|probes?|pag(?:e|es|ed|ing)|synthetic)\b"
)
_BIRD_CONTEXT = re.compile(
    r"\b(?:birds?|wildlife|pets?|cages?|breed\w*|sing\w*|sang|songs?|feathers?|yellow|aviar\w*|"
    r"zoo|vets?|chirp\w*|wharf|islands?|coal|mines?|photograph\w*|charity|died|dead|finch\w*|"
    r"feeders?|sparrows?|parrots?|budgies?|pigeons?|nests?|species)\b"
)
# "pager", "Tempo" and "Evidently" are tools only near other words of the trade.
_TOOL_CONTEXT = re.compile(
    r"\b(?:on-?call|duty|rotation|alerts?|traces?|spans?|grafana|loki|otel|drift|reports?|"
    r"monitor\w*|profiles?|dashboards?|feature|features|data|test suites?|ai|fires?|fired|"
    r"goes off|went off|watch\w*|distributions?|inputs?)\b"
)
