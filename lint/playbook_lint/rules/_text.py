"""Text helpers shared by rule modules (not a rule: the registry skips ``_`` modules)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator


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
    hints: tuple[str, ...] = (),
) -> Iterator[tuple[int, int]]:
    """Spans of a case-insensitive pattern, found with its lowercase twin when lowering
    keeps every offset (it does for all but a few non-ASCII letters). ``hints``, when
    given, are substrings one of which every match holds once lowercased: text with none
    of them is not searched (a test with `in`, far cheaper than a regex search)."""
    low = text[start:end].lower()
    if hints and not any(hint in low for hint in hints):
        return
    if len(low) == end - start:
        for match in lowered.finditer(low):
            yield match.start() + start, match.end() + start
    else:
        for match in pattern.finditer(text, start, end):
            yield match.span()


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
