"""Near-duplicate detection with MinHash signatures and LSH banding.

Each document becomes a set of word shingles. For ``num_perm`` hash functions the
signature keeps the smallest hash over the set; two signatures agree in a slot with
probability equal to the Jaccard similarity of the sets. Banding splits the signature
into ``bands`` of ``rows`` slots: documents that match on a whole band land in the same
bucket and become candidates, so dedup costs O(n) bucket inserts instead of O(n^2)
pairwise comparisons. A pair with similarity s becomes a candidate with probability
1 - (1 - s^rows)^bands, an S-curve whose midpoint is near (1 / bands) ** (1 / rows).
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

_MERSENNE = (1 << 61) - 1
_MAX_HASH = (1 << 32) - 1
_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 3) -> set[str]:
    """Overlapping n-word shingles of the lower-cased text (the whole text if shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


class MinHasher:
    def __init__(self, num_perm: int = 128, seed: int = 1) -> None:
        if num_perm < 1:
            raise ValueError("num_perm must be >= 1")
        rng = random.Random(seed)
        # Universal hashing: h(x) = (a * x + b) mod p, truncated to 32 bits.
        self.params = [
            (rng.randrange(1, _MERSENNE), rng.randrange(0, _MERSENNE)) for _ in range(num_perm)
        ]

    def signature(self, items: Iterable[str]) -> tuple[int, ...]:
        """Minimum hash per permutation; an empty set gets all-max slots."""
        base = [
            int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little")
            for s in items
        ]
        if not base:
            return tuple(_MAX_HASH for _ in self.params)
        return tuple(
            min(((a * x + b) % _MERSENNE) & _MAX_HASH for x in base) for a, b in self.params
        )


def estimated_jaccard(sig_a: Sequence[int], sig_b: Sequence[int]) -> float:
    if len(sig_a) != len(sig_b):
        raise ValueError("signatures differ in length")
    return sum(x == y for x, y in zip(sig_a, sig_b, strict=True)) / len(sig_a)


def near_duplicates(
    docs: Sequence[str],
    *,
    threshold: float = 0.8,
    bands: int = 16,
    rows: int = 8,
    shingle_size: int = 3,
    seed: int = 1,
) -> list[tuple[int, int, float]]:
    """Pairs (i, j, jaccard) with i < j whose true Jaccard similarity >= threshold.

    LSH proposes candidates; each is verified on the exact shingle sets, so there are no
    false positives. A pair can be missed (a false negative) with the probability the
    S-curve gives for its similarity.
    """
    hasher = MinHasher(bands * rows, seed)
    sets = [shingles(d, shingle_size) for d in docs]
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        sig = hasher.signature(s)
        for band in range(bands):
            buckets[(band, sig[band * rows : (band + 1) * rows])].append(i)
    candidates = {
        (members[x], members[y])
        for members in buckets.values()
        for x in range(len(members))
        for y in range(x + 1, len(members))
    }
    found = []
    for i, j in sorted(candidates):
        similarity = jaccard(sets[i], sets[j])
        if similarity >= threshold:
            found.append((i, j, similarity))
    return found


def dedupe(docs: Sequence[str], **kwargs: float) -> list[int]:
    """Indices to keep: the first document of each near-duplicate cluster (union-find)."""
    parent = list(range(len(docs)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _ in near_duplicates(docs, **kwargs):  # type: ignore[arg-type]
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    return [i for i in range(len(docs)) if find(i) == i]


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    """Chance that a pair with this Jaccard similarity shares at least one band."""
    return 1.0 - (1.0 - similarity**rows) ** bands
