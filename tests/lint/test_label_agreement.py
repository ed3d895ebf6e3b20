"""The second labels of tests/lint/agreement: each file covers its set exactly,
bad lines are named, and the agreement figures are computed as documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lint.corpus_eval import Case, CorpusError, load_cases
from tests.lint.label_agreement import AGREEMENT, cases_of, compare, load_second

FILES = sorted(AGREEMENT.glob("*.tsv"))


@pytest.fixture(scope="module")
def labelled() -> dict[str, list[Case]]:
    """The cases of every set with second labels, loaded once."""
    cases = load_cases(held_out=True, examples=False)
    return {path.stem: cases_of(path, cases) for path in FILES}


def test_there_are_second_labels() -> None:
    assert FILES, AGREEMENT


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_a_second_label_file_covers_its_set_exactly(
    path: Path, labelled: dict[str, list[Case]]
) -> None:
    sources = {case.source for case in labelled[path.stem]}
    assert sources, f"{path.stem} has no items"
    assert set(load_second(path)) == sources


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_the_second_labeller_agrees_on_nearly_every_verdict(
    path: Path, labelled: dict[str, list[Case]]
) -> None:
    # Guards the corpus: relabelling an item of a set without the second labeller makes
    # the two files drift apart, and the documented agreement stops being true.
    for rule, stats in compare(
        labelled[path.stem], load_second(path), fired=lambda _: set()
    ).items():
        assert stats.rate >= 0.98, (path.stem, rule, stats.same, stats.both)


def test_a_bad_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "heldout-99.tsv"
    path.write_text("a.txt:1\t+\t-\nb.txt:2\tyes\t-\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"heldout-99\.tsv:2"):
        load_second(path)


def test_a_source_labelled_twice_is_named(tmp_path: Path) -> None:
    path = tmp_path / "heldout-99.tsv"
    path.write_text("a.txt:1\t+\t-\na.txt:1\t-\t-\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="labelled twice"):
        load_second(path)


def _case(source: str, outcome: str) -> Case:
    return Case(source, "heldout-99", "resume", "- text\n", {"quantified-outcome": outcome})


def test_agreement_kappa_and_scores_on_a_small_example() -> None:
    cases = [_case("1", "pass"), _case("2", "pass"), _case("3", "fail"), _case("4", "fail")]
    second = {"1": {"quantified-outcome": "pass"}, "2": {"quantified-outcome": "fail"}}
    second |= {"3": {"quantified-outcome": "fail"}, "4": {"quantified-outcome": "fail"}}
    fired = {"1": set(), "2": set(), "3": {"quantified-outcome"}, "4": set()}
    stats = compare(cases, second, fired=lambda case: fired[case.source])["quantified-outcome"]
    assert (stats.both, stats.same, stats.rate) == (4, 3, 0.75)
    # pass rates 1/2 and 1/4: chance agreement 1/2 * 1/4 + 1/2 * 3/4 = 1/2, kappa 1/2
    assert stats.kappa == pytest.approx(0.5)
    assert (stats.linter_vs_first.tp, stats.linter_vs_first.fn) == (1, 1)
    assert (stats.linter_vs_second.tp, stats.linter_vs_second.fn) == (1, 2)
    assert (stats.second_as_linter.tp, stats.second_as_linter.fp) == (2, 1)
    assert stats.linter_on_agreed.labels == 3


def test_a_file_named_after_no_set_is_named(tmp_path: Path) -> None:
    path = tmp_path / "realworld-tuned-999.tsv"
    with pytest.raises(CorpusError, match="realworld-tuned-999: not a tuned part"):
        cases_of(path, [])
