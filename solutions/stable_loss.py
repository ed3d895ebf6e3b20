"""Numerically stable losses in plain Python: log-sum-exp, softmax cross-entropy and
binary cross-entropy with logits.

The naive formulas overflow: ``exp(1000)`` does not fit in a float64 (the largest is
about 1.8e308, so exp overflows above x = 709.78). Subtracting the maximum logit before
exponentiating keeps every exponent <= 0, so each term lies in (0, 1] and the sum lies
in [1, n].

Non-finite inputs, by design:

* NaN anywhere in a row makes that row's loss NaN. Hiding a NaN would hide the bug
  that produced it; the training loop's NaN check should fire instead.
* A +inf logit is infinite confidence: the loss is 0 when it is the target's logit
  (log(m) when m logits tie at +inf) and +inf otherwise.
* A -inf logit is a masked-out class: it adds nothing to the sum. If the target's
  logit is -inf the loss is +inf; if every logit is -inf the row is undefined (NaN).
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def logsumexp(xs: Sequence[float]) -> float:
    """log(sum(exp(x))) without overflow; -inf for an empty input (the empty sum is 0)."""
    if not xs:
        return -math.inf
    if any(math.isnan(x) for x in xs):
        return math.nan
    top = max(xs)
    if math.isinf(top):  # +inf dominates; all -inf means the sum is exp(-inf) = 0
        return top
    return top + math.log(math.fsum(math.exp(x - top) for x in xs))


def log_softmax(xs: Sequence[float]) -> list[float]:
    lse = logsumexp(xs)
    return [x - lse for x in xs]


def softmax(xs: Sequence[float]) -> list[float]:
    """Probabilities that sum to 1 (within rounding) for any finite logits."""
    return [math.exp(v) for v in log_softmax(xs)]


def softmax_cross_entropy(logits: Sequence[float], target: int) -> float:
    """-log softmax(logits)[target] for one example."""
    if not 0 <= target < len(logits):
        raise IndexError(f"target {target} outside {len(logits)} classes")
    if any(math.isnan(x) for x in logits):
        return math.nan
    chosen = logits[target]
    top = max(logits)
    if top == math.inf:
        if chosen != math.inf:
            return math.inf
        return math.log(sum(1 for x in logits if x == math.inf))
    if top == -math.inf:
        return math.nan  # every class masked out: no distribution to score
    if chosen == -math.inf:
        return math.inf
    return logsumexp(logits) - chosen


def mean_cross_entropy(
    batch: Sequence[Sequence[float]], targets: Sequence[int], *, ignore_index: int = -100
) -> float:
    """Mean loss over the rows whose target is not ``ignore_index`` (padding positions).

    A batch where every row is ignored has no loss to average: it returns 0.0 so a
    fully padded micro-batch adds nothing, instead of the NaN of 0 / 0.
    """
    if len(batch) != len(targets):
        raise ValueError(f"{len(batch)} rows of logits but {len(targets)} targets")
    losses = [
        softmax_cross_entropy(row, t)
        for row, t in zip(batch, targets, strict=True)
        if t != ignore_index
    ]
    return math.fsum(losses) / len(losses) if losses else 0.0


def bce_with_logits(logit: float, label: float) -> float:
    """Binary cross-entropy of sigmoid(logit) against a label in [0, 1].

    Uses max(x, 0) - x * y + log1p(exp(-|x|)): the exponent is never positive, so no
    overflow for any finite logit, and log1p keeps precision when exp(-|x|) is tiny.
    """
    if not 0.0 <= label <= 1.0:  # also rejects a NaN label
        raise ValueError(f"label {label} is outside [0, 1]")
    if math.isnan(logit):
        return math.nan
    if math.isinf(logit):
        wrong_side = (1.0 - label) if logit > 0 else label
        return math.inf if wrong_side > 0 else 0.0
    return max(logit, 0.0) - logit * label + math.log1p(math.exp(-abs(logit)))


def naive_softmax_cross_entropy(logits: Sequence[float], target: int) -> float:
    """The textbook formula, kept to show the failure: exp overflows above about 709."""
    total = sum(math.exp(x) for x in logits)
    return -math.log(math.exp(logits[target]) / total)


def naive_bce(logit: float, label: float) -> float:
    """sigmoid then log: log(0) once sigmoid rounds to exactly 0.0 or 1.0."""
    p = 1.0 / (1.0 + math.exp(-logit))
    return -(label * math.log(p) + (1.0 - label) * math.log(1.0 - p))
