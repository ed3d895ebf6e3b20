"""Masking shared by the text readers: blank spans of a text, keeping every offset."""

from __future__ import annotations

import re

from playbook_lint.source import LineStart

URL = re.compile(r"\b(?:https?|ftp)://[^\s<>()]+|\bwww\.[^\s<>()]+")
# "1." and "2)" list markers at line starts: numbers that are not the candidate's.
ORDERED_MARKER = LineStart(r"[ \t]*\d{1,9}[.)](?=[ \t]|$)", re.M)


def blank(text: str) -> str:
    """Spaces for every character except newlines (keeps offsets and lines)."""
    return re.sub(r"[^\n]", " ", text)


def apply_masks(text: str, spans: list[tuple[int, int]]) -> str:
    """text with every span blanked (newlines kept); overlapping spans are fine."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if end <= pos:
            continue
        start = max(start, pos)
        out.append(text[pos:start])
        out.append(blank(text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)
