"""The deadline-aware micro-batcher, driven by explicit timestamps.

Every request must come back out exactly once: in a batch, as expired (a 504) or as
rejected (a 503), so that a server can answer every caller.
"""

from __future__ import annotations

import random

import pytest

from solutions.micro_batcher import MicroBatcher, Outcome, Request


def ids(batches: list[list[Request]]) -> list[list[object]]:
    return [[r.id for r in b] for b in batches]


def test_full_batch_flushes_immediately() -> None:
    b = MicroBatcher(max_batch=3, max_wait_s=0.010)
    assert b.submit(Request(1, 0.0), 0.0) == Outcome()
    assert b.submit(Request(2, 0.001), 0.001) == Outcome()
    assert ids(b.submit(Request(3, 0.002), 0.002).batches) == [[1, 2, 3]]
    assert b.stats.full_flushes == 1


def test_partial_batch_flushes_when_the_oldest_has_waited_max_wait() -> None:
    b = MicroBatcher(max_batch=8, max_wait_s=0.010)
    b.submit(Request("a", 0.000), 0.000)
    b.submit(Request("b", 0.004), 0.004)
    assert b.next_wakeup() == pytest.approx(0.010)
    assert b.poll(0.009) == Outcome()
    assert ids(b.poll(0.010).batches) == [["a", "b"]]
    assert b.stats.timeout_flushes == 1
    assert b.next_wakeup() is None


def test_a_tight_deadline_flushes_early() -> None:
    b = MicroBatcher(max_batch=8, max_wait_s=0.050, inference_s=0.005)
    b.submit(Request("slow-ok", 0.0, deadline=1.0), 0.0)
    b.submit(Request("urgent", 0.001, deadline=0.020), 0.001)
    assert b.next_wakeup() == pytest.approx(0.015)  # 20 ms deadline minus 5 ms of GPU
    assert ids(b.poll(0.015).batches) == [["slow-ok", "urgent"]]
    assert b.stats.deadline_flushes == 1


def test_expired_requests_are_handed_back_not_batched() -> None:
    # Regression: expired requests used to be counted and silently dropped, so the
    # server never learned which callers to answer with a 504.
    b = MicroBatcher(max_batch=4, max_wait_s=0.010, inference_s=0.005)
    late = Request("late", 0.0, deadline=0.008)
    b.submit(late, 0.0)
    b.submit(Request("fine", 0.0), 0.0)
    out = b.poll(0.004)  # 4 ms + 5 ms of GPU passes the 8 ms deadline
    assert out.expired == [late]
    assert out.batches == []
    assert ids(b.poll(0.010).batches) == [["fine"]]
    assert b.stats.expired == 1


def test_a_request_doomed_on_arrival_comes_straight_back() -> None:
    b = MicroBatcher(max_batch=4, max_wait_s=0.010, inference_s=0.005)
    doomed = Request("doomed", 0.0, deadline=0.003)
    out = b.submit(doomed, 0.0)
    assert out.expired == [doomed]
    assert len(b) == 0


def test_rejected_requests_are_handed_back_when_the_gpu_is_busy() -> None:
    # Regression: a full queue used to count the request and drop it, so its caller
    # waited for a response that never came instead of getting a 503.
    b = MicroBatcher(max_batch=2, max_wait_s=1.0, max_queue=3, max_in_flight=1)
    b.submit(Request(1, 0.0), 0.0)
    assert ids(b.submit(Request(2, 0.0), 0.0).batches) == [[1, 2]]  # the GPU is now busy
    for i in (3, 4, 5):
        assert b.submit(Request(i, 0.0), 0.0).batches == []  # waits: no free GPU slot
    sixth = Request(6, 0.0)
    assert b.submit(sixth, 0.0).rejected == [sixth]
    assert b.stats.rejected == 1
    assert ids(b.batch_done(0.020).batches) == [[3, 4]]
    assert ids(b.flush(0.030).batches) == [[5]]


def test_batch_done_without_a_batch_is_an_error() -> None:
    b = MicroBatcher(max_batch=2, max_wait_s=0.01, max_in_flight=1)
    with pytest.raises(RuntimeError, match="no batch in flight"):
        b.batch_done(0.0)


def test_burst_splits_into_full_batches_and_a_remainder() -> None:
    b = MicroBatcher(max_batch=4, max_wait_s=0.010, max_queue=100)
    ready: list[list[Request]] = []
    for i in range(10):
        ready += b.submit(Request(i, 0.0), 0.0).batches
    assert [len(x) for x in ready] == [4, 4]
    assert [len(x) for x in b.poll(0.010).batches] == [2]
    assert b.stats.mean_batch_size == pytest.approx(10 / 3)


def test_every_request_comes_back_exactly_once_under_random_load() -> None:
    rng = random.Random(7)
    b = MicroBatcher(
        max_batch=8, max_wait_s=0.010, inference_s=0.004, max_queue=20, max_in_flight=2
    )
    sent: list[Request] = []
    returned: list[Request] = []
    in_gpu: list[float] = []  # finish times of batches on the GPU
    now = 0.0
    for i in range(3_000):
        now += rng.expovariate(6_000)  # 2 slots of 8 per 4 ms serve at most 4,000 a second
        while in_gpu and in_gpu[0] <= now:
            out = b.batch_done(in_gpu.pop(0))
            returned += out.expired + out.rejected + [r for x in out.batches for r in x]
            in_gpu += [now + 0.004] * len(out.batches)
        deadline = now + rng.choice([0.006, 0.020, 1.0])
        request = Request(i, now, deadline)
        sent.append(request)
        out = b.submit(request, now)
        returned += out.expired + out.rejected + [r for x in out.batches for r in x]
        in_gpu += [now + 0.004] * len(out.batches)
        for batch in out.batches:
            assert all(r.deadline >= now + 0.004 for r in batch)  # never batch doomed work
    out = b.flush(now)
    returned += out.expired + [r for x in out.batches for r in x]
    assert sorted(r.id for r in returned) == sorted(r.id for r in sent)  # type: ignore[type-var]
    assert b.stats.rejected > 0 and b.stats.expired > 0  # the load exercised both paths
    assert b.stats.requests + b.stats.expired + b.stats.rejected == len(sent)


def test_stale_deadline_entries_do_not_pile_up() -> None:
    b = MicroBatcher(max_batch=4, max_wait_s=0.010)
    for i in range(10_000):
        b.submit(Request(i, i * 0.001, deadline=i * 0.001 + 60.0), i * 0.001)
    assert len(b._deadlines) <= 2 * len(b) + b.max_batch


def test_empty_batcher() -> None:
    b = MicroBatcher(max_batch=4, max_wait_s=0.01)
    assert b.poll(5.0) == Outcome()
    assert b.flush(5.0) == Outcome()
    assert b.stats.mean_batch_size == 0.0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_batch": 0, "max_wait_s": 0.01},
        {"max_batch": 4, "max_wait_s": -1.0},
        {"max_batch": 4, "max_wait_s": 0.01, "max_queue": 2},
        {"max_batch": 4, "max_wait_s": 0.01, "max_in_flight": 0},
    ],
)
def test_invalid_configuration(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        MicroBatcher(**kwargs)  # type: ignore[arg-type]
