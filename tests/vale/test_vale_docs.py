"""scripts/vale_docs.py: unindenting container bodies, finding Vale, and its command line."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import vale_docs
from vale_docs import ValeMissingError, find_vale, main, unindent_containers


def test_admonition_body_moves_left_and_keeps_its_line() -> None:
    text = '# T\n\n!!! tip "Title"\n\n    Body text.\n\nAfter.\n'
    out, shifts = unindent_containers(text)
    assert out.split("\n") == ["# T", "", '!!! tip "Title"', "", "Body text.", "", "After.", ""]
    assert shifts == [0, 0, 0, 0, 4, 0, 0, 0]


def test_nested_containers_and_fenced_code_inside_them() -> None:
    text = "\n".join(
        [
            '=== "Strong"',
            "",
            "    !!! note",
            "",
            "        Nested.",
            "",
            "    ```python",
            "    x = 1",
            "",
            "      y = 2",
            "    ```",
            "",
            "    Back in the tab.",
            "Top.",
        ]
    )
    out, shifts = unindent_containers(text)
    lines = out.split("\n")
    assert lines[4] == "Nested." and shifts[4] == 8
    assert lines[6:11] == ["```python", "x = 1", "", "  y = 2", "```"]
    assert lines[12] == "Back in the tab." and shifts[12] == 4
    assert lines[13] == "Top." and shifts[13] == 0


def test_a_marker_inside_a_fenced_block_opens_nothing() -> None:
    text = "```text\n!!! tip\n    not a body\n```\n"
    out, shifts = unindent_containers(text)
    assert out == text
    assert set(shifts) == {0}


def test_list_items_keep_their_indentation() -> None:
    text = "- item\n\n    continued paragraph\n"
    out, _ = unindent_containers(text)
    assert out == text


def fake_vale(folder: Path, version: str) -> Path:
    tool = folder / ".tools" / "bin" / "vale"
    tool.parent.mkdir(parents=True)
    tool.write_text(f"#!/bin/sh\necho 'vale version {version}'\n")
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    return tool


def test_missing_vale_names_the_install_script(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vale_docs, "ROOT", tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ValeMissingError, match=r"scripts/install-vale\.sh"):
        find_vale()


def test_wrong_vale_version_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_vale(tmp_path, "3.20.0")
    monkeypatch.setattr(vale_docs, "ROOT", tmp_path)
    with pytest.raises(ValeMissingError, match=r"'3\.20\.0'.*pins 3\.21\.0"):
        find_vale()


def test_cli_exit_codes(vale: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = tmp_path / "clean.md"
    clean.write_text("# Serving\n\nThe p99 fell from 120 ms to 45 ms.\n")
    assert main([str(clean)]) == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().out

    bad = tmp_path / "bad.md"
    bad.write_text("# Serving\n\nThe p99 fell from 120ms to 45 ms.\n")
    assert main([str(bad)]) == 1
    out = capsys.readouterr().out
    assert "bad.md:3:19: error Playbook.Units:" in out

    assert main([str(tmp_path / "missing.md")]) == 3
    assert "missing.md: no such file or directory" in capsys.readouterr().err

    broken = tmp_path / "broken.md"
    broken.write_text('---\ntitle: "Quoted" then more\n---\n\n# Broken\n')
    assert main([str(broken)]) == 4
    err = capsys.readouterr().err
    assert err.startswith(f"error: {broken.as_posix()}:") and "Vale cannot read it" in err
    assert err.count("\n") == 1


def test_cli_without_vale_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.md"
    page.write_text("# Page\n")
    monkeypatch.setattr(vale_docs, "ROOT", tmp_path)
    monkeypatch.setenv("PATH", os.devnull)
    assert main([str(page)]) == 2
    assert capsys.readouterr().err.startswith("error: vale not found")
