"""The Markdown reader: front matter, masking of everything that is not prose, and the
split into answers.

Masking replaces code blocks and spans, HTML, comments, link targets, URLs and reference
definitions with spaces (newlines kept), so offsets in the masked text are offsets in
the file. Markdown without parser-only constructs is scanned line by line; the rest goes
through markdown-it's block parser (loaded on first use).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Any

from playbook_lint import frontmatter, suppressions
from playbook_lint.document import Answer, Document
from playbook_lint.inputs._masks import ORDERED_MARKER, URL, apply_masks
from playbook_lint.source import LineStart, decode
from playbook_lint.spec import AnswerKind
from playbook_lint.units import detect, prose, resume

SUFFIXES = (".md", ".markdown")

_INLINE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:[ \t][^<>\n]{0,300})?/?>")


_LINK_TARGET = re.compile(
    r"\]\([^()\s]{0,500}(?:\([^()\s]{0,200}\)[^()\s]{0,200}){0,3}(?:[ \t]+\"[^\"\n]{0,200}\")?\)"
)


_REF_DEF = re.compile(r"(?m)^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$")


_BACKTICKS = re.compile(r"`+")


def _comments(text: str) -> list[tuple[int, int]]:
    """HTML comments, found with str.find so an unclosed '<!--' costs one scan."""
    spans: list[tuple[int, int]] = []
    pos = text.find("<!--")
    while pos != -1:
        close = text.find("-->", pos + 4)
        if close == -1:
            break
        spans.append((pos, close + 3))
        pos = text.find("<!--", close + 3)
    return spans


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Inline code spans: a run of n backticks up to the next run of exactly n."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    breaks = [m.start() for m in re.finditer(r"\n[ \t]*\n", text)]
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(runs):
        start, end = runs[index]
        same = by_length[end - start]
        pos = bisect.bisect_right(same, index)
        if pos < len(same):
            closer = same[pos]
            close_end = runs[closer][1]
            if bisect.bisect_left(breaks, end) == bisect.bisect_left(breaks, runs[closer][0]):
                spans.append((start, close_end))
                index = closer + 1
                continue
        index += 1
    return spans


@functools.cache
def _block_parser() -> Any:
    """markdown-it-py's CommonMark block parser, built on first use (parsing keeps no
    state in the parser, so one serves every call)."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": True})
    parser.disable("inline")
    return parser


def _markdown_blocks(text: str) -> list[Any]:
    tokens: list[Any] = _block_parser().parse(text)
    return tokens


def _line_offsets(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


# Constructs that need the real Markdown parser: fences, HTML, tabs, indented code,
# block quotes, setext headings and thematic breaks. Without them a line scanner finds
# the same list items as markdown-it (tests/lint/test_document.py checks both agree).
_NEEDS_PARSER = LineStart(
    r" {4}|[ ]{0,3}(?:>|[=]+[ \t]*$|-+[ \t]*$|([-*_])(?:[ \t]*\1){2,}[ \t]*$)", re.M
)


def needs_parser(text: str) -> bool:
    return (
        "```" in text or "~~~" in text or "<" in text or "\t" in text or _NEEDS_PARSER.search(text)
    )


def _blocks(
    text: str, head: list[tuple[int, int]], force_parser: bool, body_start: int
) -> tuple[list[Any] | None, list[int], list[tuple[int, int]], list[tuple[int, int]]]:
    """Block tokens (when the parser is needed), line offsets, code and HTML block spans."""
    code_blocks: list[tuple[int, int]] = []
    html_blocks: list[tuple[int, int]] = []
    if not (force_parser or needs_parser(text[body_start:])):
        return None, [], code_blocks, html_blocks
    offsets = _line_offsets(text)
    tokens = _markdown_blocks(apply_masks(text, head))
    for token in tokens:
        if token.type in ("fence", "code_block", "html_block") and token.map:
            first, last = token.map
            span = (offsets[first], offsets[last] if last < len(offsets) else len(text))
            (html_blocks if token.type == "html_block" else code_blocks).append(span)
    return tokens, offsets, code_blocks, html_blocks


def _prose_mask(code_free: str) -> list[tuple[int, int]]:
    """Spans of comments, inline HTML, link targets, URLs and reference definitions."""
    spans: list[tuple[int, int]] = []
    if "<" in code_free:
        spans += _comments(code_free)
        spans += [m.span() for m in _INLINE_TAG.finditer(code_free)]
    if "](" in code_free:
        spans += [(m.start() + 1, m.end()) for m in _LINK_TARGET.finditer(code_free)]
    if "://" in code_free or "www." in code_free:
        spans += [m.span() for m in URL.finditer(code_free)]
    if "]:" in code_free:
        spans += [m.span() for m in _REF_DEF.finditer(code_free)]
    return spans


def choose_kind(
    kind: str | None, front: frontmatter.FrontMatter | None, masked: str, base: str, start: int
) -> tuple[AnswerKind, str]:
    """The document's kind and where it came from: option, front matter, detected, default."""
    if kind is not None:
        return AnswerKind(kind), "option"
    named = front.lint.kind or front.top_kind if front is not None else None
    if named is not None:
        return AnswerKind(named), "front matter"
    detected = detect(masked, base, start)
    return detected, "default" if detected is AnswerKind.ANSWER else "detected"


def parse(path: str, text: str, kind: str | None = None, force_parser: bool = False) -> Document:
    """Build a Document from normalised Markdown text (see playbook_lint.source.decode)."""
    front = frontmatter.read(path, text)
    body_start = front.end if front is not None else 0
    head = [(0, body_start)] if body_start else []
    tokens, offsets, code_blocks, html_blocks = _blocks(text, head, force_parser, body_start)
    code_free = apply_masks(text, head + code_blocks)
    if "`" in code_free:
        code_free = apply_masks(code_free, _code_spans(code_free))
    found = suppressions.find(code_free, plain=False) if "playbook-lint" in code_free else []
    spans = html_blocks + _prose_mask(code_free)
    spans += ORDERED_MARKER.spans(code_free)
    masked = apply_masks(code_free, spans)

    chosen, origin = choose_kind(kind, front, masked, code_free, body_start)
    answers: list[Answer]
    if chosen is AnswerKind.RESUME:
        if tokens is not None:
            answers = resume.split_tokens(masked, tokens, offsets)
        else:
            answers = resume.split_lines(code_free, masked, body_start)
    elif chosen is AnswerKind.STAR_STORY:
        # STAR stories only: the label grammar is a large regex to compile
        from playbook_lint.units import star

        answers = star.split(masked, body_start, len(masked))
    else:
        answers = prose.split(masked, body_start, chosen)
    return Document(
        path=path,
        source=text,
        masked=masked,
        kind=chosen,
        require=front.lint.require if front is not None else (),
        answers=answers,
        suppressions=found,
        kind_origin=origin,
    )


def read(path: str, data: bytes, kind: str | None = None) -> Document:
    """The reader interface: bytes of one file to a Document."""
    return parse(path, decode(path, data), kind)
