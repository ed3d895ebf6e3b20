"""What a reader finds on paper: every page's title, every content tab under its label,
every collapsed block opened, and none of the site's navigation chrome."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

import pytest

from .conftest import Book
from .sources import book_pages, normalize, squash

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Words of the site's chrome: header, sidebars, footer, search and code buttons.
CHROME = [
    "Skip to content",
    "Back to top",
    "Initializing search",
    "Copy to clipboard",
    "Made with Material",
    "Print Site",
    "Permanent link",
    "¶",
]


VOID = {"area", "br", "col", "hr", "img", "input", "link", "meta", "source", "wbr"}
BLOCKS = {"p", "li", "pre", "td", "th", "dt", "dd", "h2", "h3", "h4", "h5", "h6"}
SAMPLE_WORDS = 8


@dataclass
class Sample:
    """The opening words of one hidden panel, up to the end of its first block of text."""

    into: list[str]
    text: str = ""
    done: bool = False


class HiddenContent(HTMLParser):
    """Collects, from the print page, what a browser hides until clicked: each content tab's
    label and the opening words of its panel, and the opening words of each collapsed
    details block (after its summary)."""

    def __init__(self) -> None:
        super().__init__()
        self.labels: list[str] = []
        self.panels: list[str] = []
        self.details: list[str] = []
        self._open: list[str] = []  # the role of each open element ("" for most)
        self._samples: list[Sample] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        role = ""
        if tag == "div" and "tabbed-block" in classes:
            role = "panel"
            self._samples.append(Sample(self.panels))
        elif tag == "details":
            role = "details"
            self._samples.append(Sample(self.details))
        elif tag == "div" and "tabbed-labels" in classes:
            role = "labels"
        elif tag == "label" and self._open and self._open[-1] == "labels":
            role = "label"
            self.labels.append("")
        elif tag in {"summary", "script", "style"} or (tag == "a" and "headerlink" in classes):
            role = "skip"
        self._open.append(role)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or not self._open:
            return
        role = self._open.pop()
        if role in {"panel", "details"}:
            sample = self._samples.pop()
            sample.into.append(" ".join(sample.text.split()[:SAMPLE_WORDS]))
        elif tag in BLOCKS:
            for sample in self._samples:
                sample.done = sample.done or bool(sample.text.strip())

    def handle_data(self, data: str) -> None:
        if "skip" in self._open:
            return
        if "label" in self._open:
            self.labels[-1] += data.strip()
            return
        for sample in self._samples:
            if not sample.done:
                sample.text += data


@pytest.fixture(scope="module")
def hidden(book: Book) -> HiddenContent:
    parser = HiddenContent()
    parser.feed(book.print_html)
    return parser


def test_every_page_title_is_in_the_book(book: Book) -> None:
    # A page's title on paper is its heading (the front matter title names browser tabs).
    text = normalize(book.text)
    pages = book_pages(book.print_html)
    assert pages, "mkdocs.yml's nav lists no page"
    missing = [f"docs/{p.src}: {p.heading!r}" for p in pages if normalize(p.heading) not in text]
    assert not missing, "titles missing from the PDF:\n" + "\n".join(missing)


def test_no_site_chrome_is_printed(book: Book) -> None:
    found = {
        word: page
        for word in CHROME
        for page, text in enumerate(book.page_texts, start=1)
        if word.lower() in text.lower()
    }
    assert not found, f"site chrome in the PDF (word: page): {found}"


def test_every_content_tab_is_printed_under_its_label(book: Book, hidden: HiddenContent) -> None:
    assert hidden.labels, "the playbook has content tabs (the home page shows two)"
    lines = Counter(line.strip() for line in book.text.splitlines())
    for label, count in Counter(label.strip() for label in hidden.labels).items():
        # Labels print in capitals above their panel, one line each.
        assert lines[label.upper()] >= count, f"tab label {label!r} printed fewer than {count}x"


def test_every_tab_panel_is_printed_not_only_the_first(book: Book, hidden: HiddenContent) -> None:
    text = squash(book.text)
    missing = [panel for panel in hidden.panels if squash(panel) not in text]
    assert len(hidden.panels) == len(hidden.labels)
    assert not missing, "tab panels missing from the PDF:\n" + "\n".join(missing[:10])


def test_collapsed_details_are_printed_open(book: Book, hidden: HiddenContent) -> None:
    text = squash(book.text)
    missing = [body for body in hidden.details if body and squash(body) not in text]
    assert not missing, "collapsed blocks missing from the PDF:\n" + "\n".join(missing[:10])
