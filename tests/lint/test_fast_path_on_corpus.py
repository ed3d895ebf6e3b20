"""The fast path (``fast.quick``) decides every digit number exactly as the stages do,
on text people write: every text of the tuned corpus, and seeded mutations of it (words
dropped, inserted, repeated from elsewhere, upper-cased or glued to a sign).

The hypothesis tests in ``test_numbers_fast_paths.py`` check the pieces of the proof on
generated strings; this one checks the whole decision on real sentences, where the
proof's many conditions meet. Each rule change that touched a stage the proof names has
found a gap here first ("$0.01 percent" in a rollout, "saving the 30k finance team hrs").
"""

from __future__ import annotations

import random
from functools import cache

import pytest

from playbook_lint.numbers import _DIGIT, _NUMBER, _excluded_spans
from playbook_lint.numbers.candidate import Candidate, Scan
from playbook_lint.numbers.fast import quick
from playbook_lint.numbers.stages import (
    classify,
)
from tests.lint.corpus_eval import load_cases

MUTATIONS = 4000  # per seed: about a second


@cache
def _corpus_texts() -> tuple[str, ...]:
    return tuple(case.text for case in load_cases())


def _mutated(rng: random.Random, texts: tuple[str, ...], count: int) -> list[str]:
    """Seeded edits of corpus texts, with words and numbers drawn from the corpus."""
    words = " ".join(texts).split()
    numbers = [word for word in words if any(ch.isdigit() for ch in word)]
    out = []
    for _ in range(count):
        tokens = rng.choice(texts).split(" ")
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(tokens))
            roll = rng.random()
            if roll < 0.3 and len(tokens) > 1:
                tokens.pop(at)
            elif roll < 0.6:
                tokens.insert(at, rng.choice(words))
            elif roll < 0.85:
                tokens.insert(at, rng.choice(numbers))
            elif rng.random() < 0.5:
                tokens[at] = tokens[at].upper()
            else:
                tokens[at] += rng.choice("-+%x.,;:")
        out.append(" ".join(tokens))
    return out


def _disagreements(texts: list[str] | tuple[str, ...]) -> tuple[int, list[str]]:
    """How many fast decisions were made, and those that differ from the stages'."""
    made, differ = 0, []
    for text in texts:
        if not _DIGIT.search(text):
            continue
        scan = Scan(text, 0, len(text), _excluded_spans)
        for match in _NUMBER.finditer(text):
            fast = quick(text, match, scan, len(text))
            if fast is None:
                continue
            made += 1
            fresh = Scan(text, 0, len(text), _excluded_spans)
            full = classify(Candidate(text, match, fresh, len(text)))
            if (fast.reason, fast.stop) != (full.reason, full.stop):
                differ.append(f"{match.group(0)!r} in {text[:120]!r}: {fast} vs {full}")
    return made, differ


def test_the_fast_path_agrees_with_the_stages_on_every_corpus_text() -> None:
    made, differ = _disagreements(_corpus_texts())
    assert made > 1000, "the fast path decided almost nothing: the test lost its power"
    assert not differ, "\n".join(differ[:10])


@pytest.mark.parametrize("seed", [7, 2026])
def test_the_fast_path_agrees_with_the_stages_on_mutated_corpus_text(seed: int) -> None:
    texts = _mutated(random.Random(seed), _corpus_texts(), MUTATIONS)
    made, differ = _disagreements(texts)
    assert made > 300, "the fast path decided almost nothing: the test lost its power"
    assert not differ, "\n".join(differ[:10])
