"""How often a second labeller agrees with the corpus's labels, and how the linter scores
against each: evidence on whether the linter's misses on fresh text are the labels' or
the rules'. Counts only: no item's text is ever printed, so sealed sets stay sealed.

A second label file (tests/lint/agreement/NAME.tsv) has one line per item of one set of
the corpus, named as corpus_eval.part_files names it (a sealed set keeps its labels when
it later moves into the tuned part, under its new name): the item's source (as in
corpus_eval.Case.source), then a tab-separated mark for
quantified-outcome, observability and star-structure ('+' pass, '-' fail, '.' open,
empty for a rule the item has no verdict on).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from tests.lint.corpus_eval import Case, CorpusError, Score, fired_rules, part_files

AGREEMENT = Path(__file__).resolve().parent / "agreement"
RULES = ("quantified-outcome", "observability", "star-structure")
_MARKS = {"+": "pass", "-": "fail", ".": None, "": None}


def cases_of(path: Path, cases: Iterable[Case]) -> list[Case]:
    """The cases of the set a second label file is named after."""
    files = part_files(path.stem)
    return [case for case in cases if case.file in files]


def load_second(path: Path) -> dict[str, dict[str, str]]:
    """A second label file: source -> {rule: pass|fail}; CorpusError names a bad line."""
    labels: dict[str, dict[str, str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split("\t")
        where = f"{path.name}:{number}"
        if len(fields) not in (3, 4) or any(mark not in _MARKS for mark in fields[1:]):
            raise CorpusError(f"{where}: expected SOURCE, then 2 or 3 tab-separated marks")
        if fields[0] in labels:
            raise CorpusError(f"{where}: {fields[0]} is labelled twice")
        labels[fields[0]] = {
            rule: verdict
            for rule, mark in zip(RULES, fields[1:], strict=False)
            if (verdict := _MARKS[mark]) is not None
        }
    return labels


@dataclass
class Agreement:
    """One rule over the items both labellers gave a verdict."""

    both: int = 0
    same: int = 0
    first_pass: int = 0
    second_pass: int = 0
    second_as_linter: Score = field(default_factory=Score)  # scored against the first
    linter_vs_first: Score = field(default_factory=Score)
    linter_vs_second: Score = field(default_factory=Score)
    linter_on_agreed: Score = field(default_factory=Score)  # where the two labellers agree

    @property
    def rate(self) -> float:
        return self.same / self.both if self.both else 1.0

    @property
    def kappa(self) -> float:
        """Cohen's kappa: agreement beyond what the two pass rates give by chance."""
        if not self.both:
            return 1.0
        first, second = self.first_pass / self.both, self.second_pass / self.both
        chance = first * second + (1 - first) * (1 - second)
        return 1.0 if chance == 1 else (self.rate - chance) / (1 - chance)


def _count(score: Score, predicted_fail: bool, truth_fail: bool) -> None:
    if predicted_fail and truth_fail:
        score.tp += 1
    elif predicted_fail:
        score.fp += 1
    elif truth_fail:
        score.fn += 1
    else:
        score.tn += 1


def compare(
    cases: Iterable[Case],
    second: Mapping[str, Mapping[str, str]],
    fired: Callable[[Case], set[str]] = fired_rules,
) -> dict[str, Agreement]:
    """Per rule, the two labellers' agreement and the linter's scores against each; a
    finding is a positive (a 'fail' label), as in corpus_eval.evaluate."""
    result = {rule: Agreement() for rule in RULES}
    for case in cases:
        other = second.get(case.source)
        if other is None:
            continue
        found = fired(case)
        for rule, stats in result.items():
            first, again = case.expect.get(rule), other.get(rule)
            if first is None or again is None:
                continue
            first_fail, second_fail, linted_fail = first == "fail", again == "fail", rule in found
            stats.both += 1
            stats.same += first == again
            stats.first_pass += not first_fail
            stats.second_pass += not second_fail
            _count(stats.second_as_linter, second_fail, first_fail)
            _count(stats.linter_vs_first, linted_fail, first_fail)
            _count(stats.linter_vs_second, linted_fail, second_fail)
            if first == again:
                _count(stats.linter_on_agreed, linted_fail, first_fail)
    return result
