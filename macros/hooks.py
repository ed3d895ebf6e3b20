"""MkDocs hooks: validate every page's front matter once per build and share the index.

Listed under ``hooks:`` in mkdocs.yml. A page that breaks the content model stops the
build with one line per problem, naming the file, the field and the problem. Pages whose
front matter lists ``sources`` get a numbered Sources section appended to their Markdown.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import Abort

# MkDocs loads hooks by file path, and macros/ is site code in the project folder, not an
# installed package: put the project folder on sys.path before importing it.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from macros import llmstxt_cache, nav_cache, page_index  # noqa: E402
from macros.page_index import PageIndex  # noqa: E402
from macros.sources import append_sources  # noqa: E402

log = logging.getLogger("mkdocs.plugins.playbook")


def on_config(config: Any) -> Any:
    """The llmstxt plugin's page conversions come from a cache (macros/llmstxt_cache.py)."""
    return llmstxt_cache.on_config(config)


def on_files(files: Any, config: Any) -> Any:
    index = PageIndex.build(Path(config["docs_dir"]))
    if index.errors:
        for error in index.errors:
            for problem in error.problems:
                log.error("%s: %s", error.path, problem)
        count = len(index.errors)
        raise Abort(f"{count} page{'s' if count != 1 else ''} break the content model (see above)")
    page_index.current = index
    return files


def on_env(env: Any, config: Any, files: Any) -> Any:
    """The navigation's link cache (overrides/partials/nav-item.html), empty for each build."""
    nav_cache.clear()
    env.globals[nav_cache.GLOBAL_NAME] = nav_cache.nav_children
    return env


def on_post_build(config: Any) -> None:
    llmstxt_cache.on_post_build(config)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Append the Sources section for pages whose front matter lists sources."""
    index = page_index.current
    entry = index.pages.get(page.file.src_uri) if index is not None else None
    if entry is None:
        return markdown
    return append_sources(markdown, entry.meta.sources)
