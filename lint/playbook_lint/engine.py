"""Stage 5: run the selected rules over a Document and apply its suppressions.

Answer-scope rules run on each answer (a rule runs on a document whose kind it applies
to); their findings go through the suppression comments; then document-scope rules (the
suppression rules) run once with what the suppressions did.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import NamedTuple

from playbook_lint import suppressions
from playbook_lint.document import Document
from playbook_lint.registry import CHECKS, RULES, Rule, lookup, resolve
from playbook_lint.rulebase import AnswerContext, DocumentContext, Hit
from playbook_lint.source import InputError, LineIndex
from playbook_lint.spec import KINDS


class Finding(NamedTuple):
    rule: Rule
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    start: int
    end: int

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule.code)


class Selection:
    """Which rules run. ``select`` None means: each kind's defaults plus ``lint.require``."""

    def __init__(
        self,
        select: set[str] | None = None,
        extend_select: set[str] | None = None,
        ignore: set[str] | None = None,
    ) -> None:
        self.select = select
        self.extend_select: set[str] = set() if extend_select is None else extend_select
        self.ignore: set[str] = set() if ignore is None else ignore
        self._cache: dict[tuple[str, tuple[str, ...]], list[Rule]] = {}

    def rules_for(self, doc: Document) -> list[Rule]:
        key = (doc.kind.value, doc.require)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._rules_for(doc)
        return cached

    def _rules_for(self, doc: Document) -> list[Rule]:
        if self.select is not None:
            names = set(self.select)
        else:
            names = {rule.name for rule in RULES if doc.kind in rule.default_kinds}
            for key in doc.require:
                rule = lookup(key)
                if rule is None:
                    raise InputError(
                        doc.path, f"front matter lint.require names an unknown rule '{key}'"
                    )
                names.add(rule.name)
            names |= self.extend_select
        names -= self.ignore
        return [rule for rule in RULES if rule.name in names and doc.kind in rule.kinds]


def api_selection(
    kind: str | None, select: Iterable[str] | None, ignore: Iterable[str]
) -> Selection:
    """The rules that the Python API runs, from rule names or codes; ValueError names the
    first unknown rule or kind (the command line reports the same mistakes as usage errors)."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind '{kind}' (choose from {', '.join(KINDS)})")

    def names(keys: Iterable[str]) -> set[str]:
        found, unknown = resolve(list(keys))
        if unknown:
            raise ValueError(f"unknown rule '{unknown[0]}'")
        return found

    return Selection(select=None if select is None else names(select), ignore=names(ignore))


def _finding(doc: Document, rule: Rule, hit: Hit) -> Finding:
    line, column = doc.position(hit.start)
    end_line, end_column = doc.position(hit.end)
    message = rule.message.format(**hit.values)
    return Finding(rule, doc.path, line, column, end_line, end_column, message, hit.start, hit.end)


def _findings(doc: Document, pairs: list[tuple[Rule, Hit]]) -> list[Finding]:
    """Findings for (rule, hit) pairs: _finding's result, with the offsets of a plain
    text's line index looked up here (the hot path: one bisect per offset, no calls)."""
    locator = doc.locator
    if type(locator) is not LineIndex:
        return [_finding(doc, rule, hit) for rule, hit in pairs]
    starts = locator.line_starts()
    path = doc.path
    found: list[Finding] = []
    for rule, (start, end, values) in pairs:
        line = bisect_right(starts, start)
        end_line = bisect_right(starts, end)
        message = rule.message.format_map(values) if values else rule.message.format()
        found.append(
            Finding(
                rule,
                path,
                line,
                start - starts[line - 1] + 1,
                end_line,
                end - starts[end_line - 1] + 1,
                message,
                start,
                end,
            )
        )
    return found


def _line_column_code(finding: Finding) -> tuple[int, int, str]:
    return finding[2], finding[3], finding[0].code


def lint_document(doc: Document, selection: Selection) -> list[Finding]:
    """Every finding of the selected rules in one document, sorted by position."""
    rules = selection.rules_for(doc)
    answer_rules = [(rule, CHECKS[rule.name]) for rule in rules if rule.scope == "answer"]
    if doc.suppressions:
        per_answer: list[list[Finding]] = []
        for answer in doc.answers:
            ctx = AnswerContext(doc, answer)
            per_answer.append(
                _findings(doc, [(rule, hit) for rule, check in answer_rules for hit in check(ctx)])
            )
        findings, used = suppressions.apply(doc.answers, doc.suppressions, per_answer)
        doc_rules = [rule for rule in rules if rule.scope == "document"]
        if doc_rules:
            ctx_doc = DocumentContext(doc, frozenset(rule.name for rule in rules), used)
            for rule in doc_rules:
                findings.extend(_finding(doc, rule, hit) for hit in CHECKS[rule.name](ctx_doc))
    else:
        # No suppression comments: nothing to filter, and the document-scope rules (the
        # suppression rules) have nothing to report.
        pairs: list[tuple[Rule, Hit]] = []
        for answer in doc.answers:
            ctx = AnswerContext(doc, answer)
            for rule, check in answer_rules:
                for hit in check(ctx):
                    pairs.append((rule, hit))
        findings = _findings(doc, pairs)
    # One path per document: (line, column, code) orders as Finding.sort_key does.
    findings.sort(key=_line_column_code)
    return findings
