"""One definition of the ``lint:`` block: playbook-lint (playbook_lint.spec) and the
site's content model (macros/content_model.py) accept and refuse the same blocks, and
read them the same way."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from pydantic import ValidationError

from macros import content_model
from playbook_lint import lint_text, spec

BLOCKS: list[dict[str, Any]] = [
    {"kind": "resume"},
    {"kind": "resume", "require": "observability"},  # a plain string is one rule
    {"kind": "resume", "require": ["observability", "quantified-outcome"]},
    {"kind": "star-story", "verdict": "weak", "expect": {"ownership": "fail"}},
    {"kind": "answer", "require": []},
    {"kind": "essay"},
    {"kind": "resume", "require": 3},
    {"kind": "resume", "require": ["Observability"]},
    {"kind": "resume", "require": [["observability"]]},
    {"kind": "resume", "verdict": "fine"},
    {"kind": "resume", "expect": {"observability": "maybe"}},
    {"kind": "resume", "expect": ["observability"]},
    {"kind": "resume", "requires": ["observability"]},
]


def linter_reads(block: dict[str, Any]) -> spec.LintSpec | None:
    try:
        return spec.parse_lint_spec(block)
    except spec.SpecError:
        return None


def site_reads(block: dict[str, Any]) -> content_model.LintSpec | None:
    try:
        return content_model.LintSpec.model_validate(block)
    except ValidationError:
        return None


@pytest.mark.parametrize("block", BLOCKS, ids=[repr(b) for b in BLOCKS])
def test_the_linter_and_the_site_accept_and_refuse_the_same_blocks(block: dict[str, Any]) -> None:
    linter, site = linter_reads(block), site_reads(block)
    assert (linter is None) == (site is None)
    if linter is not None and site is not None:
        assert linter.kind is site.kind
        assert list(linter.require) == site.require
        assert linter.verdict == site.verdict
        assert dict(linter.expect) == site.expect


def test_require_as_a_plain_string_is_one_rule_in_both() -> None:
    block = {"kind": "resume", "require": "observability"}
    assert spec.parse_lint_spec(block).require == ("observability",)
    assert content_model.LintSpec.model_validate(block).require == ["observability"]
    text = "---\nlint:\n  kind: resume\n  require: observability\n---\n- Cut p99 by 30%.\n"
    assert [f.rule.name for f in lint_text(text)] == ["observability"]


def test_the_site_uses_the_linters_definitions() -> None:
    assert content_model.AnswerKind is spec.AnswerKind
    fields = content_model.LintSpec.model_fields
    assert tuple(fields) == spec.LINT_KEYS == spec.LintSpec._fields
    verdict = fields["verdict"].annotation
    assert set(typing.get_args(typing.get_args(verdict)[0])) == set(spec.VERDICTS)
    expect = typing.get_args(fields["expect"].annotation)[1]
    assert set(typing.get_args(expect)) == set(spec.EXPECTATIONS)
