"""In headless Chromium, search finds a page by a word from its body, on the served site
and on the offline build opened from file://, and no page requests another host."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from book.local_site import serving

from .test_build import nav_pages, page_url

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served_site(built_site: Path) -> Iterator[str]:
    """The built site on a free loopback port, as `mkdocs serve` would show it."""
    with serving(built_site) as base:
        yield base


def distinctive_word(site: Path, directory_urls: bool = True) -> tuple[str, str]:
    """A word that occurs in the body of exactly one nav page, and that page's location.

    Derived from the search index, so the test follows the content as it grows.
    """
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    wanted = {page_url(src, directory_urls) for src in nav_pages()}
    pages: dict[str, set[str]] = {}
    for doc in index["docs"]:
        location = doc["location"].split("#")[0]
        words = set(re.findall(r"[a-z]{9,}", re.sub(r"<[^>]+>", " ", doc["text"].lower())))
        pages.setdefault(location, set()).update(words)
    counts = Counter(word for words in pages.values() for word in words)
    for location in sorted(pages, key=lambda loc: (not loc.startswith("start-here/who"), loc)):
        if location not in wanted:
            continue
        unique = sorted(word for word in pages[location] if counts[word] == 1)
        if unique:
            return unique[0], location
    raise AssertionError("no nav page has a word of its own")


def search(page: Any, word: str) -> list[str]:
    """Type into Material's search box and return the result links."""
    box = page.locator("input[data-md-component='search-query']")
    box.click()
    box.press_sequentially(word, delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    links = page.locator(".md-search-result__item a")
    return [links.nth(i).get_attribute("href") or "" for i in range(links.count())]


def test_search_on_the_served_site_finds_a_page_by_a_body_word(
    browser: Any, served_site: str, built_site: Path
) -> None:
    word, location = distinctive_word(built_site)
    context = browser.new_context()
    page = context.new_page()
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).hostname or ""))
    page.goto(served_site, wait_until="networkidle")
    hrefs = search(page, word)
    assert any(location in href for href in hrefs), (word, location, hrefs)
    assert hosts == {"127.0.0.1"}, f"requests left this machine: {hosts}"
    context.close()


def test_every_nav_page_requests_only_its_own_host(browser: Any, served_site: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    foreign: list[str] = []

    def check(request: Any) -> None:
        if urlsplit(request.url).hostname != "127.0.0.1" and not request.url.startswith("data:"):
            foreign.append(request.url)

    page.on("request", check)
    for src in nav_pages():
        page.goto(served_site + page_url(src), wait_until="load")
    context.close()
    assert foreign == []


def test_search_in_the_offline_build_works_from_file_urls(browser: Any, offline_site: Path) -> None:
    word, location = distinctive_word(offline_site, directory_urls=False)
    context = browser.new_context()
    page = context.new_page()
    schemes: set[str] = set()
    page.on("request", lambda request: schemes.add(urlsplit(request.url).scheme))
    page.goto((offline_site / "index.html").as_uri(), wait_until="load")
    hrefs = search(page, word)
    assert any(location in href for href in hrefs), (word, location, hrefs)
    assert schemes <= {"file", "data", "blob", "about"}, schemes
    context.close()
