"""Precision and recall of playbook-lint per rule, on the tuned and held-out corpus parts.

    python scripts/eval_lint.py                   # tables: tuned (baseline, new-tuned), held-out
    python scripts/eval_lint.py --errors          # and every disagreement of the TUNED part
    python scripts/eval_lint.py --json            # the numbers as JSON, for CI and benchmarks
    python scripts/eval_lint.py --reveal-heldout  # also the held-out disagreements
    python scripts/eval_lint.py --reveal-heldout-2  # also those of the second held-out set
    python scripts/eval_lint.py --heldout-3       # also the numbers of the SEALED third set
    python scripts/eval_lint.py --reveal-heldout-3  # and its disagreements (burns it)
    python scripts/eval_lint.py --heldout-4       # the numbers of the SEALED fourth set
    python scripts/eval_lint.py --reveal-heldout-4  # and its disagreements (burns it)
    python scripts/eval_lint.py --heldout-5       # the numbers of the SEALED fifth set
    python scripts/eval_lint.py --reveal-heldout-5  # and its disagreements (burns it)
    python scripts/eval_lint.py --heldout-6       # the numbers of the SEALED sixth set
    python scripts/eval_lint.py --reveal-heldout-6  # and its disagreements (burns it)
    python scripts/eval_lint.py --heldout-7       # the numbers of the SEALED seventh set
    python scripts/eval_lint.py --reveal-heldout-7  # and its disagreements (burns it)
    python scripts/eval_lint.py --heldout-8       # the numbers of the SEALED eighth set
    python scripts/eval_lint.py --reveal-heldout-8  # and its disagreements (burns it)
    python scripts/eval_lint.py --heldout-9       # the numbers of the SEALED ninth set
    python scripts/eval_lint.py --reveal-heldout-9  # and its disagreements (burns it)
    python scripts/eval_lint.py --heldout-10      # the numbers of the SEALED tenth set
    python scripts/eval_lint.py --reveal-heldout-10  # and its disagreements (burns it)

The corpus is tests/lint/corpus/ plus the site's example answers in docs/examples/answers/;
tests/lint/corpus/README.md explains the parts. The held-out part measures the linter on
text no rule was tuned on. Reading its disagreements burns it: once a rule is fixed after
looking at them, the held-out numbers stop being an honest estimate, and the part has to be
replaced by new, unseen items. That is why only --reveal-heldout prints them. The second
held-out set (heldout-2, written after the issue-9 tuning by someone who did not tune the
rules) is the blind estimate; it has its own flag, --reveal-heldout-2, so revealing one set
does not burn the other.

The third held-out set (heldout-3) is SEALED: not even its numbers are printed by default,
in the tables or in --json. It is run once, at the close of issue 9: --heldout-3 adds its
numbers (never its disagreements), and --reveal-heldout-3 adds its disagreements too,
which burns it like --reveal-heldout-2 burns the second set.

The fourth held-out set (heldout-4, written after the one run on heldout-3) is sealed the
same way with its own flags, --heldout-4 and --reveal-heldout-4: opening one sealed set
never opens the other.

The fifth held-out set (heldout-5, written blind from the rule definitions for the lead
engineer to measure once at the end of a session) is sealed the same way, with --heldout-5
and --reveal-heldout-5: opening one sealed set never opens another.

The sixth held-out set (heldout-6, written blind from the rule definitions the same way, for
the lead engineer to measure once at the end of a later session) is sealed the same way,
with --heldout-6 and --reveal-heldout-6.

The seventh held-out set (heldout-7, written blind the same way after heldout-6 had been
run) is sealed the same way, with --heldout-7 and --reveal-heldout-7, and the eighth
(heldout-8, written while round 12 was tuned) with --heldout-8 and --reveal-heldout-8,
the ninth (heldout-9, written while round 13 was tuned) with --heldout-9 and
--reveal-heldout-9, and the tenth (heldout-10, written while round 14 was tuned) with
--heldout-10 and --reveal-heldout-10.

Exit codes: 0 the evaluation ran, 2 a corpus file is malformed (one line names file and line).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for tests.lint.corpus_eval
sys.path.append(str(ROOT / "lint"))  # playbook_lint when it is not installed

from tests.lint.corpus_eval import (  # noqa: E402
    CORPUS,
    GROUPS,
    PARTS,
    Case,
    CorpusError,
    Score,
    evaluate,
    in_groups,
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
    "heldout-3": "HELD-OUT 3 (sealed, blind): run once at the close of issue 9",
    "heldout-4": "HELD-OUT 4 (sealed, blind): run once to measure the next tuning round",
    "heldout-5": "HELD-OUT 5 (sealed, blind): run once at the end of the session",
    "heldout-6": "HELD-OUT 6 (sealed, blind): run once at the end of the session",
    "heldout-7": "HELD-OUT 7 (sealed, blind): run once at the end of the session",
    "heldout-8": "HELD-OUT 8 (sealed, blind): run once at the end of the session",
    "heldout-9": "HELD-OUT 9 (sealed, blind): run once at the end of the session",
    "heldout-10": "HELD-OUT 10 (sealed, blind): run once at the end of the session",
}
SEALED = "heldout-3"  # printed only with --heldout-3 or --reveal-heldout-3
SEALED_4 = "heldout-4"  # printed only with --heldout-4 or --reveal-heldout-4
SEALED_5 = "heldout-5"  # printed only with --heldout-5 or --reveal-heldout-5
SEALED_6 = "heldout-6"  # printed only with --heldout-6 or --reveal-heldout-6
SEALED_7 = "heldout-7"  # printed only with --heldout-7 or --reveal-heldout-7
SEALED_8 = "heldout-8"  # printed only with --heldout-8 or --reveal-heldout-8
SEALED_9 = "heldout-9"  # printed only with --heldout-9 or --reveal-heldout-9
SEALED_10 = "heldout-10"  # printed only with --heldout-10 or --reveal-heldout-10
# Each sealed set: its group and the ordinal its burn warning names.
SEALED_SETS = (
    (SEALED, "third"),
    (SEALED_4, "fourth"),
    (SEALED_5, "fifth"),
    (SEALED_6, "sixth"),
    (SEALED_7, "seventh"),
    (SEALED_8, "eighth"),
    (SEALED_9, "ninth"),
    (SEALED_10, "tenth"),
)


def measure(cases: list[Case]) -> dict[str, tuple[int, dict[str, Score]]]:
    """Scores for each group and each part: name -> (number of cases, scores per rule).

    Each case is linted once; a part's scores are the sums of its groups'.
    """
    results: dict[str, tuple[int, dict[str, Score]]] = {}
    for group in GROUPS:
        selected = in_groups(cases, (group,))
        results[group] = (len(selected), evaluate(selected))
    for part, groups in PARTS.items():
        merged: dict[str, Score] = {}
        for group in groups:
            for rule, score in results[group][1].items():
                total = merged.setdefault(rule, Score())
                total.tp, total.fp = total.tp + score.tp, total.fp + score.fp
                total.fn, total.tn = total.fn + score.fn, total.tn + score.tn
                total.errors += score.errors
        results[part] = (sum(results[group][0] for group in groups), merged)
    return results


def report(cases: list[Case] | None = None) -> str:
    """The text tables: the tuned part, its two groups and the two held-out sets (no errors).

    Never the sealed held-out sets (the third to the tenth): their numbers need
    --heldout-3 to --heldout-10.

    This is what the site's "How accurate it is" section should show.
    """
    return render(measure(load_cases() if cases is None else cases))


def render(results: dict[str, tuple[int, dict[str, Score]]]) -> str:
    return "\n\n".join(table(results[name][1], results[name][0], _TITLES[name]) for name in ORDER)


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
    parser.add_argument(
        "--heldout-3",
        action="store_true",
        help="also print the numbers (never the disagreements) of the SEALED third held-out "
        "set; run it once, at the close of issue 9",
    )
    parser.add_argument(
        "--reveal-heldout-3",
        action="store_true",
        help="also print the third held-out set's numbers and disagreements; this BURNS it",
    )
    parser.add_argument(
        "--heldout-4",
        action="store_true",
        help="also print the numbers (never the disagreements) of the SEALED fourth held-out "
        "set; run it once, to measure the next tuning round",
    )
    parser.add_argument(
        "--reveal-heldout-4",
        action="store_true",
        help="also print the fourth held-out set's numbers and disagreements; this BURNS it",
    )
    parser.add_argument(
        "--heldout-5",
        action="store_true",
        help="also print the numbers (never the disagreements) of the SEALED fifth held-out "
        "set; run it once, at the end of the session",
    )
    parser.add_argument(
        "--reveal-heldout-5",
        action="store_true",
        help="also print the fifth held-out set's numbers and disagreements; this BURNS it",
    )
    parser.add_argument(
        "--heldout-6",
        action="store_true",
        help="also print the numbers (never the disagreements) of the SEALED sixth held-out "
        "set; run it once, at the end of the session",
    )
    parser.add_argument(
        "--reveal-heldout-6",
        action="store_true",
        help="also print the sixth held-out set's numbers and disagreements; this BURNS it",
    )
    parser.add_argument(
        "--heldout-7",
        action="store_true",
        help="also print the numbers (never the disagreements) of the SEALED seventh held-out "
        "set; run it once, at the end of the session",
    )
    parser.add_argument(
        "--reveal-heldout-7",
        action="store_true",
        help="also print the seventh held-out set's numbers and disagreements; this BURNS it",
    )
    parser.add_argument(
        "--heldout-8",
        action="store_true",
        help="also print the numbers (never the disagreements) of the SEALED eighth held-out "
        "set; run it once, at the end of the session",
    )
    parser.add_argument(
        "--reveal-heldout-8",
        action="store_true",
        help="also print the eighth held-out set's numbers and disagreements; this BURNS it",
    )
    parser.add_argument(
        "--heldout-9",
        action="store_true",
        help="also print the numbers (never the disagreements) of the SEALED ninth held-out "
        "set; run it once, at the end of the session",
    )
    parser.add_argument(
        "--reveal-heldout-9",
        action="store_true",
        help="also print the ninth held-out set's numbers and disagreements; this BURNS it",
    )
    parser.add_argument(
        "--heldout-10",
        action="store_true",
        help="also print the numbers (never the disagreements) of the SEALED tenth held-out "
        "set; run it once, at the end of the session",
    )
    parser.add_argument(
        "--reveal-heldout-10",
        action="store_true",
        help="also print the tenth held-out set's numbers and disagreements; this BURNS it",
    )
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="the corpus folder (default: %(default)s)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        cases = load_cases(args.corpus)
    except CorpusError as error:
        print(f"eval_lint: {error}", file=sys.stderr)
        return 2
    results = measure(cases)
    # The sealed sets asked for: (group, ordinal, whether to reveal its disagreements too).
    sealed: list[tuple[str, str, bool]] = []
    for group, nth in SEALED_SETS:
        attr = group.replace("-", "_")  # --heldout-4 -> args.heldout_4
        reveal = bool(getattr(args, f"reveal_{attr}"))
        if reveal or getattr(args, attr):
            sealed.append((group, nth, reveal))
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
        print("\n" + table(scores, count, _TITLES[group]))
        if reveal:
            number = group.rsplit("-", 1)[1]
            print(f"\nDisagreements, HELD-OUT {number} (this burns the {nth} held-out set):")
            print("\n".join(errors_of(scores)) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
