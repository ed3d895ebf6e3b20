"""Each reader turns its format into answers reported at the right place in the file:
the vague bullets get findings at their lines, the measured one gets none, and lists
under skills or education headings are not answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from playbook_lint.cli import main
from playbook_lint.engine import Finding, Selection, lint_document
from playbook_lint.inputs import read, reader_for, suffixes
from playbook_lint.source import InputError
from tests.lint.inputs.resumes import (
    GOOD,
    JSON_RESUME,
    LATEX,
    RENDERCV,
    RESPONSIBLE,
    VAGUE,
    line_of,
    make_docx,
)

OUTCOME = {"quantified-outcome"}


def outcome_lines(path: str, data: bytes) -> list[int]:
    findings: list[Finding] = lint_document(read(path, data), Selection(select=OUTCOME))
    return sorted(finding.line for finding in findings)


def answer_texts(path: str, data: bytes) -> list[str]:
    doc = read(path, data)
    return [" ".join(doc.source[a.start : a.end].split()) for a in doc.answers]


def test_suffixes_pick_the_readers() -> None:
    names = {
        suffix: reader_for(f"resume{suffix}").__name__.rsplit(".", 1)[-1]
        for suffix in (".docx", ".pdf", ".json", ".yaml", ".yml", ".tex", ".TEX", ".md", ".txt")
    }
    assert names == {
        ".docx": "docx",
        ".pdf": "pdf",
        ".json": "json_resume",
        ".yaml": "rendercv",
        ".yml": "rendercv",
        ".tex": "latex",
        ".TEX": "latex",
        ".md": "markdown",
        ".txt": "plain",
    }


def test_directory_walks_keep_to_markdown_and_text() -> None:
    walked = set(suffixes())
    assert {".md", ".txt"} <= walked
    assert walked.isdisjoint({".docx", ".pdf", ".json", ".yaml", ".yml", ".tex"})


def test_json_resume_highlights_and_summaries_at_their_lines() -> None:
    data = JSON_RESUME.encode()
    assert answer_texts("r.json", data) == [GOOD, VAGUE, RESPONSIBLE]
    assert outcome_lines("r.json", data) == [
        line_of(JSON_RESUME, VAGUE),
        line_of(JSON_RESUME, RESPONSIBLE),
    ]


def test_json_resume_column_points_inside_the_string() -> None:
    doc = read("r.json", JSON_RESUME.encode())
    line, column = doc.position(doc.answers[1].start)
    assert doc.line_text(line)[column - 1 :].startswith(VAGUE)


def test_rendercv_highlights_at_their_lines_skipping_skills_and_education() -> None:
    data = RENDERCV.encode()
    assert answer_texts("cv.yaml", data) == [GOOD, VAGUE, RESPONSIBLE]
    assert outcome_lines("cv.yaml", data) == [
        line_of(RENDERCV, VAGUE),
        line_of(RENDERCV, RESPONSIBLE),
    ]
    doc = read("cv.yaml", data)
    line, column = doc.position(doc.answers[1].start)
    assert doc.line_text(line)[column - 1 :].startswith(VAGUE)  # inside the quotes


def test_yaml_that_is_not_rendercv_is_refused() -> None:
    with pytest.raises(InputError, match="not a RenderCV file"):
        read("mkdocs.yml", b"site_name: Playbook\nnav:\n  - index.md\n")


def test_json_that_is_not_json_resume_is_refused() -> None:
    with pytest.raises(InputError, match="not a JSON Resume"):
        read("package.json", b'{"name": "x", "version": "1.0.0"}')


def test_latex_items_and_macros_with_commands_stripped() -> None:
    data = LATEX.encode()
    texts = answer_texts("cv.tex", data)
    assert texts == [
        GOOD,  # "\textbf{Cut}", "800~ms" and "120\,ms" read as plain words
        VAGUE,
        RESPONSIBLE,
        "Shipped a feature store that serves 2 million lookups a day",
    ]
    # "Search platform" holds a nested list: a heading, not an answer; skills are skipped.
    assert all("Search platform" not in text and "PyTorch" not in text for text in texts)
    assert outcome_lines("cv.tex", data) == [
        line_of(LATEX, VAGUE),
        line_of(LATEX, RESPONSIBLE),
    ]


def test_docx_paragraphs_and_table_cells(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "cv.docx").read_bytes()
    doc = read("cv.docx", data)
    # Paragraphs in order, the table cells where the table stands: one line each.
    assert doc.source.split("\n") == [
        "Ada Lovelace",
        "EXPERIENCE",
        f"- {GOOD}",
        f"- {VAGUE}",
        "Shop, 2021 to 2024",
        f"- {RESPONSIBLE}",
        "SKILLS",
        "- Python, PyTorch",
    ]
    assert answer_texts("cv.docx", data) == [f"- {GOOD}", f"- {VAGUE}", f"- {RESPONSIBLE}"]
    # A finding's line is the paragraph's number; its column counts from the paragraph's
    # first character (the bullet Word draws is not text).
    findings = lint_document(doc, Selection(select=OUTCOME))
    assert [(f.line, f.column) for f in findings] == [(4, 1), (6, 1)]
    assert doc.line_text(4) == VAGUE


def test_command_line_reads_every_text_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "resume.json": JSON_RESUME,
        "cv.yaml": RENDERCV,
        "cv.tex": LATEX,
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    make_docx(tmp_path / "cv.docx")
    paths = [str(tmp_path / name) for name in [*files, "cv.docx"]]
    code = main([*paths, "--select", "quantified-outcome", "--no-source", "--isolated"])
    out = capsys.readouterr()
    assert code == 1, out.err
    flagged = [line.split(": ")[0] for line in out.out.splitlines() if "PL001" in line]
    assert len(flagged) == 8  # two vague bullets in each of four files
    assert out.err == ""


def test_stdin_filename_picks_the_reader(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(JSON_RESUME.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code = main(["-", "--stdin-filename", "resume.json", "--format", "json", "--isolated"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    outcome = [f for f in report["findings"] if f["rule"] == "quantified-outcome"]
    assert [(f["path"], f["line"]) for f in outcome] == [
        ("resume.json", line_of(JSON_RESUME, VAGUE)),
        ("resume.json", line_of(JSON_RESUME, RESPONSIBLE)),
    ]


REASON = 'reason="the number is under NDA"'


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "cv.yaml",
            "cv:\n  sections:\n    experience:\n      - company: Shop\n        highlights:\n"
            f"          # playbook-lint: disable=quantified-outcome {REASON}\n"
            f"          - {VAGUE}\n"
            f"          - {RESPONSIBLE}  # playbook-lint: disable=PL001 {REASON}\n"
            f"          - {VAGUE} again\n",
        ),
        (
            "cv.tex",
            "\\begin{itemize}\n"
            f"  % playbook-lint: disable=quantified-outcome {REASON}\n"
            f"  \\item {VAGUE}\n"
            f"  \\item {RESPONSIBLE} % playbook-lint: disable=PL001 {REASON}\n"
            f"  \\item {VAGUE} again\n"
            "\\end{itemize}\n",
        ),
    ],
)
def test_comments_suppress_in_yaml_and_latex(name: str, text: str) -> None:
    # A comment covers the answer on its line, or else the next one, as in Markdown.
    assert outcome_lines(name, text.encode()) == [line_of(text, f"{VAGUE} again")]


def test_comment_without_reason_is_reported_at_its_place() -> None:
    text = RENDERCV.replace(f'"{VAGUE}"', f'"{VAGUE}"  # playbook-lint: disable=PL001')
    doc = read("cv.yaml", text.encode())
    findings = lint_document(doc, Selection(select={"quantified-outcome", "invalid-suppression"}))
    invalid = [f for f in findings if f.rule.name == "invalid-suppression"]
    assert [(f.line, f.column) for f in invalid] == [
        (line_of(text, VAGUE), text.split("\n")[line_of(text, VAGUE) - 1].index("playbook") + 1)
    ]


def test_percent_escaped_in_latex_is_not_a_comment() -> None:
    escaped = f"\\% playbook-lint: disable=PL001 {REASON}"  # "\\%" prints a percent sign
    text = f"\\begin{{itemize}}\n  \\item {VAGUE} {escaped}\n\\end{{itemize}}\n"
    assert outcome_lines("cv.tex", text.encode()) == [2]


def test_a_paragraph_suppresses_in_a_word_file(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(f"playbook-lint: disable=quantified-outcome {REASON}")
    document.add_paragraph(VAGUE, style="List Bullet")
    document.add_paragraph(RESPONSIBLE, style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    assert outcome_lines("cv.docx", (tmp_path / "cv.docx").read_bytes()) == [3]


def spot(text: str, needle: str) -> tuple[int, int]:
    """1-based (line, column) of needle in a file's text."""
    before = text[: text.index(needle)]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def number_spots(path: str, text: str) -> list[tuple[str, tuple[int, int]]]:
    """Each number the linter found, with the place it reports for it."""
    from playbook_lint.numbers import mentions

    doc = read(path, text.encode())
    return [
        (item.text, doc.position(item.start))
        for answer in doc.answers
        for item in mentions(doc.masked, answer.start, answer.end)
    ]


def test_latex_positions_are_exact_past_commands_and_line_breaks() -> None:
    text = (
        "\\begin{itemize}\n"
        "  \\item \\emph{Cut} p99 latency from 800\\,ms\n"
        "    to 120~ms % a comment with 99 in it\n"
        "    for 3 teams\n"
        "\\end{itemize}\n"
    )
    found = dict(number_spots("cv.tex", text))
    assert found["800 ms"] == spot(text, "800")
    assert found["120 ms"] == spot(text, "120")


def test_yaml_positions_are_exact_in_a_folded_scalar() -> None:
    text = (
        "cv:\n  sections:\n    experience:\n      - company: Shop\n        highlights:\n"
        "          - Cut p99 latency from 800 ms\n            to 120 ms by caching\n"
    )
    found = dict(number_spots("cv.yaml", text))
    assert found["800 ms"] == spot(text, "800")
    assert found["120 ms"] == spot(text, "120")


def test_json_positions_are_exact_after_escapes() -> None:
    text = '{"work": [{"highlights": ["Cut \\"p99\\" latency \\u2014 from 800 ms to 120 ms"]}]}'
    found = dict(number_spots("r.json", text))
    assert found["800 ms"] == spot(text, "800")
    assert found["120 ms"] == spot(text, "120")


def test_pdf_ligatures_are_spelled_out() -> None:
    from tests.lint.inputs.resumes import minimal_pdf

    # Byte 0xAE is the "fi" ligature glyph in Helvetica's standard encoding.
    doc = read("cv.pdf", minimal_pdf(["- Made ranking ef\xaecient for \xaeve teams"]))
    assert doc.source.strip() == "- Made ranking efficient for five teams"
