"""Everything the build does to a PDF after Chromium printed it; no browser needed.

Chromium writes a tagged PDF with its outline, but every one of its tens of thousands of
structure elements is a separate uncompressed object (16 MB of a 568-page book, 60 % of it
tags). ``finish`` makes its few edits (reprinted front pages, metadata, bookmark titles,
viewer settings) and saves the file once with qpdf (pikepdf), packing those objects into
compressed object streams: the tags, outline and links stay, and the file shrinks by more
than half in under a second. (pypdf's incremental writer took 7 s to append one changed
dictionary to the same file; pypdf cannot write object streams.)
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


def front_matches(book: bytes, front: bytes, pages: int) -> bool:
    """True when the reprinted front pages line up with the book's: same page count and the
    same marked content on every page, so the book's tags and links stay right for them."""
    first, second = open_pdf(book), open_pdf(front)
    if len(second.pages) != pages or len(first.pages) < pages:
        return False
    return all(
        marked_content_ids(first.pages[index]) == marked_content_ids(second.pages[index])
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


def repair_bookmark_titles(pdf: pikepdf.Pdf, headings: Sequence[str]) -> int:
    """Give each bookmark its heading's text; return how many changed.

    Chromium joins the lines of a wrapped heading without a space ("recommendationservice").
    Bookmarks and headings come in the same document order, so each bookmark takes the next
    heading whose text matches it once spaces are ignored.
    """
    changed = 0
    position = 0
    for item in outline_items(pdf):
        title = str(item.get("/Title", ""))
        for index in range(position, len(headings)):
            if squash(headings[index]) == squash(title):
                position = index + 1
                if headings[index] != title:
                    item.Title = pikepdf.String(headings[index])
                    changed += 1
                break
    return changed


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
    retitled: int


def finish(
    book: bytes,
    output: Path,
    meta: Metadata,
    headings: Sequence[str] = (),
    front: bytes | None = None,
    front_pages: int = 0,
) -> Finished:
    """The finished book at output: front pages spliced in, metadata set, bookmark titles
    repaired, saved compact."""
    pdf = open_pdf(book)
    # The reprint stays open until the save: pikepdf copies foreign objects lazily.
    reprint = open_pdf(front) if front is not None and front_pages > 0 else None
    if reprint is not None:
        splice_front(pdf, reprint, front_pages)
    set_metadata(pdf, meta)
    retitled = repair_bookmark_titles(pdf, headings)
    save_compact(pdf, output)
    return Finished(len(pdf.pages), count_bookmarks(pdf), retitled)


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
