"""Metric extraction: what counts as a measured outcome, and what must not."""

from __future__ import annotations

import pytest

from playbook_lint.numbers import has_outcome, mentions

COUNTS = [
    "Cut p99 latency from 120 ms to 45 ms.",
    "Inference now takes 2 s instead of a minute.",
    "Raised recall by 35%.",
    "Lifted precision by 4 percentage points.",
    "Saved $200k a year in GPU spend.",
    "Saved €1.2M in annual licences.",
    "Served 3k QPS at peak.",
    "Moved 40 TB of training data to object storage.",
    "Training is 3x faster.",
    "Retrieval is 2.5× faster.",
    "Reached 1.2M users.",
    "Handled 8k requests per second.",
    "Cut alert volume from 1,200 to 300 a week.",
    "Halved the cost of serving.",
    "Doubled throughput on the same hardware.",
    "Cut review time by a third.",
    "Gave a 3-fold increase in labelled data.",
    "Kept the p99 of 45 ms through the sale.",
    "Brought onboarding from 3 weeks to 2 days.",
    "Reduced false positives by 18 points.",
    "Processed 2B events a day.",
    "Cut the model's memory from 16 GB to 4 GB.",
    "The queue drained in 90 minutes instead of overnight.",
    "Reduced tickets from 40 to 12 per week.",
    "Deploys went from weekly to 6 times a day.",
    "Cut costs by two-thirds.",
    "Shrank the index by an order of magnitude.",
    "Improved NDCG@10 by 0.04 (3%).",
    "Reached 99.95% availability.",
    "Reduced the error rate to 0.2%.",
    "Lowered cost per 1k tokens from $0.60 to $0.18.",
    "Handled five million users on launch day.",
    "Sped up feature backfills by 40 hours per run.",
    "Filled 6 roles in 4 months.",
    "Removed 120 duplicate pipelines.",
]

NOT_COUNTED = [
    ("Joined the ranking team in 2019.", "year"),
    ("Shipped the rewrite in Q3 2024.", "year"),
    ("Upgraded the service to Python 3.11.", "version"),
    ("Ran it on Kubernetes 1.27.", "version"),
    ("Migrated the stack from Python 3.8 to 3.11.", "version"),
    ("Built our Web 2.0 portal.", "version"),
    ("Led the SOC 2 audit.", "standard"),
    ("Kept the platform ISO 27001 compliant.", "standard"),
    ("Call me at 555-123-4567.", "phone"),
    ("Reach me on +1 (415) 555-0134.", "phone"),
    ("Kept the pipeline running 24/7.", "24/7"),
    ("Replaced a quadratic scan with an O(n log n) sort.", "complexity"),
    ("Turned lookups into O(1) hash probes.", "complexity"),
    ("Led a team of 12.", "team"),
    ("Managed 5 engineers across two time zones.", "team"),
    ("Built it with a 6-person team.", "team"),
    ("Spent 3 years on the search team.", "tenure"),
    ("Worked there for 18 months.", "tenure"),
    ("Set `batch_size=256` and `max_len=512` in the config.", "inline code"),
    ("Fine-tuned a 7B model with LoRA.", "model size"),
    ("Ran training on 8 GPUs.", "resource"),
    ("Trained a 350M-parameter ranking model.", "model size"),
    ("Shipped v2 of the API on March 3.", "date"),
    ("Wrote the 2023-04-01 postmortem.", "date"),
    ("Deployed GPT-4 and Llama 3 behind one gateway.", "names"),
    ("Moved jobs to H100 and A100 nodes in us-east-1.", "names"),
    ("Closed 5 story points a sprint.", "story points"),
    ("Finished step 3 of the migration.", "label"),
    ("Owned Tier 1 incidents and Sev 2 reviews.", "label"),
    ("Covered 3D assets and 2FA flows.", "glued letters"),
    ("Used 3x3 convolutions on 1920x1080 frames.", "dimensions"),
    ("Tiled the map into 4 x 4 blocks.", "dimensions"),
    # The size of the training data describes the input, as a data set's size does
    # (three independent corpus writers labelled it so; it was counted until tuned part 5).
    ("Trained on 350k labelled examples.", "data set size"),
]


@pytest.mark.parametrize("text", COUNTS)
def test_a_measured_outcome_counts(text: str) -> None:
    assert has_outcome(text), [(m.text, m.reason) for m in mentions(text)]


@pytest.mark.parametrize(("text", "trap"), NOT_COUNTED, ids=[t for _, t in NOT_COUNTED])
def test_numbers_that_are_not_outcomes_do_not_count(text: str, trap: str) -> None:
    from playbook_lint.inputs import read

    doc = read("a.md", text.encode(), "answer")
    assert not has_outcome(doc.masked), [(m.text, m.reason) for m in mentions(doc.masked)]


def test_every_number_gets_a_reason() -> None:
    found = list(mentions("In 2019 I cut p99 from 120 ms to 45 ms for a team of 12."))
    assert [(m.text, m.counts) for m in found] == [
        ("2019", False),
        ("120 ms", True),
        ("45 ms", True),
        ("12", False),
    ]
    assert found[0].reason == "year"
    assert found[3].reason == "team size"
    assert all(m.reason for m in found)


def test_before_and_after_makes_bare_numbers_count() -> None:
    found = list(mentions("Cut alerts from 1,200 to 300."))
    assert [m.counts for m in found] == [True, True]
    assert {m.reason for m in found} == {"before-and-after change"}


def test_mentions_respect_the_window() -> None:
    text = "Cut p99 to 45 ms. Joined in 2019."
    assert has_outcome(text, 0, 17)
    assert not has_outcome(text, 17, len(text))
