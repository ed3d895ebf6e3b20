"""A deadline-aware micro-batcher for GPU inference.

Requests arrive one at a time; the GPU is most efficient on batches. The batcher
flushes when a batch is full (``max_batch``), when the oldest waiting request has
waited ``max_wait_s``, or earlier if some request's own deadline would otherwise be
missed (its deadline minus the expected inference time). Requests whose deadline has
already passed are dropped before they waste GPU time, and counted. The core is a pure
state machine driven by explicit timestamps, so tests need no threads and no sleeps; a
server calls ``submit`` from its request handler and ``poll`` from one loop that sleeps
until ``next_wakeup``.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Hashable
from dataclasses import dataclass


@dataclass(frozen=True)
class Request:
    id: Hashable
    arrived_at: float
    deadline: float = math.inf  # absolute time by which the response must be ready


@dataclass
class BatcherStats:
    batches: int = 0
    requests: int = 0
    expired: int = 0  # dropped because their deadline had passed: a 504, not a GPU call
    rejected: int = 0  # refused because the queue was full: a 503 with Retry-After
    full_flushes: int = 0
    timeout_flushes: int = 0
    deadline_flushes: int = 0

    @property
    def mean_batch_size(self) -> float:
        return self.requests / self.batches if self.batches else 0.0


class MicroBatcher:
    def __init__(
        self,
        *,
        max_batch: int,
        max_wait_s: float,
        inference_s: float = 0.0,
        max_queue: int = 10_000,
    ) -> None:
        if max_batch < 1 or max_wait_s < 0 or inference_s < 0 or max_queue < max_batch:
            raise ValueError("need max_batch >= 1, max_wait_s >= 0, max_queue >= max_batch")
        self.max_batch = max_batch
        self.max_wait_s = max_wait_s
        self.inference_s = inference_s  # expected GPU time for one batch (e.g. its p95)
        self.max_queue = max_queue
        self.queue: deque[Request] = deque()
        self.stats = BatcherStats()

    def submit(self, request: Request, now: float) -> list[list[Request]]:
        """Queue a request; returns any batches that became ready."""
        if len(self.queue) >= self.max_queue:
            self.stats.rejected += 1
            return self.poll(now)
        self.queue.append(request)
        return self.poll(now)

    def _drop_expired(self, now: float) -> None:
        kept = deque(r for r in self.queue if r.deadline >= now + self.inference_s)
        self.stats.expired += len(self.queue) - len(kept)
        self.queue = kept

    def _take(self, reason: str) -> list[Request]:
        batch = [self.queue.popleft() for _ in range(min(self.max_batch, len(self.queue)))]
        self.stats.batches += 1
        self.stats.requests += len(batch)
        if reason == "full":
            self.stats.full_flushes += 1
        elif reason == "timeout":
            self.stats.timeout_flushes += 1
        else:
            self.stats.deadline_flushes += 1
        return batch

    def poll(self, now: float) -> list[list[Request]]:
        """Batches ready at time ``now`` (possibly none)."""
        self._drop_expired(now)
        ready: list[list[Request]] = []
        while len(self.queue) >= self.max_batch:
            ready.append(self._take("full"))
        if self.queue:
            if now - self.queue[0].arrived_at >= self.max_wait_s:
                ready.append(self._take("timeout"))
            elif self._latest_start() <= now:
                ready.append(self._take("deadline"))
        return ready

    def _latest_start(self) -> float:
        """The latest time the next batch can start and still meet every deadline in it."""
        head = list(self.queue)[: self.max_batch]
        return min(r.deadline for r in head) - self.inference_s

    def next_wakeup(self) -> float | None:
        """When the serving loop should call poll next, or None if nothing waits."""
        if not self.queue:
            return None
        return min(self.queue[0].arrived_at + self.max_wait_s, self._latest_start())

    def flush(self) -> list[list[Request]]:
        """Everything left, in batches (on shutdown: drain, then stop accepting)."""
        out = []
        while self.queue:
            out.append(self._take("timeout"))
        return out
