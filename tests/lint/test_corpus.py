"""The evaluation corpus: precision and recall per rule must stay at or above 0.95 for
the two rules the playbook is built around."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.lint.conftest import CONTRACT_RULES

ROOT = Path(__file__).resolve().parents[2]


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_lint", ROOT / "scripts" / "eval_lint.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_lint"] = module
    spec.loader.exec_module(module)
    return module


EVAL = _eval_module()
CASES = EVAL.load_cases()
SCORES = EVAL.evaluate(CASES)


def test_the_corpus_has_at_least_300_labelled_answers() -> None:
    assert len(CASES) >= 300
    kinds = {case.kind for case in CASES}
    assert kinds == {"answer", "resume", "star-story", "design-answer"}


@pytest.mark.parametrize("rule", ["quantified-outcome", "observability"])
def test_precision_and_recall_are_at_least_095(rule: str) -> None:
    score = SCORES[rule]
    assert score.tp + score.fn >= 50, "too few positive labels to measure recall"
    assert score.tp + score.fp + score.tn >= 50
    assert score.precision >= 0.95, "\n".join(score.errors)
    assert score.recall >= 0.95, "\n".join(score.errors)


def test_every_rule_in_the_contract_is_evaluated() -> None:
    for rule in CONTRACT_RULES:
        assert rule in SCORES


def test_the_table_prints_one_row_per_rule() -> None:
    lines = EVAL.table(SCORES, len(CASES)).splitlines()
    assert lines[0] == f"{len(CASES)} labelled answers"
    assert len(lines) == 2 + len(SCORES)
