"""Build the whole playbook as one PDF (cover, contents with page numbers, bookmarks) and
the two one-page sheets and the EPUB beside it.

    .venv/bin/python scripts/build_pdf.py [--output site/pdf/ai-engineer-interview-playbook.pdf]

1. ``mkdocs build -f mkdocs.pdf.yml`` into a temporary directory (in the background while
   Chromium starts). print-site joins every nav page, in nav order, into one print page
   with a cover (book/pdf/cover_page.tpl).
2. Chromium opens that page without scripts, in print media, adds book/pdf/book.css and
   runs book/pdf/prepare.js: open every ``<details>``, label content tabs, number code
   lines one by one, turn nav sections into labels, write the contents (book.pdf.chromium).
3. Chromium prints the book untagged (the tags cost ~2 MB; see book.pdf.edit); the
   contents' page numbers go in and only the cover and contents are printed again
   (book.pdf.chromium.print_book).
4. The checklist and the mock-interview score sheet print from their pages, one page each.
5. book.epub makes the EPUB from the same print page (no browser).
6. book.pdf.edit splices the reprinted front pages in, sets metadata and the edition date,
   writes the outline (bookmarks) from the headings and saves each PDF with compressed
   object streams.

Exit codes: 0 built, 2 the MkDocs build failed, 3 Chromium is missing or failed,
4 the contents would not settle on stable page numbers (or a sheet does not fit one page),
5 SOURCE_DATE_EPOCH is not a number, 6 the print page cannot be made into an EPUB.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from book.browser import CHROMIUM, MISSING
from book.edition import ROOT, Edition, read_edition
from book.epub import EpubError, EpubMetadata, write_epub
from book.errors import EXIT_SOURCES, BuildError
from book.pdf import chromium
from book.pdf.edit import Heading, Metadata, finish, metadata_from_config

DEFAULT_OUTPUT = ROOT / "site" / "pdf" / "ai-engineer-interview-playbook.pdf"
# The sheets: file name, the print site's page they print from, and their title.
SHEETS = {
    "checklist": ("preparation-checklist.pdf", "debrief/checklist.html", "Preparation checklist"),
    "scoresheet": (
        "mock-interview-score-sheet.pdf",
        "debrief/signals.html",
        "Mock interview score sheet",
    ),
}


@dataclass
class BuildResult:
    output: Path
    pages: int
    bookmarks: int
    prints: int
    tabs: int
    toc_entries: int
    tagged: bool
    sheets: dict[str, Path] = field(default_factory=dict)
    epub: Path | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    overflowing: list[str] = field(default_factory=list)
    fitted: list[str] = field(default_factory=list)

    @property
    def total_seconds(self) -> float:
        return sum(self.seconds.values())


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
    output: Path = DEFAULT_OUTPUT,
    keep: Path | None = None,
    config: Path = chromium.CONFIG,
    sheets: bool = True,
    epub: bool = True,
) -> BuildResult:
    """Build the PDF into output (and the sheets and the EPUB beside it); keep the print
    site in keep."""
    if not CHROMIUM.is_file():
        raise BuildError(MISSING, chromium.EXIT_BROWSER)
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    edition = read_edition()
    site_config = load_site_config()
    sheet_pdfs: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="playbook-pdf-") as scratch:
        site_dir = keep if keep is not None else Path(scratch) / "site"
        site = chromium.PrintSiteBuild(site_dir, edition, config)
        try:
            with chromium.chromium() as browser:
                site.wait()
                seconds["mkdocs build"] = time.perf_counter() - started
                printed = chromium.print_book(browser, site_dir / chromium.PRINT_PAGE, seconds)
                if sheets:
                    mark = time.perf_counter()
                    for name, (_, source, _) in SHEETS.items():
                        sheet_pdfs[name] = chromium.print_sheet(browser, site_dir / source, name)
                    seconds["chromium: sheets"] = time.perf_counter() - mark
        finally:
            site.stop()
        if epub:
            mark = time.perf_counter()
            epub_path = output.with_suffix(".epub")
            try:
                write_epub(
                    site_dir / chromium.PRINT_PAGE, epub_path, epub_metadata(site_config, edition)
                )
            except EpubError as error:
                raise BuildError(str(error), EXIT_SOURCES) from None
            seconds["epub"] = time.perf_counter() - mark
    mark = time.perf_counter()
    report = printed.report
    meta = metadata_from_config(site_config, edition.version, edition.date)
    done = finish(
        printed.book,
        output,
        meta,
        [
            Heading(str(entry["id"]), int(entry["level"]), str(entry["title"]))
            for entry in report["outline"]
        ],
        printed.front,
        printed.front_pages,
    )
    written = write_sheets(sheet_pdfs, output.parent, meta, edition)
    seconds["finish"] = time.perf_counter() - mark
    return BuildResult(
        output=output,
        pages=done.pages,
        bookmarks=done.bookmarks,
        prints=printed.prints,
        tabs=int(report["tabs"]),
        toc_entries=int(report["tocEntries"]),
        tagged=done.tagged,
        sheets=written,
        epub=output.with_suffix(".epub") if epub else None,
        overflowing=[str(where) for where in report["overflowing"]],
        fitted=[str(page) for page in report["fitted"]],
        seconds=seconds,
    )


def epub_metadata(config: dict[str, Any], edition: Edition) -> EpubMetadata:
    title = str(config.get("site_name", "AI Engineer Interview Playbook"))
    theme = config.get("theme")
    return EpubMetadata(
        title=title,
        author=str(config.get("site_author", "")),
        description=" ".join(str(config.get("site_description", "")).split()),
        language=str(theme.get("language", "en")) if isinstance(theme, dict) else "en",
        # The same book in every edition: readers' libraries replace, not add.
        identifier=f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, title)}",
        date=edition.date,
        version=edition.version,
    )


def write_sheets(
    pdfs: dict[str, bytes], folder: Path, meta: Metadata, edition: Edition
) -> dict[str, Path]:
    written: dict[str, Path] = {}
    for name, pdf in pdfs.items():
        filename, _, title = SHEETS[name]
        sheet_meta = Metadata(
            title=f"{title}: {meta.title}",
            author=meta.author,
            subject=title,
            keywords=meta.keywords,
            creator=meta.creator,
            language=meta.language,
            date=edition.date,
        )
        written[name] = folder / filename
        finish(pdf, written[name], sheet_meta)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help="where to write the PDF; the sheets go beside it "
        "(default: site/pdf/ai-engineer-interview-playbook.pdf)",
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
        default=chromium.CONFIG,
        help="the MkDocs config to build the print page with (default: mkdocs.pdf.yml)",
    )
    parser.add_argument("--no-sheets", action="store_true", help="no checklist or score sheet")
    parser.add_argument("--no-epub", action="store_true", help="no EPUB")
    args = parser.parse_args(argv)
    try:
        keep = args.keep.resolve() if args.keep else None
        result = build(
            args.output.resolve(),
            keep,
            args.config.resolve(),
            sheets=not args.no_sheets,
            epub=not args.no_epub,
        )
    except BuildError as error:
        print(f"build_pdf: {error}", file=sys.stderr)
        return error.exit_code
    for where in result.overflowing[:10]:
        print(
            f"build_pdf: warning: wider than the page, cut off on paper: {where}", file=sys.stderr
        )
    shown = result.output.relative_to(ROOT) if result.output.is_relative_to(ROOT) else result.output
    size = result.output.stat().st_size / 1e6
    print(
        f"{shown}: {result.pages} pages, {size:.1f} MB, {result.bookmarks} bookmarks, "
        f"{result.toc_entries} contents entries, {result.tabs} tabs, "
        f"{result.total_seconds:.1f} s"
    )
    for path in [*result.sheets.values(), *([result.epub] if result.epub else [])]:
        print(f"{path.name}: {path.stat().st_size / 1e3:.0f} kB")
    return 0
