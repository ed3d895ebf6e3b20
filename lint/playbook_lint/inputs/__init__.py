"""Stage 2: readers, one module per file format.

A reader is a module in this package with two names::

    SUFFIXES: tuple[str, ...]              # file suffixes it reads, lowercase: (".md",)

    def read(path: str, data: bytes, kind: str | None = None) -> Document: ...

``read`` decodes ``data`` (``playbook_lint.source.decode`` for text formats), finds the
answers (``playbook_lint.units``) and the suppression comments
(``playbook_lint.suppressions``) and returns a :class:`~playbook_lint.document.Document`
whose offsets point into ``Document.source``. A format whose text is not the file itself
(DOCX, PDF, JSON Resume, RenderCV YAML, LaTeX) builds ``source`` from the file's text
and passes a ``locator`` that maps offsets back to lines of the original file. Bad input
raises ``playbook_lint.source.InputError``. Keep module-level imports light: a reader's
heavy dependency is imported inside ``read``.

Adding a format is one module here: readers are found by listing this package. A run
imports only the readers its files need: the suffixes a reader claims are read from its
``SUFFIXES = (...)`` line (string literals on one line), and a module whose line does not
look like that is imported to find out.
"""

from __future__ import annotations

import functools
import importlib
import os
import re
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playbook_lint.document import Document

DEFAULT = "markdown"  # files with a suffix no reader claims (standard input '-', .mdx)


@functools.cache
def readers() -> dict[str, ModuleType]:
    """Every reader module, by the suffixes it claims."""
    from playbook_lint._modules import submodules

    found: dict[str, ModuleType] = {}
    for name in submodules(__path__):  # "_" modules are shared helpers, not readers
        module = importlib.import_module(f"{__name__}.{name}")
        for suffix in module.SUFFIXES:
            found[suffix] = module
    return found


def suffixes() -> tuple[str, ...]:
    """The suffixes directory walks lint: a reader with ``WALK = False`` (formats whose
    files are mostly not resumes: .json, .yaml, .tex, .pdf, .docx) reads only files named
    on the command line."""
    return tuple(sorted(s for s, module in readers().items() if getattr(module, "WALK", True)))


# A reader's SUFFIXES line, as every reader here writes it: SUFFIXES = (".md", ".markdown")
_SUFFIXES_LINE = re.compile(r'^SUFFIXES = \(((?:"\.[a-z0-9]+", ?)*(?:"\.[a-z0-9]+")?)\)$', re.M)


def _claimed(name: str) -> tuple[str, ...]:
    """The suffixes a reader module claims: from its source when its SUFFIXES line is a
    plain tuple of strings, else by importing it."""
    source = os.path.join(__path__[0], f"{name}.py")  # noqa: PTH118 (no pathlib: slow import)
    try:
        with open(source, encoding="utf-8") as handle:  # noqa: PTH123
            line = _SUFFIXES_LINE.search(handle.read())
    except OSError:
        line = None
    if line is None:
        claimed: tuple[str, ...] = importlib.import_module(f"{__name__}.{name}").SUFFIXES
        return claimed
    return tuple(re.findall(r'"([^"]+)"', line.group(1)))


@functools.cache
def _claims() -> dict[str, str]:
    """Reader module names by suffix, mapped as readers() maps the modules, found without
    importing every reader (that costs more than a small run spends linting)."""
    from playbook_lint._modules import submodules

    return {suffix: name for name in submodules(__path__) for suffix in _claimed(name)}


@functools.cache
def _reader(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{name}")


def reader_for(path: str) -> ModuleType:
    """The reader for a path, by its suffix (case-insensitive); Markdown by default."""
    name = path.lower()
    dot = name.rfind(".")
    module = _claims().get(name[dot:]) if dot != -1 else None
    return _reader(module if module is not None else DEFAULT)


def read(path: str, data: bytes, kind: str | None = None) -> Document:
    """Read one file's bytes with the reader its suffix picks."""
    document: Document = reader_for(path).read(path, data, kind)
    return document
