"""What the PDF must contain, read from the sources: mkdocs.yml's nav (which pages, in which
order and sections), the PDF config (which pages it leaves out) and the rendered print page
(each page's heading). The tests compare the built PDF against this, never against counts."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


class _Loader(yaml.SafeLoader):
    """Reads MkDocs configs, dropping the tags (!ENV, !!python/...) MkDocs resolves itself."""


def _drop(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


_Loader.add_multi_constructor("!", _drop)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _drop)


def load_config(name: str) -> dict[str, Any]:
    data = yaml.load((ROOT / name).read_text(encoding="utf-8"), Loader=_Loader)
    assert isinstance(data, dict), f"{name} is not a mapping"
    return data


def plugin_names(config: dict[str, Any]) -> list[str]:
    names: list[str] = []
    for plugin in config.get("plugins", []):
        names.append(plugin if isinstance(plugin, str) else next(iter(plugin)))
    return names


def plugin_options(config: dict[str, Any], name: str) -> dict[str, Any]:
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and name in plugin:
            return dict(plugin[name] or {})
    return {}


_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?\n)---\s*\n", re.S)


def page_key(src: str) -> str:
    """The id print-site gives a page's section: its .html path with '/' as '-'."""
    return src.removesuffix(".md").lower().replace("/", "-")


def page_headings(print_page: str) -> dict[str, str]:
    """Each page's level-1 heading on the print page, as plain text, by page key.

    Read from the rendered HTML, not the Markdown: macros, snippets and pages that hooks
    generate all end up there, and it is what Chromium prints.
    """
    headings: dict[str, str] = {}
    sections = re.finditer(r"<section class=\"print-page\" id=\"([^\"]+)\"", print_page)
    for section in sections:
        h1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S).search(print_page, section.end())
        if h1 is not None:
            inner = re.sub(r"<a class=\"headerlink\".*?</a>", "", h1.group(1), flags=re.S)
            text = html.unescape(re.sub(r"<[^>]+>", "", inner))
            headings[section.group(1)] = " ".join(text.split())
    return headings


@dataclass(frozen=True)
class NavEntry:
    """A nav section or page, with the heading the book shows for it."""

    heading: str
    src: str | None = None  # None for a section
    children: tuple[NavEntry, ...] = field(default_factory=tuple)

    @property
    def is_section(self) -> bool:
        return self.src is None

    def walk(self) -> Iterator[NavEntry]:
        yield self
        for child in self.children:
            yield from child.walk()


def generated_pages(title: str, context: _Context) -> tuple[NavEntry, ...]:
    """The pages a hook puts into a section that mkdocs.yml leaves empty (`Rules: []`),
    read from the print page: the page sections between the section's heading and the
    next section's. Their src is their page key plus .md (page_key gives the key back)."""
    page = context.print_page
    opening = re.compile(
        r"<section class='print-page md-section'[^>]*>\s*<h1[^>]*>(.*?)</h1>", re.S
    )
    for match in opening.finditer(page):
        if " ".join(re.sub(r"<[^>]+>", "", match.group(1)).split()) != title:
            continue
        following = opening.search(page, match.end())
        region = page[match.end() : following.start() if following else len(page)]
        keys = re.findall(r"<section class=\"print-page\" id=\"([^\"]+)\"", region)
        return tuple(NavEntry(context.headings[key], f"{key}.md") for key in keys)
    return ()


def _entry(title: str | None, value: Any, context: _Context) -> NavEntry | None:
    if isinstance(value, list) and not value and title is not None:
        return NavEntry(heading=title, children=generated_pages(title, context))
    if isinstance(value, list):
        children = tuple(e for e in (_nav_item(item, context) for item in value) if e)
        assert title is not None, f"a nav section has no title: {value!r}"
        return NavEntry(heading=title, children=children)
    src = str(value)
    if src in context.excluded or src.startswith(("http://", "https://")):
        return None
    heading = context.headings.get(page_key(src))
    assert heading is not None, f"nav page {src} is not on the print page"
    return NavEntry(heading=heading, src=src)


def _nav_item(item: Any, context: _Context) -> NavEntry | None:
    if isinstance(item, dict):
        ((title, value),) = item.items()
        return _entry(str(title), value, context)
    return _entry(None, item, context)


@dataclass(frozen=True)
class _Context:
    excluded: set[str]
    headings: dict[str, str]
    print_page: str


def book_nav(print_page: str) -> list[NavEntry]:
    """mkdocs.yml's nav, minus the pages mkdocs.pdf.yml leaves out of the book, with each
    page's heading as the print page shows it."""
    options = plugin_options(load_config("mkdocs.pdf.yml"), "print-site")
    context = _Context(set(options.get("exclude", [])), page_headings(print_page), print_page)
    nav = load_config("mkdocs.yml")["nav"]
    return [entry for entry in (_nav_item(item, context) for item in nav) if entry]


def book_pages(print_page: str) -> list[NavEntry]:
    return [entry for top in book_nav(print_page) for entry in top.walk() if not entry.is_section]


def normalize(text: str) -> str:
    """Text compared the way a reader sees it: case, spacing and punctuation ignored."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


def newest_review_date() -> str:
    """The newest last_reviewed of any page or example, as YYYY-MM-DD."""
    dates = []
    for path in DOCS.rglob("*.md"):
        match = _FRONT_MATTER.match(path.read_text(encoding="utf-8"))
        if match is not None:
            data = yaml.safe_load(match.group(1))
            if isinstance(data, dict) and "last_reviewed" in data:
                dates.append(str(data["last_reviewed"]))
    return max(dates)


def squash(text: str) -> str:
    """normalize() without spaces: sub- and superscripts print apart from their word."""
    return normalize(text).replace(" ", "")
