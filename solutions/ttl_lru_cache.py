"""An LRU cache with a per-entry time to live, sized in bytes, for embedding vectors.

Lookups, inserts and evictions are O(1): an OrderedDict keeps recency order and each
entry stores its expiry time. Expired entries are dropped lazily on access and from the
least recently used end on insert, so there is no background thread. The cache counts
hits, misses, expirations and evictions: the hit rate is the number to put on a
dashboard, since it decides how much embedding-model traffic the cache saves.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

V = TypeVar("V")
Clock = Callable[[], float]


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    expired: int = 0
    evicted: int = 0

    @property
    def hit_rate(self) -> float:
        lookups = self.hits + self.misses
        return self.hits / lookups if lookups else 0.0


@dataclass
class _Entry(Generic[V]):
    value: V
    expires_at: float
    size: int


class TTLLRUCache(Generic[V]):
    def __init__(
        self,
        max_bytes: int,
        ttl_s: float,
        *,
        size_of: Callable[[V], int] = lambda v: 1,
        clock: Clock = time.monotonic,
    ) -> None:
        if max_bytes < 1 or ttl_s <= 0:
            raise ValueError("max_bytes must be >= 1 and ttl_s > 0")
        self.max_bytes = max_bytes
        self.ttl_s = ttl_s
        self.size_of = size_of
        self.clock = clock
        self.bytes = 0
        self.stats = CacheStats()
        self._data: OrderedDict[Hashable, _Entry[V]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._data)

    def _drop(self, key: Hashable) -> None:
        self.bytes -= self._data.pop(key).size

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            entry = self._data.get(key)
            if entry is None:
                self.stats.misses += 1
                return None
            if entry.expires_at <= self.clock():
                self._drop(key)
                self.stats.expired += 1
                self.stats.misses += 1
                return None
            self._data.move_to_end(key)
            self.stats.hits += 1
            return entry.value

    def put(self, key: Hashable, value: V, ttl_s: float | None = None) -> bool:
        """Insert or replace; False (and nothing stored) if the value alone is too big."""
        size = self.size_of(value)
        if size > self.max_bytes:
            return False
        with self._lock:
            now = self.clock()
            if key in self._data:
                self._drop(key)
            self._data[key] = _Entry(value, now + (ttl_s or self.ttl_s), size)
            self.bytes += size
            while self.bytes > self.max_bytes:
                oldest = next(iter(self._data))
                if self._data[oldest].expires_at <= now:
                    self.stats.expired += 1
                else:
                    self.stats.evicted += 1
                self._drop(oldest)
            return True

    def get_or_compute(self, key: Hashable, compute: Callable[[], V]) -> V:
        """Read-through: compute on a miss (outside the lock) and cache the result."""
        value = self.get(key)
        if value is None:
            value = compute()
            self.put(key, value)
        return value


def embedding_key(model_version: str, text: str) -> tuple[str, str]:
    """Key embeddings by model version too: a new model must never read old vectors."""
    return (model_version, " ".join(text.split()))
