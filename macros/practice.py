"""Practice mode, progress and the filterable bank: HTML built from front matter.

Everything here is a pure function of the page index, the round timings in
``macros/practice_rounds.yml`` and a link resolver, so the tests can call it without
MkDocs. ``macros/practice_hooks.py`` applies it to every ``kind: question`` page and to
every page with a task list; ``macros/__init__.py`` exposes the bank's macros.
``docs/assets/javascripts/practice.js`` brings the markup to life; without JavaScript
(and in the PDF) the controls stay hidden and the reveals are plain ``<details>``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from macros.content_model import Round
from macros.page_index import Page

ROUNDS_FILE = Path(__file__).with_name("practice_rounds.yml")

# A function from a source path under docs/ (``loop/coding.md``) to a URL relative to the
# page being rendered, or None when no such page is built.
Linker = Callable[[str], "str | None"]

ROUND_LABELS = {
    "screen": "Screen",
    "coding": "Coding",
    "system-design": "System design",
    "ml-fundamentals": "ML fundamentals",
    "behavioral": "Behavioral",
    "committee": "Hiring committee",
}
DIFFICULTY_ORDER = ("warm-up", "core", "stretch")


# Set by macros/practice_hooks.py once per build; read by the macros.
timings: dict[str, RoundTiming] = {}
abbreviations: dict[str, str] = {}
files: Any = None


class PracticeDataError(Exception):
    """The round timings file is missing, unreadable or incomplete."""


@dataclass(frozen=True)
class RoundTiming:
    minutes: int
    source: str  # the docs/loop page whose timing table the length comes from


def load_round_timings(path: Path = ROUNDS_FILE) -> dict[str, RoundTiming]:
    """Read the practice timer length of every round; every round must be there."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise PracticeDataError(f"{path}: cannot read ({error.strerror})") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise PracticeDataError(f"{path}{line}: not valid YAML") from None
    if not isinstance(data, dict):
        raise PracticeDataError(f"{path}: expected a mapping of round to minutes and from")
    timings: dict[str, RoundTiming] = {}
    for name in (r.value for r in Round):
        entry = data.get(name)
        if not isinstance(entry, dict):
            raise PracticeDataError(f"{path}: round {name!r} is missing")
        minutes, source = entry.get("minutes"), entry.get("from")
        if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 180:
            raise PracticeDataError(f"{path}: {name}.minutes must be a whole number, 1 to 180")
        if not isinstance(source, str) or not source.endswith(".md"):
            raise PracticeDataError(f"{path}: {name}.from must name a docs page (*.md)")
        timings[name] = RoundTiming(minutes, source)
    unknown = sorted(set(data) - set(timings))
    if unknown:
        raise PracticeDataError(f"{path}: unknown round {unknown[0]!r}")
    return timings


def escape(text: object) -> str:
    """Text made safe for HTML content and attribute values."""
    return html.escape(str(text), quote=True)


_e = escape


def linker(site_files: Any, from_file: Any) -> Linker:
    """A Linker for one page, from MkDocs' files (works for both URL styles)."""

    def link(src: str) -> str | None:
        target = site_files.get_file_from_path(src) if site_files is not None else None
        return str(target.url_relative_to(from_file)) if target is not None else None

    return link


def after_title(content: str, extra: str) -> str:
    """Insert HTML right after the page's level-1 heading (or at the top without one)."""
    if "</h1>" in content:
        head, rest = content.split("</h1>", 1)
        return f"{head}</h1>{extra}{rest}"
    return extra + content


def _round(page: Page) -> str:
    return page.meta.round.value if page.meta.round else ""


def _difficulty(page: Page) -> str:
    return page.meta.difficulty.value if page.meta.difficulty else ""


# ---------------------------------------------------------------------------------------
# Tags: topics and title acronyms, so that search ranks "RAG" to the page about RAG.
# ---------------------------------------------------------------------------------------

_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}s?\b")
_ABBREVIATION = re.compile(r"^\*\[(?P<short>[^\]]+)\]:\s*(?P<long>.+)$", re.M)
ABBREVIATIONS_FILE = Path(__file__).resolve().parents[1] / "includes/abbreviations.md"

# Material's per-page search boost for a page whose title is about an acronym (names it,
# or spells out its expansion): "STAR" then finds the STAR template before "Start here".
ABOUT_BOOST = 4


def load_abbreviations(path: Path = ABBREVIATIONS_FILE) -> dict[str, str]:
    """The site's abbreviations (``*[RAG]: Retrieval-augmented generation: ...``)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    return {m.group("short"): m.group("long") for m in _ABBREVIATION.finditer(text)}


def _has_term(title: str, term: str) -> bool:
    pattern = rf"(?<![\w-]){re.escape(term)}(?![\w-])"
    return re.search(pattern, title, re.I) is not None


def _first_term(expansion: str) -> str:
    return re.split(r"[\s,:]+", expansion.strip(), maxsplit=1)[0]


def about_acronyms(title: str, abbreviations: dict[str, str]) -> list[str]:
    """The acronyms a title is about: named outright, or by its expansion's first term."""
    found = []
    for short, long in abbreviations.items():
        first = _first_term(long)
        named = re.search(rf"(?<![\w/-]){re.escape(short)}(?![\w/-])", title) is not None
        if named or (len(first) >= 4 and _has_term(title, first)):
            found.append(short)
    return found


def spelled_acronyms(title: str, abbreviations: dict[str, str]) -> list[str]:
    """The acronyms whose expansion the title spells out (its first term, 4+ letters)."""
    return [
        short
        for short, long in abbreviations.items()
        if len(_first_term(long)) >= 4 and _has_term(title, _first_term(long))
    ]


def search_boost(title: str, abbreviations: dict[str, str]) -> int | None:
    """Material's search boost for a page whose title is about an acronym, else None."""
    return ABOUT_BOOST if about_acronyms(title, abbreviations) else None


def derived_tags(
    existing: Sequence[str], title: str, topics: Sequence[str], about: Sequence[str] = ()
) -> list[str]:
    """The page's tags plus its topics and the acronyms it is about, first spelling kept.

    Material's search weighs tags a thousand times above titles, so a page tagged "rag"
    ranks first for "RAG" ahead of a page whose title starts with "ragged".
    """
    tags: list[str] = []
    seen: set[str] = set()
    acronyms = [word.rstrip("s") for word in _ACRONYM.findall(title)]
    for tag in [*existing, *topics, *acronyms, *about]:
        key = re.sub(r"[^a-z0-9]+", "-", tag.lower()).strip("-")
        if key and key not in seen:
            seen.add(key)
            tags.append(tag)
    return tags


# ---------------------------------------------------------------------------------------
# Question pages
# ---------------------------------------------------------------------------------------

_H2_SPLIT = re.compile(r"(?=<h2[\s>])")
_H2_HEAD = re.compile(r"<h2[^>]*?(?:\sid=\"(?P<id>[^\"]*)\")?[^>]*>(?P<inner>.*?)</h2>", re.S)
_TAG = re.compile(r"<[^>]+>")
_HEADERLINK = re.compile(r"<a[^>]*class=\"headerlink\"[^>]*>.*?</a>", re.S)

VISIBLE = "visible"
TAIL = "tail"
SOLUTION = "The solution"


def section_group(title: str, section_id: str) -> str:
    """Which part of practice mode a level-2 section belongs to.

    "What it tests" stays in view with the prompt; related questions and sources stay at
    the end; everything else goes behind a reveal, named after the kind of section.
    """
    lowered = title.strip().lower()
    if lowered.startswith(("what it tests", "what the interviewer scores")):
        return VISIBLE
    if section_id in ("related-questions", "sources") or lowered in (
        "related questions",
        "sources",
    ):
        return TAIL
    if lowered.startswith("plan of attack"):
        return "Plan of attack"
    if lowered.startswith("strong and weak"):
        return title.strip()
    if lowered.startswith("follow-up"):
        return "Follow-up questions"
    if lowered.startswith("pitfalls"):
        return "Pitfalls"
    return SOLUTION


def _heading(section: str) -> tuple[str, str]:
    match = _H2_HEAD.match(section)
    if match is None:
        return "", ""
    inner = _HEADERLINK.sub("", match.group("inner"))
    return html.unescape(_TAG.sub("", inner)).strip(), match.group("id") or ""


def _facts(page: Page, timings: dict[str, RoundTiming], link: Linker) -> str:
    meta = page.meta
    name = _round(page)
    label = _e(ROUND_LABELS.get(name, name))
    timing = timings.get(name)
    round_url = link(timing.source) if timing else None
    round_html = f'<a href="{_e(round_url)}">{label}</a>' if round_url else label
    minutes = f"{timing.minutes} minutes" if timing else "no limit"
    reviewed = meta.last_reviewed.isoformat()
    rows = [
        ("Round", round_html),
        ("Difficulty", _e(_difficulty(page))),
        ("Suggested time", _e(minutes)),
        ("Last reviewed", f'<time datetime="{reviewed}">{reviewed}</time>'),
    ]
    items = "".join(f"<div><dt>{name}</dt><dd>{value}</dd></div>" for name, value in rows)
    return f'<dl class="pb-facts" data-search-exclude>{items}</dl>'


def _signals_box(page: Page) -> str:
    items = "".join(f"<li>{_e(signal)}</li>" for signal in page.meta.signals)
    return (
        '<div class="admonition abstract pb-signals">'
        '<p class="admonition-title">What the interviewer scores</p>'
        f"<ol>{items}</ol></div>"
    )


def _practice_bar(page: Page, timings: dict[str, RoundTiming]) -> str:
    timing = timings.get(_round(page))
    minutes = timing.minutes if timing else 0
    clock = f"{minutes:02d}:00"
    return (
        f'<div class="pb-practice" data-search-exclude data-pb-question="{_e(page.src)}" '
        f'data-pb-minutes="{minutes}" hidden>'
        '<p class="pb-practice__hint">Start the timer, answer out loud or on paper, '
        "then open the reveals and score yourself.</p>"
        '<div class="pb-timer" role="group" aria-label="Practice timer">'
        f'<span class="pb-timer__time" role="timer" aria-label="Time left">{clock}</span>'
        '<button type="button" class="md-button md-button--primary" data-pb-timer="start">'
        "Start</button>"
        '<button type="button" class="md-button" data-pb-timer="pause">Pause</button>'
        '<button type="button" class="md-button" data-pb-timer="reset">Reset</button>'
        '<span class="pb-timer__note" role="status"></span>'
        "</div>"
        '<div class="pb-status" role="group" aria-label="Your progress on this question">'
        '<button type="button" class="md-button" data-pb-status="done" aria-pressed="false">'
        "Done</button>"
        '<button type="button" class="md-button" data-pb-status="review" aria-pressed="false">'
        "Review again</button>"
        "</div></div>"
    )


def _score_form(page: Page) -> str:
    fieldsets = []
    for number, signal in enumerate(page.meta.signals):
        choices = "".join(
            f'<label><input type="radio" name="pb-score-{number}" value="{value}"> {label}</label>'
            for value, label in (("hit", "Hit"), ("partly", "Partly"), ("missed", "Missed"))
        )
        fieldsets.append(
            f'<fieldset class="pb-score__signal" data-pb-signal="{_e(signal)}">'
            f"<legend>{_e(signal)}</legend>{choices}</fieldset>"
        )
    return (
        f'<section class="pb-score" data-search-exclude data-pb-question="{_e(page.src)}" hidden '
        'aria-label="Score yourself">'
        '<h2 class="pb-widget-title">Score yourself</h2>'
        "<p>Mark each signal the interviewer scores: did your answer hit it, partly hit "
        "it, or miss it? Your marks stay in this browser.</p>"
        f"{''.join(fieldsets)}"
        '<p class="pb-score__total" role="status"></p></section>'
    )


def practice_page(content: str, page: Page, timings: dict[str, RoundTiming], link: Linker) -> str:
    """A question page's HTML rearranged for practice.

    Order: the title, the facts (round, difficulty, time, last reviewed), the prompt,
    what it tests, the scored signals and the timer; then each answer part behind a
    collapsed ``<details>``; then the self-score; then related questions and sources.
    """
    lead, *sections = _H2_SPLIT.split(content)
    lead = after_title(lead, _facts(page, timings, link))
    visible: list[str] = []
    tail: list[str] = []
    reveals: list[tuple[str, list[str]]] = []
    for section in sections:
        title, section_id = _heading(section)
        group = section_group(title, section_id)
        if group == VISIBLE and not reveals:
            visible.append(section)
        elif group == TAIL:
            tail.append(section)
        elif reveals and reveals[-1][0] == group:
            reveals[-1][1].append(section)
        else:
            reveals.append((group if group != VISIBLE else title, [section]))
    used: dict[str, int] = {}
    blocks = []
    for label, parts in reveals:
        used[label] = used.get(label, 0) + 1
        summary = label if used[label] == 1 else f"{label}, continued"
        blocks.append(
            f'<details class="pb-reveal"><summary>{_e(summary)}</summary>\n'
            + "".join(parts)
            + "\n</details>\n"
        )
    return "".join(
        [
            lead,
            *visible,
            _signals_box(page),
            _practice_bar(page, timings),
            *blocks,
            _score_form(page) if page.meta.signals else "",
            *tail,
        ]
    )


# ---------------------------------------------------------------------------------------
# Other pages: diagrams that open full size, question tables marked for the CSS
# ---------------------------------------------------------------------------------------

_LONE_SVG = re.compile(r"<p>\s*(<img\b[^>]*\bsrc=\"(?P<src>[^\"]+\.svg)\"[^>]*>)\s*</p>")
_QUESTION_TABLE = re.compile(r"<table>(\s*<thead>\s*<tr>\s*<th[^>]*>Question</th>)")


def link_diagrams(content: str) -> str:
    """Wrap each diagram that stands alone in a paragraph in a link to its SVG file."""
    return _LONE_SVG.sub(
        lambda m: (
            f'<p class="pb-diagram"><a href="{m.group("src")}" '
            f'title="Open the diagram full size">{m.group(1)}</a></p>'
        ),
        content,
    )


_PRE = re.compile(r"<pre(?=[\s>])")


def exclude_code_from_search(content: str) -> str:
    """Keep code listings out of the search index; the prose around them still finds them.

    The attribute goes on each ``<pre>``: Material's search parser matches end tags by
    name, so an excluded ``<div>`` stops being skipped at the first nested ``</div>``.
    """
    return _PRE.sub("<pre data-search-exclude", content)


def mark_question_tables(content: str) -> str:
    """Tag the tables whose first column is "Question": the wide first column is for them."""
    return _QUESTION_TABLE.sub(r'<table data-pb-table="questions">\1', content)


# ---------------------------------------------------------------------------------------
# The bank and the progress panel
# ---------------------------------------------------------------------------------------


def bank_filters(questions: Iterable[Page]) -> str:
    """The filter form above the bank: round, difficulty, topic and your progress."""
    pages = list(questions)
    rounds = [r.value for r in Round if any(_round(p) == r.value for p in pages)]
    difficulties = [d for d in DIFFICULTY_ORDER if any(_difficulty(p) == d for p in pages)]
    topics = sorted({t for p in pages for t in p.meta.topics})

    def select(name: str, label: str, every: str, options: Iterable[tuple[str, str]]) -> str:
        items = "".join(f'<option value="{_e(v)}">{_e(text)}</option>' for v, text in options)
        return (
            f'<label>{label} <select name="{name}">'
            f'<option value="">{every}</option>{items}</select></label>'
        )

    return (
        '<form class="pb-filter" data-search-exclude role="search" '
        'aria-label="Filter the questions" hidden>'
        + select("round", "Round", "All rounds", ((r, ROUND_LABELS[r]) for r in rounds))
        + select("difficulty", "Difficulty", "Any difficulty", ((d, d) for d in difficulties))
        + select("topic", "Topic", "Any topic", ((t, t) for t in topics))
        + select(
            "status",
            "Progress",
            "Any progress",
            (("todo", "Not done yet"), ("done", "Done"), ("review", "Review again")),
        )
        + f'<output class="pb-filter__count" aria-live="polite">{len(pages)} questions</output>'
        "</form>"
    )


def bank_table(questions: Iterable[Page], timings: dict[str, RoundTiming], link: Linker) -> str:
    """The questions of one part of the bank as a table (cards on a phone), one HTML block."""
    pages = list(questions)
    if not pages:
        return "<p><em>No questions match yet.</em></p>"
    rows = []
    for page in pages:
        meta = page.meta
        url = link(page.src) or page.src
        timing = timings.get(_round(page))
        minutes = f"{timing.minutes} min" if timing else ""
        rows.append(
            f'<tr data-pb-question="{_e(page.src)}" data-round="{_e(_round(page))}" '
            f'data-difficulty="{_e(_difficulty(page))}" data-topics="{_e(" ".join(meta.topics))}">'
            f'<td data-label="Question"><a href="{_e(url)}">{_e(meta.title)}</a></td>'
            f'<td data-label="Difficulty">{_e(_difficulty(page))}</td>'
            f'<td data-label="Time">{_e(minutes)}</td>'
            f'<td data-label="What it scores">{_e(", ".join(meta.signals))}</td>'
            f'<td data-label="Your progress" class="pb-bank__status">not started</td>'
            "</tr>"
        )
    head = "".join(
        f'<th scope="col">{name}</th>'
        for name in ("Question", "Difficulty", "Time", "What it scores", "Your progress")
    )
    return (
        f'<table class="pb-bank" data-search-exclude><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def progress_panel(questions: Iterable[Page], tasks: bool) -> str:
    """Your progress per round, the ticks on this page, and export, import and clear."""
    by_round: dict[str, list[str]] = {}
    for page in questions:
        by_round.setdefault(_round(page), []).append(page.src)
    rows = "".join(
        f'<tr data-pb-round="{_e(name)}" data-pb-ids="{_e(" ".join(by_round[name]))}">'
        f'<th scope="row">{_e(ROUND_LABELS[name])}</th>'
        f'<td data-pb-count="done">0</td><td data-pb-count="review">0</td>'
        f"<td>{len(by_round[name])}</td></tr>"
        for name in (r.value for r in Round)
        if name in by_round
    )
    task_part = (
        '<p class="pb-progress__tasks" data-pb-tasks></p><ul class="pb-progress__sections"></ul>'
        if tasks
        else ""
    )
    return (
        '<section class="pb-progress" data-search-exclude hidden '
        'aria-label="Your progress">'
        '<h2 class="pb-widget-title">Your progress</h2>'
        f"{task_part}"
        '<table class="pb-progress__rounds"><thead><tr><th scope="col">Round</th>'
        '<th scope="col">Done</th><th scope="col">Review again</th>'
        f'<th scope="col">Questions</th></tr></thead><tbody>{rows}</tbody></table>'
        '<p class="pb-progress__note">Progress is kept in this browser only. Export it to '
        "a file to move it to another device, then import it there.</p>"
        '<div class="pb-progress__actions">'
        '<button type="button" class="md-button" data-pb-action="export">Export progress</button>'
        '<button type="button" class="md-button" data-pb-action="import">Import progress</button>'
        '<input type="file" accept=".json,application/json" data-pb-import hidden '
        'aria-label="Progress file to import">'
        '<button type="button" class="md-button" data-pb-action="clear">Clear progress</button>'
        "</div>"
        '<div class="pb-progress__message" role="status"></div>'
        "</section>"
    )
