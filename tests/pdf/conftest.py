"""The PDF is built once per test session, by the same command `make pdf` runs."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

from book.browser import CHROMIUM
from tests.builds import BUILDS


@dataclass
class Book:
    """The built PDF, the print page it was printed from, and what build_pdf.py printed."""

    pdf: Path
    print_page: Path
    stdout: str
    stderr: str

    @cached_property
    def reader(self) -> Any:
        from pypdf import PdfReader

        return PdfReader(self.pdf)

    @cached_property
    def page_texts(self) -> list[str]:
        """Each page's text, by poppler's pdftotext (pypdf's extraction is 20x slower)."""
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(self.pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        )
        pages = done.stdout.split("\f")
        # pdftotext ends the last page with a form feed too.
        return pages[: len(self.reader.pages)]

    def layout_text(self, first: int, last: int) -> str:
        """Pages first to last (1-based) with poppler's -layout: one visual line per line,
        so a contents row reads "title  page" whatever order the boxes were drawn in."""
        pages = ["-f", str(first), "-l", str(last)]
        done = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", *pages, str(self.pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    @cached_property
    def print_html(self) -> str:
        return self.print_page.read_text(encoding="utf-8")

    @cached_property
    def text(self) -> str:
        return "\n".join(self.page_texts)


def built_book(name: str) -> Book:
    """A book built ahead (tests/builds.py), once the build passed."""
    if not CHROMIUM.is_file():
        pytest.fail("Chromium is missing: run `make browser` (apt-get install chromium)")
    if shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        pytest.fail("poppler-utils is missing: run `make browser` (apt-get install poppler-utils)")
    build = BUILDS.wait(name)
    done = build.result
    assert done is not None and done.returncode == 0, (
        f"build_pdf.py failed ({done.returncode if done else None}):\n{done.stderr if done else ''}"
    )
    folder = build.folder
    return Book(
        folder / "playbook.pdf", folder / "print-site" / "print_page.html", done.stdout, done.stderr
    )


@pytest.fixture(scope="session")
def book() -> Book:
    return built_book("book")


@pytest.fixture(scope="session")
def book_again() -> Book:
    """The same sources built once more, to show the book is reproducible."""
    return built_book("book_again")
