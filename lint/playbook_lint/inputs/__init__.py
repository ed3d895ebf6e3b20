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

Adding a format is one module here: readers are found by listing this package.
"""

from __future__ import annotations

import functools
import importlib
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


def reader_for(path: str) -> ModuleType:
    """The reader for a path, by its suffix (case-insensitive); Markdown by default."""
    name = path.lower()
    dot = name.rfind(".")
    module = readers().get(name[dot:]) if dot != -1 else None
    return module if module is not None else importlib.import_module(f"{__name__}.{DEFAULT}")


def read(path: str, data: bytes, kind: str | None = None) -> Document:
    """Read one file's bytes with the reader its suffix picks."""
    document: Document = reader_for(path).read(path, data, kind)
    return document
