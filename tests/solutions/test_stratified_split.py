"""Deterministic, leakage-free, stratified splits from a hash of the id."""

from __future__ import annotations

import random
import subprocess
import sys
from collections import Counter

import pytest

from solutions.stratified_split import assign, bucket, label_balance, stratified_split

FRACTIONS = {"train": 0.8, "valid": 0.1, "test": 0.1}
Row = tuple[str, int, int]  # (user id, event number, label)


def test_bucket_is_stable_across_processes() -> None:
    code = "from solutions.stratified_split import bucket; print(bucket('user-42', 's1'))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert int(out) == bucket("user-42", "s1")
    assert 0 <= bucket("x") < 10_000
    same = sum(bucket(f"u{i}", "s1") == bucket(f"u{i}", "s2") for i in range(1000))
    assert same < 5  # a new salt reassigns ids independently (expected 0.1 collisions)


def test_assign_matches_the_fractions_on_many_ids() -> None:
    counts = Counter(assign(f"user-{i}", FRACTIONS) for i in range(50_000))
    assert counts["train"] / 50_000 == pytest.approx(0.8, abs=0.01)
    assert counts["test"] / 50_000 == pytest.approx(0.1, abs=0.01)


def test_assign_validates_fractions() -> None:
    with pytest.raises(ValueError, match="sum to 1"):
        assign("x", {"train": 0.8, "test": 0.1})
    with pytest.raises(ValueError):
        assign("x", {"train": 1.2, "test": -0.2})
    assert assign("x", {"all": 1.0}) == "all"


def make_rows(seed: int = 0) -> list[Row]:
    rng = random.Random(seed)
    rows: list[Row] = []
    for u in range(2000):
        label = 1 if u % 50 == 0 else 0  # a 2% positive class: 40 users
        rows.extend((f"u{u}", e, label) for e in range(rng.randint(1, 5)))
    return rows


def split(rows: list[Row], salt: str = "") -> dict[str, list[Row]]:
    return stratified_split(
        rows, entity_of=lambda r: r[0], label_of=lambda r: r[2], fractions=FRACTIONS, salt=salt
    )


def test_no_entity_lands_in_two_splits() -> None:
    out = split(make_rows())
    users = {name: {r[0] for r in rows} for name, rows in out.items()}
    assert not users["train"] & users["test"]
    assert not users["train"] & users["valid"]
    assert not users["valid"] & users["test"]
    assert sum(len(v) for v in out.values()) == len(make_rows())


def test_the_rare_class_is_split_by_the_fractions() -> None:
    out = split(make_rows())
    positives = {name: len({r[0] for r in rows if r[2] == 1}) for name, rows in out.items()}
    assert positives == {"train": 32, "valid": 4, "test": 4}  # 40 positive users


def test_deterministic_and_independent_of_input_order() -> None:
    rows = make_rows()
    shuffled = rows[:]
    random.Random(1).shuffle(shuffled)
    a, b = split(rows), split(shuffled)
    assert {n: sorted(v) for n, v in a.items()} == {n: sorted(v) for n, v in b.items()}
    c = split(rows, salt="experiment-7")
    assert {r[0] for r in c["test"]} != {r[0] for r in a["test"]}


def test_empty_input_and_balance_report() -> None:
    assert split([]) == {"train": [], "valid": [], "test": []}
    balance = label_balance(split(make_rows()), lambda r: r[2])
    assert set(balance) == {"train", "valid", "test"}
    assert balance["test"][1] >= 4


def test_an_entity_whose_rows_carry_different_labels_lands_in_one_split() -> None:
    # Regression: rows were grouped by label first, so a user with a click (1) among
    # views (0) was cut twice, once per label, and could sit in train and test at once.
    rows: list[Row] = []
    for u in range(300):
        rows.extend((f"u{u}", e, 0) for e in range(3))
        if u % 3 == 0:
            rows.append((f"u{u}", 3, 1))  # 100 users carry both labels
    out = split(rows)
    where: dict[str, set[str]] = {}
    for name, part in out.items():
        for user, _, _ in part:
            where.setdefault(user, set()).add(name)
    assert all(len(splits) == 1 for splits in where.values()), {
        u: s for u, s in where.items() if len(s) > 1
    }
    mixed_in_test = {u for u, _, label in out["test"] if label == 1}
    assert len(mixed_in_test) == 10  # the mixed stratum is still split 80/10/10
    assert sorted(r for part in out.values() for r in part) == sorted(rows)


def test_stratified_split_validates_fractions() -> None:
    with pytest.raises(ValueError, match="sum to 1"):
        stratified_split(
            make_rows(),
            entity_of=lambda r: r[0],
            label_of=lambda r: r[2],
            fractions={"train": 0.9, "test": 0.2},
        )
