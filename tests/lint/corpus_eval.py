"""Load the labelled corpus in tests/lint/corpus/ and score playbook-lint on it, per rule.

The corpus has these parts (see tests/lint/corpus/README.md):

- **tuned**: the first corpus and the site's example answers (group ``baseline``) plus the
  issue-9 items that rules may be tuned on (group ``new-tuned``);
- **held-out**: the issue-9 items under ``corpus/heldout/`` (group ``heldout``), which no
  rule is tuned on. Their disagreements are never printed unless asked for explicitly.
- **held-out 2**: ``corpus/heldout-2/`` (group ``heldout-2``), a second held-out set written
  after the issue-9 tuning by someone who did not tune the rules: the blind estimate, since
  the first held-out numbers were read after every tuning step. Same policy, own flag.
- **held-out 3**: ``corpus/heldout-3/`` (group ``heldout-3``), a third blind set written
  later still by someone who did not tune the rules. It is SEALED: ``eval_lint.py`` does
  not even print its numbers unless asked (``--heldout-3``), so that it can be run once,
  at the close of issue 9, as an estimate no one has looked at.
- **held-out 4**: ``corpus/heldout-4/`` (group ``heldout-4``), a fourth blind set written
  after the one run on ``heldout-3`` by someone who did not tune the rules, for the next
  tuning round. SEALED like ``heldout-3``, with its own flags (``--heldout-4`` for the
  numbers, ``--reveal-heldout-4`` for the disagreements), so opening one does not open the
  other.
- **held-out 5**: ``corpus/heldout-5/`` (group ``heldout-5``), a fifth blind set written
  from the rule definitions only by someone who did not tune the rules, for the lead
  engineer to measure once at the end of a session. SEALED like ``heldout-4``, with its
  own flags (``--heldout-5``, ``--reveal-heldout-5``); opening one sealed set never opens
  another.
- **held-out 6**: ``corpus/heldout-6/`` (group ``heldout-6``), a sixth blind set written
  the same way (from the rule definitions only, by someone who did not tune the rules), for
  the lead engineer to measure once at the end of a later session. SEALED like
  ``heldout-5``, with its own flags (``--heldout-6``, ``--reveal-heldout-6``).
- **held-out 7**: ``corpus/heldout-7/`` (group ``heldout-7``), a seventh blind set written
  the same way after ``heldout-6`` had been run, SEALED like it, with its own flags
  (``--heldout-7``, ``--reveal-heldout-7``).
- **held-out 8**: ``corpus/heldout-8/`` (group ``heldout-8``), an eighth blind set written
  the same way while round 12 was tuned, SEALED like it (``--heldout-8``,
  ``--reveal-heldout-8``).
- **held-out 9**: ``corpus/heldout-9/`` (group ``heldout-9``), a ninth blind set written
  the same way while round 13 was tuned (``--heldout-9``, ``--reveal-heldout-9``).
- **held-out 10**: ``corpus/heldout-10/`` (group ``heldout-10``), a tenth blind set written
  the same way while round 14 was tuned (``--heldout-10``, ``--reveal-heldout-10``).
- **held-out 11**: ``corpus/heldout-11/`` (group ``heldout-11``), an eleventh blind set
  written the same way while round 15 was tuned (``--heldout-11``, ``--reveal-heldout-11``).

A "positive" is a finding: precision is the share of findings that the labels expect,
recall the share of expected findings that the linter reports. The linter is called only
through its public API, ``playbook_lint.lint_text``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "lint" / "corpus"
EXAMPLES = ROOT / "docs" / "examples" / "answers"

# The failure classes of issue 9, item 5. Every new item belongs to one.
CLASSES = (
    "named-metric",  # unitless metrics tied to a named metric ("AUC of 0.91") vs "0.5 dropout"
    "glued-number",  # "sub-200ms", "~3x", "<50 ms", "10k+", "2.5x-faster"
    "people-scale",  # "adopted by 120 analysts", "used by 40 hospitals"
    "person-hours",  # "saved 40 engineer-hours a week"
    "digitless-change",  # "from days to minutes", "cut to zero", "halved"
    "non-outcome-number",  # targets, asks, a baseline alone, configuration, experience
    "obs-false-friend",  # dashboards or logs as the product, "observability team", canaries
    "obs-missed",  # Alertmanager, PagerDuty, SLOs, Jaeger, Evidently, shadow traffic...
    "star-format",  # "**S:**", "S -", "**Result** (30 seconds):", "Outcome", "Impact"
)
# Never tuned on; disagreements never printed by default (heldout-3 on, the sealed sets:
# not even their numbers). A new held-out set is one more here: its three files in
# corpus/heldout-N/ are then listed in SOURCES, and eval_lint.py gives it its own flags.
# heldout-37 to heldout-152 were each run once and then moved into the tuned part, six or
# eight at a time (parts 36 to 151; rounds 23 to 41 were tuned on them), so the numbers
# skip them. heldout-153 and on: added as they are written.
HELDOUT_NUMBERS = (*range(2, 37), *range(153, 159))
HELDOUT_GROUPS = ("heldout", *(f"heldout-{n}" for n in HELDOUT_NUMBERS))
GROUPS = ("baseline", "new-tuned", *HELDOUT_GROUPS)
PARTS = {"tuned": ("baseline", "new-tuned"), **{group: (group,) for group in HELDOUT_GROUPS}}
KINDS = ("answer", "resume", "star-story", "design-answer")
VERDICTS = ("pass", "fail")
COLUMN_RULES = ("quantified-outcome", "observability")

_MARK = {"+": "pass", "-": "fail", ".": None}
_CLASS_LINE = re.compile(r"#\s*class:\s*(\S+)\s*$")


class CorpusError(ValueError):
    """A malformed corpus file; the message names the file and line."""


@dataclass(frozen=True)
class Case:
    source: str  # file (relative to the corpus) and line or item number
    group: str  # one of GROUPS
    kind: str
    text: str
    expect: dict[str, str]
    klass: str | None = None  # one of CLASSES for issue-9 items
    path: str = "case.md"

    @property
    def file(self) -> str:
        """The corpus file the case comes from (its source without line or item)."""
        return re.split(r"[:#]", self.source, maxsplit=1)[0]

    @functools.cached_property
    def fired(self) -> frozenset[str]:
        """The labelled rules the linter reports on the case, worked out once per case:
        the seal tests score the same parsed cases many times in one process."""
        return _fired(self.text, self.kind, self.path, tuple(sorted(self.expect)))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def labels(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "labels": self.labels,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
        }


# Every corpus file, its group and the kind its lines are linted as (None: YAML items
# carry their own kind). A file on disk that is not listed here is an error, so a new
# file cannot be silently left out of the evaluation.
Source = tuple[str, str, str | None]
# The tuned parts written for issue 9: realworld-tuned.txt and its two siblings are part 1,
# realworld-tuned-N* part N. A new part is one more here.
TUNED_PARTS = 151
# Parts from this one on are sealed sets moved in after their one run (part N is the set
# heldout-(N+1)); the parts before it were written to be tuned on from the start.
FIRST_MOVED_PART = 36


def _tuned_part(number: int) -> tuple[Source, ...]:
    stem = "realworld-tuned" if number == 1 else f"realworld-tuned-{number}"
    return (
        (f"{stem}.txt", "new-tuned", "resume"),
        (f"{stem}-answers.txt", "new-tuned", "answer"),
        (f"{stem}-stories.yaml", "new-tuned", None),
    )


def _held_out(group: str) -> tuple[Source, ...]:
    return (
        (f"{group}/bullets.txt", group, "resume"),
        (f"{group}/answers.txt", group, "answer"),
        (f"{group}/stories.yaml", group, None),
    )


def part_files(name: str) -> tuple[str, ...]:
    """The files of one tuned part ("realworld-tuned-68") or held-out set ("heldout-3")."""
    if name in HELDOUT_GROUPS:
        return tuple(file for file, _, _ in _held_out(name))
    part = re.fullmatch(r"realworld-tuned(?:-([1-9][0-9]*))?", name)
    number = int(part.group(1) or 1) if part else 0
    if not 1 <= number <= TUNED_PARTS:
        raise CorpusError(f"{name}: not a tuned part or held-out set of the corpus")
    return tuple(file for file, _, _ in _tuned_part(number))


SOURCES: tuple[Source, ...] = (
    ("bullets.txt", "baseline", "resume"),
    ("holdout.txt", "baseline", "resume"),
    ("traps.txt", "baseline", "answer"),
    ("stories.yaml", "baseline", None),
    ("designs.yaml", "baseline", None),
    *(source for number in range(1, TUNED_PARTS + 1) for source in _tuned_part(number)),
    *(source for group in HELDOUT_GROUPS for source in _held_out(group)),
)


def _check_labels(where: str, expect: dict[str, str]) -> None:
    if not expect:
        raise CorpusError(f"{where}: no labels")
    for rule, verdict in expect.items():
        if verdict not in VERDICTS:
            raise CorpusError(f"{where}: label {rule}={verdict!r} must be pass or fail")


def _check_class(where: str, klass: str | None, group: str) -> None:
    if klass is not None and klass not in CLASSES:
        raise CorpusError(f"{where}: unknown class {klass!r} (one of {', '.join(CLASSES)})")
    if klass is None and group != "baseline":
        raise CorpusError(f"{where}: issue-9 items need a class (a '# class: NAME' line)")


def _yaml_load(text: str) -> Any:
    """YAML through libyaml's safe loader when PyYAML has it: the seal tests load the
    corpus once per flag, and the pure-Python parser took most of each run."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def line_cases(path: Path, group: str, kind: str, name: str | None = None) -> list[Case]:
    """One case per line: two label columns, a space, the text, optional ' ## rule=verdict'."""
    name = name or path.name
    cases = []
    klass: str | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{number}"
        if line.startswith("#"):
            if match := _CLASS_LINE.match(line):
                klass = match.group(1)
                _check_class(where, klass, group)
            continue
        if not line.strip():
            continue
        labels, _, rest = line.partition(" ")
        text, _, extra = rest.partition(" ## ")
        if len(labels) != 2 or any(mark not in _MARK for mark in labels):
            raise CorpusError(f"{where}: the line must start with two labels from '+-.'")
        if not text.strip() or text != text.strip():
            raise CorpusError(f"{where}: one space between the labels and the text")
        expect: dict[str, str] = {}
        for rule, mark in zip(COLUMN_RULES, labels, strict=True):
            if (verdict := _MARK[mark]) is not None:
                expect[rule] = verdict
        for item in extra.split():
            rule, sep, verdict = item.partition("=")
            if not sep:
                raise CorpusError(f"{where}: extra label {item!r} must be rule=pass|fail")
            expect[rule] = verdict
        _check_labels(where, expect)
        _check_class(where, klass, group)
        # A resume line is one bullet: the loader adds its mark, so a writer's own "- "
        # would make it a list inside a list.
        body = f"- {text.removeprefix('- ')}\n" if kind == "resume" else text + "\n"
        cases.append(Case(where, group, kind, body, expect, klass))
    return cases


def yaml_cases(path: Path, group: str, name: str | None = None) -> list[Case]:
    """One case per item of a YAML list: id, kind, text, expect and (new items) class."""
    import yaml

    name = name or path.name
    try:
        items = _yaml_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise CorpusError(f"{name}{line}: invalid YAML") from None
    if not isinstance(items, list):
        raise CorpusError(f"{name}: expected a list of items")
    cases = []
    for index, item in enumerate(items, 1):
        where = f"{name}#{index}"
        if not isinstance(item, dict) or not {"id", "kind", "text", "expect"} <= item.keys():
            raise CorpusError(f"{where}: an item needs id, kind, text and expect")
        where = f"{name}#{index} {item['id']}"
        if item["kind"] not in KINDS:
            raise CorpusError(f"{where}: unknown kind {item['kind']!r}")
        expect = item["expect"]
        if not isinstance(expect, dict) or not isinstance(item["text"], str):
            raise CorpusError(f"{where}: text must be a string and expect a mapping")
        expect = {str(rule): str(verdict) for rule, verdict in expect.items()}
        klass = item.get("class")
        _check_labels(where, expect)
        _check_class(where, klass, group)
        cases.append(Case(where, group, item["kind"], item["text"], expect, klass))
    return cases


def example_cases() -> list[Case]:
    """The site's example answers, with the verdicts in their ``lint.expect`` front matter
    (parsed once per process while the files are unchanged, like the corpus files)."""
    paths = sorted(EXAMPLES.glob("*.md"))
    stats = [path.stat() for path in paths]
    key = tuple(
        (path, stat.st_mtime_ns, stat.st_size) for path, stat in zip(paths, stats, strict=True)
    )
    if key not in _EXAMPLES:
        parsed = _example_cases(paths)
        check_rule_names(parsed)
        check_answers(parsed)
        _EXAMPLES.clear()
        _EXAMPLES[key] = tuple(parsed)
    return list(_EXAMPLES[key])


_EXAMPLES: dict[tuple[tuple[Path, int, int], ...], tuple[Case, ...]] = {}


def _example_cases(paths: list[Path]) -> list[Case]:
    cases = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        meta = _yaml_load(text.split("---", 2)[1])
        lint = meta["lint"]
        expect = {str(rule): str(verdict) for rule, verdict in lint.get("expect", {}).items()}
        cases.append(
            Case(f"examples/{path.name}", "baseline", lint["kind"], text, expect, path=path.name)
        )
    return cases


def check_rule_names(cases: Iterable[Case]) -> None:
    """Every labelled rule must be one the linter knows (asked through ``lint_text``)."""
    from playbook_lint import lint_text

    first: dict[str, str] = {}
    for case in cases:
        for rule in case.expect:
            first.setdefault(rule, case.source)
    for rule, where in first.items():
        try:
            lint_text("x\n", kind="answer", select=[rule])
        except ValueError:
            raise CorpusError(f"{where}: unknown rule {rule!r}") from None


def check_answers(cases: Iterable[Case]) -> None:
    """Every case must hold an answer for the linter to judge: a label on text the linter
    reads as no answer at all (a resume item without its bullet marker) would always
    count as passing, whatever the rules do."""
    for case in cases:
        if not _has_answer(case.path, case.text, case.kind):
            raise CorpusError(
                f"{case.source}: the linter finds no answer in this {case.kind} item "
                "(a resume item needs its '- ' bullet)"
            )


# Kept like _fired: the seal tests load the corpus once per flag.
@functools.cache
def _has_answer(path: str, text: str, kind: str) -> bool:
    from playbook_lint.inputs import read

    return bool(read(path, text.encode("utf-8"), kind).answers)


def load_cases(
    corpus: Path = CORPUS, *, examples: bool = True, held_out: bool = False
) -> list[Case]:
    """The labelled cases of the tuned part, and of the held-out parts too with
    ``held_out``; raises CorpusError naming the file and line of a bad one.

    The held-out parts are left out unless asked for by name: a script written to study
    the tuned part's misses must not print a held-out item by accident (in one session
    such a script did, and the sealed sets it printed stopped being blind)."""
    listed = {corpus / name for name, _, _ in SOURCES} | {corpus / "README.md"}
    unlisted = sorted(
        p.relative_to(corpus).as_posix()
        for p in corpus.rglob("*")
        if p.is_file() and p not in listed
    )
    if unlisted:
        raise CorpusError(f"{unlisted[0]}: corpus file not listed in corpus_eval.SOURCES")
    cases: list[Case] = []
    for name, group, kind in SOURCES:
        path = corpus / name
        if not path.is_file():
            raise CorpusError(f"{name}: corpus file missing")
        if group in HELDOUT_GROUPS and not held_out:
            continue
        cases += _file_cases(path, group, kind, name)
    if examples:
        cases += example_cases()
    return cases  # each file's cases were checked when it was parsed


def _file_cases(path: Path, group: str, kind: str | None, name: str) -> list[Case]:
    """One corpus file's cases, parsed once per process while the file is unchanged: the
    seal tests load the whole corpus once per flag, and parsing took most of each run."""
    stat = path.stat()
    key = (path, group, kind, name, stat.st_mtime_ns, stat.st_size)
    if key not in _PARSED:
        parsed = (
            yaml_cases(path, group, name) if kind is None else line_cases(path, group, kind, name)
        )
        check_rule_names(parsed)
        check_answers(parsed)
        _PARSED[key] = tuple(parsed)
    return list(_PARSED[key])


_PARSED: dict[tuple[Path, str, str | None, str, int, int], tuple[Case, ...]] = {}


def fired_rules(case: Case) -> set[str]:
    return set(case.fired)


# One process may score the same corpus many times (the seal tests run the command line
# once per flag): the linter's verdict on a text depends on nothing else, so it is kept.
@functools.cache
def _fired(text: str, kind: str, path: str, rules: tuple[str, ...]) -> frozenset[str]:
    from playbook_lint import lint_text

    findings = lint_text(text, kind=kind, path=path, select=list(rules))
    return frozenset(finding.rule.name for finding in findings)


def evaluate(cases: Iterable[Case]) -> dict[str, Score]:
    """Score every labelled rule over the cases."""
    scores: dict[str, Score] = {}
    for case in cases:
        fired = case.fired
        for rule, verdict in case.expect.items():
            score = scores.get(rule)
            if score is None:
                score = scores[rule] = Score()
            expected_fail = verdict == "fail"
            if rule in fired and expected_fail:
                score.tp += 1
            elif rule in fired:
                score.fp += 1
                score.errors.append(f"false alarm   {case.source}: {_snippet(case)}")
            elif expected_fail:
                score.fn += 1
                score.errors.append(f"missed        {case.source}: {_snippet(case)}")
            else:
                score.tn += 1
    return scores


def _snippet(case: Case) -> str:
    return " ".join(case.text.split())[:110]


def in_groups(cases: Iterable[Case], groups: Sequence[str]) -> list[Case]:
    return [case for case in cases if case.group in groups]


def rule_order(name: str) -> tuple[int, str]:
    """Contract rules first, in the order of the rule codes; then by name."""
    order = ("quantified-outcome", "observability", "star-structure")
    return (order.index(name) if name in order else len(order), name)


def table(scores: dict[str, Score], cases: int, title: str = "") -> str:
    heading = f"{cases} labelled answers" + (f" ({title})" if title else "")
    lines = [
        heading,
        f"{'rule':<22}{'labels':>7}{'TP':>5}{'FP':>5}{'FN':>5}{'TN':>5}{'precision':>11}{'recall':>8}",
    ]
    for rule in sorted(scores, key=rule_order):
        s = scores[rule]
        lines.append(
            f"{rule:<22}{s.labels:>7}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.tn:>5}"
            f"{s.precision:>11.3f}{s.recall:>8.3f}"
        )
    return "\n".join(lines)


def corpus_facts(cases: Iterable[Case]) -> dict[str, int]:
    """The sizes the guide states about the corpus, counted from the corpus itself (the
    site renders them at build time, so they cannot drift from it): its parts, the items
    of new-tuned, the tuned parts that were sealed sets first, and the sealed sets' sizes."""
    sizes: dict[str, int] = {}
    for case in cases:
        sizes[case.group] = sizes.get(case.group, 0) + 1
    sealed = [
        sizes.get(group, 0) for group in HELDOUT_GROUPS if group not in ("heldout", "heldout-2")
    ]
    return {
        "parts": 1 + len(HELDOUT_GROUPS),
        "new-tuned-items": sizes.get("new-tuned", 0),
        "new-tuned-parts": TUNED_PARTS,
        "moved-parts": TUNED_PARTS - FIRST_MOVED_PART + 1,
        "sealed-sets": len(sealed),
        "sealed-items": sum(sealed),
        "sealed-smallest": min(sealed, default=0),
        "sealed-largest": max(sealed, default=0),
    }
