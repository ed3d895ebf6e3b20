"""Sliding-window latency percentiles."""

from __future__ import annotations

import math
import random

import pytest

from solutions.latency_tracker import WindowedHistogram, exact_percentile, log_bounds


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_percentiles_are_within_one_bucket_of_exact() -> None:
    rng = random.Random(3)
    tracker = WindowedHistogram(clock=FakeClock())
    samples = [rng.lognormvariate(3.5, 0.6) for _ in range(20_000)]  # median near 33 ms
    for s in samples:
        tracker.record(s)
    for q in (50, 95, 99):
        exact = exact_percentile(samples, q)
        approx = tracker.percentile(q)
        assert exact <= approx <= exact * 1.2  # upper bound of a 1.2x bucket


def test_old_samples_leave_the_window() -> None:
    clock = FakeClock()
    tracker = WindowedHistogram(window_s=60, slots=12, clock=clock)
    for _ in range(100):
        tracker.record(900.0)  # a slow minute
    clock.now += 30
    for _ in range(100):
        tracker.record(10.0)
    assert tracker.percentile(99) >= 900.0
    clock.now += 45  # the slow samples are now 75 s old
    assert tracker.count() == 100
    assert tracker.percentile(99) < 12.0


def test_empty_window_and_everything_expired() -> None:
    clock = FakeClock()
    tracker = WindowedHistogram(clock=clock)
    assert math.isnan(tracker.percentile(99))
    tracker.record(5.0)
    clock.now += 3600
    assert tracker.count() == 0
    assert math.isnan(tracker.percentile(50))


def test_bad_samples_are_counted_not_recorded() -> None:
    tracker = WindowedHistogram(clock=FakeClock())
    for bad in (math.nan, math.inf, -1.0):
        tracker.record(bad)
    assert tracker.rejected == 3
    assert tracker.count() == 0


def test_overflow_bucket_reports_inf() -> None:
    tracker = WindowedHistogram(bounds_ms=[1.0, 10.0], clock=FakeClock())
    tracker.record(5.0)
    tracker.record(50_000.0)
    assert tracker.percentile(50) == 10.0
    assert tracker.percentile(100) == math.inf


def test_memory_is_fixed_whatever_the_traffic() -> None:
    tracker = WindowedHistogram(clock=FakeClock())
    cells = sum(len(slot) for slot in tracker.counts)
    for _ in range(50_000):
        tracker.record(20.0)
    assert sum(len(slot) for slot in tracker.counts) == cells
    assert len(tracker.bounds) < 100


def test_validation() -> None:
    with pytest.raises(ValueError):
        log_bounds(0.0, 10.0, 1.2)
    with pytest.raises(ValueError):
        log_bounds(1.0, 10.0, 1.0)
    with pytest.raises(ValueError):
        WindowedHistogram(window_s=0)
    with pytest.raises(ValueError):
        WindowedHistogram(clock=FakeClock()).percentile(0)
    assert math.isnan(exact_percentile([], 50))
    assert exact_percentile([3.0, 1.0, 2.0], 50) == 2.0
