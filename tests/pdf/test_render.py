"""A layout smoke test: poppler renders the cover, the contents and a page from the middle
to PNG; each must be an A4 image with ink on it, not a blank or cut-off page."""

from __future__ import annotations

import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from .conftest import Book

pytestmark = [pytest.mark.browser, pytest.mark.slow]

DPI = 30
A4_MM = (210.0, 297.0)


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and grey pixel rows of an 8-bit grey or RGB, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat = 8, b""
    width = height = channels = 0
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (0, 2) and interlace == 0, "expected 8-bit, flat"
            channels = 1 if color == 0 else 3
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    raw = zlib.decompress(idat)
    rows: list[bytes] = []
    stride = width * channels
    previous = bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        method, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for x in range(stride):
            back = x >= channels
            left = line[x - channels] if back else 0
            up, up_left = previous[x], previous[x - channels] if back else 0
            if method == 1:
                line[x] = (line[x] + left) & 0xFF
            elif method == 2:
                line[x] = (line[x] + up) & 0xFF
            elif method == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif method == 4:
                guess = left + up - up_left
                near = min((abs(guess - left), 0), (abs(guess - up), 1), (abs(guess - up_left), 2))
                line[x] = (line[x] + (left, up, up_left)[near[1]]) & 0xFF
        previous = bytes(line)
        rows.append(bytes(min(line[x : x + channels]) for x in range(0, stride, channels)))
    return width, height, rows


def render(pdf: Path, page: int, folder: Path) -> Path:
    stem = folder / f"page-{page}"
    pages = ["-f", str(page), "-l", str(page)]
    options = ["-r", str(DPI), "-gray", "-png", "-singlefile", *pages]
    subprocess.run(["pdftoppm", *options, str(pdf), str(stem)], check=True)
    return stem.with_suffix(".png")


@pytest.mark.parametrize("where", ["cover", "contents", "middle"])
def test_page_renders_as_a_filled_a4_image(book: Book, where: str, tmp_path: Path) -> None:
    count = len(book.reader.pages)
    page = {"cover": 1, "contents": 2, "middle": max(3, count // 2)}[where]
    width, height, rows = decode_png(render(book.pdf, page, tmp_path).read_bytes())
    assert abs(width - A4_MM[0] / 25.4 * DPI) <= 1.5
    assert abs(height - A4_MM[1] / 25.4 * DPI) <= 1.5
    ink = [sum(1 for value in row if value < 160) for row in rows]
    share = sum(ink) / (width * height)
    assert 0.002 < share < 0.5, f"page {page}: {share:.1%} of the page is ink"
    # Something is printed above the footer line, not only the page number.
    body = sum(ink[: int(height * 0.85)])
    assert body > 0.8 * sum(ink), f"page {page}: nearly all ink sits in the footer"


def test_nothing_is_wider_than_the_page(book: Book) -> None:
    # prepare.js measures every code block, table, image and paragraph at the paper's line
    # width; build_pdf.py warns about each one that would be cut off.
    cut = [line for line in book.stderr.splitlines() if "cut off on paper" in line]
    assert not cut, "\n".join(cut)


def test_nothing_spills_into_the_side_margins(book: Book, tmp_path: Path) -> None:
    """Every page at 20 dpi: no ink in the outer 11 mm of either side (the margins are
    16 mm), so no code line, table or image runs off the paper."""
    dpi, edge_mm = 20, 11.0
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", str(book.pdf), str(tmp_path / "p")], check=True
    )
    edge = int(edge_mm / 25.4 * dpi)
    spilled = []
    images = sorted(tmp_path.glob("p-*.pgm"))
    assert len(images) == len(book.reader.pages)
    for number, image in enumerate(images, start=1):
        magic, size, _, pixels = image.read_bytes().split(b"\n", 3)
        assert magic == b"P5"
        width, height = map(int, size.split())
        rows = (pixels[y * width : (y + 1) * width] for y in range(height))
        if any(min(row[:edge]) < 200 or min(row[-edge:]) < 200 for row in rows):
            spilled.append(number)
    assert not spilled, f"ink in the side margins on pages {spilled[:20]}"
