"""Property-based tests: the solutions agree with simple references on generated inputs."""

from __future__ import annotations

import itertools
import math
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from solutions.merge_streams import merge_streams
from solutions.padded_batches import padded_batches
from solutions.running_stats import RunningStats
from solutions.stable_loss import logsumexp, softmax_cross_entropy
from solutions.tfrecord_reader import ReadReport, read_records, write_records

sorted_lists = st.lists(st.integers(-1000, 1000), max_size=30).map(sorted)
finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@given(st.lists(sorted_lists, max_size=8))
def test_merge_equals_a_stable_sort_of_everything(streams: list[list[int]]) -> None:
    tagged = [[(k, [float(i), float(j)]) for j, k in enumerate(s)] for i, s in enumerate(streams)]
    got = [(item.key, list(item.vector)) for item in merge_streams(tagged)]
    everything = list(itertools.chain.from_iterable(tagged))
    # sorted() is stable and the streams are concatenated in order: ties keep stream order.
    expected = [(k, list(v)) for k, v in sorted(everything, key=lambda kv: kv[0])]
    assert got == expected


@given(st.lists(finite, min_size=1, max_size=50), st.floats(-1e3, 1e3))
def test_cross_entropy_is_shift_invariant_and_non_negative(
    logits: list[float], shift: float
) -> None:
    shifted = [x + shift for x in logits]
    for target in (0, len(logits) - 1):
        loss = softmax_cross_entropy(logits, target)
        assert loss >= -1e-9
        assert math.isclose(loss, softmax_cross_entropy(shifted, target), abs_tol=1e-6 * (1 + loss))


@given(st.lists(finite, min_size=1, max_size=50))
def test_logsumexp_is_bounded_by_max_and_max_plus_log_n(xs: list[float]) -> None:
    value = logsumexp(xs)
    assert max(xs) - 1e-9 <= value <= max(xs) + math.log(len(xs)) + 1e-9


@given(st.lists(finite, max_size=200), st.integers(0, 200))
def test_welford_split_anywhere_and_merge_matches_statistics(xs: list[float], cut: int) -> None:
    merged = RunningStats().update(xs[:cut]).merge(RunningStats().update(xs[cut:]))
    assert merged.count == len(xs)
    if xs:
        assert math.isclose(merged.mean, statistics.fmean(xs), rel_tol=1e-9, abs_tol=1e-6)
    if len(xs) > 1:
        expected = statistics.pvariance(xs)
        assert math.isclose(merged.variance, expected, rel_tol=1e-6, abs_tol=1e-3)


@given(st.lists(st.lists(st.integers(0, 50_000), max_size=40), max_size=60), st.integers(1, 9))
def test_padding_never_loses_or_changes_a_token(seqs: list[list[int]], batch_size: int) -> None:
    rebuilt = []
    for batch in padded_batches(seqs, batch_size=batch_size, pad_id=-1):
        for r, length in enumerate(batch.lengths):
            row = batch.row(r)
            assert all(t == -1 for t in row[length:])
            assert list(batch.mask[r * batch.cols : r * batch.cols + length]) == [1] * length
            rebuilt.append(row[:length])
    assert rebuilt == seqs


@settings(max_examples=40, deadline=None)
@given(st.lists(st.binary(max_size=300), max_size=12), st.data())
def test_tfrecord_truncated_anywhere_returns_a_prefix(
    tmp_path_factory: pytest.TempPathFactory, records: list[bytes], data: st.DataObject
) -> None:
    path = tmp_path_factory.mktemp("prop") / "x.tfrecord"
    write_records(path, records)
    blob = path.read_bytes()
    cut = data.draw(st.integers(0, len(blob)))
    path.write_bytes(blob[:cut])
    report = ReadReport()
    got = list(read_records(path, report=report))
    assert got == records[: len(got)]  # always a prefix: truncation never yields bad data
    assert len(report.corruptions) == (0 if cut in _frame_ends(records) else 1)


def _frame_ends(records: list[bytes]) -> set[int]:
    ends, position = {0}, 0
    for record in records:
        position += len(record) + 16
        ends.add(position)
    return ends
