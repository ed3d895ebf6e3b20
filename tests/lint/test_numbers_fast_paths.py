"""The hand-written fast paths in playbook_lint.numbers agree with the plain patterns
they replace: a speed-up must never change a verdict."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from playbook_lint.numbers import stages

# Word characters, the extra word characters '.#/+-', the three blanks the word before a
# number may be separated by, and others that end a word (including non-ASCII letters
# and digits, which \w also matches).
_ALPHABET = "aZ9_.#/+- \t\u00a0,()\n\u00e9\u0663\u0130\u00b2x"


def _prev_word_by_regex(text: str, pos: int) -> str:
    found = stages._BEFORE_WORD.search(text, max(0, pos - 32), pos)
    assert found is not None  # the pattern can match the empty string at pos
    first = stages._WORD_START.search(found.group(1))
    return found.group(1)[first.start() :].lower() if first else ""


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=48), st.data())
def test_prev_word_matches_the_pattern(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert stages._prev_word(text, pos) == _prev_word_by_regex(text, pos)


def test_prev_word_examples() -> None:
    assert stages._prev_word("Python 3.11", 7) == "python"
    assert stages._prev_word("cut p99 by\u00a0 40%", 12) == "by"
    assert stages._prev_word("(v2.0 ", 6) == "v2.0"
    assert stages._prev_word("3 of 5", 5) == "of"
    assert stages._prev_word("12, 40", 4) == ""
