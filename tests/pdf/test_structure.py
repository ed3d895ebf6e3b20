"""The PDF's structure: bookmarks in nav order, a contents page whose numbers are right,
internal links that land somewhere, metadata and tags, and the same book on every build."""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from dataclasses import dataclass
from typing import Any

import pytest

from .conftest import Book
from .sources import (
    ROOT,
    NavEntry,
    book_nav,
    load_config,
    newest_review_date,
    normalize,
    page_key,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@dataclass(frozen=True)
class Bookmark:
    title: str
    page: int  # 1-based
    children: tuple[Bookmark, ...]


def bookmarks(reader: Any, outline: list[Any] | None = None) -> list[Bookmark]:
    """pypdf's flat outline (an item, then a list of its children) as a tree."""
    items = reader.outline if outline is None else outline
    tree: list[Bookmark] = []
    for item in items:
        if isinstance(item, list):
            last = tree.pop()
            tree.append(Bookmark(last.title, last.page, tuple(bookmarks(reader, item))))
        else:
            page = reader.get_destination_page_number(item) + 1
            tree.append(Bookmark(str(item.title), page, ()))
    return tree


def inside(mark: Bookmark, section: NavEntry) -> tuple[list[Bookmark], list[NavEntry]]:
    """A section's bookmarks and nav entries, paired. A section whose first page has the
    section's own title is one heading in the book (prepare.js): that page's sections come
    first under the section's bookmark, then its other entries."""
    entries = list(section.children)
    if entries and normalize(entries[0].heading) == normalize(section.heading):
        entries = entries[1:]
    marks = list(mark.children)
    return (marks[len(marks) - len(entries) :] if entries else []), entries


def index_page(section: NavEntry) -> NavEntry | None:
    """The section's first page when it has the section's title."""
    first = section.children[0] if section.children else None
    if first is not None and normalize(first.heading) == normalize(section.heading):
        return first
    return None


def assert_follows_nav(marks: list[Bookmark], entries: list[NavEntry], where: str) -> None:
    got = [normalize(mark.title) for mark in marks]
    want = [normalize(entry.heading) for entry in entries]
    assert got == want, f"bookmarks {where} are not the nav's entries in order"
    for mark, entry in zip(marks, entries, strict=True):
        if entry.is_section:
            assert_follows_nav(*inside(mark, entry), f"in '{entry.heading}'")


def test_bookmarks_list_every_nav_section_and_page_in_nav_order(book: Book) -> None:
    marks = bookmarks(book.reader)
    assert normalize(marks[0].title) == "contents"
    assert_follows_nav(marks[1:], book_nav(book.print_html), "at the top level")


def test_pages_have_bookmarks_for_their_sections(book: Book) -> None:
    # Every nav page with level-2 headings on the print page has bookmarks nested under it.
    html = book.print_html
    starts = [
        (m.start(), m.group(1))
        for m in re.finditer(r'<section class="print-page" id="([^"]+)"', html)
    ]
    with_sections = {
        key
        for (start, key), (end, _) in zip(starts, [*starts[1:], (len(html), "")], strict=True)
        if "<h2" in html[start:end]
    }
    assert with_sections, "no page of the playbook has a level-2 heading"

    def pages(marks: list[Bookmark], entries: list[NavEntry]) -> list[tuple[Bookmark, NavEntry]]:
        pairs: list[tuple[Bookmark, NavEntry]] = []
        for mark, entry in zip(marks, entries, strict=True):
            if entry.is_section:
                first = index_page(entry)
                if first is not None:
                    pairs.append((mark, first))
                pairs += pages(*inside(mark, entry))
            else:
                pairs.append((mark, entry))
        return pairs

    checked = 0
    for mark, entry in pages(bookmarks(book.reader)[1:], book_nav(book.print_html)):
        if entry.src is not None and page_key(entry.src) in with_sections:
            assert mark.children, f"'{mark.title}' has no bookmarks for its sections"
            assert all(child.page >= mark.page for child in mark.children)
            checked += 1
    assert checked == len(with_sections)


def test_bookmarks_run_forward_through_the_book(book: Book) -> None:
    def pages(marks: list[Bookmark]) -> list[int]:
        return [n for mark in marks for n in (mark.page, *pages(list(mark.children)))]

    order = pages(bookmarks(book.reader))
    assert order == sorted(order), "a bookmark points back to an earlier page than the one above"
    assert order[0] == 2, "the contents should follow the cover"


def test_contents_give_each_entry_the_page_it_starts_on(book: Book) -> None:
    marks = bookmarks(book.reader)
    contents = normalize(book.layout_text(marks[0].page, marks[1].page - 1))

    def walk(marks: list[Bookmark], entries: list[NavEntry]) -> list[tuple[str, int]]:
        rows: list[tuple[str, int]] = []
        for mark, entry in zip(marks, entries, strict=True):
            rows.append((entry.heading, mark.page))
            if entry.is_section:
                rows += walk(*inside(mark, entry))
        return rows

    position = 0
    for heading, page in walk(marks[1:], book_nav(book.print_html)):
        row = normalize(f"{heading} {page}")
        found = contents.find(row, position)
        assert found >= 0, f"the contents do not list '{heading}' on page {page} (in order)"
        position = found + len(row)


def test_internal_links_land_on_a_destination(book: Book) -> None:
    reader = book.reader
    names = {str(name).lstrip("/") for name in reader.named_destinations}
    page_ids = {page.indirect_reference.idnum for page in reader.pages}
    internal, problems = 0, []
    for number, page in enumerate(reader.pages, start=1):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            action = annot.get("/A")
            action = action.get_object() if action is not None else {}
            target = annot.get("/Dest")
            if target is None and action.get("/S") == "/GoTo":
                target = action.get("/D")
            if target is None:
                uri = str(action.get("/URI", ""))
                if not uri.startswith(("https://", "http://", "mailto:")):
                    problems.append(f"page {number}: a link leaves the book for {uri!r}")
                continue
            internal += 1
            target = target.get_object() if hasattr(target, "get_object") else target
            if isinstance(target, list):
                ok = target[0].idnum in page_ids
            else:
                ok = str(target).lstrip("/") in names
            if not ok:
                problems.append(f"page {number}: link to {target!r} has no destination")
    assert not problems, "\n".join(problems[:20])
    entries = sum(1 for top in book_nav(book.print_html) for _ in top.walk())
    assert internal >= entries, "the contents alone should give one internal link per entry"


def test_metadata_names_the_book(book: Book) -> None:
    config = load_config("mkdocs.yml")
    info = book.reader.metadata
    assert info.title == config["site_name"]
    assert info.author == config["site_author"]
    assert info.subject == " ".join(str(config["site_description"]).split())
    root = book.reader.trailer["/Root"]
    assert str(root["/Lang"]) == config["theme"]["language"]


def test_pdf_opens_with_bookmarks_and_is_printed_untagged(book: Book) -> None:
    # Untagged on purpose (book.pdf.edit): the tags cost about 2 MB of the 8 MB allowed.
    root = book.reader.trailer["/Root"]
    assert "/StructTreeRoot" not in root
    assert root["/PageMode"] == "/UseOutlines"


def test_edition_comes_from_the_sources_not_the_clock(book: Book) -> None:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        date = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    else:
        date = dt.date.fromisoformat(newest_review_date())
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    assert book.reader.metadata["/CreationDate"] == f"D:{date:%Y%m%d}000000Z"
    cover = normalize(book.page_texts[0])
    assert normalize(f"Version {version}") in cover
    assert normalize(f"{date.day} {date:%B %Y}") in cover


def test_same_sources_give_the_same_book(book: Book, book_again: Book) -> None:
    if book_again.print_html != book.print_html:
        # Only possible while someone edits docs/ during the test run; CI never does.
        pytest.skip("the sources changed between the two builds")
    second = book_again.reader
    assert len(second.pages) == len(book.reader.pages)
    assert bookmarks(second) == bookmarks(book.reader)
    assert second.metadata == book.reader.metadata
