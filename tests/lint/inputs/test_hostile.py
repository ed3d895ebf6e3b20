"""Hostile input for every reader: one line on standard error naming the file (and the
line where there is one), exit code 2, never a traceback and never a hang."""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from playbook_lint.cli import main
from tests.lint.inputs.resumes import JSON_RESUME, make_docx, minimal_pdf, pdf_with_content

HUGE = 21 * 1024 * 1024  # past the 20 MiB limit on any input file


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _docx(tmp: Path) -> bytes:
    return make_docx(tmp / "real.docx").read_bytes()


def _encrypted_pdf(tmp: Path) -> bytes:
    import pypdf

    (tmp / "plain.pdf").write_bytes(minimal_pdf(["- Worked on search"]))
    writer = pypdf.PdfWriter(clone_from=str(tmp / "plain.pdf"))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


Maker = Callable[[Path], bytes]

# name, bytes (made in the test's folder), what the one line says
CASES: list[tuple[str, Maker, str]] = [
    ("random.docx", lambda _: bytes(range(256)) * 64, "not a DOCX file (not a zip archive)"),
    ("truncated.docx", lambda t: _docx(t)[:3000], "not a DOCX file (not a zip archive)"),
    ("other.docx", lambda _: _zip({"hello.txt": b"hi"}), "no word/document.xml"),
    (
        "broken-xml.docx",
        lambda t: _zip(
            {
                name: (b"<w:document><w:body>" if name == "word/document.xml" else data)
                for name, data in _members(_docx(t)).items()
            }
        ),
        "cannot read the DOCX file",
    ),
    (
        "bomb.docx",
        lambda _: _zip({"word/document.xml": b"\0" * (8 * 2**20)}),
        "expands 1",  # "...expands 1019 times (limit 100; a zip bomb?)"
    ),
    (
        "big-bomb.docx",
        lambda _: _zip(
            {"word/document.xml": b"<x/>"}
            | {f"word/m{i}.xml": b"\0" * (20 * 2**20) for i in range(4)}
        ),
        "would expand to 80 MiB",
    ),
    ("huge.docx", lambda _: b"PK" + b"\0" * HUGE, "file is too large"),
    (
        "long.docx",  # 9 MiB of varied XML: compresses under 100 times, still refused
        lambda _: _zip(
            {"word/document.xml": b"".join(b"<w:p>%d</w:p>" % i for i in range(700_000))}
        ),
        "of XML (limit 8 MiB",
    ),
    ("random.pdf", lambda _: bytes(range(256)) * 64, "not a PDF file"),
    ("garbage.pdf", lambda _: b"%PDF-1.7\n" + bytes(range(256)) * 40, "not a readable PDF"),
    (
        "truncated.pdf",
        lambda _: minimal_pdf(["a b c"])[: len(minimal_pdf(["a b c"])) // 2],
        "not a readable PDF",
    ),
    ("encrypted.pdf", _encrypted_pdf, "the PDF is encrypted"),
    ("empty.pdf", lambda _: b"", "not a PDF file"),
    (
        "inflating.pdf",  # 50 KiB on disk, a 50 MiB content stream once inflated
        lambda _: pdf_with_content(b" " * (50 * 2**20), compress=True),
        "page 1 draws more than a resume holds",
    ),
    (
        "wordy.pdf",  # 100,000 characters in 120 KiB of content
        lambda _: pdf_with_content(
            b"BT /F1 2 Tf 10 780 Td " + (b"(" + b"x" * 100 + b") Tj 0 -1 Td ") * 1000 + b"ET"
        ),
        "more than 60,000 characters of text",
    ),
    ("huge.pdf", lambda _: b"%PDF-1.4\n" + b" " * HUGE, "file is too large"),
    ("invalid.json", lambda _: b'{"work": [1,]}', ":1: invalid JSON: Expecting value"),
    ("deep.json", lambda _: b"[" * 100_000, ":1: invalid JSON: nested more than 64"),
    (
        "deep-object.json",
        lambda _: b'{"work": ' * 50_000 + b"1" + b"}" * 50_000,
        "invalid JSON: nested more than 64",
    ),
    ("huge.json", lambda _: b" " * (3 * 2**20) + b"{}", "too large for a JSON Resume"),
    ("latin1.json", lambda _: JSON_RESUME.replace("Ada", "Ad\xe9").encode("latin-1"), "UTF-8"),
    ("array.json", lambda _: b"[1, 2]", "not a JSON Resume"),
    ("invalid.yaml", lambda _: b"cv:\n  sections: [\n", ":3: invalid YAML"),
    ("tabs.yaml", lambda _: b"cv:\n\tsections: {}\n", ":2: invalid YAML"),
    ("deep.yaml", lambda _: b"cv: " + b"[" * 100_000, "invalid YAML"),
    (
        "laughs.yaml",
        lambda _: (
            b"a: &a [x, x, x, x, x, x, x, x, x]\n"
            + b"".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n".encode()
                for i in range(8)
            )
            + b"cv:\n  sections:\n    work:\n      - highlights: *i\n"
        ),
        "no answers found",  # aliases are not expanded: nothing to read, and no hang
    ),
    ("plain.yml", lambda _: b"site_name: x\n", "not a RenderCV file"),
    ("huge.yaml", lambda _: b"#" * (3 * 2**20), "too large for a RenderCV file"),
    ("brace.tex", lambda _: b"\\begin{itemize}\n\\item \\textbf{Led\n\\end{itemize}\n", ":"),
    ("closing.tex", lambda _: b"text\n}\n", ":2: invalid LaTeX"),
    ("env.tex", lambda _: b"\\begin{itemize}\n\\item Led\n", "invalid LaTeX"),
    ("deep.tex", lambda _: b"{" * 100_000 + b"}" * 100_000, "invalid LaTeX"),
    ("huge.tex", lambda _: b"%" * (2 * 2**20), "too large for a LaTeX resume"),
]


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("name", "make", "says"), CASES, ids=[case[0] for case in CASES])
def test_hostile_file_gets_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, make: Maker, says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(make(tmp_path))
    code = main([str(path), "--isolated", "--quiet"])
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert "Traceback" not in err
    if says == "no answers found":
        assert code == 0 and lines == [
            f"playbook-lint: warning: {path}: {says} (read as resume); nothing to check"
        ]
        return
    assert code == 2, err
    assert len(lines) == 1, err
    assert lines[0].startswith(f"playbook-lint: error: {path}"), err
    assert says in lines[0], err


def test_every_reader_has_hostile_cases() -> None:
    covered = {Path(name).suffix for name, _, _ in CASES}
    assert covered >= {".docx", ".pdf", ".json", ".yaml", ".yml", ".tex"}


@pytest.mark.parametrize(
    ("name", "module", "package"),
    [
        ("cv.docx", "docx", "python-docx"),
        ("cv.pdf", "pdfminer", "pdfminer.six"),
        ("cv.tex", "pylatexenc.latexwalker", "pylatexenc"),
    ],
)
def test_missing_optional_dependency_names_the_extra(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    module: str,
    package: str,
) -> None:
    makers: dict[str, Callable[[], bytes]] = {
        ".docx": lambda: _docx(tmp_path),
        ".pdf": lambda: minimal_pdf(["- Worked on search"]),
        ".tex": lambda: b"\\begin{itemize}\\item Worked on search\\end{itemize}",
    }
    data = makers[Path(name).suffix]()
    path = tmp_path / name
    path.write_bytes(data)
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    assert main([str(path), "--isolated", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"playbook-lint: error: {path}: reading this format needs {package}: install the "
        "linter with its 'formats' extra (from a checkout: pip install '.[formats]')\n"
    )
