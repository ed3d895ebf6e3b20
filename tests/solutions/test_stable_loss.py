"""Stable losses: agree with the textbook where it works, stay finite where it breaks."""

from __future__ import annotations

import math
import random

import pytest

from solutions.stable_loss import (
    bce_with_logits,
    log_softmax,
    logsumexp,
    mean_cross_entropy,
    naive_bce,
    naive_softmax_cross_entropy,
    softmax,
    softmax_cross_entropy,
)

INF, NAN = math.inf, math.nan


def test_matches_the_naive_formula_on_small_logits() -> None:
    rng = random.Random(0)
    for _ in range(200):
        logits = [rng.uniform(-5, 5) for _ in range(rng.randrange(1, 20))]
        target = rng.randrange(len(logits))
        assert softmax_cross_entropy(logits, target) == pytest.approx(
            naive_softmax_cross_entropy(logits, target), rel=1e-12
        )


def test_huge_logits_do_not_overflow() -> None:
    logits = [1000.0, 1001.0, 1002.0]
    with pytest.raises(OverflowError):
        naive_softmax_cross_entropy(logits, 0)
    # Shift invariance: same answer as the logits minus 1000.
    assert softmax_cross_entropy(logits, 0) == pytest.approx(
        naive_softmax_cross_entropy([0.0, 1.0, 2.0], 0)
    )
    assert softmax_cross_entropy([-1000.0, -1001.0], 0) == pytest.approx(math.log1p(math.exp(-1)))
    assert softmax_cross_entropy([1e300, -1e300], 1) == pytest.approx(2e300)
    # The true loss here, 2e308, is above the largest float64: +inf is the honest answer.
    assert softmax_cross_entropy([1e308, -1e308], 1) == INF


def test_logsumexp_edge_cases() -> None:
    assert logsumexp([]) == -INF
    assert logsumexp([3.0]) == 3.0
    assert logsumexp([0.0, 0.0]) == pytest.approx(math.log(2))
    assert logsumexp([-INF, -INF]) == -INF
    assert logsumexp([-INF, 1.0]) == 1.0
    assert logsumexp([INF, 1.0]) == INF
    assert math.isnan(logsumexp([1.0, NAN]))


def test_softmax_sums_to_one_even_for_extreme_logits() -> None:
    for logits in ([1e4, -1e4, 0.0], [800.0, 800.0], [-745.0, -746.0, -747.0]):
        probs = softmax(logits)
        assert math.fsum(probs) == pytest.approx(1.0)
        assert all(0.0 <= p <= 1.0 for p in probs)
    assert softmax([800.0, 800.0]) == pytest.approx([0.5, 0.5])
    assert max(log_softmax([0.0, 0.0, 0.0])) == pytest.approx(-math.log(3))


def test_non_finite_logits_follow_the_documented_rules() -> None:
    assert math.isnan(softmax_cross_entropy([1.0, NAN], 0))
    assert softmax_cross_entropy([INF, 1.0], 0) == 0.0
    assert softmax_cross_entropy([INF, 1.0], 1) == INF
    assert softmax_cross_entropy([INF, INF, 0.0], 0) == pytest.approx(math.log(2))
    assert softmax_cross_entropy([-INF, 2.0], 1) == 0.0  # a masked class adds nothing
    assert softmax_cross_entropy([-INF, 2.0], 0) == INF
    assert math.isnan(softmax_cross_entropy([-INF, -INF], 0))


def test_bad_target_raises() -> None:
    with pytest.raises(IndexError):
        softmax_cross_entropy([1.0, 2.0], 2)
    with pytest.raises(IndexError):
        softmax_cross_entropy([], 0)


def test_mean_cross_entropy_ignores_padding() -> None:
    batch = [[0.0, 0.0], [5.0, -5.0], [1.0, 2.0]]
    assert mean_cross_entropy(batch, [0, -100, -100]) == pytest.approx(math.log(2))
    assert mean_cross_entropy(batch, [-100, -100, -100]) == 0.0
    assert mean_cross_entropy([], []) == 0.0
    with pytest.raises(ValueError, match="3 rows of logits but 2 targets"):
        mean_cross_entropy(batch, [0, 1])


@pytest.mark.parametrize("logit", [-30.0, -2.0, 0.0, 0.5, 3.0, 8.0])
@pytest.mark.parametrize("label", [0.0, 0.25, 1.0])
def test_bce_matches_the_naive_formula_where_it_works(logit: float, label: float) -> None:
    assert bce_with_logits(logit, label) == pytest.approx(naive_bce(logit, label), rel=1e-9)


def test_naive_bce_loses_precision_long_before_it_fails() -> None:
    # At logit 30, 1 - sigmoid(30) suffers cancellation: the naive loss is off by 1e-3.
    exact = 30.0 + math.log1p(math.exp(-30.0))
    assert bce_with_logits(30.0, 0.0) == pytest.approx(exact, rel=1e-15)
    assert abs(naive_bce(30.0, 0.0) - exact) > 1e-4


def test_bce_stays_finite_where_the_naive_formula_breaks() -> None:
    with pytest.raises(ValueError):  # math domain error: log(0)
        naive_bce(40.0, 0.0)
    assert bce_with_logits(40.0, 0.0) == pytest.approx(40.0)
    assert bce_with_logits(40.0, 1.0) == pytest.approx(math.exp(-40.0))
    assert bce_with_logits(-800.0, 1.0) == pytest.approx(800.0)
    assert bce_with_logits(1e308, 1.0) == 0.0


def test_bce_with_infinite_logits() -> None:
    assert bce_with_logits(INF, 1.0) == 0.0
    assert bce_with_logits(INF, 0.0) == INF
    assert bce_with_logits(-INF, 0.0) == 0.0
    assert bce_with_logits(-INF, 0.3) == INF
    assert math.isnan(bce_with_logits(NAN, 1.0))


def test_bce_rejects_labels_outside_unit_interval() -> None:
    for label in (-0.1, 1.5, NAN):
        with pytest.raises(ValueError, match="outside"):
            bce_with_logits(0.0, label)
