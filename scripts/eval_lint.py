"""Precision and recall of playbook-lint per rule, on the tuned and held-out corpus parts.

    python scripts/eval_lint.py                   # tables: tuned (baseline, new-tuned), held-out
    python scripts/eval_lint.py --errors          # and every disagreement of the TUNED part
    python scripts/eval_lint.py --json            # the numbers as JSON, for CI and benchmarks
    python scripts/eval_lint.py --reveal-heldout  # also the held-out disagreements

The corpus is tests/lint/corpus/ plus the site's example answers in docs/examples/answers/;
tests/lint/corpus/README.md explains the parts. The held-out part measures the linter on
text no rule was tuned on. Reading its disagreements burns it: once a rule is fixed after
looking at them, the held-out numbers stop being an honest estimate, and the part has to be
replaced by new, unseen items. That is why only --reveal-heldout prints them.

Exit codes: 0 the evaluation ran, 2 a corpus file is malformed (one line names file and line).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "lint"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from tests.lint.corpus_eval import (  # noqa: E402
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

_TITLES = {
    "tuned": "TUNED part: baseline + new-tuned",
    "baseline": "of which baseline: first corpus and site examples",
    "new-tuned": "of which new-tuned: issue-9 items rules may be tuned on",
    "heldout": "HELD-OUT part: no rule is tuned on it",
}


def measure(cases: list[Case]) -> dict[str, tuple[int, dict[str, Score]]]:
    """Scores for each part and each group: name -> (number of cases, scores per rule)."""
    results: dict[str, tuple[int, dict[str, Score]]] = {}
    for name, groups in [*PARTS.items(), *((group, (group,)) for group in GROUPS)]:
        selected = in_groups(cases, groups)
        results[name] = (len(selected), evaluate(selected))
    return results


def errors_of(scores: dict[str, Score]) -> list[str]:
    return [
        f"{rule:<20} {error}" for rule, score in sorted(scores.items()) for error in score.errors
    ]


def main(argv: list[str] | None = None) -> int:
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
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    try:
        cases = load_cases()
    except CorpusError as error:
        print(f"eval_lint: {error}", file=sys.stderr)
        return 2
    results = measure(cases)
    order = ("tuned", "baseline", "new-tuned", "heldout")
    if args.json:
        payload: dict[str, object] = {
            name: {
                "cases": count,
                "rules": {rule: score.as_dict() for rule, score in scores.items()},
            }
            for name, (count, scores) in ((name, results[name]) for name in order)
        }
        if args.errors:
            payload["errors"] = errors_of(results["tuned"][1])
        if args.reveal_heldout:
            payload["heldout_errors"] = errors_of(results["heldout"][1])
        print(json.dumps(payload, indent=2))
        return 0
    print("\n\n".join(table(results[name][1], results[name][0], _TITLES[name]) for name in order))
    if args.errors:
        print("\nDisagreements, tuned part:")
        print("\n".join(errors_of(results["tuned"][1])) or "none")
    if args.reveal_heldout:
        print("\nDisagreements, HELD-OUT part (this burns the held-out set):")
        print("\n".join(errors_of(results["heldout"][1])) or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
