"""Precision and recall of playbook-lint per rule, on the tuned and held-out corpus parts.

    python scripts/eval_lint.py                   # tables: tuned (baseline, new-tuned), held-out
    python scripts/eval_lint.py --errors          # and every disagreement of the TUNED part
    python scripts/eval_lint.py --json            # the numbers as JSON, for CI and benchmarks
    python scripts/eval_lint.py --reveal-heldout  # also the held-out disagreements
    python scripts/eval_lint.py --reveal-heldout-2  # also those of the second held-out set
    python scripts/eval_lint.py --heldout-N       # also the numbers of SEALED set N (3 on)
    python scripts/eval_lint.py --reveal-heldout-N  # and its disagreements (burns it)
    python scripts/eval_lint.py --heldout-3 ... --pooled  # and the held-out sets shown, pooled

The corpus is tests/lint/corpus/ plus the site's example answers in docs/examples/answers/;
tests/lint/corpus/README.md explains the parts. The held-out part measures the linter on
text no rule was tuned on. Reading its disagreements burns it: once a rule is fixed after
looking at them, the held-out numbers stop being an honest estimate, and the part has to be
replaced by new, unseen items. That is why only --reveal-heldout prints them. The second
held-out set (heldout-2, written after the issue-9 tuning by someone who did not tune the
rules) is the blind estimate; it has its own flag, --reveal-heldout-2, so revealing one set
does not burn the other.

The held-out sets from the third on (heldout-3, heldout-4, ...) are SEALED: not even their
numbers are printed by default, in the tables or in --json. Each was written blind, by
someone who did not tune the rules, to be run once as an estimate no one has looked at:
--heldout-N adds the numbers of set N (never its disagreements), and --reveal-heldout-N
adds its disagreements too, which burns it like --reveal-heldout-2 burns the second set.
Every sealed set has its own two flags, so opening one never opens another; the sets are
listed once, in tests/lint/corpus_eval.py (HELDOUT_GROUPS). --pooled adds one table of the
held-out sets shown (the first two and the sealed sets asked for), summed.

Exit codes: 0 the evaluation ran, 2 a corpus file is malformed (one line names file and line).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for tests.lint.corpus_eval
sys.path.append(str(ROOT / "lint"))  # playbook_lint when it is not installed

from tests.lint.corpus_eval import (  # noqa: E402
    CORPUS,
    GROUPS,
    HELDOUT_GROUPS,
    PARTS,
    Case,
    CorpusError,
    Score,
    evaluate,
    load_cases,
    table,
)

ORDER = ("tuned", "baseline", "new-tuned", "heldout", "heldout-2")
_TITLES = {
    "tuned": "TUNED part: baseline + new-tuned",
    "baseline": "of which baseline: first corpus and site examples",
    "new-tuned": "of which new-tuned: issue-9 items rules may be tuned on",
    "heldout": "HELD-OUT part: no rule is tuned on it",
    "heldout-2": "HELD-OUT 2 (blind, written after tuning): no rule is tuned on it",
}
# The sealed sets: every held-out set from the third on. Their numbers need their own flag.
SEALED_GROUPS = tuple(group for group in HELDOUT_GROUPS if group not in ORDER)
_ORDINALS = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"),
)


def number_of(group: str) -> int:
    """3 for "heldout-3"."""
    return int(group.rsplit("-", 1)[1])


def ordinal(group: str) -> str:
    """The ordinal a sealed set's burn warning names: "third" for "heldout-3"."""
    number = number_of(group)
    if number <= len(_ORDINALS):
        return _ORDINALS[number - 1]
    # 21st, 22nd, 23rd, but 111th to 113th
    suffix = (
        "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def title(group: str) -> str:
    if group in _TITLES:
        return _TITLES[group]
    return f"HELD-OUT {number_of(group)} (sealed, blind): run once, to measure a tuning round"


def _summed(parts: Iterable[tuple[int, dict[str, Score]]]) -> tuple[int, dict[str, Score]]:
    """Cases and scores of several groups or sets added up (their errors too)."""
    merged: dict[str, Score] = {}
    cases = 0
    for count, scores in parts:
        cases += count
        for rule, score in scores.items():
            total = merged.setdefault(rule, Score())
            total.tp, total.fp = total.tp + score.tp, total.fp + score.fp
            total.fn, total.tn = total.fn + score.fn, total.tn + score.tn
            total.errors += score.errors
    return cases, merged


def _pooled(
    results: dict[str, tuple[int, dict[str, Score]]], groups: Iterable[str]
) -> tuple[int, dict[str, Score]]:
    """The held-out sets shown, summed, without their errors (a pooled table lists none)."""
    cases, merged = _summed(results[group] for group in groups)
    for score in merged.values():
        score.errors = []
    return cases, merged


def measure(cases: list[Case]) -> dict[str, tuple[int, dict[str, Score]]]:
    """Scores for each group and each part: name -> (number of cases, scores per rule).

    Each case is linted once; a part's scores are the sums of its groups'.
    """
    results: dict[str, tuple[int, dict[str, Score]]] = {}
    by_group: dict[str, list[Case]] = {group: [] for group in GROUPS}
    for case in cases:  # one pass, not one per group: the seal tests measure many times
        by_group.setdefault(case.group, []).append(case)
    for group in GROUPS:
        selected = by_group[group]
        results[group] = (len(selected), evaluate(selected))
    for part, groups in PARTS.items():
        results[part] = _summed(results[group] for group in groups)
    return results


def report(cases: list[Case] | None = None) -> str:
    """The text tables: the tuned part, its two groups and the two held-out sets (no errors).

    Never the sealed held-out sets (the third on): each one's numbers need its own
    --heldout-N.

    This is what the site's "How accurate it is" section should show.
    """
    return render(measure(load_cases(held_out=True) if cases is None else cases))


def render(results: dict[str, tuple[int, dict[str, Score]]]) -> str:
    return "\n\n".join(table(results[name][1], results[name][0], title(name)) for name in ORDER)


def errors_of(scores: dict[str, Score]) -> list[str]:
    return [
        f"{rule:<20} {error}" for rule, score in sorted(scores.items()) for error in score.errors
    ]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--errors", action="store_true", help="list every disagreement of the tuned part"
    )
    parser.add_argument(
        "--reveal-heldout",
        action="store_true",
        help="also list the held-out disagreements; this BURNS the held-out set "
        "(see tests/lint/corpus/README.md)",
    )
    parser.add_argument(
        "--reveal-heldout-2",
        action="store_true",
        help="also list the disagreements of the second held-out set; this BURNS it",
    )
    for group in SEALED_GROUPS:
        nth = ordinal(group)
        parser.add_argument(
            f"--{group}",
            action="store_true",
            help=f"also print the numbers (never the disagreements) of the SEALED {nth} "
            "held-out set; run it once, to measure a tuning round",
        )
        parser.add_argument(
            f"--reveal-{group}",
            action="store_true",
            help=f"also print the {nth} held-out set's numbers and disagreements; this BURNS it",
        )
    parser.add_argument(
        "--pooled",
        action="store_true",
        help="also print the held-out sets shown (the first two and the sealed sets asked "
        "for) pooled into one table",
    )
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="the corpus folder (default: %(default)s)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        cases = load_cases(args.corpus, held_out=True)
    except CorpusError as error:
        print(f"eval_lint: {error}", file=sys.stderr)
        return 2
    results = measure(cases)
    # The sealed sets asked for: (group, ordinal, whether to reveal its disagreements too).
    sealed: list[tuple[str, str, bool]] = []
    for group in SEALED_GROUPS:
        attr = group.replace("-", "_")  # --heldout-4 -> args.heldout_4
        reveal = bool(getattr(args, f"reveal_{attr}"))
        if reveal or getattr(args, attr):
            sealed.append((group, ordinal(group), reveal))
    shown = ("heldout", "heldout-2", *(group for group, _, _ in sealed))
    pooled = _pooled(results, shown) if args.pooled else None
    if args.json:
        payload: dict[str, object] = {
            name: {
                "cases": count,
                "rules": {rule: score.as_dict() for rule, score in scores.items()},
            }
            for name, (count, scores) in ((name, results[name]) for name in ORDER)
        }
        if args.errors:
            payload["errors"] = errors_of(results["tuned"][1])
        if args.reveal_heldout:
            payload["heldout_errors"] = errors_of(results["heldout"][1])
        if args.reveal_heldout_2:
            payload["heldout_2_errors"] = errors_of(results["heldout-2"][1])
        for group, _, reveal in sealed:
            count, scores = results[group]
            payload[group] = {
                "cases": count,
                "rules": {rule: score.as_dict() for rule, score in scores.items()},
            }
            if reveal:
                payload[f"{group.replace('-', '_')}_errors"] = errors_of(scores)
        if pooled is not None:
            payload["pooled"] = {
                "groups": list(shown),
                "cases": pooled[0],
                "rules": {rule: score.as_dict() for rule, score in pooled[1].items()},
            }
        print(json.dumps(payload, indent=2))
        return 0
    print(render(results))
    if args.errors:
        print("\nDisagreements, tuned part:")
        print("\n".join(errors_of(results["tuned"][1])) or "none")
    if args.reveal_heldout:
        print("\nDisagreements, HELD-OUT part (this burns the held-out set):")
        print("\n".join(errors_of(results["heldout"][1])) or "none")
    if args.reveal_heldout_2:
        print("\nDisagreements, HELD-OUT 2 (this burns the second held-out set):")
        print("\n".join(errors_of(results["heldout-2"][1])) or "none")
    for group, nth, reveal in sealed:
        count, scores = results[group]
        print("\n" + table(scores, count, title(group)))
        if reveal:
            number = group.rsplit("-", 1)[1]
            print(f"\nDisagreements, HELD-OUT {number} (this burns the {nth} held-out set):")
            print("\n".join(errors_of(scores)) or "none")
    if pooled is not None:
        print("\n" + table(pooled[1], pooled[0], "HELD-OUT, pooled: " + ", ".join(shown)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
