"""The Anki deck, opened the way Anki opens it: a zip holding a SQLite collection. Every
question, number and glossary term is a note, and each note keeps its guid and id from one
build (and one edition) to the next."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import io
import json
import re
import sqlite3
import zipfile
from functools import cache
from pathlib import Path

import genanki
import pytest

from book import anki
from book.hooks import edition_timestamp
from macros.page_index import Page, PageIndex

ROOT = Path(__file__).resolve().parents[2]
SITE = "https://playbook.example/"


@dataclasses.dataclass(frozen=True)
class Note:
    id: int
    guid: str
    fields: list[str]
    tags: list[str]
    deck: str

    @property
    def front(self) -> str:
        return self.fields[0]

    @property
    def back(self) -> str:
        return self.fields[1]

    @property
    def item(self) -> str:
        return self.fields[3]


def read_deck(path: Path, folder: Path) -> list[Note]:
    with zipfile.ZipFile(path) as archive:
        assert "collection.anki2" in archive.namelist()
        archive.extract("collection.anki2", folder)
    connection = sqlite3.connect(folder / "collection.anki2")
    try:
        decks = {
            int(deck_id): deck["name"]
            for (raw,) in connection.execute("SELECT decks FROM col")
            for deck_id, deck in json.loads(raw).items()
        }
        rows = connection.execute(
            "SELECT notes.id, notes.guid, notes.flds, notes.tags, cards.did "
            "FROM notes JOIN cards ON cards.nid = notes.id ORDER BY notes.id"
        ).fetchall()
    finally:
        connection.close()
    return [
        Note(nid, guid, fields.split("\x1f"), tags.split(), decks[did])
        for nid, guid, fields, tags, did in rows
    ]


@cache
def index() -> PageIndex:
    return PageIndex.build(ROOT / "docs")


def build(tmp_path: Path, name: str, cards: list[anki.Card] | None = None) -> list[Note]:
    cards = cards if cards is not None else anki.notes(index(), SITE)
    path = tmp_path / f"{name}.apkg"
    anki.write_deck(cards, path, edition_timestamp(index()))
    folder = tmp_path / name
    folder.mkdir()
    return read_deck(path, folder)


def plain(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def question_pages() -> list[Page]:
    return [page for page in index() if page.meta.kind == "question"]


def test_every_question_is_a_note_with_its_prompt_in_front_and_signals_behind(
    tmp_path: Path,
) -> None:
    notes = {note.guid: note for note in build(tmp_path, "deck")}
    pages = question_pages()
    assert len(pages) >= 60
    for page in pages:
        note = notes[genanki.guid_for(page.src, "question")]
        assert plain(anki.to_html(page.meta.title)) in plain(note.front)
        assert plain(anki.to_html(anki.prompt(page)))[:60] in plain(note.front)
        for signal in page.meta.signals:
            assert plain(anki.to_html(signal)) in plain(note.back)
        assert note.deck.startswith(anki.DECK_NAME + "::")
        assert str(page.meta.round) in note.tags
        assert note.fields[2].startswith(SITE)


def test_the_glossary_and_the_numbers_are_notes(tmp_path: Path) -> None:
    notes = build(tmp_path, "deck")
    glossary = (ROOT / "docs" / anki.GLOSSARY).read_text(encoding="utf-8")
    terms = len(re.findall(r"^:   ", glossary, flags=re.M))
    assert terms >= 50
    assert sum(note.item.startswith("term: ") for note in notes) == terms
    (src, heading), *_ = anki.NUMBER_SECTIONS
    source = (ROOT / "docs" / src).read_text(encoding="utf-8")
    section = source.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    labels = re.findall(r"^- \*\*(.+?):?\*\*", section, flags=re.M)
    assert len(labels) >= 3
    assert sorted(note.item for note in notes if note.item.startswith("number: ")) == sorted(
        f"number: {label.rstrip(':')}" for label in labels
    )


def test_ids_and_guids_stay_the_same_across_builds(tmp_path: Path) -> None:
    first = build(tmp_path, "first")
    second = build(tmp_path, "second")
    assert [(note.id, note.guid) for note in first] == [(note.id, note.guid) for note in second]
    assert len({note.guid for note in first}) == len(first), "two notes share a guid"
    assert len({note.id for note in first}) == len(first), "two notes share an id"


def test_a_new_edition_updates_a_note_instead_of_adding_one(tmp_path: Path) -> None:
    cards = anki.notes(index(), SITE)
    edited = [
        dataclasses.replace(card, back=card.back + "<p>Second edition.</p>")
        if card.item == "question"
        else card
        for card in cards
    ]
    before = {note.guid: note for note in build(tmp_path, "before", cards)}
    after = {note.guid: note for note in build(tmp_path, "after", edited)}
    assert before.keys() == after.keys()
    for guid, note in after.items():
        assert note.id == before[guid].id
        if note.item == "question":
            assert note.back.endswith("Second edition.</p>")


def test_a_question_without_a_prompt_block_shows_its_description() -> None:
    page = question_pages()[0]
    bare = dataclasses.replace(page, body=page.body.replace('!!! quote "The prompt"', ""))
    card = anki.question_card(bare, SITE)
    assert plain(anki.to_html(page.meta.description)) in plain(card.front)
    assert card.guid == anki.question_card(page, SITE).guid


def test_two_cards_for_the_same_item_stop_the_build_naming_the_page() -> None:
    glossary = next(page for page in index() if page.src == anki.GLOSSARY)
    term = re.search(r"^(\S[^\n]*)\n:   ", glossary.body, flags=re.M)
    assert term is not None
    doubled = dataclasses.replace(glossary, body=glossary.body + "\n" + term.group(0) + "Again.\n")
    pages = [doubled if page.src == anki.GLOSSARY else page for page in index()]
    with pytest.raises(anki.BankError, match=rf"^docs/{anki.GLOSSARY}: 'term: "):
        anki.notes(pages, SITE)


def test_two_builds_of_one_edition_are_the_same_bytes() -> None:
    """Every zip entry carries the edition's date, not the build's clock (zip times have a
    2-second grain, so comparing two quick builds alone would not catch the clock)."""
    cards = anki.notes(index(), SITE)
    stamp = edition_timestamp(index())
    first = anki.deck_bytes(cards, stamp)
    assert anki.deck_bytes(cards, stamp) == first
    edition = dt.datetime.fromtimestamp(stamp, dt.UTC).timetuple()[:6]
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {edition}
