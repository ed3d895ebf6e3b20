"""Top-k frequent items over a stream with bounded memory.

Two tools. A count-min sketch answers "how often did x appear?" in ``depth x width``
counters, never under-counting and over-counting by at most e/width of the stream
length with probability 1 - exp(-depth). Space-Saving keeps exactly ``capacity``
candidate counters and is guaranteed to hold every item whose frequency is above
n / capacity; its top-k is the usual answer to "top queries in the last hour".
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass


def _hash(item: str, seed: int) -> int:
    digest = hashlib.blake2b(item.encode(), digest_size=8, salt=seed.to_bytes(16, "little"))
    return int.from_bytes(digest.digest(), "little")


class CountMinSketch:
    def __init__(self, width: int, depth: int) -> None:
        if width < 1 or depth < 1:
            raise ValueError("width and depth must be >= 1")
        self.width = width
        self.depth = depth
        self.total = 0
        self.rows = [[0] * width for _ in range(depth)]

    @classmethod
    def for_error(cls, epsilon: float, delta: float) -> CountMinSketch:
        """Sized so estimates exceed the truth by <= epsilon * total w.p. >= 1 - delta."""
        if not (0 < epsilon < 1 and 0 < delta < 1):
            raise ValueError("epsilon and delta must be in (0, 1)")
        return cls(math.ceil(math.e / epsilon), math.ceil(math.log(1 / delta)))

    def add(self, item: str, count: int = 1) -> None:
        if count < 0:
            raise ValueError("count-min sketches only take non-negative counts")
        self.total += count
        for d, row in enumerate(self.rows):
            row[_hash(item, d) % self.width] += count

    def estimate(self, item: str) -> int:
        return min(row[_hash(item, d) % self.width] for d, row in enumerate(self.rows))


@dataclass
class _Counter:
    count: int
    error: int  # how much of count may belong to evicted items


class SpaceSaving:
    """Metwally et al. (2005): ``capacity`` counters; every item above n / capacity is kept."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self.n = 0
        self.counters: dict[Hashable, _Counter] = {}

    def add(self, item: Hashable) -> None:
        self.n += 1
        counter = self.counters.get(item)
        if counter is not None:
            counter.count += 1
        elif len(self.counters) < self.capacity:
            self.counters[item] = _Counter(1, 0)
        else:
            # Evict the smallest counter; the newcomer inherits its count as error.
            victim = min(self.counters, key=lambda k: self.counters[k].count)
            floor = self.counters.pop(victim).count
            self.counters[item] = _Counter(floor + 1, floor)

    def update(self, items: Iterable[Hashable]) -> SpaceSaving:
        for item in items:
            self.add(item)
        return self

    def top(self, k: int) -> list[tuple[Hashable, int, int]]:
        """(item, estimated count, max over-count), highest first; ties by first seen."""
        order = {item: i for i, item in enumerate(self.counters)}
        return [
            (item, c.count, c.error)
            for item, c in heapq.nsmallest(
                k, self.counters.items(), key=lambda kv: (-kv[1].count, order[kv[0]])
            )
        ]


def exact_top_k(items: Iterable[Hashable], k: int) -> list[tuple[Hashable, int]]:
    """The O(distinct items) memory baseline: a dict of counts and a heap of size k."""
    counts: dict[Hashable, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    order = {item: i for i, item in enumerate(counts)}
    return heapq.nsmallest(k, counts.items(), key=lambda kv: (-kv[1], order[kv[0]]))
