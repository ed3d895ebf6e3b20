"""Right on real text (issue 9, item 5): the failure classes, one fixture per class and
verdict next to each rule's bad.md and good.md.

- ``good-*.md``: no answer in the file gets a finding from the rule.
- ``bad-*.md``: every answer in the file gets one (for star-structure: the file does).

Each fixture holds examples written for these tests, not taken from the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from playbook_lint import lint_text
from playbook_lint.inputs import read
from playbook_lint.numbers import Reason, has_outcome, mentions
from playbook_lint.numbers.candidate import plain_number
from playbook_lint.spec import AnswerKind
from playbook_lint.units import detect

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CLASS_FIXTURES = sorted(
    path
    for path in FIXTURES.glob("*/*.md")
    if path.name.startswith(("good-", "bad-")) and path.parent.name != "star-structure"
)
STAR_FIXTURES = sorted((FIXTURES / "star-structure").glob("*-*.md"))


def _watched(text: str) -> bool:
    """Whether observability finds a watch in text read as a spoken answer."""
    return not lint_text(text, kind="answer", select=["observability"])


def findings_per_answer(path: Path) -> tuple[int, list[int]]:
    """(number of answers, the answer index of each finding of the fixture's rule)."""
    rule = path.parent.name
    text = path.read_text(encoding="utf-8")
    doc = read(path.name, text.encode("utf-8"), None)
    starts = [answer.start for answer in doc.answers]
    hits = []
    for finding in lint_text(text, path=path.name, select=[rule]):
        assert finding.rule.name == rule
        hits.append(max(i for i, start in enumerate(starts) if start <= finding.start))
    return len(starts), hits


@pytest.mark.parametrize("path", CLASS_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_class_fixture_verdicts(path: Path) -> None:
    answers, hits = findings_per_answer(path)
    assert answers >= 1
    if path.name.startswith("good-"):
        assert hits == [], f"{path.name}: findings in answers {hits}"
    else:
        assert sorted(set(hits)) == list(range(answers)), f"{path.name}: only {sorted(set(hits))}"


@pytest.mark.parametrize("path", STAR_FIXTURES, ids=lambda p: p.name)
def test_star_labels_as_people_write_them(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    findings = lint_text(text, path=path.name, select=["star-structure"])
    if path.name.startswith("good-"):
        assert findings == []
    else:
        assert [f.message for f in findings] == ["The Task section is missing"]


def test_four_stories_with_four_label_styles_are_four_answers() -> None:
    path = FIXTURES / "star-structure" / "good-as-people-write-it.md"
    doc = read(path.name, path.read_bytes(), None)
    assert [sorted(answer.sections) for answer in doc.answers] == [
        ["action", "result", "situation", "task"]
    ] * 4


def test_a_number_in_a_label_note_is_part_of_the_label() -> None:
    path = FIXTURES / "quantified-outcome" / "bad-star-note-numbers.md"
    doc = read(path.name, path.read_bytes(), None)
    (story,) = doc.answers
    result = story.sections["result"]
    assert doc.source[result.label_start : result.label_end] == "Result** (30 seconds):"
    assert mentions(doc.masked, result.start, result.end) == []


# Each number, the reason --show-numbers gives it. The classes of issue 9, item 5:
WHY = [
    ("Reached an AUC of 0.91 on churn", "0.91", Reason.NAMED_METRIC),
    ("Held a 0.93 ROC-AUC all year", "0.93", Reason.NAMED_METRIC),
    ("nDCG@10 went up", "10", Reason.METRIC_CUTOFF),
    ("Trained with 0.5 dropout", "0.5", Reason.SETTING),
    ("Shipped sub-200ms search", "200", Reason.UNIT),
    ("Adopted by 120 analysts", "120", Reason.REACH),
    ("Managed 5 engineers", "5", Reason.TEAM_SIZE),
    ("Saved 40 engineer-hours a week", "40", Reason.PERSON_TIME),
    ("Spent 200 hours on the migration", "200", Reason.EFFORT),
    ("Was asked to get latency under 500 ms", "500", Reason.INTENT),
    ("The legacy page took 3-4 seconds to load", "4", Reason.BASELINE),
    ("Shifted 20% of traffic to the new model", "20", Reason.SETTING),
    ("two to four years of experience", "four", Reason.EXPERIENCE),
    ("Ran the job for 48 hours", "48", Reason.PERIOD),
    ("Cut hallucinations to 1 in 50 answers", "1", Reason.RATIO),
    ("Trained on 8x A100 for a week", "8", Reason.SETTING),
    ("Quantised the 70B for serving on two GPUs", "70", Reason.MODEL_SIZE),
    ("Shipped the migration 2 weeks early", "2", Reason.DURATION_CHANGE),
    ("Paid $30k for the vendor licence", "$30k", Reason.SPEND),
    ("Pages the on-call when p95 exceeds 500 ms", "500", Reason.INTENT),
    ("Defined a 99.9% availability SLO", "99.9", Reason.SETTING),
    ("Met our 99.9% availability SLO all year", "99.9", Reason.UNIT),
    ("Got 3 of 4 squads onto the new SDK", "3", Reason.RATIO),
    ("Hit 3 of 4 quarterly OKRs", "3", Reason.NO_UNIT),
    ("Q3: 19/20 launches without a rollback", "19", Reason.FRACTION),
    ("Released on 11/12 this year", "11", Reason.RATIO_OR_DATE),
    ("Ranked #2 in the regional forecasting cup", "2", Reason.RANK),
    ("Took 3rd place of 90 teams", "3", Reason.RANK),
    ("Placed in the top 20 on the public leaderboard", "20", Reason.RANK),
    ("Joined as hire #7 of the data team", "7", Reason.NO_UNIT),
    ("Managed a $3M annual data budget", "$3M", Reason.FUNDS),
    ("Finished $80k under budget", "$80k", Reason.MONEY),
    ("Published a 2 TB street-imagery dataset", "2", Reason.INPUT_SIZE),
    ("Retries up to 3 times with a 10 s backoff", "10", Reason.SETTING),
    ("Activation 31%->38% after the new checklist", "31", Reason.UNIT),
    ("Two of the five regions moved to it", "Two", Reason.RATIO),
    ("One bad label in every 300 images", "One", Reason.RATIO),
    ("I'd say the bill fell by $25k a month", "$25k", Reason.MONEY),
    ("I'd keep it under 200 ms", "200", Reason.INTENT),
    ("Ramped it to 5% of users, then 25%", "25", Reason.SETTING),
    ("Relied on by about 70 claims handlers", "70", Reason.REACH),
    ("Giving back 3 days of analyst time a month", "3", Reason.PERSON_TIME),
]
# Classes found on the tuned corpus parts 3 to 6 (fresh examples, not their items).
WHY_ROUND_3 = [
    ("Lifted sign-ups twelve per cent in the pilot", "twelve per cent", Reason.UNIT),
    ("Error rate went from 8 per cent to 3 per cent", "8 per cent", Reason.UNIT),
    ("Churn was around twenty-two percent when I joined", "twenty-two", Reason.BASELINE),
    ("Play Store rating 3.1\u2605 \u2192 4.6\u2605", "3.1\u2605", Reason.UNIT),
    ("Cost per label fell 14p \u2192 6p", "14p", Reason.MONEY),
    ("Wrote the 3p connector for Stripe", "3", Reason.NAME_OR_ORDINAL),
    ("Saved \u20b91.5 crore a year on freight", "\u20b91.5 crore", Reason.MONEY),
    ("Cut vendor spend by INR 30 lakh", "INR 30 lakh", Reason.MONEY),
    ("Storage bill fell by a 40-ish percent", "40", Reason.UNIT),
    ("Finished second out of 31 teams", "31", Reason.RANK),
    ("Came 4th among 300 entrants", "4", Reason.RANK),
    ("Completed a 60-hour Data Engineering Specialisation course", "60", Reason.EFFORT),
    ("Ran a 48-hour load test before launch", "48", Reason.EFFORT),
    ("Project budget $900k over 10 months", "$900k", Reason.FUNDS),
    ("Bought 40 laptops at $1,100 each", "$1,100", Reason.SPEND),
    ("Deployed 6 models to the edge fleet", "6", Reason.CHANGE_SIZE),
    ("Wrote 30 pages of runbooks", "30", Reason.NO_UNIT),
    ("Agreed a 99.9% uptime SLA with the customer", "99.9", Reason.SETTING),
    ("Maintained a 99.95% availability SLA for two years", "99.95", Reason.UNIT),
    ("Increased test coverage to 82%", "82", Reason.UNIT),
    ("Rolled it out to ten percent of users first", "ten percent", Reason.SETTING),
    ("Reduced manual review effort by 2 FTEs", "2", Reason.PERSON_TIME),
    ("Gave every squad back ~3 days a sprint", "3", Reason.PERSON_TIME),
    ("About 9 engineer-weeks of effort estimated", "9", Reason.EFFORT),
    ("The corpus was about 3 million support tickets", "3 million", Reason.INPUT_SIZE),
    ("Trained on 8 H100 80GB cards", "80GB", Reason.SETTING),
    ("Ran it on 32-core / 128 GB workers", "128 GB", Reason.SETTING),
    ("Freed 200 GB of disk on every node", "200 GB", Reason.UNIT),
    ("The query bill went down by about 3k a month", "3k", Reason.MAGNITUDE),
]
WHY_ROUND_3 += [
    ("MRR of the FAQ retriever on the support set rose to 0.66", "0.66", Reason.NAMED_METRIC),
    (
        "Precision at five was point six one on the audit sample",
        "point six one",
        Reason.NAMED_METRIC,
    ),
    ("ECE 301 teaching assistant", "301", Reason.NO_UNIT),
    ("Saved 3MM+ a year on freight", "3MM", Reason.MAGNITUDE),
    ("Revenue up R$ 900k in the south region", "R$ 900k", Reason.MONEY),
    ("Owned accounts worth about 5 crore INR", "5 crore INR", Reason.FUNDS),
    ("Put in ~70 hrs/week during the launch", "70", Reason.EFFORT),
    ("Part-time role (20 h/week) on the data team", "20", Reason.EFFORT),
    ("Approx. 900 nurse-hours a year saved", "900", Reason.PERSON_TIME),
    ("Project effort: 30 person-months", "30", Reason.EFFORT),
    ("Shifted about ten percent of traffic to the new model", "ten percent", Reason.SETTING),
    ("Retention +1.8 pp in the treatment arm", "1.8", Reason.UNIT),
    ("With a 20% holdout and 10-fold cross-validation", "10", Reason.SETTING),
    ("Published 4 papers (2 x EMNLP)", "2", Reason.LABEL),
    ("Ran the load test at 3x the expected peak traffic", "3x", Reason.SETTING),
    ("Scope: 4 countries, 900 stores, 20k SKUs", "20k", Reason.SETTING),
    ("Two of the six engineers stayed on the old stack", "Two", Reason.SPELLED_NO_UNIT),
]
WHY_ROUND_3 += [
    ("Defect detector reached mAP50 0.88 on the line-3 holdout", "0.88", Reason.NAMED_METRIC),
    ("Dashboards relied on by all 30 store managers", "30", Reason.REACH),
    ("Saved the billing team three full days a month", "three", Reason.PERSON_TIME),
    ("Paid ~$18k/yr for the observability vendor", "$18k", Reason.SPEND),
    ("Fine-tuned on 900k labelled receipts", "900k", Reason.INPUT_SIZE),
    ("One of four data engineers on the platform", "One", Reason.SPELLED_NO_UNIT),
    ("Estimated 6 hrs/week of manual triage", "6", Reason.BASELINE),
    ("Saves an estimated 300 hours/yr of re-keying", "300", Reason.RATE),
    ("Stress-tested the API at 5k RPS before launch", "5k", Reason.SETTING),
    ("Our SLO was 99.9% of checkouts under 2 s", "99.9", Reason.SETTING),
    ("The SLO was 99.9% and we hit 99.97% every month", "99.97", Reason.UNIT),
    ("Dedicated 20% of my time to the hiring loop", "20", Reason.EFFORT),
    ("Cluster quality: silhouette score 0.51 on the holdout", "0.51", Reason.NAMED_METRIC),
    ("Expected calibration error dropped to 0.04", "0.04", Reason.NAMED_METRIC),
    ("Kept a 12k-line legacy codebase alive", "12k", Reason.BARE),
    ("Rate limiter at 500 req/s, burst 1k", "1k", Reason.SETTING),
    ("Pipeline retries 3x with backoff", "3x", Reason.SETTING),
    ("Trained on a 4x H100 node (80GB each)", "80GB", Reason.SETTING),
    ("Ran the regional hackathon over 36 hours", "36", Reason.PERIOD),
    ("SLO of 99.9% met in 11 of 12 months", "11", Reason.RATIO),
    ("Alerts caught it 3 hours after deploy, before any customer impact", "3", Reason.UNIT),
    ("It was a four engineer-month project", "four", Reason.EFFORT),
    ("Wrote tests and maybe twelve pages of docs", "twelve", Reason.SPELLED_NO_UNIT),
    ("Sends about a million push notifications a day", "a million", Reason.MAGNITUDE),
    (
        "Shipped a release every two weeks used by over one million drivers",
        "one million",
        Reason.MAGNITUDE,
    ),
    ("Cut support load for millions of customers", "millions", Reason.MAGNITUDE),
    ("Search over millions of products", "millions", Reason.SPELLED_NO_UNIT),
    ("Saved hundreds of analyst hours with a matching tool", "hundreds", Reason.PERSON_TIME),
    ("Streams up to 30T of events/day", "30T", Reason.MAGNITUDE),
    ("Across 2 legacy platforms, achieving 99.99% availability", "99.99", Reason.UNIT),
    ("Led the delivery of 12+ client projects", "12", Reason.CHANGE_SIZE),
    ("Loaned 40% to the payments team for a quarter", "40", Reason.EFFORT),
    ("Cleaned and merged 12 billion rows of telemetry data", "12 billion", Reason.INPUT_SIZE),
    ("Processed 2B events a day", "2B", Reason.MAGNITUDE),
    ("Raised the accuracy of 20+ monthly finance reports", "20", Reason.NO_UNIT),
]
# Round 6 (real resume samples 2 and 3, tuned part 7).
WHY_ROUND_3 += [
    ("Ingest sustains 3,500+ events/second at peak", "3,500", Reason.RATE),
    ("Built 2B+ daily clickstream ETL jobs", "2B", Reason.MAGNITUDE),
    ("A deploy bot that 35+ iOS engineers rely on", "35", Reason.REACH),
    ("Wrote CI templates supporting 25+ analysts", "25", Reason.REACH),
    ("Teaching assistant for 180 students in a compilers course", "180", Reason.TEAM_SIZE),
    ("Held a 4.7+ star rating across 12 releases", "4.7", Reason.UNIT),
    ("Hotel search for 5-star resorts", "5", Reason.NO_UNIT),
    ("District Rank 12 among 3 lakh candidates", "12", Reason.RANK),
    ("Our bid had the highest technical score among 6 vendors", "6", Reason.RANK),
    ("LoRA rank 16 in every adapter", "16", Reason.SETTING),
    ("Integrated 11 shipping carriers behind one API", "11", Reason.REACH),
    ("Integrated 7 payment gateways into checkout", "7", Reason.COUNT),
    ("Automated the provisioning of 300 store tills", "300", Reason.CHANGE_SIZE),
    ("Wrote about 65% of the payments service's code", "65", Reason.WORK_SHARE),
    ("Manage 30% of the platform group", "30", Reason.WORK_SHARE),
    ("Built a linter used by 40% of the team", "40", Reason.UNIT),
    ("Removing hundreds of flaky tests from the suite", "hundreds", Reason.MAGNITUDE),
    ("A build cache saving thousands of dev-hours", "thousands", Reason.PERSON_TIME),
    ("The SDK is run by over 9,000 shops", "9,000", Reason.REACH),
    ("The new API will be used by thousands of sellers", "thousands", Reason.INTENT),
    ("Catalogue consumed by 9 product teams", "9", Reason.REACH),
    ("Two engineer-weeks went into the spike", "Two", Reason.EFFORT),
    ("Dataset: 30M rows of call records", "30M", Reason.SETTING),
    ("Ran a $250k yearly cloud spend", "$250k", Reason.FUNDS),
    ("10 years in telecom, last 4 as architect", "4", Reason.NO_UNIT),
    ("Fine-tuned a ViT-B on 2M product photos", "2M", Reason.INPUT_SIZE),
    ("Search hit-rate@5 of 0.77 on the gold questions", "0.77", Reason.NAMED_METRIC),
    ("Saved the billing desk three full days per month", "three", Reason.PERSON_TIME),
    ("Saves the support team an estimated 900 hours/yr of triage", "900", Reason.RATE),
    ("A feature store that 45 analysts use daily", "45", Reason.REACH),
    ("We got to like twenty k monthly users", "twenty", Reason.COUNT),
    ("I think we hit ten k plus by the summer", "ten", Reason.MAGNITUDE),
    ("Bought 20 dev boards at ~$80 each for the lab", "$80", Reason.SPEND),
    ("Fine-tuned it on 8 GPUs for about 12 hours", "12", Reason.PERIOD),
    ("Processed roughly 3 TB of access logs to build churn features", "3", Reason.INPUT_SIZE),
    ("Trained a detector on 30k images from 4 depots", "4", Reason.NO_UNIT),
    ("A 4-layer MLP with 128 hidden units", "128", Reason.NO_UNIT),
    ("Hired and onboarded 6 graduate engineers", "6", Reason.TEAM_SIZE),
    ("To be rolled out to 300 branches next year", "300", Reason.INTENT),
    ("The bot is used by something like 250 of the agents", "250", Reason.REACH),
    ("Scored 68.2 on the MMLU subset for Tagalog", "68.2", Reason.NAMED_METRIC),
    ("Removed ~2 FTE of manual invoice matching", "2", Reason.PERSON_TIME),
    ("Farm-price SMS reaching 30,000 growers", "30,000", Reason.REACH),
    ("Data portal consulted by 40 city governments", "40", Reason.REACH),
    ("Recall of the old model was 0.52 when I joined", "0.52", Reason.BASELINE),
    ("Ensured 99.9% uptime SLA for 40+ clusters", "99.9", Reason.UNIT),
    ("Kept a 4.6+ lifetime rating on the App Store", "4.6", Reason.UNIT),
    ("Data from over 2 million riders for a planner with 40+ routes", "40", Reason.NO_UNIT),
    ("Fixed two N+1 queries in the orders API", "1", Reason.NAME_PART),
    ("Freshness went from T+1 to T+2h", "1", Reason.NO_UNIT),  # no name part: T+1 is a time
    ("We load tested at like 4k requests a second", "4k", Reason.SETTING),
    ("Series B of $20M led by a Lagos fund", "$20M", Reason.FUNDS),
    ("Sole developer on a $30k fixed-price contract", "$30k", Reason.FUNDS),
    ("The release ended in a $5M contract with a state agency", "$5M", Reason.MONEY),
    ("Completed a 40-hour cloud security certification", "40", Reason.EFFORT),
    ("We processed around two petabytes of CDN logs to build features", "two", Reason.INPUT_SIZE),
    ("About three to four years of Java before moving to ML", "four", Reason.LONG_DURATION),
    ("We worked out it saved the support desk maybe six hours a week", "six", Reason.UNIT),
    ("Lab scripts give the chemists back ~30 scientist-hours per month", "30", Reason.PERSON_TIME),
    ("SLA agreed with the clinic: results within 6 h", "6", Reason.SETTING),
    ("Our SLO with the bank was 99.9%", "99.9", Reason.SETTING),
    ("Owned the SLOs for the API: 99.9 % availability met every month", "99.9", Reason.UNIT),
    ("Built about 30 dashboards in Tableau for the buyers", "30", Reason.COUNT),
    ("WER logged to W&B; best model 12.4 vs 19.8 for the baseline", "12.4", Reason.NAMED_METRIC),
    ("Cohen's kappa of the GPT-4o judge and the nurses reached 0.71", "0.71", Reason.NAMED_METRIC),
    ("Max 10 req/s per tenant, 30s timeout", "30s", Reason.SETTING),
    ("The estimate was that it would save twenty hours a week", "twenty", Reason.INTENT),
    ("A portal used by over 40,000 veterans a month", "40,000", Reason.REACH),
    ("Designed a system that could serve 2M deliveries a day", "2M", Reason.INTENT),
    ("Project effort 6 engineer-months, budget $90k", "6", Reason.EFFORT),
    # an objective written down is a target, every number of it (round 28)
    ("Defined SLOs (99.5% availability, p95 < 300ms) for the API", "99.5", Reason.INTENT),
    ("Defined SLOs (99.5% availability, p95 < 300ms) for the API", "300ms", Reason.INTENT),
    ("I defined the SLO myself, 99.9 percent of requests under 200 ms", "99.9", Reason.INTENT),
    ("I defined the SLO myself, 99.9 percent of requests under 200 ms", "200 ms", Reason.INTENT),
    ("Dataset: 1.5M support emails (2020-2023), of which 40k hand-labelled", "40k", Reason.SETTING),
    ("Proposed cutting cloud spend by 25% in the FY27 roadmap", "25", Reason.INTENT),
    ("Visited 25 branches during the core-banking migration", "25", Reason.NO_UNIT),
    ("Trained the crack-detection model on 90k labelled photos", "90k", Reason.INPUT_SIZE),
    ("Processed 3 PB of logs a day in Spark to build ranking features", "3", Reason.INPUT_SIZE),
    ("Processed 2B events a day", "2B", Reason.MAGNITUDE),
    ("The bootcamp was forty hours spread over two weeks", "forty", Reason.EFFORT),
    ("I built about thirty reports in Power BI for the buyers", "thirty", Reason.COUNT),
    ("Trained the tagger on 2M sentences drawn from a 30 TB web crawl", "30", Reason.INPUT_SIZE),
    ("Trained on 2 years of orders, 40 million rows, on 8 GPUs", "40 million", Reason.INPUT_SIZE),
    ("Then we shift 20% at a time while the controller compares error rates", "20", Reason.SETTING),
    ("Our SLO is 99.9% of requests under 250 ms", "250", Reason.SETTING),
    ("The new model agreed with the old one 96% of the time in shadow", "96", Reason.UNIT),
    ("Ran the fine-tune on 4x A100 for ~20 hours", "20", Reason.PERIOD),
    ("Interviewed 45 customers during discovery", "45", Reason.NO_UNIT),
    ("Forecast $1.2M of yearly savings from the routing proposal", "$1.2M", Reason.INTENT),
    ("We forecast around two million dollars of savings", "two million", Reason.INTENT),
    ("Designed the retrieval tier for 30k QPS at peak", "30k", Reason.INTENT),
    ("Fine-tuning data: 60k instruction pairs", "60k", Reason.SETTING),
    ("Before the project, search p95 was 3-5 seconds", "3", Reason.BASELINE),
    (
        "Fine-tuned Llama 8B with LoRA rank 8 and 0.1 dropout on 25k support chats",
        "25k",
        Reason.INPUT_SIZE,
    ),
    (
        "Ingested 3 PB of web logs a month and built the churn features from them",
        "3",
        Reason.INPUT_SIZE,
    ),
    ("The rebuild took us about five engineer-months", "five", Reason.EFFORT),
    (
        "Auto-remediation took roughly eight engineer-hours a week off the on-call",
        "eight",
        Reason.PERSON_TIME,
    ),
    ("Saved Rp 900 juta a year in cloud cost", "Rp 900", Reason.MONEY),
    ("Generated savings of 1.4 mln zł annually", "1.4", Reason.MAGNITUDE),
    ("Staged rollout on Play Store 5 %→25 %→100 %", "25", Reason.SETTING),
    ("- 5% canary for 30 minutes, then full rollout", "5", Reason.SETTING),
    ("Business case estimated $2M savings over three years", "$2M", Reason.INTENT),
    ("Flagged a feed break early enough to avoid an estimated $90k loss", "$90k", Reason.MONEY),
    ("Pool size 50, 2s timeouts, 3 retries", "2s", Reason.SETTING),
    ("The alert pages when p95 goes over six hundred milliseconds", "six hundred", Reason.INTENT),
    (
        "We'd need to handle five thousand requests a second next year",
        "five thousand",
        Reason.INTENT,
    ),
    ("The new run beat the baseline by six points of exact match", "six", Reason.UNIT),
]
# Round 11: decimal commas, capacities and plans, budgets owned, effort in hours.
WHY_ROUND_3 += [
    ("Refund errors fell from 3,4 % to 0,6 % in a month", "3,4 %", Reason.UNIT),
    ("Operating margin up 1,8 p.p. year on year", "1,8 p.p.", Reason.UNIT),
    ("Store margin up 2 pp after the new pricing", "2 pp", Reason.UNIT),
    ("Tuned a margin of 0.4 for the contrastive loss", "0.4", Reason.SETTING),
    ("Yearly budget 2,5 mln zł for the data team", "2,5", Reason.FUNDS),
    ("Budget holder for a £900k data-platform programme", "£900k", Reason.FUNDS),
    ("The gateway supports up to 8k rps per node", "8k", Reason.INTENT),
    ("Forecast to save 1,500 agent-hours once every branch is on it", "1,500", Reason.INTENT),
    ("Owned the 2 h incident-response SLA with the insurer", "2 h", Reason.SETTING),
    ("Cluster sized with 30% headroom for the sales peak", "30%", Reason.SETTING),
    ("Spent approx. 120 hrs porting the reports to dbt", "120 hrs", Reason.EFFORT),
    (
        "The port took us two months and about three hundred developer hours",
        "three hundred",
        Reason.EFFORT,
    ),
    ("We scored recall at 50 for the retriever", "50", Reason.METRIC_CUTOFF),
    ("Support now gets 60 fewer tickets a week", "60", Reason.CHANGE_SIZE),
    ("Hit the uptime SLA in 12 of 12 months", "12", Reason.RATIO),
    ("Audit prep, leading to 30% time savings for the team", "30%", Reason.UNIT),
]
# Round 12: the scene set before the work, hours of learning, rollouts named after them.
WHY_ROUND_3 += [
    ("We had about 2 million players and 30 million events a day", "2 million", Reason.BASELINE),
    ("We had about 2 million players and 30 million events a day", "30 million", Reason.BASELINE),
    ("Finished a 300-hour data bootcamp and 90 hrs of coursework", "90 hrs", Reason.EFFORT),
    ("Billable: 1,400 hrs in FY23 across 4 clients", "1,400 hrs", Reason.EFFORT),
    ("5% of requests mirrored to the new ranker for a week", "5%", Reason.SETTING),
    ("Analysed 3 TB of turbine logs from 200 sites", "3 TB", Reason.INPUT_SIZE),
    ("Staged a 10% \u2192 50% \u2192 100% rollout of the new search", "10%", Reason.SETTING),
    ("The 99.9% SLA was met every quarter", "99.9%", Reason.UNIT),
    ("Joined a 20k+ employee insurer as its first ML engineer", "20k", Reason.TEAM_SIZE),
    ("Was asked for an F1 of at least 0.8 on the new labels", "0.8", Reason.INTENT),
    # ... and ways of stating a result: person-time of testers, citations, a place in words
    ("Regression suite freed ~40 tester-hours per release", "40", Reason.PERSON_TIME),
    ("The survey paper was cited 120+ times", "120", Reason.COUNT),
    ("We came third out of sixty teams at the hackathon", "sixty", Reason.RANK),
    ("The filter blocked roughly 900 spam sign-ups a week", "900", Reason.CHANGE_SIZE),
    ("Loss went from something like 0.41 to 0.63", "0.41", Reason.CHANGE),
    ("The app has 3,000 MAU", "3,000", Reason.COUNT),
    ("Around 1,200 claims adjusters rely on the triage tool daily", "1,200", Reason.REACH),
    ("The bot took roughly two FTE of data entry off the back office", "two", Reason.PERSON_TIME),
    ("Finished top-5 of 340 teams in the data-science league", "340", Reason.RANK),
    ("Shaved ~3 days per quarter off each analyst's reporting", "3 days", Reason.PERSON_TIME),
    ("Procured the geodata feed at $22k/yr", "$22k", Reason.SPEND),
    ("HPA at 75% CPU, max 20 replicas", "75", Reason.SETTING),
    ("Four-node cluster on 3x m5.large", "3x", Reason.SETTING),
    ("Double-XP weekend: 2x multiplier for 48 hours", "2x", Reason.SETTING),
    ("Developed 12+ KPI dashboards in Power BI", "12", Reason.COUNT),
    ("Reached exact-match of 0.71 on the SQL benchmark", "0.71", Reason.NAMED_METRIC),
    (
        "We had 9 months of logs, about 1.5 million sessions, and a team of three",
        "1.5 million",
        Reason.BASELINE,
    ),
    ("Set a <$0.05/query budget alert on the gateway", "$0.05", Reason.FUNDS),
    ("Each prompt release runs 12h at 5% of traffic first", "12h", Reason.SETTING),
    ("The alert fires when the 1h mean drops under 0.7", "1h", Reason.SETTING),
    ("Cache layer achieving sub-2-second average response times", "2-second", Reason.UNIT),
    # round 14
    ("It finished at 0.44 against 0.39 for control", "0.39", Reason.CHANGE),
    ("In shadow it would have caught about 12 percent more fraud", "12 percent", Reason.UNIT),
    ("Precision held at 0.98+ all year", "0.98", Reason.NAMED_METRIC),
    ("We are on track to hit 99.9% by Q4", "99.9%", Reason.INTENT),
    ("By the end we had 40 schools using the planner", "40", Reason.REACH),
    ("Generated around 200 compliance reports a month automatically", "200", Reason.COUNT),
    ("Returned 429s with a Retry-After header", "429", Reason.NO_UNIT),
    ("Joined as engineer #7 in 2021", "7", Reason.NO_UNIT),
    ("Owned a €2,5 Mio. data budget", "€2,5", Reason.FUNDS),
    # round 21: "over" before a count of change is a hedge, like "about"
    ("Retired over 120 cron jobs from the old scheduler", "120", Reason.CHANGE_SIZE),
    ("Resolved over 400 help desk tickets in my first year", "400", Reason.CHANGE_SIZE),
    ("Moved the archive over 3 years, a region at a time", "3", Reason.LONG_DURATION),
    # time given to people is effort, like time worked
    ("Mentored two juniors about 3 hours a week", "3", Reason.EFFORT),
    ("Taught an evening SQL class 6 hours a week", "6", Reason.EFFORT),
    # round 21c: an estimate told as an aside, and a saving nearer than the effort word
    ("Toil fell by, we estimated, roughly 8 engineer-hours a week", "8", Reason.PERSON_TIME),
    ("We worked out the bot saved the clerks about 3 person-hours a day", "3", Reason.PERSON_TIME),
    ("We estimated the rewrite at 9 engineer-months", "9", Reason.EFFORT),
    # a sign between "to" and the number: a level reached
    ("Brought consumer lag down to <2s (it was minutes)", "2s", Reason.UNIT),
    ("The ledger API serves 9 insurtechs today", "9", Reason.REACH),
    ("Lead-scoring model with a top-decile lift of 2.7", "2.7", Reason.NAMED_METRIC),
    # round 21d: the gerund of an ask, a size chosen, a budget per year
    ("Was charged with reaching 99.9% availability on the partner API", "99.9", Reason.INTENT),
    ("Sized a 20k-entry LRU cache per pod", "20k", Reason.SETTING),
    ("Handled a $3m/yr media spend for six retail brands", "$3", Reason.FUNDS),
    # round 21e: settings set at a value, and a hyphened setting word after a unit
    ("Owned the checkout API; its p95 SLO was set at <250ms", "250", Reason.SETTING),
    ("Loaded clickstream into BigQuery on 10-min micro-batches", "10-min", Reason.SETTING),
    ("Throttled clients get a 429 and a 20s Retry-After", "20s", Reason.SETTING),
    # what a price bought
    ("Paid a labelling vendor $40k for 25k transcribed calls", "25k", Reason.SPEND),
    # round 21g: shares of one's own time, prices set, objectives set, diagnoses, scope
    ("About 30% of each sprint on support rotation", "30%", Reason.EFFORT),
    ("15% of my time on hiring, 85% on the ledger service", "85%", Reason.EFFORT),
    ("Priced the three support tiers at $900 / $2,500 / $6,000 a month", "$2,500", Reason.SPEND),
    ("Search SLO defined at 99.9% of queries under 400 ms", "99.9", Reason.SETTING),
    ("The client's acceptance bar was a WER of 12%", "12%", Reason.INTENT),
    ("Profiling showed JSON parsing was ~45% of CPU on the ingest nodes", "45%", Reason.BASELINE),
    ("As account engineer I looked after about 90 customers in Norway", "90", Reason.BASELINE),
    # round 22a: person-time named past a word of role; a diagnosis told share first
    ("The new triage bot saves 2 support FTE at the Nairobi office", "2", Reason.PERSON_TIME),
    ("Self-healing runbooks save ~6 on-call hours every week", "6", Reason.PERSON_TIME),
    ("Freed up one full-time data engineer for the lakehouse", "one", Reason.PERSON_TIME),
    ("About 3 days of analyst time saved at each quarter-end", "3", Reason.PERSON_TIME),
    ("Flame graphs showed 55% of CPU in regex compilation", "55%", Reason.BASELINE),
    ("Tracing revealed that roughly 40% of request time was DNS", "40%", Reason.BASELINE),
    # round 22b: dollars with a country's letters, a metric's setting or target, uptake
    ("Budget approx. NZ$90k for the kiosk rollout", "NZ$90k", Reason.FUNDS),
    ("Priced the tiers at S$19 / S$49 a month", "S$19", Reason.SPEND),
    ("Tuned the IoU threshold (0.5) for the pallet detector", "0.5", Reason.SETTING),
    ("Agreed an eval target of recall@20 >= 0.85 with product", "0.85", Reason.INTENT),
    ("Hand keypoint model: PCK@0.1 reached 0.81", "0.81", Reason.NAMED_METRIC),
    ("Data portal used by 9 data-engineering squads", "9", Reason.REACH),
    ("Linting plugin with 1,100 GitHub stars", "1,100", Reason.COUNT),
    # round 22c: a result and the usual, an alert named after its condition, a job's time
    ("Found the bad join in 3 hours vs. the usual ~2 days", "2 days", Reason.CHANGE),
    ("Any queue over 5k messages for ten minutes pages the on-call", "5k", Reason.INTENT),
    ("4 engineer-months rewriting the billing exports", "4", Reason.EFFORT),
    # round 22e: a magnitude of a noun with no verb, uptake or rate that made it a result
    # is the size of the place or the work
    ("Fintech with around 3 million monthly payers and no fraud model yet", "3", Reason.BASELINE),
    # round 22f: the next terms of an SLA
    ("SLA with the card network: 99.9% uptime, 30-min response on Sev1", "30", Reason.SETTING),
    ("Signed the 99.5% uptime SLA and 2h P1 response with the ministry", "2h", Reason.SETTING),
    ("The SLA in the contract was 99.7 percent and a 4-hour fix for P1s", "99.7", Reason.SETTING),
    # round 23a: person-time with nothing saved is the size of a job; whom one supported
    ("Something like five engineer-months between two of us to port it", "five", Reason.EFFORT),
    ("Roughly 900 engineer-hours in total to move the ledger onto Postgres", "900", Reason.EFFORT),
    ("Supported 14 wholesale clients on the payouts API", "14", Reason.BASELINE),
    ("Embedded analyst for 4 marketing squads", "4", Reason.BASELINE),
    # round 23b: an ask named as the subject, an alert's threshold, a rate limit, a test's load
    ("The target we got from the board was 99.95% availability", "99.95", Reason.SETTING),
    ("Planned for 3k orders a minute, with 99.9% uptime as the target", "99.9", Reason.SETTING),
    ("Alert fires when queue depth climbs past 50k for 10 min", "50k", Reason.INTENT),
    ("Set a p99 > 700 ms alert on the quotes API", "700", Reason.INTENT),
    ("Rate limits 300 req/min per token, with 429s logged", "300", Reason.SETTING),
    ("48-hour soak test of the ledger at 3k TPS", "3k", Reason.SETTING),
    # round 23c: person-time handed back, a role's time saved, an FTE freed
    ("The claims bot took about 2 FTE of work off the intake team", "2", Reason.PERSON_TIME),
    ("Gave back 3 radiologist-days per month", "3", Reason.PERSON_TIME),
    ("~40 on-call hours/month saved, per the PagerDuty data", "40", Reason.PERSON_TIME),
    ("About 1.5 FTE redeployed to fraud review", "1.5", Reason.PERSON_TIME),
    ("Saved approx. 2 FTE of manual matching", "2", Reason.PERSON_TIME),
    ("Cut release sign-off by 10 tester-hours per sprint", "10", Reason.PERSON_TIME),
    ("15 tester-hours on regression every release", "15", Reason.EFFORT),
    # round 23d: credit and uplift metrics, a lift in the top decile, a metric held, uptake
    ("Scorecard in LightGBM: KS 0.44 on the out-of-time sample", "0.44", Reason.NAMED_METRIC),
    ("Uplift model with a Qini coefficient of 0.21", "0.21", Reason.NAMED_METRIC),
    ("Essay grader at QWK 0.81 against two human raters", "0.81", Reason.NAMED_METRIC),
    ("Retention model with a lift of 2.7 in the top decile", "2.7", Reason.NAMED_METRIC),
    ("Drift alerts fired twice, and the Gini held at 0.58 all year", "0.58", Reason.NAMED_METRIC),
    ("Booking bot for clinics: 41 clinics use it every day", "41", Reason.REACH),
    # round 23f: a rollout chain named by its last step, labelled funds, long price lists
    ("Ranker rolled via 2%→20%→60% canary, CTR compared at each step", "20%", Reason.SETTING),
    ("Budget owner: $900k for the labelling programme", "$900k", Reason.FUNDS),
    ("Grant-funded (£180k, Innovate UK) pilot for bridge sensors", "£180k", Reason.FUNDS),
    ("Priced the farm app's co-op tiers at $12 / $40 / $95 per farm a month", "$95", Reason.SPEND),
    # round 24a: whom a person supported, the place worked on, asks and alerts in more forms
    ("Supported 150+ internal users of the Looker instance", "150", Reason.BASELINE),
    ("Partnered with 7 regional banks on the payouts API", "7", Reason.BASELINE),
    ("On-call for a platform serving 6 million subscribers", "6", Reason.BASELINE),
    ("SLO defined: 99.9% availability for the login API", "99.9", Reason.SETTING),
    ("The request from ops was to get dispatch under four minutes", "four", Reason.SETTING),
    ("A daily drop of >5% pages the search on-call", "5%", Reason.INTENT),
    ("Ran a k6 load test @ 3k rps before go-live", "3k", Reason.SETTING),
    ("Managed a PKR 60 lakh/yr cloud budget", "PKR", Reason.FUNDS),
    # round 24b: FTE cut, a role's time replaced, more metrics
    ("Cut claims intake effort by ~3 FTE", "3", Reason.PERSON_TIME),
    ("Replacing 2 days of analyst time per quarter-end", "2", Reason.PERSON_TIME),
    ("Whisper port: real-time factor 0.11 on CPU", "0.11", Reason.NAMED_METRIC),
    ("Receipt classifier at top-1 acc. 0.91 on the audit sample", "0.91", Reason.NAMED_METRIC),
    # round 24d: a change after a canary, 'targeted' as an adjective, what a system caught
    ("Shipped a 5% → 50% → 100% canary; redemptions up 18% in the quarter", "18%", Reason.UNIT),
    ("Day-7 retention up 1.2 points in the readout", "1.2", Reason.UNIT),
    ("Targeted win-back offers saved €400k in year one", "€400k", Reason.MONEY),
    ("The vibration model flagged 52 bearing faults before failure", "52", Reason.COUNT),
    ("Churn model with a lift of about 2.9 in the top decile", "2.9", Reason.NAMED_METRIC),
    ("Set up 15s scrape intervals and recording rules in Prometheus", "15s", Reason.SETTING),
    # round 25a: more whom-supported, the size of a place in brackets, a metric held fixed,
    # a span of data, load tests named by their tool, a funder's dotted name
    ("So I supported, I think, 40 or so data analysts on the platform", "40", Reason.BASELINE),
    ("I was the main contact for roughly 25 pharmacies using the tool", "25", Reason.BASELINE),
    ("Backend for the city's tram network (~3 million rides a year)", "3", Reason.BASELINE),
    ("We tuned recall at a fixed precision of 0.95", "0.95", Reason.SETTING),
    ("Built the eval set from two weeks of search logs", "two", Reason.LONG_DURATION),
    ("k6 tests at 3k VUs in CI before each release", "3k", Reason.SETTING),
    ("Won a $40k Mozilla.org grant for the offline maps work", "$40k", Reason.FUNDS),
    # round 26: things moved or upgraded, batch work counted, places a person supported,
    # a glued cadence, other currencies, a price named first, what a launch took in, a
    # value told before its percentile, a load test named by its tool alone
    ("Upgraded about 40 Terraform modules to provider v5", "40", Reason.CHANGE_SIZE),
    ("Closed out 120 stale Jira bugs before the audit", "120", Reason.CHANGE_SIZE),
    ("Moved 18 legacy services onto the new cluster", "18", Reason.CHANGE_SIZE),
    ("Rewrote the scheduler and migrated 60 batch jobs onto it", "60", Reason.CHANGE_SIZE),
    ("Supported 30+ retail branches through the POS upgrade", "30", Reason.BASELINE),
    ("Ran the 4x-daily data refresh for the sales team", "4x", Reason.SETTING),
    ("Renegotiated hosting and saved NOK 1.2M a year", "NOK 1.2M", Reason.MONEY),
    ("Cut the cloud bill by 180,000 PLN a year", "180,000 PLN", Reason.MONEY),
    ("Prices of $12 per seat per month for the team plan", "$12", Reason.SPEND),
    ("The clinic app got 2,400 online bookings in its first month", "2,400", Reason.COUNT),
    ("We landed at roughly 95 at p99 after the index change", "95", Reason.PERCENTILE),
    ("The k6 scripts pushed the checkout API at 2k RPS for an hour", "2k", Reason.SETTING),
    ("Fraud model at 0.91 balanced accuracy on the holdout month", "0.91", Reason.NAMED_METRIC),
    # round 27: reach told by a plural noun that uses or opens it, more whom-supported, a
    # place's size with no article, a dashed adjective, examples labelled for training, a
    # bill and a loan book, a share a trace pinned, person-time no longer needed
    ("About 45 nurses open it at every shift change", "45", Reason.REACH),
    ("We were supporting around 20 partner colleges on the LMS", "20", Reason.BASELINE),
    ("On-call for payments platform serving 6M cardholders", "6M", Reason.BASELINE),
    ("Built a 3-step onboarding wizard for the SME app", "3", Reason.NO_UNIT),
    ("Trained the triage model on 40k labelled support emails", "40k", Reason.INPUT_SIZE),
    ("We ran on a $90k monthly GCP bill at the time", "$90k", Reason.SPEND),
    ("Risk models for a £600m mortgage portfolio", "£600m", Reason.FUNDS),
    ("Tempo traces pinned ~40% of checkout time on the tax call", "40%", Reason.BASELINE),
    ("Automated the KYC checks: 3 FTE no longer needed on manual review", "3", Reason.PERSON_TIME),
    ("Ran 2x-a-month game-day drills with the SRE guild", "2x", Reason.SETTING),
    # whom someone trained is the job's scope, unless they are told to use it after
    ("Trained about 80 field agents on the claims app", "80", Reason.NO_UNIT),
    ("Trained 40 nurses, who now use it every shift", "40", Reason.REACH),
    # round 28
    ("A ₹55L project for a Kochi hospital chain", "₹55", Reason.FUNDS),
    ("A €6,000/month retainer with a Porto agency, 3 days/week", "3", Reason.EFFORT),
    ("We rolled the app out in waves, 5 percent of riders, then 40", "5", Reason.SETTING),
    ("On a 1 in 4 on-call rotation for the payments API", "1 in 4", Reason.SETTING),
    ("Added an error-rate alert (>2%) on the checkout service", "2%", Reason.INTENT),
    ("The app I built for the council is used by about 12,000 residents", "12,000", Reason.REACH),
    ("The community app got to 5k+ members in its first month", "5k", Reason.REACH),
    ("Reported mAP at IoU 0.5 on the parking set", "0.5", Reason.SETTING),
    ("AUC was 0.88 on holdout", "0.88", Reason.NAMED_METRIC),
]


def _rules_fired(story: str) -> set[str]:
    return {f.rule.name for f in lint_text(story, kind="star-story", select=["quantified-outcome"])}


def test_a_story_with_no_result_is_judged_after_its_situation_and_task() -> None:
    # the Situation's numbers set the scene; what happened is told after it
    scene = (
        "**S:** The webhook queue dropped about 3% of events at peak.\n"
        "**T:** I owned the fix.\n"
        "**A:** I moved the consumer to batched inserts and added a lag alert.\n"
    )
    told = scene.replace("lag alert.", "lag alert, and drops fell from 3% to 0.1%.")
    assert "quantified-outcome" in _rules_fired(scene)
    assert "quantified-outcome" not in _rules_fired(told)


@pytest.mark.parametrize(("text", "number", "reason"), WHY + WHY_ROUND_3)
def test_show_numbers_says_why(text: str, number: str, reason: Reason) -> None:
    found = [m for m in mentions(text) if m.text.startswith(number)]
    assert found and found[0].reason is reason, mentions(text)


@pytest.mark.parametrize(
    "text",
    ["Took retraining from days to minutes", "Moved refreshes from weekly to hourly",
     "Cut manual steps to zero", "Zero-downtime cutover", "x3 faster label throughput",
     "Pushed failed deploys down to none", "Took chargebacks to near zero",
     "Turned a nightly batch into a job that runs in minutes"],
)  # fmt: skip
def test_changes_in_words_count(text: str) -> None:
    assert [m.reason for m in mentions(text)] == [Reason.WORDS_CHANGE]


def test_a_digit_zero_before_incidents_counts() -> None:
    reasons = [m.reason for m in mentions("0 P1s since the rewrite")]
    assert Reason.WORDS_CHANGE in reasons, reasons
    assert has_outcome("0 Sev2s in 9 months") and not has_outcome("0 to 60 in the demo")


@pytest.mark.parametrize(
    "text",
    ["Migrated from Jenkins to GitHub Actions", "Rewrote the service from scratch",
     "Setting the temperature to zero makes decoding greedy"],
)  # fmt: skip
def test_other_from_to_phrases_do_not(text: str) -> None:
    assert mentions(text) == []


@pytest.mark.parametrize(
    "story",
    [
        "1. Situation: a\n2. Task: b\n3. Action: c\n4. Result: cut p95 by 40 ms\n",
        "situation: a\ntask: b\naction: c\nresult: cut p95 by 40 ms\n",
        "**Situation.** a\n**Task.** b\n**Action.** c\n**Result.** cut p95 by 40 ms\n",
        "### S\na\n### T\nb\n### A\nc\n### R\ncut p95 by 40 ms\n",
    ],
    ids=["numbered", "lowercase-colon", "bold-full-stop", "letter-headings"],
)
def test_numbered_lowercase_and_full_stop_star_labels(story: str) -> None:
    findings = lint_text(story, kind="star-story", select=["star-structure", "quantified-outcome"])
    assert findings == []


# Changes and results in words and odd forms, and their look-alikes (rounds 3 to 5).
COUNT_TOO = [
    "Trimmed image payloads by about a third", "Quartered the bundle size with tree shaking",
    "Repeat faults fell by roughly a fifth", "Cut the release cadence from monthly to bi-weekly",
    "Moved model refreshes from once a month to once a week",
    "Search went from sluggish to under a second", "Onboarding is now down to an afternoon",
    "Cut the release checklist from days to a single afternoon",
    "Recall@5 climbed to 0.71 (from 0.58)", "Queue alerts: nightly batch -> near-real-time",
    "No Sev1 incidents since the cut-over", "Per-query cost fell to under a tenth of a cent",
    "The report now lands at 8 a.m. the same day instead of the next morning",
    # round 22b
    "Took the review queue down to nothing within a week",
    "Page loads went from seconds to near-instant", "No hand-edits needed since the cut-over",
    "About 900 game studios have downloaded it",
    # round 22c
    "The export took 9 seconds when I started, and after the index change it got down to 0.7",
    "The release script frees about half a day of an engineer every sprint",
    # round 22e
    "85k parents opted in to the homework reminders", "Scaled the gateway to 40k+ connections",
    "SDK with 4.2k GitHub stars", "12k+ new sign-ups in launch week",
    # round 24a
    "Built a booking platform serving 2M users", "Cut card fees by KES 2M a year",
    # round 25a
    "Launched the booking app (2M downloads in year one)",
    # round 25b
    "A fixture library that saves each new QA joiner roughly a week of env setup",
    "The contract-test generator saved around half an FTE on the QA side",
    "It took roughly 12 engineer-hours a week of ad-hoc backfill requests off the data team",
    # round 24b
    "Three quarters without an SLO breach", "Cut false alarms to almost none",
    "0 mismatches across the shadow run",
    # round 23g
    "Moved 30 services to Java 21 with no customer-facing incidents",
    "Postgres 13 to 16 upgrade on 9 clusters w/o downtime",
    # round 23b
    "k6 load test at 8k VUs showed p99 of 210 ms", "Cut errors when traffic peaks to below 1%",
    "The goal was faster checkout, and we got p95 from 800 ms to 120 ms",
    "Checkout pages a third lighter after the image clean-up",
    "Won the regional datathon with two colleagues",
    "Moved alert triage from manual review to near real time",
    "Moved payroll from a 2-week run to a daily one",
    "Took invoicing from up-to-five-days to an hour",
    "Swapped a monthly manual reconciliation for a nightly automated one",
    "Replaced a weekly export with a streaming feed", "Cutting manual triage to near zero",
    "Releases used to take a whole afternoon; now they take minutes",
    "We used to ship twice a month. By the time I left it was several times a day",
    "Before, prices were updated weekly by hand; after the feed they update hourly",
    "The batch went from running all night to finishing before lunch",
    "0 silent failures since the new watchdog", "No major outage in the two quarters after",
    "Turned a three-week manual audit into a same-day check", "x3 tickets per agent-hour",
    "Eliminated every P2 caused by disk-full nodes", "Grew backlog burn from about 40 to 90 a week",
    "The queue went from about 2,000 open cases to under 300",
    "Quantised the model to int8 without any loss in accuracy",
    "Scoring throughput ×3 after vectorising", "~3x faster batch scoring job in PySpark",
    "Winner of the company-wide GenAI hackathon among 65 entries",
    "We went from deploying once every two weeks to deploying several times a day",
    "No Sev1 incidents on the payments path since the circuit-breaker rollout",
    "The team estimated it saves about 8 engineer-hours per major incident",
    "Took first-token latency to sub-300ms at p95 with prefix caching",
    "Eval harness taken up by 14 product teams",
    "The summariser now runs at a fraction of what it used to",
    "A loss-spike alert that saved about 400 GPU hours of doomed runs",
    "It now sends about 9,000 scheduled reports a day to customers, up from 2,000 when I joined",
    "In shadow it matched on quality at about a third of the cost",
    "The best LoRA config in W&B gave a win rate of 61 percent against the base model",
    "Month-end close used to take days, and with the new pipeline it is minutes",
    "Retraining went from being a monthly chore, run by hand from a notebook, to every day",
    "Adding a supplier used to take weeks of email, and now it is basically an afternoon",
    "Before, a bad release sat in production for hours. After the canary checks, it is minutes",
    # round 28: reach told by where the users are or what they do through it, time handed
    # back to people named in words, a span told once ("2 days instead of 7")
    "120 pharmacies across Kerala and Tamil Nadu rely on it",
    "Now 40 dental practices take their bookings through it",
    "Around 900 delivery vans are connected to it",
    "The tenant app I built for the council is used by about 12,000 residents",
    "The community app got to 5k+ members in its first month",
    "1,800 tutors signed up in the first term",
    "Saves the finance team about a day a week",
    "Invoice templates save bookkeepers roughly an hour per client",
    "Month-end pack now takes 3 days instead of 9",
    "Support no longer spends 3 days a month on manual refunds",
    "The test suite replaced ~4 days of manual regression per release",
    # round 28b: a long job then, a short one now; what is left of a problem; a metric's
    # value told on the data it was measured on, or a few words after its name
    "Statement matching that took two clerks a whole week now runs in an afternoon",
    "Payroll checks that took the HR team all week now run overnight",
    "The audit export went from a day of copy-paste to a single click",
    "Zero stale prices have reached the shop since the feed checks went in",
    "Zero hard-coded secrets left in the repos", "Duplicate refunds gone to zero",
    "AUC was 0.88 on holdout", "The AUC for predicting churn in the next month was 0.81",
    "AbsRel 0.11 on the NYU split",
    # round 28e: a score told where it was measured, the new thing against the old one it
    # replaced, a ratio right after a verb of change
    "Lighthouse perf score 41→93+ on the product pages",
    "Rewrote the legacy Angular app in Svelte, ~45 % smaller bundle",
    "Flaky checkout tests cut x4 after the retry fix",
    # round 28g: hours with a saving told after them
    "About 300 hours of manual keying a year eliminated by the OCR step",
    # round 29a: reach through it, run them, who now use it, which they now use; uptake a
    # word after the number; people freed whole; a metric told after its k; a change
    # that ended in a number after a quoted "when"
    "Around 40 clinics run their recalls through it", "~30 orgs run them in prod",
    "Rolled the app out to 400 pupils who now use it daily",
    "Trained 90 pharmacists on the module, which they now use every shift",
    "2,300 npm downloads in the first month", "18,000 sign-ups in the first quarter",
    "It freed up two full-time adjusters for real claims work",
    "Got to 0.91 top-1 accuracy on the test split",
    'MTTD went from "when users complain" to under 10 min with predictive alerts',
    "Saves each of the clinic's 4 receptionists about an hour a day",
    "QA gets back ~2 days per sprint", "HR estimates ~6 hrs/week saved",
    "Onboarding a store: from a fortnight of config to same-day",
    "We went from deploying once a month to deploying whenever a PR merged",
    "Webhook retries → ~3x fewer duplicate charges",
    # round 29c: a use told with how often, a tool in use, a cadence after "~", a job
    # that now ends before midnight, caught within the hour
    "Android app for a tea co-op: 4,000 growers log their pickings daily",
    "In the end 9 clinics in Accra were using the SMS reminder tool",
    "Late loads dropped from ~weekly to once a quarter",
    "The nightly close used to finish the next morning, and after the rewrite it finishes "
    "before midnight",
    "MTTD was about two days; after that we were catching most incidents within the hour",
    # round 29d: a short plural that uses it, in use at, used by the paper's editors, a
    # time of day moved, Dice
    "About 70 PMs use it every week now", "Booking widget in use at 25 partner airlines' websites",
    "Newsroom search tool used daily by the paper's ~180 editors",
    "Arrears reports now ready by 9am instead of 3pm", "Dice 0.81 on the held-out scans",
    # round 30: a metric's pair beside a baseline named, growth of a thing to its members,
    # an adverb before a use, embedding it, taking or shipping with it, from nothing to a
    # number, a release that came early, a cadence then and at the end, most of an
    # afternoon then minutes now, a week then half a day now
    "Swapped the TF-IDF baseline for a cross-encoder, MRR .52 to .61",
    "Grew the club's Slack to 4k+ members over a year",
    "About 60 branch managers actually open it each morning",
    "About 90 bakeries embed it on their order pages",
    "By spring some 3,000 nurses were recording obs with it on every ward",
    "Sign-ups went from basically nothing to around 2,400 in a term",
    "Delivered the payroll cutover 2 weeks early",
    "The stock sync ran nightly, and by the time I left it was hourly",
    "Month-end used to take most of a morning and now it's a few minutes",
    "Reconciliation took the two clerks a week; now it takes one of them half a day",
    # round 31: a metric beside a word of moving, Apdex, a metric reached past a threshold
    # named, people who use it told later or through what was built, FTE moved, a day a
    # week saved for our team
    "Our RAGAS answer relevancy got better once we switched retrievers: it moved from 0.69 to 0.81",
    "Storefront Apdex up from 0.74 to 0.9 after the CDN move",
    "Recall at the cutoff we agreed went from 0.55 to 0.72",
    "Trained 30 pharmacists on the stock app, who now log every delivery in it",
    "Ran the workshop for 18 planners; all of them now plan their week in it",
    "About 40 co-ops in Kerala file their monthly returns through the portal we built",
    "Some 900 riders check their payouts on it daily",
    "~1.5 FTE of the billing clerks' time moved to collections",
    "The export script saves our team about a full day a week",
    "Supplier portal for 200 SMEs in Porto: 140 of them log in weekly",
]  # fmt: skip
LOOK_ALIKES = [
    "Doubled down on code review", "Narrowed it down to the same day delivery market",
    "Went from one team to another", "Chunks of about 400 tokens with an 80-token overlap",
    "Our goal was a cost per request under a tenth of a cent",
    "Mentored new hires as the team doubled in size",
    "I used to be a nurse; now I build triage models", "Replaced Jenkins with GitHub Actions",
    "Hired 3 backend engineers and 2 testers", "Wrote about 70% of the billing code",
    "Kept an eye on p99 and the 5xx rate in Datadog",
    "Checkpointed every ~30 minutes on spot nodes",
    "Parsed about two petabytes of chat logs to build the fine-tuning set",
    "Completed 120 hours NPTEL course on deep learning",
    "Rolled out the pricing engine with a 5 % canary then 25 %, 50 %, 100 %",
    "Took expense approval from manual to fully automated",
    "Grew the data team from 3 to 9 engineers", "Answers come from two retrieval sources, 500 each",
    "The old scheduler from 2015 took 30 minutes to plan a shift",
    "We had like 4 million users and a team of six",
    "There was no failed login in the audit log for that account",
    "The business case said we'd free three FTE in payables",
    "When I joined, the backlog was about 40. We now have 3 squads.",
    "We doubled the team in a year, from five to ten",
    "I interviewed around thirty nurses before we started",
]  # fmt: skip


COUNT_TOO += [
    "No missed filing deadline in the eight months since the rewrite",
    "Not a single failed payroll run in a year",
    "No P1 since the cutover in March",
    "The old search took about 30 seconds per query and the new one takes 4",
    "The review queue was half of what it had been by March",
    "F1 sat at 0.6 when I picked it up and by the time I left it was 0.79",
    "Bookings grew by hundreds a day after the launch",
]

# Round 15: reach told with a word of use after the people or by a pronoun back to them,
# and an error budget's share used or left.
COUNT_TOO += [
    "Built the pricing notebook template that 45 analysts open every week",
    "A claims-triage view the adjusters live in; about 90 of them use it daily",
    "Match-day live blog read by 1.4M fans",
    "After the connection-pool fix we used under half of the error budget that quarter",
    "We finished the month with roughly 70% of our error budget left",
]
COUNT_TOO += [
    "We shipped it to the regional depots and by spring about thirty of them were using it",
    "Releases went from once every few weeks to twice a day",
    "Lowered the chargeback rate by about half a percentage point",
    "Since the outbox rewrite we haven't dropped a single order since, in any region",
    "Triage model now used in 12 NHS trusts",
]
LOOK_ALIKES += [
    "Ran a forty-eight hour soak test on the new broker",
    "Ran a 36 hour load test before the sale",
    "Trained on card transactions from twenty nineteen to twenty twenty-one",
    "We paid about forty thousand a year for the APM licence",
    "It was a big effort, roughly nine engineer-months in total",
    "Benchmarked 8x-H100 against 16x-A100 nodes for pre-training",
    "Ran Postgres with 3x replication across zones",
    "Throttled the crawler to 20 req/s per host",
    "Parsed 4 TB/day of clickstream logs into features for the ranking model",
    "Finished the 90-hour data engineering track on Coursera",
]
LOOK_ALIKES += [
    "Hired 4 data engineers, 2 of them use Scala daily",
    "The alert pages us when we have burned more than 5% of the error budget in an hour",
    "Read 30 papers on retrieval to pick a baseline",
]

# round 16
COUNT_TOO += [
    "Moved the admin views to class-based ones (~35% less code)",
    "The nightly export freed up about two and a half FTE in payroll",
    "Onboarding took nine working days. By my second year it was down to three",
    "The old checkout took two seconds, and after the rewrite it's under a second",
    "Won a regional innovation award for the triage bot, winning the 2023 Civic Tech Award",
    "Kept close to 100% branch coverage on the billing module",
    "Cut storage costs by a factor of 12 with tiered buckets",
    # round 16c
    "These days roughly 200 people in ops use it every morning",
    "Four retailers signed up in the first quarter",
    "About 30 store managers open it every Monday",
    "Recall was 0.55 on the old rules. After we moved to the tuned model it went to 0.71",
    "Precision ended near 0.9, up from maybe 0.8 before the relabel",
    "Open incidents down to zero after the runbook clean-up",
    "The partner SLA was 8h; we averaged 3h across the year",
    "The fixed build had ~30% lower p99 than the pods it replaced, against the baseline",
    "The SMS bot reached 12,000 volunteers in its first month",
    "Cut the queue to 80 open tickets",
    # round 16d
    "The new intake form gives the nurses back about an hour each shift",
    "With the auto-matcher we gave finance those three days back every quarter",
    "Deploys were a quarterly event with a freeze. These days we ship weekly",
    # round 17
    "Accuracy started at 0.64 and after the relabel we got it to 0.79",
    "Now the planners at three depots rely on it, around 40 people",
    "We shipped the component library and nine squads build on it today",
    "The close checklist took the accountants back about two days each month",
    "The disk-full alerts haven't fired since the retention change",
    "Timeouts on the search page basically disappeared after the index rebuild",
    "After the fix errors went to basically zero",
    "Our SLA was 99.9% on the booking API, and we kept it all year",
    "Zero Saturday/Sunday pages since the batch moved to weekdays",
    "Cut over the ledger with 0-data loss",
    "Reached 1500+ learners through the free course",
    "A site with tens of thousands of visits per month",
    # round 18
    "The matcher freed up two full-time people in accounts payable",
    "Freed up 3 part-time analysts for the audit",
    "Saves about half a day per release for each of the 4 testers",
    "The template frees up a full day a week for the ops team",
    "We got back maybe a day and a half of reviewer time every sprint",
    "Stuck jobs: from weekly \u2192 never after the scheduler fix",
    "Releases went from a once-a-month ritual to whenever teams wanted",
    # round 18b
    "Saves the ops team three full working days every month",
    "Alert noise went from hourly to almost never after the dedupe rules",
    "On-call pages went from nightly to, like, twice a month",
    "Zero duplicate payouts in the nine months since the idempotency fix",
    "Restored the backups, with no repeat since the cron fix",
    "Month-end close used to take two full days; with the reconciliation bot it's about an hour",
    "The export took hours for the big tenants, and now it's minutes",
    "Precision was about 0.71 at the start, and after the relabel it got to 0.83",
    # round 18d
    "Cut p95 to 140 ms, as the product team asked",
    "The new exporter saves about 6 hours of work every week",
    "Shrank the base images to 300MB each",
    # round 18e
    "JS bundle ~220 KB gzipped, down from ~600 KB",
    "Freed 300 GB of disk on every build agent",
    "Preserved about 120 MB of RAM on low-end TVs",
    "Streams 4 TB of events a day into the lakehouse",
    "The bundle went to <2 MB from almost five",
    # round 19a
    "Ranked 2nd in the 5th national hackathon",
    "Placed 14th among 900 teams in the regional contest",
    "Over 200 people participated in the three meetups",
    "About 40 teachers attended the training days",
    # round 19b
    "Saves each support agent about half a day a week",
    "Zero checkout crashes in the two months since the fix",
    "Kiosk freezes went away after the driver update",
    # round 19c
    "Regional Datathon Top 5 Finalist with a churn model",
    "The assistant shipped with zero hallucinations in the acceptance run",
    # round 20a
    "The plan was simple. We cut p95 from 900 ms to 300 ms",
    # round 20b
    "The triage bot gave back roughly eight officer-hours a week",
    "Returned 15 caseworker-hours a week to the front desk",
    "We got the meter feed to sub-second latency",
    "The screening model reached a specificity of 0.91 in the pilot clinics",
    "Cut the price to 3 dollars per unit",
    "The NPS was 31 when I joined and it's 44 now",
    "We got about one FTE of data-entry work back after the OCR launch",
    "The SMS advisory service reached 240 000 farmers in its first season",
    "The soil-sensor dashboard is used across 900 farms",
    # round 18c
    "Made the tile server hundreds of times faster with a vector cache",
    "Took the team from the worst engagement scores in the division to among the best",
    "Won first place at the city hackathon with a triage bot",
    "Placed third in the national robotics final",
    # round 21
    "Won hackathon at the state university's tech fest with a sign-language app",
    "Eliminated timeouts on multi-GB CSV uploads with multipart S3 writes",
    "Chunked the writes and eliminated the nightly deadlocks",
    "The schema checks caught the bad feed early, and 0 mispriced quotes went out",
    "After the queue fix we had zero late refunds in the peak month",
    "Reconciliation ran clean all year with zero discrepancies",
    "Grew the app to a 100k-user milestone in its first year",
    "Our SLO target was 99.9% and, focusing on reaching it, we hit 99.95%",
    "Signed 12 new clients in my first year on the partnerships team",
    "Grew the platform from 3 to 40 tenants",
    "Traces showed that retrieval timeouts sat behind 30% of the bad answers",
]
LOOK_ALIKES += [
    # round 21e: whom the work was for, and runs kept in a tracker
    "Partnered with 6 clients and two regulators on the reporting spec",
    "At the agency I looked after about twelve clients, mostly retailers",
    "Logged 50+ fine-tuning experiments in Weights & Biases to compare LoRA ranks",
    "Tracked all 300 runs of my thesis in MLflow",
    # round 21h: a count with no verb that made it a result is a size or a setting
    "An isolation forest with 256 samples per tree and 200 trees",
    # round 21i: a magnitude of data with no verb that made it a result is its size
    "Our data lake held 3 bn rows in the biggest events table",
    "A glossary of 1.2M segments across 9 language pairs",
    "Chunked the manuals into 500 tokens with 50 overlap",
]
COUNT_TOO += [
    # round 21g: a result after the same words
    "Freed up about 20% of each sprint for roadmap work",
    "Our new pricing page drove $900k in new ARR",
    "We beat the acceptance bar with a WER of 9.5%",
    "Profiling showed GC was 40% of CPU, so I tuned the heap and cut it to 5%",
    # round 21h: counts that a verb made a result, and a product's uptake on its own
    "Discovered 40+ bugs in the vendor's firmware",
    "Resolved 300 tickets in my first quarter",
    "Mobile banking app, 50,000 downloads",
    "Built a pipeline ingesting 30M+ records quarterly from the regulator's feed",
    "Indexed 25M documents for the legal search product",
    "Semantic search over the manuals achieving 85%+ accuracy, chunked at 500 tokens",
]
LOOK_ALIKES += [
    # round 21: no failure brought to none, so nothing measured
    "Eliminated manual data entry for the claims team",
    "Coached the support leads 2 hours a week on SQL",
]
LOOK_ALIKES += [
    "Stored 40GB of sensor readings from the field units in TimescaleDB",
    "12,000 support tickets and 3,000 reviews analysed for the churn study",
    "Handled Tier 1/2 tickets for the retail estate",
    "Wrote a state-of-the-art retrieval pipeline in Rust",
    # two real labellers split on this one; with no score given, the rule asks for one
    "Reached state-of-the-art results on three Arabic QA benchmarks",
    "Automated the layout of 100s of venue maps for ticketing",
    "After the migration the API should answer in under a second",
    "The legacy scheduler was 40% slower than the vendor's",
    # round 16c
    "The spec said sub-50ms p95 for the search API",
    "The SLA was 99.9% monthly availability and a two-hour response",
    "The dataset was about 8 million transactions with maybe 1.5% fraud",
    "Joined when the platform had ~5M MAU",
    "Owned the on-call runbooks, ~6 hrs/week of my time",
    "A 20 req/s per-client rate limit on the public API",
    # round 16d
    "I get back to candidates within a day",
    "We got the audit files back two days later",
    # round 17
    "We had a <10 ms budget per cache read",
    "I ran payments for a platform with 3 million registered users and about 500k monthly actives",
    "Client: a regional bank with 4M retail customers",
    "The dataset was huge, like 30 million claims, and the fraud rate was maybe 0.5 percent",
    # round 18
    "We were two full-time engineers and a part-time designer",
    "The plan said the bot would save each agent an hour a day",
    "Saved a week of access logs to S3 for the auditors",
    # round 18b
    "Part of the job was to keep the <300 ms p95 promise on checkout",
    "The platform served a country of 30 million people",
    "We paid something like 25k a year for the licence",
    "The alert fires when the six-hour burn rate goes over 6",
    "Here's the sixty-second version of the story",
    "The nodes held a ~3 TB working set in memory",
    "It was a 4 TB table with 900 columns",
    "Looked after a 20k+ SKU catalogue for the grocery app",
    "Mentored two interns and onboarded 4 new hires",
    "Business case: est. 60 dev-hours/quarter of savings, not yet approved",
    # round 18c
    "Finished second round of interviews at two banks",
    "Came first to the office on Mondays to open up",
    # round 18d
    "Our brief was to keep checkout under 300ms at p95",
    "Built the pricing API to answer in <80 ms at p99, as the partner bank asked",
    "Built the ledger API against a sub-50ms latency requirement from the card scheme",
    "Moved 5% of traffic to the new ranker, then 25%, then everyone",
    "We sent 2% of traffic to the new model first, watched the error rate, then we went to 30%",
    "Launched behind a 1% canary \u2192 10% \u2192 full over a week",
    "Behind a feature flag for 10 percent of users in week one, 40 in week two",
    "I spent about two months, maybe 300 hours in total, rewriting the billing jobs",
    "I put in, I'd say, 250 hours on the data migration",
    "Covered ~150 hours of on-call shifts for the search cluster",
    "Completed 80 hours of online ML courses",
    "Redis cluster of 3 nodes, 32GB each",
    "Training on 8xA100 nodes with 2TB NVMe scratch",
    "Deploys with a 10-min bake time",
    # round 18e
    "Fine-tuned on ~3TB of scanned invoices",
    "Built on a 9 TB Delta lake with 4k tables",
    "The app binary was about 80 MB, so it fit on older phones",
    # round 18f
    "Traces go to Tempo with 5% sampling",
    "Retry policy: 4 attempts, 500ms base",
    "Payments gateway behind a 20s circuit breaker",
    "Programme budget \u00a32.4m, 30% capex",
    "Log sampling at 20% on the edge proxies",
    # round 19a
    "Finished 2nd year of the apprenticeship",
    "Over 2022 the team moved to Kubernetes",
    # round 19b
    "We scrape every target on a fifteen-second interval",
    "I processed about 2 TB of clickstream a day into a shape the modelling team could train on",
    # round 19c
    "Promoted to one of three leads on the payments platform",
    "Top 10 customers by revenue moved to the new plan",
    # round 20a
    "Our plan was a 2% canary first, then 20%, then everyone, all inside 24 hours",
    # round 20b
    "We bought 40 tablets at about 250 dollars each for the wards",
    "Shifted 10% of card authorisation volume to the new switch",
    # round 22a
    "Reviewed the work of two junior analysts every week",
    # round 22b
    "Customer complaints mostly went away after the fix",
    # round 23d
    "A heavy lift of 3 legacy services onto the new cluster",
    "3 services use it for auth",
    # round 28: pay, a project's worth and running costs; a work schedule; the first step of
    # a rollout told as a list; an on-call rotation; an objective or an alert's condition
    "₹14 LPA current CTC, notice period 60 days",
    "A ₹55L project for a Kochi hospital chain",
    "Pay band research, ₹12–20 lakh range",
    "Side project on €40/mo infra",
    "Freelance, 10-12 hrs/week for a Lisbon insurer",
    "A €6,000/month retainer with a Porto agency, 3 days/week",
    "We rolled the app out in waves, 5 percent of riders, then 40, then everyone",
    "Part of a 1-in-4 on-call rotation for the payments API",
    "Defined SLOs for the search API (99.9% availability, p99 < 400 ms)",
    "Added an error-rate alert (>2%) on the checkout service",
    "Wrote alert rules (e.g. queue depth above 500 for 10 min) that page the on-call",
    "We were a 4-person team that grew to 11 people",
    # round 28b: the place worked on, told by whom it serves; edge boards; a detector's
    # overlap threshold; the share a trace pinned
    "On-call for the national tax portal serving 9 million citizens",
    "Platform serving 3M+ commuters; owned the fare-capping batch",
    "Prototyped on 2x Jetson Orin boards",
    "NMS IoU 0.5 and a confidence threshold for the detector",
    "Traces in Tempo showed 45% of it was spent in the tax call",
    # round 28e: a product's pricing plans are not plans
    "Priced the tutoring plans at $19 / $39 per month",
    # round 28g: hundreds of hours given, a licence's price, a rate by the hour, hardware
    # bought, how long an alert's condition holds
    "~400 hrs as on-call primary for the ledger service over 2 years",
    "~250 hrs of weekend work during the core cutover",
    "Licence for the vision suite ¥380k; evaluated it against our own model",
    "Freelance data engineer, R$ 180/h, clients in retail",
    "Home lab (~€700 hardware) to learn Kubernetes",
    "Alert rule: p99 >900ms for 5m",
    # round 29a: time a week spent on an activity, a release cadence, a price tier, a
    # price each for things bought, a web page's weight is no paging condition
    "Approx. 12 hrs/week on support tickets",
    "Pair-programmed ~10 hrs/week with juniors",
    "Mobile dev in a small squad, releases 2x/week",
    "Pricing: KSh 1,200/month tier for shops",
    "Bought 40 Chromebooks (~£250 each) for the school",
    "So the brief from the council was to get the portal handling 3,000 concurrent users",
    # round 29c: how many tries, a model tuned on its data, a goal, a soak's load
    "Set a 20s timeout and 3x retry with jitter",
    "Tuned XGBoost for churn on 30M sessions",
    "We had a <400ms goal for the search box",
    "We put the cluster through a three-day soak at roughly 2,000 requests per second",
    # round 30: whom a thing was built for is not its reach, hours a week of a job
    "Built a Looker sales board for 9 area managers",
    "Set up the feature flags service for 4 squads",
    "Junior dev on a ~20 hrs/week contract with a logistics start-up",
    "It was a six-month contract, roughly 25 hours a week, mostly Django",
    # round 31: the size of what someone was on call for, a diagnosis read off traces or
    # a query history, hours a week of a job
    "On-call for the ticketing stack behind ~8M fans in Europe",
    "I was on-call for the wallet app, it serves maybe 4 million people",
    "Query history showed 60% of the warehouse bill came from two dashboards",
    "The Tempo traces showed, um, about 55% of the time was the auth call",
    "Freelancer for two years, 15 hours a week, mostly Laravel",
    "I spend about eight hours a week on the support queue",
]


def test_a_letter_alone_is_a_label_only_as_a_heading() -> None:
    heading = "### S\nThe queue stalled.\n### A\nI split it.\n### R\nIt cut p95 by 40 ms.\n"
    line = "S\nThe queue stalled.\n\nA\nI split it.\n\nR\nIt cut p95 by 40 ms.\n"
    assert detect(heading, heading, 0) is AnswerKind.STAR_STORY
    assert detect(line, line, 0) is AnswerKind.ANSWER


@pytest.mark.parametrize("text", COUNT_TOO)
def test_more_changes_and_results_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_do_not_count(text: str) -> None:
    assert not has_outcome(text), mentions(text)


def test_spelled_numbers_pair_in_a_before_and_after() -> None:
    found = mentions("Close went from ten working days down to four")
    assert [m.text for m in found] == ["ten working days", "four"]
    assert all(m.counts for m in found), found


# Observability read as people write it (rounds 3 to 5): True when the text is watched.
WATCHED = [
    ("Shadow-ran the new ranker against production for two weeks before launch", True),
    ("Activation funnels tracked in Mixpanel after each release", True),
    ("We log every request and answer, and review a sample weekly", True),
    ("Conversion was watched daily during the rollout", True),
    ("Gave a talk on OpenTelemetry at a local meetup", False),
    ("Monitored and mentored 4 new graduate hires", False),
    ("Added Tempo, so there is a trace for every checkout call over 2 s", True),
    ("The dashboard we built for the category managers is opened 400 times a day", False),
    ("Built an app that sends frost alerts to growers", False),
    ("We named it Project Canary and it cut label errors by half", False),
    ("Chose recall at 10 as the primary metric for the retriever", False),
    ("I'm really into observability and run a reading group", False),
    ("Metrics: ran the monthly business review", False),
    ("An alerting service for growers: frost alerts by SMS to 8,000 farmers", False),
    ("Ingest 2bn log lines a day into ClickHouse for the security team", False),
    ("Kept an eye on error rates during the cut-over", True),
    ("Kept an eye on the budget and the timesheets", False),
    ("Customer-facing billing alerts (email + SMS) cut complaints by 30%", False),
    ("Wrote a Grafana plugin with 900 installs", False),
    ("Worked on our internal logging library", False),
    ("Built a phone app for remote IoT sensor monitoring", False),
    ("Created dashboards in Looker to share key metrics with leadership", False),
    ("Wrote the incident response documentation for new hires", False),
    ("Shipped exchange-rate alerts for travellers", False),
    ("Terraform for provisioning PagerDuty and Datadog", False),
    ("Helped partner teams with their monitoring strategies", False),
    ("Cut p95 by 30% while maintaining every partner SLA", True),
    ("Ran a dual-run comparison of old and new search, reaching 99.5% parity", True),
    # round 6
    ("We log every loan decision and its outcome for the quarterly review", True),
    ("Each pricing decision and its inputs are logged for audit", True),
    ("SLA of 99.95% kept 10 of 12 months, per the client availability report", True),
    ("Wrote a custom SNMP exporter for visibility into switch port errors", True),
    ("Hobby: counted canaries and sparrows at garden feeders with a detector", False),
    ("Designed the monitoring screens of a bedside patient monitor", False),
    ("We picked the false-reject rate per hour and the WER as the two metrics to report", False),
    ("Guaranteed a 99.9% uptime SLA across 30 clusters", True),
    ("Built a model to predict the key loan performance metrics", False),
    ("Built an admin dashboard for the content team", False),
    ("The eval suite runs in CI before every prompt change", True),
    ("Ran each batch in parallel with the old cluster and compared outputs row by row", True),
    ("Every sweep run tracked in Weights & Biases", True),
    ("Pager fires when the backlog stays above 5k for ten minutes", True),
    ("Lambda API with provisioned concurrency and a CloudWatch alarm on p95", True),
    ("Flaky tests down to 3% of CI runs, tracked on the build-health board", True),
    ("Tools: Prometheus, Grafana, Kibana, Airflow", False),
    ("Proposed ROUGE-L as the main metric for the grant's summarisation package", False),
    ("As a nurse I monitored patients on a surgical ward", False),
    ("Irrigation advice from soil-moisture monitoring across 80 farms", False),
    ("Gave an observability-basics talk at a local meetup", False),
    ("Fall alerting that texts nurses when a resident gets up at night", False),
    ("Answer relevancy 0.81, scored on every release by the eval job", True),
    ("Put the RAG eval suite into CI so a prompt change that hurts accuracy fails the build", True),
    ("Shadowed the new ranker against production for two weeks", True),
    ("Every match decision logged and a weekly sample checked by finance", True),
    ("Logged offline AUC for every candidate fraud model in MLflow and compared runs", True),
    ("Reported MRR@10 and recall@20 as the offline metrics for the recommender", False),
    ("Familiar with Prometheus and Grafana", False),
    ("Market-monitoring tool for the FX desk that flags unusual flow", False),
    ("Firmware for a wearable that raises heart-rate alerts", False),
    ("Rolled out the new pricing engine behind a 5% canary, then 25%, then 100%", False),
    ("A 5% canary compared error rate and p95 with the baseline before each step", True),
    ("Synthetic canary probes hit the checkout API every minute and page on failure", True),
    ("Each prompt version's latency, cost and judge score tracked in Langfuse", True),
    ("In Weights and Biases we tracked all the runs", True),
    ("Tickets per agent, which we track weekly, fell by a third", True),
    ("Familiar with Datadog and New Relic (basic level)", False),
    ("I know the usual tooling, Prometheus, Grafana, Langfuse", False),
    ("We monitored the competitive landscape closely", False),
    ("Cut false-positive AML alerts sent to compliance analysts by 40%", False),
    ("Creation of monitoring reports for the plant delivered to the client every shift", False),
    ("Shipped customer-facing alerting in the banking app: price alerts and budget alerts", False),
    ("Built the hiring-funnel dashboard for the leadership team", False),
    ("Each prompt version is scored by the online evaluator on live traffic", True),
    ("A regression eval in CI with an LLM judge that blocks merges on a drop", True),
    ("Gave a talk on LLM observability at the engineering summit", False),
    # round 11
    ("I open the retention chart in Mixpanel each Monday and flag the cohorts that slip", True),
    ("We chart the refund share daily on the ops board", True),
    ("Each candidate model got an eval scorecard in Weights & Biases before release", True),
    ("Usage per team tracked on the platform's Metabase adoption board", True),
    ("Kept the bank's PCI estate audited through the SIEM", True),
    ("The SIEM team gets 4 TB of firewall logs a day from our pipeline", False),
    ("The north-star metric we picked was weekly active analysts", False),
    ("Compared 5 ranking metrics and proposed nDCG as the main one", False),
    ("Cold-chain monitoring for 900 pallets of insulin a week", False),
    ("Built a Power BI churn dashboard; it went live for every region in May", False),
    ("I went through the Langfuse traces of the failing runs and found the loop", True),
    ("Every call's cost and latency land in Helicone, one view per team", True),
    ("Shadow-ran the small router against the GPT-4o one for two weeks", True),
    ("Terraform modules provisioning accounts in AWS, PagerDuty and Datadog", False),
    # round 12
    ("At each ramp step I compared sign-ups in the Amplitude funnel for both cohorts", True),
    ("After the fix the checkout funnel in PostHog showed 31%", True),
    ("We ran both payroll engines for a month and diffed every payslip in a nightly job", True),
    ("Rewrote the services for better reliability, observability and security", False),
    ("I run the observability and reliability platform for twelve teams", True),
    ("I'd budget 20k a month for GPUs. Tools: MLflow, Grafana, Feast.", False),
    (
        "We took the web-server logs, about 3 TB, and used them as training data for the model",
        False,
    ),
    # round 16
    ("A budget dashboard with a region filter and Excel export", False),
    ("Shipped the claims portal: Django services and Vue dashboards", False),
    ("Built a dashboard to display fuel use and emissions metrics for the fleet client", False),
    ("Triaged static-analysis findings weekly, logging GitHub issues for the real ones", False),
    ("A Grafana dashboard with a filter per region for p99 latency", True),
    ("We logged every request and reviewed the error logs daily", True),
    ("Built a dashboard to monitor sales performance by region", False),
    ("Helped the collections lead in monitoring the debt agencies' performance", False),
    ("Cut page weight in half, measured with Lighthouse on every release", True),
    ("Sped up first paint from 3.1 s to 1.2 s according to PageSpeed Insights", True),
    # round 16c
    ("Set the error threshold at 2% and wired the rule into Alertmanager", True),
    ("Cut the batch window in half without missing a single SLA", True),
    ("The nightly eval run posts its scores to our Slack channel", True),
    ("Built the parcel-tracking dashboard for the warehouse team", False),
    ("We didn't have any metrics back then, so I can't give a number", False),
    ("Observability was actually our team's name, but I built internal tools", False),
    ("I listed Datadog and Grafana on my CV, but another team ran them", False),
    ("Joined the support logs with CRM tickets to build the churn features", False),
    # round 17
    ("We closed the quarter at 99.95% uptime for the quarter against a 99.9% SLA", True),
    ("I segmented the funnel by device in Amplitude and found the Android drop", True),
    ("Monitored KPIs such as CAC and ROAS for the growth team", False),
    ("Monitored customer satisfaction scores after each release", False),
    ("Built Power BI dashboards for programme monitoring", False),
    ("I'd like to go deeper on OpenTelemetry next", False),
    ("Offline I'd measure recall@10 on a labelled set", False),
    ("Spent a lot of my time monitoring the graduates on the scheme", False),
    # round 19b
    ("The speed-up was plain in the W&B step-time charts", True),
    ("My background includes Datadog and Grafana, from a course", False),
    ("I set up MLflow for experiment tracking across the teams", False),
    # round 20b
    ("My skills are Prometheus, Grafana and Loki, though I never ran them at work", False),
    # round 18
    ("Set the consumer-lag alert on the orders topic to fire at 20k messages", True),
    ("Wrong labels are flagged by a weekly anomaly-detection job", True),
    ("Sent price-drop alerts to consumers who saved an item", False),
    ("Pitched an anomaly-detection prototype to the innovation board", False),
    # round 21d: a holdout test compares, like an A/B test; a holdout set is data
    ("New dunning emails: confirmed a 2% lift in recovered payments in a holdout test", True),
    ("Scored the claims model on a holdout set of 5k claims", False),
    # a nested list item that lists tools
    ("- Tools: Loki, Tempo, Grafana, PagerDuty", False),
    # round 21g: people watched, and alerts that are the product
    ("Monitored the contract annotators and spot-checked their labels weekly", False),
    ("Built the flight-delay alerts that go out to passengers by SMS", False),
    # round 21i: a skill claimed past a kind of tools
    ("Experience with monitoring tools (Icinga, Zabbix) from my first job", False),
    # round 22d: a tool's renewal or the cheaper one it replaced, logs parsed into
    # features, a talk's topic past a comma, alerts sent to a team's chat, RUM
    ("Negotiated our New Relic renewal down for 80 hosts", False),
    ("Moved log shipping to Vector, about 3x cheaper than the old Logstash cluster", False),
    ("Parsed 900 GB of raw game-server logs into player retention features", False),
    ("Spoke at a DevOps meetup in Porto, about OpenTelemetry for small teams", False),
    ("Ran a lunch-and-learn on Prometheus for the data team", False),
    ("Failed nightly loads are now alerted in Slack with the owner tagged", True),
    ("After the image CDN move, p75 LCP is 1.9 s in our RUM data", True),
    # round 23e: observability as a topic, a talk on logging, what someone taught
    ("Observability is honestly my favourite subject, I spoke at a meetup on tracing", False),
    ("My observability experience is mostly from tutorials on Grafana", False),
    ("Gave a talk on structured logging at a Python meetup", False),
    ("Mentored 4 juniors on SRE practice: SLO design, error budgets, postmortems", False),
    ("Ran a bootcamp for new hires, covering MLflow tracking and Grafana alerting", False),
    ("Mentored two juniors while the new p99 alerts in Grafana paged us twice", True),
    # round 24c: a result watched in a named tool, whatever the tool
    ("Flaky-test rate 9% to 1%, trend watched in ReportPortal", True),
    ("Cold start 2.1 s to 0.9 s, tracked in Firebase Performance per release", True),
    ("Kept the migration project tracked in Jira", False),
    # round 25c: a tools line named two ways, key accounts are customers, alerts sent as
    # the product, skills played with, RUM panels
    ("Tools & stack: Prometheus / Grafana / Loki, Jenkins, Postman", False),
    ("Looked after 20 key accounts and was on PagerDuty for their incidents", True),
    ("Flood-warning SMS service: sent 2.1M alerts in 2023", False),
    ("I've played with Prometheus and Grafana at home on a Raspberry Pi", False),
    ("Checkout LCP from 4 s to 1.6 s on the same RUM panel", True),
    # round 28c: dashboards that are the product (declared so, used by people, made in a
    # monitoring tool for the business), a tools line set apart by dots, tools weighed,
    # a stack set up to learn, logs as a data source, A/B partitions
    ("The product here is a dashboard for depot managers, so I'd precompute the KPIs", False),
    ("My main project was the churn dashboard in Looker, and now 40 CSMs use it", False),
    ("Claims dashboard used daily by 90 adjusters", False),
    ("Built Grafana dashboard for shift supervisors with OEE per line", False),
    ("Built Grafana dashboards for the NOC team to watch link saturation", True),
    ("I built Grafana dashboards for every inference endpoint", True),
    ("Kafka 3.6 \u00b7 Flink \u00b7 Grafana \u00b7 5 yrs", False),
    ("Evaluated Honeycomb vs Grafana Tempo for the platform team", False),
    ("Set up Prometheus and Grafana on an old laptop as a learning project", False),
    ("Homelab: Prometheus + Alertmanager paging my phone on disk failures", True),
    ("I'd bring the CDN logs in as one more data source for the usage report", False),
    ("Kept the A/B partition scheme on the old board revision", False),
    # round 28d: how a result was known, in more words; a dashboard for people to browse
    ("Cut handling time by 15 hours/day (measured from Zendesk time-tracking)", True),
    ("Uptime Kuma ping checks showed 97% of kiosks online over the term", True),
    ("Intent model shadow-scored on live traffic for 2 weeks before switch-over", True),
    ("Build-time trend on the Buildkite dashboard", True),
    ("Adoption and failure rates on a Metabase board the ops team checks daily", True),
    ("Policy drift flagged by a nightly Kyverno report to Slack", True),
    ("LCP watched in Search Console & RUM", True),
    ("Built Kibana dashboards so the QA team can browse test runs", False),
    # round 28f: more ways to say the dashboard is the product; a canary step that only
    # counts rollbacks or a result after it; a tool's certificate or working group; a
    # tools line with a kind of tools; familiar w/
    ("So this is a sales dashboard for area managers, and I'd refresh it hourly", False),
    ("What the sellers want is a payouts dashboard, so I'd precompute it nightly", False),
    ("The product here is the dashboard itself, attendance per class on one page", False),
    ("Rolled out the tariff engine via 5% → 25% → 100% canary steps, 0 rollbacks", False),
    ("Canary at 5% with error rate compared against baseline before each step", True),
    ("Familiar with Grafana and Kibana; Dynatrace certification", False),
    ("Member of the SRE guild; joined its Prometheus working group", False),
    ("Tools / monitoring stack: Prometheus, Grafana, Sentry", False),
    ("Familiar w/ Datadog and New Relic", False),
    # round 29b: a tools line ends at a dash; a control group; a run logged; where a
    # result was read; a panel in a tool; logs cut for cost, standards, filing, data work;
    # metrics compared as a study; COMET the metric
    ("Tools: Grafana, Loki — used Loki queries daily to chase 5xx spikes", True),
    ("Crash rate compared against the control group in Firebase at each step", True),
    ("I log every run and how much people edit the drafts", True),
    ("Took ~20 ops-hours/month off the NOC, per the ticket-time report in ServiceNow", True),
    ("Slow-query log and pg_stat_statements watched after release", True),
    ("2x cheaper per page, checked on the cost-per-page panel in Grafana", True),
    ("Reduced Splunk cost by 30% by dropping debug logs at the forwarder", False),
    ("I think the logging standard we wrote is a good foundation", False),
    ("Built a small app for logging heron & egret sightings", False),
    ("The log pipeline ingests 3 TB a day of CDN logs into BigQuery for the data team", False),
    ("Thesis: compared BLEU, chrF and COMET as evaluation metrics", False),
    ("Daily report generation for 40 branches went from 50 minutes to 6", False),
    # round 30: a skills line set off by a middle dot or a dash; a stack set up to learn;
    # logs named as where a product's data comes from
    ("Skills \u00b7 Rust \u00b7 Kafka \u00b7 ELK stack \u00b7 Jaeger \u00b7 Helm", False),
    ("Skills \u2014 Python, SQL, Loki/Grafana, Airflow", False),
    ("Ran Loki and Tempo on an old laptop to learn the Grafana stack", False),
    ("For my capstone I set up Prometheus to monitor a toy Go app", False),
    ("Inputs would come from the ticket system and the chat logs, loaded nightly", False),
    # round 31: a home lab to learn a tool, logs cut in several words, tools weighed
    # against each other by their two-word names, alerts sent as the product
    ("Ran Prometheus on a Raspberry Pi homelab to learn Kubernetes", False),
    ("We turned off debug and trace logging in the mobile SDK to halve the Splunk bill", False),
    ("Compared Grafana Cloud against New Relic for the platform team", False),
    ("The reminder service sends about 2 million alerts a month to patients", False),
]


WATCHED += [
    # round 27: the health sector is not a system's health, on-call hours saved are
    # person-time, a dashboard made for people or in a front-end framework is the product,
    # knowledge tracing, an audio logging rig, a telemetry payload, logs sized per day
    ("Built 12 Tableau dashboards for the county health department", False),
    ("Cut roughly 6 on-call hours a week by fixing the flaky cron restarts", False),
    ("Built a progress dashboard for the tutors, used by 150 of them", False),
    ("Did the frontend of the parent dashboard in React", False),
    ("Knowledge tracing model for the reading app, AUC 0.79", False),
    ("Built the field logging app the rangers use offline", False),
    ("Shrank the meter telemetry payload by a third with protobuf", False),
    ("We loaded about 3 TB a day of clickstream logs into BigQuery for the feature store", False),
    ("I run the observability channel in our Slack", False),
    ("Alerted on p95 health-check latency in Grafana after the move", True),
]


@pytest.mark.parametrize(("text", "watched"), WATCHED)
def test_observability_as_people_write_it(text: str, watched: bool) -> None:
    assert _watched(text) is watched


# A design answer's plan is not a result; a result from a system built before is.
DESIGNS = [
    ("I'd cap retries at 3 with a 250 ms first backoff and a 2 s budget per request.", False),
    ("The matcher has to handle about 200k drivers, each sending a location every 4 s.", False),
    ("We would target 50k messages per second with p99 under 300 ms.", False),
    ("I'd reuse what we built at my last job, where p99 fell from 180 ms to 35 ms.", True),
    ("When we shipped this design last year, it cut token spend by 35%.", True),
    ("The service handles 30k QPS at peak with a p99 of 80 ms.", True),
    ("The requirement is to fan out 5 million push messages within ten minutes.", False),
    ("The goal is to serve 40k requests per second at peak.", False),
]
CADENCE_CHANGES = [
    "The stock feed used to refresh weekly, and we got it refreshing every hour",
    "The invoice export used to run once a night and it went to near real-time",
    "We went from releasing the kiosk software once a quarter to every sprint",
    "Zero missed payroll runs in the 8 months since the migration",
]


@pytest.mark.parametrize("text", CADENCE_CHANGES)
def test_changes_in_cadence_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


def test_k_fold_cross_validation_is_no_change() -> None:
    assert not has_outcome("Tuned the churn model with five-fold cross-validation")


@pytest.mark.parametrize(("text", "outcome"), DESIGNS)
def test_a_design_answers_plan_is_not_a_result(text: str, outcome: bool) -> None:
    findings = lint_text(text, kind="design-answer", select=["quantified-outcome"])
    assert (findings == []) is outcome


def test_show_numbers_says_a_plan_is_planned() -> None:
    text = "The matcher has to handle about 200k drivers, each sending a location every 4 s."
    assert has_outcome(text)  # in any other kind of answer, a scale that counts
    reasons = {m.text: m.reason for m in mentions(text, design=True)}
    assert reasons["200k drivers"] is Reason.PLANNED
    assert not has_outcome(text, design=True)


# Round 32: a person's own pay is not a result of their work, in any currency or spelling.
PAY = [
    ("Current CTC: 18 LPA; notice period 60 days", "18 LPA"),
    ("Current package AED 38k/month + housing; notice period 60 days", "AED 38k"),
    ("Comp: US$385k TC, looking for Staff roles in Toronto", "US$385k"),
    ("Salary expectation €85–95k + pension", "95k"),
    ("Current package 58k€ brut + 10% bonus; open to relocation", "10%"),
    ("I charge one hundred eighty reais an hour, R$ 180, mostly for agencies", "R$ 180"),
]


@pytest.mark.parametrize(("text", "number"), PAY)
def test_pay_is_not_a_result(text: str, number: str) -> None:
    reasons = {m.text: m.reason for m in mentions(text)}
    assert reasons[number] is Reason.PAY, reasons
    assert not has_outcome(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cut salary-processing errors, saving $40k a year",
        "Built the payroll checker; 4k HR staff use the salary tool every month",
        "Grew gross merchandise value to $3M in the first year",
    ],
)
def test_money_near_a_word_of_pay_can_still_be_a_result(text: str) -> None:
    assert has_outcome(text), mentions(text)


# Model metrics of clinical and risk models are named metrics too.
@pytest.mark.parametrize(
    "text",
    [
        "Survival model for heart-failure readmission, Harrell's C-index 0.71 on held-out data",
        "Polygenic risk score with a net reclassification improvement 0.07 in UK Biobank",
        "The sepsis model reached a PPV of 0.42 at the threshold the clinicians picked",
    ],
)
def test_clinical_model_metrics_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


def test_an_alert_threshold_told_far_after_the_alert_is_a_condition() -> None:
    text = "Alert pages the on-call when the deterioration score's PPV drops below 0.2 over 7 days"
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # reach told by what the people run through the thing, or that they all use it
        "46 GP practices in Cork run their flu-vaccine recall lists through the tool I wrote",
        "Rolled out the stitcher to 17 broadcasters who now run all their ad breaks through it",
        "I trained about forty coders on the tool, and they all use it for every episode now",
        "I built a review bot, and around three thousand engineers interact with it every week",
        # person-time handed back
        "Replaced manual re-screening with a nightly batch; the compliance team gets back 1.5 FTE",
        "Self-serve build farm for QA: 2 FTE of manual smoke-testing freed",
    ],
)
def test_round_32_results_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # a value named as the bar to clear is an ask
        "Defined macro-F1 ≥ 0.90 as the ship gate for the redaction model",
        "Set recall@10 ≥ 0.5 as the acceptance bar for product search",
        "Tuned the threshold to give sensitivity ≥ 0.95 as required by the safety case",
        # how often one is on call
        "On the PagerDuty rotation (1 in 3) for the agency's hosted clients",
        # whom an employer served, prices and fees, in baht too
        "Fractional PM for a São Paulo healthtech serving 3 million patients",
        "Owned a ~฿2.5M/yr AWS budget for a chat-commerce app",
        "Priced the merchant subscription tiers at ฿390 / ฿990",
        "Delivered the MVP in 5 weeks for a ₹6.2 lakh fixed fee",
        "6 person-months across 2 devs for the MVP (fixed price, R$ 85k)",
    ],
)
def test_round_32_look_alikes_do_not_count(text: str) -> None:
    assert not has_outcome(text), mentions(text)


def test_a_count_before_as_the_gate_is_still_reach() -> None:
    assert has_outcome("Eval harness adopted by 11 of the 14 ML teams as their release gate")


# Round 32, observability: where a result was read is a watch; a home lab, a log bill
# and a tool paid for are not.
WATCHED_ROUND_32 = [
    ("Seller tool used by 3,200+ merchants a week, per the Mixpanel retention chart", True),
    ("10k+ merchants onboarded, counted from the activation events in Amplitude", True),
    ("Recall went 0.58 → 0.74, confirmed in the chargeback report two months after launch", True),
    ("Doubled trial-to-paid conversion, read off the PostHog experiment after four weeks", True),
    ("Revenue per search went up 6.5% after the seller-quality features", False),
    ("Mostly feature engineering from the transaction history", False),
    ("Set up Prometheus and Grafana in my homelab to learn the stack", False),
    ("At home I run Prometheus and Loki on a Raspberry Pi just to learn", False),
    ("We were paying a lot for logs, so I turned off debug logging at the edge", False),
    ("Paid $1.2M/yr for Splunk; moved the logs to ClickHouse and the bill came down", False),
    ("Cut the Datadog bill by 45% by dropping debug logs and sampling traces harder", False),
]


@pytest.mark.parametrize(
    "text",
    [
        "Target was 1,000 beta users; we closed the beta at 1,740 sign-ups",
        "So the target the accelerator gave us was 50 pilot users and we got to 130",
        "The invoice run took 9 hours; it now finishes in 2",
    ],
)
def test_a_target_beaten_and_a_time_now_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # load tests sized by the peak, error budgets' burn rates, objectives owned
        "We load-tested the gateway at 50k+ RPS, which is about 3x our Black Friday peak",
        "Soak-tested the search tier at 25k+ QPS (2x projected peak) before GA",
        "Defined the 99.99% SLO for the Ledger service; burn-rate alerts (14.4x over 1 h)",
        "Own the 99.95%-avail SLO for the Identity platform",
        # hours a week of a job, hyphened or on call
        "I was on a fifteen-hours-a-week contract with them, mostly Flutter",
        "40 hrs/week on-call primary for the checkout stack",
        # the size of the platform someone was on call for
        "I was on call for the delivery platform, which has, I think, six or seven million users",
        "I was on-call, one in eight, for the notifications platform",
    ],
)
def test_round_32_settings_and_scope_do_not_count(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bought 40 test devices (mostly Oppo/Vivo, ~Rp 2 jt each) for the device lab",
        "Wrote a Power BI report for 30 matrons on agency staffing spend (~£2.3m/yr)",
        "Negotiated the licence and a cloud spend of ~€6k/month",
        "Negotiated the CDN contracts at <€0.004/GB",
        "Partnered with 14 Fortune 100 customers on their migration to the v3 API",
        "Supported 9 NHS trusts through their migration to the new platform",
    ],
)
def test_prices_spends_index_names_and_scope_do_not_count(text: str) -> None:
    assert not has_outcome(text), mentions(text)


def test_a_price_with_its_change_counts() -> None:
    assert has_outcome("Inference cost: $0.011 → $0.003 per request after distilling")


WATCHED_ROUND_32_MORE = [
    ("Carried the pager for the eSIM provisioning service over two years", True),
    ("Weights & Biases for every training run, about 25 sweeps a month", True),
    ("Cold start 2.5x faster after lazy-loading, measured w/ Firebase Performance", True),
    ("The export went from 40 minutes to 3, which I saw in the Airflow task duration chart", True),
    ("Handover failures fell after tilt tuning, validated against drive-test KPIs", True),
    ("I would set up Kubeflow, with MLflow for experiment tracking and Seldon for serving", False),
]


# Round 33: a span or a cadence then and another now, told across a clause or sentence.
THEN_AND_NOW = [
    "The settlement report was weekly, and after the new reconciliation it's daily",
    "Retraining was done by hand, like once a quarter. Now it retrains every week on its own",
    "Onboarding a client used to take weeks. With the templates it's down to a couple of days",
    "The root-cause analysis took, honestly, days. Now it's minutes",
    "The order download was running once per night, and by the time I left it was every few "
    "minutes",
]


@pytest.mark.parametrize("text", THEN_AND_NOW)
def test_then_and_now_in_words_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "The job ran weekly and it is still weekly",
        "I was on call every week, and now I lead the team",
    ],
)
def test_no_change_between_then_and_now_does_not_count(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trained 60 maintenance technicians on the app, who now close all their work orders "
        "on the tablet",
        "Trained 60 premium-audit staff on the app, who now complete every field audit in it",
        "Internal Python package for reading S7 data blocks: 170+ engineers in the group import it",
        "Auto-approval of low-risk accounts: 3 FTE moved from manual review to investigations",
        "Camera and OCR on the gauges; 2 FTE of patrol rounds now go to TPM work",
    ],
)
def test_round_33_results_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # hours someone works, with no saving told, are effort
        "Helped the ops team with ~12 hrs/week of support tickets",
        "15-20 hrs/week available, remote, for Python/Django projects",
        "Freelance interpreter for factory audits, 15–20 hrs/week",
        "Current comp $128k base + 10% bonus; open to hybrid 3 days/wk",
        # diagnoses, gates without an article, budgets and prices in more spellings
        "Root-cause analysis found that 70 % of wafer scrap came from 2 etch chambers",
        "Traces from the MES showed 70 % of the delay came from the label-printer queue",
        "Set RAGAS faithfulness ≥ 0.85 as release criterion for the assistant",
        "Managed a R$ 2,4 mi annual cloud budget across AWS and GCP",
        "Procured 60 laptops @ ₹85,000 each for the new ODC",
        "Monthly AWS bill around ¥6M across three regions",
    ],
)
def test_round_33_look_alikes_do_not_count(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "On-call toil down ~12 hrs/week after runbook automation",
        "Reduced manual invoice keying at the 3PL billing desk by approx. 150 hours/month",
        "Time on L1 pages down from ~12 to ~4 h/week, per PagerDuty analytics",
    ],
)
def test_hours_saved_still_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


WATCHED_ROUND_33 = [
    ("WAPE down from 34 % to 21 %, read off the weekly forecast-accuracy review", True),
    (
        "Imbalance costs down ~€310k, per the monthly eSett settlement statements",
        True,
    ),
    ("False-call rate down 40 %, verified every lot against the manual re-inspection log", True),
    ("86k+ registered users, weekly funnel read off GA4", True),
    ("I evaluated Grafana Cloud against Datadog and we went with Grafana, mostly on price", False),
    ("Evaluated Arize vs Fiddler vs WhyLabs for model monitoring in the tooling RFP", False),
    ("Familiar with Grafana, Kibana, Azure Monitor; basic knowledge of Jaeger", False),
    ("Member of the Observability CoE; 2 internal talks on OpenTelemetry", False),
]


@pytest.mark.parametrize(
    "text",
    [
        "I was on-call for the integration layer, which serves roughly four crore customers",
        "I was on call for the planner backend, which serves, I think, about four million trips",
        "I was on call for the charging system, it's behind about eleven million subscribers",
        "On-call for a claims platform processing 40k+ FNOLs/day across US & Canada",
        "On-call (1 in 4) for the loan-origination platform of a private bank",
    ],
)
def test_what_someone_was_on_call_for_is_scope(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soybean yield model: RMSE 212 kg/ha vs 390 kg/ha of the agronomists' own estimate",
        "Hydro inflow model: Nash–Sutcliffe 0.87 on held-out years",
        "ANLS 0.82 on our internal DocVQA-style benchmark",
    ],
)
def test_more_named_metrics_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


def test_a_course_number_is_still_no_metric_value() -> None:
    assert not has_outcome("Took ECE 408 on GPU programming")


@pytest.mark.parametrize(
    "text",
    [
        "Mostly I helped with the support tickets, like ten, twelve hours a week",
        "Right now I'm looking for something around 32 hours a week because of the kids",
        "I'm currently contracted at around thirty hours a week as a technical translator",
        "I carried the pager for three years, so probably 500 hours as primary",
    ],
)
def test_hours_someone_works_or_gave_are_not_results(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Stuck sessions ate ten, twelve hours a week of on-call; after the job the analytics "
        "showed it down to maybe an hour a week",
        "Auto-tagging spares sub-editors roughly four hours a week each",
    ],
)
def test_hours_a_week_saved_or_brought_down_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sped up the Kibana complaint-search dashboard for call-center agents from 12 s to 2 s",
        "Shipped a Grafana fleet dashboard for logistics ops; 70 dispatchers open it every shift",
    ],
)
def test_a_dashboard_made_in_a_tool_with_a_word_between_is_a_product(text: str) -> None:
    assert not _watched(text), "the dashboard is what was built, not a watch"


@pytest.mark.parametrize(
    ("text", "watched"), WATCHED_ROUND_32 + WATCHED_ROUND_32_MORE + WATCHED_ROUND_33
)
def test_observability_rounds_32_and_33(text: str, watched: bool) -> None:
    assert _watched(text) is watched


@pytest.mark.parametrize(
    "text",
    [
        # a plus glued to a percent keeps the value's context; the ask told after it
        "Owned the 99.95%+ availability target for the permit-renewal service",
        "Sub-300ms was the ask for the autocomplete endpoint",
        "Sub-50ms was the hard budget for the scoring call",
        # where a diagnosis found the time went
        "Profiling showed 60 % of that in one template render",
        "When we traced the upload path, like sixty percent of the latency was the virus scan",
        "Traced it with Jaeger and found N+1 queries were 65% of the time",
        # a working week, pay asked for, a rollout share, data parsed, a sale day
        "Looking for 3 days/week, remote, from January",
        "1 day/week embedded with the claims team, shadowing the adjusters",
        "Current: SGD 9k/month + 2 months bonus; expecting SGD 11k",
        "Now I'm looking for around AED 30k a month, somewhat flexible",
        "So my current package is about forty k NZD a year, and I'm hoping for more",
        "Each pricing test runs at 5% traffic for two weeks, read in the A/B tool",
        "A 10%-traffic canary for every model, compared with the baseline by Kayenta",
        "Parsed ~3 TB/day of firewall + VPN logs into features for the anomaly model",
        "Watched p99 and the queue depth through the Double 11 night on one Grafana board",
    ],
)
def test_round_34_look_alikes_do_not_count(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # reach told by what the people do through the product named
        "28 councils send their parking permits through the platform now",
        "About 900 cabin crew use it every week to swap trips",
        "I shipped the claims triage dashboard, and 25 adjusters work from it every day",
        "Around 30 labs now submit their results through the portal instead of by e-mail",
        "Trained 50 library volunteers on the booking calculator, who now put every "
        "appointment through it",
        "12 state agencies now route their grant forms through the shared platform I helped build",
        "15 regional managers run their weekly review off the sales dashboard I built",
        "Trained 80 shop assistants, who now log every sale in the stock app",
        "A shift-handover app that 400 nurses fill in at the end of each shift",
        "The case dashboard 35 analysts now work from every day",
        # the two ends of a change, hedged, next to a word of configuration
        "After the fix the timeout rate went from about 2% to 0.2%",
    ],
)
def test_round_34_results_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


def test_the_tool_a_team_built_is_not_reach() -> None:
    text = "Rewrote the tool 5 engineers built in 2019"
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # a change in words or a number word that was only asked for, planned or tried
        "Tasked with bringing failed nightly loads down to zero before the audit",
        "The plan is to take the model refresh from monthly to weekly next quarter",
        "Tried to get duplicate tickets down to zero; they stayed about where they were",
        "My RFC proposes cutting the prompt length by a third with summarised history",
        "Zero downtime during the census weekend was the mandate from the ministry",
        # a gate named before or right after the value it sets
        "The ship gate for the triage model was recall at least 0.92 on the weekly sample",
        "Agreed a ship gate of precision >= 0.88 with the fraud-ops lead",
        "Set a recall >= 0,85 release gate for the defect classifier",
        "we agreed the bar was a log loss under point three, that was the deal",
        "so we took faithfulness at point nine as the bar before anything ships",
        # an on-call rotation told as a share in a bracket or right after on-call
        "On-call (PagerDuty, 1 in 6) for the payments API of a Lisbon fintech",
        "Looked after the ingest service, on-call 1 in 4, alerts triaged from Opsgenie",
        # what a contract asked for, pay expected, hours given said aloud
        "The contract said <3s from scan to screen for the warehouse client",
        "Contractual <20 ms jitter on the Madrid-Paris link for a broadcaster",
        "Comp expectation €95-105k + equity; currently €88k base",
        "Looking for platform roles, ~EUR 90-100k base, hybrid",
        "I've done maybe five hundred hours as secondary on-call for the billing cluster",
        "that migration was, honestly, two hundred hours of my weekends",
        # a diagnosis found with a trace or profile, told with a subject between
        "When I traced it in Jaeger, the address lookup was sixty percent of the request time",
        "When I profiled it, serialisation was like forty percent of the CPU",
        "Diagnosis: 60 % of the returns in the Leeds depot came from 2 sizes of one boot",
        "I chose one vendor instead of two for the pilot",
        # how rare the positives were, and a breaker's or a rollback's threshold
        "Picked PR-AUC for the chargeback model since positives are <0.5% of orders",
        "Recall at a fixed alert rate as the metric (prevalence ~3%)",
        "The circuit breaker opens at 40% errors over a 10 s window",
        "Canary analysis triggers a rollback at >1% error-rate difference",
        "Rolled the new pricing model 5% \u2192 25% \u2192 100% over ten days",
        "Grew the data team from 4 people to 11 people in a year",
        "It took about nine months with four engineers, call it three person-years of effort",
        # how many of a named thing, events counted, a cadence told with a space
        "Sized the plant's edge cluster: 3x Dell R750, 256 GB RAM each",
        "10+ yrs as a lineman, now a bootcamp grad and 3x hackathon participant",
        "We release 2x a week on the booking service, everything behind a flag",
        # money with its sign after the magnitude, read as a budget or a bid
        "Budget ~420 k\u20ac, 5 FTE, a 12-month forecasting programme for 6 plants",
        "Bid 2.1M\u20ac fixed-price for the warehouse migration",
        # the size of the data, in brackets after a data set or told as where it came from
        "Trained the ranker on a 1.8 TB search-log dataset (120M queries), batch size 2048",
        "Tuned LightGBM for load forecasting (eta 0.03) on meter data from ~250k homes",
        # the size of the place worked on, told with a filler after "with"
        "I was on call for a platform with, um, around four million members in Spain",
        "I was on the backend of a game with, like, 2 million monthly players",
        "It was a platform with around 3 million monthly buyers, and I kept the pipeline alive",
        "Client: tier-1 European bank with 11M retail customers (core banking migration)",
    ],
)
def test_round_35_look_alikes_do_not_count(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # reach: people of a place told with "of", the product told as ours, signed in to,
        # work done with it, "N of them ... on it", a place before the verb of use
        "120 field advisors of the regional chambers use our irrigation planner each season",
        "About 900 nurses sign in to the rostering portal I built every week",
        "60 teachers in the district now set their homework with the quiz generator",
        "Trained 30 clerks on the app, and 26 of them still file their returns on it",
        "A ticketing app that 150 engineers at the Gdansk plant now fill in every shift",
        "2,000 farmers of the co-op use my planner to book their deliveries",
        "at the end of the season we had about 1,500 growers who log their sprays in it",
        # a value going down to another, then and now told with "it's"
        "Quarter-end close: eleven working days down to four",
        "Invoices used to take about 25 minutes each, and with the OCR step it's around 6",
        # a metric's value: said aloud after its name, or past a hedge further from it
        "I got BLEU around thirty-four on the held-out news set",
        "The AUC of the churn model for the prepaid base was around 0.81 by launch",
        # a plan sold as a product does not make its result an ask
        "Renewal rate on the Pro plan 71% -> 83% after the onboarding rework",
        # a place within a place, filling it in, moving over to it, subscribing
        "A timesheet app that 40 welders at the old yard in Gdynia still use every shift",
        "About 300 drivers fill it in at the end of every route",
        "within a month 60 planners had moved over to it from their spreadsheets",
        "3,100 residents subscribed to the outage e-mails in the first quarter",
        "My old team in Leeds, twelve dispatchers, still plan their rounds in the app I made",
        # one of a thing where there were many
        "The new grouping sends one page instead of dozens for a single outage",
        # staffing cut, told as people (times time) before and after
        "Month-end stock count: from 4 people x 2 days to one person for an afternoon",
        "We took invoice checks from three FTE to about half of one",
        # where the work got, told after the target with no unit of its own
        "The target was under 250 ms at p95 and honestly we missed it, we landed at 270",
        "The goal was 99.9 percent, and we actually came in at 99.97 for the year",
        "I was asked for 99.5 uptime. Over the next year we actually measured 99.8",
        "Target was nDCG@10 >= 0.45 - we landed at 0.48 on the frozen set",
        "Throughput went up 3x Faster than the old batch job",
        # a product's uptake told with "with" after the writer made it
        "Shipped a budgeting app with 50k downloads in its first year",
        "Built a tutoring platform with 2 million registered students",
        "Saved 350 k\u20ac a year on licences by moving to open source",
    ],
)
def test_round_35_results_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


WATCHED_ROUND_35 = [
    # a result read per a record of time, a survey or an audit trail, or "it's in" a report
    ("Saved 2 FTE of dispatcher paperwork, per Kronos timecards before and after", True),
    ("Ramp-up for new hires fell to a week, per the onboarding survey HR runs", True),
    ("Throughput up 30%, per the ERP's audit trail", True),
    ("It's in the ServiceNow turnaround report, which the ops director reads weekly", True),
    ("Carried the phone for the SCADA historian at a water utility", True),
    ("Churn model, Gini 0.38, checked against the care team's untouched control group", True),
    (
        "Scores written to BigQuery and compared on a Looker board the ops lead and I go through",
        True,
    ),
    # alerts a product sends people, a contact centre watching agents, a talk's title
    ("Built a flood-alert system that sent 2 lakh SMS alerts to villagers", False),
    ("Shipped the price-alerts feature; 900k alerts sent to shoppers last month", False),
    ("Real-time adherence monitoring of 250 agents as the RTA lead", False),
    ("Call-quality monitoring: scored 30 calls a week per agent against the QA form", False),
    ('Gave the talk "Tracing LLM agents with OpenTelemetry" at a Berlin meetup', False),
    # on-call time saved, and a home lab with a toy app
    ("Cut on-call toil of the data team by ~8 hours a week with auto-retries", False),
    ("The script saves the on-call roughly six hours a week of manual restarts", False),
    ("Prometheus and Grafana at home to learn the stack; monitored a toy chatbot", False),
]


@pytest.mark.parametrize(("text", "watched"), WATCHED_ROUND_35)
def test_observability_round_35(text: str, watched: bool) -> None:
    assert _watched(text) is watched


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("about a hundred and forty people use it", "a hundred and forty people"),
        ("by the end about eleven hundred staff use it", "eleven hundred staff"),
        ("around nineteen hundred logins a month", "nineteen hundred"),
    ],
)
def test_hundreds_said_aloud_are_one_number(text: str, said: str) -> None:
    assert said in [mention.text for mention in mentions(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a value under a label of targets, an SLA's terms, a gate named by its verb
        "Targets for the relaunch: checkout conversion 3.2%, refund rate under 1%",
        "SLA with the logistics partner: 99.5% on-time pickups, 2 h response, 5% penalty",
        "The bar is twenty percent word error rate and we are still above it",
        "Under five percent false declines was the bar the risk team set",
        "We set the release gate at ninety percent recall on the fraud class",
        "Agreed a MAPE ≤ 8 units/store gate with supply chain before launch",
        "Chose recall at ninety-five percent precision as the headline metric",
        # a rollout share, a rotation, the place the writer was on call for
        "Every build goes to 2% of drivers first, then the rest after a day",
        "10 % of the kiosks on the new firmware build as canary",
        "Opsgenie 1 in 4; runbooks for the ingestion API",
        "On-call for the settlement engine behind ~12M card holders",
        "I was on call for a telco with, what, thirty million lines",
        "The booking app, it has around two million members in Portugal",
        # what a thing cost, a grant, a contract's rate, a budget said before a bare magnitude
        "Served the model from a £38k GPU server in the hospital basement",
        "Ran a USD 1.1M EU-funded open-data transparency grant",
        "₪28k/month contract through an agency in Haifa",
        "The grant was about three hundred thousand euros over two years",
        "Budget was small, maybe 12k a year for everything",
        # settings of firmware and chat, a diagnosis, data told as a size
        "Bare-metal scheduler with a 2 ms tick and a 250 ms watchdog",
        "Traces showed ~60% of the nightly settlement batch latency sat in one stored procedure",
        "The training data is roughly four million claims from the last two years",
        # a decimal said aloud that is a budget, not a result
        "I managed a one point eight million dollar grant for rural clinics",
    ],
)
def test_round_36_look_alikes_do_not_count(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # reach told with more words of use
        "55 dispatchers in Lyon & Nantes now plan their routes in it",
        "120 nurses and ward clerks use it every shift",
        "Stock app that 3,400 kiosk owners record their sales in",
        "Trained 25 buyers on the planner, who now model every promotion in it",
        "the booking tool is used daily by 48 clinics",
        "300+ agents active weekly (events tracked in Mixpanel)",
        "It's taught by 60 teachers across the district",
        # time saved with a two-word role, or after a word of effort
        "Automated the audit pack, ~18 compliance-officer hrs/week saved",
        "A scheduled Airflow job, saves the finance team ~6 h/week",
        "Reconciliation bot saves the AP team in Monterrey about 2 days of work every close",
        # before and after told many ways
        "Inference now 45 FPS (was ~14) after fusing the post-processing",
        "Forecast bias brought from +0.18 to +0.04 across 300 stores",
        "precision at the operating threshold .58 → .74",
        "Hosting €90k/month when I joined, €52k/month a year later",
        "the WER was about thirty percent when I joined and it came down to under twenty",
        "Availability went from ninety-nine point two to ninety-nine point nine five",
        "Our SLO was 99.9, and we actually came in at 99.96",
        "Nightly ETL from overnight to under a coffee break",
        "Dependency updates went monthly to weekly",
        "Report page load from several seconds to well under one",
        "Misrouted parcels from every fifth box to none",
        "Three to four hours a week on manual renewals before. Now it's basically zero",
        # things caught, shipped or made, counted before or after the verb
        "22 bad config pushes caught before they reached stores",
        "we shipped eleven features on the claims portal",
        "I built like fifteen dashboards in Looker for the ops team",
        "Digitised ~80,000 land records in 10 months",
        # a metric, and a cost lower
        "adjusted Rand index 0.79 against the analysts' manual clusters",
        "the model got a lift of about three times in the top decile",
        "packaging waste cost ~€1.8k/month lower after the change",
    ],
)
def test_round_36_results_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


WATCHED_ROUND_36 = [
    # where a result was read or checked
    ("We look at daily active sellers by region in Amplitude every Monday", True),
    ("We read the renewal rate out of the CRM churn report each month", True),
    ("The service-desk time-tracking report showed about 20 hours a week saved", True),
    ("We check the forecasts every month against the maintenance work orders", True),
    ("Predictions are logged next to the actual outages so we can compare", True),
    ("Returns fell 12% compared against the control stores", True),
    ("Win rate up 4 points in the champion–challenger readout", True),
    ("Pages when the queue age passes 10 minutes; on the rotation", True),
    # not a watch: firmware watchdogs, tools weighed, home labs, people monitored
    ("Fixed the motor controller's field watchdog resets (stack overflow in an ISR)", False),
    ("Evaluated Arize, WhyLabs and Fiddler for drift monitoring and wrote the memo", False),
    ("Set up Prometheus at home to learn, monitoring my home router", False),
    ("Monitored 30 enumerators' daily submissions and flagged slow ones", False),
    ("Used NDCG@10 as the headline metric for the search revamp", False),
]


@pytest.mark.parametrize(("text", "watched"), WATCHED_ROUND_36)
def test_observability_round_36(text: str, watched: bool) -> None:
    assert _watched(text) is watched


@pytest.mark.parametrize(
    ("text", "said", "digits"),
    [
        ("about two point four million dollars", "two point four", "2.4"),
        ("ninety-nine point nine seven uptime", "ninety-nine point nine seven", "99.97"),
        ("an F1 of zero point eight two", "zero point eight two", "0.82"),
        ("R squared of zero comma eight seven", "zero comma eight seven", "0.87"),
    ],
)
def test_decimals_said_aloud_are_one_number(text: str, said: str, digits: str) -> None:
    assert any(mention.text.startswith(said) for mention in mentions(text)), mentions(text)
    assert plain_number(said) == digits


@pytest.mark.parametrize(
    "text",
    [
        # a share a diagnosis found, told more ways
        "Profiling showed 4 slow regex calls = ~60% of the parser's CPU",
        "The query log showed two dashboards burned ~55% of the warehouse credits",
        "Jaeger showed us the booking API was spending like sixty percent of its time in DNS",
        "Pyroscope traces showed 65 % was lock contention in the cache",
        "Traces showed ~50% of p95 in the auth call and ~30% in template rendering",
        "The flame graph showed like sixty percent of the time was in JSON parsing",
        # gates told more ways, and a change in the present after "when" or "if"
        "mAP ≥ 0.70 was the ship gate for the pallet detector",
        "The release gate would be recall of at least ninety percent on returns fraud",
        "Launch gate for the chatbot at a St. Paul credit union: groundedness ≥ 0.9",
        "Slack alert fires when the error count doubles in an hour",
        # money that is not a result
        "We got an NSERC grant, sixty thousand dollars, for the labelling work",
        "The GPU spend was around nine thousand dollars a month before anyone looked",
        "Signed the Azure MACC renewal, $2.4M/yr commit over three years",
        "Contract: 4 days/week at €750/day for a Munich insurer",
        "Looking for 30k+ SAR/month, available in March",
        "Co-wrote the Horizon Europe proposal (€4.1M, 12 partners)",
        # data from its sources
        "Trained on about 2.5 lakh X-rays from 14 hospitals",
        # money in words in more currencies: pay, an ask, a year before a currency
        "My current package is ninety thousand pesos a month plus HMO",
        "I'm at twenty-five thousand riyals now, plus housing",
        "I'm looking at around eighty to ninety thousand francs",
        "The COO asked me to get the cost per claim below two hundred rupees",
        "Retrained the model after the 2023 naira redesign",
    ],
)
def test_round_37_look_alikes_do_not_count(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # reach told with any verb once the people are at it now, and more things used
        "Trained 35 claims handlers on the triage board, who now assign every new claim from it",
        "About four thousand tenants, and they all pay their rent through the portal I rebuilt",
        "Onboarded 30 dispatchers; 27 of them now route every job in it",
        "55 clinics in Kenya & Uganda book their lab runs through the R package I maintain",
        "40 county offices e-file through the API I built",
        "The stock board that ~90 buyers across 4 regions open every morning",
        "25 co-ops now submit their harvest data through the form I built",
        "We trained the dispatchers, forty of them, and now they plan every route in the app",
        "A year on, thirty of them are still logging their catches in it",
        # changes told in words, and then and now
        "Price files now go out every night instead of a manual upload once a week",
        "Dashboards that refreshed weekly now refresh hourly",
        "Queue now drains in mins, not hrs",
        "Time to onboard a new market went from about a quarter to a couple of sprints",
        "Lab turnaround from next-day to same-evening",
        "Defect escapes 3,2 → <1 per 1.000 units",
        "NPS was 8 when I started. A year later it was +27",
        "The churn rate was 9 percent when I joined, and after the save flow it was down to 6.5",
        "Accuracy was maybe 70 percent when I took it over. We relabelled and it went to 86",
        "The old checkout scored 61 on SUS and the redesigned one scored 80",
        "The MAE stayed near 0.4 on the test weeks, versus 0.7 the year before",
        "The audit found no major gaps, down from 31 the year before",
        "Not a single order was lost, against 18 the quarter before",
        "We returned 4 pallets for damage, compared to 120 the season before",
        "We cut the licence cost by about forty-five lakh rupees a year",
        "The SMS bill was about 9 lakh rupees a month and we brought it down to four lakh",
    ],
)
def test_round_37_results_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


WATCHED_ROUND_37 = [
    # how the writer knows, told as evidence
    ("We know because the ticket timestamps in Freshdesk show open to close", True),
    ("We compared their Toggl time entries for the month before and after", True),
    ("We checked it after the season against the packhouse's lab results", True),
    ("That's measured, off the handle-time report in Five9", True),
    ("The timeout rate we page on dropped under 0.5%", True),
    ("Mirrored live quotes into the new engine and diffed them against production", True),
    ("We log every prompt and every completion with the model version", True),
    ("Set up job monitoring with alerts to our team channel", True),
    # where the result was seen
    ("We watched cold-start percentiles in Firebase Performance after the release", True),
    ("You can see it on the Jira ageing report that the support lead reviews", True),
    ("Sign-ups counted in the app's Plausible analytics", True),
    ("The Play Console is where we saw it, in Android vitals", True),
    # not a watch: what a product lets its users see, work tracked on a board
    ("Tracked the migration project on a Jira board with the two interns", False),
    # the same thing named again keeps what it was
    ("Built a Power BI dashboard for 30 area managers; all stores use the dashboard now", False),
    ("Nightly sync job alerts go to Slack, and I watched those alerts all quarter", True),
    # a dashboard made for people who read the business, whatever it shows
    ("The product is a usage dashboard for our customers' admins: API calls and spend", False),
    # not a watch: denials, hearsay, a comparison made to find a bug, tools weighed
    ("It was 3x faster. I didn't put any monitoring on it, it's a one-off job", False),
    ("We had no crash reporting at launch, which I regret", False),
    ("Nobody monitors it; they email me when it breaks", False),
    ("I know because my manager told me at the review", False),
    ("I compared the export files with the depot upload files to find lost rows", False),
    ("Evaluated Arize vs WhyLabs vs Evidently for the monitoring tender; wrote the memo", False),
    ("Built a harvest dashboard for 300 growers in the valley", False),
    ("Member of the Observability & Platform team; gave a talk on tracing", False),
    # alerts that are the product or a security team's work, logs that are raw material
    ("The product is an alerting service: it texts tenants when the lift is down", False),
    ("When I joined, the SOC closed about 2,000 alerts a day, mostly by hand", False),
    ("Tuned the AML transaction-monitoring scenarios, and alert volume fell by a third", False),
    ("The logs were our raw material: two years of chat logs for the fine-tune", False),
    ("Store logs land in S3 nightly and a Spark job turns them into daily sales facts", False),
    # ... unless someone is paged
    ("Our alerting service pages the on-call when the lift API fails twice", True),
]


@pytest.mark.parametrize(("text", "watched"), WATCHED_ROUND_37)
def test_observability_round_37(text: str, watched: bool) -> None:
    assert _watched(text) is watched


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own share of an on-call rotation, however it is written
        "Burn-rate alerts page the on-call (I am 1 in 4)",
        "Alerts page the on-call, I'm 1 in 4 on the rota",
        "Multi-window burn alerts to PD; 1-in-5 primary",
        "On-call for 40+ microservices, 1-in-4 weeks rotation",
        "I was on that rotation for a year, a 1-in-6 week schedule",
        "On-call for a Kafka platform, PagerDuty primary 1-in-6 weeks",
        # how rare a class is: a fact of the data
        "XGBoost with scale_pos_weight 24 for the 1-in-25 positive rate",
        # targets in terse lines whose fields are split by bars or dashes, or set with '='
        "Principal (Seattle) | SLO: 99.95% avail, p99 < 300 ms",
        "Sr MLE (Kirkland) \u2014 reranker ship gate = NDCG@10 \u2265 0.52",
        "Set the launch bar for LLM features: groundedness \u22650.9, win-rate \u226555%",
        # burn-rate alerts' multiples and windows, and the error budget set
        "Burn alerts 14.4x (1h) / 6x (6h) wired to PD",
        # pay told more ways: contracts, take-home, expectations, a role looked for
        "Ranking engineer, ~R$ 28k/m\u00eas CLT + PLR; pretens\u00e3o PJ R$ 190/h",
        "Looking for an ML / detection role, \u20aa38k+ gross",
        "I am looking for something around 4k\u20ac net in Tallinn",
        "I'm looking for a role in Bergen or remote, around 900k NOK.",
        "My expectation is around R$ 30k CLT, but it's negotiable.",
        # settings a number word changed, budgets and contracts owned, a purchase's price
        "Halved the learning rate and doubled the batch size after the autoencoder diverged",
        "Staff Eng | ~40-eng org (5 teams); $6M+ infra budget",
        "Sr EM | 20+ reports; ~$2.5M vendor contracts; 4 orgs",
        "Procured 2x DGX H100 (AUD 1.1M) for the research group",
        # the size of the place worked at, in brackets, and the load of a system
        "On-call for the weather API behind a national weather app (~9M monthly users)",
        "Data scientist, fraud team of a mobile operator (~25M subscribers), 2 yrs",
        "Staff Eng | TL for the 10k+ QPS ingest tier",
        "Search infra on-call for a Bogot\u00e1 marketplace peaking at 25k+ QPS",
        "Looked after 11 svcs for ads serving (~1.8M QPS aggregate)",
        # a schedule, how often it happened when the writer came, a load test's multiple
        "We ran it four times a day with a lead of three days",
        "The pager went off maybe three times a week for the ledger service when I inherited it.",
        "We load-tested the pipeline at forty thousand events per second, two times the peak.",
        "Burn alerts go to PagerDuty, and I'm one of six in the rotation.",
        # the place worked at, by whom it serves, after a role or an on-call title
        "Lead engineer, policy admin platform serving ~3.2M policyholders in ON and QC",
        "On-call engineer for a mobile-money switch serving ~9 million wallets in Ghana",
        # an objective owned
        "Own the SLO for the payouts API (99.5% monthly, p95 < 700 ms)",
        "The SLO I own is <500ms p95 on the translation API, I set it with the PM.",
        # people by role, counted with an 'x'
        "Budget \u00a31.2m/yr, team of 14 (2x UR, 1x IA, 1x content, 6x dev, DM, PM)",
        "Team of 4 (2x ML, 1x PLC, 1x mech.)",
        # the size of a book or a fund, and a risk limit
        "Ran a $2bn notional rates book for the London desk",
        "Market-making on a $500M AUM fund",
        "VaR limit of $5M per desk",
        # support provided to people is the job's scope, and so are their offices
        "Provided IT support to about 40 staff across 3 sites",
        "Was part of a team that provided support for over 900 users",
        "Provided technical support for 1000+ employees in 6 offices",
        "Led troubleshooting for production systems serving millions of users",
        "Managed several $5M+ projects from design to go-live",
        # the place on call for, then "which is" and whom it serves; an objective named after
        # its value; the load a test was run with
        "On-call for the prepaid charging, which is behind, what, eleven million subscribers.",
        "I was on call for the identity platform, which is, um, roughly four hundred million users",
        "We owe the product team a <300ms p95 on ranking, that's the SLO I own.",
        "For the load test I used 3k requests per second, with Locust.",
        # time spent on one thing and another
        "Spent 200 hours on the migration versus 40 on testing",
        # a team's own work on it is not its reach
        "The dashboard for the ops team that 5 engineers built",
        "Hired 3 engineers, who now maintain it",
        "Parsed 300 logs in every run",
        "Error budget 0.1 % per 28 days; burn-rate alerts at 14.4x and 6x, ticket at 1x",
    ],
)
def test_round_38_look_alikes_do_not_count(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # a share written with hyphens is still a share
        "Hallucinations fell to 1-in-50 answers",
        "Now 1-in-20 tickets need a human",
        # money after which 'net' is a result's word
        "Saved $40k net, per year",
        # an arrow after a number read without its short unit
        "Sr SWE | MTTD 22m \u2192 4m after moving synthetic checks to 1-min intervals",
        "Press crashes 9/yr \u2192 0 in 2023",
        # the people, then any verb once they are at it now, a visit or a download
        "Authored the org's API design guide; 23 teams now review every new endpoint against it",
        "600 mariners and 14 Coast Guard ships now pull their charts from it daily",
        "Built a sea-ice service for shipping; 90 vessels download the daily charts",
        "210 wineries in Casablanca and Colchagua log in every week of the season",
        # what was built, and throughput reached
        "Shipped a budgeting app (~50k users)",
        "Now handles 25k QPS at peak",
        # a time counted per batch, and a change after a bracketed alert condition
        "Cut QA reviewer time from ~30 to ~8 h per batch, measured over 40 batches",
        "Alert rule on queue age (page if oldest item > 6h): breaches from ~20/week to 2",
        # time spent now against the time spent before
        "Memo generator: analysts spend 25 min instead of 2 hrs per SME file",
        "Analysts now spend 25 minutes per file versus 2 hours before",
        # a bound reached, and then named
        "We got p95 under 300ms, that's the target we set in Q1, and held it",
        # a platform's reach
        "Built a platform that provided support for 900 users",
        # what the product is for, between it and the people who use it
        "Wrote a Python package for EEG artefact rejection that 60+ labs now run",
        "Built a sales dashboard for a Lagos distributor that 35 van sales reps open every morning",
        # what was built and by whom it is used; an objective met
        "Built a booking platform serving 2M users",
        "Owned the SLOs for the claims API: 99.95 % availability met every month of 2024",
        "I own the latency SLO; p99 dropped from 900 ms to 180 ms",
        # hundreds and a unit said aloud are one number
        "We saved a hundred and five thousand francs a year",
        "Onboarded a hundred and twelve clinics onto the booking app",
        # a fund grown, a loss cut
        "Grew AUM from $500M to $1.2bn",
        "Cut losses by $2M notional",
        # how often, where it got to
        "Deploys went from once a week to four times a day.",
        "Now we run it four times a day",
        # a number word on a result, and a purchase avoided
        "Halved the p99 latency of the checkout API",
        "Avoided buying 24 extra GPU nodes (~$1.1M) in the FY25 plan",
        # cadences: what it was when the writer came or left, a decade's inventory, a click
        "The data-assimilation cycle now runs hourly; when I started it was every three hours",
        "Rebuilding the search index ran weekly, and when I left it was running hourly",
        "Glacier-outline updates went from a once-a-decade inventory to every summer",
        "Model re-training went from a 2-week manual job to a one-click pipeline",
    ],
)
def test_round_38_results_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


WATCHED_ROUND_38 = [
    # tools as a line of skills, learnt in a course, or claimed
    (
        "Metrics: NDCG \u00b7 MRR \u00b7 ERR | Search: Solr, Vespa | Obs: Grafana, Prometheus",
        False,
    ),
    ("Familiar with Grafana, Kibana and Datadog, used Jaeger in an online course", False),
    ("Grafana, Prometheus, Loki, Jaeger (familiar) \u2013 cut model spin-up time by 35 %", False),
    ("Member of the Observability team (Platform org); Tools: Prometheus, Grafana, Loki", False),
    ("I think monitoring is super important for search.", False),
    # people and their quotas monitored, work tracked in a work tool
    ("Insider-threat program: monitored 2,000 employees' mail and USB activity", False),
    ("Monitored 40 data collectors for attendance and recording quality", False),
    ("Hired 12 annotators; monitored their daily quota and accuracy", False),
    (
        "Monitored 6 interns + 2 new grads; ran the summer intern program; tracked it in Asana",
        False,
    ),
    # the SIEM's bill
    (
        "Turned off debug logging on 4,000 endpoint agents \u2013 SIEM bill down \u20ac11k/month",
        False,
    ),
    ("Found that 70 % of the SIEM licence burn came from 3 firewall sourcetypes", False),
    # tools used at an old job or learnt in a course, logs listed as data sources
    ("Familiar with Grafana, Kibana, ELK; used Datadog at my previous job", False),
    ("Completed Grafana's observability fundamentals course; familiar with Datadog", False),
    ("Data sources: Alipay bills, courier scan logs, WMS stock logs", False),
    # alerts that a model ranks, explains or learns from
    ("Picked recall@50 as the offline metric for alert ranking, threshold 0.62", False),
    ("Asked to bring the alert-triage model's FPR under 2 %; dataset 14M labelled alerts", False),
    ("Saved ~10 on-call hours a week by auto-closing known-benign EDR alerts", False),
    ("Ship gate for the insider-risk model: precision \u2265 0,95 at 1 % alert rate", False),
    # an event bus, a topic taught or written about
    ("Spot bidder triggered by AWS CloudWatch Events", False),
    ("Incident response and malware analysis for the bank's SOC", False),
    ("My main project at the bank was the credit-risk dashboard, built in Power BI", False),
    ("5% canary, then 25%, then 100% for the new limits feature (Argo Rollouts)", False),
    ("Nobody monitors it, people just ping me on Teams when it breaks", False),
    ("Posted the release notes to Slack every Friday", False),
    ("Provided mentorship to junior engineers on Kubernetes, Linux and monitoring", False),
    ("Wrote documentation on standards for change management and monitoring practices", False),
    # ... while a system watched still counts
    # in Portuguese, a metrics agent, background workers, incidents in an incident tool
    ("Monitoramento de servidores Linux e alertas no Zabbix", True),
    ("Configured collectd to gather host metrics for troubleshooting", True),
    ("Implemented process monitoring of background workers", True),
    ("0 Sev1 incidents in 9 months, per PagerDuty incident history", True),
    ("Set standards for the 24/7 on-call rotation and incident response", True),
    # a result checked again and again against what happened, a failure posted to a channel,
    # training-serving skew checked
    ("Predictions on every slide compared weekly against the pathologists' sign-out", True),
    ("Average precision 0.44, scored every sprint against the cases investigators closed", True),
    ("False positives read weekly off the customer FP-report queue in Zendesk", True),
    ("Each failed data test posts in a Slack channel with the owner tagged", True),
    ("A nightly job re-scores the checkpoint and posts to #mt-quality when chrF drops", True),
    ("Every night a job checks the skew between training and production features", True),
    ("Set up a nightly Evidently job comparing live distributions with the training data", True),
    ("Alert rate on the payments API dropped; PagerDuty pages fell by half", True),
    ("At my previous job we had Datadog monitors paging the on-call", True),
    ("Monitoring is critical here, so I set up drift alerts in Evidently", True),
    ("Latency tracked in Grafana after the cut-over", True),
    ("Our SIEM pages the on-call when the model's verdict rate drops", True),
    ("I know Grafana from the bootcamp, but at work I shipped structured logs to Loki", True),
]


@pytest.mark.parametrize(("text", "watched"), WATCHED_ROUND_38)
def test_observability_round_38(text: str, watched: bool) -> None:
    assert _watched(text) is watched


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "We saved a hundred and five thousand francs a year",
            "a hundred and five thousand francs",
        ),
        ("Onboarded a hundred and twelve clinics", "a hundred and twelve clinics"),
        # a range of two hundreds stays two numbers
        ("between a hundred and two hundred users", "a hundred"),
    ],
)
def test_round_38_hundreds_and_a_unit_are_one_number(text: str, said: str) -> None:
    assert mentions(text)[0].text == said


@pytest.mark.parametrize(
    "text",
    [
        # the place on call for, its size told after it any way
        "I was on call for the ticketing platform, which serves like 12 million fans.",
        "On call for the loyalty app - it's like thirty million members - one week in five.",
        "- Platform on-call for a Kenyan e-wallet (~18M registered users), PagerDuty primary",
        # the rotation told as a share
        "Rotation was one in six on Opsgenie, mostly batch pages.",
        "- One of 5 on the Dublin rota for the ledger service",
        # an objective's figures, owned or chained before its name
        "- Booking API SLO <200 ms p95 and 99.9 % monthly, owned by me",
        "- Own the 99.9% / <250 ms p99 SLO of the quotes API",
        # a bar named before its bound
        "Legal set the launch bar: recall of at least point nine five on the PII set.",
        "The client's bar was a macro-F1 of at least point eight on their intents.",
        "- Ship gate for the claims model in Lyon was weighted F1 >= 0.85 on the audit sample",
        # pay, past a decimal point or named a package
        "- Current package SGD 1.4M + 30% bonus; notice 2 months",
        "- TWD 3.1M annual package in Taipei",
        "Honestly I would move even with a 15% pay cut.",
        # metrics named beside counts
        "- Scored MT with chrF and BLEU on 6,500 sentence pairs, 5-fold cross-validation",
        "- Compared 3 toxicity classifiers from vendors for the forum",
        "- Very imbalanced data (1:1200), so I proposed PR-AUC",
        "- Skills: C++17, CUDA, Triton",
        # bills, credits and money paid
        "- Cloud bill for the inference fleet ~EUR 60k/month on 12x L4",
        "- Pay ~$300k/yr for the market data licence",
        "- Built the prototype on a $25k GCP startup credit",
        # data per period, a collection's size
        "- Tick store of ~1.8bn rows/day of FX quotes",
        "- Related-articles model for a news group (3,4M articles indexed)",
        # risk limits, risk measures and bars of market data
        "- Sharpe target 1.2, drawdown limit 6 %, stop-loss at $2M",
        "- Ran a $900M notional book; 99% 1-day VaR of $7M",
        "- Back-tests on 10 years of 5-minute bars",
        "- 45 s cool-down after a limit breach",
        # alert rules with their thresholds, an escalation's wait, an alert on a move
        "- Alert rules for the pricing service: stale-quote (>300ms), gap (>5 s), to Opsgenie",
        "- PagerDuty escalates to the secondary after 15 min",
        "- Wired the KPI into Grafana with an alert on a 25% day-over-day drop",
        "Customers get an SMS when their bundle crosses 80% and 100% of the quota.",
        # where autoscaling starts, colour thresholds, a rollout told with commas
        "The service autoscales on CPU above 65%, between 3 and 30 pods.",
        "The utilisation panel goes amber at 75% and red at 90%.",
        "We compare the canary to the old version, and only then move 10%, 50%, 100%.",
        # shares of one's own time
        "Right now I'm ~70% on the grant project and 30% teaching.",
        "- ~50% of time on production support",
        "I built it in my 20% time over a summer.",
        # a time before the writer's time
        "- The nightly settlement job took 6-7 hours (before my time)",
    ],
)
def test_round_39_look_alikes_do_not_count(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # a share that is where a change ended
        "Pages fell to one in four on the new rota",
        # a change told after being on call
        "On call for the search API; grew it to 3M users",
        # a bar beaten
        "We beat the acceptance bar with a WER of 8.1%",
        # a bill cut, a chain that is a result, a share that moved
        "- Cut the cloud bill for the GPU fleet by $30k/month",
        "- Test coverage went 60% -> 80% -> 100%",
        "- Alerts fell 40% after the dedup rule",
        # a metric's value with a European decimal comma
        "- Keyword spotting on a Cortex-M4: accuracy 0,948, against 0,91 before",
        # reach told by more verbs of use
        "- Slack bot for runbooks: 300 engineers ask it something every week",
        "- 14 newsrooms set their own paywall rules in the config service I wrote",
        "- 900 SMBs ran their support bots on our managed inference tier by 2024",
        "Around 150 researchers kick off their evals through the harness every week.",
        # changes without digits
        "- Moved model retraining from ad hoc to weekly in Airflow",
        "The retrain went from, like, whenever someone remembered, to every week.",
        "- Credit-limit checks went from a phone call to a click",
        "- NCCL hangs went from most nights to about once a month",
        "- The internal search went from almost nobody using it to most of the office",
        "Complaints used to come almost every week, and this term basically none.",
        "- Risk recalibration went from weekly to intraday",
    ],
)
def test_round_39_results_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


WATCHED_ROUND_39 = [
    # dashboards made for the people who read the business, people monitored
    ("Built a cost dashboard for the eight team leads in our Austin office", False),
    ("- Grafana dashboards for private-banking RMs, opened every morning", False),
    ("- Risk dashboard for the traders and the desk heads, a Grafana-style grid", False),
    ("- Monitored the work of 18 contract content reviewers for policy accuracy", False),
    ("- Monitored 25 online tutors' sessions for punctuality", False),
    ("- Built a headline A/B tool for the 12 section editors", False),
    # tools weighed, a skills list, a stack run at home to learn
    ("For drift monitoring I evaluated Arize, WhyLabs and Fiddler, then the budget froze.", False),
    ("I looked at Arize, WhyLabs and Evidently and wrote a comparison doc for the roadmap.", False),
    ("I've used Grafana, Kibana, a bit of Datadog.", False),
    ("- Homelab: Prometheus + Grafana on a Raspberry Pi to learn PromQL", False),
    ("- Graphing my own solar inverter in Grafana", False),
    # a watch: a post when it fails, records of time compared, shadow runs, nightly scores
    ("I know it runs because the job posts to Slack if it fails.", True),
    ("- Saved ~2 FTE, per Jira worklogs quarter over quarter", True),
    ("- Saved ~20 reporter-hours a week, per the before/after timesheets", True),
    ("We compared the timesheets of the month before and the month after.", True),
    ("- Shadow-ran the new ranker on 5% of traffic for 2 weeks, compared to prod", True),
    ("We shadowed the classifier against the human reviewers for a month.", True),
    ("- Nightly WER on the held-out set goes to MLflow and Slack", True),
    ("- Fills compared each day against what the live book got", True),
    ("- Tagged every lockout ticket in Zendesk so we could count them", True),
    ("- A Tableau board that emails the model owner on a 3-pt drop", True),
    ("Looked at Grafana and Kibana all through the launch night.", True),
]


@pytest.mark.parametrize(("text", "watched"), WATCHED_ROUND_39)
def test_observability_round_39(text: str, watched: bool) -> None:
    assert _watched(text) is watched


@pytest.mark.parametrize(
    ("text", "watched"),
    [
        # the writer's team is the observability team: its stack is the team's subject
        (
            "I was on the Observability team, so my work was upgrading Prometheus and Grafana.",
            False,
        ),
        ("I'm in the observability guild and gave a talk on OpenTelemetry at a meetup.", False),
        ("My team is literally called Observability; I mostly write Terraform for Kibana.", False),
        # what a watch measures still counts there
        (
            "Part of the Observability guild; our OpenTelemetry rollout halved MTTD on incidents",
            True,
        ),
        (
            "I was on the observability team, and I got paged when the ingest lag passed 5 min.",
            True,
        ),
    ],
)
def test_the_observability_teams_own_stack_is_no_watch(text: str, watched: bool) -> None:
    assert _watched(text) is watched


@pytest.mark.parametrize(
    ("text", "watched"),
    [
        # logs nobody read, cut for their bill
        ("We switched off the trace logging on the kiosks; nobody was reading those logs.", False),
        (
            "We cut the logging bill in half: the workers were logging every row at debug level.",
            False,
        ),
        # logs as data, named as a theme and then as the data
        ("Most of my work was on logs: I parsed 3 TB a day of proxy logs into features.", False),
        ("The model was trained on about two years of pump logs from the plant.", False),
        # logs read to find a fault are a watch
        ("I found the memory leak in the logs and we alert on heap growth now.", True),
    ],
)
def test_logs_as_data_or_as_a_cost_are_no_watch(text: str, watched: bool) -> None:
    assert _watched(text) is watched


@pytest.mark.parametrize(
    ("text", "watched"),
    [
        # a PDF's ligatures in a tool's name
        ("- Set up MLﬂow tracking for every training run of the scoring model", True),
        ("- Every retrain veriﬁed against the champion on shadow trafﬁc before promotion", True),
        # a session that is no talk: "session lookups ..., verified on Datadog APM"
        ("- p95 under 300 ms after moving session lookups to Redis, verified on Datadog APM", True),
        ("- Ran training sessions on Grafana for the support team", False),
    ],
)
def test_observability_reads_ligatures_and_sessions(text: str, watched: bool) -> None:
    assert _watched(text) is watched


@pytest.mark.parametrize(
    "text",
    [
        # the product, where it lives, then the people who use it
        "- Triage copilot inside Zendesk, which 300 support agents of the client now use daily",
        "- Built the finance metrics layer that 9 business units report from",
        "- Tutoring chatbot that 12 Irish and Welsh councils run on their sites",
        "- 25 product teams run their release evals in it every week",
    ],
)
def test_reach_told_after_where_the_product_lives(text: str) -> None:
    assert has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    ("text", "watched"),
    [
        # an answer whose product is a dashboard: the tool it is made in is no watch
        (
            "The ask is a yard dashboard for port planners, so I'd model dwell times in dbt "
            "and serve it in Grafana as the front end because the planners already know it.",
            False,
        ),
        ("The brief is a service dashboard for 30 councils showing take-up and cost.", False),
        # something watched in the tool is a watch there too
        (
            "The project was the sales dashboard; after the rewrite I kept the load-time "
            "panel in Grafana open for a week to check it held up.",
            True,
        ),
    ],
)
def test_the_tool_a_product_dashboard_is_made_in_is_no_watch(text: str, watched: bool) -> None:
    assert _watched(text) is watched


def test_pdf_ligatures_are_read_as_their_letters_and_mentions_keep_the_writers_offsets() -> None:
    text = "- Deﬁned SLOs for the claims API (99.9% availability); ﬂeet eﬃciency up 30%"
    # "Defined SLOs" makes the objective's figures a definition, as without the ligature
    assert [m.reason for m in mentions(text)][:1] == [Reason.INTENT]
    found = {m.text: (m.start, m.end) for m in mentions(text)}
    start = text.index("30%")
    assert found["30%"] == (start, start + 3)  # an offset into the writer's text
    assert has_outcome(text)
    assert not has_outcome("- Deﬁned SLOs for the claims API (99.9% availability)")


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a cue word that opens a quoted name is the product's name, not an ask or a target
        ('- Internal "Ask HR" bot at a Pune IT firm \u2013 used by ~2,800 staff every week', True),
        ("- Internal \u201cTarget Finder\u201d tool \u2013 used by 40 analysts every day", True),
        # the same words unquoted still ask
        ("- Was asked to get p95 under 300 ms for checkout", False),
    ],
)
def test_a_cue_that_opens_a_quoted_name_is_no_cue(text: str, counts: bool) -> None:
    assert has_outcome(text) is counts, mentions(text)


WATCHED_ROUND_40 = [
    # the business's numbers watched, and BI dashboards as the thing built
    ("- Built Tableau dashboards for the sales directors and weekly KPI monitoring", False),
    ("- Looker dashboards that let the marketing team monitor campaign and ad group spend", False),
    ("- Dashboards for revenue reporting and campaign monitoring across 4 brands", False),
    ("- Wrote the SQL that turns raw events into clean tables for powering dashboards", False),
    ("- The 30+ PowerBI dashboards built as part of the finance programme", False),
    ("- Shipped a loyalty app, a booking system and e-commerce dashboards", False),
    # a skill claimed, with what the tool was for
    ("- Experience with Grafana for Kubernetes cluster monitoring", False),
    # a watch of a running system still counts
    ("- KPI dashboards in Looker; pipeline freshness monitored with alerts to #data-oncall", True),
    ("- Used Datadog for AWS infrastructure monitoring and paged on 5xx spikes", True),
    # metrics chosen or named as a label, tools claimed, weighed or learned
    ("We looked at, um, precision and recall as the metrics, then the project stopped.", False),
    ("I pushed for Krippendorff's alpha as our calibration metric; we never computed it.", False),
    ("- Compared three LLMs for invoice parsing on 300 docs, metric = field-level F1", False),
    ("- Ranking model: 0.2 dropout, 4-fold CV, NDCG as the selection metric", False),
    ("- Familiar with eval frameworks: RAGAS, promptfoo, TruLens", False),
    ("I've used Kibana and Grafana, and last spring I also did a Prometheus course.", False),
    (
        "I evaluated Datadog versus Grafana Cloud for them. They picked Datadog, never set it up.",
        False,
    ),
    ("- Trade study of Datadog vs Elastic for the operations centre", False),
    ("I set up a dashboard for the nine country marketing leads to see every experiment.", False),
    # alerts that fire, and results read from records of time, catalogues and boards
    ("Pages fire when frame loss goes above 0.2 % over ten minutes.", True),
    ("The guardrail metrics page the squad if they move by more than a point.", True),
    ("We compared their timesheets the month before and after, about one FTE back.", True),
    ("- Saved ~200 staff-hours a year, compared on Jira worklogs before and after", True),
    ("- Saves ~10 tech-hours a week, checked against LIMS task timestamps", True),
    ("- Freed ~20 engineer-hours per release; hours pulled from Jira worklogs", True),
    ("We know from Toggl, where all four devs log their time.", True),
    ("- Cut deploy chores from 5 h to 30 min, from the Toggl entries of the team", True),
    (
        "- 150 services are built from the template today, I check that in the Backstage catalog",
        True,
    ),
    ("- Precision in the high eighties per the reviewers' weekly spot-check sheet", True),
    ("- Settlement batch now done before 8am, per the Airflow run timeline", True),
    ("- eNPS from -5 to +25 in a year, read off the quarterly Peakon pulse", True),
    ("- Deploys daily instead of weekly, per the Sleuth DORA board", True),
    ("Cost per run is on the FinOps board that the platform team goes through every Monday.", True),
]


@pytest.mark.parametrize(("text", "watched"), WATCHED_ROUND_40)
def test_observability_round_40(text: str, watched: bool) -> None:
    assert _watched(text) is watched


@pytest.mark.parametrize(
    "text",
    [
        # reach told through the product the people work in
        "By spring, forty clinics were booking their follow-ups through the agent.",
        "- 30 reviewers file every case through the workflow",
        "- 45 regional sales managers open the pacing report every Monday",
        "- Price-testing toolkit that 70 cafés on a POS platform use every week",
        # reach with a filler between "by" and the people
        "It's now used by, I think, a hundred and ten chemists in Basel.",
        # reach by asking it, by reading it
        "- Internal Slack bot: 900 employees asked it something in its first month",
        "- The dbt metrics layer behind the KPI reports, now read by 50 case managers weekly",
    ],
)
def test_round_40_reach_counts(text: str) -> None:
    assert has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # pay asked for is no result
        "Expectation-wise, around NOK 1.2M plus pension.",
        "I'm looking at around 90 to 100k euro, Amsterdam-based.",
    ],
)
def test_round_40_pay_is_no_outcome(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # days and points told short
        "- Lead time for changes 8 d → 3 d, from the cycle-time report",
        "- Viewability 8-pt+ higher on the rebuilt ad units",
        # changes in words: to every PR, from a quoted habit
        "- Eval runs went from once a month to every PR",
        '- Took the backups from "whenever someone remembers" to nightly',
        # where a count fell to, with no unit
        "We had far too many pages; after the clean-up it's down to ~25 now.",
        # person-time replaced or no longer spent
        "- 3 FTE of manual QA on the parts catalogue replaced by automated checks",
        "- About 0.5 FTE of platform-team time no longer spent on ticket work",
        # how fast a watch caught something
        "The spend anomaly alert caught a runaway agent in about fifteen minutes.",
        # agreement between raters is a named metric; the share of a budget used
        "- Krippendorff's alpha from 0.61 to 0.77 after I rewrote the labelling guide",
        "- Error budget of the payments API: 18% burned in Q2 vs 120% in Q1",
    ],
)
def test_round_40_results_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "For retrieval: top-k of 8, then a cross-encoder reranker down to 3.",
        "- Error budget: 0.1% per 28 days, burn-rate alerts at 14.4x",
    ],
)
def test_round_40_settings_stay_settings(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # how long a test or an interview round lasts
        "- 48-hour endurance run of the flight controller on the HIL rig",
        "- Ran 90 loops; each has a 45-min system-design round",
        # bars, gates and guardrails named right after their value
        "- F1 of 0.88 was the bar my proposal set for the matching model",
        "- Made NDCG@10 ≥ 0.4 the offline ship gate for the ranker",
        "- Watched the <2% invalid-traffic guardrail while ramping the new bidder",
        "The gate from the business was an AUC of point eight for the vendor swap.",
        "- The client wanted WER under 12% for the call transcripts",
        "We picked mAP at 0.5 as the acceptance metric.",
        # a freelancer's price
        "- Rates $40–50/h, fixed-price from $2k+",
        "- Load-tested the shop's checkout for a client | 2-wk contract | USD 5k",
        "The client asked for a faster checkout; the SOW is twelve thousand dollars.",
        # an experiment's design, an alert's escalation and condition
        "- A/B tests at α = 0.05 with an MDE of 1 %",
        "- On call through Opsgenie with 20 s escalation",
        "- A crash-free drop of 0.3 pp pages the release captain",
        # machines, and a course's length
        "- 8x build agents (32 GB) on a 1 Gbit line",
        "- Took a 30-hour Go course; now ~6 hours a week on internal tools",
    ],
)
def test_round_40_settings_and_asks_are_no_outcome(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    ("text", "watched"),
    [
        # a watch: logs of every generation, sources in brackets or after "per", a twin
        # as the control, a tool named first, alerts that stayed quiet, a nightly post
        ("- Every generation logged with its prompt version to BigQuery for review", True),
        ("- Saved ~25 analyst-hours a month (Harvest report, 3 months before vs after)", True),
        ("- Halved unplanned downtime, per SAP PM downtime report 6 months before/after", True),
        ("- Cut scrap by a third, compared against the twin press without the model", True),
        ("- Set up checkout step timing in Amplitude to track it", True),
        ("- Mismatch complaints gone; the price-mismatch alerts stayed quiet all quarter", True),
        (
            "- ETA error halved; forecasts checked in a nightly backtest posted to Slack",
            True,
        ),
        (
            "- Rebuilt the pricing service; shadow-compared against the old one on live requests",
            True,
        ),
        ("- Disputes cut to zero, going by the Zendesk tickets tagged 'payout'", True),
        (
            "- Dismissed findings down by half, per the weekly Slack digest the AppSec lead reads",
            True,
        ),
        ("- Label noise from 10% to 4%, measured on a 500-item gold set every sprint", True),
        # no watch: measured once offline or on a desk, dashboards made for clients
        ("- New encoding ladder: VMAF 94 at 25% lower bitrate, measured on 900 titles", False),
        ("We got about 3x per core. I measured it with a quick benchmark on my laptop.", False),
        ("- Grafana dashboards for 200+ enterprise clients to see their own link usage", False),
    ],
)
def test_observability_round_40_sources_and_offline_measures(text: str, watched: bool) -> None:
    assert _watched(text) is watched


@pytest.mark.parametrize(
    "text",
    [
        # reach told with a period, through a phone menu, by a course finished, by growth
        # to a count, or as the people's own tool
        "- ~900 callers a month now pick the Gaelic option on the IVR",
        "- 6,000 learners finished the free Python course I designed",
        "- Got the parish app to 200 parishes across two states",
        "- The matching tool I wrote is the daily tool of 40 finance analysts",
        "- The audit tool is open on the second monitor of all ~60 coders at the site",
    ],
)
def test_round_40_more_reach_counts(text: str) -> None:
    assert has_outcome(text), mentions(text)


def test_a_platform_of_people_is_a_team_not_reach() -> None:
    assert not has_outcome("- A platform of 5 engineers")


# Round 41: what the round's tuned parts and real sample 34 showed, in sentences of our own.
@pytest.mark.parametrize(
    "text",
    [
        # a spoken value past a filler, or changed by an arrow far from the metric's name
        "Kappa between the two annotation vendors in Kraków was, like, point five eight, sadly.",
        "Mean average precision on the shelf detector went from, I want to say, point five eight "
        "to point six four after the new backbone.",
        "- MRR@5 for help-centre search on the Lisbon support platform 0,41 → 0,52",
        # reach told by the people's verb, by a bracket, past "&", by those who check it
        "- 60 risk & fraud analysts open the alert explorer I built every morning",
        "- The finance layer (dbt + Snowflake) that 40 controllers query every day",
        "- Built the staffing board for the clinics; 35 of them check it every morning",
        "- 700 pilots fly with the airspace checker in our app every week",
        "- Result: 2,400 families applied online in the first term",
        # changes in words across sentences, with fillers, or to a weekday
        "The stock reconciliation was weekly when I joined. We made it daily in a month.",
        "The churn scores refresh hourly now. Before, it was, um, whenever the analyst "
        "remembered to run the notebook.",
        "- Invoice matching went from next-morning to near real time",
        "- Model retraining went from ad hoc to every Monday",
        "- Payment disputes went from a daily occurrence to a rare one",
        '- Report reruns went from "come back tomorrow" to minutes',
        "Refund fraud went from a weekly thing to, I think, once a quarter.",
        # person-time: freed whole, in Spanish and Portuguese, or after a thing done away with
        "- Killed the manual month-end sign-off workbook: 3 FTE freed in group finance",
        "- 2 analysts freed for other work after the reconciliation job went live",
        "- Automatizei o fechamento: ~30 horas/semana a menos para o time",
        "- ~800 horas-hombre/mes de revisión manual eliminadas",
        # things counted with a verb after them, awards received, money saved in words
        "- Result: 3,200 spam accounts removed in the first month",
        "- Team excellence award recipient, 2024",
        "- The launch earned the squad a regional innovation award",
        "- Recognized as the best mentor in the 2023 cohort",
        "- Built and trained a defect detector for the bottling line with 91% real-time accuracy",
        "- Rebuilt the purchasing pipeline, saving the company thousands of euros",
        "The p99 tail came down by a bit more than half after the per-tenant quotas.",
        # said aloud: money in words, a share of places, reach after its use or with no noun
        "We moved the runners to spot and the bill went down about two thousand euro a month.",
        "The intake app ended up in eleven of the thirteen regional clinics.",
        "The claims tool, all the adjusters use it now, that's around sixty people in Leeds.",
        "Lots of pharmacists order through the SMS shop now; I'd guess three hundred or so use "
        "it every week.",
        "The matching tool, the AP team in Pune, about a hundred and twenty people, now do "
        "their daily matching in it.",
        "- Around 250 underwriters in Belo Horizonte and Porto Alegre work their queue in it",
        # reach told as what they run everything through
        "The version I built at the fund is what about 90 quants run every backtest through.",
    ],
)
def test_round_41_results_count(text: str) -> None:
    assert has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # pay asked for, or offered
        "I'm looking for something closer to €95k in Dublin.",
        "At the Accra start-up my offer was GH₵ 18k a month, which was fine back then.",
        "My comp right now is one point nine million Hong Kong dollars base, plus bonus.",
        # people taught, new or not, unless they use something after (moderators are now
        # people who can use a thing: this one guards that)
        "I trained about 70 new moderators in Manila on the revised hate-speech policy.",
        "- Ran onboarding for 40 support agents on the new reply assistant",
        "- Supported 9 business units with SQL and trained 25 analysts on Looker",
        # a share a trace found
        "Traces in Tempo showed the feature lookups were, like, sixty percent of the latency.",
        "I traced it in Jaeger and it was an N+1 on the catalogue, about sixty percent of "
        "the request time.",
        # a plan that never happened
        "The plan was to take the risk run from overnight to intraday, um, but it got frozen. "
        "So it's still overnight.",
        # a price per unit, how long a soak ran, a measure's window, a baseline before a
        # cut-off
        "It came to about 0,003 euro per minute of encoded video, which decided it.",
        "- Soak test ran 48 hours at 2k RPS against the new message broker",
        # (with no word of a test, so that the fast path must step aside by itself)
        "- Endurance run lasting 36 hours on the HIL bench",
        "- Alert rule: page when the 10-min p99 of /score exceeds 900 ms",
        "- The nightly settlement run took 6-7 hours and often missed the 7am cut-off",
    ],
)
def test_round_41_asks_pay_and_scope_are_no_outcome(text: str) -> None:
    assert not has_outcome(text), mentions(text)


@pytest.mark.parametrize(
    ("text", "watched"),
    [
        # a watch: before and after compared, a score against what happened, recomputed on a
        # report, shadowed against the old one, own time entries, a view or a comparison read
        (
            "It saved about forty hours a month; we compared the month before and the month after.",
            True,
        ),
        ("We score each prediction the next day against what actually happened.", True),
        ("- Inter-rater kappa recomputed every single week on the QA report in Metabase", True),
        ("- Shadowed the Go matcher against the Java one on live orders for 2 weeks", True),
        ("It dropped to an hour; that's from his own Clockify entries before and after.", True),
        ("- Fill rate up 2 points, read from the monthly vendor comparison", True),
        ("- Cloud spend down a third, read off the Cost Explorer monthly view", True),
        ("- We know from the Streamlit usage logs that 30 planners open it weekly", True),
        # no watch: denied, a product's refresh, logs as data, people or the world watched
        ("I'd love to say we monitored it after launch, but I changed teams that month.", False),
        ("The AUC went to point nine; we never got it into a live monitor, though.", False),
        ("Recall rose on our test set; we had no telemetry from the phones back then.", False),
        ("- Dashboard refreshes went from nightly to every 15 minutes after the CDC move", False),
        ("- Data for the demand model comes from the till system and the scanner logs", False),
        ("- Summariser that boils customer modem logs down to a short brief for 150 agents", False),
        (
            "- Monitored the productivity and accuracy scores of a 30-person data labelling team",
            False,
        ),
        ("- Double-checked every threshold before the regulator's audit", False),
        ("- The edge watchdog restarts hung camera nodes by itself", False),
        ("- Grafana dashboard of desk limits for the Singapore desk heads", False),
        # what sample 34 showed: dashboards delivered, the world watched, frameworks built
        ("- Construcción de dashboards ejecutivos en Tableau para la gerencia", False),
        ("- Dashboards Looker para indicadores de ventas", False),
        ("- Dashboard design focused on storytelling for the marketing team", False),
        ("- Dashboards: delivering actionable KPIs to the plant managers", False),
        (
            "- Built analytics tools like a churn predictor, a pricing sensitivity model, and "
            "dashboards for reporting",
            False,
        ),
        ("- Python scripts for river level monitoring and rainfall balance studies", False),
        ("- A model that flags churn by monitoring card usage of loyalty members", False),
        ("- Sensor network design to monitor forklifts and the warehouse workforce", False),
        ("- Designed a news sentiment monitor for mid-cap stocks", False),
        ("- Created an A/B testing framework that cut experiment set-up to two days", False),
        ("- Features that improve production monitoring, planning and scheduling", False),
        ("- Assessed product usage and defined performance metrics for the model", False),
        # a dashboard the business reads, whatever it shows
        ("- Built 12 Power BI dashboards for van utilisation, used daily by 90 dispatchers", False),
        ("- Token-cost dashboard in Streamlit so finance can see spend per product line", False),
        ('- Built the "Store Health" dashboard the COO opens in every weekly review', False),
        ("- Usage dashboard for the partner portal, and 35 account managers open it weekly", False),
        # watching denied, the signal said first or with "not much", "the other kind"
        ("Monitoring we didn't have, honestly; the customer just signed the acceptance.", False),
        ("Alerting-wise, there wasn't much: it was a reporting job for the planners.", False),
        ("I left before anyone put monitoring on the new retraining pipeline.", False),
        ("I'd love to tell you we monitor it, but it's the team leads' impression.", False),
        ("My title said SRE, but not much monitoring, honestly: mostly Terraform.", False),
        ("Before that I did M&E for an NGO, which is the other kind of monitoring.", False),
        # the people who watch systems still make it a watch
        ("- p99 latency dashboard in Grafana that the on-call engineers open every shift", True),
        ("- Grafana latency dashboard used by 12 NOC operators on every shift", True),
        # the world's words do not swallow a system's: service-level, node-level monitoring
        ("- Set up service-level monitoring with burn-rate alerts for the API", True),
        ("- Added node-level monitoring of GPU memory on the training cluster", True),
        ("- Monitored the efficiency of the GPU cluster in Grafana", True),
    ],
)
def test_observability_round_41(text: str, watched: bool) -> None:
    assert _watched(text) is watched
