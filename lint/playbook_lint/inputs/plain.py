"""The plain-text reader: no front matter and no markup; URLs are masked, and a resume's
sections start at short lines such as "SKILLS"."""

from __future__ import annotations

from playbook_lint import suppressions
from playbook_lint.document import Answer, Document
from playbook_lint.inputs._masks import ORDERED_MARKER, URL, apply_masks
from playbook_lint.inputs.markdown import choose_kind
from playbook_lint.source import decode
from playbook_lint.spec import AnswerKind
from playbook_lint.units import prose, resume

SUFFIXES = (".txt", ".text")


def parse(path: str, text: str, kind: str | None = None) -> Document:
    """Build a Document from normalised plain text (see playbook_lint.source.decode)."""
    found = suppressions.find(text, plain=True) if "playbook-lint" in text else []
    spans = [m.span() for m in URL.finditer(text)] if "://" in text or "www." in text else []
    spans += list(ORDERED_MARKER.spans(text))
    masked = apply_masks(text, spans)
    chosen, origin = choose_kind(kind, None, masked, text, 0)
    answers: list[Answer]
    if chosen is AnswerKind.RESUME:
        answers = resume.split_plain(masked, 0)
    elif chosen is AnswerKind.STAR_STORY:
        # STAR stories only: the label grammar is a large regex to compile
        from playbook_lint.units import star

        answers = star.split(masked, 0, len(masked))
    else:
        answers = prose.split(masked, 0, chosen)
    return Document(
        path=path,
        source=text,
        masked=masked,
        kind=chosen,
        require=(),
        answers=answers,
        suppressions=found,
        kind_origin=origin,
    )


def read(path: str, data: bytes, kind: str | None = None) -> Document:
    """The reader interface: bytes of one file to a Document."""
    return parse(path, decode(path, data), kind)
