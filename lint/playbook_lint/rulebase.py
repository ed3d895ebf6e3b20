"""What a rule is: its metadata, what its check returns, and the decorator that pairs the
two in a rule's module (``playbook_lint/rules/NAME.py``).

A rule module looks like this::

    from playbook_lint.rulebase import AnswerContext, Hit, Severity, rule

    @rule(code="PL105", name="my-rule", severity=Severity.WARNING, summary="...", ...)
    def check(ctx: AnswerContext) -> Iterator[Hit]:
        if ...:
            yield Hit(start, end, {"placeholder": "value"})  # fills rule.message

``playbook_lint.registry`` finds every such module; the site generates the rule's page
and nav entry from the metadata; tests/lint/fixtures/NAME/ holds its bad and good files.
Importing this module is cheap: no regular expressions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from playbook_lint.spec import AnswerKind

if TYPE_CHECKING:
    from playbook_lint.document import Answer, Document


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


ALL_KINDS: tuple[AnswerKind, ...] = tuple(AnswerKind)


class Rule(NamedTuple):
    """One rule and everything a reader needs to act on it (picklable: no functions)."""

    code: str
    name: str
    severity: Severity
    summary: str  # one line, used in lists and SARIF shortDescription
    message: str  # the finding's message; may contain {placeholders}
    fix: str  # the fix hint printed under every finding
    what: str  # what it checks (Markdown)
    why: str  # why an interviewer cares (Markdown)
    bad: str  # a bad example (plain text)
    good: str  # a good example (plain text)
    use_instead: str  # one line: what to write instead
    kinds: tuple[AnswerKind, ...]  # answer kinds the rule applies to
    default_kinds: tuple[AnswerKind, ...]  # kinds on which it runs without being required
    bad_kind: AnswerKind = AnswerKind.ANSWER  # the --kind that the examples need
    scope: str = "answer"  # "answer": checks each answer; "document": runs once, after
    # suppressions are applied (the suppression rules)

    @property
    def page(self) -> str:
        """The rule's page on the site, relative to docs/."""
        return f"lint/rules/{self.name}.md"


class Hit(NamedTuple):
    """Where a rule fired, and the values for its message template."""

    start: int
    end: int
    values: Mapping[str, object] = {}


class AnswerContext:
    """What an answer-scope check sees: the document, one answer, and shared verdicts."""

    __slots__ = ("_outcome", "answer", "doc", "text")

    def __init__(self, doc: Document, answer: Answer) -> None:
        self.doc = doc
        self.answer = answer
        self.text = doc.masked
        self._outcome: bool | None = None

    def outcome(self) -> bool:
        """Whether the whole answer states a measured outcome (computed once)."""
        if self._outcome is None:
            from playbook_lint.numbers import has_outcome

            answer = self.answer
            self._outcome = has_outcome(self.text, answer.start, answer.end, design=answer.design)
        return self._outcome

    def first_line(self) -> tuple[int, int]:
        """The span from the answer's start to the end of its first line."""
        return first_line_span(self.doc.source, self.answer.start, self.answer.end)


class DocumentContext(NamedTuple):
    """What a document-scope check sees: the document, the rules that ran, and which
    suppression comments suppressed something."""

    doc: Document
    active: frozenset[str]
    used: tuple[bool, ...]


Check = Callable[..., Iterable[Hit]]


class Registered(NamedTuple):
    rule: Rule
    check: Check


def rule(**fields: object) -> Callable[[Check], Registered]:
    """Pair a rule's metadata with its check function (see the module docstring)."""
    meta = Rule(**fields)  # type: ignore[arg-type]

    def register(check: Check) -> Registered:
        return Registered(meta, check)

    return register


def first_line_span(source: str, start: int, end: int) -> tuple[int, int]:
    """From start to the end of its line (trailing spaces trimmed), within end."""
    nl = source.find("\n", start, end)
    stop = end if nl == -1 else nl
    while stop > start and source[stop - 1] in " \t":
        stop -= 1
    return start, max(stop, start + 1) if start < len(source) else start
