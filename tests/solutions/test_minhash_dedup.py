"""MinHash near-duplicate detection."""

from __future__ import annotations

import pytest

from solutions.minhash_dedup import (
    MinHasher,
    candidate_probability,
    dedupe,
    estimated_jaccard,
    jaccard,
    near_duplicates,
    shingles,
)

BASE = (
    "the model serves embeddings for search and the cache keeps hot vectors in memory "
    "while the batch job rebuilds the index every night from the feature store snapshot"
)


def test_shingles_and_jaccard() -> None:
    assert shingles("A b c d") == {"a b c", "b c d"}
    assert shingles("two words") == {"two words"}
    assert shingles("") == set()
    assert jaccard(set(), set()) == 1.0
    assert jaccard({"a", "b"}, {"b", "c"}) == pytest.approx(1 / 3)


def test_signature_estimates_jaccard() -> None:
    hasher = MinHasher(num_perm=256, seed=3)
    a = {f"s{i}" for i in range(100)}
    b = {f"s{i}" for i in range(50, 150)}  # true Jaccard 50 / 150
    est = estimated_jaccard(hasher.signature(a), hasher.signature(b))
    assert est == pytest.approx(1 / 3, abs=0.08)
    assert estimated_jaccard(hasher.signature(a), hasher.signature(a)) == 1.0


def test_signatures_are_deterministic_and_order_free() -> None:
    s1 = MinHasher(64, seed=7).signature(["x", "y", "z"])
    s2 = MinHasher(64, seed=7).signature(["z", "x", "y"])
    assert s1 == s2
    with pytest.raises(ValueError):
        estimated_jaccard(s1, s1[:10])
    with pytest.raises(ValueError):
        MinHasher(0)


def test_finds_near_duplicates_and_ignores_different_text() -> None:
    docs = [
        BASE,
        BASE.replace("every night", "every  night"),  # whitespace only: identical shingles
        BASE.replace("snapshot", "snapshots"),  # one word changed
        "a completely different document about gradient clipping and learning rate warmup",
        "",
        "",
    ]
    pairs = {(i, j) for i, j, _ in near_duplicates(docs, threshold=0.8)}
    assert (0, 1) in pairs
    assert (0, 2) in pairs
    assert (4, 5) in pairs  # two empty documents are duplicates of each other
    assert not any(3 in p for p in pairs)
    assert dedupe(docs, threshold=0.8) == [0, 3, 4]


def test_no_documents() -> None:
    assert near_duplicates([]) == []
    assert dedupe([]) == []


def test_band_s_curve() -> None:
    assert candidate_probability(0.9, bands=16, rows=8) > 0.99
    assert candidate_probability(0.3, bands=16, rows=8) < 0.01
    assert candidate_probability(1.0, 1, 1) == 1.0
