"""Shared by the readers whose text is not the file itself (DOCX, PDF, JSON Resume,
RenderCV YAML, LaTeX): build ``Document.source`` from pieces of the file and a locator
that maps offsets in it back to lines of the original.

``source`` holds one line per piece. A piece knows the line and column of the file where
its text starts, so a finding in it is reported there; the text shown under a finding is
that line of the file (text formats) or the piece itself (DOCX paragraphs, PDF lines).

Two ways to split pieces into answers:

* :func:`answers_document`: every piece is one answer (JSON Resume highlights, RenderCV
  highlights, LaTeX items): the format already says where each bullet starts and ends.
* :func:`text_document`: the pieces are lines of a text (DOCX paragraphs, PDF lines) and
  the plain-text reader splits them, so kind detection, section headings such as
  "SKILLS" and suppression comments work as in a ``.txt`` file.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from playbook_lint.document import Answer, Document, Suppression
from playbook_lint.inputs._masks import URL, apply_masks
from playbook_lint.source import InputError, LineIndex
from playbook_lint.spec import AnswerKind

# A resume in JSON, YAML or LaTeX is a few kilobytes; past this it is not a resume, and
# the pure-Python parsers below would take seconds.
MAX_TEXT_BYTES = 2 * 1024 * 1024


Segments = tuple[tuple[int, ...], tuple[int, ...]]  # (offsets in a piece, offsets in the file)


class Piece(NamedTuple):
    text: str  # one line: no newlines
    line: int  # 1-based line of the file where the text starts
    column: int = 1  # 1-based column of the file where text[0] is
    prefix: int = 0  # leading characters of ``text`` the file does not have (a "- " marker)
    # Where each stretch of ``text`` sits in the file (see :func:`align`); None: the text
    # is contiguous from (line, column).
    segments: Segments | None = None


def one_line(text: str) -> str:
    """Whitespace runs (newlines included) as one space, ends stripped."""
    return " ".join(text.split())


SEARCH = 80  # how far ahead in the file align() looks for the next character of the text


def align(
    text: str, raw: str, start: int, end: int, skip: re.Pattern[str] | None = None
) -> Segments:
    """Map each character of ``text`` (a value the file spells with quotes, escapes,
    line breaks or LaTeX commands) to its offset in ``raw[start:end]``.

    Characters are matched in order: each is looked for from just after the previous
    match, at most :data:`SEARCH` characters ahead, stepping over what ``skip`` matches
    (LaTeX command names); whitespace and characters the file does not spell as they are
    stay where the previous match left off. Returns stretches: the offsets in ``text``
    where a stretch starts and the file offsets they map to.
    """
    if raw.startswith(text, start):
        return (0,), (start,)  # spelled as it reads: one stretch
    text_starts: list[int] = []
    raw_starts: list[int] = []
    cursor = start
    previous = -2
    for index, char in enumerate(text):
        pos = cursor
        if not char.isspace() and skip is None:
            found = raw.find(char, cursor, min(end, cursor + SEARCH))
            if found != -1:
                pos = found
                cursor = found + 1
        elif not char.isspace():
            probe = cursor
            limit = min(end, cursor + SEARCH)
            while probe < limit:
                if skip is not None:
                    skipped = skip.match(raw, probe, end)
                    if skipped is not None and skipped.end() > probe:
                        probe = skipped.end()
                        continue
                if raw[probe] == char:
                    pos = probe
                    cursor = probe + 1
                    break
                probe += 1
        if pos != previous + 1:
            text_starts.append(index)
            raw_starts.append(pos)
        previous = pos
    return tuple(text_starts), tuple(raw_starts)


class PieceLocator:
    """Offsets in the joined pieces to (line, column) of the file, and lines to show.

    Picklable (no closures): documents travel between processes with ``--jobs``.
    """

    __slots__ = ("_columns", "_file", "_lines", "_prefixes", "_segments", "_shown", "_starts")

    def __init__(
        self, pieces: list[Piece], shown: dict[int, str], file_text: str | None = None
    ) -> None:
        starts: list[int] = []
        pos = 0
        for piece in pieces:
            starts.append(pos)
            pos += len(piece.text) + 1
        self._starts = starts
        self._lines = [piece.line for piece in pieces]
        self._columns = [piece.column for piece in pieces]
        self._prefixes = [piece.prefix for piece in pieces]
        self._segments = [piece.segments for piece in pieces]
        self._shown = shown
        self._file = LineIndex(file_text) if file_text is not None else None

    def position(self, offset: int) -> tuple[int, int]:
        if not self._starts:
            return 1, 1
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        within = max(0, offset - self._starts[index] - self._prefixes[index])
        segments = self._segments[index]
        if segments is not None and self._file is not None and segments[0]:
            text_starts, raw_starts = segments
            stretch = max(0, bisect.bisect_right(text_starts, within) - 1)
            return self._file.position(raw_starts[stretch] + within - text_starts[stretch])
        return self._lines[index], self._columns[index] + within

    def line_text(self, line: int) -> str:
        return self._shown.get(line, "")


def _join(pieces: list[Piece]) -> str:
    return "\n".join(piece.text for piece in pieces)


def file_lines(text: str) -> dict[int, str]:
    """The lines of a text file by 1-based number (what a finding shows)."""
    return dict(enumerate(text.split("\n"), 1))


def answers_document(
    path: str,
    pieces: list[Piece],
    shown: dict[int, str],
    kind: str | None,
    notes: list[Piece] | None = None,
    file_text: str | None = None,
) -> Document:
    """A Document in which every non-empty piece is one answer (a resume bullet unless
    ``kind`` names another kind).

    ``notes`` are the file's suppression comments (``# playbook-lint: disable=...`` in
    YAML, ``% playbook-lint: ...`` in LaTeX): placed among the answers in file order,
    each covers the answer on its line or the next one, as in Markdown.
    """
    from playbook_lint import suppressions

    items = [(piece, True) for piece in pieces if piece.text.strip()]
    items += [(note, False) for note in notes or []]
    # A comment goes before the answer on its line: it covers that answer (a comment at
    # the end of a line), or else the next one (a comment on a line of its own).
    items.sort(key=lambda item: (item[0].line, item[0].column if item[1] else 0))
    ordered = [piece for piece, _ in items]
    source = _join(ordered)
    chosen = AnswerKind(kind) if kind is not None else AnswerKind.RESUME
    answers: list[Answer] = []
    comment_spans: list[tuple[int, int]] = []
    pos = 0
    for piece, is_answer in items:
        if is_answer:
            answers.append(Answer(chosen, pos + piece.prefix, pos + len(piece.text)))
        else:
            comment_spans.append((pos, pos + len(piece.text)))
        pos += len(piece.text) + 1
    found: list[Suppression] = []
    if comment_spans:
        answer_spans = [(answer.start, answer.end) for answer in answers]
        found = suppressions.find(apply_masks(source, answer_spans), plain=True)
    masked = apply_masks(source, comment_spans + [m.span() for m in URL.finditer(source)])
    return Document(
        path=path,
        source=source,
        masked=masked,
        kind=chosen,
        require=(),
        answers=answers,
        suppressions=found,
        kind_origin="option" if kind is not None else "format",
        locator=PieceLocator(ordered, shown, file_text),
    )


def comment_notes(text: str, marker: str) -> list[Piece]:
    """Suppression comments of a text format whose comments start with ``marker``
    (``#`` for YAML, ``%`` for LaTeX), as pieces at their lines and columns."""
    notes: list[Piece] = []
    if "playbook-lint" not in text:
        return notes
    for number, line in enumerate(text.split("\n"), 1):
        at = line.find("playbook-lint")
        if at == -1:
            continue
        opener = line.rfind(marker, 0, at)
        if opener == -1 or (marker == "%" and opener > 0 and line[opener - 1] == "\\"):
            continue
        body = line[opener + 1 :]
        notes.append(Piece(body, number, opener + 2))
    return notes


def text_document(path: str, pieces: list[Piece], kind: str | None) -> Document:
    """A Document from lines of text, split by the plain-text reader; findings point at
    each piece's line, and the piece is the text shown under them."""
    from playbook_lint.inputs.plain import parse

    doc = parse(path, _join(pieces), kind)
    shown: dict[int, str] = {}
    for piece in pieces:
        shown.setdefault(piece.line, piece.text[piece.prefix :])
    doc.locator = PieceLocator(pieces, shown)
    return doc


def check_size(path: str, data: bytes, what: str, limit: int = MAX_TEXT_BYTES) -> None:
    if len(data) > limit:
        raise InputError(
            path,
            f"file is too large for {what} ({len(data) / 2**20:.1f} MiB; "
            f"the limit is {limit / 2**20:g} MiB)",
        )


def missing(path: str, package: str) -> InputError:
    """The error for an optional dependency that is not installed."""
    return InputError(
        path,
        f"reading this format needs {package}: install the linter with its 'formats' "
        "extra (from a checkout: pip install '.[formats]')",
    )
