"""The Word reader (``.docx``, python-docx): paragraphs and table cells in document order.

Each paragraph is one line of the text the plain-text reader splits, so a finding's
"line" is the paragraph's number: the N-th paragraph of the document, counting the
paragraphs inside table cells where the table stands (a merged cell once), empty
paragraphs included. List paragraphs (Word's bullets and numbering, or a "List" style)
become bullets; headings and short lines such as "SKILLS" start sections, as in a
``.txt`` resume.

The archive is checked before python-docx opens it: a file that is not a zip archive,
has no ``word/document.xml`` or would expand past :data:`MAX_EXPANDED` bytes (a zip bomb)
is refused with one line.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from playbook_lint.inputs._structured import Piece, check_size, missing, one_line, text_document
from playbook_lint.source import MAX_BYTES, InputError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playbook_lint.document import Document

SUFFIXES = (".docx",)
WALK = False  # directory walks skip it: name Word files (a shell glob does)

MAX_EXPANDED = 64 * 1024 * 1024  # all members together, uncompressed
MAX_RATIO = 100  # uncompressed / compressed for any member above 1 MiB
MAX_XML = 8 * 1024 * 1024  # any one XML part, uncompressed (python-docx parses it whole)
BULLET = "- "


def check_archive(path: str, data: bytes) -> None:
    """Refuse what is not a Word archive, or would expand too far, before parsing it."""
    import zipfile  # here, not at import: every run lists the readers, few read DOCX

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(path, "not a DOCX file (not a zip archive)") from None
    with archive:
        members = archive.infolist()
        names = {info.filename for info in members}
        if "word/document.xml" not in names:
            raise InputError(path, "not a DOCX file (no word/document.xml in the archive)")
        total = sum(info.file_size for info in members)
        if total > MAX_EXPANDED:
            raise InputError(
                path,
                f"refused: the archive would expand to {total / 2**20:.0f} MiB "
                f"(limit {MAX_EXPANDED // 2**20} MiB; a zip bomb?)",
            )
        for info in members:
            if info.filename.endswith(".xml") and info.file_size > MAX_XML:
                raise InputError(
                    path,
                    f"refused: {info.filename} is {info.file_size / 2**20:.0f} MiB of XML "
                    f"(limit {MAX_XML // 2**20} MiB; a resume's is well under 1 MiB)",
                )
            ratio = info.file_size // max(info.compress_size, 1)
            if info.file_size > 2**20 and ratio > MAX_RATIO:
                raise InputError(
                    path,
                    f"refused: {info.filename} expands {ratio} times "
                    f"(limit {MAX_RATIO}; a zip bomb?)",
                )


def _is_list(paragraph: Any) -> bool:
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return True
    style = paragraph.style
    name = style.name if style is not None else ""
    return bool(name) and "list" in name.lower()


def _paragraphs(container: Any, seen: set[int]) -> Iterator[Any]:
    """Paragraphs in document order, table cells included (each cell once)."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue  # a merged cell appears once per grid column it spans
                    seen.add(id(cell._tc))
                    yield from _paragraphs(cell, seen)
        else:
            yield block


def pieces(document: Any) -> list[Piece]:
    found: list[Piece] = []
    for number, paragraph in enumerate(_paragraphs(document, set()), 1):
        text = one_line(paragraph.text)
        prefix = BULLET if text and _is_list(paragraph) else ""
        found.append(Piece(prefix + text, number, 1, len(prefix)))
    return found


def read(path: str, data: bytes, kind: str | None = None) -> Document:
    check_size(path, data, "a DOCX file", MAX_BYTES)
    check_archive(path, data)
    try:
        import docx
    except ImportError:
        raise missing(path, "python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
        found = pieces(document)
    except RecursionError:
        raise InputError(path, "cannot read the DOCX file: nested too deeply") from None
    except Exception as error:  # python-docx and lxml raise many types on a broken file
        detail = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
        raise InputError(path, f"cannot read the DOCX file ({detail})") from None
    return text_document(path, found, kind)
