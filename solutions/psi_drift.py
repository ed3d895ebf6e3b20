"""Feature drift with the population stability index (PSI), computed over a stream.

Bins come from quantiles of the training (reference) sample, so each bin holds about the
same share of training data. Live values are counted into the same bins, plus one bin
for missing values (NaN), because a feature that starts arriving empty is drift too.

    PSI = sum over bins of (actual - expected) * ln(actual / expected)

with both as proportions. An empty bin would make the log infinite, so proportions are
floored at ``eps``. A common rule of thumb reads PSI < 0.1 as stable, 0.1 to 0.25 as a
moderate shift and > 0.25 as a major one; treat those as starting points, not laws.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


def quantile_edges(reference: Sequence[float], bins: int = 10) -> list[float]:
    """Interior bin edges at reference quantiles; duplicates removed (a spike of zeros
    would otherwise create empty bins). Non-finite reference values are ignored."""
    if bins < 2:
        raise ValueError("bins must be >= 2")
    values = sorted(x for x in reference if math.isfinite(x))
    if not values:
        raise ValueError("the reference has no finite values")
    edges: list[float] = []
    for i in range(1, bins):
        edge = values[min(len(values) - 1, (i * len(values)) // bins)]
        if not edges or edge > edges[-1]:
            edges.append(edge)
    return edges


@dataclass
class Histogram:
    edges: list[float]
    counts: list[int] = field(default_factory=list)  # len(edges) + 1 value bins
    missing: int = 0  # NaN values

    def __post_init__(self) -> None:
        if not self.counts:
            self.counts = [0] * (len(self.edges) + 1)

    def add(self, x: float) -> None:
        if math.isnan(x):
            self.missing += 1
        else:  # -inf lands in the first bin, +inf in the last
            self.counts[bisect.bisect_right(self.edges, x)] += 1

    def update(self, xs: Iterable[float]) -> Histogram:
        for x in xs:
            self.add(x)
        return self

    @property
    def total(self) -> int:
        return sum(self.counts) + self.missing

    def proportions(self, eps: float) -> list[float]:
        total = self.total
        if total == 0:
            raise ValueError("empty histogram")
        return [max(c / total, eps) for c in (*self.counts, self.missing)]


def psi(expected: Histogram, actual: Histogram, *, eps: float = 1e-4) -> float:
    """Population stability index between two histograms over the same edges."""
    if expected.edges != actual.edges:
        raise ValueError("histograms must share bin edges")
    e = expected.proportions(eps)
    a = actual.proportions(eps)
    return math.fsum((ai - ei) * math.log(ai / ei) for ai, ei in zip(a, e, strict=True))


class Status(StrEnum):
    INSUFFICIENT_DATA = "insufficient-data"
    STABLE = "stable"
    MODERATE = "moderate"
    MAJOR = "major"


@dataclass(frozen=True)
class DriftReading:
    psi: float | None
    status: Status
    samples: int
    missing_share: float


class DriftMonitor:
    """Counts live values against a reference and reads PSI on demand (per window)."""

    def __init__(
        self,
        reference: Sequence[float],
        *,
        bins: int = 10,
        min_samples: int = 500,
        moderate: float = 0.1,
        major: float = 0.25,
    ) -> None:
        if not 0 < moderate < major:
            raise ValueError("need 0 < moderate < major")
        self.edges = quantile_edges(reference, bins)
        self.reference = Histogram(self.edges).update(reference)
        self.window = Histogram(self.edges)
        self.min_samples = min_samples
        self.moderate = moderate
        self.major = major

    def add(self, x: float) -> None:
        self.window.add(x)

    def read(self) -> DriftReading:
        n = self.window.total
        missing_share = self.window.missing / n if n else 0.0
        if n < self.min_samples:  # PSI on a handful of values is noise
            return DriftReading(None, Status.INSUFFICIENT_DATA, n, missing_share)
        value = psi(self.reference, self.window)
        if value >= self.major:
            status = Status.MAJOR
        elif value >= self.moderate:
            status = Status.MODERATE
        else:
            status = Status.STABLE
        return DriftReading(value, status, n, missing_share)

    def reset_window(self) -> None:
        self.window = Histogram(self.edges)
