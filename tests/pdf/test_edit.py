"""book.pdf.edit on small PDFs made here: no browser, milliseconds each."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pikepdf

from book.pdf.edit import (
    Heading,
    Metadata,
    count_bookmarks,
    destination_pages,
    finish,
    front_matches,
    marked_content_ids,
    splice_front,
    write_outline,
)

META = Metadata(
    title="A Book",
    author="The authors",
    subject="What it is about",
    keywords="one, two",
    creator="A Book 1.0 (tests)",
    language="en",
    date=dt.date(2026, 11, 29),
)


def content(text: str, mcids: list[int]) -> bytes:
    marks = b"".join(b"/P <</MCID %d >>BDC EMC\n" % mcid for mcid in mcids)
    return marks + b"BT /F1 12 Tf 72 720 Td (" + text.encode() + b") Tj ET\n"


def make_pdf(
    pages: list[tuple[str, list[int]]],
    dests: dict[str, int] | None = None,
    outline: list[tuple[str, int, list[tuple[str, int]]]] | None = None,
) -> bytes:
    """A PDF with one text line per page, named destinations in the catalog's /Dests (as
    Chromium writes them) and a two-level outline."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont="/Helvetica"
        )
    )
    for text, mcids in pages:
        page = pdf.add_blank_page(page_size=(595, 842))
        page.obj.Contents = pdf.make_stream(content(text, mcids))
        page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
        link = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 10, 10]
        )
        page.obj.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(link)]))
    if dests:
        pdf.Root.Dests = pikepdf.Dictionary(
            {
                f"/{name}": pikepdf.Array([pdf.pages[page - 1].obj, pikepdf.Name.XYZ, 0, 800, 0])
                for name, page in dests.items()
            }
        )
    if outline:
        with pdf.open_outline() as tree:
            for title, number, children in outline:
                item = pikepdf.OutlineItem(title, number - 1)
                item.children.extend(pikepdf.OutlineItem(t, n - 1) for t, n in children)
                tree.root.append(item)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_destination_pages_map_each_name_to_its_page() -> None:
    data = make_pdf([("a", []), ("b", []), ("c", [])], dests={"intro": 1, "part-two": 3})
    assert destination_pages(data) == ({"intro": 1, "part-two": 3}, 3)


def heading_pdf() -> pikepdf.Pdf:
    data = make_pdf(
        [("a", []), ("b", []), ("c", [])],
        dests={"contents": 1, "design": 2, "slos": 2, "costs": 3, "next": 3},
        outline=[("Chromium's own", 1, [])],
    )
    return pikepdf.open(io.BytesIO(data))


def outline_tree(pdf: pikepdf.Pdf) -> list[tuple[str, int, list[Any]]]:
    def walk(items: list[pikepdf.OutlineItem]) -> list[tuple[str, int, list[Any]]]:
        pages = {page.obj.objgen: number for number, page in enumerate(pdf.pages, start=1)}
        rows = []
        for item in items:
            place = item.destination
            assert isinstance(place, pikepdf.Array), "a bookmark goes to a page and position"
            rows.append((item.title, pages[place[0].objgen], walk(item.children)))
        return rows

    with pdf.open_outline() as tree:
        return walk(tree.root)


def test_outline_nests_each_heading_under_the_last_one_of_a_lower_level() -> None:
    pdf = heading_pdf()
    headings = [
        Heading("contents", 1, "Contents"),
        Heading("design", 1, "Design a recommendation service"),
        Heading("slos", 2, "Requirements and SLOs"),
        Heading("costs", 4, "Costs"),
        Heading("next", 2, "Next steps"),
    ]
    assert write_outline(pdf, headings) == 5
    assert outline_tree(pdf) == [
        ("Contents", 1, []),
        (
            "Design a recommendation service",
            2,
            [("Requirements and SLOs", 2, [("Costs", 3, [])]), ("Next steps", 3, [])],
        ),
    ]
    assert count_bookmarks(pdf) == 5


def test_outline_leaves_out_a_heading_with_no_destination() -> None:
    pdf = heading_pdf()
    headings = [Heading("contents", 1, "Contents"), Heading("nowhere", 1, "Not printed")]
    assert write_outline(pdf, headings) == 1
    assert outline_tree(pdf) == [("Contents", 1, [])]


def test_front_pages_match_only_with_the_same_marked_content() -> None:
    book = make_pdf([("Contents 000", [0, 1]), ("Body", [0])])
    same = make_pdf([("Contents 7", [0, 1])])
    moved = make_pdf([("Contents 7", [0, 1, 2])])
    assert front_matches(book, same, 1)
    assert not front_matches(book, moved, 1)
    assert not front_matches(book, same, 2), "the reprint has fewer pages than asked for"


def test_front_pages_match_only_with_links_in_the_same_places() -> None:
    # An untagged print has no marked content: the contents' links show whether it moved.
    book = make_pdf([("Contents 000", []), ("Body", [])])
    moved = pikepdf.open(io.BytesIO(make_pdf([("Contents 7", [])])))
    nudged = pikepdf.open(io.BytesIO(make_pdf([("Contents 7", [])])))
    moved.pages[0].obj.Annots[0].Rect = pikepdf.Array([0, 20, 10, 30])
    nudged.pages[0].obj.Annots[0].Rect = pikepdf.Array([0.01, 0, 10, 9.99])

    def saved(pdf: pikepdf.Pdf) -> bytes:
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()

    assert front_matches(book, make_pdf([("Contents 7", [])]), 1)
    assert front_matches(book, saved(nudged), 1), "a hundredth of a point is the same place"
    assert not front_matches(book, saved(moved), 1)


def test_splicing_takes_the_drawing_and_keeps_the_links() -> None:
    pdf = pikepdf.open(io.BytesIO(make_pdf([("Contents 000", [0]), ("Body", [0])])))
    front = pikepdf.open(io.BytesIO(make_pdf([("Contents 7", [0])])))
    splice_front(pdf, front, 1)
    assert b"(Contents 7)" in pdf.pages[0].obj.Contents.read_bytes()
    assert b"(Body)" in pdf.pages[1].obj.Contents.read_bytes()
    assert len(pdf.pages[0].obj.Annots) == 1
    assert marked_content_ids(pdf.pages[0]) == [b"0"]


def test_finish_sets_metadata_and_viewer_settings_and_packs_objects(tmp_path: Path) -> None:
    data = make_pdf(
        [("Contents 000", [0]), ("Body", [0])],
        dests={"body": 2},
    )
    done = finish(data, tmp_path / "book.pdf", META, [Heading("body", 1, "Body")])
    assert (done.pages, done.bookmarks, done.tagged) == (2, 1, False)
    pdf = pikepdf.open(tmp_path / "book.pdf")
    assert str(pdf.docinfo["/Title"]) == "A Book"
    assert str(pdf.docinfo["/CreationDate"]) == "D:20261129000000Z"
    assert str(pdf.docinfo["/Producer"]).startswith("Chromium")
    assert str(pdf.Root.Lang) == "en"
    assert pdf.Root.PageMode == pikepdf.Name.UseOutlines
    assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle) is True
    assert b"/ObjStm" in (tmp_path / "book.pdf").read_bytes()
    assert destination_pages((tmp_path / "book.pdf").read_bytes()) == ({"body": 2}, 2)


def test_finish_splices_the_front_pages(tmp_path: Path) -> None:
    book = make_pdf([("Contents 000", [0]), ("Body", [0])])
    front = make_pdf([("Contents 2", [0])])
    finish(book, tmp_path / "book.pdf", META, front=front, front_pages=1)
    pdf = pikepdf.open(tmp_path / "book.pdf")
    assert b"(Contents 2)" in pdf.pages[0].obj.Contents.read_bytes()


def test_the_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    data = make_pdf([("a", [0]), ("b", [0])], outline=[("A", 1, [])])
    finish(data, tmp_path / "one.pdf", META)
    finish(data, tmp_path / "two.pdf", META)
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()
