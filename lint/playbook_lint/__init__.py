"""playbook-lint: finds answers with no measured outcome and no sign of observability.

From Python::

    from playbook_lint import lint_text

    for finding in lint_text("- Worked on search ranking.", kind="resume"):
        print(finding.line, finding.rule.name, finding.message)

Importing this package is cheap; the linter itself loads on the first call.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playbook_lint.engine import Finding

__version__ = "0.1.0"
__all__ = ["__version__", "lint_text"]


def lint_text(
    text: str,
    *,
    kind: str | None = None,
    path: str = "answer.md",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> list[Finding]:
    """Lint one document given as a string, as the command line would lint a file.

    ``path`` only names the document in findings and picks the parser (``.txt`` is plain
    text, anything else Markdown). ``select`` and ``ignore`` take rule names or codes.
    Raises ``playbook_lint.document.InputError`` for input the command line would refuse, and
    ``ValueError`` for an unknown rule.
    """
    from playbook_lint.document import decode, parse
    from playbook_lint.engine import Selection, lint_document
    from playbook_lint.registry import resolve

    def names(keys: Iterable[str]) -> set[str]:
        found, unknown = resolve(list(keys))
        if unknown:
            raise ValueError(f"unknown rule '{unknown[0]}'")
        return found

    selection = Selection(select=None if select is None else names(select), ignore=names(ignore))
    return lint_document(parse(path, decode(path, text.encode("utf-8")), kind), selection)
