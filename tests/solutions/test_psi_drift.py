"""PSI drift detection: no drift, shifts, missing values, empty bins and small samples."""

from __future__ import annotations

import math
import random

import pytest

from solutions.psi_drift import DriftMonitor, Histogram, Status, psi, quantile_edges


def gauss(n: int, mu: float, seed: int) -> list[float]:
    rng = random.Random(seed)
    return [rng.gauss(mu, 1.0) for _ in range(n)]


def test_edges_split_the_reference_into_equal_shares() -> None:
    edges = quantile_edges(list(range(100)), bins=4)
    assert edges == [25, 50, 75]
    counts = Histogram(edges).update(range(100)).counts
    assert counts == [25, 25, 25, 25]


def test_duplicate_edges_collapse_for_spiky_features() -> None:
    reference = [0.0] * 80 + [1.0, 2.0, 3.0, 4.0] * 5
    edges = quantile_edges(reference, bins=10)
    assert edges == sorted(set(edges))
    assert edges[0] == 0.0


def test_edges_reject_bad_input() -> None:
    with pytest.raises(ValueError):
        quantile_edges([1.0, 2.0], bins=1)
    with pytest.raises(ValueError):
        quantile_edges([math.nan, math.inf], bins=4)


def test_same_distribution_scores_near_zero() -> None:
    monitor = DriftMonitor(gauss(20_000, 0.0, 1))
    for x in gauss(5_000, 0.0, 2):
        monitor.add(x)
    reading = monitor.read()
    assert reading.psi is not None and reading.psi < 0.02
    assert reading.status is Status.STABLE


def test_shifted_mean_is_major_drift() -> None:
    monitor = DriftMonitor(gauss(20_000, 0.0, 1))
    for x in gauss(5_000, 1.0, 3):  # one standard deviation
        monitor.add(x)
    reading = monitor.read()
    assert reading.psi is not None and reading.psi > 0.25
    assert reading.status is Status.MAJOR


def test_small_shift_is_moderate() -> None:
    monitor = DriftMonitor(gauss(20_000, 0.0, 1))
    for x in gauss(20_000, 0.4, 4):
        monitor.add(x)
    assert monitor.read().status is Status.MODERATE


def test_values_going_missing_is_drift() -> None:
    monitor = DriftMonitor(gauss(20_000, 0.0, 1))
    live = gauss(4_000, 0.0, 5) + [math.nan] * 1_000  # 20% of values now empty
    for x in live:
        monitor.add(x)
    reading = monitor.read()
    assert reading.missing_share == pytest.approx(0.2)
    assert reading.status is Status.MAJOR


def test_empty_bins_stay_finite() -> None:
    edges = [0.0, 1.0]
    expected = Histogram(edges).update([-1.0, 0.5, 2.0] * 100)
    actual = Histogram(edges).update([2.0] * 300)  # two bins empty
    value = psi(expected, actual)
    assert math.isfinite(value)
    assert value > 1.0
    assert psi(expected, expected) == pytest.approx(0.0, abs=1e-12)


def test_infinities_land_in_the_outer_bins() -> None:
    h = Histogram([0.0]).update([-math.inf, math.inf, math.nan])
    assert h.counts == [1, 1]
    assert h.missing == 1


def test_too_few_samples_gives_no_verdict() -> None:
    monitor = DriftMonitor(gauss(1_000, 0.0, 1), min_samples=500)
    for x in gauss(100, 5.0, 2):
        monitor.add(x)
    reading = monitor.read()
    assert reading.status is Status.INSUFFICIENT_DATA
    assert reading.psi is None
    monitor.reset_window()
    assert monitor.read().samples == 0


def test_mismatched_histograms_and_empty_histogram_raise() -> None:
    with pytest.raises(ValueError, match="share bin edges"):
        psi(Histogram([0.0]).update([1.0]), Histogram([1.0]).update([1.0]))
    with pytest.raises(ValueError, match="empty"):
        psi(Histogram([0.0]).update([1.0]), Histogram([0.0]))
    with pytest.raises(ValueError):
        DriftMonitor([1.0, 2.0, 3.0], moderate=0.3, major=0.2)
