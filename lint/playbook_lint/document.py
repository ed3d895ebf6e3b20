"""The document model: read a file, parse its front matter, split it into answers.

Positions are offsets into ``Document.source`` (the decoded text with CRLF turned into LF
and a leading BOM removed, so line numbers match the file). Rules never read ``source``
directly: they read ``masked``, a copy of the same length in which everything that is
not the candidate's prose (front matter, code blocks, inline code, HTML, link targets,
URLs) is replaced by spaces. Offsets in one are offsets in the other.
"""

from __future__ import annotations

import bisect
import re
from typing import Any, NamedTuple

KINDS = ("answer", "star-story", "resume", "design-answer")
MAX_BYTES = 20 * 1024 * 1024
MAX_FRONT_MATTER = 64 * 1024
PLAIN_SUFFIXES = (".txt", ".text")


class InputError(Exception):
    """Bad input: reported as one line naming the file (and line), exit code 2."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class Section(NamedTuple):
    name: str  # situation | task | action | result
    label_start: int
    label_end: int
    start: int  # content start
    end: int  # content end


_UNITS = {
    "answer": "answer",
    "design-answer": "design answer",
    "resume": "resume bullet",
    "star-story": "STAR story",
}


class Answer:
    """One unit the rules judge: a whole answer, a resume bullet or a STAR story."""

    __slots__ = ("end", "kind", "sections", "start")

    def __init__(
        self, kind: str, start: int, end: int, sections: dict[str, Section] | None = None
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.sections: dict[str, Section] = {} if sections is None else sections

    def __repr__(self) -> str:
        return f"Answer({self.kind!r}, {self.start}, {self.end}, {sorted(self.sections)})"

    @property
    def unit(self) -> str:
        return _UNITS[self.kind]


class Suppression(NamedTuple):
    start: int
    end: int
    file_wide: bool
    rules: tuple[str, ...]  # rule names (resolved); empty when invalid
    reason: str | None
    problem: str | None  # why it is invalid, or None


class Document:
    """A parsed file: its text, the masked copy the rules read, and its answers."""

    __slots__ = (
        "_line_starts",
        "answers",
        "kind",
        "kind_origin",
        "masked",
        "path",
        "require",
        "source",
        "suppressions",
    )

    def __init__(
        self,
        *,
        path: str,
        source: str,
        masked: str,
        kind: str,
        require: tuple[str, ...],
        answers: list[Answer],
        suppressions: list[Suppression],
        kind_origin: str,  # "option" | "front matter" | "detected" | "default"
    ) -> None:
        self.path = path
        self.source = source
        self.masked = masked
        self.kind = kind
        self.require = require
        self.answers = answers
        self.suppressions = suppressions
        self.kind_origin = kind_origin
        self._line_starts: list[int] = []

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset."""
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.source)]
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def line_text(self, line: int) -> str:
        self.position(0)
        start = self._line_starts[line - 1]
        end = self.source.find("\n", start)
        return self.source[start : end if end != -1 else len(self.source)]


# --- decoding ------------------------------------------------------------------------


def decode(path: str, data: bytes) -> str:
    """Bytes to normalised text, or InputError with a one-line reason."""
    if len(data) > MAX_BYTES:
        raise InputError(
            path,
            f"file is too large ({len(data) / 2**20:.1f} MiB; "
            f"the limit is {MAX_BYTES // 2**20} MiB)",
        )
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes); expected Markdown or text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(path, f"not valid UTF-8 (byte {error.start})", line) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# --- front matter --------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"---[ \t]*\n((?:.*\n)*?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
# Anchors, aliases, tags and merge keys: the fast C loader is used only without them.
_YAML_RISKY = re.compile(r"[&*!]|<<")


def _blank(text: str) -> str:
    """Spaces for every character except newlines (keeps offsets and lines)."""
    return re.sub(r"[^\n]", " ", text)


def _safe_yaml(path: str, raw: str) -> Any:
    import yaml

    class _NoAliasLoader(yaml.SafeLoader):
        """SafeLoader that refuses aliases: an alias bomb cannot expand."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()  # type: ignore[no-untyped-call]
                raise yaml.constructor.ConstructorError(
                    None, None, "aliases are not allowed in front matter", event.start_mark
                )
            return super().compose_node(parent, index)

    loader: Any
    if _YAML_RISKY.search(raw) is None and getattr(yaml, "__with_libyaml__", False):
        loader = yaml.CSafeLoader
    else:
        loader = _NoAliasLoader
    try:
        return yaml.load(raw, Loader=loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise InputError(path, f"front matter is not valid YAML ({problem})", line) from None
    except RecursionError:
        raise InputError(path, "front matter is nested too deeply") from None


class FrontMatter(NamedTuple):
    end: int  # offset where the body starts
    lint_kind: str | None
    top_kind: str | None
    require: tuple[str, ...]


def read_front_matter(path: str, text: str) -> FrontMatter | None:
    if not text.startswith("---"):
        return None
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None
    raw = match.group(1)
    if len(raw) > MAX_FRONT_MATTER:
        raise InputError(path, f"front matter is larger than {MAX_FRONT_MATTER // 1024} KB", 1)
    data = _safe_yaml(path, raw) if raw.strip() else None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(path, "front matter must be a mapping of keys to values", 2)
    lint_block = data.get("lint")
    lint_kind: str | None = None
    require: tuple[str, ...] = ()
    if lint_block is not None:
        if not isinstance(lint_block, dict):
            raise InputError(path, "front matter 'lint' must be a mapping", _key_line(raw, "lint"))
        value = lint_block.get("kind")
        if value is not None:
            if value not in KINDS:
                raise InputError(
                    path,
                    f"front matter lint.kind {value!r} is not one of {', '.join(KINDS)}",
                    _key_line(raw, "kind"),
                )
            lint_kind = value
        req = lint_block.get("require", [])
        if isinstance(req, str):
            req = [req]
        if not isinstance(req, list) or not all(isinstance(item, str) for item in req):
            raise InputError(
                path,
                "front matter lint.require must be a list of rule names",
                _key_line(raw, "require"),
            )
        require = tuple(req)
    top = data.get("kind")
    top_kind = top if isinstance(top, str) and top in KINDS else None
    return FrontMatter(match.end(), lint_kind, top_kind, require)


def _key_line(raw: str, key: str) -> int:
    match = re.search(rf"(?m)^[ \t]*{re.escape(key)}[ \t]*:", raw)
    return raw[: match.start()].count("\n") + 2 if match else 2


# --- masking -------------------------------------------------------------------------

_INLINE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:[ \t][^<>\n]{0,300})?/?>")
_LINK_TARGET = re.compile(
    r"\]\([^()\s]{0,500}(?:\([^()\s]{0,200}\)[^()\s]{0,200}){0,3}(?:[ \t]+\"[^\"\n]{0,200}\")?\)"
)
_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>()]+|\bwww\.[^\s<>()]+")
_REF_DEF = re.compile(r"(?m)^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$")
_ORDERED_MARKER = re.compile(r"(?m)^[ \t]*\d{1,9}[.)](?=[ \t]|$)")
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


_md_parser: Any = None


def _markdown_blocks(text: str) -> list[Any]:
    global _md_parser
    if _md_parser is None:
        from markdown_it import MarkdownIt

        parser = MarkdownIt("commonmark", {"html": True})
        parser.disable("inline")
        _md_parser = parser
    tokens: list[Any] = _md_parser.parse(text)
    return tokens


def _line_offsets(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


# --- answers -------------------------------------------------------------------------

_STAR_LABEL = re.compile(
    r"[ \t]{0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*(situation|task|action|result)s?"
    r"(?:[ \t]*\([^()\n]{0,60}\))?"  # "Result (what changed):"
    r"[ \t]*(?:(?:\*\*|__)[ \t]*[:.\u2014\u2013-]?|[:\u2014\u2013-](?:[ \t]*(?:\*\*|__))?"
    r"|(?=[ \t]*$))",
    re.I,
)
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")
_SKIP_HEADINGS = re.compile(
    r"skill|education|certification|language|interest|contact|award|publication|summary|profile",
    re.I,
)
_PLAIN_BULLET = re.compile(r"[ \t]*(?:[-*+\u2022\u00b7\u25aa\u2023\u25e6]|\d{1,3}[.)])[ \t]+\S")
_WORD = re.compile(r"\w")


def _star_sections(doc_masked: str, start: int, end: int) -> list[Answer]:
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
    first_content = _first_word(doc_masked, start, end)
    if first_content is None:
        return []
    current = Answer("star-story", first_content, end)
    stories.append(current)
    bounds = [*labels, ("", end, end)]
    for index, (name, label_start, label_end) in enumerate(bounds[:-1]):
        next_start = bounds[index + 1][1]
        if not name:
            if current.sections or _first_word(doc_masked, current.start, label_start) is not None:
                current.end = label_start
                current = Answer("star-story", label_start, end)
                stories.append(current)
            continue
        if name in current.sections:
            current.end = label_start
            current = Answer("star-story", label_start, end)
            stories.append(current)
        if not current.sections:
            current.start = min(current.start, label_start)
        current.sections[name] = Section(name, label_start, label_end, label_end, next_start)
    found = [s for s in stories if _first_word(doc_masked, s.start, s.end) is not None]
    # Text under other headings ("## Follow-up questions") is not a story once the file
    # has labelled stories; a file with no labels at all is one story missing its sections.
    if any(story.sections for story in found):
        found = [story for story in found if story.sections]
    return found


def _first_word(text: str, start: int, end: int) -> int | None:
    match = _WORD.search(text, start, end)
    if match is None:
        return None
    line_start = text.rfind("\n", start, match.start()) + 1
    return max(line_start, start)


def _resume_markdown(masked: str, tokens: list[Any], offsets: list[int]) -> list[Answer]:
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
            heading_skip = _SKIP_HEADINGS.search(title) is not None
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
            begin = _first_word(masked, start, end)
            answers.append(Answer("resume", begin if begin is not None else start, end))
    answers.sort(key=lambda a: a.start)
    return answers


_LIST_MARKER = re.compile(r"( {0,3}(?: {1,12})?)([-*+]|\d{1,9}[.)])(?:( +)(?=\S)|[ ]*$)")
_MARKER_LEADS = frozenset("-*+0123456789")
_ATX = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_FANCY_BULLET = ("\u2022", "\u00b7", "\u25aa", "\u25e6")


def _resume_lines(base: str, masked: str, start: int) -> list[Answer]:
    """Resume bullets found line by line, for Markdown without parser-only constructs.

    Mirrors _resume_markdown: leaf list items are answers, items with nested items are
    headings, lists under a skills-like heading are skipped, and top-level paragraph
    lines that start with a bullet character are answers.
    """
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
            heading_skip = _SKIP_HEADINGS.search(line) is not None
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
        answers.append(Answer("resume", begin, end))
    return answers


def _resume_plain(masked: str, start: int) -> list[Answer]:
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
        if _PLAIN_BULLET.match(line):
            current = None if skipping else Answer("resume", pos, line_end)
            if current is not None:
                answers.append(current)
        elif current is not None and line.strip() and line[:1] in (" ", "\t"):
            current.end = line_end
        else:
            current = None
            title = line.strip()
            if title and len(title) <= 40:
                skipping = _SKIP_HEADINGS.search(title) is not None
        pos = line_end + 1
    return answers


_HEADING_LINE = re.compile(r" {0,3}(?:#|=+[ \t]*$|-+[ \t]*$)")


def _mostly_bullets(text: str, start: int) -> bool:
    """True when, headings aside, at least half of the text sits on bullet lines."""
    bullet_chars = other_chars = 0
    for line in text[start:].split("\n"):
        stripped = line.strip()
        if not stripped or _HEADING_LINE.match(line):
            continue
        if _PLAIN_BULLET.match(line):
            bullet_chars += len(stripped)
        else:
            other_chars += len(stripped)
    return bullet_chars > 0 and bullet_chars >= other_chars


def _looks_like_star(masked: str, start: int) -> bool:
    found = {
        m.group(1).lower()
        for m in re.finditer(
            r"(?m)^[ \t]{0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?(situation|task|action|result)s?\b",
            masked[start:],
            re.I,
        )
    }
    return len(found) >= 3


# --- suppressions --------------------------------------------------------------------

_SUPPRESS = re.compile(r"playbook-lint[ \t]*:[ \t]*(disable(?:-file)?)\b([^\n]*)")
_SUPPRESS_RULES = re.compile(
    r"[ \t]*=[ \t]*([A-Za-z0-9_,\- \t]*?)(?=[ \t]+reason\b|[ \t]*(?:-->|$))"
)
_SUPPRESS_REASON = re.compile(r"reason[ \t]*=[ \t]*\"([^\"\n]*)\"")


def _suppressions(text: str, plain: bool) -> list[Suppression]:
    from playbook_lint.registry import lookup

    found: list[Suppression] = []
    for match in _SUPPRESS.finditer(text):
        if not plain:
            window = max(0, match.start() - 400)
            opener = text.rfind("<!--", window, match.start())
            closer = text.rfind("-->", window, match.start())
            if opener == -1 or closer > opener:
                continue
        tail = match.group(2)
        end_comment = tail.find("-->")
        body = tail if end_comment == -1 else tail[:end_comment]
        end = match.end(2) if end_comment == -1 else match.start(2) + end_comment + 3
        rules_match = _SUPPRESS_RULES.match(body)
        reason_match = _SUPPRESS_REASON.search(body)
        problem: str | None = None
        names: list[str] = []
        if rules_match is None or not rules_match.group(1).strip():
            problem = "no rules named (write disable=RULE[,RULE])"
        else:
            for key in re.split(r"[,\s]+", rules_match.group(1).strip()):
                rule = lookup(key)
                if rule is None:
                    problem = f"unknown rule '{key}'"
                    break
                names.append(rule.name)
        if problem is None and (reason_match is None or not reason_match.group(1).strip()):
            problem = 'no reason given (add reason="...")'
        start = (
            text.rfind("<!--", max(0, match.start() - 400), match.start())
            if not plain
            else match.start()
        )
        found.append(
            Suppression(
                start=start,
                end=end,
                file_wide=match.group(1) == "disable-file",
                rules=tuple(names) if problem is None else (),
                reason=reason_match.group(1).strip() if reason_match else None,
                problem=problem,
            )
        )
    return found


# --- entry point ---------------------------------------------------------------------


def _apply_masks(text: str, spans: list[tuple[int, int]]) -> str:
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
        out.append(_blank(text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


# Constructs that need the real Markdown parser: fences, HTML, tabs, indented code,
# block quotes, setext headings and thematic breaks. Without them a line scanner finds
# the same list items as markdown-it (tests/lint/test_document.py checks both agree).
_NEEDS_PARSER = re.compile(
    r"(?m)^(?: {4}|[ ]{0,3}(?:>|[=]+[ \t]*$|-+[ \t]*$|([-*_])(?:[ \t]*\1){2,}[ \t]*$))"
)


def needs_parser(text: str) -> bool:
    return (
        "```" in text
        or "~~~" in text
        or "<" in text
        or "\t" in text
        or _NEEDS_PARSER.search(text) is not None
    )


def parse(path: str, text: str, kind: str | None = None, force_parser: bool = False) -> Document:
    """Build a Document from normalised text (see decode)."""
    plain = path.lower().endswith(PLAIN_SUFFIXES)
    front = read_front_matter(path, text) if not plain else None
    body_start = front.end if front is not None else 0
    head = [(0, body_start)] if body_start else []
    tokens: list[Any] | None = None
    offsets: list[int] = []
    if not plain:
        code_blocks: list[tuple[int, int]] = []
        html_blocks: list[tuple[int, int]] = []
        if force_parser or needs_parser(text[body_start:]):
            offsets = _line_offsets(text)
            tokens = _markdown_blocks(_apply_masks(text, head))
            for token in tokens:
                if token.type in ("fence", "code_block", "html_block") and token.map:
                    first, last = token.map
                    span = (offsets[first], offsets[last] if last < len(offsets) else len(text))
                    (html_blocks if token.type == "html_block" else code_blocks).append(span)
        code_free = _apply_masks(text, head + code_blocks)
        if "`" in code_free:
            code_free = _apply_masks(code_free, _code_spans(code_free))
        suppressions = _suppressions(code_free, plain=False) if "playbook-lint" in code_free else []
        spans = list(html_blocks)
        if "<" in code_free:
            spans += _comments(code_free)
            spans += [m.span() for m in _INLINE_TAG.finditer(code_free)]
        if "](" in code_free:
            spans += [(m.start() + 1, m.end()) for m in _LINK_TARGET.finditer(code_free)]
        if "://" in code_free or "www." in code_free:
            spans += [m.span() for m in _URL.finditer(code_free)]
        if "]:" in code_free:
            spans += [m.span() for m in _REF_DEF.finditer(code_free)]
        base = code_free
    else:
        suppressions = _suppressions(text, plain=True) if "playbook-lint" in text else []
        spans = [m.span() for m in _URL.finditer(text)] if "://" in text or "www." in text else []
        base = text
    spans += [m.span() for m in _ORDERED_MARKER.finditer(base)]
    masked = _apply_masks(base, spans)

    origin = "default"
    chosen = kind
    if chosen is not None:
        origin = "option"
    elif front is not None and (front.lint_kind or front.top_kind):
        chosen = front.lint_kind or front.top_kind
        origin = "front matter"
    elif _looks_like_star(masked, body_start):
        chosen, origin = "star-story", "detected"
    elif _mostly_bullets(base, body_start):
        chosen, origin = "resume", "detected"
    else:
        chosen = "answer"
    assert chosen is not None

    answers: list[Answer]
    if chosen == "resume":
        if plain:
            answers = _resume_plain(masked, body_start)
        elif tokens is not None:
            answers = _resume_markdown(masked, tokens, offsets)
        else:
            answers = _resume_lines(base, masked, body_start)
    elif chosen == "star-story":
        answers = _star_sections(masked, body_start, len(masked))
    else:
        begin = _first_word(masked, body_start, len(masked))
        answers = [] if begin is None else [Answer(chosen, begin, len(masked.rstrip()))]
    return Document(
        path=path,
        source=text,
        masked=masked,
        kind=chosen,
        require=front.require if front is not None else (),
        answers=answers,
        suppressions=suppressions,
        kind_origin=origin,
    )
