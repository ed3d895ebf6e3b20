"""A tool-using agent loop with step, time and cost budgets, and tool errors fed back.

Each step calls the model with the conversation so far. A reply without tool calls is
the answer. A reply with tool calls runs each tool and appends its result, or its error,
as a tool message, so the model can correct a bad argument or choose another tool. The
loop stops, with a status that says why, when it runs out of steps, time or money, or
after too many tool errors in a row. Budgets are checked before work starts: the loop
never begins a model call once the money is spent (so the last step may overshoot, by
its own cost at most), and a tool gets only the time that is left as its timeout.

The clock is injected, so tests drive time by hand and nothing sleeps. Real tools
enforce their timeout themselves (an HTTP timeout, a subprocess kill); a synchronous
loop cannot interrupt a call that ignores it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: Mapping[str, Any]


@dataclass(frozen=True)
class Message:
    role: str  # "system", "user", "assistant" or "tool"
    content: str
    tool_calls: tuple[ToolCall, ...] = ()
    tool_call_id: str | None = None


@dataclass(frozen=True)
class ModelTurn:
    text: str
    tool_calls: tuple[ToolCall, ...]
    prompt_tokens: int
    completion_tokens: int


Model = Callable[[list[Message]], ModelTurn]


@dataclass(frozen=True)
class Tool:
    name: str
    run: Callable[[Mapping[str, Any], float], str]  # (arguments, timeout in seconds) -> result
    cost_usd: float = 0.0  # per call, for paid APIs
    timeout_s: float = 10.0


@dataclass(frozen=True)
class Budgets:
    max_steps: int = 8
    max_seconds: float = 60.0
    max_cost_usd: float = 0.50
    max_errors_in_a_row: int = 3
    usd_per_million_prompt: float = 3.0
    usd_per_million_completion: float = 15.0
    max_tool_output_chars: int = 4_000


class Status(StrEnum):
    ANSWERED = "answered"
    OUT_OF_STEPS = "out_of_steps"
    OUT_OF_TIME = "out_of_time"
    OUT_OF_MONEY = "out_of_money"
    TOO_MANY_TOOL_ERRORS = "too_many_tool_errors"


@dataclass
class StepRecord:
    step: int
    tool_calls: list[str]
    errors: list[str]
    cost_usd: float
    elapsed_s: float


@dataclass
class AgentResult:
    status: Status
    answer: str | None  # only when status is ANSWERED
    steps: int
    cost_usd: float
    elapsed_s: float
    trace: list[StepRecord] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)


def _run_tool(
    call: ToolCall, tools: Mapping[str, Tool], timeout_s: float, limit: int
) -> tuple[str, str | None, float]:
    """The tool message content, the error (if any) and the tool's cost."""
    tool = tools.get(call.name)
    if tool is None:
        error = f"unknown tool {call.name!r}; available: {', '.join(sorted(tools))}"
        return f"error: {error}", error, 0.0
    try:
        output = tool.run(call.arguments, min(tool.timeout_s, timeout_s))
    except Exception as exc:  # a tool's failure is data for the model, not a crash
        error = f"{call.name} failed: {type(exc).__name__}: {exc}"
        return f"error: {error}", error, tool.cost_usd
    if len(output) > limit:
        output = output[:limit] + f"\n[truncated {len(output) - limit} characters]"
    return output, None, tool.cost_usd


def run_agent(
    model: Model,
    tools: list[Tool],
    system: str,
    task: str,
    budgets: Budgets,
    clock: Callable[[], float] = time.monotonic,
) -> AgentResult:
    by_name = {tool.name: tool for tool in tools}
    messages = [Message("system", system), Message("user", task)]
    start = clock()
    cost = 0.0
    errors_in_a_row = 0
    trace: list[StepRecord] = []

    def stop(status: Status, answer: str | None = None) -> AgentResult:
        return AgentResult(status, answer, len(trace), cost, clock() - start, trace, messages)

    while True:
        if len(trace) >= budgets.max_steps:
            return stop(Status.OUT_OF_STEPS)
        if clock() - start >= budgets.max_seconds:
            return stop(Status.OUT_OF_TIME)
        if cost >= budgets.max_cost_usd:
            return stop(Status.OUT_OF_MONEY)
        turn = model(list(messages))
        step_cost = (
            turn.prompt_tokens * budgets.usd_per_million_prompt
            + turn.completion_tokens * budgets.usd_per_million_completion
        ) / 1e6
        record = StepRecord(len(trace) + 1, [], [], 0.0, 0.0)
        trace.append(record)
        messages.append(Message("assistant", turn.text, turn.tool_calls))
        if not turn.tool_calls:
            cost += step_cost
            record.cost_usd, record.elapsed_s = step_cost, clock() - start
            return stop(Status.ANSWERED, turn.text)
        for call in turn.tool_calls:
            record.tool_calls.append(f"{call.name}({json.dumps(call.arguments, sort_keys=True)})")
            remaining = budgets.max_seconds - (clock() - start)
            error: str | None
            if remaining <= 0:
                content, error, tool_cost = "error: not run, out of time", "out of time", 0.0
            else:
                content, error, tool_cost = _run_tool(
                    call, by_name, remaining, budgets.max_tool_output_chars
                )
            step_cost += tool_cost
            messages.append(Message("tool", content, tool_call_id=call.id))
            if error is None:
                errors_in_a_row = 0
            else:
                errors_in_a_row += 1
                record.errors.append(error)
        cost += step_cost
        record.cost_usd, record.elapsed_s = step_cost, clock() - start
        if errors_in_a_row >= budgets.max_errors_in_a_row:
            return stop(Status.TOO_MANY_TOOL_ERRORS)
