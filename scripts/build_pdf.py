"""Build the whole playbook as one PDF: cover, contents with page numbers, bookmarks.

    .venv/bin/python scripts/build_pdf.py [--output site/pdf/ai-engineer-interview-playbook.pdf]

How it works, in four steps:

1. ``mkdocs build -f mkdocs.pdf.yml`` into a temporary directory. That config inherits
   mkdocs.yml and adds mkdocs-print-site-plugin, which joins every nav page, in nav order,
   into one print page with a cover (scripts/pdf/cover_page.tpl).
2. Headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) opens a copy of that
   page without scripts, in print media. scripts/pdf/prepare.js opens every ``<details>``,
   labels every content tab, drops the site chrome and links paper cannot use, nests
   headings under their nav section and writes the table of contents.
3. Chromium prints the book, tagged and with its outline, with placeholders for the
   contents' page numbers. Its named destinations tell on which page every nav page starts;
   those numbers go into the contents and only the cover and contents are printed again.
   The number boxes have a fixed width, so nothing moves; the script checks that the
   reprinted pages line up (else it prints the whole book again).
4. An incremental update puts the reprinted pages' drawing in place, sets the metadata and
   the fixed edition date and repairs bookmark titles, keeping Chromium's outline, links
   and tags as they are.

The edition is the package version in pyproject.toml and a date taken from the sources
(SOURCE_DATE_EPOCH when set, otherwise the newest ``last_reviewed`` in docs/), never the
clock, so the same sources give the same book.

Exit codes: 0 built, 2 the MkDocs build failed, 3 Chromium is missing or failed,
4 the contents would not settle on stable page numbers, 5 SOURCE_DATE_EPOCH is not a number.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "mkdocs.pdf.yml"
PREPARE_JS = ROOT / "scripts" / "pdf" / "prepare.js"
DEFAULT_OUTPUT = ROOT / "site" / "pdf" / "ai-engineer-interview-playbook.pdf"
PRINT_PAGE = "print_page.html"
CHROMIUM = Path(os.environ.get("PLAYBOOK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MAX_PRINTS = 3

EXIT_MKDOCS = 2
EXIT_BROWSER = 3
EXIT_UNSTABLE = 4
EXIT_SETTINGS = 5


class PdfBuildError(Exception):
    """A failure the user can act on: one line of message and the exit code to use."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class Edition:
    """What the cover and the metadata say about this build of the book."""

    version: str
    date: dt.date

    @property
    def long_date(self) -> str:
        return f"{self.date.day} {self.date:%B %Y}"


@dataclass
class BuildResult:
    output: Path
    pages: int
    bookmarks: int
    prints: int
    tabs: int
    toc_entries: int
    seconds: dict[str, float] = field(default_factory=dict)
    overflowing: list[str] = field(default_factory=list)

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


def read_edition(root: Path = ROOT, environ: Mapping[str, str] = os.environ) -> Edition:
    """The package version and the edition date, both read from the sources."""
    with (root / "pyproject.toml").open("rb") as handle:
        version = str(tomllib.load(handle)["project"]["version"])
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            date = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
        except ValueError:
            raise PdfBuildError(
                f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds", EXIT_SETTINGS
            ) from None
        return Edition(version, date)
    return Edition(version, newest_review_date(root / "docs"))


def newest_review_date(docs_dir: Path) -> dt.date:
    """The newest ``last_reviewed`` among the pages (pages that fail to load are skipped:
    the MkDocs build reports them)."""
    from macros.page_index import PageIndex

    dates = [page.meta.last_reviewed for page in PageIndex.build(docs_dir)]
    if not dates:
        raise PdfBuildError(f"{docs_dir}: no page with a valid last_reviewed", EXIT_MKDOCS)
    return max(dates)


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
        """Wait for the build; raise PdfBuildError with MkDocs' warnings if it failed."""
        stdout, stderr = self.process.communicate()
        if self.process.returncode != 0:
            # MkDocs logs to stderr; its INFO lines only bury the warning that stopped it.
            lines = (stderr + stdout).splitlines()
            shown = "\n".join([line for line in lines if not line.startswith("INFO")][-15:])
            raise PdfBuildError(
                f"mkdocs build -f {self.config.name} failed "
                f"(exit {self.process.returncode}):\n{shown}",
                EXIT_MKDOCS,
            )
        if not (self.site_dir / PRINT_PAGE).is_file():
            message = f"mkdocs built no {PRINT_PAGE}: is print-site enabled?"
            raise PdfBuildError(message, EXIT_MKDOCS)

    def stop(self) -> None:
        """End the build if it still runs (when Chromium failed first)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate()


def destination_pages(pdf: bytes) -> tuple[dict[str, int], int]:
    """Every named destination of a PDF with its 1-based page number, and the page count."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    pages: dict[str, int] = {}
    for name, destination in reader.named_destinations.items():
        index = reader.get_destination_page_number(destination)
        if index is not None and index >= 0:
            pages[name.lstrip("/")] = index + 1
    return pages, len(reader.pages)


FILL_NUMBERS_JS = """(numbers) => {
  for (const box of document.querySelectorAll(".pdf-toc__number")) {
    box.textContent = String(numbers[box.dataset.target]);
  }
}"""


def without_scripts(html: Path) -> Path:
    """A copy of the print page with no scripts: nothing on paper needs them (prepare.js
    does what Material's would), Chromium then prints faster, and every build is static."""
    text = html.read_text(encoding="utf-8")
    static = html.with_name(f"{html.stem}.static.html")
    static.write_text(re.sub(r"<script\b[^>]*>.*?</script>", "", text, flags=re.S), "utf-8")
    return static


@dataclass
class Printed:
    """What Chromium produced: the book, and the front pages (cover and contents) printed
    again with the page numbers filled in, to be put in place of the book's first pages."""

    book: bytes
    front: bytes | None
    front_pages: int
    prints: int
    report: dict[str, Any]


def marked_content_ids(reader: Any, index: int) -> list[bytes]:
    """The marked-content ids of a page, in order: they tie its text to the tag tree."""
    return re.findall(rb"/MCID\s+(\d+)", reader.pages[index].get_contents().get_data())


def front_matches(book: bytes, front: bytes, pages: int) -> bool:
    """True when the reprinted front pages line up with the book's: same page count and the
    same marked content on every page, so the book's tags and links stay right for them."""
    from pypdf import PdfReader

    first: Any = PdfReader(io.BytesIO(book))
    second: Any = PdfReader(io.BytesIO(front))
    if len(second.pages) != pages:
        return False
    return all(
        marked_content_ids(first, index) == marked_content_ids(second, index)
        for index in range(pages)
    )


def print_book(
    html: Path, seconds: dict[str, float], site_built: Callable[[], None] = lambda: None
) -> Printed:
    """Open the print page in Chromium and print the book with its contents' page numbers.

    The first print is the book, tagged and with its outline, with placeholders where the
    contents' page numbers go; its named destinations say where every entry starts. The
    numbers then go into the contents and only the front pages are printed again (Chromium
    still lays out the whole book, but paints a handful of pages). The number boxes have a
    fixed width, so nothing moves; if the front pages do not line up with the book's, the
    whole book is printed again with the numbers instead. Chromium starts first, then
    site_built() waits for the print page. Adds each step's time to seconds.
    """
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    def timed(step: str, mark: float) -> None:
        seconds[f"chromium: {step}"] = time.perf_counter() - mark

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                site_built()
                mark = time.perf_counter()
                # As wide as the text on A4 (210 mm less 2 x 16 mm margins, at 96 px per
                # inch), so prepare.js can find what would not fit on the paper.
                page = browser.new_page(viewport={"width": 672, "height": 1000})
                page.emulate_media(media="print")
                page.goto(without_scripts(html).as_uri(), wait_until="load")
                page.evaluate("document.fonts.ready.then(() => true)")
                report: dict[str, Any] = page.evaluate(PREPARE_JS.read_text(encoding="utf-8"))
                targets: list[str] = report["targets"]
                timed("load and prepare", mark)
                numbers: dict[str, int] = {}
                for prints in range(1, MAX_PRINTS + 1):
                    mark = time.perf_counter()
                    book = page.pdf(
                        outline=True,
                        tagged=True,
                        print_background=True,
                        prefer_css_page_size=True,
                    )
                    found, _ = destination_pages(book)
                    timed(f"print {prints} (whole book)", mark)
                    missing = [target for target in targets if target not in found]
                    if missing:
                        raise PdfBuildError(
                            f"contents entries with no destination in the PDF: {missing[:5]}",
                            EXIT_UNSTABLE,
                        )
                    if all(found[target] == numbers.get(target) for target in targets):
                        return Printed(book, None, 0, prints, report)
                    numbers = {target: found[target] for target in targets}
                    page.evaluate(FILL_NUMBERS_JS, numbers)
                    # Everything before the first entry: the cover and the contents.
                    front_pages = min(numbers.values()) - 1
                    mark = time.perf_counter()
                    front = page.pdf(
                        tagged=True,
                        print_background=True,
                        prefer_css_page_size=True,
                        page_ranges=f"1-{front_pages}",
                    )
                    timed(f"print {prints} (front pages)", mark)
                    if front_matches(book, front, front_pages):
                        return Printed(book, front, front_pages, prints, report)
            finally:
                browser.close()
    except PlaywrightError as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        raise PdfBuildError(f"Chromium failed: {first_line}", EXIT_BROWSER) from None
    raise PdfBuildError(
        f"the contents' page numbers still moved after {MAX_PRINTS} prints", EXIT_UNSTABLE
    )


def pdf_date(date: dt.date) -> str:
    return f"D:{date:%Y%m%d}000000Z"


def squash(text: str) -> str:
    return "".join(text.split())


def repair_bookmark_titles(outlines: Any, headings: Sequence[str]) -> dict[int, Any]:
    """Give each bookmark its heading's text; return the changed items by object number.

    Chromium joins the lines of a wrapped heading without a space ("recommendationservice").
    Bookmarks and headings come in the same document order, so each bookmark takes the next
    heading whose text matches it once spaces are ignored.
    """
    from pypdf.generic import NameObject, TextStringObject

    changed: dict[int, Any] = {}
    position = 0
    stack = [outlines.raw_get("/First")] if "/First" in outlines else []
    while stack:
        ref = stack.pop()
        item = ref.get_object()
        title = str(item.get("/Title", ""))
        for index in range(position, len(headings)):
            if squash(headings[index]) == squash(title):
                position = index + 1
                if headings[index] != title:
                    item[NameObject("/Title")] = TextStringObject(headings[index])
                    changed[ref.idnum] = item
                break
        # Depth first, in document order: this item's children, then its next sibling.
        for key in ("/Next", "/First"):
            if key in item:
                stack.append(item.raw_get(key))
    return changed


def append_update(pdf: bytes, objects: Mapping[int, Any], trailer: Any) -> bytes:
    """An incremental update: the objects, a cross-reference section and a trailer appended
    to the PDF, which stays byte for byte in front. Rewriting the whole file with pypdf
    took seconds per hundred pages; this takes milliseconds."""
    from pypdf.generic import NameObject, NumberObject

    previous = pdf.rindex(b"startxref")
    out = io.BytesIO()
    out.write(pdf)
    if not pdf.endswith(b"\n"):
        out.write(b"\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = out.tell()
        out.write(f"{number} 0 obj\n".encode())
        objects[number].write_to_stream(out)
        out.write(b"\nendobj\n")
    start = out.tell()
    out.write(b"xref\n")
    numbers = sorted(offsets)
    runs: list[list[int]] = []
    for number in numbers:
        if runs and runs[-1][-1] == number - 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    for run in runs:
        out.write(f"{run[0]} {len(run)}\n".encode())
        for number in run:
            out.write(f"{offsets[number]:010d} 00000 n\r\n".encode())
    last_xref = int(pdf[previous + len(b"startxref") :].split()[0])
    trailer[NameObject("/Prev")] = NumberObject(last_xref)
    out.write(b"trailer\n")
    trailer.write_to_stream(out)
    out.write(f"\nstartxref\n{start}\n%%EOF\n".encode())
    return out.getvalue()


def copy_objects(
    value: Any, numbers: dict[int, int], objects: dict[int, Any], size: list[int]
) -> Any:
    """A deep copy of a PDF value from another file, for an incremental update: every
    indirect object it reaches gets a new number past size[0] and lands in objects."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

    if isinstance(value, IndirectObject):
        if value.idnum not in numbers:
            numbers[value.idnum] = size[0]
            size[0] += 1
            objects[numbers[value.idnum]] = copy_objects(value.get_object(), numbers, objects, size)
        return IndirectObject(numbers[value.idnum], 0, None)
    if isinstance(value, StreamObject):
        stream = type(value)()
        stream._data = value._data  # the encoded bytes, written back as they were read
        for key, item in value.items():
            if key != "/Length":
                stream[key] = copy_objects(item, numbers, objects, size)
        return stream
    if isinstance(value, DictionaryObject):
        return DictionaryObject(
            {key: copy_objects(item, numbers, objects, size) for key, item in value.items()}
        )
    if isinstance(value, ArrayObject):
        return ArrayObject(copy_objects(item, numbers, objects, size) for item in value)
    return value


def finish(
    pdf: bytes,
    output: Path,
    edition: Edition,
    config: Mapping[str, Any],
    headings: Sequence[str] = (),
    front: bytes | None = None,
    front_pages: int = 0,
) -> int:
    """Write the PDF with its metadata; return the number of bookmarks.

    The changes (document info, catalog settings, repaired bookmark titles) go in one
    incremental update, so the outline, links and tags Chromium wrote stay as they are.
    With front, its first front_pages pages replace the drawing of the book's.
    """
    from pypdf import PdfReader
    from pypdf.generic import (
        BooleanObject,
        DictionaryObject,
        IndirectObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    # pypdf's object model is loosely typed (PdfObject everywhere): treat it as Any here.
    reader: Any = PdfReader(io.BytesIO(pdf))
    updates: dict[int, Any] = {}
    title = str(config.get("site_name", "AI Engineer Interview Playbook"))
    info = {
        "/Title": title,
        "/Author": str(config.get("site_author", "")),
        "/Subject": " ".join(str(config.get("site_description", "")).split()),
        "/Keywords": "AI engineer, interview, system design, machine learning, STAR, resume",
        "/Creator": f"{title} {edition.version} (scripts/build_pdf.py)",
        "/Producer": "Chromium with Playwright; pypdf",
        "/CreationDate": pdf_date(edition.date),
        "/ModDate": pdf_date(edition.date),
    }
    size = int(reader.trailer["/Size"])
    info_ref = reader.trailer.raw_get("/Info") if "/Info" in reader.trailer else None
    info_number = info_ref.idnum if info_ref is not None else size
    size = max(size, info_number + 1)
    updates[info_number] = DictionaryObject(
        {NameObject(key): TextStringObject(value) for key, value in info.items()}
    )

    root_ref = reader.trailer.raw_get("/Root")
    root = root_ref.get_object()
    updates[root_ref.idnum] = root
    if "/Outlines" in root:
        updates.update(repair_bookmark_titles(root["/Outlines"].get_object(), headings))
    if "/Lang" not in root:
        language = str(config.get("theme", {}).get("language", "en"))
        root[NameObject("/Lang")] = TextStringObject(language)
    # Open with the bookmarks pane, and show the title (not the file name) in the window.
    root[NameObject("/PageMode")] = NameObject("/UseOutlines")
    raw_preferences = root.raw_get("/ViewerPreferences") if "/ViewerPreferences" in root else None
    preferences: Any
    if isinstance(raw_preferences, IndirectObject):
        preferences = raw_preferences.get_object()
        updates[raw_preferences.idnum] = preferences
    else:
        preferences = raw_preferences if raw_preferences is not None else DictionaryObject()
        root[NameObject("/ViewerPreferences")] = preferences
    preferences[NameObject("/DisplayDocTitle")] = BooleanObject(True)

    trailer = DictionaryObject(
        {
            NameObject("/Size"): NumberObject(size),
            NameObject("/Root"): IndirectObject(root_ref.idnum, 0, reader),
            NameObject("/Info"): IndirectObject(info_number, 0, reader),
        }
    )
    if "/ID" in reader.trailer:
        trailer[NameObject("/ID")] = reader.trailer["/ID"]
    if front is not None:
        # The front pages' drawing (content and the fonts it uses) from the reprint; their
        # links, tags and place in the book stay the book's own.
        reprint: Any = PdfReader(io.BytesIO(front))
        numbers: dict[int, int] = {}
        counter = [size]
        for index in range(front_pages):
            page = reader.pages[index]
            source = reprint.pages[index]
            for key in ("/Contents", "/Resources"):
                page[NameObject(key)] = copy_objects(source.raw_get(key), numbers, updates, counter)
            updates[page.indirect_reference.idnum] = page
        trailer[NameObject("/Size")] = NumberObject(counter[0])
    book = append_update(pdf, updates, trailer)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.name}.partial")
    partial.write_bytes(book)
    partial.replace(output)
    return count_bookmarks(reader.outline)


def count_bookmarks(outline: Sequence[Any]) -> int:
    return sum(count_bookmarks(item) if isinstance(item, list) else 1 for item in outline)


def load_site_config() -> dict[str, Any]:
    """mkdocs.yml's top-level settings that the metadata needs (title, author, language)."""
    import yaml

    class _Loader(yaml.SafeLoader):
        """Reads mkdocs.yml, ignoring the tags (!ENV, !!python/...) MkDocs resolves itself."""

    def _ignore(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
        return None

    _Loader.add_multi_constructor("!", _ignore)
    _Loader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore)
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_Loader)
    return data if isinstance(data, dict) else {}


def build(
    output: Path = DEFAULT_OUTPUT, keep: Path | None = None, config: Path = CONFIG
) -> BuildResult:
    """Build the PDF into output; keep the print site in keep when given."""
    if not CHROMIUM.is_file():
        raise PdfBuildError(
            f"{CHROMIUM} not found: run `make browser` (Debian package chromium)", EXIT_BROWSER
        )
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    edition = read_edition()
    with tempfile.TemporaryDirectory(prefix="playbook-pdf-") as scratch:
        site_dir = keep if keep is not None else Path(scratch) / "site"
        site = PrintSiteBuild(site_dir, edition, config)

        def site_built() -> None:
            site.wait()
            seconds["mkdocs build"] = time.perf_counter() - started

        try:
            printed = print_book(site_dir / PRINT_PAGE, seconds, site_built)
        finally:
            site.stop()
    mark = time.perf_counter()
    report = printed.report
    headings = [str(text) for text in report["headings"]]
    site_config = load_site_config()
    bookmarks = finish(
        printed.book, output, edition, site_config, headings, printed.front, printed.front_pages
    )
    seconds["metadata"] = time.perf_counter() - mark
    from pypdf import PdfReader

    pages = len(PdfReader(output).pages)
    return BuildResult(
        output=output,
        pages=pages,
        bookmarks=bookmarks,
        prints=printed.prints,
        tabs=int(report["tabs"]),
        toc_entries=int(report["tocEntries"]),
        overflowing=[str(where) for where in report["overflowing"]],
        seconds=seconds,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help="where to write the PDF (default: site/pdf/ai-engineer-interview-playbook.pdf)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        metavar="DIR",
        help="build the intermediate print site into DIR and keep it (for debugging)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=CONFIG,
        help="the MkDocs config to build the print page with (default: mkdocs.pdf.yml)",
    )
    args = parser.parse_args(argv)
    try:
        keep = args.keep.resolve() if args.keep else None
        result = build(args.output.resolve(), keep, args.config.resolve())
    except PdfBuildError as error:
        print(f"build_pdf: {error}", file=sys.stderr)
        return error.exit_code
    for where in result.overflowing[:10]:
        print(
            f"build_pdf: warning: wider than the page, cut off on paper: {where}", file=sys.stderr
        )
    shown = result.output.relative_to(ROOT) if result.output.is_relative_to(ROOT) else result.output
    print(
        f"{shown}: {result.pages} pages, {result.bookmarks} bookmarks, "
        f"{result.toc_entries} contents entries, {result.tabs} tabs, "
        f"{result.total_seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
