"""Reservoir sampling: a uniform sample of k items from a stream of unknown length.

Algorithm R keeps item i (0-based) with probability k / (i + 1), replacing a uniform
random slot: one random number per item. Algorithm L skips ahead by a geometric gap, so
it draws O(k log(n / k)) random numbers instead of n, which matters when n is in the
billions and the random number generator is the bottleneck. Weighted sampling (A-Res,
Efraimidis and Spirakis) keeps the k items with the largest u ** (1 / w).
"""

from __future__ import annotations

import heapq
import math
import random
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def reservoir_sample(stream: Iterable[T], k: int, *, rng: random.Random | None = None) -> list[T]:
    """Algorithm R. Returns all items if the stream has fewer than k."""
    if k < 0:
        raise ValueError("k must be >= 0")
    rng = rng or random.Random()
    sample: list[T] = []
    if k == 0:
        return sample
    for i, item in enumerate(stream):
        if i < k:
            sample.append(item)
        else:
            j = rng.randrange(i + 1)
            if j < k:
                sample[j] = item
    return sample


def reservoir_sample_skip(
    stream: Iterable[T], k: int, *, rng: random.Random | None = None
) -> list[T]:
    """Algorithm L (Li, 1994): same distribution as Algorithm R, far fewer random draws."""
    if k < 0:
        raise ValueError("k must be >= 0")
    rng = rng or random.Random()
    sample: list[T] = []
    if k == 0:
        return sample
    it = iter(stream)
    for item in it:
        sample.append(item)
        if len(sample) == k:
            break
    if len(sample) < k:
        return sample
    w = math.exp(math.log(1.0 - rng.random()) / k)
    while True:
        gap = math.floor(math.log(1.0 - rng.random()) / math.log(1.0 - w))
        for _ in range(gap):  # skip items that would not be kept
            if next(it, _END) is _END:
                return sample
        item_or_end = next(it, _END)
        if item_or_end is _END:
            return sample
        sample[rng.randrange(k)] = item_or_end  # type: ignore[assignment]
        w *= math.exp(math.log(1.0 - rng.random()) / k)


_END = object()


def weighted_reservoir_sample(
    stream: Iterable[tuple[T, float]], k: int, *, rng: random.Random | None = None
) -> list[T]:
    """A-Res: sample without replacement, item kept with probability tied to its weight.

    Keys are compared in log space, log(u) / w, which avoids underflow for large weights.
    Items with a weight <= 0 or a non-finite weight are never sampled.
    """
    if k < 0:
        raise ValueError("k must be >= 0")
    rng = rng or random.Random()
    heap: list[tuple[float, int, T]] = []
    for i, (item, weight) in enumerate(stream):
        if not (weight > 0 and math.isfinite(weight)) or k == 0:
            continue
        key = math.log(1.0 - rng.random()) / weight  # log(u) / w, u in (0, 1]
        if len(heap) < k:
            heapq.heappush(heap, (key, i, item))
        elif key > heap[0][0]:
            heapq.heapreplace(heap, (key, i, item))
    return [item for _, _, item in sorted(heap, reverse=True)]
