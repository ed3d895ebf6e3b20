"""Byte-pair encoding: count adjacent pairs, merge the most frequent, repeat.

Training works on a word-frequency table, not on the raw corpus: "the" appearing a
million times is one entry with count 1,000,000, so a merge step costs time in the
number of distinct words. Ties between equally frequent pairs are broken by the pair
itself (lexicographic order), so two training runs produce the same merges, and the
same vocabulary, on any machine.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise

Word = tuple[str, ...]
Pair = tuple[str, str]


def word_counts(texts: Iterable[str]) -> Counter[Word]:
    """Split on whitespace; each word starts as a tuple of its characters."""
    counts: Counter[Word] = Counter()
    for text in texts:
        for word in text.split():
            counts[tuple(word)] += 1
    return counts


def pair_counts(words: Mapping[Word, int]) -> Counter[Pair]:
    pairs: Counter[Pair] = Counter()
    for word, freq in words.items():
        for pair in pairwise(word):
            pairs[pair] += freq
    return pairs


def merge_word(word: Word, pair: Pair) -> Word:
    """Replace every non-overlapping occurrence of pair, left to right."""
    out: list[str] = []
    i = 0
    while i < len(word):
        if i + 1 < len(word) and (word[i], word[i + 1]) == pair:
            out.append(word[i] + word[i + 1])
            i += 2
        else:
            out.append(word[i])
            i += 1
    return tuple(out)


def best_pair(pairs: Mapping[Pair, int]) -> Pair | None:
    """Most frequent pair; ties go to the lexicographically smallest pair."""
    if not pairs:
        return None
    return min(pairs, key=lambda p: (-pairs[p], p))


def train(texts: Iterable[str], num_merges: int) -> tuple[list[Pair], Counter[Word]]:
    """Learn up to ``num_merges`` merges; stops early when no pair occurs twice."""
    words = word_counts(texts)
    merges: list[Pair] = []
    for _ in range(num_merges):
        pairs = pair_counts(words)
        pair = best_pair(pairs)
        if pair is None or pairs[pair] < 2:
            break
        merges.append(pair)
        merged: Counter[Word] = Counter()
        for word, freq in words.items():
            merged[merge_word(word, pair)] += freq
        words = merged
    return merges, words


def encode(word: str, merges: Sequence[Pair]) -> Word:
    """Apply learned merges by rank: always the earliest-learned pair present first."""
    rank = {pair: i for i, pair in enumerate(merges)}
    symbols: Word = tuple(word)
    while len(symbols) > 1:
        candidates = [(rank[p], p) for p in pairwise(symbols) if p in rank]
        if not candidates:
            break
        _, pair = min(candidates)
        symbols = merge_word(symbols, pair)
    return symbols


class Trie:
    """Prefix matching over a vocabulary: longest-match tokenization in O(word length)."""

    def __init__(self, vocab: Iterable[str] = ()) -> None:
        self.root: dict[str, dict] = {}  # type: ignore[type-arg]
        self.end = "\0"
        for token in vocab:
            self.insert(token)

    def insert(self, token: str) -> None:
        if not token:
            raise ValueError("empty token")
        node = self.root
        for ch in token:
            node = node.setdefault(ch, {})
        node[self.end] = {}

    def longest_prefix(self, text: str, start: int = 0) -> int:
        """Length of the longest vocabulary token at text[start:], 0 if none."""
        node, best = self.root, 0
        for i in range(start, len(text)):
            nxt = node.get(text[i])
            if nxt is None:
                break
            node = nxt
            if self.end in node:
                best = i - start + 1
        return best

    def tokenize(self, text: str, unknown: str = "<unk>") -> list[str]:
        """Greedy longest match; a character with no token becomes ``unknown``."""
        out, i = [], 0
        while i < len(text):
            n = self.longest_prefix(text, i)
            if n == 0:
                out.append(unknown)
                i += 1
            else:
                out.append(text[i : i + n])
                i += n
        return out
