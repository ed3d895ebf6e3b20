"""The agent loop: tools, tool errors, and the step, time, cost and error budgets."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from solutions.agent_loop import (
    AgentResult,
    Budgets,
    Message,
    ModelTurn,
    Status,
    Tool,
    ToolCall,
    run_agent,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class ScriptedModel:
    """Plays back turns; each call takes `latency_s` of fake time and sees the messages."""

    def __init__(self, clock: FakeClock, turns: list[ModelTurn], latency_s: float = 1.0) -> None:
        self.clock, self.turns, self.latency_s = clock, list(turns), latency_s
        self.seen: list[list[Message]] = []

    def __call__(self, messages: list[Message]) -> ModelTurn:
        self.seen.append(messages)
        self.clock.now += self.latency_s
        return self.turns.pop(0)


def call(name: str, n: int = 1, **arguments: Any) -> ModelTurn:
    return ModelTurn("", (ToolCall(f"c{n}", name, arguments),), 1_000, 50)


def answer(text: str) -> ModelTurn:
    return ModelTurn(text, (), 1_200, 100)


def search_tool(
    clock: FakeClock, latency_s: float = 0.5, timeouts: list[float] | None = None
) -> Tool:
    def run(arguments: Mapping[str, Any], timeout_s: float) -> str:
        if timeouts is not None:
            timeouts.append(timeout_s)
        clock.now += latency_s
        return f"3 results for {arguments['q']}"

    return Tool("search", run, cost_usd=0.001)


def failing_tool(clock: FakeClock) -> Tool:
    def run(arguments: Mapping[str, Any], timeout_s: float) -> str:
        clock.now += 0.2
        raise ConnectionError("503 from the orders API")

    return Tool("orders", run)


def agent(model: ScriptedModel, tools: list[Tool], clock: FakeClock, **budgets: Any) -> AgentResult:
    return run_agent(model, tools, "You are a support agent.", "Where is order 42?",
                     Budgets(**budgets), clock)  # fmt: skip


def test_a_tool_call_then_an_answer() -> None:
    clock = FakeClock()
    model = ScriptedModel(clock, [call("search", q="order 42"), answer("It ships today.")])
    result = agent(model, [search_tool(clock)], clock)
    assert result.status is Status.ANSWERED
    assert result.answer == "It ships today."
    assert result.steps == 2
    tool_message = model.seen[1][-1]
    assert tool_message == Message("tool", "3 results for order 42", tool_call_id="c1")
    # 2,200 prompt tokens at $3/M, 150 completion at $15/M, one $0.001 search
    assert abs(result.cost_usd - (0.0066 + 0.00225 + 0.001)) < 1e-12
    assert result.elapsed_s == 2.5
    assert result.trace[0].tool_calls == ['search({"q": "order 42"})']


def test_a_tool_error_is_fed_back_and_the_model_recovers() -> None:
    clock = FakeClock()
    model = ScriptedModel(
        clock, [call("orders", id=42), call("search", 2, q="42"), answer("Shipped.")]
    )
    result = agent(model, [failing_tool(clock), search_tool(clock)], clock)
    assert result.status is Status.ANSWERED
    fed_back = model.seen[1][-1]
    assert fed_back.role == "tool"
    assert fed_back.content == "error: orders failed: ConnectionError: 503 from the orders API"
    assert result.trace[0].errors == ["orders failed: ConnectionError: 503 from the orders API"]
    assert result.trace[1].errors == []


def test_an_unknown_tool_lists_the_real_ones() -> None:
    clock = FakeClock()
    model = ScriptedModel(clock, [call("web_search", q="x"), answer("ok")])
    agent(model, [search_tool(clock), failing_tool(clock)], clock)
    assert (
        model.seen[1][-1].content == "error: unknown tool 'web_search'; available: orders, search"
    )


def test_out_of_steps() -> None:
    clock = FakeClock()
    model = ScriptedModel(clock, [call("search", i, q=str(i)) for i in range(10)])
    result = agent(model, [search_tool(clock)], clock, max_steps=4)
    assert result.status is Status.OUT_OF_STEPS
    assert result.answer is None
    assert result.steps == 4
    assert len(model.turns) == 6


def test_out_of_time_and_the_tool_gets_only_what_is_left() -> None:
    clock = FakeClock()
    timeouts: list[float] = []
    model = ScriptedModel(clock, [call("search", i, q="x") for i in range(10)], latency_s=2.0)
    result = agent(model, [search_tool(clock, 3.0, timeouts)], clock, max_seconds=12.0)
    assert result.status is Status.OUT_OF_TIME
    # Step 1: model to 2 s, tool gets min(10, 10) and runs to 5 s; step 2: model to
    # 7 s, tool gets 5 s and runs to 10 s; step 3: model to 12 s, no time left.
    assert timeouts == [10.0, 5.0]
    assert result.trace[-1].errors == ["out of time"]
    assert result.elapsed_s == 12.0


def test_out_of_money_never_starts_another_model_call() -> None:
    clock = FakeClock()
    expensive = [ModelTurn("", (ToolCall(f"c{i}", "search", {"q": "x"}),), 50_000, 500)
                 for i in range(10)]  # fmt: skip
    model = ScriptedModel(clock, expensive)
    result = agent(model, [search_tool(clock)], clock, max_cost_usd=0.40)
    assert result.status is Status.OUT_OF_MONEY
    # Each step costs $0.15 + $0.0075 + $0.001 = $0.1585: three steps reach $0.4755.
    assert result.steps == 3
    assert result.cost_usd - result.trace[-1].cost_usd < 0.40


def test_too_many_tool_errors_in_a_row() -> None:
    clock = FakeClock()
    model = ScriptedModel(clock, [call("orders", i, id=i) for i in range(10)])
    result = agent(model, [failing_tool(clock)], clock, max_errors_in_a_row=3)
    assert result.status is Status.TOO_MANY_TOOL_ERRORS
    assert result.steps == 3


def test_a_success_resets_the_error_count() -> None:
    clock = FakeClock()
    turns = [call("orders", 1), call("orders", 2), call("search", 3, q="x"),
             call("orders", 4), call("orders", 5), answer("done")]  # fmt: skip
    result = agent(ScriptedModel(clock, turns), [failing_tool(clock), search_tool(clock)], clock,
                   max_errors_in_a_row=3)  # fmt: skip
    assert result.status is Status.ANSWERED


def test_parallel_calls_each_get_their_own_result() -> None:
    clock = FakeClock()
    both = ModelTurn("", (ToolCall("a", "search", {"q": "1"}), ToolCall("b", "orders", {})), 10, 5)
    model = ScriptedModel(clock, [both, answer("ok")])
    agent(model, [search_tool(clock), failing_tool(clock)], clock)
    tool_messages = [m for m in model.seen[1] if m.role == "tool"]
    assert [m.tool_call_id for m in tool_messages] == ["a", "b"]
    assert tool_messages[0].content == "3 results for 1"
    assert tool_messages[1].content.startswith("error: orders failed")


def test_long_tool_output_is_truncated_with_a_note() -> None:
    clock = FakeClock()
    big = Tool("dump", lambda arguments, timeout_s: "x" * 5_000)
    model = ScriptedModel(clock, [call("dump"), answer("ok")])
    agent(model, [big], clock, max_tool_output_chars=100)
    assert model.seen[1][-1].content == "x" * 100 + "\n[truncated 4900 characters]"


script = st.lists(
    st.tuples(
        st.sampled_from(["answer", "search", "orders", "nope"]),
        st.integers(0, 200_000),
        st.floats(0, 5),
    ),
    min_size=1,
    max_size=15,
)


@given(script, st.integers(1, 6), st.floats(0.5, 30), st.floats(0.01, 2.0))
def test_budgets_hold_for_any_script(
    steps: list[tuple[str, int, float]], max_steps: int, max_seconds: float, max_cost: float
) -> None:
    clock = FakeClock()
    turns = [
        answer("done")
        if kind == "answer"
        else ModelTurn("", (ToolCall("c", kind, {"q": "x"}),), tokens, 10)
        for kind, tokens, _ in steps
    ] + [answer("done")] * 16
    model = ScriptedModel(clock, turns, latency_s=steps[0][2])
    result = agent(model, [search_tool(clock), failing_tool(clock)], clock,
                   max_steps=max_steps, max_seconds=max_seconds, max_cost_usd=max_cost)  # fmt: skip
    assert result.steps <= max_steps
    assert len(result.trace) == result.steps
    if result.steps:
        # The loop starts no work past a budget: remove the last step and both budgets held.
        assert result.cost_usd - result.trace[-1].cost_usd < max_cost
        before_last = result.trace[-2].elapsed_s if result.steps > 1 else 0.0
        assert before_last < max_seconds
    assert (result.answer is not None) == (result.status is Status.ANSWERED)
