"""Brute-force cosine top-k."""

from __future__ import annotations

import math
import random

import pytest

from solutions.cosine_topk import VectorIndex, cosine, normalize


def test_cosine_basics() -> None:
    assert cosine([1.0, 0.0], [2.0, 0.0]) == pytest.approx(1.0)
    assert cosine([1.0, 0.0], [0.0, 3.0]) == pytest.approx(0.0)
    assert cosine([1.0, 1.0], [-1.0, -1.0]) == pytest.approx(-1.0)
    with pytest.raises(ValueError, match="dimension mismatch"):
        cosine([1.0], [1.0, 2.0])


def test_normalize_rejects_zero_nan_and_inf() -> None:
    for bad in ([0.0, 0.0], [math.nan, 1.0], [math.inf, 1.0]):
        with pytest.raises(ValueError):
            normalize(bad)
    assert normalize([3.0, 4.0]) == pytest.approx([0.6, 0.8])
    for tiny_or_huge in (1e200, 1e-200):  # squares overflow or underflow without scaling
        assert normalize([tiny_or_huge, tiny_or_huge]) == pytest.approx([0.5**0.5, 0.5**0.5])


def test_search_returns_best_first() -> None:
    index = VectorIndex(2)
    index.add("east", [1.0, 0.0])
    index.add("north", [0.0, 1.0])
    index.add("north-east", [1.0, 1.0])
    got = index.search([1.0, 0.1], k=2)
    assert [n.id for n in got] == ["east", "north-east"]
    assert got[0].score == pytest.approx(cosine([1.0, 0.1], [1.0, 0.0]))


def test_ties_broken_by_insertion_order() -> None:
    index = VectorIndex(2)
    for name in ("first", "second", "third"):
        index.add(name, [1.0, 0.0])
    assert [n.id for n in index.search([1.0, 0.0], k=2)] == ["first", "second"]


def test_edge_cases() -> None:
    index = VectorIndex(3)
    assert index.search([1.0, 0.0, 0.0], k=5) == []
    index.add("a", [1.0, 2.0, 3.0])
    assert index.search([1.0, 0.0, 0.0], k=0) == []
    assert len(index.search([1.0, 0.0, 0.0], k=10)) == 1
    assert index.search([-1.0, -2.0, -3.0], k=1, min_score=0.0) == []
    with pytest.raises(ValueError, match="dimension 2"):
        index.add("b", [1.0, 2.0])
    with pytest.raises(ValueError):
        index.add("z", [0.0, 0.0, 0.0])
    with pytest.raises(ValueError):
        VectorIndex(0)


def test_re_adding_an_id_replaces_its_vector() -> None:
    index = VectorIndex(2)
    index.add("a", [1.0, 0.0])
    index.add("a", [0.0, 1.0])
    assert len(index) == 1
    assert index.search([0.0, 1.0], k=1)[0].score == pytest.approx(1.0)


def test_matches_a_full_sort_on_random_data() -> None:
    rng = random.Random(11)
    index = VectorIndex(16)
    vectors = {f"v{i}": [rng.gauss(0, 1) for _ in range(16)] for i in range(2000)}
    for key, vec in vectors.items():
        index.add(key, vec)
    query = [rng.gauss(0, 1) for _ in range(16)]
    expected = sorted(vectors, key=lambda k: -cosine(query, vectors[k]))[:10]
    assert [n.id for n in index.search(query, k=10)] == expected
