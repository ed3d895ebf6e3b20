"""Exact top-k nearest neighbours by cosine similarity, with a bounded heap.

Vectors are normalized once at insert time, so a query costs one dot product per stored
vector and a heap of size k keeps the best: O(n * d) time and O(k) extra memory per
query. Zero vectors and vectors with NaN or inf are refused at insert, because their
cosine is undefined and one of them would poison every ranking.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass


def normalize(vector: Sequence[float]) -> list[float]:
    if not all(math.isfinite(x) for x in vector):
        raise ValueError("vector contains NaN or inf")
    # Scale by the largest magnitude first: squaring 1e200 would overflow to inf and
    # turn every component into 0.0; squaring 1e-200 would underflow to 0.0.
    largest = max((abs(x) for x in vector), default=0.0)
    if largest == 0.0:
        raise ValueError("zero vector has no direction")
    scaled = [x / largest for x in vector]
    norm = math.sqrt(math.fsum(x * x for x in scaled))
    return [x / norm for x in scaled]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    if len(a) != len(b):
        raise ValueError(f"dimension mismatch: {len(a)} vs {len(b)}")
    return math.fsum(x * y for x, y in zip(normalize(a), normalize(b), strict=True))


@dataclass(frozen=True)
class Neighbour:
    id: str
    score: float


class VectorIndex:
    """A brute-force index: the baseline an ANN index (HNSW, IVF) is measured against."""

    def __init__(self, dim: int) -> None:
        if dim < 1:
            raise ValueError("dim must be >= 1")
        self.dim = dim
        self.ids: list[str] = []
        self.vectors: list[list[float]] = []
        self._position: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, item_id: str, vector: Sequence[float]) -> None:
        """Insert or replace; raises ValueError for a wrong dimension or a bad vector."""
        if len(vector) != self.dim:
            raise ValueError(f"{item_id}: dimension {len(vector)}, index holds {self.dim}")
        unit = normalize(vector)
        if item_id in self._position:
            self.vectors[self._position[item_id]] = unit
            return
        self._position[item_id] = len(self.ids)
        self.ids.append(item_id)
        self.vectors.append(unit)

    def search(self, query: Sequence[float], k: int, *, min_score: float = -1.0) -> list[Neighbour]:
        """The k most similar items, best first; ties broken by insertion order."""
        if k < 1:
            return []
        if len(query) != self.dim:
            raise ValueError(f"query dimension {len(query)}, index holds {self.dim}")
        q = normalize(query)
        heap: list[tuple[float, int]] = []  # (score, -position): root is the worst kept
        for pos, vec in enumerate(self.vectors):
            score = sum(x * y for x, y in zip(q, vec, strict=True))
            if score < min_score:
                continue
            entry = (score, -pos)
            if len(heap) < k:
                heapq.heappush(heap, entry)
            elif entry > heap[0]:
                heapq.heapreplace(heap, entry)
        best = sorted(heap, reverse=True)
        return [Neighbour(self.ids[-neg], score) for score, neg in best]
