"""Each rule, as the rule pages describe it."""

from __future__ import annotations

import pytest

from tests.lint.conftest import lint_text, rules_of

STRONG_BULLET = (
    "- Cut checkout p99 latency from 320 ms to 95 ms for 4M daily users, "
    "watched on the Grafana latency dashboard."
)


def test_a_strong_resume_bullet_is_clean_even_with_every_rule() -> None:
    assert (
        lint_text(
            STRONG_BULLET,
            "resume",
            select={
                "quantified-outcome",
                "observability",
                "vague-verb",
                "unquantified-claim",
                "tech-without-impact",
            },
        )
        == []
    )


# --- quantified-outcome ----------------------------------------------------------------


def test_quantified_outcome_is_checked_per_resume_bullet() -> None:
    text = f"{STRONG_BULLET}\n- Rebuilt the ranking service for shoppers.\n"
    findings = [f for f in lint_text(text, "resume") if f.rule.name == "quantified-outcome"]
    assert [(f.line, f.column) for f in findings] == [(2, 1)]
    assert findings[0].message == "No measured outcome in this resume bullet"


def test_quantified_outcome_reads_the_star_result() -> None:
    story = (
        "**Situation:** Checkout p99 was 900 ms.\n\n**Task:** I owned the fix.\n\n"
        "**Action:** I profiled it and watched the latency dashboard.\n\n"
        "**Result:** Customers were happier.\n"
    )
    findings = [f for f in lint_text(story, "star-story") if f.rule.name == "quantified-outcome"]
    assert len(findings) == 1
    assert findings[0].line == 7
    assert "Result" in findings[0].message


# --- observability ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "signal",
    [
        "watched the p99 on a Grafana dashboard",
        "set an alert on the error rate",
        "logged every prediction with its features",
        "traced slow requests with OpenTelemetry",
        "defined an SLO of 99.9% for the endpoint",
        "added drift monitoring on the top 20 features",
        "checked training-serving skew every night",
        "ran a canary on 5% of traffic",
        "compared it against shadow traffic for a week",
        "read the A/B test readout after two weeks",
        "joined the on-call rotation for the service",
        "tracked p95 latency per region",
        "monitored the error rate after launch",
        "measured the lift with a holdout group",
        "logged model inputs and outputs for every request",
        "audited accuracy monthly on a sample of 300 invoices",
        "read out the result from a switchback experiment",
        "kept every failure in the incident log",
        "had its precision reviewed weekly on 200 sampled tickets",
    ],
)
def test_observability_signals_count(signal: str) -> None:
    text = f"I moved scoring online and cut latency by 40%; I {signal}."
    assert "observability" not in rules_of(lint_text(text, "answer"))


@pytest.mark.parametrize(
    "false_friend",
    [
        "logged 500 hours of flight time",
        "monitored the interns",
        "tracked the project in Jira",
        "logged in to the admin console",
        "watched a talk about caching",
        "used log loss as the objective",
        "shadowed a senior engineer",
        "measured twice before cutting",
        "explained what data drift is",
        "built the training set from the impression logs",
        "told the team the launch would meet the SLA",
    ],
)
def test_observability_false_friends_do_not_count(false_friend: str) -> None:
    text = f"I moved scoring online and cut latency by 40%; I also {false_friend}."
    assert "observability" in rules_of(lint_text(text, "answer"))


def test_observability_is_off_by_default_for_resumes_and_on_when_required() -> None:
    bullet = "- Cut p99 latency from 120 ms to 45 ms."
    assert "observability" not in rules_of(lint_text(bullet, "resume"))
    required = "---\nlint:\n  kind: resume\n  require: [observability]\n---\n" + bullet
    assert "observability" in rules_of(lint_text(required))


# --- star-structure --------------------------------------------------------------------


def test_star_structure_reports_each_missing_or_empty_section() -> None:
    story = "**Situation:** Search broke.\n\n**Task:**\n\n**Action:** I fixed the index.\n"
    messages = [
        f.message for f in lint_text(story, "star-story") if f.rule.name == "star-structure"
    ]
    assert messages == ["The Result section is missing", "The Task section is empty"]


def test_star_sections_may_be_headings_or_plain_labels() -> None:
    story = (
        "## Situation\nSearch broke.\n\n## Task\nI owned it.\n\nAction: I rebuilt the index.\n\n"
        "Result - click-through went from 24% to 31% on the search dashboard.\n"
    )
    assert "star-structure" not in rules_of(lint_text(story, "star-story"))


def test_two_stories_in_one_file_are_two_answers() -> None:
    one = (
        "**Situation:** A.\n\n**Task:** I owned it.\n\n**Action:** I did it.\n\n"
        "**Result:** Errors fell by 30% on the error dashboard.\n\n"
    )
    from playbook_lint.inputs import read

    doc = read("s.md", (one + one).encode(), "star-story")
    assert len(doc.answers) == 2


# --- vague-verb ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "Helped",
        "Worked on",
        "Was responsible for",
        "Participated in",
        "Was involved in",
        "Assisted with",
        "Responsible for",
    ],
)
def test_vague_verbs_are_flagged(phrase: str) -> None:
    findings = lint_text(f"- {phrase} the search migration.", "resume")
    hits = [f for f in findings if f.rule.name == "vague-verb"]
    assert len(hits) == 1
    assert hits[0].column == 3


def test_helped_is_fine_when_a_thing_is_the_subject() -> None:
    text = "The canary helped us catch a 12% drop in click-through before full rollout."
    assert "vague-verb" not in rules_of(lint_text(text, "answer"))


def test_the_risks_involved_in_is_not_a_vague_verb() -> None:
    text = "I listed the risks involved in the migration and cut p99 by 30%."
    assert "vague-verb" not in rules_of(lint_text(text, "answer"))


# --- unquantified-claim ----------------------------------------------------------------


def test_intensifier_without_number_is_flagged() -> None:
    findings = lint_text("The new index made search dramatically faster.", "answer")
    assert [f.message for f in findings if f.rule.name == "unquantified-claim"] == [
        "'dramatically' with no number in the sentence"
    ]


def test_intensifier_with_a_number_in_the_sentence_is_fine() -> None:
    text = "The new index made search dramatically faster, from 800 ms to 90 ms."
    assert "unquantified-claim" not in rules_of(lint_text(text, "answer"))


def test_a_number_in_another_sentence_does_not_excuse_an_intensifier() -> None:
    text = "Search p95 fell from 800 ms to 90 ms. Users were significantly happier."
    assert "unquantified-claim" in rules_of(lint_text(text, "answer"))


def test_statistically_significant_is_not_an_intensifier() -> None:
    text = "The lift was statistically significant in the A/B readout, at 2.1%."
    assert "unquantified-claim" not in rules_of(lint_text(text, "answer"))


# --- tech-without-impact ---------------------------------------------------------------


def test_three_technologies_without_scale_or_outcome_are_flagged() -> None:
    findings = lint_text("- Built a pipeline with Kafka, Spark, Airflow and Kubernetes.", "resume")
    hit = [f for f in findings if f.rule.name == "tech-without-impact"]
    assert len(hit) == 1
    assert hit[0].message.startswith("4 technologies named (Kafka, Spark, Airflow, Kubernetes)")


def test_technologies_tied_to_scale_are_fine() -> None:
    text = "- Built a Kafka, Spark and Airflow pipeline that processes 2B events a day."
    assert "tech-without-impact" not in rules_of(lint_text(text, "resume"))


def test_two_technologies_are_not_a_list() -> None:
    assert "tech-without-impact" not in rules_of(
        lint_text("- Wrote Spark jobs on Kafka.", "resume")
    )


# --- ownership -------------------------------------------------------------------------


def test_we_throughout_the_action_is_flagged() -> None:
    story = (
        "**Situation:** S.\n\n**Task:** I owned it.\n\n"
        "**Action:** We profiled it and we fixed it with our tooling.\n\n"
        "**Result:** p99 fell by 40% on the dashboard.\n"
    )
    hit = [f for f in lint_text(story, "star-story") if f.rule.name == "ownership"]
    assert [f.message for f in hit] == [
        "The Action section says 'we' and never 'I' (3 × we/us/our)"
    ]


def test_one_i_in_the_action_is_enough() -> None:
    story = (
        "**Situation:** S.\n\n**Task:** T.\n\n**Action:** We profiled it and I fixed it.\n\n"
        "**Result:** p99 fell by 40% on the dashboard.\n"
    )
    assert "ownership" not in rules_of(lint_text(story, "star-story"))


# --- suppressions ----------------------------------------------------------------------


def test_a_suppression_with_a_reason_silences_the_next_answer_only() -> None:
    text = (
        '<!-- playbook-lint: disable=quantified-outcome reason="under NDA" -->\n'
        "- Rebuilt search ranking, read out through an A/B test.\n"
        "- Rebuilt the recommendation ranking.\n"
    )
    findings = [f for f in lint_text(text, "resume") if f.rule.name == "quantified-outcome"]
    assert [f.line for f in findings] == [3]


def test_a_suppression_can_name_a_code_and_cover_the_file() -> None:
    text = (
        '<!-- playbook-lint: disable-file=PL001 reason="portfolio draft" -->\n'
        "- Rebuilt search ranking.\n- Rebuilt recommendations.\n"
    )
    assert "quantified-outcome" not in rules_of(lint_text(text, "resume"))


def test_a_suppression_without_reason_is_reported_and_suppresses_nothing() -> None:
    text = "<!-- playbook-lint: disable=quantified-outcome -->\n- Rebuilt search ranking.\n"
    found = rules_of(lint_text(text, "resume"))
    assert "quantified-outcome" in found
    assert "invalid-suppression" in found


def test_a_suppression_of_an_unknown_rule_is_reported() -> None:
    text = '<!-- playbook-lint: disable=no-such-rule reason="x" -->\n- Cut p99 by 30%.\n'
    findings = [f for f in lint_text(text, "resume") if f.rule.name == "invalid-suppression"]
    assert findings[0].message == "Suppression ignored: unknown rule 'no-such-rule'"


def test_an_unused_suppression_is_reported() -> None:
    text = (
        '<!-- playbook-lint: disable=vague-verb reason="quoting a manager" -->\n- Cut p99 by 30%.\n'
    )
    findings = lint_text(text, "resume")
    assert rules_of(findings) == ["unused-suppression"]
    assert findings[0].line == 1


def test_a_suppression_inside_a_code_block_is_not_a_suppression() -> None:
    text = (
        "```markdown\n<!-- playbook-lint: disable=vague-verb -->\n```\n\n"
        "I cut p99 by 30% and watched the dashboard.\n"
    )
    assert lint_text(text, "answer") == []


def test_plain_text_suppressions_need_no_comment_markers() -> None:
    text = 'playbook-lint: disable=quantified-outcome reason="NDA"\n- Rebuilt search ranking.\n'
    assert lint_text(text, "resume", path="resume.txt") == []


def test_text_under_other_headings_is_not_a_story() -> None:
    story = (
        "## Latency story\n\n**Situation:** S.\n\n**Task:** I owned it.\n\n"
        "**Action:** I fixed it.\n\n**Result:** p99 fell by 40% on the dashboard.\n\n"
        "## Follow-up questions\n\nWhat would you do differently?\n"
    )
    assert "star-structure" not in rules_of(lint_text(story, "star-story"))


def test_a_suppression_after_the_last_answer_covers_it() -> None:
    text = 'I rebuilt search ranking.\n\n<!-- playbook-lint: disable=PL001 reason="NDA" -->\n'
    found = rules_of(lint_text(text, "answer", select={"quantified-outcome", "unused-suppression"}))
    assert found == []


def test_star_labels_may_carry_a_parenthetical() -> None:
    story = (
        "**Situation (context):** S.\n\n**Task (my part):** I owned it.\n\n"
        "**Action (what I did):** I fixed it.\n\n"
        "**Result (what changed):** p99 fell by 40% on the latency dashboard.\n"
    )
    assert lint_text(story, "star-story") == []
