"""The PDF reader (pdfminer.six): the text layer in reading order, two columns included.

pdfminer's layout analysis groups characters into lines and lines into text boxes; this
module puts the boxes in reading order itself. Down each page, a box wider than half the
text area (a heading line, a one-column paragraph) is read where it stands; the narrower
boxes between two wide ones are grouped into columns (boxes whose horizontal extents
overlap share a column) and the columns are read left to right, each top to bottom. A
reader that reads straight across the page (pypdf's layout mode) mixes the lines of two
columns; tests/lint/inputs/test_pdf.py checks every bullet of a two-column resume comes
out whole.

List markers are usually drawn, not written: a line is a bullet when a small shape (or a
bullet character) sits just left of it; the lines under it at the same indentation
continue it. The result is split like a ``.txt`` resume. A finding's "line" is the N-th
line of text in that reading order (the line is shown under the finding).

A PDF without a text layer (a scan) gets one line asking for a text export or OCR.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, NamedTuple

from playbook_lint.inputs._structured import Piece, check_size, missing, one_line, text_document
from playbook_lint.source import MAX_BYTES, InputError

if TYPE_CHECKING:
    from playbook_lint.document import Document

SUFFIXES = (".pdf",)
WALK = False  # directory walks skip it: name PDF files (a shell glob does)

MAX_PAGES = 30  # a resume is one to three pages; a book is not a resume
MAX_CHARS = 60_000  # a dense three-page resume draws about 12,000
MAX_PAGE_CONTENT = 256 * 1024  # decoded content stream bytes of one page
MAX_CONTENT = 1024 * 1024  # ... and of all pages
NO_TEXT = "no text layer: export the resume with text, or run OCR first"
MARKER_SIZE = 9.0  # points: list markers are smaller than this
MARKER_GAP = 24.0  # points: how far left of a line its marker may sit
# TeX and some fonts draw "fi", "fl"... as one glyph; words read better spelled out.
LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb06": "st",
    }
)
TEXT_BULLETS = ("\u2022", "\u25cf", "\u25aa", "\u25e6", "\u2013", "\uf0b7", "-", "*")


class Line(NamedTuple):
    text: str
    x0: float
    y0: float
    y1: float


class Box(NamedTuple):
    x0: float
    x1: float
    top: float
    lines: list[Line]


def _boxes(page: Any) -> tuple[list[Box], list[tuple[float, float, float, float]]]:
    """Text boxes and small shapes (candidate list markers) of one page."""
    from pdfminer.layout import LTCurve, LTTextBox, LTTextLine

    boxes: list[Box] = []
    markers: list[tuple[float, float, float, float]] = []
    for item in page:
        if isinstance(item, LTTextBox):
            lines = [
                Line(line.get_text(), line.x0, line.y0, line.y1)
                for line in item
                if isinstance(line, LTTextLine) and line.get_text().strip()
            ]
            if lines:
                boxes.append(Box(item.x0, item.x1, item.y1, lines))
        elif isinstance(item, LTCurve) and item.width <= MARKER_SIZE and item.height <= MARKER_SIZE:
            markers.append((item.x0, item.y0, item.x1, item.y1))
    return boxes, markers


def _columns(band: list[Box]) -> list[Box]:
    """Boxes between two wide ones: grouped by overlapping x extents, read left to right."""
    groups: list[list[Box]] = []
    spans: list[list[float]] = []
    for box in sorted(band, key=lambda b: b.x0):
        if spans and box.x0 < spans[-1][1]:
            groups[-1].append(box)
            spans[-1][1] = max(spans[-1][1], box.x1)
        else:
            groups.append([box])
            spans.append([box.x0, box.x1])
    ordered: list[Box] = []
    for group in groups:
        ordered.extend(sorted(group, key=lambda b: -b.top))
    return ordered


def reading_order(boxes: list[Box]) -> list[Box]:
    """The boxes of one page in reading order (see the module docstring)."""
    if not boxes:
        return []
    left = min(box.x0 for box in boxes)
    right = max(box.x1 for box in boxes)
    wide = (right - left) / 2
    ordered: list[Box] = []
    band: list[Box] = []
    for box in sorted(boxes, key=lambda b: (-b.top, b.x0)):
        if box.x1 - box.x0 > wide:
            ordered.extend(_columns(band))
            band = []
            ordered.append(box)
        else:
            band.append(box)
    ordered.extend(_columns(band))
    return ordered


def _has_marker(line: Line, markers: list[tuple[float, float, float, float]]) -> bool:
    middle = (line.y0 + line.y1) / 2
    return any(
        x1 <= line.x0 + 1 and line.x0 - x0 <= MARKER_GAP and y0 - 2 <= middle <= y1 + 2
        for x0, y0, x1, y1 in markers
    )


def page_pieces(
    boxes: list[Box], markers: list[tuple[float, float, float, float]], first: int
) -> list[Piece]:
    """The lines of one page as pieces numbered from ``first``: "- " before a bullet,
    two spaces before the lines that continue one, a blank line between boxes."""
    found: list[Piece] = []
    number = first
    for box in reading_order(boxes):
        bullet_x: float | None = None
        for line in box.lines:
            text = one_line(line.text.translate(LIGATURES))
            if text.startswith(TEXT_BULLETS) and len(text) > 2 and text[1] == " ":
                text = text[2:]
                marked = True
            else:
                marked = _has_marker(line, markers)
            if marked:
                prefix = "- "
                bullet_x = line.x0
            elif bullet_x is not None and abs(line.x0 - bullet_x) < 2:
                prefix = "  "
            else:
                prefix = ""
                bullet_x = None
            found.append(Piece(prefix + text, number, 1, len(prefix)))
            number += 1
        found.append(Piece("", number - 1))
    return found


class _TooMuchTextError(Exception):
    """Raised inside pdfminer when a file draws more characters than a resume has."""


def _check_contents(path: str, page: Any, number: int, used: int) -> int:
    """Refuse a page whose content streams decode to more than a resume page holds
    (a small file can hold a stream that inflates to gigabytes); returns the bytes used."""
    import zlib

    from pdfminer.pdftypes import resolve1

    total = used
    for ref in page.contents:
        stream = resolve1(ref)
        raw = getattr(stream, "rawdata", None) or b""
        filters = stream.get_filters() if hasattr(stream, "get_filters") else []
        names = [str(getattr(name, "name", name)) for name, _ in filters]
        if not names:
            size = len(raw)
        elif names == ["FlateDecode"]:
            inflater = zlib.decompressobj()
            size = len(inflater.decompress(raw, MAX_PAGE_CONTENT + 1))
        else:
            size = len(raw) * (1 if set(names) <= {"ASCII85Decode", "ASCIIHexDecode"} else 64)
        total += size
        if size > MAX_PAGE_CONTENT or total > MAX_CONTENT:
            raise InputError(
                path,
                f"page {number} draws more than a resume holds "
                f"(content streams past {MAX_PAGE_CONTENT // 1024} KiB a page or "
                f"{MAX_CONTENT // 2**20} MiB in all)",
            )
    return total


def pieces(path: str, data: bytes) -> list[Piece]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    class Budget(PDFPageAggregator):
        """The layout device, stopping once the file has drawn MAX_CHARS characters."""

        chars = 0

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self.chars += 1
            if self.chars > MAX_CHARS:
                raise _TooMuchTextError
            width: float = super().render_char(*args, **kwargs)
            return width

    found: list[Piece] = []
    params = LAParams(boxes_flow=None)  # reading order is decided here, not by pdfminer
    resources = PDFResourceManager()
    device = Budget(resources, laparams=params)
    interpreter = PDFPageInterpreter(resources, device)
    used = 0
    try:
        for index, page in enumerate(PDFPage.get_pages(io.BytesIO(data))):
            if index >= MAX_PAGES:
                raise InputError(path, f"more than {MAX_PAGES} pages: not a resume")
            used = _check_contents(path, page, index + 1, used)
            interpreter.process_page(page)
            boxes, markers = _boxes(device.get_result())
            found.extend(page_pieces(boxes, markers, found[-1].line + 1 if found else 1))
    except _TooMuchTextError:
        raise InputError(
            path, f"more than {MAX_CHARS:,} characters of text: not a resume"
        ) from None
    return found


def read(path: str, data: bytes, kind: str | None = None) -> Document:
    check_size(path, data, "a PDF file", MAX_BYTES)
    if not data.lstrip()[:5].startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise InputError(path, "not a PDF file (no %PDF- header)")
    try:
        import pdfminer  # noqa: F401
    except ImportError:
        raise missing(path, "pdfminer.six") from None
    import logging  # here, not at import: every run lists the readers, few read PDF

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings are not ours
    try:
        found = pieces(path, data)
    except InputError:
        raise
    except RecursionError:
        raise InputError(path, "cannot read the PDF: nested too deeply") from None
    except Exception as error:  # pdfminer raises many types on a broken file
        name = type(error).__name__
        if "Password" in name or "Encryption" in name:
            raise InputError(path, "the PDF is encrypted: export it without a password") from None
        detail = str(error).splitlines()[0][:120] if str(error) else name
        raise InputError(path, f"not a readable PDF ({detail})") from None
    if not any(piece.text for piece in found):
        raise InputError(path, NO_TEXT)
    return text_document(path, found, kind)
