"""The bounded beam queue and beam search over a toy model."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pytest

from solutions.beam_queue import BeamQueue, Hypothesis, beam_search, length_normalized


def hyp(tokens: str, logprob: float) -> Hypothesis:
    return Hypothesis(tuple(ord(c) for c in tokens), logprob)


def names(hyps: list[Hypothesis]) -> list[str]:
    return ["".join(chr(t) for t in h.tokens) for h in hyps]


def test_keeps_the_best_width_items() -> None:
    q = BeamQueue(2)
    for name, lp in [("a", -3.0), ("b", -1.0), ("c", -2.0), ("d", -5.0)]:
        q.push(hyp(name, lp))
    assert names(q.best()) == ["b", "c"]
    assert len(q) == 2
    assert q.worst_score() == -2.0


def test_ties_keep_the_earlier_arrival_deterministically() -> None:
    q = BeamQueue(2)
    for name in "abcd":
        q.push(hyp(name, -1.0))
    assert names(q.best()) == ["a", "b"]
    q2 = BeamQueue(3)
    for name, lp in [("x", -1.0), ("y", -0.5), ("z", -1.0), ("w", -1.0)]:
        q2.push(hyp(name, lp))
    assert names(q2.best()) == ["y", "x", "z"]


def test_rejection_reported() -> None:
    q = BeamQueue(1)
    assert q.push(hyp("a", -1.0))
    assert not q.push(hyp("b", -2.0))
    assert not q.push(hyp("c", -1.0))  # a tie does not evict
    assert q.push(hyp("d", -0.5))


def test_empty_queue() -> None:
    q = BeamQueue(3)
    assert q.best() == []
    assert q.worst_score() == -math.inf


def test_nan_raises_and_minus_inf_is_dropped() -> None:
    q = BeamQueue(2)
    with pytest.raises(ValueError, match="NaN score"):
        q.push(hyp("a", math.nan))
    assert not q.push(hyp("b", -math.inf))
    assert len(q) == 0


def test_width_must_be_positive() -> None:
    with pytest.raises(ValueError):
        BeamQueue(0)


def test_length_normalization_favours_longer_hypotheses() -> None:
    short, long = hyp("ab", -2.0), hyp("abcdefgh", -2.6)
    raw = BeamQueue(1)
    raw.push(short)
    raw.push(long)
    assert names(raw.best()) == ["ab"]
    normed = BeamQueue(1, alpha=1.0)
    normed.push(short)
    normed.push(long)
    assert names(normed.best()) == ["abcdefgh"]
    assert length_normalized(-2.0, 2, 0.0) == -2.0
    assert length_normalized(-6.0, 1, 1.0) == pytest.approx(-6.0)


# A toy model over tokens 0..3 where 3 is EOS.
EOS = 3
TABLE = {
    (0,): [-math.inf, math.log(0.6), math.log(0.4), -math.inf],
    (0, 1): [-math.inf, math.log(0.35), math.log(0.35), math.log(0.3)],
    (0, 2): [-math.inf, math.log(0.9), math.log(0.05), math.log(0.05)],
}


def toy(prefix: tuple[int, ...]) -> Sequence[float]:
    return TABLE.get(prefix, [-math.inf, -math.inf, -math.inf, 0.0])


def test_greedy_is_beam_of_one() -> None:
    [best] = beam_search(toy, bos=0, eos=EOS, width=1, max_len=5)
    assert best.tokens == (0, 1, 1, EOS)  # the 0.35 tie goes to the lower token id
    assert best.finished
    assert best.logprob == pytest.approx(math.log(0.6 * 0.35))


def test_wider_beam_finds_the_better_sequence_greedy_misses() -> None:
    results = beam_search(toy, bos=0, eos=EOS, width=2, max_len=5)
    assert [h.tokens for h in results] == [(0, 2, 1, EOS), (0, 1, 1, EOS)]
    assert results[0].logprob == pytest.approx(math.log(0.4 * 0.9))


def test_beam_results_are_sorted_and_deterministic() -> None:
    first = beam_search(toy, bos=0, eos=EOS, width=3, max_len=6)
    second = beam_search(toy, bos=0, eos=EOS, width=3, max_len=6)
    assert first == second
    scores = [h.logprob for h in first]
    assert scores == sorted(scores, reverse=True)


def test_max_len_returns_unfinished_hypotheses() -> None:
    def never_ends(prefix: tuple[int, ...]) -> Sequence[float]:
        return [math.log(0.5), math.log(0.5), -math.inf, -math.inf]

    results = beam_search(never_ends, bos=0, eos=EOS, width=2, max_len=3)
    assert len(results) == 2
    assert all(not h.finished and len(h.tokens) == 4 for h in results)
