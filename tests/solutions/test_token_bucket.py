"""Token bucket rate limiting with a hand-driven clock."""

from __future__ import annotations

import math

import pytest

from solutions.token_bucket import KeyedLimiter, TokenBucket


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_bursts_up_to_capacity_then_refills_at_rate() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=10.0, capacity=5.0, clock=clock)
    assert all(bucket.try_acquire().allowed for _ in range(5))
    denied = bucket.try_acquire()
    assert not denied.allowed
    assert denied.retry_after_s == pytest.approx(0.1)
    clock.now = 0.1
    assert bucket.try_acquire().allowed
    clock.now = 100.0  # a long idle period refills to capacity, not beyond
    assert bucket.try_acquire(5.0).allowed
    assert not bucket.try_acquire(0.5).allowed


def test_weighted_cost_for_llm_tokens() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=1000.0, capacity=4000.0, clock=clock)
    assert bucket.try_acquire(3000).allowed
    decision = bucket.try_acquire(2000)
    assert not decision.allowed
    assert decision.retry_after_s == pytest.approx(1.0)
    assert bucket.try_acquire(0).allowed


def test_request_larger_than_capacity_is_never_admitted() -> None:
    bucket = TokenBucket(rate=1.0, capacity=10.0, clock=FakeClock())
    decision = bucket.try_acquire(11)
    assert not decision.allowed
    assert decision.retry_after_s == math.inf


def test_clock_stepping_backwards_does_not_mint_tokens() -> None:
    clock = FakeClock()
    clock.now = 50.0
    bucket = TokenBucket(rate=1.0, capacity=2.0, clock=clock)
    bucket.try_acquire(2)
    clock.now = 10.0
    assert not bucket.try_acquire().allowed
    clock.now = 51.0
    assert bucket.try_acquire().allowed


@pytest.mark.parametrize(("rate", "capacity"), [(0, 1), (1, 0), (-1, 1), (math.inf, 1)])
def test_invalid_configuration(rate: float, capacity: float) -> None:
    with pytest.raises(ValueError):
        TokenBucket(rate, capacity, clock=FakeClock())


def test_bad_cost() -> None:
    bucket = TokenBucket(1.0, 1.0, clock=FakeClock())
    for cost in (-1.0, math.nan):
        with pytest.raises(ValueError):
            bucket.try_acquire(cost)


def test_keys_are_isolated_and_rejections_counted() -> None:
    clock = FakeClock()
    limiter = KeyedLimiter(rate=1.0, capacity=1.0, clock=clock)
    assert limiter.try_acquire("alice").allowed
    assert not limiter.try_acquire("alice").allowed
    assert limiter.try_acquire("bob").allowed
    assert limiter.rejected == 1


def test_key_table_is_bounded() -> None:
    limiter = KeyedLimiter(rate=1.0, capacity=1.0, max_keys=2, clock=FakeClock())
    for key in ("a", "b", "a", "c"):
        limiter.try_acquire(key)
    assert list(limiter.buckets) == ["a", "c"]  # b was least recently used
