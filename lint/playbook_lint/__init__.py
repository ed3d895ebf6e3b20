"""playbook-lint: finds answers with no measured outcome and no sign of observability.

The stable Python API is two functions, ``lint_text`` and ``lint_texts``::

    from playbook_lint import lint_text

    for finding in lint_text("- Worked on search ranking.", kind="resume"):
        print(finding.line, finding.rule.name, finding.message)

Findings are named tuples (picklable: safe to send between processes), and the linter
keeps no mutable state between calls. ``lint_texts`` lints many documents in one call
(see ``playbook_lint.batch``: Spark and Ray recipes are in docs/lint/batch.md).
Importing this package is cheap; the linter itself loads on the first call.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

    from playbook_lint.batch import TextResult
    from playbook_lint.engine import Finding

__version__ = "0.1.0"
__all__ = ["__version__", "lint_text", "lint_texts"]


def lint_text(
    text: str,
    *,
    kind: str | None = None,
    path: str = "answer.md",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> list[Finding]:
    """Lint one document given as a string, as the command line would lint a file.

    ``kind`` is an answer kind (``answer``, ``star-story``, ``resume``,
    ``design-answer``) or None to take it from front matter or detect it. ``path`` only
    names the document in findings and picks the reader by its suffix (``.txt`` is plain
    text, anything else Markdown). ``select`` and ``ignore`` take rule names or codes.
    Returns the findings sorted by position. Raises
    ``playbook_lint.source.InputError`` for input the command line would refuse, and
    ``ValueError`` for an unknown rule or kind.
    """
    from playbook_lint.engine import api_selection, lint_document
    from playbook_lint.inputs import read

    selection = api_selection(kind, select, ignore)
    return lint_document(read(path, text.encode("utf-8"), kind), selection)


def lint_texts(
    items: Iterable[tuple[str, str | bytes]],
    *,
    kind: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> list[TextResult]:
    """Lint many documents, each ``(path, text or bytes)``: a pure function whose results
    pickle (see :func:`playbook_lint.batch.lint_texts`)."""
    from playbook_lint import batch

    return batch.lint_texts(items, kind=kind, select=select, ignore=ignore)
