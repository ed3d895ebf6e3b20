"""MkDocs hooks for the downloads that every build makes: the Anki deck (and llms.txt is
the mkdocs-llmstxt plugin's). Listed under ``hooks:`` in mkdocs.yml after macros/hooks.py,
which builds the page index this reads.

A page that the deck cannot be made from stops the build with one line naming the file.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File

# MkDocs loads hooks by file path: put the project folder on sys.path for book and macros.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from book import anki  # noqa: E402
from macros import page_index  # noqa: E402
from macros.page_index import PageIndex  # noqa: E402

log = logging.getLogger("mkdocs.plugins.playbook.book")


def edition_timestamp(index: PageIndex) -> float:
    """The newest last_reviewed as a time: the deck's notes carry it instead of the clock."""
    dates = [page.meta.last_reviewed for page in index] or [dt.date(2026, 1, 1)]
    return dt.datetime.combine(max(dates), dt.time(), tzinfo=dt.UTC).timestamp()


def on_files(files: Any, config: Any) -> Any:
    index = page_index.current or PageIndex.build(Path(config["docs_dir"]))
    try:
        cards = anki.notes(index, str(config.get("site_url") or ""))
    except anki.BankError as error:
        raise Abort(f"Anki deck: {error}") from None
    content = anki.deck_bytes(cards, edition_timestamp(index))
    files.append(File.generated(config, anki.DECK_FILE, content=content))
    log.debug("Anki deck: %d notes, %d bytes", len(cards), len(content))
    return files
