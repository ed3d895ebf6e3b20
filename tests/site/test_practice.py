"""macros/practice.py without a browser: round timings, tags and boosts, the practice layout."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from macros import practice
from macros.content_model import Kind, Round, validate
from macros.page_index import Page, PageIndex

DOCS = Path(practice.ROUNDS_FILE).resolve().parents[1] / "docs"

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
    '<h2 id="clarifying-questions-to-ask">Clarifying questions to ask</h2><p>ask</p>'
    '<h2 id="plan-of-attack">Plan of attack</h2><ol><li>plan</li></ol>'
    '<h2 id="the-solution">The solution</h2><pre>code</pre>'
    '<h2 id="failure-modes">Failure modes</h2><p>modes</p>'
    '<h2 id="strong-and-weak-answers">Strong and weak answers</h2><p>pair</p>'
    '<h2 id="pitfalls">Pitfalls</h2><p>traps</p>'
    '<h2 id="related-questions">Related questions</h2><p>more</p>'
)


class Outline(HTMLParser):
    """A built page's reveals (summary and the headings inside) and its open headings."""

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[str] = []
        self.hidden: list[str] = []  # h2 text inside a reveal
        self.shown: list[str] = []  # h2 text outside any reveal
        self.order: list[str] = []  # every h2, in page order
        self.depth = 0  # reveals around the parser's position
        self.stack: list[bool] = []  # open details elements: is each a reveal?
        self.capture: str | None = None
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "details":
            self.stack.append(("class", "pb-reveal") in attrs)
            self.depth += self.stack[-1]
        elif tag in ("summary", "h2") and self.capture is None:
            self.capture, self.text = tag, ""
        elif tag == "a" and ("class", "headerlink") in attrs:
            self.capture = f"{self.capture}-link" if self.capture else None

    def handle_endtag(self, tag: str) -> None:
        if tag == "details" and self.stack:
            self.depth -= self.stack.pop()
        elif tag == "a" and self.capture and self.capture.endswith("-link"):
            self.capture = self.capture.removesuffix("-link")
        elif tag == self.capture:
            text = " ".join(self.text.split())
            if tag == "summary" and self.stack and self.stack[-1]:  # a reveal's own
                self.summaries.append(text)
            elif tag == "h2":
                (self.hidden if self.depth else self.shown).append(text)
                self.order.append(text)
            self.capture = None

    def handle_data(self, data: str) -> None:
        if self.capture in ("summary", "h2"):
            self.text += data


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html.split("<article", 1)[1].split("</article>", 1)[0])
    return parser


def source_headings(page: Page) -> list[str]:
    """The page's own level-2 headings, outside code fences, in order."""
    headings, fence = [], False
    for line in page.body.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        elif not fence and line.startswith("## "):
            headings.append(line[3:].strip())
    return headings


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
            'id="clarifying-questions-to-ask"',
            'class="admonition abstract pb-signals"',
            'class="pb-practice"',
            "<summary>Plan of attack</summary>",
            "<summary>The solution</summary>",
            "<summary>Failure modes</summary>",
            "<summary>Strong and weak answers</summary>",
            "<summary>Pitfalls</summary>",
            'class="pb-score"',
            'id="related-questions"',
        )
    ]
    assert order == sorted(order)
    assert html.count("<details") == 5  # one reveal per answer section, none "continued"
    assert "States the complexity &lt;O(n)&gt;" in html  # signals are escaped
    assert 'data-pb-minutes="45"' in html


@pytest.mark.parametrize(
    ("title", "group"),
    [
        ("What it tests", practice.OPEN),
        ("What the interviewer scores", practice.OPEN),
        ("Clarifying questions to ask", practice.OPEN),
        ("Plan of attack", practice.REVEAL),
        ("Choose your story", practice.REVEAL),
        ("Structure the answer", practice.REVEAL),
        ("Kinds of drift", practice.REVEAL),
        ("1. Requirements and SLOs", practice.REVEAL),
        ("Related questions", practice.TAIL),
        ("Sources", practice.TAIL),
    ],
)
def test_prompt_helpers_stay_open_answer_sections_fold_links_go_last(
    title: str, group: str
) -> None:
    assert practice.section_group(title) == group


def test_every_reveal_is_labelled_with_its_own_heading_on_every_question_page(
    built_site: Path,
) -> None:
    questions = PageIndex.build(DOCS).select(kind="question")
    assert len(questions) > 50
    for question in questions:
        built = built_site / question.src.removesuffix(".md") / "index.html"
        page = outline(built.read_text(encoding="utf-8"))
        headings = source_headings(question)
        # Each reveal holds one section and is labelled with that section's own heading.
        assert page.summaries == page.hidden, question.src
        assert set(page.summaries) <= set(headings), question.src
        # Page order is kept: open sections, the reveals, then the links at the end.
        assert [h for h in page.order if h in headings] == headings, question.src
        # The only headings the build adds are links at the end ("Sources", from the
        # front matter): no widget title is a heading in the page's outline.
        added = [h for h in page.order if h not in headings]
        assert all(practice.section_group(h) == practice.TAIL for h in added), added
        for heading in headings:
            group = practice.section_group(heading)
            assert (heading in page.hidden) == (group == practice.REVEAL), (question.src, heading)
        assert page.summaries, f"{question.src}: nothing behind a reveal"


def test_tags_add_topics_and_the_acronyms_a_page_is_about_once() -> None:
    tags = practice.derived_tags(["questions"], ["streams", "STAR"], ["STAR"])
    assert tags == ["questions", "streams", "STAR"]


KNOWN = {
    "RAG": "Retrieval-augmented generation: an LLM answers from documents",
    "STAR": "Situation, Task, Action, Result: a structure for behavioral answers",
    "MFU": "Model FLOPs utilization: the share of a GPU's peak",
    "SLO": "Service level objective: the reliability target",
    "SLOs": "Service level objectives: the reliability targets",
    "ML": "Machine learning",
    "p50": "Median: half of all requests are faster than this",
}


def test_a_page_is_about_an_acronym_its_title_spells_out_or_alone_names() -> None:
    titles = {
        "rag.md": "Design a retrieval-augmented assistant",
        "recall.md": "Recall@k for a RAG retriever",
        "star.md": "STAR story template",
        "start.md": "Start here",
        "recommend.md": "Design an end-to-end recommendation service",
        "model.md": "Own a model end to end, median latency included",
        "slo.md": "Set SLOs for a model service",
        "ml-round.md": "The ML round",
        "ml-platform.md": "An internal ML platform",
        "home.md": "AI Engineer Interview Playbook",
    }
    # RAG: spelled out beats named; SLOs counts as SLO; ML is named by two titles, so
    # neither is "the" page; AI is not an acronym the site defines; "model", "service"
    # and "median" are common words, not spelled-out names.
    assert practice.pages_about(titles, KNOWN) == {
        "rag.md": ["RAG"],
        "star.md": ["STAR"],
        "slo.md": ["SLO"],
    }
    assert practice.spelled_acronyms("Set service level objectives", KNOWN) == ["SLO"]
    assert practice.spelled_acronyms("Design an end-to-end recommendation service", KNOWN) == []


def _tag_chips(html: str) -> list[str]:
    if '<nav class="md-tags"' not in html:
        return []
    nav = html.split('<nav class="md-tags"', 1)[1].split("</nav>", 1)[0]
    return [" ".join(text.split()) for text in re.findall(r">([^<>]+)</a>", nav)]


def test_built_tags_carry_no_generic_or_plural_acronym(built_site: Path) -> None:
    abbreviations = practice.load_abbreviations()
    index = PageIndex.build(DOCS)
    titles = {p.src: p.meta.title for p in index if p.meta.kind is not Kind.EXAMPLE}
    about = practice.pages_about(titles, abbreviations)
    for page in index:
        if page.meta.kind is Kind.EXAMPLE:
            continue
        built = built_site / page.src.removesuffix(".md").removesuffix("index") / "index.html"
        chips = _tag_chips(built.read_text(encoding="utf-8"))
        keys = [re.sub(r"[^a-z0-9]+", "-", chip.lower()) for chip in chips]
        assert [k for k in keys if k.endswith("s") and k[:-1] in keys] == [], page.src
        own = {*page.meta.tags, *page.meta.topics, *about.get(page.src, [])}
        assert [c for c in chips if c in abbreviations and c not in own] == [], page.src
    home = _tag_chips((built_site / "index.html").read_text(encoding="utf-8"))
    assert home and "AI" not in home
    assert about["questions/system-design/rag-assistant.md"] == ["RAG"]
    assert about["templates/star-story.md"] == ["STAR"]
    assert "questions/system-design/recommendation-service.md" not in about


def test_the_bank_lists_each_signal_whole() -> None:
    page = Page(
        QUESTION.src,
        QUESTION.meta.model_copy(update={"signals": ["Sizes k, not n", "Names the trade-off"]}),
        "",
        1,
    )
    table = practice.bank_table([page], practice.load_round_timings(), lambda src: None)
    assert (
        '<ul class="pb-bank__signals"><li>Sizes k, not n</li><li>Names the trade-off</li></ul>'
        in table
    )


def test_optional_sections_are_marked_for_the_task_count() -> None:
    html = (
        '<h2 id="week-1">Week 1: Your story</h2><ul class="task-list"></ul>'
        '<h2 id="the-genai-track">The GenAI track<a class="headerlink" href="#x">&para;</a></h2>'
    )
    marked = practice.mark_optional_sections(html)
    assert '<h2 id="week-1">' in marked
    assert '<h2 id="the-genai-track" data-pb-optional>' in marked
    assert practice.mark_optional_sections(marked) == marked


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
