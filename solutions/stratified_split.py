"""Deterministic train/validation/test splits from a hash of the id.

``random.random() < 0.8`` assigns a user to a different split on every run, and lets a
user's clicks land in both train and test (leakage). Hashing a stable id (the user, not
the event) with a salt gives the same answer on every run, machine and language, needs
no stored assignment table, and keeps all of an entity's rows in one split. A salt per
experiment re-shuffles assignments without code changes.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

T = TypeVar("T")
_BUCKETS = 10_000


def bucket(entity_id: str, salt: str = "") -> int:
    """A stable bucket in [0, 10000) from SHA-256 of salt and id.

    Python's built-in hash() is salted per process (PYTHONHASHSEED), so it would give a
    different split on every run: never use it here.
    """
    digest = hashlib.sha256(f"{salt}:{entity_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % _BUCKETS


def _check_fractions(fractions: Mapping[str, float]) -> None:
    total = sum(fractions.values())
    if not fractions or abs(total - 1.0) > 1e-9 or any(f < 0 for f in fractions.values()):
        raise ValueError(f"fractions must be >= 0 and sum to 1, got {total}")


def assign(entity_id: str, fractions: Mapping[str, float], salt: str = "") -> str:
    """The split name for one id; fractions must sum to 1 and are taken in given order."""
    _check_fractions(fractions)
    b = bucket(entity_id, salt)
    edge = 0.0
    for name, fraction in fractions.items():
        edge += fraction * _BUCKETS
        if b < round(edge):
            return name
    return list(fractions)[-1]  # rounding: the last split takes the remainder


def stratified_split(
    rows: Iterable[T],
    *,
    entity_of: Callable[[T], str],
    label_of: Callable[[T], Hashable],
    fractions: Mapping[str, float],
    salt: str = "",
) -> dict[str, list[T]]:
    """Split rows so that every entity's rows land together and each stratum of
    entities is split by the fractions.

    An entity is assigned once, never per row: its stratum is the set of labels its
    rows carry, so a user with one click among many views is one entity in the
    ``{0, 1}`` stratum, not a negative in train and a positive in test. Within each
    stratum, entities are ordered by their hash bucket and cut at the fraction
    boundaries, so small strata still get their share (a pure hash threshold can
    leave a 12-example class with zero test rows). Order by hash, not by position,
    keeps the result deterministic and independent of input order.
    """
    _check_fractions(fractions)
    rows_of: dict[str, list[T]] = defaultdict(list)
    labels_of: dict[str, set[Hashable]] = defaultdict(set)
    for row in rows:
        entity = entity_of(row)
        rows_of[entity].append(row)
        labels_of[entity].add(label_of(row))
    strata: dict[tuple[Hashable, ...], list[str]] = defaultdict(list)
    for entity, labels in labels_of.items():
        strata[tuple(sorted(labels, key=repr))].append(entity)
    out: dict[str, list[T]] = {name: [] for name in fractions}
    names = list(fractions)
    for stratum in sorted(strata, key=repr):
        entities = sorted(strata[stratum], key=lambda e: (bucket(e, salt), e))
        cuts = _cut_points(len(entities), [fractions[n] for n in names])
        for i, entity in enumerate(entities):
            split = names[sum(1 for c in cuts if i >= c)]
            out[split].extend(rows_of[entity])
    return out


def _cut_points(n: int, fractions: Sequence[float]) -> list[int]:
    cuts, acc = [], 0.0
    for f in fractions[:-1]:
        acc += f
        cuts.append(round(acc * n))
    return cuts


def label_balance(
    split: Mapping[str, Sequence[T]], label_of: Callable[[T], Hashable]
) -> dict[str, Counter[Hashable]]:
    """Label counts per split: the check to log after every split."""
    return {name: Counter(label_of(r) for r in rows) for name, rows in split.items()}
