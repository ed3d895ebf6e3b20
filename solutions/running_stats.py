"""Streaming mean and variance (Welford) for feature normalization.

One pass, O(1) memory per feature, and no catastrophic cancellation: the textbook
``E[x^2] - E[x]^2`` subtracts two large, nearly equal numbers and can even go negative.
Two partial results merge exactly (Chan et al.), so each worker or shard computes its
own and a reducer combines them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass
class RunningStats:
    count: int = 0
    mean: float = 0.0
    m2: float = 0.0  # sum of squared deviations from the current mean
    minimum: float = math.inf
    maximum: float = -math.inf
    skipped: int = 0  # NaN or inf values refused; export as a counter

    def add(self, x: float) -> None:
        if not math.isfinite(x):
            self.skipped += 1
            return
        self.count += 1
        delta = x - self.mean
        self.mean += delta / self.count
        self.m2 += delta * (x - self.mean)
        self.minimum = min(self.minimum, x)
        self.maximum = max(self.maximum, x)

    def update(self, xs: Iterable[float]) -> RunningStats:
        for x in xs:
            self.add(x)
        return self

    @property
    def variance(self) -> float:
        """Population variance (divide by n); 0.0 for fewer than two values."""
        return self.m2 / self.count if self.count > 1 else 0.0

    @property
    def sample_variance(self) -> float:
        """Unbiased variance (divide by n - 1); NaN for fewer than two values."""
        return self.m2 / (self.count - 1) if self.count > 1 else math.nan

    @property
    def std(self) -> float:
        return math.sqrt(self.variance)

    def merge(self, other: RunningStats) -> RunningStats:
        """Combine two partial results as if one had seen both streams."""
        if other.count == 0:
            merged = RunningStats(**vars(self))
        elif self.count == 0:
            merged = RunningStats(**vars(other))
        else:
            n = self.count + other.count
            delta = other.mean - self.mean
            merged = RunningStats(
                count=n,
                mean=self.mean + delta * other.count / n,
                m2=self.m2 + other.m2 + delta * delta * self.count * other.count / n,
                minimum=min(self.minimum, other.minimum),
                maximum=max(self.maximum, other.maximum),
            )
        merged.skipped = self.skipped + other.skipped
        return merged

    def normalize(self, x: float, *, eps: float = 1e-12) -> float:
        """z-score with a floor on the std, so a constant feature maps to 0, not inf."""
        return (x - self.mean) / max(self.std, eps)


def naive_variance(xs: Iterable[float]) -> float:
    """E[x^2] - E[x]^2: kept to show the cancellation the tests catch."""
    n = total = total_sq = 0.0
    for x in xs:
        n += 1
        total += x
        total_sq += x * x
    return total_sq / n - (total / n) ** 2 if n else 0.0
