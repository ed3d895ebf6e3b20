"""The llms.txt conversion cache (macros/llmstxt_cache.py): a page is converted once per
content, the result is the converter's own, and the folder forgets what no build uses."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from macros import llmstxt_cache

SETTINGS: dict[str, Any] = {
    "should_autoclean": True,
    "preprocess": None,
    "base_uri": "https://example.org/",
    "page_uri": "a/index.html",
}


@pytest.fixture
def converter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[str]]:
    monkeypatch.setattr(llmstxt_cache, "_memory", {})
    state = {"folder": tmp_path / "cache", "used": set()}
    monkeypatch.setattr(llmstxt_cache, "_state", state)
    calls: list[str] = []

    def convert(html: str, **settings: Any) -> str:
        calls.append(html)
        return f"# {html} for {settings['page_uri']}\n"

    return llmstxt_cache.cached(convert, ["mdformat==1"]), calls


def test_the_same_page_is_converted_once_whatever_the_site_folder(
    converter: tuple[Any, list[str]],
) -> None:
    generate, calls = converter
    first = generate("<h1>A</h1>", path="build-one/a/index.md", **SETTINGS)
    again = generate("<h1>A</h1>", path="build-two/a/index.md", **SETTINGS)
    assert first == again == "# <h1>A</h1> for a/index.html\n"
    assert calls == ["<h1>A</h1>"]


def test_a_change_of_html_or_settings_converts_again(converter: tuple[Any, list[str]]) -> None:
    generate, calls = converter
    generate("<h1>A</h1>", path="x", **SETTINGS)
    generate("<h1>B</h1>", path="x", **SETTINGS)
    moved = generate("<h1>A</h1>", path="x", **{**SETTINGS, "page_uri": "b/index.html"})
    assert moved == "# <h1>A</h1> for b/index.html\n"
    assert len(calls) == 3


def test_the_next_process_reads_the_disk(
    converter: tuple[Any, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    generate, calls = converter
    generate("<h1>A</h1>", path="x", **SETTINGS)
    monkeypatch.setattr(llmstxt_cache, "_memory", {})  # a new `mkdocs build`
    assert generate("<h1>A</h1>", path="x", **SETTINGS) == "# <h1>A</h1> for a/index.html\n"
    assert calls == ["<h1>A</h1>"]


def test_the_key_follows_the_library_versions() -> None:
    one = llmstxt_cache.cache_key("<p>x</p>", SETTINGS, ["mdformat==1"])
    two = llmstxt_cache.cache_key("<p>x</p>", SETTINGS, ["mdformat==2"])
    assert one != two


def test_entries_unused_for_a_week_are_deleted(converter: tuple[Any, list[str]]) -> None:
    generate, _ = converter
    generate("<h1>A</h1>", path="x", **SETTINGS)
    folder: Path = llmstxt_cache._state["folder"]
    old = folder / ("0" * 64 + ".md")
    old.write_text("stale", encoding="utf-8")
    week_ago = time.time() - 8 * 86400
    os.utime(old, (week_ago, week_ago))
    recent = folder / ("1" * 64 + ".md")
    recent.write_text("another build's", encoding="utf-8")
    llmstxt_cache.on_post_build(config={})
    assert not old.exists()
    assert recent.exists(), "an entry another build may use is kept"
    assert len(list(folder.glob("*.md"))) == 2
