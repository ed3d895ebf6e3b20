"""The "Sources" section the build appends to every page whose front matter lists sources.

The hook in ``macros/hooks.py`` calls :func:`sources_section` from ``on_page_markdown``, so
pages never write the section by hand and it cannot drift from the front matter.
"""

from __future__ import annotations

from collections.abc import Sequence

from macros.content_model import Source

HEADING = "## Sources"


def _escape(text: str) -> str:
    """Keep titles and publishers from being read as Markdown links or emphasis."""
    for char in ("\\", "[", "]", "*", "_", "`", "<"):
        text = text.replace(char, "\\" + char)
    return text


def sources_section(sources: Sequence[Source]) -> str:
    """A numbered Markdown list: linked title, publisher, year. Empty when there are none."""
    if not sources:
        return ""
    items = [
        f"{number}. [{_escape(source.title)}]({source.url}), "
        f"{_escape(source.publisher)}, {source.year}."
        for number, source in enumerate(sources, start=1)
    ]
    return f"{HEADING} {{ #sources }}\n\n" + "\n".join(items) + "\n"


def append_sources(markdown: str, sources: Sequence[Source]) -> str:
    """The page's Markdown with its Sources section added at the end."""
    section = sources_section(sources)
    if not section:
        return markdown
    return markdown.rstrip("\n") + "\n\n" + section
