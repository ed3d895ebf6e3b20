"""Linting many documents: a pure function for engines that bring their own parallelism
(Spark, Ray, a process pool), and ``--jobs N`` for the command line.

:func:`lint_texts` keeps no state between calls and returns plain named tuples that
pickle, so it runs unchanged inside Spark's ``mapInPandas`` or Ray Data's
``map_batches`` (docs/lint/batch.md). A document the linter refuses becomes a result
with an ``error`` instead of an exception, so one broken file does not stop a batch.

:func:`lint_paths_parallel` is the command line's ``--jobs N``: each file is linted in a
worker process by the same function the one-process path uses
(``playbook_lint.cli.lint_paths``), and the results are put back in input order, so the
report is byte-identical to ``--jobs 1``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterable

    from playbook_lint.document import Document
    from playbook_lint.engine import Finding, Selection


class TextResult(NamedTuple):
    """What linting one document gave: picklable, comparable, no reference to the input."""

    path: str  # the name given with the text (its suffix picked the reader)
    findings: tuple[Finding, ...]  # sorted by position
    answers: int  # how many answers the document split into
    kind: str  # the answer kind it was read as ("" when it could not be read)
    error: str | None  # one line, as the command line prints it, when it could not be read


def lint_texts(
    items: Iterable[tuple[str, str | bytes]],
    *,
    kind: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> list[TextResult]:
    """Lint many documents, each given as ``(path, text or bytes)``, in order.

    ``path`` names the document in findings and picks the reader by its suffix
    (``.docx`` and ``.pdf`` need bytes; text formats take either). ``kind``, ``select``
    and ``ignore`` are as in :func:`playbook_lint.lint_text`. Raises ValueError for an
    unknown rule or kind; a document that cannot be read gets ``error`` set.
    """
    from playbook_lint.engine import api_selection, lint_document
    from playbook_lint.inputs import read
    from playbook_lint.source import InputError

    selection = api_selection(kind, select, ignore)
    results: list[TextResult] = []
    for path, content in items:
        data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
        try:
            doc = read(path, data, kind)
            findings = tuple(lint_document(doc, selection))
        except InputError as error:
            results.append(TextResult(path, (), 0, "", str(error)))
            continue
        except RecursionError:
            results.append(TextResult(path, (), 0, "", f"{path}: input is nested too deeply"))
            continue
        results.append(TextResult(path, findings, len(doc.answers), doc.kind.value, None))
    return results


class _FileResult(NamedTuple):
    findings: list[Finding]
    docs: dict[str, Document]
    files: int
    errors: list[str]
    warnings: list[str]


def _lint_one(job: tuple[str, Selection, str | None], stdin_name: str = "-") -> _FileResult:
    """One named file (or standard input, '-'), linted exactly as the one-process path
    lints it."""
    from playbook_lint.cli import lint_paths

    shown, selection, kind = job
    errors: list[str] = []
    warnings: list[str] = []
    findings, docs, files = lint_paths([shown], selection, kind, [], stdin_name, errors, warnings)
    return _FileResult(findings, docs, files, errors, warnings)


def lint_paths_parallel(
    paths: list[str],
    selection: Selection,
    kind: str | None,
    exclude: list[str],
    stdin_name: str,
    errors: list[str],
    warnings: list[str],
    *,
    jobs: int,
) -> tuple[list[Finding], dict[str, Document], int]:
    """``playbook_lint.cli.lint_paths`` over ``jobs`` processes, with the same results in
    the same order (standard input is read in this process)."""
    from concurrent.futures import ProcessPoolExecutor

    from playbook_lint.cli import _inputs

    walk_errors: list[str] = []
    listed: list[tuple[str, str | None, int]] = []
    for shown, path in _inputs(paths, exclude, walk_errors):
        listed.append((shown, path, len(walk_errors)))  # errors found before this file
    work = [(shown, selection, kind) for shown, path, _ in listed if path is not None]
    chunk = max(1, len(work) // (jobs * 4))
    findings: list[Finding] = []
    docs: dict[str, Document] = {}
    files = 0
    emitted = 0
    with ProcessPoolExecutor(max_workers=min(jobs, max(1, len(work)))) as pool:
        done = iter(pool.map(_lint_one, work, chunksize=chunk))
        for _shown, path, before in listed:
            errors.extend(walk_errors[emitted:before])
            emitted = before
            result = (
                next(done) if path is not None else _lint_one(("-", selection, kind), stdin_name)
            )
            findings.extend(result.findings)
            docs.update(result.docs)
            files += result.files
            errors.extend(result.errors)
            warnings.extend(result.warnings)
    errors.extend(walk_errors[emitted:])
    return findings, docs, files
