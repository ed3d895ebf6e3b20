"""Merge sorted streams of feature vectors into one sorted stream, lazily.

Each stream yields (key, vector) pairs in non-decreasing key order, for example
(event timestamp, features) from one Kafka partition or one day's Parquet shard. The
merge holds one pending item per stream in a heap: memory is O(k) for k streams, each
output item costs O(log k), and nothing is read before the consumer asks for it.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar


class SupportsLessThan(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


K = TypeVar("K", bound=SupportsLessThan)
V = TypeVar("V", bound=Sized)  # a feature vector: a list, a tuple, an array.array


class UnsortedStreamError(ValueError):
    """A stream yielded a key smaller than the one before it."""


@dataclass(frozen=True)
class Item(Generic[K, V]):
    key: K
    vector: V
    stream: int  # which input the item came from


def merge_two(left: Iterable[tuple[K, V]], right: Iterable[tuple[K, V]]) -> Iterator[tuple[K, V]]:
    """The two-stream case without a heap: one comparison per output item.

    On equal keys the left item comes first, so the merge is stable.
    """
    a, b = iter(left), iter(right)
    sentinel = object()
    x = next(a, sentinel)
    y = next(b, sentinel)
    while x is not sentinel and y is not sentinel:
        assert isinstance(x, tuple) and isinstance(y, tuple)
        if y[0] < x[0]:
            yield y
            y = next(b, sentinel)
        else:
            yield x
            x = next(a, sentinel)
    rest, pending = (a, x) if x is not sentinel else (b, y)
    if pending is not sentinel:
        assert isinstance(pending, tuple)
        yield pending
        yield from rest


def merge_streams(
    streams: Sequence[Iterable[tuple[K, V]]],
    *,
    dim: int | None = None,
    check_sorted: bool = True,
) -> Iterator[Item[K, V]]:
    """K-way merge of sorted (key, vector) streams.

    Ties on the key come out in stream order (stream 0 first), and in arrival order
    within a stream, so the output is deterministic. Empty streams and streams of
    unequal length are fine. With ``dim`` set, a vector of another length raises
    ValueError naming the stream and key; with ``check_sorted``, a key that goes
    backwards raises UnsortedStreamError instead of silently producing unsorted output.
    """
    iterators = [iter(s) for s in streams]
    # Heap entries: (key, stream index, sequence number, vector). The stream index and
    # sequence number break ties, so vectors are never compared.
    heap: list[tuple[K, int, int, V]] = []
    last_key: list[K | None] = [None] * len(iterators)
    counters = [0] * len(iterators)

    def pull(i: int) -> None:
        item = next(iterators[i], None)
        if item is None:
            return
        key, vector = item
        previous = last_key[i]
        if check_sorted and previous is not None and key < previous:
            raise UnsortedStreamError(f"stream {i}: key {key!r} after {previous!r}")
        if dim is not None and len(vector) != dim:
            raise ValueError(f"stream {i}: key {key!r} has {len(vector)} features, want {dim}")
        last_key[i] = key
        counters[i] += 1
        heapq.heappush(heap, (key, i, counters[i], vector))

    for i in range(len(iterators)):
        pull(i)
    while heap:
        key, i, _, vector = heapq.heappop(heap)
        yield Item(key, vector, i)
        pull(i)
