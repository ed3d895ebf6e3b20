"""A deadline-aware micro-batcher for GPU inference.

Requests arrive one at a time; the GPU is most efficient on batches. The batcher
flushes when a batch is full (``max_batch``), when the oldest waiting request has
waited ``max_wait_s``, or earlier if some request's own deadline would otherwise be
missed (its deadline minus the expected inference time). Every request comes back out
exactly once, in one of three lists of an ``Outcome``: in a batch for the GPU, as
expired (its deadline can no longer be met: answer 504 without spending GPU time), or
as rejected (the queue was full: answer 503 with Retry-After). The core is a pure state
machine driven by explicit timestamps, so tests need no threads and no sleeps; a server
calls ``submit`` from its request handler, ``poll`` from one loop that sleeps until
``next_wakeup``, and ``batch_done`` when the GPU finishes a batch.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Request:
    id: Hashable
    arrived_at: float
    deadline: float = math.inf  # absolute time by which the response must be ready


@dataclass
class Outcome:
    """What the server must do now: run the batches, and answer the others at once."""

    batches: list[list[Request]] = field(default_factory=list)
    expired: list[Request] = field(default_factory=list)  # answer 504
    rejected: list[Request] = field(default_factory=list)  # answer 503 with Retry-After


@dataclass
class BatcherStats:
    batches: int = 0
    requests: int = 0
    expired: int = 0
    rejected: int = 0
    full_flushes: int = 0
    timeout_flushes: int = 0
    deadline_flushes: int = 0

    @property
    def mean_batch_size(self) -> float:
        return self.requests / self.batches if self.batches else 0.0


class MicroBatcher:
    """Queue in arrival order, plus a heap of deadlines so expiry never scans the queue.

    ``poll`` costs O(max_batch) for the deadline check, O(1) per request it batches and
    O(log n) per request it expires; it never walks the whole queue.
    """

    def __init__(
        self,
        *,
        max_batch: int,
        max_wait_s: float,
        inference_s: float = 0.0,
        max_queue: int = 10_000,
        max_in_flight: int | None = None,
    ) -> None:
        if max_batch < 1 or max_wait_s < 0 or inference_s < 0 or max_queue < max_batch:
            raise ValueError("need max_batch >= 1, max_wait_s >= 0, max_queue >= max_batch")
        if max_in_flight is not None and max_in_flight < 1:
            raise ValueError("max_in_flight must be at least 1 (or None for no limit)")
        self.max_batch = max_batch
        self.max_wait_s = max_wait_s
        self.inference_s = inference_s  # expected GPU time for one batch (e.g. its p95)
        self.max_queue = max_queue
        self.max_in_flight = max_in_flight  # batches the GPU workers can hold at once
        self.in_flight = 0
        self.stats = BatcherStats()
        self._queue: OrderedDict[int, Request] = OrderedDict()  # arrival order, O(1) delete
        self._deadlines: list[tuple[float, int]] = []  # (deadline, seq); stale entries skipped
        self._seq = itertools.count()

    def __len__(self) -> int:
        return len(self._queue)

    def submit(self, request: Request, now: float) -> Outcome:
        """Queue a request; returns what became ready, and the request itself if refused."""
        out = Outcome()
        self._expire(now, out)
        if request.deadline < now + self.inference_s:  # doomed on arrival
            self.stats.expired += 1
            out.expired.append(request)
        elif len(self._queue) >= self.max_queue:
            self.stats.rejected += 1
            out.rejected.append(request)
        else:
            seq = next(self._seq)
            self._queue[seq] = request
            if request.deadline != math.inf:
                heapq.heappush(self._deadlines, (request.deadline, seq))
        self._cut(now, out)
        return out

    def poll(self, now: float) -> Outcome:
        """Batches ready at time ``now`` and requests that can no longer make it."""
        out = Outcome()
        self._expire(now, out)
        self._cut(now, out)
        return out

    def batch_done(self, now: float) -> Outcome:
        """A GPU worker finished a batch: free its slot and hand out what is ready."""
        if self.in_flight == 0:
            raise RuntimeError("batch_done called with no batch in flight")
        self.in_flight -= 1
        return self.poll(now)

    def next_wakeup(self) -> float | None:
        """When the serving loop should call poll next, or None if nothing waits."""
        if not self._queue:
            return None
        oldest = next(iter(self._queue.values()))
        return min(oldest.arrived_at + self.max_wait_s, self._latest_start())

    def flush(self, now: float) -> Outcome:
        """Everything left, in batches, ignoring max_in_flight (on shutdown: stop accepting,
        then drain). Requests that can no longer meet their deadline still come back as
        expired."""
        out = Outcome()
        self._expire(now, out)
        while self._queue:
            out.batches.append(self._take("timeout"))
        self._compact()
        return out

    def _expire(self, now: float, out: Outcome) -> None:
        """Move every request that cannot finish by its deadline to ``out.expired``."""
        heap = self._deadlines
        while heap and heap[0][0] < now + self.inference_s:
            _, seq = heapq.heappop(heap)
            request = self._queue.pop(seq, None)
            if request is not None:  # None: it was batched earlier, a stale heap entry
                self.stats.expired += 1
                out.expired.append(request)

    def _compact(self) -> None:
        """Drop heap entries of requests already batched once they outnumber the live ones.

        Each rebuild removes more entries than it keeps, so its cost is amortised over
        the pushes that created them: O(1) per request.
        """
        if len(self._deadlines) > 2 * len(self._queue) + self.max_batch:
            self._deadlines = [(d, s) for d, s in self._deadlines if s in self._queue]
            heapq.heapify(self._deadlines)

    def _can_dispatch(self) -> bool:
        return self.max_in_flight is None or self.in_flight < self.max_in_flight

    def _cut(self, now: float, out: Outcome) -> None:
        while len(self._queue) >= self.max_batch and self._can_dispatch():
            out.batches.append(self._take("full"))
        if self._queue and self._can_dispatch():
            oldest = next(iter(self._queue.values()))
            if now - oldest.arrived_at >= self.max_wait_s:
                out.batches.append(self._take("timeout"))
            elif self._latest_start() <= now:
                out.batches.append(self._take("deadline"))
        self._compact()

    def _take(self, reason: str) -> list[Request]:
        size = min(self.max_batch, len(self._queue))
        batch = [self._queue.popitem(last=False)[1] for _ in range(size)]
        self.in_flight += 1
        self.stats.batches += 1
        self.stats.requests += len(batch)
        if reason == "full":
            self.stats.full_flushes += 1
        elif reason == "timeout":
            self.stats.timeout_flushes += 1
        else:
            self.stats.deadline_flushes += 1
        return batch

    def _latest_start(self) -> float:
        """The latest time the next batch can start and still meet every deadline in it."""
        head = itertools.islice(self._queue.values(), self.max_batch)
        return min(r.deadline for r in head) - self.inference_s
