"""The whole of docs/ passes the Playbook style: no errors; warnings are listed, not fatal."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from vale_docs import ROOT, ValeInputError, markdown_files, run_vale, summary


def test_docs_have_no_vale_errors(vale: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = ROOT / "docs"
    start = time.perf_counter()
    try:
        alerts = run_vale([docs], vale)
    except ValeInputError as error:
        unreadable = str(error).replace(f"{ROOT.as_posix()}/", "", 1)
    else:
        unreadable = ""
    if unreadable:
        pytest.fail(unreadable, pytrace=False)
    seconds = time.perf_counter() - start
    shown = [str(a).replace(f"{ROOT.as_posix()}/", "", 1) for a in alerts]
    errors = [line for line, a in zip(shown, alerts, strict=True) if a.severity == "error"]
    warnings = [line for line, a in zip(shown, alerts, strict=True) if a.severity != "error"]
    with capsys.disabled():
        print()
        for line in warnings:
            print(f"  {line}")
        print(f"  {summary(alerts, len(markdown_files([docs])), seconds)}")
    assert not errors, f"{len(errors)} Vale errors in docs/:\n" + "\n".join(errors)
