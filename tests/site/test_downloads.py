"""What every build offers to take away: llms.txt and llms-full.txt for AI tutors, and the
Anki deck, linked from the 'Take it with you' page."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from macros.page_index import PageIndex
from tests.projects import ROOT

pytestmark = pytest.mark.slow

DECK = "downloads/ai-engineer-interview-playbook.apkg"


def site_pages() -> list[str]:
    """Every page the site renders from docs/ (examples' answers are not pages)."""
    index = PageIndex.build(ROOT / "docs")
    return [page.src for page in index if not page.src.startswith("examples/answers/")]


def test_llms_txt_links_every_page_to_its_markdown(built_site: Path) -> None:
    text = (built_site / "llms.txt").read_text(encoding="utf-8")
    assert text.startswith("# AI Engineer Interview Playbook\n")
    assert re.search(r"^> .{40,}", text, flags=re.M), "no summary line"
    links = re.findall(r"^- \[[^\]]+\]\((\S+?\.md)\)", text, flags=re.M)
    targets = {link.split("/", 3)[-1] for link in links}
    missing = [
        src
        for src in site_pages()
        if src != "tags.md"
        and src.replace(".md", "/index.md").replace("index/index.md", "index.md") not in targets
    ]
    assert not missing, f"llms.txt does not list {missing[:10]}"
    for link in links[:20]:
        assert (built_site / link.split("/", 3)[-1]).is_file(), f"{link} was not written"


def test_llms_full_txt_holds_every_page(built_site: Path) -> None:
    text = (built_site / "llms-full.txt").read_text(encoding="utf-8")
    index = {page.src: page for page in PageIndex.build(ROOT / "docs")}
    for src in site_pages():
        if src == "tags.md":
            continue
        heading = re.search(r"^# (.+)$", index[src].body, flags=re.M)
        title = heading.group(1).strip() if heading else index[src].meta.title
        plain = re.sub(r"[`*]", "", title)
        assert plain in text, f"llms-full.txt lacks the page '{plain}' ({src})"
    assert "```" in text, "code blocks should survive as Markdown"


def test_the_deck_is_built_and_offered(built_site: Path) -> None:
    deck = built_site / DECK
    with zipfile.ZipFile(deck) as archive:
        assert "collection.anki2" in archive.namelist()
    page = (built_site / "reference/downloads/index.html").read_text(encoding="utf-8")
    assert 'href="../../downloads/ai-engineer-interview-playbook.apkg"' in page
    # Without the PDF build (PLAYBOOK_PDF empty) the page offers no PDF or EPUB.
    assert ".pdf" not in page and ".epub" not in page
