"""MkDocs hooks: validate every page's front matter once per build and share the index.

Listed under ``hooks:`` in mkdocs.yml. A page that breaks the content model stops the
build with one line per problem, naming the file, the field and the problem.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import Abort

from macros import page_index
from macros.page_index import PageIndex

log = logging.getLogger("mkdocs.plugins.playbook")


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
