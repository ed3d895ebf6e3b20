"""Answers of kind ``star-story``: stories split by their Situation, Task, Action and
Result labels (``**Result:**``, ``Result -``, ``## Result``, ``- **S**:``, ``R -``,
``**Outcome** (30 seconds):``); the label grammar is in :mod:`.star_labels`."""

from __future__ import annotations

import re

from playbook_lint.document import Answer, Section
from playbook_lint.spec import AnswerKind
from playbook_lint.units import first_word
from playbook_lint.units.star_labels import ALIASES, LABEL, section_name

_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")


def split(doc_masked: str, start: int, end: int) -> list[Answer]:
    """Split [start, end) into STAR stories by their labels."""
    stories: list[Answer] = []
    current: Answer | None = None
    labels: list[tuple[str, str, int, int]] = []  # name, as written, label start, label end
    pos = start
    prev_blank = True
    while pos < end:
        nl = doc_masked.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        line = doc_masked[pos:line_end]
        is_blank = not line.strip()
        is_heading = _HEADING.match(line) is not None
        match = LABEL.match(line)
        if match is not None and (prev_blank or is_heading or _starts_a_label(line, match)):
            name, written = section_name(match)
            start_of = "word" if match.group("word") is not None else "letter"
            labels.append((name, written, pos + match.start(start_of), pos + match.end()))
        elif is_heading:
            labels.append(("", "", pos, line_end))  # a heading that is not a label
        prev_blank = is_blank or is_heading
        pos = line_end + 1
    first_content = first_word(doc_masked, start, end)
    if first_content is None:
        return []
    current = Answer(AnswerKind.STAR_STORY, first_content, end)
    stories.append(current)
    labels = _drop_repeated_aliases(labels)
    bounds = [*labels, ("", "", end, end)]
    for index, (name, _, label_start, label_end) in enumerate(bounds[:-1]):
        next_start = bounds[index + 1][2]
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


_BULLET = re.compile(r"[ \t]{0,3}[-*+\u2022][ \t]")


def _starts_a_label(line: str, match: re.Match[str]) -> bool:
    """A label in the middle of a paragraph (no blank line before it) counts when it
    is a bullet (``- **S**:``) or bold, or a capitalised name with a separator
    (``Task: ...`` on the next line), or a word name with a colon right after it
    (``task: ...``): a wrapped line starting "action" does not."""
    if _BULLET.match(line) or match.group("bold"):
        return True
    group = "word" if match.group("word") else "letter"
    if match.group("word") and match.string[match.end(group) : match.end(group) + 2] in (
        ":",
        ": ",
        "s:",
    ):
        return True
    return match.group(group)[0].isupper() and match.end() > match.end(group)


def _drop_repeated_aliases(
    labels: list[tuple[str, str, int, int]],
) -> list[tuple[str, str, int, int]]:
    """An alias ("Impact", "Outcome") for a section the story already has is more of that
    section, not the start of a new story."""
    kept: list[tuple[str, str, int, int]] = []
    seen: set[str] = set()
    for label in labels:
        name, written = label[0], label[1]
        if not name:
            seen = set()
        elif written in ALIASES and name in seen:
            continue
        elif name in seen:
            seen = set()
        seen.add(name)
        kept.append(label)
    return kept
