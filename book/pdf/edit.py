"""Everything the build does to a PDF after Chromium printed it; no browser needed.

Chromium prints the book untagged: its tag tree (tens of thousands of objects) cost about
2 MB of a 9 MB book even packed, and Chromium writes an outline only into tagged PDFs, so
``write_outline`` writes the bookmarks from the print page's headings and their named
destinations. ``finish`` makes the few edits (reprinted front pages, metadata, outline,
viewer settings) and saves the file once with qpdf (pikepdf), packing objects into
compressed object streams, in about a second. (pypdf's incremental writer took 7 s to
append one changed dictionary to the same file; pypdf cannot write object streams.)
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pikepdf


@dataclass(frozen=True)
class Metadata:
    """The document information the finished PDF carries."""

    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    language: str
    date: dt.date


def pdf_date(date: dt.date) -> str:
    return f"D:{date:%Y%m%d}000000Z"


def open_pdf(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


def _page_numbers(pdf: pikepdf.Pdf) -> dict[tuple[int, int], int]:
    return {page.obj.objgen: index + 1 for index, page in enumerate(pdf.pages)}


def _named_destinations(pdf: pikepdf.Pdf) -> Iterator[tuple[str, pikepdf.Object]]:
    """Both kinds of named destinations: the catalog's /Dests dictionary (what Chromium
    writes) and the /Names /Dests name tree."""
    root = pdf.Root
    if "/Dests" in root:
        for name, value in root.Dests.items():
            yield name.lstrip("/"), value
    if "/Names" in root and "/Dests" in root.Names:
        for name, value in pikepdf.NameTree(root.Names.Dests).items():
            yield str(name), value


def destination_pages(data: bytes) -> tuple[dict[str, int], int]:
    """Every named destination of a PDF with its 1-based page number, and the page count."""
    pdf = open_pdf(data)
    numbers = _page_numbers(pdf)
    found: dict[str, int] = {}
    for name, value in _named_destinations(pdf):
        target = value.get("/D") if isinstance(value, pikepdf.Dictionary) else value
        if isinstance(target, pikepdf.Array) and len(target) > 0:
            page = numbers.get(target[0].objgen)
            if page is not None:
                found[name] = page
    return found, len(pdf.pages)


def marked_content_ids(page: pikepdf.Page) -> list[bytes]:
    """The marked-content ids of a page, in order: they tie its text to the tag tree."""
    data = b"".join(stream.read_bytes() for stream in _content_streams(page))
    return re.findall(rb"/MCID\s+(\d+)", data)


def _content_streams(page: pikepdf.Page) -> list[pikepdf.Stream]:
    contents = page.obj.get("/Contents")
    items = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    return [item for item in items if isinstance(item, pikepdf.Stream)]


# How far (in points) a reprinted page's links may sit from the book's: the reprint lays
# out only the front pages, and Chromium's fractional layout then differs by 0.01 pt.
LINK_TOLERANCE = 0.5


def link_boxes(page: pikepdf.Page) -> list[tuple[float, ...]]:
    """The rectangles of a page's link annotations, in order."""
    boxes: list[tuple[float, ...]] = []
    for annot in page.obj.get("/Annots") or []:
        if isinstance(annot, pikepdf.Dictionary) and annot.get("/Subtype") == "/Link":
            boxes.append(tuple(float(value) for value in annot.get("/Rect", [])))
    return boxes


def same_places(first: list[tuple[float, ...]], second: list[tuple[float, ...]]) -> bool:
    return len(first) == len(second) and all(
        len(one) == len(other)
        and all(abs(a - b) <= LINK_TOLERANCE for a, b in zip(one, other, strict=True))
        for one, other in zip(first, second, strict=True)
    )


def front_matches(book: bytes, front: bytes, pages: int) -> bool:
    """True when the reprinted front pages line up with the book's: same page count, and on
    every page the same marked content (when tagged) and links in the same places, so the
    book's tags and links stay right for them."""
    first, second = open_pdf(book), open_pdf(front)
    if len(second.pages) != pages or len(first.pages) < pages:
        return False
    return all(
        marked_content_ids(first.pages[index]) == marked_content_ids(second.pages[index])
        and same_places(link_boxes(first.pages[index]), link_boxes(second.pages[index]))
        for index in range(pages)
    )


def splice_front(pdf: pikepdf.Pdf, front: pikepdf.Pdf, pages: int) -> None:
    """Give the first pages of pdf the drawing (content and resources) of front's; their
    links, tags and place in the book stay pdf's own."""
    for index in range(pages):
        target, source = pdf.pages[index].obj, front.pages[index].obj
        for key in ("/Contents", "/Resources"):
            value = source[key]
            if not value.is_indirect:  # copy_foreign copies indirect objects only
                value = front.make_indirect(value)
            target[key] = pdf.copy_foreign(value)


def squash(text: str) -> str:
    return "".join(text.split())


def outline_items(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    """Every outline item, depth first in document order."""
    if "/Outlines" not in pdf.Root or "/First" not in pdf.Root.Outlines:
        return
    stack = [pdf.Root.Outlines.First]
    seen: set[tuple[int, int]] = set()
    while stack:
        item = stack.pop()
        if not isinstance(item, pikepdf.Dictionary) or item.objgen in seen:
            continue  # not an item, or a malformed outline that loops
        seen.add(item.objgen)
        yield item
        # This item's children first, then its next sibling.
        for key in ("/Next", "/First"):
            if key in item:
                stack.append(item[key])


@dataclass(frozen=True)
class Heading:
    """A heading of the print page: its id (a named destination), outline level and text."""

    id: str
    level: int
    title: str


def write_outline(pdf: pikepdf.Pdf, headings: Sequence[Heading]) -> int:
    """Replace pdf's outline with nested bookmarks, one per heading that has a named
    destination, each under the nearest heading before it with a lower level; return how
    many were written."""
    numbers = _page_numbers(pdf)
    places: dict[str, pikepdf.Array] = {}
    for name, value in _named_destinations(pdf):
        target = value.get("/D") if isinstance(value, pikepdf.Dictionary) else value
        if isinstance(target, pikepdf.Array) and len(target) > 0 and target[0].objgen in numbers:
            places[name] = target
    written = 0
    with pdf.open_outline() as tree:
        tree.root.clear()
        # (level, children list) from the top down; the root takes any level.
        stack: list[tuple[int, list[pikepdf.OutlineItem]]] = [(0, tree.root)]
        for heading in headings:
            place = places.get(heading.id)
            if place is None:
                continue
            while stack[-1][0] >= heading.level:
                stack.pop()
            # The destination's own place (page and position): the heading itself.
            item = pikepdf.OutlineItem(heading.title, pikepdf.Array(list(place)))
            stack[-1][1].append(item)
            stack.append((heading.level, item.children))
            written += 1
    return written


def count_bookmarks(pdf: pikepdf.Pdf) -> int:
    return sum(1 for _ in outline_items(pdf))


def set_metadata(pdf: pikepdf.Pdf, meta: Metadata) -> None:
    """Document info and XMP with the fixed edition date; open with the bookmarks pane and
    show the title (not the file name) in the window."""
    info = {
        "/Title": meta.title,
        "/Author": meta.author,
        "/Subject": meta.subject,
        "/Keywords": meta.keywords,
        "/Creator": meta.creator,
        "/Producer": "Chromium with Playwright; pikepdf",
        "/CreationDate": pdf_date(meta.date),
        "/ModDate": pdf_date(meta.date),
    }
    pdf.docinfo = pdf.make_indirect(
        pikepdf.Dictionary({key: pikepdf.String(value) for key, value in info.items()})
    )
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    pdf.Root.Lang = pikepdf.String(meta.language)
    pdf.Root.PageMode = pikepdf.Name.UseOutlines
    preferences = pdf.Root.get("/ViewerPreferences")
    if not isinstance(preferences, pikepdf.Dictionary):
        preferences = pikepdf.Dictionary()
    preferences.DisplayDocTitle = True
    pdf.Root.ViewerPreferences = preferences


def save_compact(pdf: pikepdf.Pdf, output: Path) -> None:
    """Write pdf to output with object streams and a content-derived /ID, atomically."""
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.name}.partial")
    pdf.save(
        partial,
        object_stream_mode=pikepdf.ObjectStreamMode.generate,
        compress_streams=True,
        deterministic_id=True,
    )
    partial.replace(output)


@dataclass(frozen=True)
class Finished:
    pages: int
    bookmarks: int
    tagged: bool  # has a structure tree (what screen readers follow)


def finish(
    book: bytes,
    output: Path,
    meta: Metadata,
    outline: Sequence[Heading] = (),
    front: bytes | None = None,
    front_pages: int = 0,
) -> Finished:
    """The finished book at output: front pages spliced in, metadata set, the outline
    written from the headings (when there are any), saved compact."""
    pdf = open_pdf(book)
    # The reprint stays open until the save: pikepdf copies foreign objects lazily.
    reprint = open_pdf(front) if front is not None and front_pages > 0 else None
    if reprint is not None:
        splice_front(pdf, reprint, front_pages)
    set_metadata(pdf, meta)
    if outline:
        write_outline(pdf, outline)
    save_compact(pdf, output)
    return Finished(len(pdf.pages), count_bookmarks(pdf), "/StructTreeRoot" in pdf.Root)


def metadata_from_config(
    config: Mapping[str, object], version: str, date: dt.date, subject: str | None = None
) -> Metadata:
    """The metadata from mkdocs.yml's settings (site_name, site_author, description)."""
    title = str(config.get("site_name", "AI Engineer Interview Playbook"))
    theme = config.get("theme")
    language = str(theme.get("language", "en")) if isinstance(theme, dict) else "en"
    return Metadata(
        title=title,
        author=str(config.get("site_author", "")),
        subject=subject or " ".join(str(config.get("site_description", "")).split()),
        keywords="AI engineer, interview, system design, machine learning, STAR, resume",
        creator=f"{title} {version} (scripts/build_pdf.py)",
        language=language,
        date=date,
    )
