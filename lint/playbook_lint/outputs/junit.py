"""``--format junit``: JUnit XML for CI test reports (GitLab, Jenkins, Azure, CircleCI).

One ``<testsuite>`` per file and one ``<testcase>`` per answer, named by its number and
line: an answer passes when no rule fires on it, and fails with one ``<failure>`` that
lists every finding on it (a test case holds at most one failure in the common JUnit
schema). A finding outside every answer (a broken suppression comment between answers)
gets a test case of its own named after the file. Files that could not be read become
``<error>`` test cases in a suite named ``playbook-lint``. No timestamps or durations, so
the same input always gives the same report.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from playbook_lint.document import Document
from playbook_lint.engine import Finding
from playbook_lint.outputs import Report
from playbook_lint.outputs._answers import answer_index

_CONTROL = {code: None for code in range(32) if chr(code) not in "\t\n\r"}


def _text(text: str) -> str:
    """Character data: XML-escaped, with characters XML 1.0 cannot hold removed."""
    return escape(text.translate(_CONTROL))


def _attr(text: str) -> str:
    return quoteattr(
        text.translate(_CONTROL),
        {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"},
    )


def _finding_line(finding: Finding) -> str:
    rule = finding.rule
    return (
        f"{finding.path}:{finding.line}:{finding.column}: {rule.severity.value} "
        f"{rule.code} {rule.name}: {finding.message}\n  fix: {rule.fix}"
    )


def _case(name: str, classname: str, findings: list[Finding]) -> list[str]:
    head = f"    <testcase name={_attr(name)} classname={_attr(classname)}"
    if not findings:
        return [head + "/>"]
    codes = sorted({finding.rule.code for finding in findings})
    count = len(findings)
    message = f"{count} finding{'' if count == 1 else 's'}: " + ", ".join(
        f"{finding.rule.code} {finding.rule.name}" for finding in findings
    )
    body = "\n".join(_finding_line(finding) for finding in findings)
    return [
        head + ">",
        f"      <failure message={_attr(message)} type={_attr(','.join(codes))}>"
        f"{_text(body)}</failure>",
        "    </testcase>",
    ]


def _suite(path: str, doc: Document | None, findings: list[Finding]) -> tuple[list[str], int, int]:
    """A file's test suite, its number of test cases and of failed ones."""
    answers = doc.answers if doc is not None else []
    per_answer: list[list[Finding]] = [[] for _ in answers]
    outside: list[Finding] = []
    for finding in findings:
        index = answer_index(doc, finding)
        (outside if index is None else per_answer[index]).append(finding)
    cases: list[str] = []
    if outside:
        cases.extend(_case(path, path, outside))
    for number, (answer, found) in enumerate(zip(answers, per_answer, strict=True), 1):
        line = doc.position(answer.start)[0] if doc is not None else 0
        cases.extend(_case(f"{answer.unit} {number} (line {line})", path, found))
    tests = len(answers) + (1 if outside else 0)
    failures = sum(1 for found in per_answer if found) + (1 if outside else 0)
    head = (
        f'  <testsuite name={_attr(path)} tests="{tests}" failures="{failures}" '
        'errors="0" skipped="0">'
    )
    return [head, *cases, "  </testsuite>"], tests, failures


def write(report: Report) -> str:
    by_path: dict[str, list[Finding]] = {path: [] for path in report.documents}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    suites: list[str] = []
    tests = failures = 0
    for path, findings in by_path.items():
        suite, suite_tests, suite_failures = _suite(path, report.documents.get(path), findings)
        tests += suite_tests
        failures += suite_failures
        suites.extend(suite)
    if report.errors:
        suites.append(
            f'  <testsuite name="playbook-lint" tests="{len(report.errors)}" failures="0" '
            f'errors="{len(report.errors)}" skipped="0">'
        )
        for error in report.errors:
            path = error.split(": ", 1)[0]
            suites.append(f'    <testcase name={_attr(path)} classname="playbook-lint">')
            suites.append(f'      <error message={_attr(error)} type="input-error"/>')
            suites.append("    </testcase>")
        suites.append("  </testsuite>")
        tests += len(report.errors)
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<testsuites name="playbook-lint" tests="{tests}" failures="{failures}" '
            f'errors="{len(report.errors)}">',
            *suites,
            "</testsuites>",
            "",
        ]
    )
