"""Sentence boundaries, shared by the number stages (a design answer's plans) and the
rules (a sentence's intensifiers)."""

from __future__ import annotations

import bisect
import re

# A full stop, "!" or "?" before a space, a bracket or a quote (not the point in "0.95"),
# a blank line, or a new list item.
_SENTENCE_END = re.compile(r"[.!?](?=[\s)\"'*]|$)|\n[ \t]*\n|\n[ \t]*(?:[-*+\u2022]|\d+[.)])[ \t]")


class Sentences:
    """Sentence boundaries of text[start:end], found once, looked up by position."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start, self.end = start, end
        marks = [match.span() for match in _SENTENCE_END.finditer(text, start, end)]
        self._starts = [mark_start for mark_start, _ in marks]
        self._ends = [mark_end for _, mark_end in marks]

    def around(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence holding pos."""
        index = bisect.bisect_right(self._ends, pos)
        left = self._ends[index - 1] if index else self.start
        following = bisect.bisect_right(self._starts, pos)
        right = self._starts[following] if following < len(self._starts) else self.end
        return left, max(right, pos)

    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of every sentence, in order."""
        lefts = [self.start, *self._ends]
        rights = [*self._starts, self.end]
        return [(left, right) for left, right in zip(lefts, rights, strict=True) if right > left]
