"""Text, JSON and SARIF reports. Pure functions from findings to strings."""

from __future__ import annotations

from collections import Counter
from typing import Any

from playbook_lint import __version__
from playbook_lint.document import Document
from playbook_lint.engine import Finding
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


def summary(findings: list[Finding], files: int, answers: int) -> dict[str, Any]:
    by_rule = Counter(f.rule.name for f in findings)
    errors = sum(1 for f in findings if f.rule.severity.value == "error")
    return {
        "files": files,
        "answers": answers,
        "findings": len(findings),
        "errors": errors,
        "warnings": len(findings) - errors,
        "by_rule": dict(sorted(by_rule.items())),
    }


def text_summary(findings: list[Finding], files: int, answers: int, style: Style) -> str:
    where = f"{_plural(answers, 'answer')} in {_plural(files, 'file')}"
    if not findings:
        return style.green("All checks passed") + f" ({where})."
    info = summary(findings, files, answers)
    return (
        f"Found {_plural(info['findings'], 'finding')} "
        f"({_plural(info['errors'], 'error')}, {_plural(info['warnings'], 'warning')}) in {where}."
    )


def statistics(findings: list[Finding]) -> str:
    counts = Counter(f.rule for f in findings)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0].code))
    width = max((len(str(count)) for _, count in rows), default=1)
    return "\n".join(
        f"{count:>{width}}  {rule.code}  {rule.name:<20} {rule.severity.value}"
        for rule, count in rows
    )


def finding_dict(finding: Finding) -> dict[str, Any]:
    rule = finding.rule
    return {
        "rule": rule.name,
        "code": rule.code,
        "severity": rule.severity.value,
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "message": finding.message,
        "fix": rule.fix,
    }


def json_report(
    findings: list[Finding],
    files: int,
    answers: int,
    errors: list[str],
    numbers: list[dict[str, Any]] | None = None,
) -> str:
    import json

    payload: dict[str, Any] = {
        "tool": "playbook-lint",
        "version": __version__,
        "findings": [finding_dict(f) for f in findings],
        "errors": errors,
        "summary": summary(findings, files, answers),
    }
    if numbers is not None:
        payload["numbers"] = numbers
    return json.dumps(payload, indent=2, ensure_ascii=False)


def number_dicts(docs: dict[str, Document]) -> list[dict[str, Any]]:
    """Every number in every answer, with its verdict (for --show-numbers in JSON)."""
    from playbook_lint.metrics import mentions

    rows: list[dict[str, Any]] = []
    for name, doc in docs.items():
        for index, answer in enumerate(doc.answers, 1):
            for item in mentions(doc.masked, answer.start, answer.end):
                line, column = doc.position(item.start)
                rows.append(
                    {
                        "path": name,
                        "answer": index,
                        "line": line,
                        "column": column,
                        "text": item.text,
                        "counts": item.counts,
                        "reason": item.reason,
                    }
                )
    return rows


def _sarif_rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.what},
        "help": {"text": rule.fix, "markdown": f"{rule.why}\n\nUse instead: {rule.use_instead}"},
        "defaultConfiguration": {"level": rule.severity.value},
        "properties": {"tags": list(rule.kinds)},
    }


def sarif_report(findings: list[Finding], errors: list[str]) -> str:
    import json

    index = {rule.code: number for number, rule in enumerate(RULES)}
    results = [
        {
            "ruleId": f.rule.code,
            "ruleIndex": index[f.rule.code],
            "level": f.rule.severity.value,
            "message": {"text": f"{f.message}. {f.rule.fix}"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.path.replace("\\", "/")},
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "endColumn": f.end_column,
                        },
                    }
                }
            ],
        }
        for f in findings
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "playbook-lint",
                "version": __version__,
                "rules": [_sarif_rule(rule) for rule in RULES],
            }
        },
        "results": results,
    }
    if errors:
        run["invocations"] = [
            {
                "executionSuccessful": False,
                "toolExecutionNotifications": [
                    {"level": "error", "message": {"text": error}} for error in errors
                ],
            }
        ]
    payload = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)


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
