"""Text helpers shared by rule modules (not a rule: the registry skips ``_`` modules)."""

from __future__ import annotations

import re
from collections.abc import Callable

from playbook_lint.sentences import Sentences

__all__ = ["Sentences", "lower_spans", "lowercase_twin"]


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
