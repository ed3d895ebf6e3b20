"""Practice mode, progress, the bank's filters, search ranking and accessibility, in
headless Chromium on the served site (built once per session by conftest.py)."""

from __future__ import annotations

# ruff: noqa: F811 (the fixtures imported from test_browser are parameters below)
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from macros.page_index import PageIndex
from macros.practice import load_round_timings
from tests.projects import ROOT

from .test_browser import search, served_site  # noqa: F401 (fixtures)
from .test_build import page_url

pytestmark = pytest.mark.browser

QUESTION = "questions/system-design/rag-assistant.md"
CHECKLIST = "debrief/checklist/"
BANK = "questions/"
AXE = ROOT / "node_modules/axe-core/axe.min.js"
STORE = "ai-engineer-interview-playbook/progress/v1"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def url_of(src: str) -> str:
    return page_url(src)


@pytest.fixture(scope="module")
def questions() -> list[Any]:
    return PageIndex.build(ROOT / "docs").select(kind="question")


@pytest.fixture
def page(browser: Any, served_site: str) -> Iterator[Any]:
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    context.close()
    assert errors == [], f"JavaScript errors: {errors}"


def tick(tab: Any, number: int) -> None:
    """Click a task's box where a reader does: the drawn box over the input (its label)."""
    tab.locator(".task-list-item input[type=checkbox]").nth(number).check(force=True)


def stored(tab: Any) -> dict[str, Any]:
    raw = tab.evaluate(f"() => localStorage.getItem({json.dumps(STORE)})")
    return json.loads(raw)["items"] if raw else {}


# ------------------------------------------------------------------ practice mode


def test_question_page_shows_prompt_and_signals_first_and_hides_the_answer(
    page: Any, served_site: str
) -> None:
    page.goto(served_site + url_of(QUESTION))
    article = page.locator("article")
    order = article.evaluate(
        "a => [...a.querySelectorAll('.pb-facts, .admonition.quote, .pb-signals, .pb-practice,"
        " details.pb-reveal, .pb-score')].map(e => e.className.split(' ').pop())"
    )
    assert order.index("pb-facts") < order.index("quote") < order.index("pb-signals")
    assert order.index("pb-signals") < order.index("pb-practice") < order.index("pb-reveal")
    assert order[-1] == "pb-score"
    facts = page.locator(".pb-facts").inner_text()
    for label in ("Round", "Difficulty", "Suggested time", "Last reviewed"):
        assert label in facts
    reveals = page.locator("article > details.pb-reveal")
    summaries = [
        reveals.nth(i).locator(":scope > summary").inner_text() for i in range(reveals.count())
    ]
    # Each reveal is labelled with the heading of the section it folds, in page order.
    inside = [
        (reveals.nth(i).locator(":scope > h2").first.text_content() or "").rstrip("\u00b6").strip()
        for i in range(reveals.count())
    ]
    assert summaries == inside
    assert summaries[:2] == ["Plan of attack", "1. Requirements and SLOs"]
    plan = page.locator("details.pb-reveal").first
    assert plan.get_attribute("open") is None
    assert not plan.locator("ol").first.is_visible()
    plan.locator(":scope > summary").click()
    assert plan.locator("ol").first.is_visible()


def test_every_question_page_folds_plan_and_answers(built_site: Path, questions: list[Any]) -> None:
    for question in questions:
        html = (built_site / url_of(question.src) / "index.html").read_text(encoding="utf-8")
        assert 'class="pb-practice"' in html, question.src
        assert "<summary>Strong and weak" in html, question.src
        before = html.split('<details class="pb-reveal">', 1)[0]
        assert 'id="plan-of-attack"' not in before, question.src


def test_timer_counts_down_pauses_and_resets(page: Any, served_site: str) -> None:
    minutes = load_round_timings()["system-design"].minutes
    page.clock.install()
    page.goto(served_site + url_of(QUESTION))
    time = page.locator(".pb-timer__time")
    assert time.inner_text() == f"{minutes:02d}:00"
    page.get_by_role("button", name="Start").click()
    page.clock.run_for(61_000)
    assert time.inner_text() == f"{minutes - 2:02d}:59"
    page.get_by_role("button", name="Pause").click()
    page.clock.run_for(300_000)
    assert time.inner_text() == f"{minutes - 2:02d}:59"
    page.get_by_role("button", name="Start").click()
    page.clock.run_for(minutes * 60_000)
    assert time.inner_text() == "00:00"
    assert "Time is up" in page.locator(".pb-timer__note").inner_text()
    page.get_by_role("button", name="Reset").click()
    assert time.inner_text() == f"{minutes:02d}:00"


def test_self_score_per_signal_is_kept_across_a_reload(
    page: Any, served_site: str, questions: list[Any]
) -> None:
    signals = next(q for q in questions if q.src == QUESTION).meta.signals
    page.goto(served_site + url_of(QUESTION))
    sets = page.locator(".pb-score fieldset")
    assert sets.count() == len(signals)
    sets.nth(0).get_by_label("Hit").check()
    sets.nth(1).get_by_label("Partly").check()
    sets.nth(2).get_by_label("Missed").check()
    page.reload()
    sets = page.locator(".pb-score fieldset")
    assert sets.nth(0).get_by_label("Hit").is_checked()
    assert sets.nth(1).get_by_label("Partly").is_checked()
    assert sets.nth(2).get_by_label("Missed").is_checked()
    assert page.locator(".pb-score__total").inner_text() == (
        f"1 hit, 1 partly, 1 missed, of {len(signals)} signals."
    )
    assert stored(page)[f"q:{QUESTION}:score:{signals[0]}"]["v"] == "hit"


def test_every_heading_of_a_question_page_is_in_its_table_of_contents(
    page: Any, served_site: str
) -> None:
    """The widgets (timer, self-score) add no heading: the page's outline is its TOC."""
    page.goto(served_site + url_of(QUESTION))
    page.locator(".pb-score").wait_for()
    headings = page.eval_on_selector_all(
        "article :is(h2, h3)", "hs => hs.map(h => h.textContent.replace('\u00b6', '').trim())"
    )
    toc = page.eval_on_selector_all(
        ".md-nav--secondary .md-nav__link", "links => links.map(a => a.textContent.trim())"
    )
    assert "Score yourself" in page.locator(".pb-score").inner_text()
    assert [h for h in headings if h not in toc] == []


def test_tag_chips_stay_on_one_row_on_a_phone(browser: Any, served_site: str) -> None:
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    tab.goto(served_site + url_of("questions/system-design/recommendation-service.md"))
    tops = tab.eval_on_selector_all(".md-tags .md-tag", "cs => cs.map(c => c.offsetTop)")
    width = tab.evaluate("() => document.documentElement.scrollWidth")
    title = tab.locator("article h1").bounding_box()
    context.close()
    assert len(tops) >= 5 and len(set(tops)) == 1, tops
    assert width <= PHONE["width"]
    assert title["y"] < PHONE["height"] / 4


# ------------------------------------------------------------------ progress


def test_done_shows_on_the_bank_per_round_and_stays_after_a_reload(
    page: Any, served_site: str, questions: list[Any]
) -> None:
    page.goto(served_site + url_of(QUESTION))
    done = page.get_by_role("button", name="Done")
    done.click()
    assert done.get_attribute("aria-pressed") == "true"
    page.goto(served_site + BANK)
    row = page.locator(f'tr[data-pb-question="{QUESTION}"]')
    assert row.locator(".pb-bank__status").inner_text() == "Done"
    design = page.locator('.pb-progress tr[data-pb-round="system-design"]')
    cells = design.locator("td")
    total = sum(1 for q in questions if q.meta.round.value == "system-design")
    assert [cells.nth(i).inner_text() for i in range(3)] == ["1", "0", str(total)]
    page.reload()
    assert row.locator(".pb-bank__status").inner_text() == "Done"
    page.goto(served_site + url_of(QUESTION))
    page.get_by_role("button", name="Review again").click()
    assert page.get_by_role("button", name="Done").get_attribute("aria-pressed") == "false"
    page.goto(served_site + BANK)
    assert row.locator(".pb-bank__status").inner_text() == "Review again"


def test_checklist_boxes_tick_have_names_and_stay_after_a_reload(
    page: Any, served_site: str
) -> None:
    page.goto(served_site + CHECKLIST)
    boxes = page.locator(".task-list-item input[type=checkbox]")
    total = boxes.count()
    assert total > 20
    assert all(boxes.nth(i).is_enabled() for i in range(total))
    assert all(boxes.nth(i).get_attribute("aria-label") for i in range(total))
    tick(page, 0)
    tick(page, 3)
    page.reload()
    boxes = page.locator(".task-list-item input[type=checkbox]")
    ticked = [i for i in range(total) if boxes.nth(i).is_checked()]
    assert ticked == [0, 3]
    assert (
        page.locator("[data-pb-tasks]").inner_text() == f"2 of {total} tasks on this page ticked."
    )


PLAN = "start-here/four-week-plan.md"


def test_the_plan_on_a_phone_opens_on_its_introduction_not_the_panel(
    browser: Any, served_site: str
) -> None:
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    tab.goto(served_site + url_of(PLAN))
    panel = tab.locator("details.pb-progress")
    panel.locator("[data-pb-tasks-brief]").wait_for()
    closed = panel.get_attribute("open") is None
    intro = tab.locator("article h1 ~ p").first.bounding_box()
    brief = panel.locator("summary").inner_text()
    context.close()
    assert closed
    assert intro["y"] + intro["height"] < PHONE["height"]
    assert brief.startswith("Your progress: 0 of ")


def test_the_plan_counts_optional_tasks_apart(page: Any, served_site: str) -> None:
    page.goto(served_site + url_of(PLAN))
    assert page.locator("details.pb-progress").get_attribute("open") is not None  # desktop
    counts = page.evaluate(
        """() => {
          const boxes = [...document.querySelectorAll('.task-list-item input[type=checkbox]')];
          const heads = [...document.querySelectorAll('article h2')];
          const optional = (box) => {
            const above = heads.filter(
              (h) => h.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING);
            return above.length > 0 && above.pop().hasAttribute('data-pb-optional');
          };
          return [boxes.filter((b) => !optional(b)).length, boxes.filter(optional).length];
        }"""
    )
    required, optional = counts
    assert required > 20 and optional > 20
    assert (
        page.locator("article h2[data-pb-optional]")
        .first.inner_text()
        .startswith("The GenAI track")
    )
    tick(page, 0)
    assert page.locator("[data-pb-tasks]").inner_text() == (
        f"1 of {required} tasks on this page ticked. Optional: 0 of {optional} more."
    )
    assert page.locator("[data-pb-tasks-brief]").inner_text() == f": 1 of {required} tasks"
    assert "The GenAI track (optional): 0 of" in page.locator(".pb-progress__sections").inner_text()


def _import(page: Any, path: Path) -> str:
    page.locator("[data-pb-import]").set_input_files(str(path))
    message = page.locator(".pb-progress__message")
    message.locator("p").first.wait_for()
    return str(message.inner_text())


def test_export_clear_and_import_round_trip(page: Any, served_site: str, tmp_path: Path) -> None:
    page.goto(served_site + url_of(QUESTION))
    page.get_by_role("button", name="Done").click()
    page.goto(served_site + CHECKLIST)
    tick(page, 1)
    before = stored(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "ai-engineer-interview-playbook/progress"
    assert data["version"] == 1
    assert data["items"] == before
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Clear progress").click()
    assert stored(page) == {}
    assert not page.locator(".task-list-item input[type=checkbox]").nth(1).is_checked()
    message = _import(page, exported)
    assert f"{len(before)} added" in message
    assert stored(page) == before
    assert page.locator(".task-list-item input[type=checkbox]").nth(1).is_checked()


def test_clear_asks_first_and_keeps_everything_when_refused(page: Any, served_site: str) -> None:
    page.goto(served_site + CHECKLIST)
    tick(page, 0)
    before = stored(page)
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Clear progress").click()
    assert stored(page) == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("this is not json", "is not JSON"),
        ('{"format": "something-else", "version": 1, "items": {}}', "not a progress export"),
        (
            '{"format": "ai-engineer-interview-playbook/progress", "version": 1,'
            ' "items": {"q:questions/x.md:status": {"v": "<img src=x onerror=alert(1)>", "t": 1}}}',
            "has the value",
        ),
        (
            '{"format": "ai-engineer-interview-playbook/progress", "version": 1,'
            ' "items": {"t:debrief/checklist.md:a": {"v": true}}}',
            "no valid time",
        ),
    ],
)
def test_an_invalid_file_is_refused_and_changes_nothing(
    page: Any, served_site: str, tmp_path: Path, content: str, reason: str
) -> None:
    page.goto(served_site + CHECKLIST)
    tick(page, 0)
    raw = page.evaluate(f"() => localStorage.getItem({json.dumps(STORE)})")
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    message = _import(page, bad)
    assert message.startswith("Not imported: bad.json")
    assert reason in message and "Nothing was changed." in message
    assert page.evaluate(f"() => localStorage.getItem({json.dumps(STORE)})") == raw
    assert page.locator(".pb-progress__message img").count() == 0


def test_import_merges_newer_entries_and_never_drops_local_ones(
    page: Any, served_site: str, tmp_path: Path
) -> None:
    page.goto(served_site + CHECKLIST)
    now = page.evaluate("() => Date.now()")
    mine = {
        f"q:{QUESTION}:status": {"v": "done", "t": now},
        "t:debrief/checklist.md:only-here": {"v": True, "t": now},
        "t:debrief/checklist.md:shared": {"v": True, "t": now - 10_000},
    }
    page.evaluate(
        "([key, items]) => localStorage.setItem(key, JSON.stringify("
        "{format: 'ai-engineer-interview-playbook/progress', version: 1, items}))",
        [STORE, mine],
    )
    theirs = {
        f"q:{QUESTION}:status": {"v": "review", "t": now - 60_000},  # older: mine stays
        "t:debrief/checklist.md:shared": {"v": False, "t": now - 1_000},  # newer: replaces
        "q:questions/coding/heavy-hitters.md:status": {"v": "done", "t": now - 5_000},  # new
    }
    export = tmp_path / "other-device.json"
    export.write_text(
        json.dumps(
            {"format": "ai-engineer-interview-playbook/progress", "version": 1, "items": theirs}
        ),
        encoding="utf-8",
    )
    page.reload()
    message = _import(page, export)
    assert "1 added, 1 updated" in message and "1 kept" in message
    assert "questions/coding/heavy-hitters: Done (new)" in message
    assert 'task "shared" on debrief/checklist: ticked → not ticked' in message
    after = stored(page)
    assert after[f"q:{QUESTION}:status"]["v"] == "done"
    assert after["t:debrief/checklist.md:only-here"]["v"] is True
    assert after["t:debrief/checklist.md:shared"]["v"] is False
    assert after["q:questions/coding/heavy-hitters.md:status"]["v"] == "done"


# ------------------------------------------------------------------ the bank


def _visible_rows(page: Any) -> list[str]:
    return list(
        page.evaluate(
            """() => [...document.querySelectorAll('table.pb-bank tbody tr')]
                 .filter(r => r.offsetParent !== null).map(r => r.dataset.pbQuestion)"""
        )
    )


def test_bank_filters_by_round_difficulty_and_topic(
    page: Any, served_site: str, questions: list[Any]
) -> None:
    page.goto(served_site + BANK)
    assert sorted(_visible_rows(page)) == sorted(q.src for q in questions)
    form = page.locator("form.pb-filter")
    form.get_by_label("Round").select_option("coding")
    coding = [q.src for q in questions if q.meta.round.value == "coding"]
    assert sorted(_visible_rows(page)) == sorted(coding)
    assert page.locator("h2#coding").is_visible()
    assert not page.locator("h2#behavioral").is_visible()
    form.get_by_label("Difficulty").select_option("core")
    expected = [
        q.src
        for q in questions
        if q.meta.round.value == "coding" and q.meta.difficulty.value == "core"
    ]
    assert sorted(_visible_rows(page)) == sorted(expected)
    assert (
        form.locator("output").inner_text()
        == f"{len(expected)} of {len(questions)} questions match"
    )
    form.get_by_label("Round").select_option("")
    form.get_by_label("Difficulty").select_option("")
    form.get_by_label("Topic").select_option("rag")
    assert sorted(_visible_rows(page)) == sorted(q.src for q in questions if "rag" in q.meta.topics)


def test_bank_filters_by_progress(page: Any, served_site: str, questions: list[Any]) -> None:
    page.goto(served_site + url_of(QUESTION))
    page.get_by_role("button", name="Done").click()
    page.goto(served_site + BANK)
    form = page.locator("form.pb-filter")
    form.get_by_label("Progress").select_option("done")
    assert _visible_rows(page) == [QUESTION]
    form.get_by_label("Progress").select_option("todo")
    assert len(_visible_rows(page)) == len(questions) - 1


def test_bank_rows_are_cards_on_a_phone(browser: Any, served_site: str) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(served_site + BANK)
    row = page.locator("table.pb-bank tbody tr").first
    assert row.evaluate("r => getComputedStyle(r).display") == "block"
    assert page.locator("table.pb-bank thead").first.bounding_box()["width"] <= 1
    width = page.evaluate("() => document.documentElement.scrollWidth")
    context.close()
    assert width <= PHONE["width"], "the bank scrolls sideways on a phone"


# ------------------------------------------------------------------ first visit


@pytest.mark.parametrize(
    ("query", "expected"),
    [("RAG", "questions/system-design/rag-assistant/"), ("STAR", "templates/star-story/")],
)
def test_search_ranks_an_acronym_to_the_page_about_it(
    page: Any, served_site: str, query: str, expected: str
) -> None:
    page.goto(served_site)
    hrefs = search(page, query)
    assert urlsplit(hrefs[0]).path.endswith(expected), hrefs[:3]


def test_search_index_loads_on_first_use_of_search(page: Any, served_site: str) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(served_site + url_of(QUESTION), wait_until="networkidle")
    assert not any("search_index.json" in url for url in requested)
    with page.expect_response(lambda response: "search_index.json" in response.url):
        page.locator("input[data-md-component='search-query']").click()


def test_404_page_offers_search_and_links(page: Any, served_site: str) -> None:
    # A static host serves 404.html for every missing path; the test server serves it as is.
    page.goto(served_site + "404.html")
    page.get_by_text("Search the playbook").click()
    assert page.locator("[data-md-toggle=search]").is_checked()
    page.goto(served_site + "404.html")
    page.locator("article").get_by_role("link", name="Question bank").click()
    page.wait_for_url("**/questions/")
    assert page.locator("article h1").inner_text().startswith("Question bank")


# ------------------------------------------------------------------ accessibility

AXE_PAGES = [
    "",
    "start-here/four-week-plan/",
    "loop/coding/",
    BANK,
    url_of(QUESTION),
    "questions/coding/corrupted-tfrecord-loader/",
    "questions/behavioral/failed-project/",
    "templates/star-story/",
    CHECKLIST,
    "lint/",
    "tags/",
    "404.html",
]


def _serious(page: Any) -> list[str]:
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
             .filter(v => v.impact === 'serious' || v.impact === 'critical')
             .flatMap(v => v.nodes.slice(0, 3).map(n => v.id + ': ' + n.target.join(' ')))"""
    )
    return list(found)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_serious_accessibility_violation(
    browser: Any,
    served_site: str,
    viewport: dict[str, int],
    scheme: str,
) -> None:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run `npm ci` (make test does it)")
    context = browser.new_context(viewport=viewport, color_scheme=scheme)
    page = context.new_page()
    problems: dict[str, list[str]] = {}
    for path in AXE_PAGES:
        page.goto(served_site + path)
        if path == url_of(QUESTION):  # practice mode: running timer, a score, open reveals
            page.get_by_role("button", name="Start").click()
            page.locator(".pb-score fieldset").first.get_by_label("Hit").check()
            page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        found = _serious(page)
        if found:
            problems[path or "home"] = found
    context.close()
    assert problems == {}


def test_practice_mode_survives_instant_navigation(page: Any, served_site: str) -> None:
    page.goto(served_site + BANK)
    page.locator(f'tr[data-pb-question="{QUESTION}"] a').click()
    page.wait_for_url("**/" + url_of(QUESTION))
    assert page.locator(".pb-practice").is_visible()
    page.get_by_role("button", name="Done").click()
    page.go_back()
    page.wait_for_url("**/" + BANK)
    row = page.locator(f'tr[data-pb-question="{QUESTION}"]')
    assert row.locator(".pb-bank__status").inner_text() == "Done"


def test_practice_and_progress_work_from_file_urls(browser: Any, offline_site: Path) -> None:
    context = browser.new_context()
    page = context.new_page()
    question = offline_site / QUESTION.replace(".md", ".html")
    page.goto(question.as_uri())
    page.get_by_role("button", name="Review again").click()
    page.goto((offline_site / "questions/index.html").as_uri())
    status = page.locator(f'tr[data-pb-question="{QUESTION}"] .pb-bank__status').inner_text()
    context.close()
    assert status == "Review again"


def test_the_largest_question_page_loads_within_500_kb(
    browser: Any, served_site: str, built_site: Path, questions: list[Any]
) -> None:
    largest = max(
        questions,
        key=lambda q: (built_site / url_of(q.src) / "index.html").stat().st_size,
    )
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    finished: list[Any] = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(served_site + url_of(largest.src), wait_until="networkidle")
    total = sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"] for r in finished)
    context.close()
    assert not any("search_index" in r.url for r in finished)
    assert total <= 500 * 1024, f"{largest.src}: {total / 1024:.0f} KB on first load"


def test_a_diagram_opens_full_size_from_a_phone(browser: Any, served_site: str) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(served_site + "loop/hiring-committee/")
    link = page.locator(".pb-diagram a").first
    href = link.get_attribute("href") or ""
    assert href.endswith(".svg") and link.locator("img").count() == 1
    link.click()
    page.wait_for_url("**/*.svg")
    assert page.evaluate("() => document.documentElement.tagName.toLowerCase()") == "svg"
    context.close()


def test_only_question_tables_get_the_wide_first_column(page: Any, served_site: str) -> None:
    page.goto(served_site + "loop/coding/")
    widths = page.evaluate(
        """() => [...document.querySelectorAll('article table')].map(t => [
             t.dataset.pbTable || '', getComputedStyle(t.querySelector('td')).minWidth])"""
    )
    assert ["questions", "240px"] in widths  # the round's question table
    assert all(width != "240px" for kind, width in widths if kind != "questions")
    assert any(kind == "" for kind, _ in widths)
