"""Headless Chromium (Debian's /usr/bin/chromium, driven by Playwright): the print-site
build in the background, the book's prints and the one-page sheets."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from book.browser import CHROMIUM, CHROMIUM_ARGS
from book.edition import ROOT, Edition
from book.errors import EXIT_BROWSER, EXIT_MKDOCS, EXIT_UNSTABLE, BuildError

__all__ = ["EXIT_BROWSER", "PrintSiteBuild", "chromium", "print_book", "print_sheet"]
from book.pdf.edit import destination_pages, front_matches, open_pdf

HERE = Path(__file__).resolve().parent
CONFIG = ROOT / "mkdocs.pdf.yml"
PREPARE_JS = HERE / "prepare.js"
SHEETS_JS = HERE / "sheets.js"
BOOK_CSS = HERE / "book.css"
PRINT_PAGE = "print_page.html"
MAX_PRINTS = 3
# A4 less print.css's margins (16 mm each side; 18 mm top, 20 mm bottom) at 96 px per inch.
TEXT_WIDTH_PX = 672
TEXT_HEIGHT_PX = 978


class PrintSiteBuild:
    """The strict MkDocs build of the PDF config into site_dir, run in the background so that
    Chromium starts meanwhile."""

    def __init__(self, site_dir: Path, edition: Edition, config: Path = CONFIG) -> None:
        env = {
            **os.environ,
            "NO_MKDOCS_2_WARNING": "1",
            "PLAYBOOK_PDF_VERSION": edition.version,
            "PLAYBOOK_PDF_DATE": edition.long_date,
        }
        command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
        command += ["-f", str(config), "-d", str(site_dir)]
        self.site_dir, self.config = site_dir, config
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    def wait(self) -> None:
        """Wait for the build; raise BuildError with MkDocs' warnings if it failed."""
        stdout, stderr = self.process.communicate()
        if self.process.returncode != 0:
            # MkDocs logs to stderr; its INFO lines only bury the warning that stopped it.
            lines = (stderr + stdout).splitlines()
            shown = "\n".join([line for line in lines if not line.startswith("INFO")][-15:])
            raise BuildError(
                f"mkdocs build -f {self.config.name} failed "
                f"(exit {self.process.returncode}):\n{shown}",
                EXIT_MKDOCS,
            )
        if not (self.site_dir / PRINT_PAGE).is_file():
            message = f"mkdocs built no {PRINT_PAGE}: is print-site enabled?"
            raise BuildError(message, EXIT_MKDOCS)

    def stop(self) -> None:
        """End the build if it still runs (when Chromium failed first)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate()


def without_scripts(html: Path) -> Path:
    """A copy of a built page with no scripts: nothing on paper needs them (prepare.js does
    what Material's would), Chromium then prints faster, and every build is static."""
    text = html.read_text(encoding="utf-8")
    static = html.with_name(f"{html.stem}.static.html")
    static.write_text(re.sub(r"<script\b[^>]*>.*?</script>", "", text, flags=re.S), "utf-8")
    return static


FILL_NUMBERS_JS = """(numbers) => {
  for (const box of document.querySelectorAll(".pdf-toc__number")) {
    box.textContent = String(numbers[box.dataset.target]);
  }
}"""


# Only the cover and contents, for their reprint: everything after the contents is hidden,
# so Chromium lays out a few pages, not the book (0.2 s instead of 2.4 s); the footer's
# page count is the book's, written in, since counter(pages) would count the few pages.
FRONT_ONLY_JS = """(pages) => {
  const toc = document.getElementById("pdf-contents");
  for (let el = toc; el !== null && el !== document.body; el = el.parentElement) {
    for (let next = el.nextElementSibling; next !== null; next = next.nextElementSibling) {
      next.setAttribute("data-pdf-hidden", "");
    }
  }
  const style = document.createElement("style");
  style.id = "pdf-front-only";
  style.textContent = `[data-pdf-hidden] { display: none !important; }
    @page { @bottom-right { content: counter(page) " / ${pages}"; } }
    @page :first { @bottom-right { content: none; } }`;
  document.head.append(style);
}"""
WHOLE_BOOK_JS = """() => {
  document.getElementById("pdf-front-only")?.remove();
  for (const el of document.querySelectorAll("[data-pdf-hidden]")) {
    el.removeAttribute("data-pdf-hidden");
  }
}"""


@dataclass
class Printed:
    """What Chromium produced: the book, and the front pages (cover and contents) printed
    again with the page numbers filled in, to be put in place of the book's first pages."""

    book: bytes
    front: bytes | None
    front_pages: int
    prints: int
    report: dict[str, Any]


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium; Playwright's errors become BuildError (exit 3)."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.is_file():
        raise BuildError(
            f"{CHROMIUM} not found: run `make browser` (Debian package chromium)", EXIT_BROWSER
        )
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                yield browser
            finally:
                browser.close()
    except PlaywrightError as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        raise BuildError(f"Chromium failed: {first_line}", EXIT_BROWSER) from None


def open_for_print(browser: Any, html: Path) -> Any:
    """A tab with a built page loaded script-free, in print media, as wide as the text on A4
    (so prepare.js can find what would not fit on the paper), with book.css added."""
    page = browser.new_page(viewport={"width": TEXT_WIDTH_PX, "height": 1000})
    page.emulate_media(media="print")
    page.goto(without_scripts(html).as_uri(), wait_until="load")
    page.add_style_tag(content=BOOK_CSS.read_text(encoding="utf-8"))
    page.evaluate("document.fonts.ready.then(() => true)")
    return page


def print_book(browser: Any, html: Path, seconds: dict[str, float]) -> Printed:
    """Print the book with its contents' page numbers.

    The first print is the book (untagged, no outline: book.pdf.edit writes it), with
    placeholders where the contents' page numbers go; its named destinations say where
    every entry starts. The numbers then go into the contents and only the front pages are
    printed again, with the rest of the book hidden (FRONT_ONLY_JS). The number boxes have
    a fixed width, so nothing moves; if the front pages do not line up with the book's (the
    same links in the same places), the whole book is printed again with the numbers
    instead. Adds each step's time to seconds.
    """

    def timed(step: str, mark: float) -> None:
        seconds[f"chromium: {step}"] = time.perf_counter() - mark

    mark = time.perf_counter()
    page = open_for_print(browser, html)
    report: dict[str, Any] = page.evaluate(PREPARE_JS.read_text(encoding="utf-8"), TEXT_HEIGHT_PX)
    targets: list[str] = report["targets"]
    timed("load and prepare", mark)
    numbers: dict[str, int] = {}
    for prints in range(1, MAX_PRINTS + 1):
        mark = time.perf_counter()
        # Untagged: no structure tree for screen readers, 2 MB less (book.pdf.edit).
        book = page.pdf(tagged=False, print_background=True, prefer_css_page_size=True)
        found, book_pages = destination_pages(book)
        timed(f"print {prints} (whole book)", mark)
        missing = [target for target in targets if target not in found]
        if missing:
            raise BuildError(
                f"contents entries with no destination in the PDF: {missing[:5]}", EXIT_UNSTABLE
            )
        if all(found[target] == numbers.get(target) for target in targets):
            page.close()
            return Printed(book, None, 0, prints, report)
        numbers = {target: found[target] for target in targets}
        page.evaluate(FILL_NUMBERS_JS, numbers)
        # Everything before the first entry: the cover and the contents.
        front_pages = min(numbers.values()) - 1
        mark = time.perf_counter()
        page.evaluate(FRONT_ONLY_JS, book_pages)
        front = page.pdf(
            tagged=False,
            print_background=True,
            prefer_css_page_size=True,
            page_ranges=f"1-{front_pages}",
        )
        page.evaluate(WHOLE_BOOK_JS)
        timed(f"print {prints} (front pages)", mark)
        if front_matches(book, front, front_pages):
            page.close()
            return Printed(book, front, front_pages, prints, report)
    raise BuildError(
        f"the contents' page numbers still moved after {MAX_PRINTS} prints", EXIT_UNSTABLE
    )


def print_one_page(page: Any, what: str) -> bytes:
    """Print the tab on one A4 sheet, scaled down as far as needed (not below 60 %)."""
    height = float(page.evaluate("document.querySelector('article').scrollHeight"))
    scale = min(1.0, TEXT_HEIGHT_PX / height) if height > 0 else 1.0
    while scale >= 0.6:
        pdf: bytes = page.pdf(
            tagged=True, print_background=True, prefer_css_page_size=True, scale=scale
        )
        if len(open_pdf(pdf).pages) == 1:
            return pdf
        scale = round(scale - 0.04, 2)
    raise BuildError(f"{what} does not fit on one page even at 60 %", EXIT_UNSTABLE)


def print_sheet(browser: Any, html: Path, sheet: str) -> bytes:
    """One of the printable sheets (sheets.js: "checklist" or "scoresheet") from a built
    page of the print site, on one page."""
    page = open_for_print(browser, html)
    page.evaluate(SHEETS_JS.read_text(encoding="utf-8"), sheet)
    try:
        return print_one_page(page, f"the {sheet} sheet")
    finally:
        page.close()
