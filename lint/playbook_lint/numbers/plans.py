"""Plans in a system design answer: the sentences that say what the candidate would
build, not what happened.

A design answer is mostly a plan, and its numbers are sizes, limits and settings ("I'd
cap retries at 3 with a 250 ms first backoff", "it has to fan out to 30 million devices
in under five minutes"). A result from a system the candidate built before is told in the
past ("when we built this at my last job, p99 fell from 180 ms to 35 ms"). So in a design
answer a sentence counts as a plan when it holds a word of intent (would, I'd, has to,
needs to, should, will, the goal is) and no word of something done; its numbers are not outcomes.
Sentences with neither kind of word ("The service handles 30k QPS at p99 80 ms") are
left to the stages, as in any other answer.
"""

from __future__ import annotations

import re

from playbook_lint.sentences import Sentences

_INTENT = re.compile(
    r"(?i:\b(?:i'd|i\u2019d|we'd|we\u2019d|would|should|i'll|i\u2019ll|we'll|we\u2019ll|"
    r"i[ \t]+will|we[ \t]+will|going[ \t]+to|plan[ \t]+to|needs?[ \t]+to|has[ \t]+to|"
    r"have[ \t]+to|must|"
    # a size assumed or budgeted for: "I'll assume 300k peak CCU", "let's say 5k OTPs a
    # second", "sized for 2x the Diwali peak", "budget 30 ms per frame"
    r"assume|assuming|let's[ \t]+say|let\u2019s[ \t]+say|estimate|sized?[ \t]+(?:it[ \t]+)?for|"
    r"budget|"
    # a requirement told as a noun: "the requirement is to notify 30 million subscribers",
    # "the goal is to go from the daily CSV drop to near real time"
    r"(?:requirements?|goals?|targets?|aims?|brief)[ \t]+(?:is|are)(?:[ \t]+to)?)\b)"
)
_DONE = re.compile(
    r"(?i:\b(?:was|were|had|did|went|got|came|fell|rose|dropped|cut|reduced|improved|saved|"
    r"lifted|increased|decreased|lowered|raised|grew|halved|doubled|tripled|brought|took|"
    r"shipped|launched|built|ran|caught|achieved|reached|hit|moved|ended[ \t]+up|used[ \t]+by|"
    r"previous|previously|before|last[ \t]+(?:year|time|job|role|team|company|version|system)|"
    r"(?:i|we|it|this|that|which)[ \t]+\w+ed)\b)"
)


def plan_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of text[start:end]'s sentences that state a plan, in order."""
    return [
        (left, right)
        for left, right in Sentences(text, start, end).spans()
        if _INTENT.search(text, left, right) and not _DONE.search(text, left, right)
    ]
