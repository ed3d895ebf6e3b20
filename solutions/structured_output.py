"""Structured output from a language model: parse, validate against a schema, repair, give up.

The model is asked for JSON that matches a schema. Each reply is parsed (after removing a
Markdown code fence, which models add unasked) and validated against a subset of JSON
Schema (draft 2020-12): ``type``, ``properties``, ``required``, ``additionalProperties``,
``items``, ``enum``, ``minimum``, ``maximum``, ``minLength``, ``maxLength``, ``minItems``
and ``maxItems``. A reply that fails is sent back with the exact errors in a repair
prompt. After ``max_attempts`` replies, or when the token budget would be crossed, the
call gives up with every attempt on record, so the caller can log it and fall back.
Transport errors (timeouts, 429, 503) are not handled here: they belong to the retry
helper that wraps the model call.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Schema = Mapping[str, Any]


@dataclass(frozen=True)
class Message:
    role: str  # "system", "user" or "assistant"
    content: str


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int
    completion_tokens: int


Model = Callable[[list[Message]], Completion]


class SchemaError(Exception):
    """The schema itself uses a keyword value this validator does not support."""


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "boolean": (bool,),
    "null": (type(None),),
}


def _has_type(value: Any, name: str) -> bool:
    # bool is a subclass of int in Python, but true is not a number in JSON.
    if name == "integer":
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (
            isinstance(value, float) and math.isfinite(value) and value.is_integer()
        )
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if name not in _JSON_TYPES:
        raise SchemaError(f"unsupported schema type {name!r}")
    return isinstance(value, _JSON_TYPES[name])


def _same(a: Any, b: Any) -> bool:
    # In JSON, true is not 1 and false is not 0, although Python says they are equal.
    return isinstance(a, bool) == isinstance(b, bool) and bool(a == b)


def validate(value: Any, schema: Schema, path: str = "$") -> list[str]:
    """Every way ``value`` breaks ``schema``, one message per problem, with its path."""
    errors: list[str] = []
    expected = schema.get("type")
    if expected is not None:
        names = [expected] if isinstance(expected, str) else list(expected)
        if not any(_has_type(value, name) for name in names):
            got = "null" if value is None else type(value).__name__
            return [f"{path}: expected {' or '.join(names)}, got {got}"]
    if "enum" in schema and not any(_same(value, e) for e in schema["enum"]):
        errors.append(f"{path}: {value!r} is not one of {schema['enum']!r}")
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if is_number and "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{path}: {value} is less than the minimum {schema['minimum']}")
    if is_number and "maximum" in schema and value > schema["maximum"]:
        errors.append(f"{path}: {value} is more than the maximum {schema['maximum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: shorter than {schema['minLength']} characters")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{path}: longer than {schema['maxLength']} characters")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{path}: fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{path}: more than {schema['maxItems']} items")
        if "items" in schema:
            for index, item in enumerate(value):
                errors.extend(validate(item, schema["items"], f"{path}[{index}]"))
    if isinstance(value, dict):
        properties: Mapping[str, Schema] = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                errors.append(f"{path}: missing required property {name!r}")
        for name, item in value.items():
            if name in properties:
                errors.extend(validate(item, properties[name], f"{path}.{name}"))
            elif schema.get("additionalProperties", True) is False:
                errors.append(f"{path}: unexpected property {name!r}")
    return errors


_FENCE = re.compile(r"^\s*```[A-Za-z]*\s*\n(.*?)\n?```\s*$", re.DOTALL)


def parse_reply(text: str) -> Any:
    """The JSON value in a reply; a surrounding code fence is removed first.

    Raises ``ValueError`` with the line and column of the first syntax error.
    """
    fenced = _FENCE.match(text)
    body = fenced.group(1) if fenced else text
    try:
        return json.loads(body)
    except json.JSONDecodeError as error:
        raise ValueError(
            f"not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from None


@dataclass
class Attempt:
    reply: str
    errors: list[str]
    prompt_tokens: int
    completion_tokens: int


@dataclass
class StructuredResult:
    value: Any
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def tokens(self) -> int:
        return sum(a.prompt_tokens + a.completion_tokens for a in self.attempts)


class StructuredOutputError(Exception):
    """The model never produced a valid reply; ``attempts`` holds each reply and its errors."""

    def __init__(self, reason: str, attempts: list[Attempt]) -> None:
        last = attempts[-1].errors[:3] if attempts else []
        super().__init__(f"{reason} after {len(attempts)} attempts; last errors: {last}")
        self.attempts = attempts


def repair_prompt(errors: list[str], max_errors: int = 5) -> str:
    """The message that sends a bad reply back: the errors, capped, and one instruction."""
    shown = errors[:max_errors]
    more = len(errors) - len(shown)
    lines = [f"- {e}" for e in shown] + ([f"- and {more} more"] if more > 0 else [])
    return (
        "Your reply did not match the required JSON schema:\n"
        + "\n".join(lines)
        + "\nReply again with only the corrected JSON object, no prose and no code fence."
    )


def generate_structured(
    model: Model,
    messages: list[Message],
    schema: Schema,
    *,
    max_attempts: int = 3,
    token_budget: int | None = None,
) -> StructuredResult:
    """Call ``model`` until a reply parses and validates, at most ``max_attempts`` times.

    The conversation grows by the bad reply and a repair prompt after each failure, so
    later attempts cost more prompt tokens; ``token_budget`` caps prompt plus completion
    tokens over all attempts. It is checked before each new call with the previous
    attempt's tokens as the estimate; the next call is larger by the bad reply and the
    repair message, so the last call can overshoot the budget by about that much.
    """
    if max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")
    conversation = list(messages)
    attempts: list[Attempt] = []
    spent = 0
    while len(attempts) < max_attempts:
        if token_budget is not None and attempts:
            estimate = attempts[-1].prompt_tokens + attempts[-1].completion_tokens
            if spent + estimate > token_budget:
                raise StructuredOutputError("token budget exhausted", attempts)
        reply = model(conversation)
        spent += reply.prompt_tokens + reply.completion_tokens
        try:
            value = parse_reply(reply.text)
            errors = validate(value, schema)
        except ValueError as error:
            value, errors = None, [str(error)]
        attempts.append(Attempt(reply.text, errors, reply.prompt_tokens, reply.completion_tokens))
        if not errors:
            return StructuredResult(value, attempts)
        conversation += [Message("assistant", reply.text), Message("user", repair_prompt(errors))]
    raise StructuredOutputError("no valid reply", attempts)
