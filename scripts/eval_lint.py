"""Precision and recall of playbook-lint per rule on the labelled corpus.

    python scripts/eval_lint.py            # the table
    python scripts/eval_lint.py --errors   # and every disagreement

A "positive" is a finding: precision is the share of findings that the labels expect,
recall the share of expected findings that the linter reports. The corpus is
tests/lint/corpus/ plus the site's example answers in docs/examples/answers/.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playbook_lint.document import decode, parse  # noqa: E402
from playbook_lint.engine import Selection, lint_document  # noqa: E402
from playbook_lint.registry import BY_NAME  # noqa: E402

CORPUS = ROOT / "tests" / "lint" / "corpus"
EXAMPLES = ROOT / "docs" / "examples" / "answers"


@dataclass
class Case:
    source: str  # where the case comes from: file and line
    kind: str
    text: str
    expect: dict[str, str]
    path: str = "case.md"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


_MARK = {"+": "pass", "-": "fail"}


def _line_cases(path: Path, kind: str) -> list[Case]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        labels, _, rest = line.partition(" ")
        text, _, extra = rest.partition(" ## ")
        expect: dict[str, str] = {}
        for rule, mark in zip(("quantified-outcome", "observability"), labels, strict=True):
            if mark in _MARK:
                expect[rule] = _MARK[mark]
        for item in extra.split():
            rule, _, verdict = item.partition("=")
            expect[rule] = verdict
        body = f"- {text}\n" if kind == "resume" else text + "\n"
        cases.append(Case(f"{path.name}:{number}", kind, body, expect))
    return cases


def _yaml_cases(path: Path) -> list[Case]:
    import yaml

    cases = []
    for index, item in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")), 1):
        cases.append(
            Case(
                f"{path.name}#{index} {item.get('id', '')}",
                item["kind"],
                item["text"],
                item["expect"],
            )
        )
    return cases


def _example_cases() -> list[Case]:
    import yaml

    cases = []
    for path in sorted(EXAMPLES.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("---", 2)[1])
        lint = meta["lint"]
        cases.append(
            Case(
                f"examples/{path.name}", lint["kind"], text, dict(lint.get("expect", {})), path.name
            )
        )
    return cases


def load_cases() -> list[Case]:
    cases = _line_cases(CORPUS / "bullets.txt", "resume")
    cases += _line_cases(CORPUS / "holdout.txt", "resume")
    cases += _line_cases(CORPUS / "traps.txt", "answer")
    for name in ("stories.yaml", "designs.yaml"):
        cases += _yaml_cases(CORPUS / name)
    return cases + _example_cases()


def evaluate(cases: list[Case]) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    every = set(BY_NAME)
    for case in cases:
        doc = parse(case.path, decode(case.path, case.text.encode("utf-8")), case.kind)
        fired = {f.rule.name for f in lint_document(doc, Selection(select=every))}
        for rule, verdict in case.expect.items():
            score = scores.setdefault(rule, Score())
            expected_fail = verdict == "fail"
            if rule in fired and expected_fail:
                score.tp += 1
            elif rule in fired:
                score.fp += 1
                score.errors.append(f"false alarm   {case.source}: {case.text.strip()[:110]}")
            elif expected_fail:
                score.fn += 1
                score.errors.append(f"missed        {case.source}: {case.text.strip()[:110]}")
            else:
                score.tn += 1
    return scores


def table(scores: dict[str, Score], cases: int) -> str:
    lines = [
        f"{cases} labelled answers",
        f"{'rule':<22}{'labels':>7}{'TP':>5}{'FP':>5}{'FN':>5}{'TN':>5}{'precision':>11}{'recall':>8}",
    ]
    for rule in sorted(scores, key=lambda name: BY_NAME[name].code if name in BY_NAME else name):
        s = scores[rule]
        total = s.tp + s.fp + s.fn + s.tn
        lines.append(
            f"{rule:<22}{total:>7}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.tn:>5}{s.precision:>11.3f}{s.recall:>8.3f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    cases = load_cases()
    scores = evaluate(cases)
    print(table(scores, len(cases)))
    if args.errors:
        for rule, score in sorted(scores.items()):
            for error in score.errors:
                print(f"{rule:<20} {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
