"""PL001: every answer states a measured outcome (the number stages decide)."""

from __future__ import annotations

from collections.abc import Iterator

from playbook_lint.document import Answer
from playbook_lint.numbers import has_outcome
from playbook_lint.rulebase import ALL_KINDS, AnswerContext, Hit, Severity, rule
from playbook_lint.spec import AnswerKind


@rule(
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
        "(`120 ms`, `35%`, `12 per cent`, `4 percentage points`, `$200k`, `\u20b91.5 crore`, "
        "`INR 40 lakh`, `40 cents`, `3k QPS`, `40 TB`, `3x`, a rating of `4.7\u2605`), also "
        "glued to a word or sign (`sub-200ms`, `~3x`, `<50 ms`, `10k+`, `2.5x-faster`, "
        "`x3 faster`); a before-and-after (`from 120 ms to 45 ms`), also in words "
        "(`from days to minutes`, `from weekly to hourly`, `cut to zero`, `zero "
        "downtime`, `from almost nothing to about 1,900`, `ran weekly, and by the time I "
        "left it was hourly`); a number word or fraction (`halved`, `doubled`, `cut by a third`, "
        "`3-fold`); a percentile value (`p99 of 45 ms`); the value of a named metric "
        "(`an AUC of 0.91`, `F1 of .78`, `nDCG@10 from 0.42 to 0.47`, `MRR 0.61`, `BLEU "
        "31`, `RAGAS faithfulness 0.86`, `0.93 ROC-AUC`); the reach of what you built, "
        "counted in people or organisations with a word of use (`adopted by 120 "
        "analysts`, `used by 40 hospitals`, `30 hospitals rely on it`, `80 editors open it "
        "every morning`, `2,400 guides signed up`, `it got to 8k+ members`, `70 schools run "
        "their reminders through it`, `6,500 farmers log their deliveries daily`, `trained 48 "
        "supervisors, who now plan every shift in it`, `70 municipalities run their purchasing "
        "through the module I built`); person-time "
        "saved (`40 engineer-hours a week`, `2 FTE`, `saves ~10 on-call hours`); a share "
        "or rate written with "
        "`in` or `of` (`1 in 50 chargebacks`, `3 of 4 teams`, `11/12 releases`); none of "
        "something bad (`0 Sev1s in 6 months`, `drove flaky failures down to none`); a "
        "rank or place won (`ranked #1 in`, `2nd place of 140 teams`, `in the top 10`, "
        "`won the company hackathon`); "
        "a product's uptake (`2,000 users`, `50,000 downloads`, `2,300 GitHub stars`); "
        "or a count after a verb of delivery or result (`built 25 dashboards`, `shipped 14 "
        "features`, `migrated 50 DAGs`, `upgraded 12 services`, `closed out 85 bugs`, "
        "`resolved 300 tickets`, `discovered 40 bugs`, `got 2,400 online bookings`; "
        "`wrote 12 microservices`, `wrote 45 pages` and a bare `200 trees` do not count; "
        "a magnitude of a thing counts when an uptake, throughput or saving goes with it "
        "or a verb made it a result: `10k+ daily active farmers`, `sent 1.2M alerts`, "
        "while `about 2 million monthly players` is the size of the place). "
        "A STAR story with no Result "
        "section is read from the end of its Situation and Task (their numbers set the "
        "scene: `dropping 3-4% of messages` is the problem, not an outcome), or as a whole "
        "when it has neither, and `star-structure` reports the missing section; "
        "a note in a label (`**Result** (30 seconds):`) is part of the label, never an "
        "outcome.\n\n"
        "Numbers that are not outcomes do not count: years and dates (`2019`, `Q3 2024`), "
        "versions (`Python 3.11`, `Kubernetes 1.27`), standards (`SOC 2`, `ISO 27001`), "
        "phone numbers, `24/7`, complexity (`O(n log n)`), team size and tenure "
        "(`team of 12`, `5 data scientists`, `3 years`, `two to four years of "
        "experience`), whom you looked after, supported or trained (`looked after 150 accounts`, "
        "`partnered with 5 clients`, `supported 20 property agencies`, `supported 14 mining "
        "sites`, `trained 35 extension officers on the app`, unless they use it after: "
        "`trained 40 nurses, who now use it every shift` is reach), whom a thing was "
        "built for, with no word of use (`built a sales dashboard for 12 regional "
        "managers`; `60 regional managers use it every Monday` is reach), the size of a place "
        "you worked on (`on-call for a platform serving 8 million subscribers`, `on-call for the "
        "charging system behind ~11M subscribers`), a share of "
        "your own "
        "time (`20% of my time on on-call`), the k of a "
        "metric (`@10`), hyperparameters and other settings "
        "(`0.5 dropout`, `batch size 64`, `five-fold cross-validation`, `a 5% canary`, "
        "`shifted 20% of traffic`, "
        "`every 24 hours`, `a 3x-weekly release train`, `30 s backoff`, a rollout's first "
        "step told as a list (`10 percent, then 50, then everyone`), an on-call rotation "
        "(`1 in 5`, `PagerDuty rotation (1 in 3)`), a release cadence (`releases 2x/week`), "
        "how many tries (`3x retry`), an error budget's burn rate (`burn-rate alerts at "
        "14.4x`), a load test sized by the peak (`at 25k QPS, 2x projected peak`), "
        "`rate-limited to 100 requests per minute`, "
        "the load a test ran at (`a soak test at 2k TPS`), "
        "`chunks of 500 tokens`, an SLA agreed with a client and each of its terms), "
        "hardware (`8x A100 80GB`, "
        "`64 GB build agents`), "
        "budgets and grants (`a $2M cloud budget`, `project budget \u00a31.8m`, `a $50k "
        "grant`), the size of a data set (`a 3 TB clickstream dataset`, `the dataset was "
        "12 million rows`, `trained on 350k labelled examples`, `on 12k labelled images`), "
        "targets and asks "
        "(`was asked to get latency under 500 ms`, `a goal of 99.9%`, `hit 3 of 4 OKRs`, "
        "`the target we got was 99.9%`, a value named as the bar to clear such as "
        "`macro-F1 >= 0.90 as the ship gate`, an SLO you defined or own and each of its "
        "numbers), the "
        "condition of an alert (`pages "
        "when p95 exceeds 500 ms`, `latency alert (>30ms)`), pay and what a job is worth "
        "(`\u20b918 LPA current CTC`, `a KSh 45,000/month retainer`, `a \u20b940L project`, "
        "`R$ 180/h`, `Comp: US$385k TC`, `salary expectation \u20ac85-95k`, `current package "
        "58k + 10% bonus`, `a \u20b96.2 lakh fixed fee`), money paid or a price (`paid $30k "
        "for the licence`, `cloud spend of ~\u20ac6k/month`, `contracts at <\u20ac0.004/GB`, "
        "`a \u20b940 lakh monthly AWS bill`, "
        "`bought 40 laptops at $1,100 each`, `priced the tiers at $900 / $2,500`), a baseline "
        "alone (`the page took 3-4 seconds`) or what a diagnosis found (`traces showed the "
        "ORM was 70% of latency`, `query history showed 70% of credit burn came from 3 "
        "tables`), time "
        "spent (`spent 200 hours on the migration`, `a 40-hour course`, `6 engineer-months "
        "of effort`, `6 engineer-months migrating Jenkins`, person-time with nothing saved "
        "such as `maybe 800 engineer-hours total`, hundreds of hours given such as `~500 hrs "
        "as on-call primary`, a work schedule such as `freelance, 15-20 hrs/week`, `a "
        "contract, 30 hours a week`, `on a 15 hrs/week contract` or "
        "`12 hrs/week on support tickets`, `about ten hours a week on the support desk`), how "
        "long something ran (`for 48 "
        "hours`, `a 72-hour soak test`) and anything inside inline code. In a system "
        "design answer, a sentence that only plans (`I'd cap retries at 3 with a 250 ms "
        "backoff`, `it has to fan out to 30 million devices in five minutes`) states no "
        "result, while one about a system you built before does (`when we built this at "
        "my last job, p99 fell from 180 ms to 35 ms`). Run "
        "`playbook-lint --show-numbers FILE` to see every number the linter saw and the "
        "reason each one did or did not count."
    ),
    why=(
        "An interviewer scores impact, and impact is a difference someone measured. "
        "Without a number the claim cannot be compared, checked or remembered after the "
        "loop; with one, the interviewer can ask the follow-up that lets you shine: "
        "how did you measure it, and what did it cost? A target you were given or a "
        "setting you chose is not a result: the interviewer wants the number that "
        "changed because of your work."
    ),
    bad="- Worked on the ranking service and made it faster for customers.",
    good="- Cut ranking p99 latency from 120 ms to 45 ms for 1.2M daily users "
    "by moving scoring to Triton, watched on the Grafana latency dashboard.",
    use_instead="A before-and-after with a unit, tied to who benefited.",
    kinds=ALL_KINDS,
    default_kinds=ALL_KINDS,
    bad_kind=AnswerKind.RESUME,
)
def check(ctx: AnswerContext) -> Iterator[Hit]:
    answer = ctx.answer
    result = answer.sections.get("result")
    if result is not None and answer.kind is _STAR:
        if not has_outcome(ctx.text, result.start, result.end):
            yield Hit(result.label_start, result.label_end, {"unit": "STAR story's Result"})
    elif answer.kind is _STAR and (told := _after_the_setting(ctx.text, answer)) is not None:
        # no Result: what happened is told after the Situation and the Task, whose
        # numbers set the scene ("dropping 3-4% of messages") and are not outcomes
        if not has_outcome(ctx.text, told, answer.end):
            start, end = ctx.first_line()
            yield Hit(start, end, {"unit": answer.unit})
    elif not ctx.outcome():
        start, end = ctx.first_line()
        yield Hit(start, end, {"unit": answer.unit})


def _after_the_setting(text: str, answer: Answer) -> int | None:
    """Where a story with no Result goes on after its Situation and Task; None when it
    has neither section or nothing after them (labels run inline: "Situation: ...
    Task: ... Result: ..." is one Situation to the parser, read whole)."""
    sections = answer.sections
    setting = [sections[name].end for name in ("situation", "task") if name in sections]
    told = max(setting, default=answer.end)
    return told if text[told : answer.end].strip() else None


_STAR = AnswerKind.STAR_STORY  # a module constant: enum attribute lookups are slow
