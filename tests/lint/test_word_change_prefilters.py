"""Each way of stating a change in words (``numbers.word_changes.PATTERNS``) runs only
when cheap tests on the lowercased answer pass: a whole word, a substring and a hint.
Those tests are a proof obligation, not a guess: on every text of the tuned corpus and
on seeded mutations of it, each match of a pattern holds one of its words, one of its
substrings and a match of its hint, so skipping a text that fails them loses nothing.
"""

from __future__ import annotations

import random
import re

import pytest

from playbook_lint.numbers.word_changes import PATTERNS
from tests.lint.test_fast_path_on_corpus import _corpus_texts, _mutated

_WORD = re.compile(r"\w+")


def _broken_promises(texts: list[str] | tuple[str, ...]) -> list[str]:
    """Every text where a pattern finds a match that its prefilter (as ``find`` runs it,
    on the whole text) would have skipped."""
    broken = []
    for needed, keys, hint, source in PATTERNS:
        pattern, hinted = re.compile(source), re.compile(hint)
        for text in texts:
            match = pattern.search(text)
            if match is None:
                continue
            low = text.lower()
            if (
                (needed is not None and needed.isdisjoint(_WORD.findall(low)))
                or not any(key in low for key in keys)
                or not hinted.search(low)
            ):
                broken.append(f"{match.group(0)!r} ({keys[0]!r}) in {text!r}")
    return broken


def test_every_match_on_the_corpus_passes_its_prefilter() -> None:
    assert _broken_promises(_corpus_texts()) == []


@pytest.mark.parametrize("seed", [1])
def test_every_match_on_mutated_text_passes_its_prefilter(seed: int) -> None:
    assert _broken_promises(_mutated(random.Random(seed), _corpus_texts(), 2000)) == []
