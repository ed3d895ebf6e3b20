"""The JSON Resume reader (https://jsonresume.org/schema): the ``summary``,
``description`` and ``highlights`` of ``work``, ``volunteer``, ``projects`` and
``awards`` entries, each one answer, reported at its line in the file.

Python's json module gives no positions, so a small parser here walks the text and keeps
the offset of every string; it refuses nesting deeper than :data:`MAX_DEPTH` instead of
recursing without end, and files larger than a resume could be.
"""

from __future__ import annotations

import bisect
import json
import re
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any, NamedTuple

from playbook_lint.document import Document
from playbook_lint.inputs._structured import (
    Piece,
    align,
    answers_document,
    check_size,
    file_lines,
    one_line,
)
from playbook_lint.source import InputError, decode

SUFFIXES = (".json",)
WALK = False  # directory walks skip it: most .json files are not resumes

SECTIONS = ("work", "volunteer", "projects", "awards")
FIELDS = ("summary", "description", "highlights")
MAX_DEPTH = 64

_SPACE = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_LITERALS = {"true": True, "false": False, "null": None}


class Text(NamedTuple):
    """A JSON string, the offset of its opening quote and the offset after its closing one."""

    value: str
    offset: int
    end: int


class _Parser:
    """Strict JSON (RFC 8259) to dicts, lists, scalars and :class:`Text` strings."""

    def __init__(self, text: str) -> None:
        self.text = text

    def fail(self, message: str, pos: int) -> json.JSONDecodeError:
        return json.JSONDecodeError(message, self.text, pos)

    def skip(self, pos: int) -> int:
        match = _SPACE.match(self.text, pos)
        return match.end() if match is not None else pos

    def string(self, pos: int) -> tuple[Text, int]:
        value, end = scanstring(self.text, pos + 1, True)
        return Text(value, pos, end), end

    def value(self, pos: int, depth: int) -> tuple[Any, int]:
        text = self.text
        pos = self.skip(pos)
        if pos >= len(text):
            raise self.fail("Expecting value", pos)
        char = text[pos]
        if char == '"':
            return self.string(pos)
        if char in "{[":
            if depth >= MAX_DEPTH:
                raise self.fail(f"nested more than {MAX_DEPTH} levels deep", pos)
            return (self.object if char == "{" else self.array)(pos + 1, depth + 1)
        for word, literal in _LITERALS.items():
            if text.startswith(word, pos):
                return literal, pos + len(word)
        number = _NUMBER.match(text, pos)
        if number is None:
            raise self.fail("Expecting value", pos)
        return float(number.group()), number.end()

    def object(self, pos: int, depth: int) -> tuple[dict[str, Any], int]:
        text = self.text
        found: dict[str, Any] = {}
        pos = self.skip(pos)
        if text.startswith("}", pos):
            return found, pos + 1
        while True:
            if not text.startswith('"', pos):
                raise self.fail("Expecting property name enclosed in double quotes", pos)
            key, pos = self.string(pos)
            pos = self.skip(pos)
            if not text.startswith(":", pos):
                raise self.fail("Expecting ':' delimiter", pos)
            found[key.value], pos = self.value(pos + 1, depth)
            pos = self.skip(pos)
            if text.startswith("}", pos):
                return found, pos + 1
            if not text.startswith(",", pos):
                raise self.fail("Expecting ',' delimiter", pos)
            pos = self.skip(pos + 1)

    def array(self, pos: int, depth: int) -> tuple[list[Any], int]:
        text = self.text
        items: list[Any] = []
        pos = self.skip(pos)
        if text.startswith("]", pos):
            return items, pos + 1
        while True:
            item, pos = self.value(pos, depth)
            items.append(item)
            pos = self.skip(pos)
            if text.startswith("]", pos):
                return items, pos + 1
            if not text.startswith(",", pos):
                raise self.fail("Expecting ',' delimiter", pos)
            pos += 1

    def document(self) -> Any:
        value, end = self.value(0, 0)
        end = self.skip(end)
        if end != len(self.text):
            raise self.fail("Extra data", end)
        return value


def parse(path: str, text: str) -> Any:
    """The JSON value, strings as :class:`Text`; InputError with the line when invalid."""
    try:
        return _Parser(text).document()
    except json.JSONDecodeError as error:
        raise InputError(
            path, f"invalid JSON: {error.msg} (column {error.colno})", error.lineno
        ) from None


def _texts(value: Any) -> list[Text]:
    if isinstance(value, Text):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, Text)]
    return []


def pieces(text: str, data: dict[str, Any]) -> list[Piece]:
    """Every summary and highlight of the resume sections, in file order."""
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    found: list[Piece] = []
    for section in SECTIONS:
        entries = data.get(section)
        if not isinstance(entries, list):
            continue
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            for field in FIELDS:
                for item in _texts(entry.get(field)):
                    index = bisect.bisect_right(starts, item.offset) - 1
                    column = item.offset - starts[index] + 2  # after the opening quote
                    value = one_line(item.value)
                    segments = align(value, text, item.offset + 1, item.end - 1)
                    found.append(Piece(value, index + 1, column, 0, segments))
    found.sort(key=lambda piece: (piece.line, piece.column))
    return found


def read(path: str, data: bytes, kind: str | None = None) -> Document:
    check_size(path, data, "a JSON Resume")
    text = decode(path, data)
    value = parse(path, text)
    if not isinstance(value, dict) or not any(key in value for key in (*SECTIONS, "basics")):
        raise InputError(
            path,
            "not a JSON Resume: expected an object with 'basics', 'work', 'volunteer', "
            "'projects' or 'awards'",
        )
    return answers_document(path, pieces(text, value), file_lines(text), kind, None, text)
