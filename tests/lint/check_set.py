"""Check one sealed held-out set's format and balance, running no rule.

A writer runs it on the set being written (see heldout-brief.md):

    python -m tests.lint.check_set 93

It parses the three files, counts kinds, classes and verdicts against the minimums the
seal tests ask for, and finds text shared with another part. It never lints an item, so
a writer who runs it learns nothing about how the rules score the set.
"""

from __future__ import annotations

import os
import sys
from collections import Counter

from tests.lint.corpus_eval import (
    CLASSES,
    COLUMN_RULES,
    CORPUS,
    Case,
    CorpusError,
    check_answers,
    line_cases,
    yaml_cases,
)

MIN_RESUME, MIN_ANSWERS, MIN_STORIES_AND_DESIGNS, MIN_DESIGNS = 110, 40, 16, 4
MIN_PER_CLASS, MIN_PER_VERDICT = 12, 60


def _normal(text: str) -> str:
    return " ".join(text.lower().split()).removeprefix("- ")


def load(group: str) -> list[Case]:
    folder = CORPUS / group
    return [
        *line_cases(folder / "bullets.txt", group, "resume", f"{group}/bullets.txt"),
        *line_cases(folder / "answers.txt", group, "answer", f"{group}/answers.txt"),
        *yaml_cases(folder / "stories.yaml", group, f"{group}/stories.yaml"),
    ]


def problems(group: str, cases: list[Case]) -> list[str]:
    """What keeps the set from passing the seal tests, in words."""
    kinds = Counter(case.kind for case in cases)
    classes = Counter(case.klass for case in cases)
    found = []
    if kinds["resume"] < MIN_RESUME:
        found.append(f"{kinds['resume']} resume bullets, fewer than {MIN_RESUME}")
    if kinds["answer"] < MIN_ANSWERS:
        found.append(f"{kinds['answer']} answers, fewer than {MIN_ANSWERS}")
    if kinds["star-story"] + kinds["design-answer"] < MIN_STORIES_AND_DESIGNS:
        found.append(f"fewer than {MIN_STORIES_AND_DESIGNS} stories and designs")
    if kinds["design-answer"] < MIN_DESIGNS:
        found.append(f"fewer than {MIN_DESIGNS} design answers")
    found += [
        f"class {klass}: {classes[klass]} items, fewer than {MIN_PER_CLASS}"
        for klass in CLASSES
        if classes[klass] < MIN_PER_CLASS
    ]
    for rule in COLUMN_RULES:
        verdicts = Counter(case.expect.get(rule) for case in cases)
        found += [
            f"{rule}: {verdicts[verdict]} {verdict} labels, fewer than {MIN_PER_VERDICT}"
            for verdict in ("pass", "fail")
            if verdicts[verdict] < MIN_PER_VERDICT
        ]
    stories = [case for case in cases if case.kind == "star-story"]
    if {case.expect.get("star-structure") for case in stories} != {"pass", "fail"}:
        found.append("star-structure needs a pass and a fail label on every story")
    others = {
        _normal(line[3:])
        for path in CORPUS.rglob("*.txt")
        if group not in path.parts
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    shared = [case.source for case in cases if _normal(case.text) in others]
    if shared:
        found.append(f"text shared with another part, reword: {', '.join(shared)}")
    if len({_normal(case.text) for case in cases}) != len(cases):
        found.append("two items of the set are the same text")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].isdigit():
        print("usage: python -m tests.lint.check_set N", file=sys.stderr)
        return 2
    group = f"heldout-{argv[0]}"
    try:
        cases = load(group)
        check_answers(cases)
    except (CorpusError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    kinds = Counter(case.kind for case in cases)
    print(f"{group}: {len(cases)} items; {dict(kinds)}")
    for rule in (*COLUMN_RULES, "star-structure"):
        counts = Counter(case.expect[rule] for case in cases if rule in case.expect)
        print(f"  {rule}: {dict(counts)}")
    found = problems(group, cases)
    print("OK" if not found else "PROBLEMS:\n  " + "\n  ".join(found))
    return 0 if not found else 1


if __name__ == "__main__":
    try:
        code = main(sys.argv[1:])
    except BrokenPipeError:  # "check_set N | head -1": the reader stopped early
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    raise SystemExit(code)
