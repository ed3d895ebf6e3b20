"""Batches of variable-length token sequences, padded to the longest in each batch.

Memory first: each batch is one preallocated int32 buffer of rows x longest cells
(4 bytes a cell) plus a one-byte-a-cell mask, filled by slice copies, instead of a list
of Python lists (a Python int in a list costs 8 bytes for the pointer alone, and 28
bytes for the int object when it is not cached). Bucketing by length cuts the padding:
sequences are sorted inside a window of ``bucket_size`` items, cut into batches, and the
batches are shuffled, so batch order stays random while lengths within a batch match.
"""

from __future__ import annotations

import random
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PaddedBatch:
    tokens: array[int]  # row-major, rows * cols cells, pad_id where mask is 0
    mask: bytearray  # 1 for a real token, 0 for padding
    lengths: tuple[int, ...]
    cols: int

    @property
    def rows(self) -> int:
        return len(self.lengths)

    def row(self, i: int) -> list[int]:
        return self.tokens[i * self.cols : (i + 1) * self.cols].tolist()

    @property
    def nbytes(self) -> int:
        return len(self.tokens) * self.tokens.itemsize + len(self.mask)


@dataclass
class PaddingStats:
    """Running totals; export ``waste`` as a gauge per epoch to catch a bucketing regression."""

    batches: int = 0
    real_tokens: int = 0
    cells: int = 0
    truncated: int = 0
    lengths_seen: list[int] = field(default_factory=list)

    @property
    def waste(self) -> float:
        """Fraction of cells that are padding (0.0 for no cells)."""
        return 1.0 - self.real_tokens / self.cells if self.cells else 0.0


def make_batch(seqs: Sequence[Sequence[int]], pad_id: int = 0) -> PaddedBatch:
    """Pad one group of sequences into a single preallocated buffer."""
    cols = max((len(s) for s in seqs), default=0)
    tokens = array("i", [pad_id]) * (len(seqs) * cols)
    mask = bytearray(len(seqs) * cols)
    for r, seq in enumerate(seqs):
        start = r * cols
        tokens[start : start + len(seq)] = array("i", seq)
        mask[start : start + len(seq)] = b"\x01" * len(seq)
    return PaddedBatch(tokens, mask, tuple(len(s) for s in seqs), cols)


def padded_batches(
    sequences: Iterable[Sequence[int]],
    *,
    batch_size: int,
    pad_id: int = 0,
    max_len: int | None = None,
    bucket_size: int = 0,
    drop_last: bool = False,
    seed: int | None = None,
    stats: PaddingStats | None = None,
) -> Iterator[PaddedBatch]:
    """Yield PaddedBatch objects lazily from an iterable of token id sequences.

    ``max_len`` truncates longer sequences (counted in ``stats.truncated``).
    ``bucket_size`` > 0 sorts each window of that many sequences by length before
    batching and shuffles the batches of the window with ``seed``; 0 keeps input order.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    if max_len is not None and max_len < 1:
        raise ValueError("max_len must be >= 1")
    if bucket_size and bucket_size < batch_size:
        raise ValueError("bucket_size must be 0 or >= batch_size")
    rng = random.Random(seed)
    window = bucket_size or batch_size
    pending: list[Sequence[int]] = []

    def emit(group: list[Sequence[int]]) -> Iterator[PaddedBatch]:
        if bucket_size:
            group.sort(key=len)
        batches = [group[i : i + batch_size] for i in range(0, len(group), batch_size)]
        if drop_last and batches and len(batches[-1]) < batch_size:
            batches.pop()
        if bucket_size:
            rng.shuffle(batches)
        for rows in batches:
            batch = make_batch(rows, pad_id)
            if stats is not None:
                stats.batches += 1
                stats.real_tokens += sum(batch.lengths)
                stats.cells += len(batch.tokens)
            yield batch

    for seq in sequences:
        if max_len is not None and len(seq) > max_len:
            seq = seq[:max_len]
            if stats is not None:
                stats.truncated += 1
        pending.append(seq)
        if len(pending) == window:
            yield from emit(pending)
            pending = []
    if pending:
        yield from emit(pending)
