"""The modules of a package, listed from its folders: the registry of rules and the
lists of readers and writers use it instead of ``pkgutil.iter_modules``, which imports
``inspect`` (and with it ``ast``, ``dis`` and ``tokenize``) on every start."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def submodules(paths: Iterable[str]) -> list[str]:
    """The names of the ``.py`` modules in a package's ``__path__``, sorted, helpers
    (names starting with ``_``) and ``__init__`` left out."""
    return sorted(
        {
            path.stem
            for folder in paths
            for path in Path(folder).iterdir()
            if path.suffix == ".py" and path.stem.isidentifier() and not path.stem.startswith("_")
        }
    )
