"""macros/practice.py without a browser: round timings, tags and boosts, the practice layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from macros import practice
from macros.content_model import Round, validate
from macros.page_index import Page

QUESTION = Page(
    "questions/coding/example.md",
    validate(
        "docs/questions/coding/example.md",
        {
            "title": "Merge two sorted streams",
            "description": "A question used by the tests of practice mode.",
            "kind": "question",
            "last_reviewed": "2026-11-29",
            "round": "coding",
            "difficulty": "core",
            "topics": ["streams"],
            "signals": ["Handles empty streams", "States the complexity <O(n)>"],
        },
    ),
    "",
    1,
)
HTML = (
    '<h1 id="t">Merge two sorted streams</h1><div class="admonition quote">prompt</div>'
    '<h2 id="what-it-tests">What it tests</h2><p>tests</p>'
    '<h2 id="plan-of-attack">Plan of attack</h2><ol><li>plan</li></ol>'
    '<h2 id="the-solution">The solution</h2><pre>code</pre>'
    '<h2 id="failure-modes">Failure modes</h2><p>modes</p>'
    '<h2 id="strong-and-weak-answers">Strong and weak answers</h2><p>pair</p>'
    '<h2 id="pitfalls">Pitfalls</h2><p>traps</p>'
    '<h2 id="related-questions">Related questions</h2><p>more</p>'
)


def test_every_round_has_a_timer_length_read_from_its_loop_page() -> None:
    timings = practice.load_round_timings()
    assert set(timings) == {r.value for r in Round}
    docs = Path(practice.ROUNDS_FILE).resolve().parents[1] / "docs"
    for timing in timings.values():
        assert (docs / timing.source).is_file(), timing.source


def test_a_broken_timings_file_names_the_file_and_the_problem(tmp_path: Path) -> None:
    bad = tmp_path / "rounds.yml"
    bad.write_text("coding:\n  minutes: 0\n  from: loop/coding.md\n", encoding="utf-8")
    with pytest.raises(practice.PracticeDataError, match=r"rounds\.yml: round 'screen' is missing"):
        practice.load_round_timings(bad)
    bad.write_text("coding: [unclosed\n", encoding="utf-8")
    with pytest.raises(practice.PracticeDataError, match=r"rounds\.yml:\d+: not valid YAML"):
        practice.load_round_timings(bad)


def test_practice_layout_puts_prompt_and_signals_first_and_folds_the_answer() -> None:
    html = practice.practice_page(HTML, QUESTION, practice.load_round_timings(), lambda src: None)
    order = [
        html.index(marker)
        for marker in (
            'class="pb-facts"',
            "prompt",
            'id="what-it-tests"',
            'class="admonition abstract pb-signals"',
            'class="pb-practice"',
            "<summary>Plan of attack</summary>",
            "<summary>The solution</summary>",
            "<summary>Strong and weak answers</summary>",
            "<summary>Pitfalls</summary>",
            'class="pb-score"',
            'id="related-questions"',
        )
    ]
    assert order == sorted(order)
    assert html.count("<summary>The solution</summary>") == 1  # solution + failure modes
    assert "States the complexity &lt;O(n)&gt;" in html  # signals are escaped
    assert 'data-pb-minutes="45"' in html


def test_tags_add_topics_and_title_acronyms_once() -> None:
    tags = practice.derived_tags(["questions"], "STAR story template", ["streams"], ["STAR"])
    assert tags == ["questions", "streams", "STAR"]


def test_a_title_is_about_an_acronym_it_names_or_spells_out() -> None:
    known = {"RAG": "Retrieval-augmented generation: an LLM answers", "STAR": "Situation, Task"}
    assert practice.about_acronyms("Design a retrieval-augmented assistant", known) == ["RAG"]
    assert practice.spelled_acronyms("Design a retrieval-augmented assistant", known) == ["RAG"]
    assert practice.spelled_acronyms("Recall@k for a RAG retriever", known) == []
    assert practice.search_boost("STAR story template", known) == practice.ABOUT_BOOST
    assert practice.search_boost("Start here", known) is None


def test_lone_diagrams_link_to_their_svg_and_question_tables_are_marked() -> None:
    html = practice.link_diagrams('<p><img alt="a" src="../d.svg" /></p>')
    assert html == (
        '<p class="pb-diagram"><a href="../d.svg" title="Open the diagram full size">'
        '<img alt="a" src="../d.svg" /></a></p>'
    )
    table = practice.mark_question_tables("<table>\n<thead>\n<tr>\n<th>Question</th>")
    assert table.startswith('<table data-pb-table="questions">')
    assert practice.mark_question_tables("<table>\n<thead>\n<tr>\n<th>Step</th>").startswith(
        "<table>\n"
    )


def test_home_title_once_and_repository_links_from_one_setting(built_site: Path) -> None:
    config = (Path(practice.ROUNDS_FILE).resolve().parents[1] / "mkdocs.yml").read_text(
        encoding="utf-8"
    )
    assert config.count("repo_url:") == 1
    repo = config.split("repo_url:", 1)[1].split()[0]
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert "<title>AI Engineer Interview Playbook</title>" in home
    question = (built_site / "questions/coding/heavy-hitters/index.html").read_text(
        encoding="utf-8"
    )
    assert f'href="{repo}"' in question
    assert f'href="{repo}/edit/main/docs/questions/coding/heavy-hitters.md"' in question
    assert 'data-md-component="source"' not in question  # no call to api.github.com
    missing = (built_site / "404.html").read_text(encoding="utf-8")
    assert 'for="__search"' in missing and "Question bank</a>" in missing
