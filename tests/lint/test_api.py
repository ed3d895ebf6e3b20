"""The stable Python API: ``from playbook_lint import lint_text``."""

from __future__ import annotations

import inspect
import pickle

import pytest

from playbook_lint import lint_text
from playbook_lint.source import InputError

WEAK = "- Worked on Kafka, Spark and Airflow pipelines.\n"


def test_the_signature_is_the_documented_one() -> None:
    assert str(inspect.signature(lint_text)) == (
        "(text: 'str', *, kind: 'str | None' = None, path: 'str' = 'answer.md', "
        "select: 'Iterable[str] | None' = None, ignore: 'Iterable[str]' = ()) "
        "-> 'list[Finding]'"
    )


def test_findings_pickle_for_batch_jobs() -> None:
    findings = lint_text(WEAK, kind="resume")
    assert findings
    assert pickle.loads(pickle.dumps(findings)) == findings


def test_calls_do_not_affect_each_other() -> None:
    first = lint_text(WEAK, kind="resume")
    lint_text("Situation: S.\nTask: T.\nAction: we did it.\nResult: none.\n")
    lint_text(WEAK, kind="resume", select=["vague-verb"])
    assert lint_text(WEAK, kind="resume") == first


def test_the_path_picks_the_reader() -> None:
    text = "- Rebuilt ranking <!-- lifted CTR 30% -->.\n"
    as_markdown = lint_text(text, kind="resume", select=["quantified-outcome"])
    as_plain = lint_text(text, kind="resume", path="cv.txt", select=["quantified-outcome"])
    assert [f.rule.name for f in as_markdown] == ["quantified-outcome"]
    assert as_plain == []  # plain text has no comments: "30%" is prose there


def test_bad_input_and_bad_options_raise() -> None:
    with pytest.raises(InputError, match="front matter"):
        lint_text("---\nlint: [1]\n---\nText.\n")
    with pytest.raises(ValueError, match="unknown kind 'essay'"):
        lint_text("Text.", kind="essay")
    with pytest.raises(ValueError, match="unknown rule 'nope'"):
        lint_text("Text.", ignore=["nope"])
