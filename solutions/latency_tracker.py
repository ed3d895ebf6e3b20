"""Sliding-window latency percentiles (p50, p99) for a model endpoint.

Exact percentiles over the last ``window_s`` seconds would need every sample. This
tracker buckets time into ``slots`` sub-windows and keeps, per slot, a fixed histogram
with log-spaced bucket bounds, so memory is slots x buckets counters however many
requests arrive (12 slots x 64 buckets = 768 integers for any traffic), expiry is
dropping one whole slot, and the relative error of a percentile is bounded by the
bucket growth factor (about 10% for a factor of 1.2, which is fine for alerting).
"""

from __future__ import annotations

import bisect
import math
import time
from collections.abc import Callable, Sequence

Clock = Callable[[], float]


def log_bounds(lowest_ms: float, highest_ms: float, growth: float) -> list[float]:
    """Upper bounds lowest, lowest * growth, ... up to at least highest."""
    if not (0 < lowest_ms < highest_ms) or growth <= 1:
        raise ValueError("need 0 < lowest < highest and growth > 1")
    bounds = [lowest_ms]
    while bounds[-1] < highest_ms:
        bounds.append(bounds[-1] * growth)
    return bounds


class WindowedHistogram:
    def __init__(
        self,
        *,
        window_s: float = 60.0,
        slots: int = 12,
        bounds_ms: Sequence[float] | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        if window_s <= 0 or slots < 1:
            raise ValueError("window_s must be > 0 and slots >= 1")
        self.slot_s = window_s / slots
        self.slots = slots
        self.bounds = list(bounds_ms) if bounds_ms else log_bounds(0.5, 60_000.0, 1.2)
        self.clock = clock
        # One extra bucket per slot for values above the last bound (overflow).
        self.counts = [[0] * (len(self.bounds) + 1) for _ in range(slots)]
        self.slot_ids = [-1] * slots  # which absolute slot each ring position holds
        self.rejected = 0  # NaN, inf or negative samples

    def _ring(self, now: float) -> int:
        absolute = math.floor(now / self.slot_s)
        pos = absolute % self.slots
        if self.slot_ids[pos] != absolute:  # a stale slot: reuse it for the current one
            self.counts[pos] = [0] * (len(self.bounds) + 1)
            self.slot_ids[pos] = absolute
        return pos

    def record(self, latency_ms: float) -> None:
        if not math.isfinite(latency_ms) or latency_ms < 0:
            self.rejected += 1
            return
        pos = self._ring(self.clock())
        self.counts[pos][bisect.bisect_left(self.bounds, latency_ms)] += 1

    def _live(self) -> list[int]:
        now_slot = math.floor(self.clock() / self.slot_s)
        merged = [0] * (len(self.bounds) + 1)
        for pos in range(self.slots):
            if now_slot - self.slots < self.slot_ids[pos] <= now_slot:
                for i, c in enumerate(self.counts[pos]):
                    merged[i] += c
        return merged

    def count(self) -> int:
        return sum(self._live())

    def percentile(self, q: float) -> float:
        """Upper bound of the bucket holding the q-th percentile; NaN with no samples,
        +inf if it falls in the overflow bucket (latency above the last bound)."""
        if not 0 < q <= 100:
            raise ValueError("q must be in (0, 100]")
        merged = self._live()
        total = sum(merged)
        if total == 0:
            return math.nan
        rank = math.ceil(q / 100 * total)  # nearest-rank definition
        seen = 0
        for i, c in enumerate(merged):
            seen += c
            if seen >= rank:
                return self.bounds[i] if i < len(self.bounds) else math.inf
        raise AssertionError("unreachable: rank <= total")


def exact_percentile(samples: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of a list: the reference the histogram is tested against."""
    if not samples:
        return math.nan
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]
