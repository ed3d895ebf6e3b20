"""Stage 1 of the pipeline: bytes to text, one line index, and the one input error.

Every reader decodes through :func:`decode`, so every format gets the same limits and the
same one-line errors. Positions everywhere are offsets into the decoded text; a
:class:`LineIndex` turns them into 1-based lines and columns.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """Bad input: reported as one line naming the file (and line), exit code 2."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, int | None]]:
        return (InputError, (self.path, self.message, self.line))


def decode(path: str, data: bytes) -> str:
    """Bytes to normalised text (UTF-8, no BOM, LF line ends), or InputError."""
    if len(data) > MAX_BYTES:
        raise InputError(
            path,
            f"file is too large ({len(data) / 2**20:.1f} MiB; "
            f"the limit is {MAX_BYTES // 2**20} MiB)",
        )
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes); expected Markdown or text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(path, f"not valid UTF-8 (byte {error.start})", line) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


class LineIndex:
    """Offsets to 1-based (line, column) and back, built on first use.

    A reader whose text is not the file itself (a future DOCX or PDF reader) gives the
    Document its own locator with the same two methods, mapping back to the original.
    """

    __slots__ = ("_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []

    def line_starts(self) -> list[int]:
        """The offset where each line starts (the engine bisects it directly)."""
        if not self._starts:
            text = self.text
            starts = [0]
            pos = text.find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = text.find("\n", pos + 1)
            self._starts = starts
        return self._starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset."""
        starts = self.line_starts()
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its newline."""
        starts = self.line_starts()
        start = starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start : end if end != -1 else len(self.text)]


class LineStart:
    """A pattern that matches at line starts only, as ``(?m)^BODY`` does, found faster:
    re tries ``^`` at every offset of the text, while a pattern that opens with a newline
    is scanned for quickly. BODY must match a non-empty run within one line."""

    __slots__ = ("after_newline", "first")

    def __init__(self, body: str, flags: int = 0) -> None:
        self.first = re.compile(body, flags)
        self.after_newline = re.compile(f"\n(?:{body})", flags)

    def spans(self, text: str, pos: int = 0) -> Iterator[tuple[int, int]]:
        """The spans ``(?m)^BODY`` finds from pos on, in order."""
        if pos == 0 or text[pos - 1 : pos] == "\n":
            match = self.first.match(text, pos)
            if match is not None:
                yield match.span()
        for match in self.after_newline.finditer(text, pos):
            yield match.start() + 1, match.end()

    def search(self, text: str) -> bool:
        """Whether ``(?m)^BODY`` matches anywhere in text."""
        return self.first.match(text) is not None or self.after_newline.search(text) is not None


# The ligatures a PDF's text layer leaves in words ("trafﬁc", "Deﬁned SLOs", "MLﬂow"). The
# rules read words, so they read such an answer with its letters spelled out; the writer's
# text is never changed.
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}


def spelled_out(part: str) -> tuple[str, list[int]] | None:
    """part with its ligatures spelled out, and for each character of that the index in
    part it came from; None when part holds no ligature (nearly always)."""
    if part.isascii() or not any(ligature in part for ligature in LIGATURES):
        return None
    pieces: list[str] = []
    where: list[int] = []
    for index, char in enumerate(part):
        letters = LIGATURES.get(char, char)
        pieces.append(letters)
        where.extend([index] * len(letters))
    return "".join(pieces), where
