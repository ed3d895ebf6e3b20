"""The document model every reader produces and every rule reads.

Positions are offsets into ``Document.source``: the decoded text the reader built (for
Markdown and plain text, the file itself with CRLF turned into LF and a leading BOM
removed, so line numbers match the file). Rules never read ``source`` directly: they
read ``masked``, a copy of the same length in which everything that is not the
candidate's prose (front matter, code, HTML, link targets, URLs) is replaced by spaces.
Offsets in one are offsets in the other.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

from playbook_lint.source import LineIndex
from playbook_lint.spec import AnswerKind


class Section(NamedTuple):
    name: str  # situation | task | action | result
    label_start: int
    label_end: int
    start: int  # content start
    end: int  # content end


UNIT_NAMES = {
    AnswerKind.ANSWER: "answer",
    AnswerKind.DESIGN_ANSWER: "design answer",
    AnswerKind.RESUME: "resume bullet",
    AnswerKind.STAR_STORY: "STAR story",
}


class Answer:
    """One unit the rules judge: a whole answer, a resume bullet or a STAR story."""

    __slots__ = ("end", "kind", "sections", "start")

    def __init__(
        self, kind: AnswerKind, start: int, end: int, sections: dict[str, Section] | None = None
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.sections: dict[str, Section] = {} if sections is None else sections

    def __repr__(self) -> str:
        return f"Answer({self.kind.value!r}, {self.start}, {self.end}, {sorted(self.sections)})"

    @property
    def design(self) -> bool:
        """A system design answer: its sentences that only plan state no outcome."""
        return self.kind is AnswerKind.DESIGN_ANSWER

    @property
    def unit(self) -> str:
        """How messages name this answer: 'resume bullet', 'STAR story'..."""
        return UNIT_NAMES[self.kind]


class Suppression(NamedTuple):
    start: int
    end: int
    file_wide: bool
    rules: tuple[str, ...]  # rule names (resolved); empty when invalid
    reason: str | None
    problem: str | None  # why it is invalid, or None


class Locator(Protocol):
    """Maps offsets in ``Document.source`` to 1-based lines and columns of the input file."""

    def position(self, offset: int) -> tuple[int, int]: ...

    def line_text(self, line: int) -> str: ...


class Document:
    """A read file: its text, the masked copy the rules read, and its answers."""

    __slots__ = (
        "answers",
        "kind",
        "kind_origin",
        "locator",
        "masked",
        "path",
        "require",
        "source",
        "suppressions",
    )

    def __init__(
        self,
        *,
        path: str,
        source: str,
        masked: str,
        kind: str,
        require: tuple[str, ...],
        answers: list[Answer],
        suppressions: list[Suppression],
        kind_origin: str,  # "option" | "front matter" | "detected" | "default"
        locator: Locator | None = None,
    ) -> None:
        self.path = path
        self.source = source
        self.masked = masked
        self.kind = AnswerKind(kind)
        self.require = require
        self.answers = answers
        self.suppressions = suppressions
        self.kind_origin = kind_origin
        self.locator: Locator = LineIndex(source) if locator is None else locator

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset, in the input file."""
        return self.locator.position(offset)

    def line_text(self, line: int) -> str:
        """A line of the input file, for showing under a finding."""
        return self.locator.line_text(line)
