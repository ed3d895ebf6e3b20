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

from macros.content_model import ROUND_LABELS, Kind, Round
from macros.page_index import Page

ROUNDS_FILE = Path(__file__).with_name("practice_rounds.yml")

# A function from a source path under docs/ (``loop/coding.md``) to a URL relative to the
# page being rendered, or None when no such page is built.
Linker = Callable[[str], "str | None"]

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
# Tags: topics, and the acronyms a page is *the* page about, so that search ranks "RAG"
# to the page about RAG. An acronym in a title that many pages use ("ML") or that the
# site does not define ("AI") is no tag: it would rank nothing and crowd the title.
# ---------------------------------------------------------------------------------------

_ABBREVIATION = re.compile(r"^\*\[(?P<short>[^\]]+)\]:\s*(?P<long>.+)$", re.M)
ABBREVIATIONS_FILE = Path(__file__).resolve().parents[1] / "includes/abbreviations.md"

# Material's per-page search boost for a page about an acronym: "STAR" then finds the
# STAR template before "Start here".
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


def names(title: str, short: str) -> bool:
    """The title uses the acronym itself (case kept: "STAR", not "start")."""
    return re.search(rf"(?<![\w/-]){re.escape(short)}(?![\w/-])", title) is not None


def spells_out(title: str, expansion: str) -> bool:
    """The title spells the acronym out: its name (the expansion up to a colon or
    semicolon, two words at least), or the name's first term when that is a hyphenated
    compound ("retrieval-augmented", "byte-pair") and so means nothing else.

    A single common word is not enough: "model" is not "Model FLOPs utilization",
    "service" is not "Service level objective".
    """
    name = re.split(r"[:;]", expansion, maxsplit=1)[0].strip()
    words = name.split()
    if len(words) >= 2 and _has_term(title, name):
        return True
    first = re.sub(r"[^\w-]+$", "", words[0]) if words else ""
    return (
        len(words) >= 2
        and re.fullmatch(r"\w{3,}-\w{3,}", first) is not None
        and (_has_term(title, first))
    )


def canonical_acronym(short: str, abbreviations: dict[str, str]) -> str:
    """The singular of an acronym whose plural the site also defines ("SLOs" -> "SLO")."""
    if short.endswith("s") and short[:-1] in abbreviations:
        return short[:-1]
    return short


def spelled_acronyms(title: str, abbreviations: dict[str, str]) -> list[str]:
    """The acronyms (singular) whose name the title spells out, in the file's order."""
    found: list[str] = []
    for short, long in abbreviations.items():
        key = canonical_acronym(short, abbreviations)
        if key not in found and spells_out(title, long):
            found.append(key)
    return found


def pages_about(titles: dict[str, str], abbreviations: dict[str, str]) -> dict[str, list[str]]:
    """For each page (source path -> title), the acronyms it is the page about.

    A page is about an acronym when its title spells the acronym out; when no title does,
    the one page whose title names it is (if two or more name it, none is). Plurals count
    as their singular, and the tag is the singular.
    """
    spelled: dict[str, list[str]] = {}
    named: dict[str, list[str]] = {}
    for short, long in abbreviations.items():
        key = canonical_acronym(short, abbreviations)
        for src, title in titles.items():
            if spells_out(title, long):
                spelled.setdefault(key, []).append(src)
            elif names(title, short):
                named.setdefault(key, []).append(src)
    about: dict[str, list[str]] = {}
    for key in dict.fromkeys(canonical_acronym(s, abbreviations) for s in abbreviations):
        pages = set(spelled.get(key, ()))
        if not pages and len(set(named.get(key, ()))) == 1:
            pages = set(named[key])
        for src in sorted(pages):
            about.setdefault(src, []).append(key)
    return about


_about_cache: tuple[object, dict[str, list[str]]] | None = None


def acronyms_about(index: Any, src: str) -> list[str]:
    """The acronyms the page ``src`` is about, worked out once per page index."""
    global _about_cache
    if _about_cache is None or _about_cache[0] is not index:
        titles = {p.src: p.meta.title for p in index if p.meta.kind is not Kind.EXAMPLE}
        _about_cache = (index, pages_about(titles, abbreviations))
    return list(_about_cache[1].get(src, ()))


def derived_tags(existing: Sequence[str], topics: Sequence[str], about: Sequence[str]) -> list[str]:
    """The page's tags plus its topics and the acronyms it is about, first spelling kept.

    Material's search weighs tags a thousand times above titles, so a page tagged "RAG"
    ranks first for "RAG" ahead of a page whose title starts with "ragged".
    """
    tags: list[str] = []
    seen: set[str] = set()
    for tag in [*existing, *topics, *about]:
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

OPEN = "open"
TAIL = "tail"
REVEAL = "reveal"

# Sections that help you practise and give nothing away: shown with the prompt.
OPEN_SECTIONS = ("what it tests", "what the interviewer scores", "clarifying questions")
# Sections that point elsewhere: kept at the end, after the self-score.
TAIL_SECTIONS = ("related questions", "sources")


def section_group(title: str, section_id: str = "") -> str:
    """Where a level-2 section goes in practice mode: OPEN, REVEAL or TAIL.

    What the question tests and the clarifying questions to ask are shown with the
    prompt; related questions and sources stay at the end; every other section (the
    plan, the story to choose, the solution, the design steps, the strong and weak
    answers, follow-ups, pitfalls) is an answer part and goes behind its own reveal,
    labelled with its own heading.
    """
    lowered = title.strip().lower()
    if lowered.startswith(OPEN_SECTIONS):
        return OPEN
    if section_id in ("related-questions", "sources") or lowered in TAIL_SECTIONS:
        return TAIL
    return REVEAL


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
        '<p class="pb-widget-title">Score yourself</p>'
        "<p>Mark each signal the interviewer scores: did your answer hit it, partly hit "
        "it, or miss it? Your marks stay in this browser.</p>"
        f"{''.join(fieldsets)}"
        '<p class="pb-score__total" role="status"></p></section>'
    )


def practice_page(content: str, page: Page, timings: dict[str, RoundTiming], link: Linker) -> str:
    """A question page's HTML rearranged for practice.

    Order: the title, the facts (round, difficulty, time, last reviewed), the prompt,
    what it tests and the clarifying questions, the scored signals and the timer; then
    each answer section behind its own collapsed ``<details>`` whose summary is the
    section's heading, in page order; then the self-score; then related questions and
    sources.
    """
    lead, *sections = _H2_SPLIT.split(content)
    lead = after_title(lead, _facts(page, timings, link))
    body: list[str] = []
    tail: list[str] = []
    controls = _signals_box(page) + _practice_bar(page, timings)
    for section in sections:
        title, section_id = _heading(section)
        group = section_group(title, section_id)
        if group == TAIL:
            tail.append(section)
            continue
        if group == REVEAL:
            if controls:
                body.append(controls)
                controls = ""
            section = (
                f'<details class="pb-reveal"><summary>{_e(title)}</summary>\n'
                f"{section}\n</details>\n"
            )
        body.append(section)
    return "".join(
        [
            lead,
            *body,
            controls,
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


def _signal_list(signals: Sequence[str]) -> str:
    """The signals as a compact list: they contain commas, so no joining them by one."""
    if not signals:
        return ""
    items = "".join(f"<li>{_e(signal)}</li>" for signal in signals)
    return f'<ul class="pb-bank__signals">{items}</ul>'


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
            f'<td data-label="What it scores">{_signal_list(meta.signals)}</td>'
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
    brief = '<span class="pb-progress__brief" data-pb-tasks-brief></span>' if tasks else ""
    # A details: open on a wide screen, closed on a phone (practice.js), where the panel
    # would fill the first screen before the page's introduction.
    return (
        '<details class="pb-progress" data-search-exclude hidden open>'
        f'<summary><span class="pb-widget-title">Your progress</span>{brief}</summary>'
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
        "</details>"
    )


# A section that is one path among several ("The GenAI track") or says it is optional:
# its tasks are counted apart from the page's required ones.
_OPTIONAL_HEADING = re.compile(r"\b(?:track|optional)\b", re.I)
_H2_OPEN = re.compile(r"<h2(?P<attrs>[^>]*)>(?P<inner>.*?)</h2>", re.S)


def mark_optional_sections(content: str) -> str:
    """Mark each level-2 heading of an optional section with ``data-pb-optional``."""

    def mark(match: re.Match[str]) -> str:
        text = html.unescape(_TAG.sub("", _HEADERLINK.sub("", match.group("inner"))))
        if not _OPTIONAL_HEADING.search(text) or "data-pb-optional" in match.group("attrs"):
            return match.group(0)
        return f"<h2{match.group('attrs')} data-pb-optional>{match.group('inner')}</h2>"

    return _H2_OPEN.sub(mark, content)
