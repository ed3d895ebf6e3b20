"""The rule registry: the one source of truth for codes, names, messages and docs.

The command line (``--explain``, ``--select``), the JSON and SARIF output and the
generated pages on the site all read this module, so a rule is described once.
Importing it is cheap: named tuples, no regular expressions.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Rule(NamedTuple):
    """One rule and everything a reader needs to act on it."""

    code: str
    name: str
    severity: Severity
    summary: str  # one line, used in lists and SARIF shortDescription
    message: str  # the finding's message; may contain {placeholders}
    fix: str  # the fix hint printed under every finding
    what: str  # what it checks (Markdown)
    why: str  # why an interviewer cares (Markdown)
    bad: str  # a bad example (plain text)
    good: str  # a good example (plain text)
    use_instead: str  # one line: what to write instead
    kinds: tuple[str, ...]  # answer kinds the rule applies to
    default_kinds: tuple[str, ...]  # kinds on which it runs without being required
    bad_kind: str = "answer"  # the --kind that the examples need

    @property
    def page(self) -> str:
        """The rule's page on the site, relative to docs/."""
        return f"lint/rules/{self.name}.md"


ALL_KINDS = ("answer", "star-story", "resume", "design-answer")
PROSE_KINDS = ("answer", "design-answer")

RULES: tuple[Rule, ...] = (
    Rule(
        code="PL001",
        name="quantified-outcome",
        severity=Severity.ERROR,
        summary="The answer states no measured outcome.",
        message="No measured outcome in this {unit}",
        fix="Add the number that changed: a before and after ('from 120 ms to 45 ms'), "
        "a percentage, money, throughput or a scale ('1.2M users').",
        what=(
            "Each answer (the whole answer, each resume bullet, or the **Result** of a STAR "
            "story) must contain at least one measured outcome: a number with a unit "
            "(`120 ms`, `35%`, `4 percentage points`, `$200k`, `3k QPS`, `40 TB`, `3x`), a "
            "before-and-after (`from 120 ms to 45 ms`), a number word or fraction "
            "(`halved`, `doubled`, `cut by a third`, `3-fold`) or a percentile value "
            "(`p99 of 45 ms`). A STAR story with no Result section is read as a whole, and "
            "`star-structure` reports the missing section.\n\n"
            "Numbers that are not outcomes do not count: years and dates (`2019`, `Q3 2024`), "
            "versions (`Python 3.11`, `Kubernetes 1.27`), standards (`SOC 2`, `ISO 27001`), "
            "phone numbers, `24/7`, complexity (`O(n log n)`), team size and tenure "
            "(`team of 12`, `3 years`), and anything inside inline code. Run "
            "`playbook-lint --show-numbers FILE` to see every number the linter saw and why "
            "each one did or did not count."
        ),
        why=(
            "An interviewer scores impact, and impact is a difference someone measured. "
            "Without a number the claim cannot be compared, checked or remembered after the "
            "loop; with one, the interviewer can ask the follow-up that lets you shine: "
            "how did you measure it, and what did it cost?"
        ),
        bad="- Worked on the ranking service and made it faster for customers.",
        good="- Cut ranking p99 latency from 120 ms to 45 ms for 1.2M daily users "
        "by moving scoring to Triton, watched on the Grafana latency dashboard.",
        use_instead="A before-and-after with a unit, tied to who benefited.",
        kinds=ALL_KINDS,
        default_kinds=ALL_KINDS,
        bad_kind="resume",
    ),
    Rule(
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
        default_kinds=("answer", "design-answer", "star-story"),
    ),
    Rule(
        code="PL003",
        name="star-structure",
        severity=Severity.ERROR,
        summary="A STAR section (Situation, Task, Action, Result) is missing or empty.",
        message="The {section} section is {state}",
        fix="Give every story four parts in order: Situation, Task, Action, Result, each "
        "starting with its label (for example '**Result:**').",
        what=(
            "In a `star-story` document, each of the four sections must be present and "
            "non-empty. A section starts with its label at the start of a paragraph "
            "(`**Situation:**`, `Situation:`) or with a heading (`## Situation`). The rule "
            "reports one finding per missing or empty section."
        ),
        why=(
            "Behavioral interviewers take notes against the four parts. A story with no "
            "Task leaves them guessing what *you* were asked to do; a story with no Result "
            "ends before the part they score."
        ),
        bad="**Situation:** Checkout latency doubled after a model update.\n\n"
        "**Action:** I rolled back and profiled the feature fetches.",
        good="**Situation:** Checkout latency doubled after a model update.\n\n"
        "**Task:** I owned the fix and the postmortem.\n\n"
        "**Action:** I rolled back behind the canary and profiled the feature fetches.\n\n"
        "**Result:** p99 went from 900 ms back to 210 ms, watched on the checkout dashboard.",
        use_instead="Four labelled sections, none of them empty.",
        kinds=("star-story",),
        default_kinds=("star-story",),
        bad_kind="star-story",
    ),
    Rule(
        code="PL101",
        name="vague-verb",
        severity=Severity.WARNING,
        summary="A vague verb hides what you did.",
        message="'{match}' hides what you did",
        fix="Replace it with the action you took: built, cut, migrated, designed, led, "
        "debugged, measured.",
        what=(
            "Flags `helped`, `worked on`, `was responsible for`, `participated in`, "
            "`was involved in` and `assisted with` when they describe your own work. "
            "`helped` is flagged only when you (or your team) are the subject, so "
            "`the canary helped us catch it` is fine."
        ),
        why=(
            "These verbs tell the interviewer you were near the work, not what you did. "
            'They are the first thing a hiring committee circles when it asks "what was '
            "this candidate's part?\""
        ),
        bad="- Helped with the migration of the feature store to Feast.",
        good="- Migrated 140 features to Feast and cut training-serving skew from 4% to 0.3%.",
        use_instead="A concrete verb for your own action.",
        kinds=ALL_KINDS,
        default_kinds=ALL_KINDS,
        bad_kind="resume",
    ),
    Rule(
        code="PL102",
        name="unquantified-claim",
        severity=Severity.WARNING,
        summary="An intensifier claims a big change with no number in the sentence.",
        message="'{match}' with no number in the sentence",
        fix="Replace the intensifier with the number: 'much faster' becomes 'from 2 s to 300 ms'.",
        what=(
            "Flags `significantly`, `greatly`, `much faster` (and `much better`, "
            "`much cheaper`...), `drastically`, `dramatically`, `vastly`, `a lot`, "
            "`hugely`, `massively`, `substantially` and `considerably` when the same "
            "sentence has no measured number. `statistically significant` is not an "
            "intensifier and is not flagged."
        ),
        why=(
            "An intensifier asks the interviewer to trust you; a number lets them check. "
            "Interviewers discount adjectives and remember figures."
        ),
        bad="The new index made search dramatically faster.",
        good="The new index cut search p95 from 800 ms to 90 ms on the latency dashboard.",
        use_instead="The number the intensifier stands for.",
        kinds=ALL_KINDS,
        default_kinds=ALL_KINDS,
    ),
    Rule(
        code="PL103",
        name="tech-without-impact",
        severity=Severity.WARNING,
        summary="Three or more technologies listed with no data scale and no outcome.",
        message="{count} technologies named ({names}) with no data scale or outcome",
        fix="Tie the tools to what they did: the data scale they handled or the outcome "
        "they produced.",
        what=(
            "Flags an answer (or a resume bullet) that names three or more technologies "
            "(frameworks, databases, clouds, model families) but contains no measured number "
            "at all: no data scale such as `40 TB` or `3k QPS`, and no outcome."
        ),
        why=(
            "A list of tools reads like a keyword filter, and interviewers have seen every "
            "list. What they cannot see elsewhere is what the tools did for you at what "
            "scale."
        ),
        bad="- Built a pipeline with Kafka, Spark, Airflow and Kubernetes.",
        good="- Built a Kafka, Spark and Airflow pipeline that processes 2B events a day, "
        "cutting feature freshness from 24 h to 15 min.",
        use_instead="Fewer tools, each tied to a scale or an outcome.",
        kinds=ALL_KINDS,
        default_kinds=ALL_KINDS,
        bad_kind="resume",
    ),
    Rule(
        code="PL104",
        name="ownership",
        severity=Severity.WARNING,
        summary="The STAR Action says 'we' throughout and never 'I'.",
        message="The Action section says 'we' and never 'I' ({count} \u00d7 we/us/our)",
        fix="Say what you did: 'I designed the rollout; the team ran it' is stronger "
        "than 'we did everything'.",
        what=(
            "In a `star-story`, flags an Action section that uses `we`, `us` or `our` and "
            "never `I`, `me` or `my`."
        ),
        why=(
            "Behavioral rounds score your part, not your team's. An Action told entirely "
            "in 'we' leaves the interviewer unable to credit you with anything."
        ),
        bad="**Action:** We profiled the service, we found the slow join and we fixed it.",
        good="**Action:** I profiled the service and found the slow join; I rewrote it and "
        "the team reviewed the change.",
        use_instead="'I' for your actions, 'we' only for what the team did together.",
        kinds=("star-story",),
        default_kinds=("star-story",),
        bad_kind="star-story",
    ),
    Rule(
        code="PL901",
        name="unused-suppression",
        severity=Severity.WARNING,
        summary="A suppression comment suppresses nothing.",
        message="Suppression of '{rules}' suppresses nothing",
        fix="Delete the comment: the finding it was written for is gone.",
        what=(
            "Flags a `playbook-lint: disable=...` comment when none of the rules it names "
            "reported a finding in its scope. A comment that names a rule which did not run "
            "(because `--select` or `--ignore` left it out) is not reported: the linter "
            "cannot tell whether it is stale."
        ),
        why=(
            "A stale suppression hides the next real problem in the same answer. When every "
            "suppression still earns its place, the linter's silence means something."
        ),
        bad='<!-- playbook-lint: disable=quantified-outcome reason="NDA" -->\n'
        "- Cut p99 latency from 120 ms to 45 ms, watched on the latency dashboard.",
        good="- Cut p99 latency from 120 ms to 45 ms, watched on the latency dashboard.",
        use_instead="No comment where nothing needs suppressing.",
        kinds=ALL_KINDS,
        default_kinds=ALL_KINDS,
        bad_kind="resume",
    ),
    Rule(
        code="PL902",
        name="invalid-suppression",
        severity=Severity.ERROR,
        summary="A suppression comment has no reason or names an unknown rule.",
        message="Suppression ignored: {problem}",
        fix='Write disable=RULE reason="why this answer cannot show it", with a known '
        "rule name or code.",
        what=(
            "Every suppression must say why: "
            '`<!-- playbook-lint: disable=quantified-outcome reason="numbers under NDA" -->`. '
            "A suppression with no reason, an empty reason or an unknown rule does not "
            "suppress anything and is reported."
        ),
        why=(
            "A reason turns a silenced warning into a decision you can defend, and lets a "
            "reviewer tell a deliberate exception from a shortcut."
        ),
        bad="<!-- playbook-lint: disable=quantified-outcome -->\n"
        "- Worked on the search ranking model.",
        good='<!-- playbook-lint: disable=quantified-outcome reason="figures under NDA" -->\n'
        "- Rebuilt search ranking with a two-tower model, read out through an A/B test.",
        use_instead="A reason in double quotes.",
        kinds=ALL_KINDS,
        default_kinds=ALL_KINDS,
        bad_kind="resume",
    ),
)

BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES}
BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}


def lookup(key: str) -> Rule | None:
    """A rule by kebab-case name or code (case-insensitive code)."""
    return BY_NAME.get(key.strip().lower()) or BY_CODE.get(key.strip().upper())


def resolve(keys: list[str]) -> tuple[set[str], list[str]]:
    """Names for rule names, codes, code prefixes ('PL1') or 'ALL'; and unknown keys."""
    names: set[str] = set()
    unknown: list[str] = []
    for raw in keys:
        key = raw.strip()
        if not key:
            continue
        if key.upper() == "ALL":
            names.update(BY_NAME)
            continue
        rule = lookup(key)
        if rule is not None:
            names.add(rule.name)
            continue
        prefix = [r.name for r in RULES if r.code.startswith(key.upper()) and len(key) >= 2]
        if prefix and key.upper().startswith("PL"):
            names.update(prefix)
        else:
            unknown.append(key)
    return names, unknown
