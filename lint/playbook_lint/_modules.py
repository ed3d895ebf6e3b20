"""The modules of a package, listed from its folders: the registry of rules and the
lists of readers and writers use it instead of ``pkgutil.iter_modules``, which imports
``inspect`` (and with it ``ast``, ``dis`` and ``tokenize``) on every start."""

from __future__ import annotations

import os
from collections.abc import Iterable


def submodules(paths: Iterable[str]) -> list[str]:
    """The names of the ``.py`` modules in a package's ``__path__``, sorted, helpers
    (names starting with ``_``) and ``__init__`` left out."""
    found: set[str] = set()
    for folder in paths:
        for name in os.listdir(folder):  # noqa: PTH208 (pathlib is slow to import)
            stem, suffix = os.path.splitext(name)  # noqa: PTH122
            if suffix == ".py" and stem.isidentifier() and not stem.startswith("_"):
                found.add(stem)
    return sorted(found)
