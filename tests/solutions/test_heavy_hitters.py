"""Count-min sketch and Space-Saving against exact counts."""

from __future__ import annotations

import random

import pytest

from solutions.heavy_hitters import CountMinSketch, SpaceSaving, exact_top_k


def zipf_stream(n: int, distinct: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    weights = [1.0 / (rank + 1) for rank in range(distinct)]
    return [f"q{i}" for i in rng.choices(range(distinct), weights=weights, k=n)]


def test_count_min_never_undercounts_and_stays_within_its_bound() -> None:
    stream = zipf_stream(50_000, 5_000, seed=1)
    sketch = CountMinSketch.for_error(epsilon=0.001, delta=0.01)
    truth: dict[str, int] = {}
    for item in stream:
        sketch.add(item)
        truth[item] = truth.get(item, 0) + 1
    assert (sketch.width, sketch.depth) == (2719, 5)
    bound = 0.001 * len(stream)  # 50 over-counts
    over = [sketch.estimate(k) - v for k, v in truth.items()]
    assert min(over) >= 0
    assert sum(o > bound for o in over) / len(over) < 0.01


def test_count_min_unseen_item_and_validation() -> None:
    sketch = CountMinSketch(100, 3)
    assert sketch.estimate("never") == 0
    sketch.add("x", 5)
    assert sketch.estimate("x") == 5
    with pytest.raises(ValueError):
        sketch.add("x", -1)
    with pytest.raises(ValueError):
        CountMinSketch(0, 1)
    with pytest.raises(ValueError):
        CountMinSketch.for_error(0.0, 0.1)


def test_space_saving_finds_the_true_heavy_hitters() -> None:
    stream = zipf_stream(50_000, 5_000, seed=2)
    ss = SpaceSaving(capacity=200).update(stream)
    assert len(ss.counters) == 200
    exact = [item for item, _ in exact_top_k(stream, 10)]
    approx = [item for item, _, _ in ss.top(10)]
    assert set(exact) == set(approx)
    for item, count, error in ss.top(10):
        true = sum(1 for x in stream if x == item)
        assert count - error <= true <= count  # the guarantee: bounded over-count


def test_space_saving_keeps_every_item_above_n_over_capacity() -> None:
    stream = ["a"] * 30 + [f"noise{i}" for i in range(60)] + ["b"] * 15
    ss = SpaceSaving(capacity=10).update(stream)
    kept = {item for item, _, _ in ss.top(10)}
    assert {"a", "b"} <= kept  # both appear more than 105 / 10 times


def test_ties_are_broken_by_first_appearance() -> None:
    assert exact_top_k(["b", "a", "a", "b", "c"], 2) == [("b", 2), ("a", 2)]
    ss = SpaceSaving(5).update(["b", "a", "a", "b", "c"])
    assert [i for i, _, _ in ss.top(2)] == ["b", "a"]


def test_empty_stream() -> None:
    assert exact_top_k([], 3) == []
    assert SpaceSaving(3).top(3) == []
    with pytest.raises(ValueError):
        SpaceSaving(0)
