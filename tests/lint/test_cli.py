"""The command line: the interface scripts and CI rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from playbook_lint import __version__
from playbook_lint.cli import main
from playbook_lint.registry import RULES

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "lint" / "samples"
WEAK = "- Worked on the ranking service.\n"
STRONG = "- Cut ranking p99 from 120 ms to 45 ms for 1.2M daily users.\n"


def run(
    args: list[str], capsys: pytest.CaptureFixture[str], cwd: Path | None = None
) -> tuple[int, str, str]:
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        code = main(["--color", "never", *args])
    finally:
        os.chdir(old)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "weak.md").write_text(WEAK, encoding="utf-8")
    (tmp_path / "strong.md").write_text(STRONG, encoding="utf-8")
    return tmp_path


def test_exit_codes(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--isolated", str(project / "strong.md")], capsys)[0] == 0
    assert run(["--isolated", str(project / "weak.md")], capsys)[0] == 1
    assert run(["--isolated", "--exit-zero", str(project / "weak.md")], capsys)[0] == 0
    assert run(["--isolated", str(project / "missing.md")], capsys)[0] == 2
    assert run(["--isolated", "--select", "no-such-rule", str(project)], capsys)[0] == 2


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"playbook-lint {__version__}"
    with pytest.raises(SystemExit) as stop:  # mixed with other options, argparse answers
        main(["--version", "--isolated"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"playbook-lint {__version__}"


def test_text_output_shows_source_span_and_fix(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["--isolated", "--select", "vague-verb", "weak.md"], capsys, project)
    assert code == 1
    assert out.splitlines()[:5] == [
        "weak.md:1:3: warning PL101 vague-verb: 'Worked on' hides what you did",
        "  |",
        "1 | - Worked on the ranking service.",
        "  |   ^^^^^^^^^",
        "  = fix: " + RULES[3].fix,
    ]
    assert out.rstrip().endswith("Found 1 finding (0 errors, 1 warning) in 1 answer in 1 file.")


def test_directories_are_searched_for_markdown_and_text(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "notes.txt").write_text("- Worked on ads.\n", encoding="utf-8")
    (project / "image.png").write_bytes(b"\x89PNG\x00")
    (project / ".hidden").mkdir()
    (project / ".hidden" / "x.md").write_text(WEAK, encoding="utf-8")
    code, out, _ = run(["--isolated", "--format", "json", "."], capsys, project)
    paths = {f["path"] for f in json.loads(out)["findings"]}
    assert paths == {"weak.md", "notes.txt"}
    assert code == 1


def test_json_output_carries_every_field(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--isolated", "--format", "json", "weak.md"], capsys, project)
    data = json.loads(out)
    assert code == 1
    assert data["summary"] == {
        "files": 1,
        "answers": 1,
        "findings": 2,
        "errors": 1,
        "warnings": 1,
        "by_rule": {"quantified-outcome": 1, "vague-verb": 1},
    }
    first = data["findings"][0]
    assert set(first) == {
        "rule",
        "code",
        "severity",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "message",
        "fix",
    }
    assert (first["rule"], first["code"], first["severity"]) == (
        "quantified-outcome",
        "PL001",
        "error",
    )
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (1, 1, 1, 33)


def test_sarif_output_is_sarif_2_1_0(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["--isolated", "--format", "sarif", "weak.md"], capsys, project)
    data = json.loads(out)
    assert data["version"] == "2.1.0"
    run_ = data["runs"][0]
    assert [rule["id"] for rule in run_["tool"]["driver"]["rules"]] == [r.code for r in RULES]
    result = run_["results"][0]
    assert result["ruleId"] == "PL001"
    assert result["level"] == "error"
    assert run_["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "PL001"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 33}


@pytest.mark.parametrize("key", ["vague-verb", "PL101", "pl101"])
def test_explain_accepts_name_or_code(key: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--explain", key], capsys)
    assert code == 0
    assert out.startswith("vague-verb (PL101)")
    assert "Why an interviewer cares" in out


def test_explain_an_unknown_rule_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["--explain", "nope"], capsys)
    assert code == 2
    assert (
        err.strip() == "playbook-lint: error: unknown rule 'nope' (see playbook-lint --list-rules)"
    )


def test_list_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["--list-rules"], capsys)
    assert [line.split()[1] for line in out.splitlines()] == [r.name for r in RULES]


def test_select_and_ignore_by_name_code_and_prefix(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def rules(*args: str) -> set[str]:
        _, out, _ = run(["--isolated", "--format", "json", *args, "weak.md"], capsys, project)
        return {f["rule"] for f in json.loads(out)["findings"]}

    assert rules() == {"quantified-outcome", "vague-verb"}
    assert rules("--select", "PL101") == {"vague-verb"}
    assert rules("--ignore", "quantified-outcome") == {"vague-verb"}
    assert rules("--select", "PL1") == {"vague-verb"}
    assert rules("--select", "ALL", "--ignore", "PL1") == {"quantified-outcome", "observability"}
    assert rules("--extend-select", "observability") == {
        "quantified-outcome",
        "vague-verb",
        "observability",
    }


def test_statistics_counts_per_rule(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["--isolated", "--statistics", "-q", "weak.md", "strong.md"], capsys, project)
    assert out.splitlines() == [
        "1  PL001  quantified-outcome   error",
        "1  PL101  vague-verb           warning",
    ]


def test_show_numbers_explains_each_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.md"
    path.write_text("In 2019 I cut p99 from 120 ms to 45 ms.\n", encoding="utf-8")
    _, out, _ = run(["--isolated", "--show-numbers", "-q", "a.md"], capsys, tmp_path)
    lines = out.splitlines()
    assert lines[0] == "a.md: kind answer (default), 1 answer(s)"
    assert "ignored" in lines[2] and "'2019'" in lines[2] and lines[2].endswith("year")
    assert "counts" in lines[3] and "'120 ms'" in lines[3]


def test_stdin_is_read_with_dash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    class FakeStdin:
        buffer = io.BytesIO(WEAK.encode())

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    code, out, _ = run(["--isolated", "--format", "json", "--stdin-filename", "cv.md", "-"], capsys)
    assert code == 1
    assert {f["path"] for f in json.loads(out)["findings"]} == {"cv.md"}


def test_config_from_pyproject(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.playbook-lint]\nselect = ["vague-verb"]\n', encoding="utf-8"
    )
    _, out, _ = run(["--format", "json", "weak.md"], capsys, project)
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"vague-verb"}
    _, out, _ = run(["--isolated", "--format", "json", "weak.md"], capsys, project)
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"quantified-outcome", "vague-verb"}


def test_dedicated_config_file_wins(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.playbook-lint]\nselect = ["PL101"]\n', encoding="utf-8"
    )
    (project / ".playbook-lint.toml").write_text('ignore = ["vague-verb"]\n', encoding="utf-8")
    _, out, _ = run(["--format", "json", "weak.md"], capsys, project)
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"quantified-outcome"}


def test_config_errors_name_file_line_and_key(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / ".playbook-lint.toml").write_text(
        'kind = "resume"\nselct = ["x"]\n', encoding="utf-8"
    )
    code, _, err = run(["weak.md"], capsys, project)
    assert code == 2
    assert err.strip() == (
        "playbook-lint: error: .playbook-lint.toml:2: unknown key 'selct' "
        "(allowed: select, extend-select, ignore, kind, exclude)"
    )


def test_config_kind_and_exclude(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "drafts").mkdir()
    (project / "drafts" / "d.md").write_text(WEAK, encoding="utf-8")
    (project / ".playbook-lint.toml").write_text(
        'kind = "answer"\nexclude = ["drafts/*"]\n', encoding="utf-8"
    )
    _, out, _ = run(["--format", "json", "."], capsys, project)
    data = json.loads(out)
    assert {f["path"] for f in data["findings"]} == {"weak.md", "strong.md"}
    assert {f["rule"] for f in data["findings"] if f["path"] == "strong.md"} == {"observability"}


def test_input_errors_are_one_line_and_other_files_still_run(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "bad.md").write_bytes(b"ok\n\xff\n")
    code, out, err = run(["--isolated", "--format", "json", "bad.md", "weak.md"], capsys, project)
    assert code == 2
    assert err.splitlines() == ["playbook-lint: error: bad.md:2: not valid UTF-8 (byte 3)"]
    data = json.loads(out)
    assert data["errors"] == ["bad.md:2: not valid UTF-8 (byte 3)"]
    assert data["summary"]["findings"] == 2


def test_inputs_are_never_modified(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in project.iterdir()}
    run(["--isolated", "."], capsys, project)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in project.iterdir()} == before


def test_colour_follows_tty_and_no_color(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from playbook_lint.cli import _use_color

    monkeypatch.setenv("NO_COLOR", "1")
    assert _use_color("auto") is False
    assert _use_color("always") is True
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert _use_color("auto") is True
    assert _use_color("never") is False


def test_the_console_script_runs_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"---\na: &x [1]\nb: *x\n---\nbody\n")
    result = subprocess.run(
        [sys.executable, "-m", "playbook_lint", "--isolated", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        f"playbook-lint: error: {bad}:3: front matter is not valid YAML "
        "(aliases are not allowed in front matter)"
    )


def test_long_source_lines_are_shown_as_a_window_around_the_span() -> None:
    from playbook_lint.outputs.text import clip

    line = "x" * 150 + "Worked on" + "y" * 150
    shown, first, last = clip(line, 150, 159, width=60)
    assert len(shown) == 60
    assert shown[first:last] == "Worked on"
    assert shown.startswith("\u2026") and shown.endswith("\u2026")
    assert clip("short line", 0, 5) == ("short line", 0, 5)


def test_usage_errors_are_one_line_with_exit_code_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--kind", "essay", "x.md"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("playbook-lint: error: argument --kind: invalid choice: 'essay'")


def test_linting_never_opens_a_socket(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("playbook-lint tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for fmt in ("text", "json", "sarif"):
        code, _, _ = run(["--isolated", "--format", fmt, "."], capsys, project)
        assert code == 1


def test_output_file_receives_the_report(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["--isolated", "--format", "sarif", "-o", "report.sarif", "weak.md"], capsys, project
    )
    assert (code, out) == (1, "")
    data = json.loads((project / "report.sarif").read_text(encoding="utf-8"))
    assert data["runs"][0]["results"][0]["ruleId"] == "PL001"
    code, _, err = run(
        ["--isolated", "-o", str(project / "no" / "such" / "dir.txt"), "weak.md"], capsys, project
    )
    assert code == 2
    assert err.startswith("playbook-lint: error: ") and "cannot write" in err


def test_show_numbers_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.md").write_text("In 2019 I cut p99 from 120 ms to 45 ms.\n", encoding="utf-8")
    _, out, _ = run(["--isolated", "--format", "json", "--show-numbers", "a.md"], capsys, tmp_path)
    numbers = json.loads(out)["numbers"]
    assert [(n["text"], n["counts"], n["reason"]) for n in numbers] == [
        ("2019", False, "year"),
        ("120 ms", True, "number with a unit"),
        ("45 ms", True, "number with a unit"),
    ]
    assert numbers[0] | {"text": None} == {
        "path": "a.md",
        "answer": 1,
        "line": 1,
        "column": 4,
        "text": None,
        "counts": False,
        "reason": "year",
    }


def test_an_internal_error_is_one_line_not_a_traceback(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import playbook_lint.engine

    def broken(*args: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr(playbook_lint.engine, "lint_document", broken)
    code, _, err = run(["--isolated", "weak.md"], capsys, project)
    assert code == 2
    assert err.strip() == (
        "playbook-lint: error: weak.md: internal error (ValueError: boom); "
        "please report it with this file"
    )


def test_the_python_api_lints_a_string() -> None:
    from playbook_lint import lint_text

    findings = lint_text("- Worked on search ranking.", kind="resume", ignore=["PL001"])
    assert [(f.line, f.column, f.rule.name) for f in findings] == [(1, 3, "vague-verb")]
    assert lint_text("Cut p99 by 30%.", select=["quantified-outcome"]) == []
    with pytest.raises(ValueError, match="unknown rule 'nope'"):
        lint_text("x", select=["nope"])


def test_a_file_reached_twice_is_linted_once(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(
        ["--isolated", "--format", "json", "weak.md", ".", "./weak.md"], capsys, project
    )
    data = json.loads(out)
    assert data["summary"]["files"] == 2
    assert [f["path"] for f in data["findings"]].count("weak.md") == 2  # two rules, once each
