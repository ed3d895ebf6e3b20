"""Structured output: parse, validate against a schema, repair with the errors, give up."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from solutions.structured_output import (
    Completion,
    Message,
    SchemaError,
    StructuredOutputError,
    generate_structured,
    parse_reply,
    repair_prompt,
    validate,
)

TICKET: dict[str, Any] = {
    "type": "object",
    "required": ["category", "priority", "tags"],
    "additionalProperties": False,
    "properties": {
        "category": {"type": "string", "enum": ["billing", "bug", "account"]},
        "priority": {"type": "integer", "minimum": 1, "maximum": 4},
        "tags": {"type": "array", "items": {"type": "string", "minLength": 1}, "maxItems": 5},
        "summary": {"type": ["string", "null"], "maxLength": 200},
    },
}
VALID = '{"category": "bug", "priority": 2, "tags": ["login"]}'


class FakeModel:
    """Replies from a script, in order; records every conversation it was sent."""

    def __init__(self, replies: list[str], prompt_tokens: int = 100) -> None:
        self.replies = list(replies)
        self.prompt_tokens = prompt_tokens
        self.seen: list[list[Message]] = []

    def __call__(self, messages: list[Message]) -> Completion:
        self.seen.append(list(messages))
        text = self.replies.pop(0)
        # The prompt grows with the conversation, as a real one does.
        prompt = self.prompt_tokens + sum(len(m.content) // 4 for m in messages)
        return Completion(text, prompt, max(1, len(text) // 4))


def ask() -> list[Message]:
    return [Message("system", "Classify the ticket as JSON."), Message("user", "I cannot log in")]


def test_a_valid_first_reply_costs_one_call() -> None:
    model = FakeModel([VALID])
    result = generate_structured(model, ask(), TICKET)
    assert result.value == {"category": "bug", "priority": 2, "tags": ["login"]}
    assert len(result.attempts) == 1
    assert result.tokens == result.attempts[0].prompt_tokens + result.attempts[0].completion_tokens


def test_malformed_json_then_valid_json_is_repaired_with_the_parse_error() -> None:
    model = FakeModel(['{"category": "bug", "priority": 2,', VALID])
    result = generate_structured(model, ask(), TICKET)
    assert len(result.attempts) == 2
    assert result.attempts[0].errors[0].startswith("not valid JSON")
    second_call = model.seen[1]
    assert second_call[-2] == Message("assistant", '{"category": "bug", "priority": 2,')
    assert second_call[-1].role == "user"
    assert "not valid JSON" in second_call[-1].content
    assert result.tokens == sum(a.prompt_tokens + a.completion_tokens for a in result.attempts)
    assert result.attempts[1].prompt_tokens > result.attempts[0].prompt_tokens


def test_schema_errors_are_named_by_path_in_the_repair_prompt() -> None:
    bad = '{"category": "sales", "priority": 9, "tags": [""], "mood": "angry"}'
    model = FakeModel([bad, VALID])
    generate_structured(model, ask(), TICKET)
    repair = model.seen[1][-1].content
    assert "$.category: 'sales' is not one of" in repair
    assert "$.priority: 9 is more than the maximum 4" in repair
    assert "$.tags[0]: shorter than 1 characters" in repair
    assert "$: unexpected property 'mood'" in repair


def test_gives_up_after_max_attempts_with_every_attempt_on_record() -> None:
    model = FakeModel(["Sure! Here is the JSON:", '{"category": "bug"}', "[]", VALID])
    with pytest.raises(StructuredOutputError, match="after 3 attempts") as caught:
        generate_structured(model, ask(), TICKET, max_attempts=3)
    attempts = caught.value.attempts
    assert [len(a.errors) > 0 for a in attempts] == [True, True, True]
    assert "missing required property 'priority'" in " ".join(attempts[1].errors)
    assert attempts[2].errors == ["$: expected object, got list"]
    assert len(model.replies) == 1  # the fourth, valid reply was never requested


def test_token_budget_stops_before_a_call_it_cannot_afford() -> None:
    model = FakeModel(["nope", "nope", VALID], prompt_tokens=300)
    with pytest.raises(StructuredOutputError, match="token budget exhausted after 1 attempts"):
        generate_structured(model, ask(), TICKET, max_attempts=3, token_budget=500)
    assert len(model.seen) == 1


def test_code_fences_are_removed_before_parsing() -> None:
    assert parse_reply('```json\n{"a": 1}\n```') == {"a": 1}
    assert parse_reply("```\n[1, 2]\n```\n") == [1, 2]
    with pytest.raises(ValueError, match="line 1 column"):
        parse_reply("{'a': 1}")


def test_json_types_are_not_python_types() -> None:
    assert validate(True, {"type": "integer"}) == ["$: expected integer, got bool"]
    assert validate(True, {"type": "number"}) != []
    assert validate(3.0, {"type": "integer"}) == []
    assert validate(3.5, {"type": "integer"}) != []
    assert validate(None, {"type": ["string", "null"]}) == []
    assert validate(True, {"enum": [1, 2]}) != []
    assert validate(1, {"enum": [1, 2]}) == []


def test_optional_properties_and_open_objects() -> None:
    assert validate({"category": "bug", "priority": 1, "tags": []}, TICKET) == []
    assert validate({"x": 1}, {"type": "object"}) == []
    assert validate([1, "a"], {"type": "array", "minItems": 3}) == ["$: fewer than 3 items"]


def test_an_unsupported_schema_is_a_bug_not_a_bad_reply() -> None:
    model = FakeModel(['{"a": 1}'])
    with pytest.raises(SchemaError, match="unsupported schema type 'decimal'"):
        generate_structured(model, ask(), {"type": "decimal"})


def test_repair_prompt_caps_the_error_list() -> None:
    prompt = repair_prompt([f"$.f{i}: bad" for i in range(8)], max_errors=5)
    assert "$.f4: bad" in prompt
    assert "$.f5: bad" not in prompt
    assert "and 3 more" in prompt


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        generate_structured(FakeModel([VALID]), ask(), TICKET, max_attempts=0)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=10,
)


@given(json_values)
def test_any_value_round_trips_through_a_fenced_reply(value: Any) -> None:
    text = json.dumps(value)
    assert parse_reply(text) == value
    assert parse_reply(f"```json\n{text}\n```") == value
    assert validate(value, {}) == []  # the empty schema accepts everything
