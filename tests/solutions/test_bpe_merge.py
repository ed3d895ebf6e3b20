"""BPE merge steps and trie longest-match tokenization."""

from __future__ import annotations

import pytest

from solutions.bpe_merge import (
    Trie,
    best_pair,
    encode,
    merge_word,
    pair_counts,
    train,
    word_counts,
)

CORPUS = ["low low low low low", "lower lower", "newest newest newest", "widest widest"]


def test_pair_counts_are_weighted_by_word_frequency() -> None:
    words = word_counts(CORPUS)
    assert words[tuple("low")] == 5
    pairs = pair_counts(words)
    assert pairs[("l", "o")] == 7  # 5 from low, 2 from lower
    assert pairs[("e", "s")] == 5  # 3 from newest, 2 from widest


def test_merge_word_is_left_to_right_and_non_overlapping() -> None:
    assert merge_word(("a", "a", "a"), ("a", "a")) == ("aa", "a")
    assert merge_word(("l", "o", "w"), ("o", "w")) == ("l", "ow")
    assert merge_word((), ("a", "b")) == ()
    assert merge_word(("x",), ("x", "x")) == ("x",)


def test_ties_go_to_the_smallest_pair() -> None:
    assert best_pair({("b", "c"): 3, ("a", "z"): 3, ("q", "q"): 1}) == ("a", "z")
    assert best_pair({}) is None


def test_training_learns_frequent_pairs_first() -> None:
    merges, words = train(CORPUS, 4)
    assert merges[0] == ("l", "o")  # 7 occurrences beats every other pair
    assert merges[1] == ("lo", "w")
    assert words[("low",)] == 5
    assert sum(words.values()) == 12  # merging never loses a word


def test_training_stops_when_nothing_repeats() -> None:
    merges, _ = train(["ab cd"], 10)
    assert merges == []
    assert train([], 5)[0] == []


def test_training_is_deterministic() -> None:
    assert train(CORPUS, 10) == train(list(CORPUS), 10)


def test_encode_applies_merges_by_rank() -> None:
    merges, _ = train(CORPUS, 10)
    assert encode("low", merges) == ("low",)
    assert "".join(encode("lowest", merges)) == "lowest"
    assert encode("", merges) == ()
    assert encode("xyz", merges) == ("x", "y", "z")


def test_trie_longest_match() -> None:
    trie = Trie(["un", "unbelievable", "believ", "able", "a"])
    assert trie.longest_prefix("unbeliev") == 2
    assert trie.longest_prefix("unbelievable!") == 12
    assert trie.tokenize("unbelievable") == ["unbelievable"]
    assert trie.tokenize("unbelievab") == ["un", "believ", "a", "<unk>"]
    assert trie.tokenize("") == []
    with pytest.raises(ValueError):
        trie.insert("")
