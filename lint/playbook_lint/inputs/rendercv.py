"""The RenderCV reader (https://docs.rendercv.com): every ``highlights`` item and every
``bullet`` of the entries under ``cv.sections``, each one answer, at its line.

A ``.yaml`` or ``.yml`` file is read as RenderCV only when its top level is a mapping
with ``cv.sections``; any other YAML file named on the command line is refused with one
line (directory walks skip YAML files). Sections whose title reads like skills or
education are skipped, as in Markdown. The YAML is composed, not constructed: nodes keep
their line numbers, and aliases are never expanded.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from playbook_lint.document import Document
from playbook_lint.inputs._structured import (
    Piece,
    align,
    answers_document,
    check_size,
    comment_notes,
    file_lines,
    one_line,
)
from playbook_lint.source import InputError, decode
from playbook_lint.units import SKIP_HEADINGS

if TYPE_CHECKING:
    import yaml

SUFFIXES = (".yaml", ".yml")
WALK = False  # directory walks skip it: most YAML files are not resumes

FIELDS = ("highlights", "bullet")


def _get(node: yaml.Node | None, key: str) -> yaml.Node | None:
    import yaml

    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            found: yaml.Node = value_node
            return found
    return None


def _piece(node: yaml.ScalarNode, text: str, starts: list[int]) -> Piece:
    quoted = node.style in ("'", '"')
    value = one_line(node.value)
    start = starts[node.start_mark.line] + node.start_mark.column
    end = starts[min(node.end_mark.line, len(starts) - 1)] + node.end_mark.column
    segments = align(value, text, start + quoted, min(end, len(text)))
    line, column = node.start_mark.line + 1, node.start_mark.column + 1 + quoted
    return Piece(value, line, column, 0, segments)


def pieces(root: yaml.Node | None, text: str) -> list[Piece]:
    """The highlights and bullets of every section but skills-like ones, in file order."""
    import yaml

    starts = [0] + [match.end() for match in re.finditer("\n", text)]
    found: list[Piece] = []
    sections = _get(_get(root, "cv"), "sections")
    if not isinstance(sections, yaml.MappingNode):
        return found
    for title, entries in sections.value:
        if not isinstance(entries, yaml.SequenceNode):
            continue
        if isinstance(title, yaml.ScalarNode) and SKIP_HEADINGS.search(title.value):
            continue
        for entry in entries.value:
            for field in FIELDS:
                value = _get(entry, field)
                items = value.value if isinstance(value, yaml.SequenceNode) else [value]
                found.extend(
                    _piece(item, text, starts)
                    for item in items
                    if isinstance(item, yaml.ScalarNode)
                )
    found.sort(key=lambda piece: (piece.line, piece.column))
    return found


def compose(path: str, text: str) -> yaml.Node | None:
    """The YAML node tree, or InputError naming the line of the problem."""
    import yaml

    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when it is there
        return yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = error.problem or error.context or "invalid YAML"
        raise InputError(path, f"invalid YAML: {problem}", line) from None
    except yaml.YAMLError as error:
        raise InputError(path, f"invalid YAML: {error}") from None
    except RecursionError:
        raise InputError(path, "invalid YAML: nested too deeply to parse") from None


def read(path: str, data: bytes, kind: str | None = None) -> Document:
    check_size(path, data, "a RenderCV file")
    text = decode(path, data)
    root = compose(path, text)
    if _get(_get(root, "cv"), "sections") is None:
        raise InputError(
            path,
            "not a RenderCV file: no 'cv: sections:' mapping (other YAML files are not "
            "resumes; lint their text as a .txt or .md file)",
        )
    notes = comment_notes(text, "#")
    return answers_document(path, pieces(root, text), file_lines(text), kind, notes, text)
