"""Retries with capped exponential backoff and full jitter for a model endpoint.

Attempt n (0-based) sleeps a uniform random time in [0, min(cap, base * 2 ** n)]:
the jitter spreads clients out so a recovering endpoint is not hit by synchronized
waves. Only errors the caller marks retryable are retried (timeouts, 429, 503; never a
400, which fails the same way every time). A total deadline bounds the whole call, and
a server's Retry-After hint raises the next sleep. Sleep, clock and randomness are
injected, so tests run in microseconds and deterministically.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")


class RetryableError(Exception):
    """An error worth retrying; ``retry_after_s`` carries a server hint if there was one."""

    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class RetriesExhaustedError(Exception):
    def __init__(self, attempts: int, last: BaseException) -> None:
        super().__init__(f"gave up after {attempts} attempts: {last}")
        self.attempts = attempts
        self.last = last


@dataclass
class RetryPolicy:
    max_attempts: int = 4
    base_s: float = 0.1
    cap_s: float = 5.0
    deadline_s: float = 10.0
    rng: random.Random = field(default_factory=random.Random)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        if self.max_attempts < 1 or self.base_s < 0 or self.cap_s < self.base_s:
            raise ValueError("need max_attempts >= 1 and 0 <= base_s <= cap_s")

    def backoff(self, attempt: int) -> float:
        """Full jitter: uniform in [0, min(cap, base * 2 ** attempt)]."""
        return self.rng.uniform(0.0, min(self.cap_s, self.base_s * 2**attempt))


@dataclass
class RetryLog:
    """What happened; a production wrapper turns these into metrics and one log line."""

    attempts: int = 0
    sleeps: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def call_with_retries(
    fn: Callable[[], T],
    policy: RetryPolicy,
    *,
    is_retryable: Callable[[BaseException], bool] = lambda e: isinstance(e, RetryableError),
    log: RetryLog | None = None,
) -> T:
    """Call fn until it succeeds, a non-retryable error is raised, or the budget runs out."""
    log = log if log is not None else RetryLog()
    start = policy.clock()
    for attempt in range(policy.max_attempts):
        log.attempts += 1
        try:
            return fn()
        except Exception as error:
            log.errors.append(f"{type(error).__name__}: {error}")
            if not is_retryable(error):
                raise
            if attempt == policy.max_attempts - 1:
                raise RetriesExhaustedError(log.attempts, error) from error
            delay = policy.backoff(attempt)
            hint = getattr(error, "retry_after_s", None)
            if isinstance(hint, int | float) and hint > delay:
                delay = float(hint)
            remaining = policy.deadline_s - (policy.clock() - start)
            if delay >= remaining:  # sleeping would blow the deadline: fail now
                raise RetriesExhaustedError(log.attempts, error) from error
            log.sleeps.append(delay)
            policy.sleep(delay)
    raise AssertionError("unreachable: the loop returns or raises")
