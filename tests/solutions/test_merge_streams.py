"""Merging sorted streams of feature vectors."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

import pytest

from solutions.merge_streams import UnsortedStreamError, merge_streams, merge_two


def keyed(keys: list[int], tag: float) -> list[tuple[int, list[float]]]:
    return [(k, [tag, float(k)]) for k in keys]


def test_merges_two_sorted_streams() -> None:
    out = list(merge_streams([keyed([1, 4, 9], 0), keyed([2, 3, 10], 1)]))
    assert [i.key for i in out] == [1, 2, 3, 4, 9, 10]
    assert [i.stream for i in out] == [0, 1, 1, 0, 0, 1]


def test_empty_inputs() -> None:
    assert list(merge_streams([])) == []
    assert list(merge_streams([[], []])) == []
    out = list(merge_streams([[], keyed([5], 1), []]))
    assert [(i.key, i.stream) for i in out] == [(5, 1)]


def test_unequal_lengths_drain_the_longer_stream() -> None:
    out = list(merge_streams([keyed([1], 0), keyed(list(range(2, 100)), 1)]))
    assert [i.key for i in out] == list(range(1, 100))


def test_ties_are_stable_by_stream_then_arrival() -> None:
    a = [(1, [0.0]), (1, [0.1])]
    b = [(1, [1.0])]
    c = [(0, [2.0]), (1, [2.1])]
    out = list(merge_streams([a, b, c]))
    assert [list(i.vector) for i in out] == [[2.0], [0.0], [0.1], [1.0], [2.1]]


def test_vectors_are_never_compared() -> None:
    class Opaque:  # no ordering: comparing two would raise TypeError
        def __len__(self) -> int:
            return 0

    a = [(1, Opaque()), (1, Opaque())]
    b = [(1, Opaque())]
    out = list(merge_streams([a, b]))
    assert [i.stream for i in out] == [0, 0, 1]


def test_is_lazy_and_reads_one_item_ahead_per_stream() -> None:
    pulled: list[int] = []

    def counting(stream_id: int) -> Iterator[tuple[int, list[float]]]:
        for k in itertools.count():
            pulled.append(stream_id)
            yield (k, [0.0])

    merged = merge_streams([counting(0), counting(1)])
    first = [next(merged) for _ in range(3)]
    assert [i.key for i in first] == [0, 0, 1]
    assert len(pulled) == 4  # two to prime the heap, then one refill per item handed out


def test_unsorted_input_is_an_error_naming_the_stream() -> None:
    with pytest.raises(UnsortedStreamError, match="stream 1: key 2 after 5"):
        list(merge_streams([keyed([1, 2], 0), keyed([5, 2], 1)]))


def test_wrong_dimension_is_an_error_naming_the_stream() -> None:
    with pytest.raises(ValueError, match="stream 0: key 3 has 1 features, want 2"):
        list(merge_streams([[(1, [0.0, 1.0]), (3, [0.0])]], dim=2))


def test_large_random_merge_matches_sorted() -> None:
    rng = random.Random(7)
    streams = [sorted(rng.randrange(1000) for _ in range(rng.randrange(0, 500))) for _ in range(20)]
    out = [i.key for i in merge_streams([keyed(s, n) for n, s in enumerate(streams)])]
    assert out == sorted(itertools.chain.from_iterable(streams))


def test_merge_two_is_stable_and_handles_empty_sides() -> None:
    left = [(1, [0.0]), (3, [0.0])]
    right = [(1, [1.0]), (2, [1.0])]
    assert [v[0] for _, v in merge_two(left, right)] == [0.0, 1.0, 1.0, 0.0]
    assert list(merge_two([], right)) == right
    assert list(merge_two(left, [])) == left
    assert list(merge_two([], [])) == []


def test_merge_two_handles_float_keys_and_long_tails() -> None:
    left = [(0.5, [0.0])]
    right = [(float(k), [1.0]) for k in range(5)]
    assert [k for k, _ in merge_two(left, right)] == [0.0, 0.5, 1.0, 2.0, 3.0, 4.0]
