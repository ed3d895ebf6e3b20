"""Text helpers shared by rule modules (not a rule: the registry skips ``_`` modules)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable


def lowercase_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern without its (?i: ...) wrapper, for lowercased text."""
    source = pattern.pattern
    assert source.startswith("(?i:") and source.endswith(")")
    return re.compile("(?:" + source[4:])


def lower_spans(
    pattern: re.Pattern[str],
    lowered: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    may_match: Callable[[str], bool] | None = None,
) -> list[tuple[int, int]]:
    """Spans of a case-insensitive pattern, found with its lowercase twin when lowering
    keeps every offset (it does for all but a few non-ASCII letters). ``may_match``, when
    given, is a test of the lowercased text that every match passes (a few tests with
    `in`, far cheaper than a regex search): text that fails it is not searched."""
    low = text[start:end].lower()
    if may_match is not None and not may_match(low):
        return []
    if len(low) == end - start:
        return [(match.start() + start, match.end() + start) for match in lowered.finditer(low)]
    return [match.span() for match in pattern.finditer(text, start, end)]


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
