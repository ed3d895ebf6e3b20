"""The evaluation corpus (tests/lint/corpus/README.md).

- The baseline (the first corpus and the site's example answers) keeps the strict bar the
  linter met before issue 9: precision and recall at least 0.95 for the contract rules.
- The issue-9 items (new-tuned and held-out) must be well formed: every item parses, every
  label is valid, at least 300 new items, a held-out part of at least 100 covering every
  failure class. The issue-9 target (0.95 precision and recall on the held-out part) is
  asserted for observability, which meets it, and a strict expected failure for
  quantified-outcome, which does not yet: meeting it turns that into a failure to flip.
- The second held-out set (``heldout-2``, written after the tuning by someone who did not
  tune the rules) is the blind estimate: at least 150 items in every class, both verdicts
  of both key rules at least 40 times, no text shared with any other part. Its numbers are
  recorded, not asserted.
- The third held-out set (``heldout-3``) is SEALED until its one run at the close of issue 9:
  ``eval_lint.py`` prints its numbers only with ``--heldout-3`` and its disagreements only
  with ``--reveal-heldout-3``. Its tests check its size, classes and labels and that the
  seal holds; none of them computes a verdict into a message, so no failure here shows a
  heldout-3 number, score or item text.
- The fourth held-out set (``heldout-4``) is sealed the same way, with its own flags
  (``--heldout-4``, ``--reveal-heldout-4``), and the same kind of tests: opening one sealed
  set never opens the other, and no failure shows a heldout-4 number, score or item text.
- The fifth held-out set (``heldout-5``, written blind from the rule definitions for the
  lead engineer to measure once at the end of a session) is sealed the same way, with
  ``--heldout-5`` and ``--reveal-heldout-5``. The fourth and fifth sets share one set of
  tests, parametrized over ``SEALED_SETS``: size, classes and labels (the fifth labels each
  verdict of both key rules at least 60 times), no shared text, and a seal that holds for
  every sealed set under every other set's flags.
- The sixth held-out set (``heldout-6``, written blind the same way) is one more entry in
  ``SEALED_SETS``, with ``--heldout-6`` and ``--reveal-heldout-6`` and the fifth set's bar
  (each verdict of both key rules at least 60 times).
- The seventh on (``heldout-7``, ...) are more entries the same way, with the same bar:
  ``SEALED_SETS`` is derived from ``HELDOUT_GROUPS`` in ``corpus_eval``, so a new sealed
  set needs its files and one more group there, and no new test.
- ``--pooled`` adds one table of the held-out sets shown, summed; it never adds a sealed
  set whose own flag is not given.
- Held-out disagreements are never printed: not by ``eval_lint.py --errors`` and not in
  an assertion message here.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from tests.lint.conftest import CONTRACT_RULES
from tests.lint.corpus_eval import (
    CLASSES,
    CORPUS,
    HELDOUT_GROUPS,
    KINDS,
    SOURCES,
    Case,
    CorpusError,
    Score,
    evaluate,
    in_groups,
    line_cases,
    load_cases,
    table,
    yaml_cases,
)


def _script() -> ModuleType:
    """scripts/eval_lint.py; scripts/ is not a package, so load it by path."""
    path = CORPUS.parents[2] / "scripts" / "eval_lint.py"
    spec = importlib.util.spec_from_file_location("eval_lint", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EVAL = _script()
eval_main: Callable[[list[str]], int] = EVAL.main
CASES = load_cases(held_out=True)
BASELINE = in_groups(CASES, ("baseline",))
NEW_TUNED = in_groups(CASES, ("new-tuned",))
HELDOUT = in_groups(CASES, ("heldout",))
HELDOUT_2 = in_groups(CASES, ("heldout-2",))
HELDOUT_3 = in_groups(CASES, ("heldout-3",))  # sealed: never print its scores or disagreements
BASELINE_SCORES = evaluate(BASELINE)
HELDOUT_SCORES = evaluate(HELDOUT)
HELDOUT_2_SCORES = evaluate(HELDOUT_2)
KEY_RULES = ("quantified-outcome", "observability")


def _numbers(scores: dict[str, Score]) -> str:
    """Precision and recall only: safe to print for the held-out part."""
    return ", ".join(
        f"{rule} P={scores[rule].precision:.3f} R={scores[rule].recall:.3f}"
        for rule in KEY_RULES
        if rule in scores
    )


# --- the baseline keeps its bar ------------------------------------------------------


def test_the_baseline_has_at_least_300_labelled_answers_of_every_kind() -> None:
    assert len(BASELINE) >= 300
    assert {case.kind for case in BASELINE} == set(KINDS)


@pytest.mark.parametrize("rule", KEY_RULES)
def test_baseline_precision_and_recall_are_at_least_095(rule: str) -> None:
    score = BASELINE_SCORES[rule]
    assert score.tp + score.fn >= 50, "too few positive labels to measure recall"
    assert score.tp + score.fp + score.tn >= 50
    assert score.precision >= 0.95, "\n".join(score.errors)
    assert score.recall >= 0.95, "\n".join(score.errors)


def test_every_rule_in_the_contract_is_evaluated_on_the_baseline() -> None:
    for rule in CONTRACT_RULES:
        assert rule in BASELINE_SCORES


def test_the_table_prints_one_row_per_rule() -> None:
    lines = table(BASELINE_SCORES, len(BASELINE), "baseline").splitlines()
    assert lines[0] == f"{len(BASELINE)} labelled answers (baseline)"
    assert len(lines) == 2 + len(BASELINE_SCORES)


# --- the issue-9 items are well formed -------------------------------------------------


def test_issue_9_adds_at_least_300_new_items() -> None:
    assert len(NEW_TUNED) + len(HELDOUT) >= 300


def test_the_held_out_part_has_at_least_100_items_in_every_class() -> None:
    assert len(HELDOUT) >= 100
    per_class = {klass: sum(case.klass == klass for case in HELDOUT) for klass in CLASSES}
    assert min(per_class.values()) >= 8, per_class


def test_the_new_tuned_part_covers_every_class() -> None:
    assert {case.klass for case in NEW_TUNED} == set(CLASSES)


@pytest.mark.parametrize("group", [NEW_TUNED, HELDOUT], ids=["new-tuned", "heldout"])
def test_new_items_label_both_key_rules_with_both_verdicts(group: list[Case]) -> None:
    for rule in KEY_RULES:
        verdicts = [case.expect[rule] for case in group if rule in case.expect]
        assert verdicts.count("pass") >= 30, rule
        assert verdicts.count("fail") >= 30, rule


def test_the_second_held_out_set_has_at_least_150_items_in_every_class() -> None:
    assert len(HELDOUT_2) >= 150
    per_class = {klass: sum(case.klass == klass for case in HELDOUT_2) for klass in CLASSES}
    assert min(per_class.values()) >= 8, per_class


def test_the_second_held_out_set_labels_both_key_rules_both_ways_40_times() -> None:
    for rule in KEY_RULES:
        verdicts = [case.expect[rule] for case in HELDOUT_2 if rule in case.expect]
        assert verdicts.count("pass") >= 40, rule
        assert verdicts.count("fail") >= 40, rule


@pytest.mark.parametrize(
    "group", [NEW_TUNED, HELDOUT, HELDOUT_2], ids=["new-tuned", "heldout", "heldout-2"]
)
def test_new_items_include_star_stories_and_answers(group: list[Case]) -> None:
    kinds = {case.kind for case in group}
    assert {"resume", "answer", "star-story", "design-answer"} <= kinds
    # A STAR story is labelled for star-structure; a spoken answer told in STAR order (a
    # line item of the class) cannot be: the rule reads only stories.
    stories = [case for case in group if case.klass == "star-format" and case.kind == "star-story"]
    assert stories
    assert all("star-structure" in case.expect for case in stories)


def _normal(case: Case) -> str:
    """The text as compared for leaks: case, spacing and a leading bullet marker aside."""
    return _BULLETS.sub("", " ".join(case.text.split()).lower())


_BULLETS = re.compile(r"^[-*\u2022\s]+")


def test_no_text_is_both_tuned_and_held_out() -> None:
    tuned = {_normal(case) for case in CASES if case.group not in HELDOUT_GROUPS}
    leaked = [case.source for case in HELDOUT if _normal(case) in tuned]
    assert not leaked


def test_the_second_held_out_set_shares_no_text_with_any_other_part() -> None:
    others = {_normal(case) for case in CASES if case.group != "heldout-2"}
    shared = [case.source for case in HELDOUT_2 if _normal(case) in others]
    assert not shared
    assert len({_normal(case) for case in HELDOUT_2}) == len(HELDOUT_2), "a duplicate inside"


def test_every_file_in_the_corpus_is_listed() -> None:
    listed = {CORPUS / name for name, _, _ in SOURCES} | {CORPUS / "README.md"}
    assert {path for path in CORPUS.rglob("*") if path.is_file()} == listed


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("# class: named-metric\n+x Reached an AUC of 0.91\n", "bad.txt:2: the line must start"),
        ("# class: named-metric\n++  two spaces\n", "bad.txt:2: one space between"),
        ("# class: no-such-class\n++ text\n", "bad.txt:1: unknown class 'no-such-class'"),
        ("++ an item with no class\n", "bad.txt:1: issue-9 items need a class"),
        ("# class: named-metric\n.. no labels at all\n", "bad.txt:2: no labels"),
        ("# class: named-metric\n++ text ## vague-verb=maybe\n", "bad.txt:2: label vague-verb="),
        ("# class: named-metric\n++ text ## vague-verb\n", "bad.txt:2: extra label 'vague-verb'"),
    ],
)
def test_a_malformed_line_is_reported_with_file_and_line(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError) as error:
        line_cases(path, "new-tuned", "resume")
    assert str(error.value).startswith(message)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- id: a\n  kind: poem\n  text: x\n  expect: {observability: pass}\n  class: obs-missed\n",
         "bad.yaml#1 a: unknown kind 'poem'"),
        ("- id: a\n  kind: answer\n  text: x\n", "bad.yaml#1: an item needs"),
        ("- id: a\n  kind: answer\n\ttext: x\n", "bad.yaml:3: invalid YAML"),
    ],
)  # fmt: skip
def test_a_malformed_yaml_item_is_reported(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError) as error:
        yaml_cases(path, "new-tuned")
    assert str(error.value).startswith(message)


def _copy_corpus(folder: Path) -> None:
    for name, _, _ in SOURCES:
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((CORPUS / name).read_bytes())


def test_an_unknown_rule_name_is_refused(tmp_path: Path) -> None:
    _copy_corpus(tmp_path)
    with (tmp_path / "realworld-tuned.txt").open("a", encoding="utf-8") as out:
        out.write("++ Cut p99 from 300 ms to 90 ms ## no-such-rule=fail\n")
    with pytest.raises(CorpusError, match=r"realworld-tuned\.txt:\d+: unknown rule 'no-such-rule'"):
        load_cases(tmp_path, examples=False)


def test_an_item_the_linter_reads_as_no_answer_is_refused(tmp_path: Path) -> None:
    _copy_corpus(tmp_path)
    with (tmp_path / "realworld-tuned-stories.yaml").open("a", encoding="utf-8") as out:
        out.write(
            "\n- id: no-bullet\n  class: glued-number\n  kind: resume\n"
            "  text: |\n    Cut p99 to sub-200ms on checkout\n"
            "  expect: {quantified-outcome: pass}\n"
        )
    with pytest.raises(CorpusError, match=r"no-bullet: the linter finds no answer"):
        load_cases(tmp_path, examples=False)


# --- measuring, and keeping the held-out part unseen ----------------------------------


def test_the_held_out_parts_load_only_when_asked_for() -> None:
    tuned = load_cases(examples=False)
    assert tuned
    assert {case.group for case in tuned} == {"baseline", "new-tuned"}
    everything = {case.group for case in CASES}
    assert set(HELDOUT_GROUPS) <= everything


def test_errors_lists_tuned_disagreements_but_never_held_out_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert eval_main(["--errors"]) == 0
    out = capsys.readouterr().out
    assert "HELD-OUT part" in out and "Disagreements, tuned part:" in out
    assert "HELD-OUT 2 (blind, written after tuning)" in out
    assert "heldout/" not in out and "heldout-2/" not in out


def test_reveal_heldout_is_the_only_way_to_see_held_out_disagreements(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert eval_main(["--reveal-heldout"]) == 0
    out = capsys.readouterr().out
    assert "this burns the held-out set" in out
    section = out.split("HELD-OUT part (this burns the held-out set):", 1)[1]
    errors = sum(len(score.errors) for score in HELDOUT_SCORES.values())
    assert section.count("heldout/") == errors
    assert "heldout-2/" not in out  # revealing one held-out set does not burn the other


def test_reveal_heldout_2_is_the_only_way_to_see_the_second_sets_disagreements(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert eval_main(["--reveal-heldout-2"]) == 0
    out = capsys.readouterr().out
    section = out.split("HELD-OUT 2 (this burns the second held-out set):", 1)[1]
    errors = sum(len(score.errors) for score in HELDOUT_2_SCORES.values())
    assert section.count("heldout-2/") == errors
    assert "heldout/" not in out


def test_json_gives_the_numbers_of_every_part(capsys: pytest.CaptureFixture[str]) -> None:
    assert eval_main(["--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"tuned", "baseline", "new-tuned", "heldout", "heldout-2"}
    assert payload["heldout"]["cases"] == len(HELDOUT)
    assert payload["heldout-2"]["cases"] == len(HELDOUT_2)
    assert payload["tuned"]["cases"] == len(BASELINE) + len(NEW_TUNED)
    heldout = payload["heldout"]["rules"]["quantified-outcome"]
    assert heldout["precision"] == round(HELDOUT_SCORES["quantified-outcome"].precision, 4)
    assert "heldout/" not in json.dumps(payload) and "heldout-2/" not in json.dumps(payload)


def test_current_numbers_are_recorded(capsys: pytest.CaptureFixture[str]) -> None:
    """Not a threshold: prints the new-tuned and held-out numbers (pytest -s shows them)."""
    new_tuned = evaluate(NEW_TUNED)
    for scores in (new_tuned, HELDOUT_SCORES, HELDOUT_2_SCORES):
        for rule in KEY_RULES:
            assert scores[rule].labels >= 100, rule
    with capsys.disabled():
        print(
            f"\nnew-tuned:  {_numbers(new_tuned)}\nheld-out:   {_numbers(HELDOUT_SCORES)}"
            f"\nheld-out 2: {_numbers(HELDOUT_2_SCORES)}"
        )


# Held-out 1 after round 18: quantified-outcome P 0.969, R 0.954 (2026-12-02; it was an
# expected failure until then, at 0.952 / 0.908 after round 9). Held-out 1 is worn: its
# numbers were looked at after every tuning step, and five of its quantified-outcome
# misses were printed by accident in round 18. So this test guards against going back;
# whether the issue's target is met is judged on the sealed sets and real samples.
@pytest.mark.parametrize("rule", ["quantified-outcome", "observability"])
def test_issue_9_target_held_out_precision_and_recall_at_least_095(rule: str) -> None:
    score = HELDOUT_SCORES[rule]
    # Only the numbers in the message: the held-out disagreements stay unseen.
    assert score.precision >= 0.95 and score.recall >= 0.95, _numbers(HELDOUT_SCORES)


def test_a_malformed_corpus_exits_2_with_one_line_naming_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _copy_corpus(tmp_path)
    with (tmp_path / "heldout" / "answers.txt").open("a", encoding="utf-8") as out:
        out.write("+? The label in column 2 is not one of + - .\n")
    assert eval_main(["--corpus", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("eval_lint: heldout/answers.txt:")
    assert captured.err.count("\n") == 1


# --- the third held-out set: sealed until its one run at the close of issue 9 -----------
# These tests never put a heldout-3 score, count of disagreements or eval output into an
# assertion: each compares into a bool first, so a failure shows only the message.

SEALED_TITLE = "HELD-OUT 3 (sealed, blind)"


def test_the_third_held_out_set_has_every_kind_and_at_least_12_items_per_class() -> None:
    kinds = [case.kind for case in HELDOUT_3]
    assert kinds.count("resume") >= 110
    assert kinds.count("answer") >= 35
    assert kinds.count("star-story") + kinds.count("design-answer") >= 15
    assert kinds.count("design-answer") >= 3
    per_class = {klass: sum(case.klass == klass for case in HELDOUT_3) for klass in CLASSES}
    assert min(per_class.values()) >= 12, per_class
    assert all(case.source.startswith("heldout-3/") for case in HELDOUT_3)


def test_the_third_held_out_set_labels_both_key_rules_both_ways_45_times() -> None:
    for rule in KEY_RULES:
        verdicts = [case.expect[rule] for case in HELDOUT_3 if rule in case.expect]
        assert verdicts.count("pass") >= 45, rule
        assert verdicts.count("fail") >= 45, rule
    stories = [case for case in HELDOUT_3 if case.kind == "star-story"]
    assert {case.expect.get("star-structure") for case in stories} == {"pass", "fail"}


def test_the_third_held_out_set_shares_no_text_with_any_other_part() -> None:
    others = {_normal(case) for case in CASES if case.group != "heldout-3"}
    shared = [case.source for case in HELDOUT_3 if _normal(case) in others]
    assert not shared
    assert len({_normal(case) for case in HELDOUT_3}) == len(HELDOUT_3), "a duplicate inside"


def _sealed_run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    """eval_lint.py's output; the captured text is consumed, so a failure never shows it."""
    code = eval_main(argv)
    out = capsys.readouterr().out
    ran = code == 0
    assert ran, f"eval_lint.py {' '.join(argv)} did not exit 0"
    return out


@pytest.mark.parametrize(
    "argv", [[], ["--errors"], ["--reveal-heldout"], ["--reveal-heldout-2"]], ids=str
)
def test_the_third_held_out_set_is_sealed_by_default(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    out = _sealed_run(capsys, argv)
    shown = "HELD-OUT 3" in out or "heldout-3" in out
    assert not shown, "heldout-3 numbers or items in the default output"


def test_json_keeps_the_third_held_out_set_sealed_by_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = _sealed_run(capsys, ["--json", "--errors"])
    shown = "heldout-3" in out or "heldout_3" in out
    assert not shown, "heldout-3 numbers or items in the default JSON"


def test_heldout_3_prints_its_numbers_but_never_its_items(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = _sealed_run(capsys, ["--heldout-3"])
    has_table = f"{len(HELDOUT_3)} labelled answers ({SEALED_TITLE}" in out
    rows = out.split(SEALED_TITLE, 1)[-1].splitlines()
    has_rows = all(any(line.startswith(rule) for line in rows) for rule in KEY_RULES)
    assert has_table and has_rows, "--heldout-3 does not print the heldout-3 table"
    leaked = "heldout-3/" in out or "Disagreements, HELD-OUT 3" in out
    assert not leaked, "--heldout-3 printed heldout-3 items"


def test_json_with_heldout_3_gives_its_numbers_but_never_its_items(
    capsys: pytest.CaptureFixture[str],
) -> None:
    payload = json.loads(_sealed_run(capsys, ["--json", "--heldout-3"]))
    part = payload.get("heldout-3", {})
    counted = part.get("cases") == len(HELDOUT_3)
    rules = (*KEY_RULES, "star-structure")
    labels = {rule: sum(rule in case.expect for case in HELDOUT_3) for rule in rules}
    measured = all(
        {"precision", "recall"} <= part.get("rules", {}).get(rule, {}).keys()
        and part["rules"][rule]["labels"] == count
        for rule, count in labels.items()
    )
    assert counted and measured, "--json --heldout-3 does not give the heldout-3 numbers"
    leaked = "heldout_3_errors" in payload or "heldout-3/" in json.dumps(payload)
    assert not leaked, "--json --heldout-3 printed heldout-3 items"


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_reveal_heldout_3_is_the_only_way_to_see_its_disagreements(
    capsys: pytest.CaptureFixture[str], as_json: bool
) -> None:
    errors = sum(len(score.errors) for score in evaluate(HELDOUT_3).values())
    out = _sealed_run(capsys, ["--reveal-heldout-3"] + (["--json"] if as_json else []))
    if as_json:
        payload = json.loads(out)
        listed = payload.get("heldout_3_errors")
        complete = "heldout-3" in payload and listed is not None and len(listed) == errors
        others = "heldout/" in out or "heldout-2/" in out
    else:
        head, marker, section = out.partition(
            "Disagreements, HELD-OUT 3 (this burns the third held-out set):"
        )
        complete = bool(marker) and SEALED_TITLE in head and section.count("heldout-3/") == errors
        others = "heldout/" in out or "heldout-2/" in out
    assert complete, "--reveal-heldout-3 does not list every heldout-3 disagreement"
    assert not others, "revealing the third set does not reveal the other held-out sets"


# --- the fourth and fifth held-out sets: sealed, each measured once ---------------------
# Like the third set's tests, these never put a sealed set's score, count of disagreements
# or eval output into an assertion: each compares into a bool first. One parametrized test
# per property, over the sealed sets, so a new sealed set is one more entry in SEALED_SETS.


@dataclass(frozen=True)
class Sealed:
    """A sealed held-out set: its group and what its flags and tables are called."""

    group: str  # "heldout-4"
    nth: str  # the ordinal its burn warning names: "fourth"
    verdicts: int  # each key rule is labelled pass, and fail, at least this often

    @property
    def number(self) -> str:
        return self.group.rsplit("-", 1)[1]

    @property
    def title(self) -> str:
        return f"HELD-OUT {self.number} (sealed, blind)"

    @property
    def flag(self) -> str:
        return f"--{self.group}"

    @property
    def reveal(self) -> str:
        return f"--reveal-{self.group}"

    @property
    def cases(self) -> list[Case]:
        return in_groups(CASES, (self.group,))

    def shown_in(self, out: str) -> bool:
        """Whether eval_lint.py's output names this set (its table, items or JSON key)."""
        names = (f"HELD-OUT {self.number}", self.group, self.group.replace("-", "_"))
        # a whole name: "heldout-3" is not in "heldout-30"
        return any(re.search(re.escape(name) + r"(?!\d)", out) for name in names)


# Every held-out set from the fourth on (the third has its own tests above), from the one
# list in corpus_eval: a new sealed set needs no new test. The fourth labels each verdict
# of both key rules at least 45 times, later sets at least 60.
SEALED_SETS = tuple(
    Sealed(group, EVAL.ordinal(group), 45 if group == "heldout-4" else 60)
    for group in HELDOUT_GROUPS
    if group not in ("heldout", "heldout-2", "heldout-3")
)
ALL_SEALED = (Sealed("heldout-3", "third", 45), *SEALED_SETS)


def _ids(sealed: Sealed) -> str:
    return sealed.group


@pytest.mark.parametrize("sealed", SEALED_SETS, ids=_ids)
def test_a_sealed_set_has_every_kind_and_at_least_12_items_per_class(sealed: Sealed) -> None:
    cases = sealed.cases
    kinds = [case.kind for case in cases]
    assert kinds.count("resume") >= 110
    assert kinds.count("answer") >= 40
    assert kinds.count("star-story") + kinds.count("design-answer") >= 16
    assert kinds.count("design-answer") >= 4
    per_class = {klass: sum(case.klass == klass for case in cases) for klass in CLASSES}
    assert min(per_class.values()) >= 12, per_class
    assert all(case.source.startswith(f"{sealed.group}/") for case in cases)


@pytest.mark.parametrize("sealed", SEALED_SETS, ids=_ids)
def test_a_sealed_set_labels_both_key_rules_both_ways(sealed: Sealed) -> None:
    for rule in KEY_RULES:
        verdicts = [case.expect[rule] for case in sealed.cases if rule in case.expect]
        assert verdicts.count("pass") >= sealed.verdicts, rule
        assert verdicts.count("fail") >= sealed.verdicts, rule
    stories = [case for case in sealed.cases if case.kind == "star-story"]
    assert all("star-structure" in case.expect for case in stories)
    assert {case.expect["star-structure"] for case in stories} == {"pass", "fail"}


@pytest.mark.parametrize("sealed", SEALED_SETS, ids=_ids)
def test_a_sealed_set_shares_no_text_with_any_other_part(sealed: Sealed) -> None:
    others = {_normal(case) for case in CASES if case.group != sealed.group}
    shared = [case.source for case in sealed.cases if _normal(case) in others]
    assert not shared
    unique = len({_normal(case) for case in sealed.cases}) == len(sealed.cases)
    assert unique, "a duplicate inside"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--errors"],
        ["--reveal-heldout"],
        ["--reveal-heldout-2"],
        ["--json", "--errors"],
        ["--pooled"],
        ["--json", "--pooled"],
        *(
            argv
            for sealed in ALL_SEALED
            for argv in (
                [sealed.flag],
                [sealed.reveal],
                ["--json", sealed.reveal],
                [sealed.flag, "--pooled"],
            )
        ),
    ],
    ids=str,
)
def test_every_sealed_set_stays_sealed_unless_its_own_flag_is_given(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    out = _sealed_run(capsys, argv)
    shut = [sealed for sealed in ALL_SEALED if not {sealed.flag, sealed.reveal} & set(argv)]
    leaked = [sealed.group for sealed in shut if sealed.shown_in(out)]
    assert not leaked, "sealed sets shown without their own flag"


@pytest.mark.parametrize("sealed", SEALED_SETS, ids=_ids)
def test_a_sealed_flag_prints_its_numbers_but_never_its_items(
    capsys: pytest.CaptureFixture[str], sealed: Sealed
) -> None:
    out = _sealed_run(capsys, [sealed.flag])
    has_table = f"{len(sealed.cases)} labelled answers ({sealed.title}" in out
    rows = out.split(sealed.title, 1)[-1].splitlines()
    has_rows = all(any(line.startswith(rule) for line in rows) for rule in KEY_RULES)
    assert has_table and has_rows, f"{sealed.flag} does not print the {sealed.group} table"
    leaked = f"{sealed.group}/" in out or f"Disagreements, HELD-OUT {sealed.number}" in out
    assert not leaked, f"{sealed.flag} printed {sealed.group} items"


@pytest.mark.parametrize("sealed", SEALED_SETS, ids=_ids)
def test_json_with_a_sealed_flag_gives_its_numbers_but_never_its_items(
    capsys: pytest.CaptureFixture[str], sealed: Sealed
) -> None:
    payload = json.loads(_sealed_run(capsys, ["--json", sealed.flag]))
    part = payload.get(sealed.group, {})
    counted = part.get("cases") == len(sealed.cases)
    rules = (*KEY_RULES, "star-structure")
    labels = {rule: sum(rule in case.expect for case in sealed.cases) for rule in rules}
    measured = all(
        {"precision", "recall"} <= part.get("rules", {}).get(rule, {}).keys()
        and part["rules"][rule]["labels"] == count
        for rule, count in labels.items()
    )
    assert counted and measured, f"--json {sealed.flag} does not give the {sealed.group} numbers"
    errors_key = f"{sealed.group.replace('-', '_')}_errors"
    leaked = errors_key in payload or f"{sealed.group}/" in json.dumps(payload)
    assert not leaked, f"--json {sealed.flag} printed {sealed.group} items"


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
@pytest.mark.parametrize("sealed", SEALED_SETS, ids=_ids)
def test_reveal_is_the_only_way_to_see_a_sealed_sets_disagreements(
    capsys: pytest.CaptureFixture[str], sealed: Sealed, as_json: bool
) -> None:
    errors = sum(len(score.errors) for score in evaluate(sealed.cases).values())
    out = _sealed_run(capsys, [sealed.reveal] + (["--json"] if as_json else []))
    if as_json:
        payload = json.loads(out)
        listed = payload.get(f"{sealed.group.replace('-', '_')}_errors")
        complete = sealed.group in payload and listed is not None and len(listed) == errors
    else:
        head, marker, section = out.partition(
            f"Disagreements, HELD-OUT {sealed.number} (this burns the {sealed.nth} held-out set):"
        )
        complete = (
            bool(marker) and sealed.title in head and section.count(f"{sealed.group}/") == errors
        )
    other_groups = ["heldout", "heldout-2", *(s.group for s in ALL_SEALED if s != sealed)]
    others = any(f"{group}/" in out for group in other_groups)
    assert complete, f"{sealed.reveal} does not list every {sealed.group} disagreement"
    assert not others, f"revealing the {sealed.nth} set reveals another held-out set"


# --- the pooled table ------------------------------------------------------------------


def _pooled_counts(payload: dict[str, object]) -> dict[str, tuple[int, int, int, int]]:
    pooled = payload["pooled"]
    assert isinstance(pooled, dict)
    return {
        rule: (row["tp"], row["fp"], row["fn"], row["tn"]) for rule, row in pooled["rules"].items()
    }


def _summed(*parts: dict[str, Score]) -> dict[str, tuple[int, int, int, int]]:
    totals: dict[str, tuple[int, int, int, int]] = {}
    for scores in parts:
        for rule, s in scores.items():
            tp, fp, fn, tn = totals.get(rule, (0, 0, 0, 0))
            totals[rule] = (tp + s.tp, fp + s.fp, fn + s.fn, tn + s.tn)
    return totals


def test_pooled_sums_the_two_open_held_out_sets(capsys: pytest.CaptureFixture[str]) -> None:
    payload = json.loads(_sealed_run(capsys, ["--json", "--pooled"]))
    assert payload["pooled"]["groups"] == ["heldout", "heldout-2"]
    assert payload["pooled"]["cases"] == len(HELDOUT) + len(HELDOUT_2)
    assert _pooled_counts(payload) == _summed(HELDOUT_SCORES, HELDOUT_2_SCORES)


def test_pooled_text_table_lists_no_items(capsys: pytest.CaptureFixture[str]) -> None:
    out = _sealed_run(capsys, ["--pooled"])
    title = "(HELD-OUT, pooled: heldout, heldout-2)"
    assert f"{len(HELDOUT) + len(HELDOUT_2)} labelled answers {title}" in out
    assert "heldout/" not in out and "heldout-2/" not in out


@pytest.mark.parametrize("sealed", SEALED_SETS[-1:], ids=_ids)
def test_pooled_adds_a_sealed_set_only_when_its_flag_is_given(
    capsys: pytest.CaptureFixture[str], sealed: Sealed
) -> None:
    payload = json.loads(_sealed_run(capsys, ["--json", "--pooled", sealed.flag]))
    groups = payload["pooled"]["groups"] == ["heldout", "heldout-2", sealed.group]
    cases = payload["pooled"]["cases"] == len(HELDOUT) + len(HELDOUT_2) + len(sealed.cases)
    summed = _pooled_counts(payload) == _summed(
        HELDOUT_SCORES, HELDOUT_2_SCORES, evaluate(sealed.cases)
    )
    # Compared into bools first, so a failure never prints a sealed set's numbers.
    assert groups and cases and summed, f"--pooled {sealed.flag} does not add {sealed.group}"


@pytest.mark.parametrize(
    ("group", "nth"),
    [
        ("heldout-3", "third"),
        ("heldout-15", "fifteenth"),
        ("heldout-16", "16th"),
        ("heldout-21", "21st"),
        ("heldout-22", "22nd"),
        ("heldout-23", "23rd"),
        ("heldout-40", "40th"),
        ("heldout-111", "111th"),
        ("heldout-112", "112th"),
        ("heldout-113", "113th"),
    ],
)
def test_a_burn_warning_names_its_set_by_an_english_ordinal(group: str, nth: str) -> None:
    assert EVAL.ordinal(group) == nth
