"""Stage 3: how a text splits into answers. One module per answer kind, and the kind
detection that runs when neither the command line nor front matter names the kind.

Each splitter takes the masked text and returns :class:`~playbook_lint.document.Answer`
objects; readers (``playbook_lint.inputs``) pick the splitter for their format.
"""

from __future__ import annotations

import re

from playbook_lint.source import LineStart
from playbook_lint.spec import AnswerKind

_WORD = re.compile(r"\w")
# Headings whose lists are not answers: skills, education, contact details...
SKIP_HEADINGS = re.compile(
    r"skill|education|certification|language|interest|contact|award|publication|summary|profile",
    re.I,
)
PLAIN_BULLET = re.compile(r"[ \t]*(?:[-*+\u2022\u00b7\u25aa\u2023\u25e6]|\d{1,3}[.)])[ \t]+\S")


def first_word(text: str, start: int, end: int) -> int | None:
    """The start of the line holding the first letter or digit in [start, end)."""
    match = _WORD.search(text, start, end)
    if match is None:
        return None
    line_start = text.rfind("\n", start, match.start()) + 1
    return max(line_start, start)


def has_word(text: str, start: int, end: int) -> bool:
    return _WORD.search(text, start, end) is not None


_HEADING_LINE = re.compile(r" {0,3}(?:#|=+[ \t]*$|-+[ \t]*$)")


# A resume made only of headings, blank lines and one-line top-level bullets: the common
# case, which detection and units/resume.py's _split_flat handle with one regex each.
_FLAT_LINE = r"(?:#{1,6}(?:[ \t][^\n]*)?|[-*+][ ]+\S[^\n]*|[ ]*)"
FLAT = re.compile(rf"(?:{_FLAT_LINE}\n)*{_FLAT_LINE}")
_NEWLINE_BULLET = re.compile(r"\n[-*+]")


def _mostly_bullets(text: str, start: int) -> bool:
    """True when, headings aside, at least half of the text sits on bullet lines."""
    if FLAT.fullmatch(text, start):
        # Every line is a heading, blank or a bullet: bullets win if there is one.
        return text.startswith(("-", "*", "+"), start) or bool(_NEWLINE_BULLET.search(text, start))
    bullet_chars = other_chars = 0
    for line in text[start:].split("\n"):
        stripped = line.strip()
        if not stripped or _HEADING_LINE.match(line):
            continue
        if PLAIN_BULLET.match(line):
            bullet_chars += len(stripped)
        else:
            other_chars += len(stripped)
    return bullet_chars > 0 and bullet_chars >= other_chars


_STAR_HINT = LineStart(
    r"[ \t]{0,3}(?:[-*+\u2022][ \t]+)?(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*"
    r"(?:(?i:situation|task|action|result|outcome|impact|what[ \t]happened)|[STAR]\b)"
)


def _looks_like_star(masked: str, start: int) -> bool:
    """Three different STAR sections labelled at line starts (units/star_labels.py)."""
    from playbook_lint.units.star_labels import LABEL, section_name

    found: set[str] = set()
    for line_start, _ in _STAR_HINT.spans(masked, start):
        line_end = masked.find("\n", line_start)
        label = LABEL.match(masked[line_start : len(masked) if line_end == -1 else line_end])
        if label is not None:
            found.add(section_name(label)[0])
    return len(found) >= 3


def detect(masked: str, base: str, start: int) -> AnswerKind:
    """The kind of a document that names none: STAR labels, mostly bullets, or prose."""
    if _looks_like_star(masked, start):
        return AnswerKind.STAR_STORY
    if _mostly_bullets(base, start):
        return AnswerKind.RESUME
    return AnswerKind.ANSWER
