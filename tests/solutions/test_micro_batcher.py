"""The deadline-aware micro-batcher, driven by explicit timestamps."""

from __future__ import annotations

import pytest

from solutions.micro_batcher import MicroBatcher, Request


def ids(batches: list[list[Request]]) -> list[list[object]]:
    return [[r.id for r in b] for b in batches]


def test_full_batch_flushes_immediately() -> None:
    b = MicroBatcher(max_batch=3, max_wait_s=0.010)
    assert b.submit(Request(1, 0.0), 0.0) == []
    assert b.submit(Request(2, 0.001), 0.001) == []
    assert ids(b.submit(Request(3, 0.002), 0.002)) == [[1, 2, 3]]
    assert b.stats.full_flushes == 1


def test_partial_batch_flushes_when_the_oldest_has_waited_max_wait() -> None:
    b = MicroBatcher(max_batch=8, max_wait_s=0.010)
    b.submit(Request("a", 0.000), 0.000)
    b.submit(Request("b", 0.004), 0.004)
    assert b.next_wakeup() == pytest.approx(0.010)
    assert b.poll(0.009) == []
    assert ids(b.poll(0.010)) == [["a", "b"]]
    assert b.stats.timeout_flushes == 1
    assert b.next_wakeup() is None


def test_a_tight_deadline_flushes_early() -> None:
    b = MicroBatcher(max_batch=8, max_wait_s=0.050, inference_s=0.005)
    b.submit(Request("slow-ok", 0.0, deadline=1.0), 0.0)
    b.submit(Request("urgent", 0.001, deadline=0.020), 0.001)
    assert b.next_wakeup() == pytest.approx(0.015)  # 20 ms deadline minus 5 ms of GPU
    assert ids(b.poll(0.015)) == [["slow-ok", "urgent"]]
    assert b.stats.deadline_flushes == 1


def test_expired_requests_are_dropped_before_the_gpu() -> None:
    b = MicroBatcher(max_batch=4, max_wait_s=0.010, inference_s=0.005)
    b.submit(Request("late", 0.0, deadline=0.003), 0.0)  # cannot finish by 0.003
    b.submit(Request("fine", 0.0), 0.0)
    assert ids(b.poll(0.010)) == [["fine"]]
    assert b.stats.expired == 1


def test_queue_limit_sheds_load() -> None:
    b = MicroBatcher(max_batch=2, max_wait_s=1.0, max_queue=2)
    b.submit(Request(1, 0.0), 0.0)
    assert ids(b.submit(Request(2, 0.0), 0.0)) == [[1, 2]]
    b.max_batch = 5  # make the queue fill without flushing
    b.submit(Request(3, 0.0), 0.0)
    b.submit(Request(4, 0.0), 0.0)
    b.submit(Request(5, 0.0), 0.0)
    assert b.stats.rejected == 1
    assert ids(b.flush()) == [[3, 4]]


def test_burst_splits_into_full_batches_and_a_remainder() -> None:
    b = MicroBatcher(max_batch=4, max_wait_s=0.010, max_queue=100)
    ready: list[list[Request]] = []
    for i in range(10):
        b.queue.append(Request(i, 0.0))
    ready = b.poll(0.0)
    assert [len(x) for x in ready] == [4, 4]
    assert [len(x) for x in b.poll(0.010)] == [2]
    assert b.stats.mean_batch_size == pytest.approx(10 / 3)


def test_empty_batcher() -> None:
    b = MicroBatcher(max_batch=4, max_wait_s=0.01)
    assert b.poll(5.0) == []
    assert b.flush() == []
    assert b.stats.mean_batch_size == 0.0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_batch": 0, "max_wait_s": 0.01},
        {"max_batch": 4, "max_wait_s": -1.0},
        {"max_batch": 4, "max_wait_s": 0.01, "max_queue": 2},
    ],
)
def test_invalid_configuration(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        MicroBatcher(**kwargs)  # type: ignore[arg-type]
