"""Retries with exponential backoff, full jitter and a deadline."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from solutions.retry_backoff import (
    RetriesExhaustedError,
    RetryableError,
    RetryLog,
    RetryPolicy,
    call_with_retries,
)


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def policy(t: FakeTime, **kwargs: Any) -> RetryPolicy:
    return RetryPolicy(rng=random.Random(0), sleep=t.sleep, clock=t.clock, **kwargs)


def flaky(failures: int, error: Exception) -> tuple[list[int], Callable[[], str]]:
    calls: list[int] = []

    def fn() -> str:
        calls.append(1)
        if len(calls) <= failures:
            raise error
        return "ok"

    return calls, fn


def test_succeeds_after_transient_failures() -> None:
    t = FakeTime()
    calls, fn = flaky(2, RetryableError("503"))
    log = RetryLog()
    assert call_with_retries(fn, policy(t), log=log) == "ok"
    assert len(calls) == 3
    assert log.attempts == 3
    assert len(t.slept) == 2


def test_backoff_is_capped_exponential_with_full_jitter() -> None:
    t = FakeTime()
    p = policy(t, base_s=0.1, cap_s=1.0)
    for attempt, ceiling in enumerate([0.1, 0.2, 0.4, 0.8, 1.0, 1.0]):
        draws = [p.backoff(attempt) for _ in range(500)]
        assert all(0.0 <= d <= ceiling for d in draws)
        assert max(draws) > 0.9 * ceiling  # the whole range is used, not a fixed delay


def test_non_retryable_error_is_raised_at_once() -> None:
    t = FakeTime()
    calls, fn = flaky(5, ValueError("400 bad request"))
    with pytest.raises(ValueError, match="400"):
        call_with_retries(fn, policy(t))
    assert len(calls) == 1
    assert t.slept == []


def test_gives_up_after_max_attempts() -> None:
    t = FakeTime()
    calls, fn = flaky(10, RetryableError("timeout"))
    with pytest.raises(RetriesExhaustedError, match="after 4 attempts") as caught:
        call_with_retries(fn, policy(t, max_attempts=4))
    assert len(calls) == 4
    assert isinstance(caught.value.last, RetryableError)


def test_deadline_stops_retries_before_sleeping_past_it() -> None:
    t = FakeTime()
    calls, fn = flaky(10, RetryableError("429", retry_after_s=3.0))
    with pytest.raises(RetriesExhaustedError):
        call_with_retries(fn, policy(t, deadline_s=5.0, max_attempts=10))
    assert t.slept == [3.0]  # a second 3 s sleep would end at 6 s, past the 5 s budget
    assert len(calls) == 2


def test_retry_after_hint_raises_the_sleep() -> None:
    t = FakeTime()
    _, fn = flaky(1, RetryableError("429", retry_after_s=2.5))
    call_with_retries(fn, policy(t, base_s=0.01))
    assert t.slept == [2.5]


def test_custom_classifier() -> None:
    t = FakeTime()
    calls, fn = flaky(1, TimeoutError("read timeout"))
    result = call_with_retries(
        fn,
        policy(t),
        is_retryable=lambda e: isinstance(e, TimeoutError),
    )
    assert result == "ok"
    assert len(calls) == 2


def test_invalid_policy() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError):
        RetryPolicy(base_s=2.0, cap_s=1.0)
