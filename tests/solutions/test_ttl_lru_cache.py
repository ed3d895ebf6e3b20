"""LRU cache with TTL and a byte budget."""

from __future__ import annotations

import pytest

from solutions.ttl_lru_cache import TTLLRUCache, embedding_key


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def vec_bytes(v: list[float]) -> int:
    return 4 * len(v)  # float32 on the wire


def make(max_bytes: int = 48, ttl_s: float = 60.0) -> tuple[TTLLRUCache[list[float]], FakeClock]:
    clock = FakeClock()
    return TTLLRUCache(max_bytes, ttl_s, size_of=vec_bytes, clock=clock), clock


def test_hit_and_miss_are_counted() -> None:
    cache, _ = make()
    assert cache.get("a") is None
    cache.put("a", [1.0, 2.0])
    assert cache.get("a") == [1.0, 2.0]
    assert (cache.stats.hits, cache.stats.misses) == (1, 1)
    assert cache.stats.hit_rate == 0.5


def test_evicts_least_recently_used_by_bytes() -> None:
    cache, _ = make(max_bytes=48)  # room for three 4-float vectors (16 bytes each)
    for key in "abc":
        cache.put(key, [0.0] * 4)
    cache.get("a")  # a is now the most recent
    cache.put("d", [0.0] * 4)
    assert cache.get("b") is None
    assert cache.get("a") is not None
    assert cache.bytes == 48
    assert cache.stats.evicted == 1


def test_entries_expire_after_ttl() -> None:
    cache, clock = make(ttl_s=10.0)
    cache.put("a", [1.0])
    clock.now = 9.99
    assert cache.get("a") == [1.0]
    clock.now = 10.0
    assert cache.get("a") is None
    assert cache.stats.expired == 1
    assert cache.bytes == 0
    assert len(cache) == 0


def test_per_entry_ttl_and_replacement() -> None:
    cache, clock = make()
    cache.put("short", [1.0], ttl_s=1.0)
    cache.put("short", [2.0, 3.0])  # replaced: default TTL, new size
    clock.now = 5.0
    assert cache.get("short") == [2.0, 3.0]
    assert cache.bytes == 8


def test_value_bigger_than_the_budget_is_refused() -> None:
    cache, _ = make(max_bytes=8)
    assert not cache.put("huge", [0.0] * 100)
    assert len(cache) == 0


def test_get_or_compute_calls_the_model_once() -> None:
    cache, _ = make()
    calls: list[str] = []

    def embed() -> list[float]:
        calls.append("x")
        return [0.5]

    assert cache.get_or_compute("k", embed) == [0.5]
    assert cache.get_or_compute("k", embed) == [0.5]
    assert calls == ["x"]


def test_invalid_configuration() -> None:
    with pytest.raises(ValueError):
        TTLLRUCache[int](0, 1.0)
    with pytest.raises(ValueError):
        TTLLRUCache[int](10, 0.0)


def test_embedding_key_includes_model_version_and_normalizes_space() -> None:
    assert embedding_key("v2", "hello   world ") == ("v2", "hello world")
    assert embedding_key("v1", "x") != embedding_key("v2", "x")
