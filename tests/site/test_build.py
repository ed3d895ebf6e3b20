"""The strict build passes, every nav page is built and searchable, and nothing in the
build loads from another host."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from macros.page_index import load_page
from playbook_lint.registry import RULES
from tests.projects import ROOT, one_page_project

from .conftest import run_mkdocs
from .test_content_model import VALID_GUIDE, write_page

LOCAL_HOSTS = {"", "127.0.0.1", "localhost"}
# Pages that macros/lint_docs.py generates from the linter's registry at build time.
GENERATED_PAGES = {rule.page for rule in RULES}


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml, ignoring the !ENV and !!python tags that only MkDocs resolves."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def nav_pages() -> list[str]:
    """Every Markdown source named in mkdocs.yml's nav, in nav order."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)

    def walk(items: Any) -> Iterator[str]:
        for item in items:
            if isinstance(item, str):
                yield item
            elif isinstance(item, dict):
                for value in item.values():
                    yield from walk(value) if isinstance(value, list) else walk([value])

    return list(walk(config["nav"]))


def page_url(src: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a source file (index.md maps to its folder)."""
    stem = src.removesuffix(".md")
    if not directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def test_nav_lists_real_pages_once() -> None:
    pages = nav_pages()
    assert len(pages) == len(set(pages)), "a page is listed twice in the nav"
    for src in pages:
        assert (ROOT / "docs" / src).is_file() or src in GENERATED_PAGES, src


def test_every_nav_page_is_built(built_site: Path) -> None:
    for src in nav_pages():
        html = built_site / page_url(src) / "index.html"
        assert html.is_file(), f"{src} was not built to {html}"


def test_every_nav_page_is_in_the_search_index(built_site: Path) -> None:
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    searchable = [src for src in nav_pages() if not _excluded_from_search(src)]
    missing = [src for src in searchable if page_url(src) not in locations]
    assert missing == []


def _excluded_from_search(src: str) -> bool:
    """A page whose front matter says `search: {exclude: true}` (the tag listing)."""
    meta = load_page(ROOT / "docs", ROOT / "docs" / src).meta
    return bool(meta.search and meta.search.get("exclude"))


def test_example_answers_are_data_not_pages(built_site: Path) -> None:
    assert not (built_site / "examples/answers").exists()


class _AssetCollector(HTMLParser):
    """Collects every URL a browser would fetch on its own: src, link href, srcset, style url()."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("src", "data-src", "poster"):
            if values.get(name):
                self.urls.append(values[name] or "")
        if tag == "link" and values.get("href") and values.get("rel") != "canonical":
            self.urls.append(values["href"] or "")
        if values.get("srcset"):
            self.urls += [part.split()[0] for part in (values["srcset"] or "").split(",")]
        if values.get("style"):
            self.urls += css_urls(values["style"] or "")


_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)""")
_CSS_IMPORT = re.compile(r"""@import\s+['"]([^'"]+)""")


def css_urls(css: str) -> list[str]:
    return _CSS_URL.findall(css) + _CSS_IMPORT.findall(css)


def external(urls: list[str]) -> list[str]:
    """URLs that name a host other than this one (data: and relative URLs are local)."""
    found = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob") or (parts.scheme == "" and not url.startswith("//")):
            continue
        if (parts.hostname or "") not in LOCAL_HOSTS:
            found.append(url)
    return found


@pytest.mark.parametrize("site", ["built_site", "offline_site"])
def test_no_page_or_stylesheet_loads_from_another_host(
    site: str, request: pytest.FixtureRequest
) -> None:
    root: Path = request.getfixturevalue(site)
    offenders: dict[str, list[str]] = {}
    for html in root.rglob("*.html"):
        collector = _AssetCollector()
        collector.feed(html.read_text(encoding="utf-8"))
        style_blocks = re.findall(r"<style[^>]*>(.*?)</style>", html.read_text("utf-8"), re.S)
        urls = collector.urls + [u for block in style_blocks for u in css_urls(block)]
        if bad := external(urls):
            offenders[str(html.relative_to(root))] = bad
    for css in root.rglob("*.css"):
        if bad := external(css_urls(css.read_text(encoding="utf-8"))):
            offenders[str(css.relative_to(root))] = bad
    assert offenders == {}


def test_the_collector_would_catch_external_assets() -> None:
    collector = _AssetCollector()
    collector.feed(
        '<script src="https://cdn.example.com/x.js"></script>'
        '<link rel="stylesheet" href="//fonts.example.com/css">'
        '<img src="assets/a.png" srcset="https://img.example.com/a.png 2x">'
        '<div style="background: url(https://img.example.com/b.png)"></div>'
        '<link rel="canonical" href="https://playbook.example.com/">'
    )
    assert external(collector.urls) == [
        "https://cdn.example.com/x.js",
        "//fonts.example.com/css",
        "https://img.example.com/a.png",
        "https://img.example.com/b.png",
    ]
    assert external(css_urls("@import 'https://x.example/y.css'; a{b:url(c.png)}")) == [
        "https://x.example/y.css"
    ]


def test_offline_build_inlines_search_and_serves_its_own_worker_shim(offline_site: Path) -> None:
    assert (offline_site / "search/search_index.js").is_file()
    shim = offline_site / "assets/javascripts/iframe-worker-shim.js"
    assert shim.is_file()
    home = (offline_site / "index.html").read_text(encoding="utf-8")
    assert 'src="assets/javascripts/iframe-worker-shim.js"' in home
    assert "unpkg.com" not in home


def test_no_generator_notice_and_no_font_service(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert "Made with" not in home
    assert "fonts.googleapis.com" not in home
    assert "fonts.gstatic.com" not in home


def test_the_privacy_plugin_fails_the_build_on_an_external_asset(tmp_path: Path) -> None:
    project = one_page_project(tmp_path)
    body = '# Home\n\n<img src="https://images.example.com/team.png" alt="team">\n'
    write_page(project / "docs", "index.md", VALID_GUIDE, body)
    result = run_mkdocs("build", "--strict", "-d", str(tmp_path / "out"), cwd=project)
    assert result.returncode != 0
    assert "External file: https://images.example.com/team.png" in result.stderr


def test_each_abbreviation_is_its_own_markdown_block() -> None:
    """Python-Markdown re-parses the rest of a block after each abbreviation it reads, so
    one block of N definitions costs N² on every page: blank lines keep the build linear."""
    text = (ROOT / "includes/abbreviations.md").read_text(encoding="utf-8")
    blocks = [block for block in text.split("\n\n") if block.strip()]
    assert all(block.strip().count("\n") == 0 for block in blocks)
    assert all(block.startswith("*[") for block in blocks)
