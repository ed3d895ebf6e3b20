"""MkDocs hooks for practice mode, the tag index and the first-visit fixes.

Listed under ``hooks:`` in mkdocs.yml after ``macros/hooks.py`` (which builds the page
index this module reads). Nothing here is written per page: question pages are found by
``kind: question``, pages with task lists by their rendered HTML.
"""

from __future__ import annotations

import logging
from typing import Any

from mkdocs.exceptions import Abort

from macros import page_index, practice
from macros.content_model import Kind

log = logging.getLogger("mkdocs.plugins.playbook")

# A page with this many task-list items, or any checklist page, gets the progress panel.
TASK_PANEL_MIN_ITEMS = 20


def on_config(config: Any) -> Any:
    try:
        practice.timings = practice.load_round_timings()
    except practice.PracticeDataError as error:
        raise Abort(str(error)) from None
    return config


def on_files(files: Any, config: Any) -> Any:
    practice.files = files
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Tag each page with its topics and title acronyms before the tags plugin reads them."""
    index = page_index.current
    entry = index.pages.get(page.file.src_uri) if index is not None else None
    if entry is not None and entry.meta.kind is not Kind.EXAMPLE:
        tags = practice.derived_tags(entry.meta.tags, entry.meta.title, entry.meta.topics)
        if tags:
            page.meta["tags"] = tags
    return markdown


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    index = page_index.current
    entry = index.pages.get(page.file.src_uri) if index is not None else None
    printing = "print-site" in config["plugins"]
    if not printing:
        html = practice.link_diagrams(html)
    html = practice.mark_question_tables(html)
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
        html = practice.after_title(html, marker)
    return html
