"""A bounded priority queue for beam search, and a beam search that uses it.

The queue keeps the ``width`` best hypotheses in a min-heap whose root is the worst one
kept, so a new candidate is compared with the root in O(1) and replaces it in
O(log width). Ties are broken by arrival order (the earlier hypothesis wins), so two
runs over the same model outputs always return the same beam.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Hypothesis:
    tokens: tuple[int, ...]
    logprob: float  # sum of token log-probabilities, <= 0
    finished: bool = False


def length_normalized(logprob: float, length: int, alpha: float) -> float:
    """Score with the GNMT length penalty ((5 + length) / 6) ** alpha; alpha=0 is raw."""
    if alpha == 0.0:
        return logprob
    return logprob / float(((5.0 + length) / 6.0) ** alpha)


class BeamQueue:
    """Keeps the best ``width`` hypotheses seen so far."""

    def __init__(self, width: int, *, alpha: float = 0.0) -> None:
        if width < 1:
            raise ValueError("width must be >= 1")
        self.width = width
        self.alpha = alpha
        self._seq = 0
        # (score, -arrival, hypothesis): the root is the lowest score and, among equal
        # scores, the latest arrival, which is what we evict first.
        self._heap: list[tuple[float, int, Hypothesis]] = []

    def __len__(self) -> int:
        return len(self._heap)

    def score(self, hyp: Hypothesis) -> float:
        return length_normalized(hyp.logprob, len(hyp.tokens), self.alpha)

    def worst_score(self) -> float:
        """The score a candidate must beat once the queue is full (-inf before that)."""
        return self._heap[0][0] if len(self._heap) == self.width else -math.inf

    def push(self, hyp: Hypothesis) -> bool:
        """Offer a hypothesis; True if it was kept. NaN scores raise, -inf is dropped."""
        score = self.score(hyp)
        if math.isnan(score):
            raise ValueError(f"NaN score for tokens {hyp.tokens}: check the model's logits")
        if score == -math.inf:
            return False
        self._seq += 1
        entry = (score, -self._seq, hyp)
        if len(self._heap) < self.width:
            heapq.heappush(self._heap, entry)
            return True
        if score > self._heap[0][0]:  # a tie with the worst kept loses: earlier wins
            heapq.heapreplace(self._heap, entry)
            return True
        return False

    def best(self) -> list[Hypothesis]:
        """Kept hypotheses, best first; equal scores in arrival order."""
        return [h for _, _, h in sorted(self._heap, key=lambda e: (-e[0], -e[1]))]


StepFn = Callable[[tuple[int, ...]], Sequence[float]]


def beam_search(
    step: StepFn,
    *,
    bos: int,
    eos: int,
    width: int,
    max_len: int,
    alpha: float = 0.0,
) -> list[Hypothesis]:
    """Decode with beam search; ``step(prefix)`` returns log-probabilities per token.

    Returns up to ``width`` hypotheses, best first. Search stops when no live hypothesis
    can still beat the worst finished one, or after ``max_len`` steps.
    """
    live: list[Hypothesis] = [Hypothesis((bos,), 0.0)]
    finished = BeamQueue(width, alpha=alpha)
    for _ in range(max_len):
        candidates = BeamQueue(width, alpha=alpha)
        for hyp in live:
            logprobs = step(hyp.tokens)
            for token, lp in _top_tokens(logprobs, width):
                extended = Hypothesis((*hyp.tokens, token), hyp.logprob + lp, token == eos)
                candidates.push(extended)
        live = []
        for hyp in candidates.best():
            if hyp.finished:
                finished.push(hyp)
            else:
                live.append(hyp)
        if not live or _cannot_improve(live, finished, alpha, max_len):
            break
    for hyp in live:  # unfinished hypotheses still count when max_len is reached
        finished.push(hyp)
    return finished.best()


def _top_tokens(logprobs: Sequence[float], k: int) -> Iterable[tuple[int, float]]:
    # Per-prefix pruning: only the k best next tokens can survive into a beam of k.
    return heapq.nlargest(k, enumerate(logprobs), key=lambda t: (t[1], -t[0]))


def _cannot_improve(
    live: list[Hypothesis], finished: BeamQueue, alpha: float, max_len: int
) -> bool:
    if len(finished) < finished.width:
        return False
    # Log-probabilities only fall as tokens are added; with alpha > 0 the penalty can
    # still lift a longer hypothesis, so bound it at the longest length allowed.
    best_possible = max(
        length_normalized(h.logprob, max(len(h.tokens), max_len + 1) if alpha else 0, alpha)
        for h in live
    )
    return best_possible <= finished.worst_score()
