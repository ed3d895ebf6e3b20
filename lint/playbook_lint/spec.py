"""The one definition of an answer kind and of the ``lint:`` front-matter block.

The linter reads these here, and the site's content model (``macros/content_model.py``)
builds its schema from the same names, so the two cannot disagree about what a ``lint:``
block may say. No third-party imports: this is part of the linter's runtime.

A ``lint:`` block::

    lint:
      kind: resume                    # how the file splits into answers (optional here;
                                      # the site requires it on templates and examples)
      require: [observability]        # rules switched on; a plain string is one rule
      verdict: weak                   # site examples only: strong | weak
      expect: {quantified-outcome: fail}   # site examples only: rule -> pass | fail
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, NamedTuple


class AnswerKind(StrEnum):
    """How a document splits into the answers the rules judge."""

    ANSWER = "answer"
    STAR_STORY = "star-story"
    RESUME = "resume"
    DESIGN_ANSWER = "design-answer"


KINDS: tuple[str, ...] = tuple(kind.value for kind in AnswerKind)
VERDICTS = ("strong", "weak")
EXPECTATIONS = ("pass", "fail")
LINT_KEYS = ("kind", "require", "verdict", "expect")
RULE_NAME = re.compile(r"[a-z]+(?:-[a-z]+)*")


class SpecError(ValueError):
    """A ``lint:`` block breaks the spec: ``key`` names the field ("require", "kind")."""

    def __init__(self, key: str, message: str) -> None:
        self.key = key
        self.message = message
        super().__init__(f"lint.{key} {message}" if key else message)


class LintSpec(NamedTuple):
    kind: AnswerKind | None = None
    require: tuple[str, ...] = ()
    verdict: str | None = None
    expect: Mapping[str, str] = {}


def normalise_require(value: object) -> object:
    """``require: observability`` means ``require: [observability]``, everywhere."""
    return [value] if isinstance(value, str) else value


def parse_lint_spec(data: Any) -> LintSpec:
    """A LintSpec from the parsed YAML value of ``lint:``, or SpecError."""
    if data is None:
        return LintSpec()
    if not isinstance(data, dict):
        raise SpecError("", "'lint' must be a mapping")
    for key in data:
        if key not in LINT_KEYS:
            raise SpecError(str(key), f"is not a known key (allowed: {', '.join(LINT_KEYS)})")
    kind = data.get("kind")
    if kind is not None and kind not in KINDS:
        raise SpecError("kind", f"{kind!r} is not one of {', '.join(KINDS)}")
    require = normalise_require(data.get("require", []))
    if not isinstance(require, list) or not all(
        isinstance(item, str) and RULE_NAME.fullmatch(item) for item in require
    ):
        raise SpecError("require", "must be a list of rule names")
    verdict = data.get("verdict")
    if verdict is not None and verdict not in VERDICTS:
        raise SpecError("verdict", f"must be one of {', '.join(VERDICTS)}")
    expect = data.get("expect", {})
    if not isinstance(expect, dict) or not all(
        isinstance(rule, str) and RULE_NAME.fullmatch(rule) and value in EXPECTATIONS
        for rule, value in expect.items()
    ):
        raise SpecError("expect", "must map rule names to pass or fail")
    return LintSpec(
        AnswerKind(kind) if kind is not None else None, tuple(require), verdict, dict(expect)
    )
