"""The writers' format checker agrees with the seal tests and runs no rule."""

from __future__ import annotations

import dataclasses

import pytest

from tests.lint import check_set
from tests.lint.corpus_eval import HELDOUT_GROUPS


def test_every_sealed_set_of_the_current_round_passes() -> None:
    newest = HELDOUT_GROUPS[-1]
    assert check_set.problems(newest, check_set.load(newest)) == []


def test_a_set_short_of_fails_is_told_what_it_lacks() -> None:
    newest = HELDOUT_GROUPS[-1]
    cases = [
        dataclasses.replace(case, expect={**case.expect, "quantified-outcome": "pass"})
        for case in check_set.load(newest)
    ]
    found = check_set.problems(newest, cases)
    assert any(problem.startswith("quantified-outcome: 0 fail labels") for problem in found)


def test_bad_arguments_and_a_missing_set_are_one_line_errors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert check_set.main(["x"]) == 2
    assert check_set.main(["999"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0].startswith("usage:")
    assert err[1].startswith("error:") and len(err) == 2


def test_it_never_runs_a_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    import playbook_lint

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the checker linted an item")

    monkeypatch.setattr(playbook_lint, "lint_text", refuse)
    assert check_set.main([HELDOUT_GROUPS[-1].removeprefix("heldout-")]) == 0
