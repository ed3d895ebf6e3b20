"""The Anki deck: every question's prompt, the numbers to have ready and the glossary, as
flashcards made from the same pages as the site on every build.

    notes(index, site_url)   the cards, read from the page index (macros/page_index.py)
    write_deck(notes, path)  the .apkg file (genanki: a zip holding a SQLite collection)

Every note's guid and id come from its page's path and the item on the page (the question,
the number's label, the glossary term), never from the build: importing a new edition into
Anki updates the cards a reader already has and keeps their review history; it never adds
duplicates. The deck and note type ids are fixed for the same reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import itertools
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import genanki
import markdown

from macros.content_model import ROUND_LABELS
from macros.page_index import Page

DECK_NAME = "AI Engineer Interview Playbook"
DECK_FILE = "downloads/ai-engineer-interview-playbook.apkg"
# Fixed forever: a new id would make Anki treat every card of a new edition as new.
MODEL_ID = 1_764_547_200_001
# Sections whose bold-labelled bullets are numbers to know by heart (page, heading).
NUMBER_SECTIONS = [("loop/ml-fundamentals-threshold.md", "The arithmetic to have ready")]
GLOSSARY = "reference/glossary.md"

CSS = """
.card { font-family: -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  font-size: 18px; line-height: 1.45; text-align: left; color: #1a1a1a; background: #fff; }
.kind { font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: #555; }
.prompt { font-size: 20px; }
.back h4 { margin: 1em 0 .3em; font-size: 15px; text-transform: uppercase; color: #555; }
.source { margin-top: 1.2em; font-size: 13px; }
code { font-size: 90%; }
.nightMode .card, .card.nightMode { color: #eee; background: #222; }
"""


class BankError(Exception):
    """A page the deck cannot be made from: the message names the file and line."""


@dataclass(frozen=True)
class Card:
    """One note: where it comes from (page and item), both sides as HTML, and its tags."""

    page: str  # the source path under docs/
    item: str  # what on the page it is: "question", "number: <label>", "term: <term>"
    deck: str
    front: str
    back: str
    source: str  # the page on the site
    tags: tuple[str, ...] = ()

    @property
    def guid(self) -> str:
        return str(genanki.guid_for(self.page, self.item))

    @property
    def note_id(self) -> int:
        """An even 13-digit number (Anki's ids look like millisecond times); the card's id
        is the next number."""
        digest = hashlib.sha256(f"{self.page}\x1f{self.item}".encode()).digest()
        return 10**12 + (int.from_bytes(digest[:8], "big") % (8 * 10**12)) // 2 * 2


class _StableNote(genanki.Note):  # type: ignore[misc]
    """A note whose id (and its card's) is the Card's, not the build's clock."""

    def __init__(self, card: Card, model: genanki.Model) -> None:
        fields = [card.front, card.back, card.source, card.item]
        tags = [tag.replace(" ", "-") for tag in card.tags]
        super().__init__(model=model, fields=fields, tags=tags, guid=card.guid)
        self.stable_id = card.note_id

    def write_to_db(self, cursor: Any, timestamp: float, deck_id: int, id_gen: Any) -> None:
        super().write_to_db(cursor, timestamp, deck_id, itertools.count(self.stable_id))


def model() -> genanki.Model:
    return genanki.Model(
        MODEL_ID,
        f"{DECK_NAME} card",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}, {"name": "Item"}],
        templates=[
            {
                "name": "Card",
                "qfmt": "{{Front}}",
                "afmt": '{{FrontSide}}<hr id="answer"><div class="back">{{Back}}</div>'
                '<p class="source"><a href="{{Source}}">{{Source}}</a></p>',
            }
        ],
        css=CSS,
        sort_field_index=3,
    )


def deck_id(name: str) -> int:
    digest = hashlib.sha256(name.encode()).digest()
    return 1 << 30 | int.from_bytes(digest[:4], "big") >> 2


# --- reading the pages --------------------------------------------------------------------

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MACRO = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)


def to_html(text: str) -> str:
    """A snippet of page Markdown as card HTML: links become their text (a card has no
    relative links), macros are dropped."""
    plain = _MACRO.sub("", _LINK.sub(r"\1", text)).strip()
    return str(markdown.markdown(plain, extensions=["sane_lists"]))


def page_url(site_url: str, src: str) -> str:
    path = PurePosixPath(src)
    stem = "" if path.name == "index.md" else f"{path.stem}/"
    folder = "" if str(path.parent) == "." else f"{path.parent}/"
    return f"{site_url.rstrip('/')}/{folder}{stem}"


def _where(page: Page, offset: int) -> str:
    line = page.body_line + page.body[:offset].count("\n")
    return f"docs/{page.src}:{line}"


def section(page: Page, heading: str) -> tuple[str, int]:
    """The text under a level-2 heading (up to the next one) and its offset in the body."""
    match = re.search(rf"^## {re.escape(heading)}\s*$", page.body, flags=re.M)
    if match is None:
        raise BankError(f"docs/{page.src}: no section '## {heading}'")
    end = re.search(r"^## ", page.body[match.end() :], flags=re.M)
    stop = match.end() + end.start() if end else len(page.body)
    return page.body[match.end() : stop], match.end()


def list_items(text: str) -> Iterator[str]:
    """The top-level items of the Markdown lists in text, continuation lines joined."""
    item: list[str] = []
    for line in text.splitlines():
        if re.match(r"^[-*] ", line):
            if item:
                yield " ".join(item)
            item = [line[2:].strip()]
        elif item and line.startswith("  ") and line.strip():
            item.append(line.strip())
        elif item and not line.strip():
            continue
        elif item:
            yield " ".join(item)
            item = []
    if item:
        yield " ".join(item)


def prompt(page: Page) -> str:
    """The question as the interviewer says it: the body of the '!!! quote "The prompt"'
    block, or the page's description when it has none."""
    match = re.search(r'^!!! quote "The prompt"\n((?:    .*\n|\n)+)', page.body, flags=re.M)
    if match is None:
        return page.meta.description
    text = " ".join(line.strip() for line in match.group(1).splitlines() if line.strip())
    return text.strip('"“”')


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z`\"(])", text.strip(), maxsplit=1)[0]


def key_points(page: Page) -> list[str]:
    """What 'What it tests' says: each bold label with its first sentence, or the section's
    first paragraph when it is prose."""
    try:
        text, _ = section(page, "What it tests")
    except BankError:
        return []
    points = []
    for item in list_items(text):
        labelled = re.match(r"\*\*(.+?)\*\*\s*(.*)", item)
        if labelled:
            points.append(f"**{labelled.group(1)}** {first_sentence(labelled.group(2))}".strip())
        else:
            points.append(first_sentence(item))
    if not points:
        paragraph = text.strip().split("\n\n", 1)[0]
        points = [" ".join(paragraph.split())] if paragraph else []
    return points


def question_card(page: Page, site_url: str) -> Card:
    meta = page.meta
    round_name = ROUND_LABELS.get(str(meta.round), "Questions") if meta.round else "Questions"
    difficulty = f" · {meta.difficulty}" if meta.difficulty else ""
    front = (
        f'<div class="kind">{html.escape(round_name)}{html.escape(difficulty)}</div>'
        f"<h3>{html.escape(meta.title)}</h3>"
        f'<div class="prompt">{to_html(prompt(page))}</div>'
    )
    back = "<h4>Signals the interviewer scores</h4><ul>"
    back += "".join(f"<li>{html.escape(signal)}</li>" for signal in meta.signals) + "</ul>"
    points = key_points(page)
    if points:
        back += "<h4>Key points</h4><ul>"
        back += "".join(f"<li>{to_html(point)[3:-4]}</li>" for point in points) + "</ul>"
    tags = ("question", str(meta.round), str(meta.difficulty or ""), *meta.topics)
    return Card(
        page=page.src,
        item="question",
        deck=f"{DECK_NAME}::{round_name}",
        front=front,
        back=back,
        source=page_url(site_url, page.src),
        tags=tuple(tag for tag in tags if tag and tag != "None"),
    )


def number_cards(page: Page, heading: str, site_url: str) -> list[Card]:
    text, offset = section(page, heading)
    cards = []
    for item in list_items(text):
        match = re.match(r"\*\*(.+?):?\*\*:?\s*(.+)", item)
        if match is None:
            raise BankError(
                f"{_where(page, offset)}: every item under '## {heading}' needs a bold label"
            )
        label = match.group(1).rstrip(":")
        cards.append(
            Card(
                page=page.src,
                item=f"number: {label}",
                deck=f"{DECK_NAME}::Numbers",
                front=f'<div class="kind">Number to have ready</div><h3>{html.escape(label)}</h3>',
                back=to_html(match.group(2)),
                source=page_url(site_url, page.src),
                tags=("number",),
            )
        )
    return cards


def glossary_cards(page: Page, site_url: str) -> list[Card]:
    """One card per definition-list entry: the term on the front, its definition behind."""
    cards = []
    for match in re.finditer(r"^(\S[^\n]*)\n:   ((?:.*\n?)(?:(?:    .*|)\n?)*)", page.body, re.M):
        term = match.group(1).strip()
        definition = " ".join(line.strip() for line in match.group(2).splitlines())
        cards.append(
            Card(
                page=page.src,
                item=f"term: {term}",
                deck=f"{DECK_NAME}::Glossary",
                front=f'<div class="kind">Glossary</div><h3>{to_html(term)[3:-4]}</h3>',
                back=to_html(definition.strip()),
                source=page_url(site_url, page.src),
                tags=("glossary",),
            )
        )
    return cards


def notes(index: Iterable[Page], site_url: str) -> list[Card]:
    """Every card of the deck, in the order of the index."""
    pages = {page.src: page for page in index}
    index = list(index)
    cards = [question_card(page, site_url) for page in index if page.meta.kind == "question"]
    # A docs folder without these pages (a test project) makes a deck of questions only;
    # the tests check that the playbook's own deck has both.
    for src, heading in NUMBER_SECTIONS:
        if src in pages:
            cards += number_cards(pages[src], heading, site_url)
    if GLOSSARY in pages:
        cards += glossary_cards(pages[GLOSSARY], site_url)
    seen: dict[str, Card] = {}
    for card in cards:
        if card.guid in seen:
            raise BankError(f"docs/{card.page}: '{card.item}' appears twice on the page")
        seen[card.guid] = card
    return cards


def write_deck(cards: Iterable[Card], path: Path, timestamp: float) -> None:
    """The .apkg at path; timestamp (the edition date) stands in for the clock."""
    note_type = model()
    decks: dict[str, genanki.Deck] = {}
    for card in cards:
        if card.deck not in decks:
            decks[card.deck] = genanki.Deck(deck_id(card.deck), card.deck)
        decks[card.deck].add_note(_StableNote(card, note_type))
    path.parent.mkdir(parents=True, exist_ok=True)
    genanki.Package(list(decks.values())).write_to_file(str(path), timestamp=timestamp)
    _restamp(path, timestamp)


def _restamp(path: Path, timestamp: float) -> None:
    """Give every zip entry the edition's date: genanki stamps them with the build's clock,
    which made two builds of the same edition differ byte for byte."""
    when = dt.datetime.fromtimestamp(timestamp, dt.UTC).timetuple()[:6]
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in entries:
            stamped = zipfile.ZipInfo(info.filename, date_time=when)
            stamped.compress_type = zipfile.ZIP_DEFLATED
            stamped.external_attr = info.external_attr
            target.writestr(stamped, data)


def deck_bytes(cards: Iterable[Card], timestamp: float) -> bytes:
    with tempfile.TemporaryDirectory(prefix="playbook-deck-") as scratch:
        path = Path(scratch) / "deck.apkg"
        write_deck(cards, path, timestamp)
        return path.read_bytes()
