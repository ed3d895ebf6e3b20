"""The grammar of STAR labels, as people write them, shared by kind detection
(:func:`playbook_lint.units.detect`) and the story splitter (:mod:`.star`).

A label sits at the start of a line and is, in order:

- an optional bullet (``- ``, ``* ``) or list number (``4. ``, ``2) ``) and an
  optional heading mark (``## ``);
- optional bold (``**`` or ``__``), with a full stop allowed before its close
  (``**Situation.**``);
- a section name: a word (``Situation``, ``Task``, ``Action``, ``Result``, with a plural
  ``s``) or one of the words people use for the Result (``Outcome``, ``Impact``, ``What
  happened``), in any case; or the capital letter alone (``S``, ``T``, ``A``, ``R``);
- an optional note in brackets, inside or outside the bold (``**Result** (30 seconds):``).
  The note belongs to the label, so a number in it is never an outcome;
- a separator: the closing bold, a colon, a dash (``S -``, ``Task –``), or the end of
  the line (a heading such as ``### What happened``). A letter needs a colon, a dash or
  bold, or to be a heading alone (``### S``): ``A`` alone starting a sentence is not a
  label.
"""

from __future__ import annotations

import re

# Words people write for a section, and the section each one names.
SECTION_OF = {
    "situation": "situation",
    "context": "situation",
    "task": "task",
    "action": "action",
    "result": "result",
    "outcome": "result",
    "impact": "result",
    "what happened": "result",
    "s": "situation",
    "t": "task",
    "a": "action",
    "r": "result",
}
# Names that only stand in for the Result when the story has none yet ("**Impact:**"
# after a "**Result:**" is more of the Result, not a new story).
ALIASES = frozenset({"context", "outcome", "impact", "what happened"})

_NOTE = r"(?:[ \t]*\([^()\n]{0,60}\))?"
_BOLD = r"(?:\*\*|__)"
_SEP = r"[:\u2014\u2013-]"

LABEL = re.compile(
    r"[ \t]{0,3}(?:[-*+\u2022][ \t]+|\d{1,2}[.)][ \t]+)?(?P<hash>#{1,6}[ \t]+)?(?P<bold>"
    + _BOLD
    + r")?[ \t]*"
    r"(?:(?P<word>(?i:situation|task|action|result|outcome|impact|what[ \t]happened))"
    r"(?i:s)?\b" + _NOTE + r"[ \t]*"
    r"(?:\.?"
    + _BOLD
    + _NOTE
    + r"[ \t]*(?:"
    + _SEP
    + r"|\.)?|"
    + _SEP
    + r"(?:[ \t]*"
    + _BOLD
    + r")?"
    r"|(?=[ \t]*$))"
    r"|(?P<letter>[STAR])" + _NOTE + r"[ \t]*"
    r"(?:" + _BOLD + _NOTE + r"[ \t]*" + _SEP + r"?|" + _SEP + r"(?:[ \t]*" + _BOLD + r")?"
    # a heading of the letter alone: "### S"
    r"|(?(hash)(?=[ \t]*$)|(?!))))"
)


def section_name(match: re.Match[str]) -> tuple[str, str]:
    """(the section a label names, the word as written, lowercased)."""
    written = (match.group("word") or match.group("letter")).lower()
    written = " ".join(written.split())
    return SECTION_OF[written], written


def name_span(match: re.Match[str]) -> tuple[int, int]:
    """Where the section name itself sits in the match."""
    group = "word" if match.group("word") is not None else "letter"
    return match.span(group)
