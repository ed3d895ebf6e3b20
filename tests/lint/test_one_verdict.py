"""One number verdict: what ``--show-numbers`` prints and what the rules decide come from
the same classification, so they can never disagree (issue 9, item 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from playbook_lint.cli import main
from playbook_lint.engine import Selection, lint_document
from playbook_lint.inputs import read
from playbook_lint.outputs import number_rows

FRAGMENTS = [
    "Data as of 2024-05-01 h.",
    "from",
    "to",
    "by",
    "of",
    "cut",
    "reduced",
    "team of",
    "managed",
    "version",
    "Python",
    "120",
    "45",
    "3.11",
    "2019",
    "12",
    "0.91",
    "1,200",
    "7B",
    "24/7",
    "O(n log n)",
    "ms",
    "h",
    "s",
    "%",
    "x",
    "users",
    "engineers",
    "days",
    "weeks",
    "times",
    "per day",
    "$",
    "$200k",
    "1.2M",
    "p99",
    "halved",
    "a third",
    "I'd",
    "would",
    "has to",
    "we shipped",
    "->",
    "-",
    "/",
    ".",
    ",",
    "(",
    ")",
    "+1 (415) 555-0134",
    "10.0.0.1",
    "Q3",
    "SOC 2",
    "March 3",
    "3-month",
    "story points",
]
TEXT = st.lists(
    st.sampled_from(FRAGMENTS) | st.text(alphabet="0123456789 .,-/:%$xkMh", max_size=8),
    max_size=24,
).map(" ".join)


def verdicts(text: str, kind: str = "answer") -> tuple[bool, bool]:
    """(the rule finds no outcome, no number shown by --show-numbers counts)."""
    doc = read("a.txt", text.encode("utf-8"), kind)
    flagged = bool(lint_document(doc, Selection(select={"quantified-outcome"})))
    rows = number_rows({"a.txt": doc})
    return flagged, bool(doc.answers) and not any(row["counts"] for row in rows)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@example("Data as of 2024-05-01 h.")
@example("Cut p99 from 120 ms to 45 ms.")
@example("Joined in 2019 and managed 12 engineers.")
def test_show_numbers_and_the_rule_agree(text: str) -> None:
    flagged, nothing_counts = verdicts(text)
    assert flagged == nothing_counts


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@example("I'd cap retries at 3 with a 250 ms backoff. At my last job p99 fell to 35 ms.")
def test_show_numbers_and_the_rule_agree_on_a_design_answer(text: str) -> None:
    flagged, nothing_counts = verdicts(text, "design-answer")
    assert flagged == nothing_counts


def test_the_issue_example_has_one_verdict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.md"
    path.write_text("Data as of 2024-05-01 h.\n", encoding="utf-8")
    code = main(
        [
            "--isolated",
            "--format",
            "json",
            "--show-numbers",
            "--select",
            "quantified-outcome",
            str(path),
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert not any(row["counts"] for row in data["numbers"])
    assert [f["rule"] for f in data["findings"]] == ["quantified-outcome"]
    assert code == 1
