"""Welford's streaming mean and variance."""

from __future__ import annotations

import math
import random
import statistics

import pytest

from solutions.running_stats import RunningStats, naive_variance


def test_matches_the_statistics_module() -> None:
    rng = random.Random(4)
    xs = [rng.gauss(3.0, 2.0) for _ in range(5000)]
    s = RunningStats().update(xs)
    assert s.count == 5000
    assert s.mean == pytest.approx(statistics.fmean(xs), rel=1e-12)
    assert s.variance == pytest.approx(statistics.pvariance(xs), rel=1e-9)
    assert s.sample_variance == pytest.approx(statistics.variance(xs), rel=1e-9)
    assert (s.minimum, s.maximum) == (min(xs), max(xs))


def test_large_offset_defeats_the_naive_formula_but_not_welford() -> None:
    xs = [1e9 + x for x in (4.0, 7.0, 13.0, 16.0)]  # true population variance 22.5
    assert RunningStats().update(xs).variance == pytest.approx(22.5, rel=1e-9)
    assert abs(naive_variance(xs) - 22.5) > 1.0  # cancellation: off by more than 4%


def test_empty_and_single_value() -> None:
    empty = RunningStats()
    assert (empty.count, empty.mean, empty.variance) == (0, 0.0, 0.0)
    assert math.isnan(empty.sample_variance)
    one = RunningStats().update([5.0])
    assert (one.mean, one.variance, one.std) == (5.0, 0.0, 0.0)


def test_nan_and_inf_are_counted_not_absorbed() -> None:
    s = RunningStats().update([1.0, math.nan, 3.0, math.inf, -math.inf])
    assert (s.count, s.skipped, s.mean) == (2, 3, 2.0)


def test_merge_equals_one_pass_over_both() -> None:
    rng = random.Random(9)
    a = [rng.uniform(-1e3, 1e3) for _ in range(1000)]
    b = [rng.uniform(5e3, 6e3) for _ in range(37)]
    left, right = RunningStats().update(a), RunningStats().update([*b, math.nan])
    merged = left.merge(right)
    whole = RunningStats().update(a + b)
    assert merged.count == whole.count
    assert merged.mean == pytest.approx(whole.mean, rel=1e-12)
    assert merged.m2 == pytest.approx(whole.m2, rel=1e-9)
    assert (merged.minimum, merged.maximum) == (whole.minimum, whole.maximum)
    assert merged.skipped == 1


def test_merge_with_empty_sides() -> None:
    s = RunningStats().update([1.0, 2.0])
    assert RunningStats().merge(s).mean == 1.5
    assert s.merge(RunningStats()).variance == 0.25
    assert RunningStats().merge(RunningStats()).count == 0


def test_normalize_handles_a_constant_feature() -> None:
    s = RunningStats().update([2.0, 2.0, 2.0])
    assert s.normalize(2.0) == 0.0
    assert math.isfinite(s.normalize(3.0))
    t = RunningStats().update([0.0, 2.0])
    assert t.normalize(2.0) == pytest.approx(1.0)
