"""The book read page by page: no heading at the foot of a page, no page holding a lone line
or an empty file-name box, code line numbers that match the source, no divider page and no
title printed twice; and the two one-page sheets beside the book."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from .conftest import Book
from .sources import DOCS, ROOT, book_nav, normalize, squash

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FOOTER = re.compile(r"^\s*\d+ / \d+\s*$")
CAPTION = re.compile(r"^(solutions/[\w/]+\.py)$")


def body_lines(page_text: str) -> list[str]:
    """A page's lines of text without the page-number footer."""
    return [
        line.strip() for line in page_text.splitlines() if line.strip() and not FOOTER.match(line)
    ]


def headings(print_html: str) -> set[str]:
    found = re.findall(r"<h([2-6])[^>]*>(.*?)</h\1>", print_html, flags=re.S)
    texts = {normalize(re.sub(r"<[^>]+>", "", text).replace("¶", "")) for _, text in found}
    return {text for text in texts if len(text) > 3}


def test_no_page_holds_a_lone_line_or_an_empty_file_name_box(book: Book) -> None:
    lonely = []
    for number, text in enumerate(book.page_texts[1:], start=2):
        lines = body_lines(text)
        if len(lines) < 2 or CAPTION.match(lines[-1]):
            lonely.append(f"page {number}: {' | '.join(lines)[:90]}")
    assert not lonely, "\n".join(lonely)


def test_no_heading_ends_a_page(book: Book) -> None:
    titles = headings(book.print_html)
    stranded = []
    for number, text in enumerate(book.page_texts[1:], start=2):
        lines = body_lines(text)
        last = [normalize(lines[-1]), normalize(" ".join(lines[-2:]))] if lines else []
        if any(line in titles for line in last):
            stranded.append(f"page {number} ends with the heading '{lines[-1]}'")
    assert not stranded, "\n".join(stranded)


def numbered_lines(layout: str) -> list[tuple[int, str]]:
    """(number, text) for each layout line that starts with a line number."""
    rows = []
    for line in layout.splitlines():
        match = re.match(r"^\s*(\d{1,4})(?:\s+(.*))?$", line)
        if match:
            rows.append((int(match.group(1)), match.group(2) or ""))
    return rows


def test_code_line_numbers_match_the_source_after_wrapped_lines(book: Book) -> None:
    starts: dict[str, int] = {}
    for number, text in enumerate(book.page_texts, start=1):
        for line in body_lines(text):
            caption = CAPTION.match(line)
            if caption and caption.group(1) not in starts:
                starts[caption.group(1)] = number
    assert len(starts) >= 19, f"expected every coding question's solution, found {len(starts)}"
    wrapped = 0
    for name, first in starts.items():
        source = (ROOT / name).read_text(encoding="utf-8").splitlines()
        rows = numbered_lines(book.layout_text(first, min(first + 12, len(book.page_texts))))
        expected, matched = 1, 0
        for number, text in rows:
            if number != expected:
                continue  # a wrapped line's continuation, or text from elsewhere on the page
            want, got = squash(source[number - 1]), squash(text)
            assert want.startswith(got[:40]), (
                f"{name}: the line numbered {number} shows {text!r}, "
                f"the source's line {number} is {source[number - 1]!r}"
            )
            if want and len(got) < len(want):
                wrapped += 1
            expected, matched = expected + 1, matched + 1
            if expected > len(source):
                break
        assert matched == len(source), f"{name}: {matched} of {len(source)} lines numbered"
    assert wrapped > 0, "no solution has a wrapped line: the check proves nothing"


def test_no_divider_pages_and_no_title_printed_twice(book: Book) -> None:
    sections = {
        normalize(entry.heading)
        for top in book_nav(book.print_html)
        for entry in top.walk()
        if entry.is_section
    }
    assert sections, "the nav has no sections"
    problems = []
    for number, text in enumerate(book.page_texts[1:], start=2):
        lines = [normalize(line) for line in body_lines(text)]
        if len(lines) == 1 and lines[0] in sections:
            problems.append(f"page {number} holds only the title '{lines[0]}'")
        # A section's label tops the page of its first entry; never the same title twice.
        if len(lines) >= 2 and lines[0] == lines[1] and lines[0] in sections:
            problems.append(f"page {number} opens with '{lines[0]}' twice")
    assert not problems, "\n".join(problems)


# The budget was 8 MB for the 568-page book of the time (16.3 MB before object
# streams). The book keeps growing; its cost per page must not.
BYTES_PER_PAGE = 8_000_000 / 568


def test_the_book_costs_no_more_than_its_budget_per_page(book: Book) -> None:
    size, pages = book.pdf.stat().st_size, len(book.reader.pages)
    assert size / pages <= BYTES_PER_PAGE, (
        f"{size / 1e6:.1f} MB for {pages} pages: {size / pages / 1e3:.1f} kB a page, "
        f"over the {BYTES_PER_PAGE / 1e3:.1f} kB budget"
    )
    assert b"/ObjStm" in book.pdf.read_bytes(), "the objects are not packed in object streams"


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def one_a4_page(path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(path)
    assert len(reader.pages) == 1, f"{path.name} has {len(reader.pages)} pages"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842), "not A4"


def test_the_checklist_is_one_page_with_every_item(book: Book) -> None:
    sheet = book.pdf.with_name("preparation-checklist.pdf")
    one_a4_page(sheet)
    text = squash(pdf_text(sheet))
    source = (DOCS / "debrief/checklist.md").read_text(encoding="utf-8")
    items = re.findall(r"^\s*- \[ \] (.+)$", source, flags=re.M)
    assert len(items) >= 20
    for item in items:
        words = (
            re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", item)
            .replace("`", "")
            .replace("*", "")
            .split()[:5]
        )
        assert squash(" ".join(words)) in text, f"the checklist sheet lacks '{item[:50]}'"


def test_the_score_sheet_is_one_page_with_every_rubric_signal(book: Book) -> None:
    sheet = book.pdf.with_name("mock-interview-score-sheet.pdf")
    one_a4_page(sheet)
    text = squash(pdf_text(sheet))
    source = (DOCS / "debrief/signals.md").read_text(encoding="utf-8")
    rubric = source.split("## The rubric", 1)[1].split("\n## ", 1)[0]
    signals = [row.split("|")[1].strip() for row in rubric.splitlines() if row.startswith("| ")]
    signals = [name for name in signals if name not in {"Signal", "---"}]
    assert len(signals) >= 5
    for name in signals:
        # A wrapped cell's words may be read out between other cells' words, but in order.
        position = 0
        for word in name.split():
            position = text.find(squash(word), position)
            assert position >= 0, f"the score sheet has no row for '{name}'"
    assert squash("Mock interview score sheet") in text
