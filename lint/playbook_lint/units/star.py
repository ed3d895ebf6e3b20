"""Answers of kind ``star-story``: stories split by their Situation, Task, Action and
Result labels (``**Result:**``, ``Result -``, ``## Result``)."""

from __future__ import annotations

import re

from playbook_lint.document import Answer, Section
from playbook_lint.spec import AnswerKind
from playbook_lint.units import first_word

_STAR_LABEL = re.compile(
    r"[ \t]{0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*(situation|task|action|result)s?"
    r"(?:[ \t]*\([^()\n]{0,60}\))?"  # "Result (what changed):"
    r"[ \t]*(?:(?:\*\*|__)[ \t]*[:.\u2014\u2013-]?|[:\u2014\u2013-](?:[ \t]*(?:\*\*|__))?"
    r"|(?=[ \t]*$))",
    re.I,
)


_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")


def split(doc_masked: str, start: int, end: int) -> list[Answer]:
    """Split [start, end) into STAR stories by their labels."""
    stories: list[Answer] = []
    current: Answer | None = None
    labels: list[tuple[str, int, int]] = []  # name, label start, label end
    pos = start
    prev_blank = True
    while pos < end:
        nl = doc_masked.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        line = doc_masked[pos:line_end]
        is_blank = not line.strip()
        is_heading = _HEADING.match(line) is not None
        if prev_blank or is_heading:
            match = _STAR_LABEL.match(line)
            if match is not None:
                labels.append((match.group(1).lower(), pos + match.start(1), pos + match.end()))
            elif is_heading:
                labels.append(("", pos, line_end))  # a heading that is not a label
        prev_blank = is_blank or is_heading
        pos = line_end + 1
    first_content = first_word(doc_masked, start, end)
    if first_content is None:
        return []
    current = Answer(AnswerKind.STAR_STORY, first_content, end)
    stories.append(current)
    bounds = [*labels, ("", end, end)]
    for index, (name, label_start, label_end) in enumerate(bounds[:-1]):
        next_start = bounds[index + 1][1]
        if not name:
            if current.sections or first_word(doc_masked, current.start, label_start) is not None:
                current.end = label_start
                current = Answer(AnswerKind.STAR_STORY, label_start, end)
                stories.append(current)
            continue
        if name in current.sections:
            current.end = label_start
            current = Answer(AnswerKind.STAR_STORY, label_start, end)
            stories.append(current)
        if not current.sections:
            current.start = min(current.start, label_start)
        current.sections[name] = Section(name, label_start, label_end, label_end, next_start)
    found = [s for s in stories if first_word(doc_masked, s.start, s.end) is not None]
    # Text under other headings ("## Follow-up questions") is not a story once the file
    # has labelled stories; a file with no labels at all is one story missing its sections.
    if any(story.sections for story in found):
        found = [story for story in found if story.sections]
    return found
