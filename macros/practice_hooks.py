"""MkDocs hooks for practice mode, the tag index and the first-visit fixes.

Listed under ``hooks:`` in mkdocs.yml after ``macros/hooks.py`` (which builds the page
index this module reads). Nothing here is written per page: question pages are found by
``kind: question``, pages with task lists by their rendered HTML.
"""

from __future__ import annotations

import logging
from typing import Any

from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority

from macros import page_index, practice
from macros.content_model import Kind

log = logging.getLogger("mkdocs.plugins.playbook")

# A page with this many task-list items, or any checklist page, gets the progress panel.
TASK_PANEL_MIN_ITEMS = 20


def on_config(config: Any) -> Any:
    try:
        practice.timings = practice.load_round_timings()
        practice.abbreviations = practice.load_abbreviations()
    except practice.PracticeDataError as error:
        raise Abort(str(error)) from None
    return config


def on_files(files: Any, config: Any) -> Any:
    practice.files = files
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Tag each page with its topics and the acronyms it is about, before the tags plugin."""
    index = page_index.current
    entry = index.pages.get(page.file.src_uri) if index is not None else None
    if entry is not None and entry.meta.kind is not Kind.EXAMPLE:
        about = practice.acronyms_about(index, entry.src)
        tags = practice.derived_tags(entry.meta.tags, entry.meta.topics, about)
        if tags:
            page.meta["tags"] = tags
        if about and entry.meta.search is None:
            page.meta["search"] = {"boost": practice.ABOUT_BOOST}
    return markdown


@event_priority(50)  # before Material's search plugin reads the page's tags
def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """Weigh the acronym a title spells out twice, for search only.

    The tags shown on the page come from the tags plugin's own record (made when the
    Markdown was read), so repeating a tag here changes nothing but the search index:
    "RAG" then ranks the page titled "retrieval-augmented ..." above pages that only use
    the acronym.
    """
    index = page_index.current
    entry = index.pages.get(page.file.src_uri) if index is not None else None
    if entry is not None and isinstance(page.meta.get("tags"), list):
        spelled = practice.spelled_acronyms(entry.meta.title, practice.abbreviations)
        page.meta["tags"] = [*page.meta["tags"], *spelled]
    return context


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    index = page_index.current
    entry = index.pages.get(page.file.src_uri) if index is not None else None
    printing = "print-site" in config["plugins"]
    if not printing:
        html = practice.link_diagrams(html)
    html = practice.mark_question_tables(html)
    html = practice.exclude_code_from_search(html)
    if entry is None or index is None:
        return html
    link = practice.linker(files, page.file)
    if entry.meta.kind is Kind.QUESTION:
        html = practice.practice_page(html, entry, practice.timings, link)
    tasks = html.count('class="task-list-item"')
    if tasks:
        marker = f'<div hidden data-pb-page="{practice.escape(entry.src)}"></div>'
        if entry.meta.kind is Kind.CHECKLIST or tasks >= TASK_PANEL_MIN_ITEMS:
            panel = practice.progress_panel(index.select(kind="question"), tasks=True)
            marker += panel
        html = practice.after_title(practice.mark_optional_sections(html), marker)
    return html
