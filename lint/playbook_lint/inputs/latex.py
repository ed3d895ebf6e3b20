"""The LaTeX reader: resume bullets from a ``.tex`` file, parsed by pylatexenc.

An answer is each ``\\item`` inside an environment (``itemize``, ``enumerate``,
awesome-cv's ``cvitems``...) and the argument of the usual resume-template item macros:
``\\resumeItem`` (Jake's template), ``\\resumeSubItem``, moderncv's ``\\cvitem``,
``\\cvitemwithcomment``, ``\\cvlistitem`` and the description of ``\\cventry``. Commands are
stripped by pylatexenc's LaTeX-to-text converter; an item holding a nested list is a
heading, not an answer; items under a ``\\section`` whose title reads like skills or
education are skipped, as in Markdown. Macro definitions (``\\newcommand``...) are not
read. Unbalanced braces or environments are refused with the line of the problem.
"""

from __future__ import annotations

import re
from typing import Any

from playbook_lint.document import Document
from playbook_lint.inputs._structured import (
    Piece,
    align,
    answers_document,
    check_size,
    comment_notes,
    file_lines,
    missing,
    one_line,
)
from playbook_lint.source import InputError, decode
from playbook_lint.units import SKIP_HEADINGS

SUFFIXES = (".tex", ".latex")
WALK = False  # directory walks skip it: most .tex files are not resumes

MAX_BYTES = 256 * 1024  # a LaTeX resume is 5 to 30 KiB; pylatexenc reads ~100 KiB a second

# Item macros: (name, pylatexenc argument spec, index of the argument that is the bullet;
# -1 is the last one).
ITEM_MACROS = (
    ("resumeItem", "{", -1),
    ("resumeSubItem", "{{", -1),
    ("cvitem", "[{{", -1),
    ("cvitemwithcomment", "[{{{", 2),
    ("cvlistitem", "[{", -1),
    ("cventry", "[{{{{{{", -1),
)
SECTION_MACROS = ("section", "subsection", "cvsection", "cvsubsection", "resumeSection")
DEFINITIONS = frozenset(
    ("newcommand", "renewcommand", "providecommand", "newenvironment", "renewenvironment", "def")
)
# What align() steps over when it looks for the text in the file: command names and
# comments, so "\emph{e...}" does not match the "e" of "emph".
SKIP = re.compile(r"\\[A-Za-z]+\*?|%[^\n]*")
EXTRA_SPECS = (("href", "[{{"), ("url", "{"), ("cvsection", "{"), ("resumeSection", "{"))


def _walker(path: str, text: str) -> Any:
    try:
        from pylatexenc.latexwalker import LatexWalker, get_default_latex_context_db
        from pylatexenc.macrospec import MacroSpec
    except ImportError:
        raise missing(path, "pylatexenc") from None

    db = get_default_latex_context_db()
    specs = [MacroSpec(name, spec) for name, spec, _ in ITEM_MACROS]
    specs += [MacroSpec(name, spec) for name, spec in EXTRA_SPECS]
    db.add_context_category("playbook-lint-resume", prepend=True, macros=specs)
    return LatexWalker(text, latex_context=db, tolerant_parsing=False)


class _Reader:
    def __init__(self, walker: Any) -> None:
        from pylatexenc import latexwalker as lw
        from pylatexenc.latex2text import LatexNodes2Text

        self.lw = lw
        self.walker = walker
        self.to_text = LatexNodes2Text()
        self.skipping = False
        self.pieces: list[Piece] = []

    def piece(self, nodes: list[Any], at: int) -> None:
        if self.skipping:
            return
        text = one_line(self.to_text.nodelist_to_text(nodes))
        if not text:
            return
        first = next((n for n in nodes if n is not None and n.latex_verbatim().strip()), None)
        pos = first.pos if first is not None else at
        end = max((n.pos + n.len for n in nodes if n is not None), default=pos)
        line, column = self.walker.pos_to_lineno_colno(pos)
        segments = align(text, self.walker.s, pos, end, SKIP)
        self.pieces.append(Piece(text, line, column + 1, 0, segments))

    def has_items(self, nodes: list[Any]) -> bool:
        return any(self.is_macro(node, "item") for node in nodes)

    def is_macro(self, node: Any, name: str) -> bool:
        return isinstance(node, self.lw.LatexMacroNode) and node.macroname == name

    def holds_list(self, nodes: list[Any]) -> bool:
        return any(
            isinstance(node, self.lw.LatexEnvironmentNode) and self.has_items(node.nodelist)
            for node in nodes
        )

    def items(self, nodes: list[Any]) -> None:
        """Split an environment's nodes at each \\item; nested lists are walked too."""
        current: list[Any] | None = None
        start = 0
        for node in [*nodes, None]:
            if node is None or self.is_macro(node, "item"):
                if current is not None and not self.holds_list(current):
                    self.piece(current, start)
                if current is not None:
                    self.walk(current)
                current = []
                start = node.pos if node is not None else 0
            elif current is not None:
                current.append(node)
            else:
                self.walk([node])

    def macro(self, node: Any) -> None:
        name = node.macroname
        if name in DEFINITIONS:
            return
        args = [arg for arg in (node.nodeargd.argnlist if node.nodeargd else []) if arg]
        if name in SECTION_MACROS and args:
            title = self.to_text.nodelist_to_text([args[-1]])
            self.skipping = SKIP_HEADINGS.search(title) is not None
            return
        for macro, _spec, index in ITEM_MACROS:
            if name == macro and args:
                arg = node.nodeargd.argnlist[index] if index != -1 else args[-1]
                if arg is not None:
                    inner = arg.nodelist if isinstance(arg, self.lw.LatexGroupNode) else [arg]
                    if self.holds_list(inner):
                        self.walk(inner)
                    else:
                        self.piece(inner, arg.pos)
                return
        for arg in args:
            self.walk([arg])

    def walk(self, nodes: list[Any]) -> None:
        for node in nodes:
            if isinstance(node, self.lw.LatexEnvironmentNode):
                if self.has_items(node.nodelist):
                    self.items(node.nodelist)
                else:
                    self.walk(node.nodelist)
            elif isinstance(node, self.lw.LatexGroupNode):
                self.walk(node.nodelist)
            elif isinstance(node, self.lw.LatexMacroNode):
                self.macro(node)


def _nodes(path: str, walker: Any) -> list[Any]:
    from pylatexenc.latexwalker import LatexWalkerParseError

    try:
        nodes: list[Any] = walker.get_latex_nodes()[0]
    except LatexWalkerParseError as error:
        message = str(error.msg or "parse error").strip().splitlines()[0]
        raise InputError(path, f"invalid LaTeX: {message}", error.lineno) from None
    return nodes


def pieces(path: str, text: str) -> list[Piece]:
    """Every bullet of the resume, in file order."""
    walker = _walker(path, text)
    reader = _Reader(walker)
    try:
        reader.walk(_nodes(path, walker))
    except RecursionError:
        raise InputError(path, "invalid LaTeX: nested too deeply to parse") from None
    except (IndexError, AttributeError, TypeError, ValueError) as error:
        # pylatexenc's converter on a macro used with fewer arguments than it expects
        raise InputError(path, f"cannot convert the LaTeX to text ({error})") from None
    return sorted(reader.pieces, key=lambda piece: (piece.line, piece.column))


def read(path: str, data: bytes, kind: str | None = None) -> Document:
    check_size(path, data, "a LaTeX resume", MAX_BYTES)
    text = decode(path, data)
    notes = comment_notes(text, "%")
    return answers_document(path, pieces(path, text), file_lines(text), kind, notes, text)
