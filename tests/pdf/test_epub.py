"""The EPUB: valid by epubcheck, every nav page a chapter listed in the contents, and every
link between chapters landing on an id in its target file."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from book.epub import EpubMetadata, write_epub

from .conftest import Book
from .sources import book_nav, normalize

META = EpubMetadata(
    title="A Book",
    author="Authors",
    description="About things.",
    language="en",
    identifier="urn:uuid:0c5b2a4e-1111-5222-8333-944445555666",
    date=dt.date(2026, 12, 1),
    version="1.0",
)

PRINT_PAGE = """<!doctype html><html><head><title>x</title></head><body>
<div id="print-site-page">
<section class="print-page" id="index" heading-number="1"><h1 id="home">Home</h1>
<p>See <a href="#guide-part">the part</a> and <a href="../files/deck.apkg">the deck</a>.</p>
</section>
<section class="print-page md-section" id="section-2" heading-number="2"><h1>Guide</h1>
<section class="print-page" id="guide" heading-number="2.1"><h1 id="guide-title">Guide</h1>
<h2 id="guide-part">A part<a class="headerlink" href="#guide-part">¶</a></h2>
<table class="highlighttable"><tr><th colspan="2" class="filename"><span>a.py</span></th></tr>
<tr><td class="linenos"><pre>1</pre></td><td class="code"><pre><code><a id="l1" href="#l1"></a>x = 1
</code></pre></td></tr></table>
<div class="tabbed-set" data-tabs="1:2"><input checked type="radio" id="t1" name="t">
<input type="radio" id="t2" name="t"><div class="tabbed-labels"><label for="t1">One</label>
<label for="t2">Two</label></div><div class="tabbed-content"><div class="tabbed-block">
<p>first</p></div><div class="tabbed-block"><p>second</p></div></div></div>
<ul class="task-list"><li><label><input type="checkbox" disabled>Tick me</label></li></ul>
<p><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg>
<a href="#home">Back home</a></p>
</section>
<section class="print-page" id="guide-more" heading-number="2.2"><h1 id="more">More</h1>
<p><a href="https://example.org/">Out</a></p></section>
</section>
</div></body></html>
"""


def chapters(epub: Path) -> dict[str, str]:
    with zipfile.ZipFile(epub) as archive:
        return {
            name.removeprefix("OEBPS/"): archive.read(name).decode()
            for name in archive.namelist()
            if name.endswith(".xhtml")
        }


def test_a_small_print_page_becomes_chapters_with_links_between_them(tmp_path: Path) -> None:
    page = tmp_path / "print_page.html"
    page.write_text(PRINT_PAGE, encoding="utf-8")
    assert write_epub(page, tmp_path / "a.epub", META) == 3
    with zipfile.ZipFile(tmp_path / "a.epub") as archive:
        first = archive.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
    files = chapters(tmp_path / "a.epub")
    home, guide, more = files["page-001.xhtml"], files["page-002.xhtml"], files["page-003.xhtml"]
    assert 'href="page-002.xhtml#guide-part"' in home
    assert "deck.apkg" not in home and "the deck" in home, "a link out of the book loses its href"
    assert 'href="page-001.xhtml#home"' in guide
    assert "heading-number" not in guide and "headerlink" not in guide
    assert "linenos" not in guide and "a.py" in guide and "x = 1" in guide
    assert guide.index("One") < guide.index("first") < guide.index("Two") < guide.index("second")
    assert "☐ Tick me" in guide and "<input" not in guide
    assert 'viewBox="0 0 24 24"' in guide
    assert 'href="https://example.org/"' in more
    nav = files["nav.xhtml"]
    # The section's first page has the section's title: one contents entry for both.
    assert re.findall(r">([^<>]+)</a>", nav) == ["Home", "Guide", "More"]


def epubcheck(epub: Path) -> subprocess.CompletedProcess[str]:
    found = shutil.which("epubcheck")
    if found is None:
        pytest.fail("epubcheck is missing: run `make browser` (apt-get install epubcheck)")
    # Debian's epubcheck is an executable jar; run it with java, whatever binfmt says.
    command = ["java", "-jar", str(Path(found).resolve()), str(epub)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.mark.browser
@pytest.mark.slow
def test_the_book_epub_passes_epubcheck(book: Book) -> None:
    done = epubcheck(book.pdf.with_suffix(".epub"))
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    assert "No errors or warnings detected" in done.stdout


@pytest.mark.browser
@pytest.mark.slow
def test_the_book_epub_has_every_page_and_working_links(book: Book) -> None:
    files = chapters(book.pdf.with_suffix(".epub"))
    nav = normalize(html.unescape(re.sub(r"<[^>]+>", " ", files.pop("nav.xhtml"))))
    pages = [entry for top in book_nav(book.print_html) for entry in top.walk()]
    for entry in pages:
        assert normalize(entry.heading) in nav, f"the contents lack '{entry.heading}'"
    assert len(files) == sum(1 for entry in pages if not entry.is_section)
    ids = {name: set(re.findall(r' id="([^"]+)"', text)) for name, text in files.items()}
    links = 0
    for name, text in files.items():
        for target, anchor in re.findall(r'href="(page-\d+\.xhtml)?#([^"]+)"', text):
            links += 1
            assert anchor in ids[target or name], (
                f"{name}: a link to {target}#{anchor} lands nowhere"
            )
    assert links > 100
