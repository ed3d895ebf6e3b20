"""A second labeller against the corpus's labels, and the linter against each.

    python scripts/label_agreement.py

For every set with a second label file in tests/lint/agreement/, it prints per
rule: how many items both labellers judged, how often they agree (and Cohen's kappa),
the second labeller scored as if it were the linter, and the linter scored against the
first labels, the second labels and the items both agree on. It prints counts only, so
running it does not open a sealed set.

Exit codes: 0 the comparison ran, 2 a corpus or label file is malformed (one line names
file and line).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lint"))

from tests.lint.corpus_eval import CorpusError, Score, load_cases
from tests.lint.label_agreement import AGREEMENT, cases_of, compare, load_second


def _pr(score: Score) -> str:
    return f"{score.precision:.3f} / {score.recall:.3f}"


def main() -> int:
    try:
        second: dict[str, dict[str, str]] = {}
        groups, cases = [], []
        every_case = load_cases(held_out=True, examples=False)
        for path in sorted(AGREEMENT.glob("*.tsv")):
            second.update(load_second(path))
            groups.append(path.stem)
            cases += cases_of(path, every_case)
    except CorpusError as error:
        print(f"label_agreement: {error}", file=sys.stderr)
        return 2
    print(f"second labels for {', '.join(groups)}: {len(second)} items")
    print(
        "rule                  both  agree  kappa  second-vs-first  linter-vs-first  "
        "linter-vs-second  linter-where-agreed"
    )
    for rule, stats in compare(cases, second).items():
        print(
            f"{rule:<20} {stats.both:>5}  {stats.rate:.3f}  {stats.kappa:.3f}  "
            f"{_pr(stats.second_as_linter):>15}  {_pr(stats.linter_vs_first):>15}  "
            f"{_pr(stats.linter_vs_second):>16}  {_pr(stats.linter_on_agreed):>19}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
