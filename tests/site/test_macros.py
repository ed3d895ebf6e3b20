"""The macros render tables, lists, counts and example answers from the page index."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from macros import define_env, page_index
from macros.page_index import PageIndex

from tests.projects import ROOT
from .test_content_model import write_page


def question(title: str, round_: str, difficulty: str, topics: list[str]) -> str:
    return (
        f"title: {title}\n"
        f"description: A question about {title.lower()} for the tests.\n"
        "kind: question\nlast_reviewed: 2026-11-01\n"
        f"round: {round_}\ndifficulty: {difficulty}\n"
        f"topics: [{', '.join(topics)}]\nsignals: [judgment, numbers]\n"
    )


def example(title: str, verdict: str, expect: str) -> str:
    return (
        f"title: {title}\n"
        "description: An example answer used by the macro tests.\n"
        "kind: example\nlast_reviewed: 2026-11-01\n"
        "lint:\n  kind: answer\n  require: [quantified-outcome, observability]\n"
        f"  verdict: {verdict}\n  expect: {{{expect}}}\n"
    )


class FakeEnv:
    """Stands in for mkdocs-macros: collects the macros and knows the current page."""

    def __init__(self) -> None:
        self.macros: dict[str, Any] = {}
        self.page: Any = None

    def macro(self, function: Any) -> Any:
        self.macros[function.__name__] = function
        return function

    def on(self, src: str) -> None:
        self.page = type("Page", (), {"file": type("File", (), {"src_uri": src})()})()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeEnv:
    docs = tmp_path / "docs"
    write_page(
        docs,
        "questions/coding/merge.md",
        question("Merge streams", "coding", "core", ["streaming", "heaps"]),
    )
    write_page(
        docs, "questions/coding/beam.md", question("Beam queue", "coding", "stretch", ["heaps"])
    )
    write_page(
        docs,
        "questions/design/recsys.md",
        question("Recommendation service", "system-design", "core", ["streaming", "serving"]),
    )
    write_page(
        docs,
        "questions/design/fraud.md",
        question("Fraud | retraining", "system-design", "stretch", ["serving"]),
    )
    write_page(
        docs,
        "examples/answers/good.md",
        example(
            "Quantized ranking model", "strong", "quantified-outcome: pass, observability: pass"
        ),
        "Cut p99 from 120 ms to 45 ms; a dashboard alerts above 60 ms.\n",
    )
    write_page(
        docs,
        "examples/answers/bad.md",
        example("Made it faster", "weak", "quantified-outcome: fail"),
        "I made the model a lot faster.\n\n- one\n- two\n",
    )
    index = PageIndex.build(docs)
    assert index.errors == []
    monkeypatch.setattr(page_index, "current", index)
    fake = FakeEnv()
    define_env(fake)
    fake.on("questions/coding/merge.md")
    return fake


def test_question_table_lists_every_question_in_round_order(env: FakeEnv) -> None:
    table = env.macros["question_table"]()
    titles = re.findall(r"^\| \[([^\]]+)\]", table, re.M)
    assert titles == [
        "Merge streams",
        "Beam queue",
        "Recommendation service",
        r"Fraud \| retraining",
    ]


def test_question_table_filters_and_links_relative_to_the_current_page(env: FakeEnv) -> None:
    table = env.macros["question_table"](round="system-design", difficulty="core")
    assert "[Recommendation service](../design/recsys.md)" in table
    assert "Fraud" not in table
    assert env.macros["question_table"](topic="nothing") == "*No questions match yet.*"


def test_related_questions_rank_by_shared_topics_and_skip_the_page_itself(env: FakeEnv) -> None:
    related = env.macros["related_questions"](limit=2).splitlines()
    assert related[0].startswith("- [Beam queue](beam.md)")
    assert related[1].startswith("- [Recommendation service](../design/recsys.md)")
    assert len(related) == 2


def test_count_applies_every_filter(env: FakeEnv) -> None:
    assert env.macros["count"](kind="question") == 4
    assert env.macros["count"](kind="question", round="coding") == 2
    assert env.macros["count"](topic="serving", difficulty="stretch") == 1
    assert env.macros["count"](kind="example") == 2


def test_example_answer_shows_the_body_and_the_expected_verdicts(env: FakeEnv) -> None:
    block = env.macros["example_answer"]("good")
    assert block.startswith('!!! success "Strong: Quantized ranking model"')
    assert "    Cut p99 from 120 ms to 45 ms" in block
    assert "[`observability`](../../lint/rules/observability.md) :material-check: passes" in block
    weak = env.macros["example_answer"]("bad")
    assert weak.startswith('!!! failure "Weak: Made it faster"')
    assert "\n    - one\n    - two\n" in weak


def test_strong_vs_weak_puts_each_answer_in_its_own_tab(env: FakeEnv) -> None:
    tabs = env.macros["strong_vs_weak"]("good", "bad")
    assert tabs.index('=== "Strong answer"') < tabs.index('=== "Weak answer"')
    assert '\n    !!! success "Strong: Quantized ranking model"' in tabs
    assert "\n        Cut p99 from 120 ms to 45 ms" in tabs


def test_an_unknown_example_fails_loudly_with_the_known_names(env: FakeEnv) -> None:
    with pytest.raises(KeyError, match=r"no example answer named 'gone'.*bad, good"):
        env.macros["example_answer"]("gone")


def test_examples_table_filters_by_answer_kind(env: FakeEnv) -> None:
    table = env.macros["examples_table"]()
    assert "| Made it faster | answer | weak | `quantified-outcome` fail |" in table
    assert env.macros["examples_table"](kind="resume") == "*No example answers yet.*"


def test_content_model_table_names_every_field(env: FakeEnv) -> None:
    table = env.macros["content_model_fields"]()
    for field in ("title", "description", "kind", "round", "topics", "signals", "lint"):
        assert f"| `{field}` |" in table


def test_every_macro_is_documented_on_the_contributor_page(env: FakeEnv) -> None:
    page = (ROOT / "docs/contributing/macros.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^## `(\w+)\(", page, re.M))
    assert documented == set(env.macros)
