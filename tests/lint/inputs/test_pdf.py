"""The PDF reader on resumes Chromium prints from HTML: bullets whole, two columns read
column by column, and a PDF with no text layer refused with one line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from playbook_lint.cli import main
from playbook_lint.engine import Selection, lint_document
from playbook_lint.inputs import read
from playbook_lint.inputs.pdf import NO_TEXT
from playbook_lint.source import InputError
from tests.lint.inputs.resumes import (
    GOOD,
    IMAGE_ONLY_HTML,
    ONE_COLUMN_HTML,
    RESPONSIBLE,
    TWO_COLUMN_HTML,
    VAGUE,
)

pytestmark = pytest.mark.browser

Printer = Callable[[str, str], Path]

TWO_COLUMN_BULLETS = [
    GOOD,
    f"{VAGUE} for the storefront search team",
    "Shipped a feature store that serves 2 million lookups a day",
    f"{RESPONSIBLE} in the marketplace and the internal tools",
    "Raised recall at 10 from 0.61 to 0.74 on the held-out queries",
]


def answers(path: Path) -> list[str]:
    doc = read(path.name, path.read_bytes())
    return [" ".join(doc.source[a.start : a.end].replace("- ", "", 1).split()) for a in doc.answers]


def test_one_column_bullets_whole_and_skills_skipped(print_pdf: Printer) -> None:
    path = print_pdf("one-column", ONE_COLUMN_HTML)
    found = answers(path)
    assert found[:2] == [GOOD, VAGUE]
    assert found[2].startswith(RESPONSIBLE) and found[2].endswith("on the storefront and its app")
    assert len(found) == 3  # the skills list is not an answer


def test_two_columns_read_column_by_column(print_pdf: Printer) -> None:
    path = print_pdf("two-column", TWO_COLUMN_HTML)
    assert answers(path) == TWO_COLUMN_BULLETS
    doc = read(path.name, path.read_bytes())
    # Each heading comes before its own column's bullets, not both headings first.
    source = doc.source
    assert source.index("EXPERIENCE") < source.index("Cut p99") < source.index("PROJECTS")
    assert source.index("PROJECTS") < source.index("Responsible for")


def test_findings_point_at_lines_of_the_extracted_text(print_pdf: Printer) -> None:
    path = print_pdf("two-column", TWO_COLUMN_HTML)
    doc = read(path.name, path.read_bytes())
    findings = lint_document(doc, Selection(select={"quantified-outcome"}))
    shown = [doc.line_text(finding.line) for finding in findings]
    assert shown == [
        "Worked on the recommendation service for",
        "Responsible for the ranking models in the",
    ]
    assert all(finding.column == 1 for finding in findings)


def test_image_only_pdf_gets_one_line(
    print_pdf: Printer, capsys: pytest.CaptureFixture[str]
) -> None:
    path = print_pdf("image-only", IMAGE_ONLY_HTML)
    with pytest.raises(InputError, match=NO_TEXT):
        read(str(path), path.read_bytes())
    assert main([str(path), "--isolated"]) == 2
    err = capsys.readouterr().err
    assert err == f"playbook-lint: error: {path}: {NO_TEXT}\n"
