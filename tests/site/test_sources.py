"""Pages list where their outside figures come from under `sources:`; the schema checks
each entry and the build renders them as a numbered Sources section at the end of the page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from macros.content_model import Source
from macros.page_index import PageIndex
from macros.sources import append_sources, sources_section
from tests.projects import ROOT, one_page_project

from .conftest import run_mkdocs
from .test_build import page_url
from .test_content_model import VALID_GUIDE, problems_for, write_page

ONE_SOURCE = """\
sources:
  - title: "Attention Is All You Need"
    publisher: "Vaswani et al."
    year: 2017
    url: "https://arxiv.org/abs/1706.03762"
"""

ATTENTION = Source(
    title="Attention Is All You Need",
    publisher="Vaswani et al.",
    year=2017,
    url="https://arxiv.org/abs/1706.03762",
)


def test_a_page_with_a_well_formed_source_is_valid(tmp_path: Path) -> None:
    assert problems_for(tmp_path, VALID_GUIDE + ONE_SOURCE) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(
            ('    url: "https://arxiv.org/abs/1706.03762"\n', '    url: "arxiv.org/abs/1706"\n'),
            "docs/page.md: field 'sources.0.url': must be an http:// or https:// URL",
            id="url-without-scheme",
        ),
        pytest.param(
            ('"https://arxiv.org', '"ftp://arxiv.org'),
            "docs/page.md: field 'sources.0.url': must be an http:// or https:// URL",
            id="url-not-http",
        ),
        pytest.param(
            ("year: 2017", "year: 17"),
            "docs/page.md: field 'sources.0.year': must be a year between 1900 and",
            id="year-too-small",
        ),
        pytest.param(
            ("year: 2017", "year: 3017"),
            "docs/page.md: field 'sources.0.year': must be a year between 1900 and",
            id="year-in-the-future",
        ),
        pytest.param(
            ("year: 2017", "year: last spring"),
            "docs/page.md: field 'sources.0.year': Input should be a valid integer",
            id="year-not-a-number",
        ),
        pytest.param(
            ('    publisher: "Vaswani et al."\n', ""),
            "docs/page.md: field 'sources.0.publisher': required field is missing",
            id="publisher-missing",
        ),
        pytest.param(
            ('title: "Attention Is All You Need"', 'title: "  "'),
            "docs/page.md: field 'sources.0.title': String should have at least 1 character",
            id="title-blank",
        ),
        pytest.param(
            ("    year: 2017\n", "    year: 2017\n    pages: 11\n"),
            "docs/page.md: field 'sources.0.pages': unknown field",
            id="unknown-key",
        ),
    ],
)
def test_a_bad_source_entry_is_reported_on_one_line(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    old, new = change
    assert old in ONE_SOURCE
    problems = problems_for(tmp_path, VALID_GUIDE + ONE_SOURCE.replace(old, new))
    assert len(problems) == 1, problems
    assert problems[0].startswith(expected), problems
    assert "\n" not in problems[0]


def test_sources_render_as_a_numbered_list_of_linked_titles() -> None:
    second = Source(
        title="Redis [pricing]", publisher="Redis Ltd.", year=2025, url="https://redis.io/pricing/"
    )
    section = sources_section([ATTENTION, second])
    assert section.splitlines()[0] == "## Sources { #sources }"
    assert (
        "1. [Attention Is All You Need](https://arxiv.org/abs/1706.03762), Vaswani et al., 2017."
        in section
    )
    assert "2. [Redis \\[pricing\\]](https://redis.io/pricing/), Redis Ltd., 2025." in section


def test_a_page_without_sources_is_left_alone() -> None:
    assert sources_section([]) == ""
    assert append_sources("# Title\n\nBody.\n", []) == "# Title\n\nBody.\n"
    assert append_sources("# Title\n\nBody.\n\n", [ATTENTION]).startswith(
        "# Title\n\nBody.\n\n## Sources"
    )


def _sources_html(html: str) -> str:
    match = re.search(r'<h2 id="sources">.*?</h2>\s*<ol>(.*?)</ol>', html, re.S)
    assert match, "no Sources section with a numbered list"
    return match.group(1)


def test_the_build_appends_the_sources_section_at_the_end(tmp_path: Path) -> None:
    project = one_page_project(tmp_path)
    write_page(
        project / "docs",
        "index.md",
        VALID_GUIDE + ONE_SOURCE,
        "# Hello\n\n## Last heading\n\nText.\n",
    )
    out = tmp_path / "out"
    result = run_mkdocs("build", "--strict", "-d", str(out), cwd=project)
    assert result.returncode == 0, result.stderr
    html = (out / "index.html").read_text(encoding="utf-8")
    items = _sources_html(html)
    assert '<a href="https://arxiv.org/abs/1706.03762">Attention Is All You Need</a>' in items
    assert "Vaswani et al., 2017." in items
    assert html.index('id="last-heading"') < html.index('id="sources"')


def test_every_page_with_sources_shows_all_of_them(built_site: Path) -> None:
    index = PageIndex.build(ROOT / "docs")
    pages = [page for page in index if page.meta.sources]
    assert len(pages) >= 20, "the pages with outside figures list their sources"
    for page in pages:
        html = (built_site / page_url(page.src) / "index.html").read_text(encoding="utf-8")
        items = _sources_html(html)
        assert items.count("<li>") == len(page.meta.sources), page.src
        for source in page.meta.sources:
            assert f'href="{source.url}"' in items.replace("&amp;", "&"), (page.src, source.url)
