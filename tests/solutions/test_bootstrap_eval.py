"""Bootstrap intervals, the paired comparison, and the harness around them."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.bootstrap_eval import (
    Example,
    bootstrap_ci,
    paired_bootstrap,
    quantile,
    run_eval,
)


def test_quantile_interpolates_between_order_statistics() -> None:
    values = [1.0, 2.0, 3.0, 4.0]
    assert quantile(values, 0.0) == 1.0
    assert quantile(values, 1.0) == 4.0
    assert quantile(values, 0.5) == 2.5
    assert quantile(values, 0.25) == pytest.approx(1.75)  # R type 7 and NumPy agree
    with pytest.raises(ValueError):
        quantile([], 0.5)


def test_constant_scores_give_a_zero_width_interval() -> None:
    ci = bootstrap_ci([0.8] * 50, resamples=200)
    assert (ci.mean, ci.low, ci.high) == (0.8, 0.8, 0.8)


def test_the_same_seed_gives_the_same_interval() -> None:
    scores = [float(i % 3 == 0) for i in range(120)]
    assert bootstrap_ci(scores, resamples=500, seed=7) == bootstrap_ci(
        scores, resamples=500, seed=7
    )
    assert bootstrap_ci(scores, resamples=500, seed=7) != bootstrap_ci(
        scores, resamples=500, seed=8
    )


def test_the_interval_width_matches_the_normal_approximation() -> None:
    # 400 pass/fail scores at 70%: the standard error is sqrt(0.7 * 0.3 / 400) = 0.0229,
    # so a 95% interval is about 2 x 1.96 x 0.0229 = 0.090 wide.
    rng = random.Random(1)
    scores = [1.0 if rng.random() < 0.7 else 0.0 for _ in range(400)]
    ci = bootstrap_ci(scores, resamples=4_000, seed=3)
    assert ci.low < ci.mean < ci.high
    assert 0.080 < ci.high - ci.low < 0.100


def test_coverage_is_close_to_the_nominal_level() -> None:
    # Draw 120 datasets of 60 pass/fail scores from a system whose true rate is 0.7.
    rng = random.Random(2026)
    covered = 0
    for trial in range(120):
        scores = [1.0 if rng.random() < 0.7 else 0.0 for _ in range(60)]
        ci = bootstrap_ci(scores, resamples=400, seed=trial)
        covered += ci.low <= 0.7 <= ci.high
    assert 0.86 <= covered / 120 <= 0.99


def difficulty_correlated_systems(n: int, seed: int) -> tuple[list[float], list[float]]:
    """A passes about half the examples; B passes the same ones and fixes 8% of the rest."""
    rng = random.Random(seed)
    a = [1.0 if rng.random() < 0.5 else 0.0 for _ in range(n)]
    b = [1.0 if x == 1.0 or rng.random() < 0.16 else 0.0 for x in a]
    return a, b


def test_pairing_finds_a_difference_that_separate_intervals_hide() -> None:
    a, b = difficulty_correlated_systems(200, seed=5)
    ci_a = bootstrap_ci(a, resamples=2_000, seed=1)
    ci_b = bootstrap_ci(b, resamples=2_000, seed=1)
    assert ci_a.high > ci_b.low  # the separate intervals overlap...
    comparison = paired_bootstrap(a, b, resamples=2_000, seed=1)
    assert comparison.interval.low > 0  # ...but the paired interval excludes zero
    assert comparison.share_not_better == 0.0
    assert comparison.a_wins == 0
    assert comparison.b_wins + comparison.ties == 200
    assert comparison.mean_difference == pytest.approx(sum(b) / 200 - sum(a) / 200)


def test_no_real_difference_gives_an_interval_around_zero() -> None:
    rng = random.Random(9)
    a = [float(rng.random() < 0.6) for _ in range(300)]
    b = [float(rng.random() < 0.6) if rng.random() < 0.2 else x for x in a]
    comparison = paired_bootstrap(a, b, resamples=2_000, seed=2)
    assert comparison.interval.low <= 0 <= comparison.interval.high
    assert 0.05 < comparison.share_not_better < 0.95


def test_paired_inputs_must_match() -> None:
    with pytest.raises(ValueError, match="different example sets \\(3 vs 2\\)"):
        paired_bootstrap([1.0, 0.0, 1.0], [1.0, 0.0])
    with pytest.raises(ValueError, match="no scores"):
        bootstrap_ci([])
    with pytest.raises(ValueError, match="confidence"):
        bootstrap_ci([1.0], confidence=1.0)


DATASET = [
    Example("q1", "2+2", "4"),
    Example("q2", "3+3", "6"),
    Example("q3", "capital of France", "Paris"),
    Example("q4", "10/0", "undefined"),
]


def exact_match(output: str, reference: str) -> float:
    return float(output.strip().lower() == reference.lower())


def fake_model_a(prompt: str) -> str:
    answers = {"2+2": "4", "3+3": "six", "capital of France": "Paris"}
    if prompt not in answers:
        raise TimeoutError("model did not answer in 30 s")
    return answers[prompt]


def fake_model_b(prompt: str) -> str:
    return {"2+2": "4", "3+3": "6", "capital of France": " paris", "10/0": "undefined"}[prompt]


def test_the_harness_scores_failures_as_zero_and_keeps_them() -> None:
    reports = run_eval({"a": fake_model_a, "b": fake_model_b}, DATASET, exact_match)
    assert reports["a"].scores == [1.0, 0.0, 1.0, 0.0]
    assert reports["a"].errors == {"q4": "TimeoutError: model did not answer in 30 s"}
    assert reports["b"].scores == [1.0, 1.0, 1.0, 1.0]
    comparison = paired_bootstrap(reports["a"].scores, reports["b"].scores, resamples=100)
    assert comparison.b_wins == 2
    assert comparison.mean_difference == 0.5


def test_duplicate_example_ids_are_rejected() -> None:
    with pytest.raises(ValueError, match="unique"):
        run_eval({"a": fake_model_b}, [DATASET[0], DATASET[0]], exact_match)


scores = st.lists(st.floats(0, 1), min_size=1, max_size=40)


@settings(max_examples=60)
@given(scores, st.integers(0, 10_000))
def test_interval_bounds_lie_within_the_observed_scores(values: list[float], seed: int) -> None:
    ci = bootstrap_ci(values, resamples=50, seed=seed)
    assert min(values) - 1e-12 <= ci.low <= ci.high <= max(values) + 1e-12


@settings(max_examples=60)
@given(st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=1, max_size=40),
       st.integers(0, 10_000))  # fmt: skip
def test_swapping_the_systems_negates_the_comparison(
    pairs: list[tuple[float, float]], seed: int
) -> None:
    a = [p[0] for p in pairs]
    b = [p[1] for p in pairs]
    ab = paired_bootstrap(a, b, resamples=50, seed=seed)
    ba = paired_bootstrap(b, a, resamples=50, seed=seed)
    assert ab.mean_difference == pytest.approx(-ba.mean_difference, abs=1e-12)
    assert ab.interval.low == pytest.approx(-ba.interval.high, abs=1e-12)
    assert (ab.a_wins, ab.b_wins, ab.ties) == (ba.b_wins, ba.a_wins, ba.ties)
