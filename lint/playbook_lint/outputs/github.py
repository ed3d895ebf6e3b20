"""``--format github``: GitHub Actions workflow commands, one annotation per finding::

    ::error file=resume.md,line=3,endLine=3,col=1,endColumn=77,title=PL001 quantified-outcome::...

GitHub shows them on the pull request's changed lines and in the run's summary. The
message carries the fix hint on a second line. Escaping follows the runner's rules: in
the message ``%``, CR and LF become ``%25``, ``%0D`` and ``%0A``; in a property value
``:`` and ``,`` also become ``%3A`` and ``%2C``. Input errors become annotations with
no file. A clean run prints nothing.
"""

from __future__ import annotations

from playbook_lint.engine import Finding
from playbook_lint.outputs import Report


def escape_data(text: str) -> str:
    """A workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value (file=..., title=...)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    rule = finding.rule
    level = "error" if rule.severity.value == "error" else "warning"
    properties = {
        "file": finding.path.replace("\\", "/"),
        "line": str(finding.line),
        "endLine": str(finding.end_line),
        "col": str(finding.column),
        "endColumn": str(finding.end_column),
        "title": f"{rule.code} {rule.name}",
    }
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    message = escape_data(finding.message + ".\nfix: " + rule.fix)
    return f"::{level} {joined}::{message}"


def write(report: Report) -> str:
    lines = [annotation(finding) for finding in report.findings]
    lines.extend(
        f"::error title={escape_property('playbook-lint input error')}::{escape_data(error)}"
        for error in report.errors
    )
    return "".join(line + "\n" for line in lines)
