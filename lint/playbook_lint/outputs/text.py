"""``--format text`` (the default): findings with their source line and a caret, the
fix hint, and a summary; ``--statistics`` and ``--show-numbers`` change what it shows.
Also the plain-text rule list and ``--explain`` pages."""

from __future__ import annotations

from collections import Counter

from playbook_lint.document import Document
from playbook_lint.engine import Finding
from playbook_lint.outputs import Report
from playbook_lint.registry import RULES, Rule

SOURCE_WIDTH = 100  # source lines longer than this are shown as a window around the span


class Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def _wrap(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.color else text

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def red(self, text: str) -> str:
        return self._wrap("1;31", text)

    def yellow(self, text: str) -> str:
        return self._wrap("1;33", text)

    def cyan(self, text: str) -> str:
        return self._wrap("36", text)

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def green(self, text: str) -> str:
        return self._wrap("1;32", text)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def text_finding(finding: Finding, doc: Document | None, style: Style, show_source: bool) -> str:
    rule = finding.rule
    severity = style.red("error") if rule.severity.value == "error" else style.yellow("warning")
    head = (
        f"{style.bold(f'{finding.path}:{finding.line}:{finding.column}:')} "
        f"{severity} {style.bold(rule.code)} {rule.name}: {finding.message}"
    )
    lines = [head]
    if show_source and doc is not None:
        source = doc.line_text(finding.line).replace("\t", " ")
        gutter = len(str(finding.line))
        pad = " " * gutter
        first = finding.column - 1
        last = finding.end_column - 1 if finding.end_line == finding.line else len(source)
        last = max(first + 1, min(last, len(source)))
        source, first, last = clip(source, first, last)
        marker = " " * first + "^" * (last - first)
        lines.append(style.cyan(f"{pad} |"))
        lines.append(f"{style.cyan(str(finding.line) + ' |')} {source}")
        lines.append(f"{style.cyan(pad + ' |')} {style.red(marker)}")
        lines.append(f"{pad} {style.cyan('=')} {style.bold('fix:')} {rule.fix}")
    else:
        lines.append(f"  fix: {rule.fix}")
    return "\n".join(lines)


def clip(line: str, first: int, last: int, width: int = SOURCE_WIDTH) -> tuple[str, int, int]:
    """A window of at most ``width`` characters of a long line around [first, last)."""
    if len(line) <= width:
        return line, first, last
    start = max(0, min(first - 20, len(line) - width))
    end = start + width
    shown = line[start:end]
    if start > 0:
        shown = "\u2026" + shown[1:]
    if end < len(line):
        shown = shown[:-1] + "\u2026"
    return shown, first - start, min(last - start, width - (1 if end < len(line) else 0))


def text_summary(report: Report, style: Style) -> str:
    """The last line. A run with an input error (a file that could not be read) never
    says that all checks passed: it counts the errors printed above it."""
    where = f"{_plural(report.answers, 'answer')} in {_plural(report.files, 'file')}"
    trouble = f"{_plural(len(report.errors), 'input error')} (see above)"
    if not report.findings:
        if report.errors:
            return f"No findings in {where}, but {trouble}: not everything was checked."
        return style.green("All checks passed") + f" ({where})."
    errors = sum(1 for f in report.findings if f.rule.severity == "error")
    warnings = len(report.findings) - errors
    also = f", and {trouble}" if report.errors else ""
    return (
        f"Found {_plural(len(report.findings), 'finding')} "
        f"({_plural(errors, 'error')}, {_plural(warnings, 'warning')}) in {where}{also}."
    )


def statistics(findings: list[Finding]) -> str:
    counts = Counter(f.rule for f in findings)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0].code))
    width = max((len(str(count)) for _, count in rows), default=1)
    return "\n".join(
        f"{count:>{width}}  {rule.code}  {rule.name:<20} {rule.severity.value}"
        for rule, count in rows
    )


def numbers(documents: dict[str, Document]) -> list[str]:
    """Every number in every answer and its reason: the verdicts the rules use."""
    from playbook_lint.numbers import mentions

    lines: list[str] = []
    for name, doc in documents.items():
        lines.append(f"{name}: kind {doc.kind} ({doc.kind_origin}), {len(doc.answers)} answer(s)")
        for number, answer in enumerate(doc.answers, 1):
            line, _ = doc.position(answer.start)
            found = mentions(doc.masked, answer.start, answer.end, design=answer.design)
            lines.append(f"  answer {number} (line {line}): {len(found)} number(s)")
            for item in found:
                at_line, col = doc.position(item.start)
                mark = "counts  " if item.counts else "ignored "
                where = f"{at_line}:{col}"
                lines.append(f"    {where:<8} {mark} {item.text!r:<24} {item.reason.value}")
    return lines


def write(report: Report) -> str:
    style = Style(report.color)
    out: list[str] = []
    if report.show_numbers:
        out.extend(numbers(report.documents))
    if report.statistics:
        if report.findings:
            out.append(statistics(report.findings))
    else:
        for finding in report.findings:
            text = text_finding(
                finding, report.documents.get(finding.path), style, report.show_source
            )
            out.append(text + ("\n" if report.show_source else ""))
    if not report.quiet:
        out.append(text_summary(report, style))
    return "\n".join(out) + "\n" if out else ""


def explain(rule: Rule) -> str:
    default_on = ", ".join(rule.default_kinds) or "none (switch it on)"
    return "\n".join(
        [
            f"{rule.name} ({rule.code})",
            "",
            f"Severity: {rule.severity.value}. Applies to: {', '.join(rule.kinds)}. "
            f"On by default for: {default_on}.",
            "",
            "What it checks",
            "  " + _plain(rule.what).replace("\n", "\n  "),
            "",
            "Why an interviewer cares",
            "  " + _plain(rule.why).replace("\n", "\n  "),
            "",
            "Bad",
            "  " + rule.bad.replace("\n", "\n  "),
            "",
            "Good",
            "  " + rule.good.replace("\n", "\n  "),
            "",
            f"Use instead: {rule.use_instead}",
            f"Fix hint: {rule.fix}",
        ]
    )


def _plain(markdown: str) -> str:
    return markdown.replace("`", "").replace("**", "").replace("*", "")


def rule_table() -> str:
    return "\n".join(
        f"{rule.code}  {rule.name:<20} {rule.severity.value:<8} {rule.summary}" for rule in RULES
    )
