"""Word lists as data files in ``playbook_lint/data/``, read once, on first use.

``NAME.txt`` holds words separated by whitespace (lowercase for the number stages); a
line starting with ``#`` is a comment. :func:`lines` reads a file line by line instead,
for lists whose entries hold spaces (multi-word technology names).
"""

from __future__ import annotations

import functools
import os

# os.path, not pathlib: nothing else in a plain lint run imports pathlib (start-up time).
_DATA = os.path.join(os.path.dirname(__file__), "data")  # noqa: PTH118, PTH120


@functools.cache
def lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of ``data/NAME.txt``, stripped."""
    path = os.path.join(_DATA, f"{name}.txt")  # noqa: PTH118 (no pathlib: slow import)
    with open(path, encoding="utf-8") as handle:  # noqa: PTH123
        text = handle.read()
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@functools.cache
def load(name: str) -> frozenset[str]:
    """The words of ``data/NAME.txt``."""
    return frozenset(word for line in lines(name) for word in line.split())
