"""Reservoir sampling: size, uniformity and the weighted variant."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable

import pytest

from solutions.reservoir import (
    reservoir_sample,
    reservoir_sample_skip,
    weighted_reservoir_sample,
)

Sampler = Callable[..., list[int]]
SAMPLERS = [reservoir_sample, reservoir_sample_skip]


@pytest.mark.parametrize("sample", SAMPLERS)
def test_short_streams_and_k_zero(sample: Sampler) -> None:
    assert sample([], 5) == []
    assert sample([1, 2], 5) == [1, 2]
    assert sample(range(100), 0) == []
    with pytest.raises(ValueError):
        sample([1], -1)


@pytest.mark.parametrize("sample", SAMPLERS)
def test_returns_k_distinct_items_from_the_stream(sample: Sampler) -> None:
    got = sample(iter(range(10_000)), 50, rng=random.Random(1))
    assert len(got) == 50
    assert len(set(got)) == 50
    assert all(0 <= x < 10_000 for x in got)


@pytest.mark.parametrize("sample", SAMPLERS)
def test_every_item_is_equally_likely(sample: Sampler) -> None:
    rng = random.Random(2)
    n, k, trials = 20, 5, 20_000
    hits = Counter(x for _ in range(trials) for x in sample(range(n), k, rng=rng))
    expected = trials * k / n  # 5000 per item
    # 5000 hits has a standard deviation near 61; 4 sigma is 250.
    assert all(abs(hits[i] - expected) < 250 for i in range(n)), hits


def test_same_seed_same_sample() -> None:
    a = reservoir_sample(range(1000), 10, rng=random.Random(3))
    b = reservoir_sample(range(1000), 10, rng=random.Random(3))
    assert a == b


def test_skip_variant_draws_far_fewer_random_numbers() -> None:
    class CountingRandom(random.Random):
        calls = 0

        def random(self) -> float:
            CountingRandom.calls += 1
            return super().random()

    rng = CountingRandom(4)
    reservoir_sample_skip(range(1_000_000), 10, rng=rng)
    assert CountingRandom.calls < 1000  # Algorithm R would draw about 1,000,000


def test_weighted_sampling_prefers_heavy_items() -> None:
    rng = random.Random(5)
    stream = [("heavy", 100.0), ("light", 1.0), ("zero", 0.0), ("nan", float("nan"))]
    wins = Counter(weighted_reservoir_sample(stream, 1, rng=rng)[0] for _ in range(2000))
    assert wins["heavy"] > 1900  # expected share 100 / 101
    assert wins["zero"] == 0
    assert wins["nan"] == 0
    assert weighted_reservoir_sample(stream, 0) == []
    assert sorted(weighted_reservoir_sample(stream, 10)) == ["heavy", "light"]
