"""A token-bucket rate limiter for an inference API, one bucket per API key.

A bucket holds up to ``capacity`` tokens and refills at ``rate`` tokens a second. A
request costs tokens (1 per call, or its prompt plus max output tokens for an LLM API)
and is admitted if the bucket holds enough. Refill is computed lazily from the elapsed
time on each call, so an idle key costs no timer and no CPU. The clock is injected:
tests drive it by hand, production passes time.monotonic (never the wall clock, which
can jump backwards under NTP).
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]


@dataclass(frozen=True)
class Decision:
    allowed: bool
    remaining: float
    retry_after_s: float  # 0 when allowed; the Retry-After value for an HTTP 429


class TokenBucket:
    def __init__(self, rate: float, capacity: float, clock: Clock = time.monotonic) -> None:
        if not (rate > 0 and capacity > 0) or math.isinf(rate) or math.isinf(capacity):
            raise ValueError("rate and capacity must be positive and finite")
        self.rate = rate
        self.capacity = capacity
        self.clock = clock
        self.tokens = capacity  # start full: a new key may burst at once
        self.updated = clock()
        self._lock = threading.Lock()

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - self.updated)  # a clock that steps back adds nothing
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.updated = max(self.updated, now)

    def try_acquire(self, cost: float = 1.0) -> Decision:
        if cost < 0 or math.isnan(cost):
            raise ValueError("cost must be >= 0")
        with self._lock:
            self._refill(self.clock())
            if cost > self.capacity:
                return Decision(False, self.tokens, math.inf)  # can never be admitted
            if self.tokens >= cost:
                self.tokens -= cost
                return Decision(True, self.tokens, 0.0)
            return Decision(False, self.tokens, (cost - self.tokens) / self.rate)


class KeyedLimiter:
    """One bucket per key, with the least recently used buckets dropped past ``max_keys``.

    A dropped bucket comes back full, which errs toward admitting: acceptable for a
    fairness limiter, not for a billing quota (keep those in Redis or a database).
    """

    def __init__(
        self,
        rate: float,
        capacity: float,
        *,
        max_keys: int = 100_000,
        clock: Clock = time.monotonic,
    ) -> None:
        self.rate, self.capacity, self.max_keys, self.clock = rate, capacity, max_keys, clock
        self.buckets: OrderedDict[str, TokenBucket] = OrderedDict()
        self.rejected = 0  # export as a counter, labelled by tier rather than by key

    def try_acquire(self, key: str, cost: float = 1.0) -> Decision:
        bucket = self.buckets.get(key)
        if bucket is None:
            bucket = TokenBucket(self.rate, self.capacity, self.clock)
            self.buckets[key] = bucket
            if len(self.buckets) > self.max_keys:
                self.buckets.popitem(last=False)
        else:
            self.buckets.move_to_end(key)
        decision = bucket.try_acquire(cost)
        if not decision.allowed:
            self.rejected += 1
        return decision
