"""An evaluation harness that reports scores with bootstrap confidence intervals.

``run_eval`` runs each system on every example and scores it; a system that raises
scores 0 on that example and is counted, never dropped, since dropping hard examples
inflates the score. ``bootstrap_ci`` gives a percentile bootstrap interval for one
system's mean score (Efron, 1979): resample the examples with replacement many times and
take quantiles of the resampled means. ``paired_bootstrap`` compares two systems on the
same examples: each resample draws one set of example indices and takes the mean of the
per-example differences, so the variation in difficulty between examples, which both
systems share, cancels out. Every function takes a seed, so a report can be reproduced
exactly. Quantiles use linear interpolation between order statistics (type 7 in
Hyndman and Fan's list, the default of R and NumPy).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Example:
    id: str
    input: str
    reference: str


@dataclass(frozen=True)
class Interval:
    mean: float
    low: float
    high: float
    confidence: float
    resamples: int


@dataclass(frozen=True)
class Comparison:
    mean_difference: float  # mean of (b - a) over examples
    interval: Interval  # for the mean difference
    share_not_better: float  # resamples where b did not beat a
    b_wins: int
    a_wins: int
    ties: int


@dataclass
class SystemReport:
    scores: list[float]
    errors: dict[str, str] = field(default_factory=dict)  # example id -> error


def quantile(sorted_values: Sequence[float], p: float) -> float:
    """Linear interpolation between order statistics (Hyndman and Fan's type 7)."""
    if not sorted_values or not 0 <= p <= 1:
        raise ValueError("need values and 0 <= p <= 1")
    h = (len(sorted_values) - 1) * p
    lower = math.floor(h)
    upper = min(lower + 1, len(sorted_values) - 1)
    return sorted_values[lower] + (h - lower) * (sorted_values[upper] - sorted_values[lower])


def _check(confidence: float, resamples: int) -> None:
    if not 0 < confidence < 1 or resamples < 1:
        raise ValueError("confidence must be in (0, 1) and resamples >= 1")


def _resampled_means(values: Sequence[float], resamples: int, rng: random.Random) -> list[float]:
    n = len(values)
    indices = range(n)
    return sorted(
        math.fsum(values[i] for i in rng.choices(indices, k=n)) / n for _ in range(resamples)
    )


def _interval(
    values: Sequence[float], resamples: int, confidence: float, seed: int
) -> tuple[Interval, list[float]]:
    if not values:
        raise ValueError("no scores to bootstrap")
    _check(confidence, resamples)
    means = _resampled_means(values, resamples, random.Random(seed))
    tail = (1 - confidence) / 2
    mean = math.fsum(values) / len(values)
    interval = Interval(
        mean, quantile(means, tail), quantile(means, 1 - tail), confidence, resamples
    )
    return interval, means


def bootstrap_ci(
    scores: Sequence[float], *, resamples: int = 10_000, confidence: float = 0.95, seed: int = 0
) -> Interval:
    """Percentile bootstrap interval for the mean score."""
    return _interval(scores, resamples, confidence, seed)[0]


def paired_bootstrap(
    scores_a: Sequence[float],
    scores_b: Sequence[float],
    *,
    resamples: int = 10_000,
    confidence: float = 0.95,
    seed: int = 0,
) -> Comparison:
    """Compare b against a on the same examples: an interval for mean(b - a)."""
    if len(scores_a) != len(scores_b):
        raise ValueError(
            f"systems were scored on different example sets ({len(scores_a)} vs {len(scores_b)})"
        )
    differences = [b - a for a, b in zip(scores_a, scores_b, strict=True)]
    interval, means = _interval(differences, resamples, confidence, seed)
    not_better = sum(1 for m in means if m <= 0) / len(means)
    return Comparison(
        interval.mean,
        interval,
        not_better,
        b_wins=sum(d > 0 for d in differences),
        a_wins=sum(d < 0 for d in differences),
        ties=sum(d == 0 for d in differences),
    )


def run_eval(
    systems: Mapping[str, Callable[[str], str]],
    dataset: Sequence[Example],
    score: Callable[[str, str], float],
) -> dict[str, SystemReport]:
    """Score every system on every example, in dataset order; failures score 0."""
    if len({e.id for e in dataset}) != len(dataset):
        raise ValueError("example ids must be unique")
    reports: dict[str, SystemReport] = {}
    for name, system in systems.items():
        report = SystemReport([])
        for example in dataset:
            try:
                output = system(example.input)
            except Exception as error:  # counted and scored 0, never dropped
                report.errors[example.id] = f"{type(error).__name__}: {error}"
                report.scores.append(0.0)
                continue
            report.scores.append(score(output, example.reference))
        reports[name] = report
    return reports
