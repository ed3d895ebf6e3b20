"""Run the rules over a Document and apply suppressions."""

from __future__ import annotations

import re
from typing import NamedTuple

from playbook_lint import checks, metrics
from playbook_lint.document import Answer, Document, InputError, Suppression
from playbook_lint.registry import BY_NAME, RULES, Rule, lookup


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
        key = (doc.kind, doc.require)
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


def _first_line_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """From start to the end of its line (trailing spaces trimmed), within end."""
    nl = doc.source.find("\n", start, end)
    stop = end if nl == -1 else nl
    while stop > start and doc.source[stop - 1] in " \t":
        stop -= 1
    return start, max(stop, start + 1) if start < len(doc.source) else start


def _message(rule: str, **values: object) -> str:
    """A finding's message, from the rule's template in the registry."""
    return BY_NAME[rule].message.format(**values)


def _finding(doc: Document, rule: Rule, start: int, end: int, message: str) -> Finding:
    line, column = doc.position(start)
    end_line, end_column = doc.position(end)
    return Finding(rule, doc.path, line, column, end_line, end_column, message, start, end)


def _check_answer(doc: Document, answer: Answer, active: set[str]) -> list[Finding]:
    text = doc.masked
    found: list[Finding] = []
    unit = answer.unit
    cached: list[bool] = []

    def outcome() -> bool:
        """has_outcome over the whole answer, computed at most once."""
        if not cached:
            cached.append(metrics.has_outcome(text, answer.start, answer.end))
        return cached[0]

    if "star-structure" in active and answer.kind == "star-story":
        for name in ("situation", "task", "action", "result"):
            section = answer.sections.get(name)
            if section is None:
                span = _first_line_span(doc, answer.start, answer.end)
                found.append(
                    _finding(
                        doc,
                        BY_NAME["star-structure"],
                        *span,
                        _message("star-structure", section=name.capitalize(), state="missing"),
                    )
                )
            elif _is_empty(text, section.start, section.end):
                found.append(
                    _finding(
                        doc,
                        BY_NAME["star-structure"],
                        section.label_start,
                        section.label_end,
                        _message("star-structure", section=name.capitalize(), state="empty"),
                    )
                )

    if "quantified-outcome" in active:
        start, end = answer.start, answer.end
        where = unit
        result = answer.sections.get("result")
        if answer.kind == "star-story" and result is not None:
            start, end, where = result.start, result.end, "STAR story's Result"
        whole = (start, end) == (answer.start, answer.end)
        if not (outcome() if whole else metrics.has_outcome(text, start, end)):
            if whole:
                anchor = _first_line_span(doc, answer.start, answer.end)
            else:
                assert result is not None
                anchor = (result.label_start, result.label_end)
            found.append(
                _finding(
                    doc,
                    BY_NAME["quantified-outcome"],
                    *anchor,
                    _message("quantified-outcome", unit=where),
                )
            )

    if "observability" in active and not checks.has_observability(text, answer.start, answer.end):
        span = _first_line_span(doc, answer.start, answer.end)
        found.append(
            _finding(
                doc,
                BY_NAME["observability"],
                *span,
                _message("observability", unit=unit),
            )
        )

    if "vague-verb" in active:
        for start, end in checks.vague_verbs(text, answer.start, answer.end):
            phrase = " ".join(doc.source[start:end].split())
            found.append(
                _finding(
                    doc, BY_NAME["vague-verb"], start, end, _message("vague-verb", match=phrase)
                )
            )

    if "unquantified-claim" in active:
        for start, end in checks.intensifiers(text, answer.start, answer.end):
            phrase = " ".join(doc.source[start:end].split())
            found.append(
                _finding(
                    doc,
                    BY_NAME["unquantified-claim"],
                    start,
                    end,
                    _message("unquantified-claim", match=phrase),
                )
            )

    if "tech-without-impact" in active:
        techs = []
        if not outcome() and checks.technology_count(text, answer.start, answer.end) >= 3:
            techs = checks.technologies(text, answer.start, answer.end)
        if len(techs) >= 3:
            names = ", ".join(name for name, _, _ in techs[:4]) + (
                ", ..." if len(techs) > 4 else ""
            )
            first = techs[0][1]
            last_on_line = max(
                (e for _, s, e in techs if doc.position(s)[0] == doc.position(first)[0])
            )
            found.append(
                _finding(
                    doc,
                    BY_NAME["tech-without-impact"],
                    first,
                    last_on_line,
                    _message("tech-without-impact", count=len(techs), names=names),
                )
            )

    if "ownership" in active and answer.kind == "star-story":
        action = answer.sections.get("action")
        if action is not None:
            we, i = checks.pronouns(text, action.start, action.end)
            if we and not i:
                found.append(
                    _finding(
                        doc,
                        BY_NAME["ownership"],
                        action.label_start,
                        action.label_end,
                        _message("ownership", count=we),
                    )
                )
    return found


_ALNUM = re.compile(r"[^\W_]")


def _is_empty(text: str, start: int, end: int) -> bool:
    """True when text[start:end] holds no letter or digit."""
    return _ALNUM.search(text, start, end) is None


def lint_document(doc: Document, selection: Selection) -> list[Finding]:
    rules = selection.rules_for(doc)
    active = {rule.name for rule in rules}
    per_answer: list[list[Finding]] = [_check_answer(doc, answer, active) for answer in doc.answers]
    findings: list[Finding] = []
    scopes = [_scope(doc, item) for item in doc.suppressions]
    used = [False] * len(doc.suppressions)
    for index, answer_findings in enumerate(per_answer):
        for finding in answer_findings:
            hit = False
            for s_index, item in enumerate(doc.suppressions):
                if (
                    item.problem is None
                    and finding.rule.name in item.rules
                    and index in scopes[s_index]
                ):
                    used[s_index] = True
                    hit = True
            if not hit:
                findings.append(finding)
    for s_index, item in enumerate(doc.suppressions):
        if item.problem is not None:
            if "invalid-suppression" in active:
                findings.append(
                    _finding(
                        doc,
                        BY_NAME["invalid-suppression"],
                        item.start,
                        item.end,
                        _message("invalid-suppression", problem=item.problem),
                    )
                )
        elif not used[s_index] and "unused-suppression" in active:
            # Rules that did not run cannot prove the comment stale.
            ran = [name for name in item.rules if name in active]
            if len(ran) == len(item.rules):
                findings.append(
                    _finding(
                        doc,
                        BY_NAME["unused-suppression"],
                        item.start,
                        item.end,
                        _message("unused-suppression", rules=", ".join(item.rules)),
                    )
                )
    findings.sort(key=lambda f: f.sort_key)
    return findings


def _scope(doc: Document, item: Suppression) -> set[int]:
    """Answers a suppression covers: the file, the answer holding it, the next one, or
    (for a comment after the last answer) the one before it."""
    if item.file_wide:
        return set(range(len(doc.answers)))
    for index, answer in enumerate(doc.answers):
        if answer.start <= item.start < max(answer.end, answer.start + 1):
            return {index}
    for index, answer in enumerate(doc.answers):
        if answer.start >= item.end:
            return {index}
    return {len(doc.answers) - 1} if doc.answers else set()
