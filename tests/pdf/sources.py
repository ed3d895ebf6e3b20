"""What the PDF must contain, read from the sources: mkdocs.yml's nav, the PDF config and
each page's Markdown. The tests compare the built PDF against this, never against counts."""

from __future__ import annotations

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
_FENCE = re.compile(r"^\s*(```|~~~)")
_H1 = re.compile(r"^#\s+(.+?)\s*#*\s*$")


def front_matter(src: str) -> dict[str, Any]:
    match = _FRONT_MATTER.match((DOCS / src).read_text(encoding="utf-8"))
    assert match is not None, f"docs/{src}: no front matter"
    data = yaml.safe_load(match.group(1))
    assert isinstance(data, dict), f"docs/{src}: front matter is not a mapping"
    return data


def first_heading(src: str) -> str | None:
    """The page's first level-1 Markdown heading, outside code fences, as plain text."""
    text = (DOCS / src).read_text(encoding="utf-8")
    match = _FRONT_MATTER.match(text)
    body = text[match.end() :] if match else text
    fenced = False
    for line in body.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
            continue
        heading = None if fenced else _H1.match(line)
        if heading is not None:
            # Drop attribute lists ({ #id .class }) and inline Markdown markup.
            title = re.sub(r"\{[^}]*\}\s*$", "", heading.group(1))
            return re.sub(r"[`*_]", "", title).strip()
    return None


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


def _entry(title: str | None, value: Any, excluded: set[str]) -> NavEntry | None:
    if isinstance(value, list):
        children = tuple(e for e in (_nav_item(item, excluded) for item in value) if e)
        assert title is not None, f"a nav section has no title: {value!r}"
        return NavEntry(heading=title, children=children)
    src = str(value)
    if src in excluded or src.startswith(("http://", "https://")):
        return None
    # print-site shows the page's own h1; a page without one gets its nav or page title.
    heading = first_heading(src) or title or str(front_matter(src)["title"])
    return NavEntry(heading=heading, src=src)


def _nav_item(item: Any, excluded: set[str]) -> NavEntry | None:
    if isinstance(item, dict):
        ((title, value),) = item.items()
        return _entry(str(title), value, excluded)
    return _entry(None, item, excluded)


def book_nav() -> list[NavEntry]:
    """mkdocs.yml's nav, minus the pages mkdocs.pdf.yml leaves out of the book."""
    excluded = set(plugin_options(load_config("mkdocs.pdf.yml"), "print-site").get("exclude", []))
    nav = load_config("mkdocs.yml")["nav"]
    return [entry for entry in (_nav_item(item, excluded) for item in nav) if entry]


def book_pages() -> list[NavEntry]:
    return [entry for top in book_nav() for entry in top.walk() if not entry.is_section]


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
