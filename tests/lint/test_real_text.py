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

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CLASS_FIXTURES = sorted(
    path
    for path in FIXTURES.glob("*/*.md")
    if path.name.startswith(("good-", "bad-")) and path.parent.name != "star-structure"
)
STAR_FIXTURES = sorted((FIXTURES / "star-structure").glob("*-*.md"))


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


@pytest.mark.parametrize(
    ("text", "number", "reason"),
    [
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
    ],
)
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
    ],
    ids=["numbered", "lowercase-colon", "bold-full-stop"],
)
def test_numbered_lowercase_and_full_stop_star_labels(story: str) -> None:
    findings = lint_text(story, kind="star-story", select=["star-structure", "quantified-outcome"])
    assert findings == []
