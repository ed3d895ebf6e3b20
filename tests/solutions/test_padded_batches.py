"""Padded batches: shapes, masks, padding waste, bucketing and the edge cases."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from solutions.padded_batches import PaddingStats, make_batch, padded_batches


def test_pads_to_the_longest_sequence_in_each_batch() -> None:
    seqs = [[1, 2, 3], [4], [5, 6], [7, 8, 9, 10, 11]]
    b1, b2 = padded_batches(seqs, batch_size=2, pad_id=0)
    assert (b1.rows, b1.cols) == (2, 3)
    assert [b1.row(0), b1.row(1)] == [[1, 2, 3], [4, 0, 0]]
    assert list(b1.mask) == [1, 1, 1, 1, 0, 0]
    assert (b2.rows, b2.cols) == (2, 5)
    assert b2.row(0) == [5, 6, 0, 0, 0]
    assert b2.lengths == (2, 5)


def test_custom_pad_id_and_int32_buffer() -> None:
    batch = make_batch([[1], [2, 3]], pad_id=-1)
    assert batch.row(0) == [1, -1]
    assert batch.tokens.itemsize == 4
    assert batch.nbytes == 4 * 4 + 4


def test_empty_input_and_empty_sequences() -> None:
    assert list(padded_batches([], batch_size=4)) == []
    [batch] = padded_batches([[], []], batch_size=4)
    assert (batch.rows, batch.cols) == (2, 0)
    assert batch.row(0) == []


def test_last_partial_batch_kept_or_dropped() -> None:
    seqs = [[i] for i in range(5)]
    assert [b.rows for b in padded_batches(seqs, batch_size=2)] == [2, 2, 1]
    assert [b.rows for b in padded_batches(seqs, batch_size=2, drop_last=True)] == [2, 2]


def test_truncation_is_counted() -> None:
    stats = PaddingStats()
    [batch] = padded_batches([[1] * 10, [2] * 3], batch_size=2, max_len=4, stats=stats)
    assert batch.cols == 4
    assert stats.truncated == 1


def test_stats_report_padding_waste() -> None:
    stats = PaddingStats()
    list(padded_batches([[1] * 10, [1] * 2], batch_size=2, stats=stats))
    assert stats.cells == 20
    assert stats.real_tokens == 12
    assert stats.waste == pytest.approx(0.4)
    assert PaddingStats().waste == 0.0


def test_bucketing_cuts_waste_and_keeps_every_sequence() -> None:
    rng = random.Random(1)
    seqs = [[7] * rng.randint(1, 512) for _ in range(2000)]
    plain, bucketed = PaddingStats(), PaddingStats()
    plain_out = list(padded_batches(seqs, batch_size=32, stats=plain))
    bucket_out = list(padded_batches(seqs, batch_size=32, bucket_size=1024, seed=3, stats=bucketed))
    assert plain.waste > 0.45  # uniform lengths: about half of every batch is padding
    assert bucketed.waste < 0.05
    assert sorted(n for b in plain_out for n in b.lengths) == sorted(len(s) for s in seqs)
    assert sorted(n for b in bucket_out for n in b.lengths) == sorted(len(s) for s in seqs)


def test_bucketing_is_reproducible_with_a_seed() -> None:
    seqs = [[1] * n for n in range(1, 200)]
    a = [b.lengths for b in padded_batches(seqs, batch_size=8, bucket_size=64, seed=5)]
    b = [b.lengths for b in padded_batches(seqs, batch_size=8, bucket_size=64, seed=5)]
    assert a == b
    assert a != sorted(a)  # batch order is shuffled, not sorted by length


def test_is_lazy() -> None:
    def endless() -> Iterator[list[int]]:
        n = 0
        while True:
            n += 1
            yield [n]

    batches = padded_batches(endless(), batch_size=3)
    assert next(batches).lengths == (1, 1, 1)


@pytest.mark.parametrize(
    "kwargs",
    [{"batch_size": 0}, {"batch_size": 2, "max_len": 0}, {"batch_size": 8, "bucket_size": 4}],
)
def test_invalid_arguments(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        list(padded_batches([[1]], **kwargs))  # type: ignore[arg-type]
