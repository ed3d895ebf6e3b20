"""Answers of kind ``resume``: each leaf bullet is an answer. Bullets with nested bullets
are headings, and lists under skills-like headings are skipped.

Three splitters find the same bullets: from markdown-it's block tokens (Markdown that
needs the parser), line by line (Markdown without parser-only constructs: much faster,
and tests/lint/test_document.py checks the two agree), and plain text.
"""

from __future__ import annotations

import re
from typing import Any

from playbook_lint.document import Answer
from playbook_lint.spec import AnswerKind
from playbook_lint.units import FLAT as _FLAT
from playbook_lint.units import PLAIN_BULLET, SKIP_HEADINGS, first_word

_WORD = re.compile(r"\w")


def split_tokens(masked: str, tokens: list[Any], offsets: list[int]) -> list[Answer]:
    answers: list[Answer] = []
    heading_skip = False
    stack: list[list[Any]] = []  # [item map, has_child_list]
    total = len(masked)

    def line_offset(line: int) -> int:
        return offsets[line] if line < len(offsets) else total

    items: list[tuple[int, int, list[tuple[int, int]]]] = []
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open" and not stack:
            inline = tokens[index + 1] if index + 1 < len(tokens) else None
            title = inline.content if inline is not None else ""
            heading_skip = SKIP_HEADINGS.search(title) is not None
        elif kind == "list_item_open" and token.map:
            stack.append([token.map, False, []])
        elif kind in ("bullet_list_open", "ordered_list_open") and stack and token.map:
            stack[-1][1] = True
            stack[-1][2].append(tuple(token.map))
        elif kind == "list_item_close" and stack:
            item_map, has_child, children = stack.pop()
            if not has_child and not heading_skip:
                items.append((item_map[0], item_map[1], children))
        elif kind == "paragraph_open" and not stack and token.map and not heading_skip:
            # Lines that start with a bullet character Markdown does not know ('•').
            for line in range(token.map[0], token.map[1]):
                text = masked[line_offset(line) : line_offset(line + 1)]
                if text.lstrip().startswith(("\u2022", "\u00b7", "\u25aa", "\u25e6")):
                    items.append((line, line + 1, []))
    for first, last, _children in items:
        start, end = line_offset(first), line_offset(last)
        if _WORD.search(masked, start, end):
            begin = first_word(masked, start, end)
            answers.append(Answer(AnswerKind.RESUME, begin if begin is not None else start, end))
    answers.sort(key=lambda a: a.start)
    return answers


_LIST_MARKER = re.compile(r"( {0,3}(?: {1,12})?)([-*+]|\d{1,9}[.)])(?:( +)(?=\S)|[ ]*$)")


_MARKER_LEADS = frozenset("-*+0123456789")


_ATX = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")


_FANCY_BULLET = ("\u2022", "\u00b7", "\u25aa", "\u25e6")


def _split_flat(base: str, masked: str, start: int) -> list[Answer]:
    """split_lines for a flat resume (see _FLAT): every bullet is a leaf item."""
    answers: list[Answer] = []
    skip = False
    total = len(masked)
    pos = start
    for line in base[start:].split("\n"):
        line_end = pos + len(line)
        lead = line[:1]
        if lead == "#":
            skip = SKIP_HEADINGS.search(line) is not None
        elif lead and lead != " " and not skip and _WORD.search(masked, pos, line_end):
            answers.append(
                Answer(AnswerKind.RESUME, pos, line_end + 1 if line_end < total else line_end)
            )
        pos = line_end + 1
    return answers


def split_lines(base: str, masked: str, start: int) -> list[Answer]:
    """Resume bullets found line by line, for Markdown without parser-only constructs.

    Mirrors split_tokens: leaf list items are answers, items with nested items are
    headings, lists under a skills-like heading are skipped, and top-level paragraph
    lines that start with a bullet character are answers.
    """
    if _FLAT.fullmatch(base, start):
        return _split_flat(base, masked, start)
    return _split_nested(base, masked, start)


def _split_nested(base: str, masked: str, start: int) -> list[Answer]:
    """split_lines for any Markdown the line scanner handles: nested and multi-line items,
    paragraphs, lazy continuation lines."""
    # [start, end, indent, content column, has child, skip, marker kind, has content]
    items: list[list[int]] = []
    open_items: list[list[int]] = []
    heading_skip = False
    prev_blank = True
    in_paragraph = False
    total = len(masked)
    pos = start
    for line in base[start:].split("\n"):
        line_start = pos
        line_end = pos + len(line)
        pos = line_end + 1
        stripped = line.strip()
        if not stripped:
            # An item can start with at most one blank line: an empty item ends here.
            while open_items and not open_items[-1][7]:
                open_items.pop()
            prev_blank = True
            in_paragraph = False
            continue
        content_line = line.lstrip(" ")
        indent = len(line) - len(content_line)
        lead = content_line[0]
        heading = _ATX.match(line) if lead == "#" else None
        holder = len(open_items)
        while heading is not None and holder and indent < open_items[holder - 1][3]:
            holder -= 1
        if heading is not None and holder:
            heading = None  # a heading inside a list item belongs to the item
            del open_items[holder:]
            open_items[-1][1] = line_end
            open_items[-1][7] = 1
            in_paragraph = False
            prev_blank = False
            continue
        marker = None if heading or lead not in _MARKER_LEADS else _LIST_MARKER.match(line)
        keep = len(open_items)
        if marker is not None:
            while keep and indent < open_items[keep - 1][3]:
                keep -= 1
            symbol = marker.group(2)
            kind = ord(symbol[-1])
            # A list item at the paragraph's own indentation interrupts the paragraph only
            # when it is not empty and, if it is ordered, starts at 1 (as in markdown-it).
            paragraph_indent = open_items[-1][3] if open_items else 0
            if (
                in_paragraph
                and not prev_blank
                and indent >= paragraph_indent
                and ((symbol[0].isdigit() and symbol[:-1] != "1") or marker.group(3) is None)
            ):
                marker = None
        if heading is not None:
            open_items.clear()
            heading_skip = SKIP_HEADINGS.search(line) is not None
            in_paragraph = False
        elif marker is not None:
            del open_items[keep:]
            if open_items:
                open_items[-1][4] = 1
                open_items[-1][7] = 1
            content = indent + len(marker.group(2)) + len(marker.group(3) or " ")
            has_content = int(marker.group(3) is not None)
            item = [line_start, line_end, indent, content, 0, int(heading_skip), kind, has_content]
            items.append(item)
            open_items.append(item)
            in_paragraph = marker.group(3) is not None  # an empty item holds no paragraph
        else:
            if open_items and not prev_blank and in_paragraph:
                keep = len(open_items)  # lazy continuation of the deepest item
            else:
                keep = len(open_items)
                while keep and indent < open_items[keep - 1][3]:
                    keep -= 1
            del open_items[keep:]
            if open_items:
                open_items[-1][1] = line_end
                open_items[-1][7] = 1
            elif not heading_skip and stripped.startswith(_FANCY_BULLET):
                items.append([line_start, line_end, 0, 0, 0, 0, 0, 1])
            in_paragraph = True
        prev_blank = False
    answers = []
    for item_start, item_end, _indent, _content, has_child, skip, _kind, _full in items:
        if has_child or skip:
            continue
        word = _WORD.search(masked, item_start, item_end)
        if word is None:
            continue
        begin = max(item_start, masked.rfind("\n", item_start, word.start()) + 1)
        end = item_end + 1 if item_end < total else item_end
        answers.append(Answer(AnswerKind.RESUME, begin, end))
    return answers


def split_plain(masked: str, start: int) -> list[Answer]:
    """Bullets of a plain-text resume; a short line such as "SKILLS" starts a section, and
    bullets under skills-like sections are skipped, as in Markdown."""
    answers: list[Answer] = []
    current: Answer | None = None
    skipping = False
    pos = start
    total = len(masked)
    while pos < total:
        nl = masked.find("\n", pos)
        line_end = total if nl == -1 else nl
        line = masked[pos:line_end]
        if PLAIN_BULLET.match(line):
            current = None if skipping else Answer(AnswerKind.RESUME, pos, line_end)
            if current is not None:
                answers.append(current)
        elif current is not None and line.strip() and line[:1] in (" ", "\t"):
            current.end = line_end
        else:
            current = None
            title = line.strip()
            if title and len(title) <= 40:
                skipping = SKIP_HEADINGS.search(title) is not None
        pos = line_end + 1
    return answers
