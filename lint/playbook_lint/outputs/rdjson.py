"""``--format rdjson``: reviewdog's Diagnostic Format (``reviewdog -f=rdjson``).

One ``DiagnosticResult`` object: the tool as ``source``, and a diagnostic per finding
with its message (rule name first, the fix hint on a second line), severity (``ERROR``
or ``WARNING``), rule code and the range it covers. reviewdog counts columns in UTF-8
bytes, so columns are converted from characters using the document's line. No
``suggestions``: the linter does not rewrite answers. Input errors are not diagnostics
(they have no place in a file); they go to standard error and exit code 2 as with
every format.
"""

from __future__ import annotations

import json

from playbook_lint.document import Document
from playbook_lint.engine import Finding
from playbook_lint.outputs import Report

SOURCE = {"name": "playbook-lint"}


def byte_column(doc: Document | None, line: int, column: int) -> int:
    """A 1-based character column as a 1-based UTF-8 byte column on that line."""
    if doc is None:
        return column
    try:
        text = doc.line_text(line)
    except (IndexError, ValueError):
        return column
    return len(text[: column - 1].encode("utf-8")) + 1 + max(0, column - 1 - len(text))


def diagnostic(finding: Finding, doc: Document | None) -> dict[str, object]:
    rule = finding.rule
    return {
        "message": f"{rule.name}: {finding.message}.\nfix: {rule.fix}",
        "location": {
            "path": finding.path.replace("\\", "/"),
            "range": {
                "start": {
                    "line": finding.line,
                    "column": byte_column(doc, finding.line, finding.column),
                },
                "end": {
                    "line": finding.end_line,
                    "column": byte_column(doc, finding.end_line, finding.end_column),
                },
            },
        },
        "severity": rule.severity.value.upper(),
        "code": {"value": rule.code},
    }


def write(report: Report) -> str:
    payload = {
        "source": SOURCE,
        "diagnostics": [
            diagnostic(finding, report.documents.get(finding.path)) for finding in report.findings
        ],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
