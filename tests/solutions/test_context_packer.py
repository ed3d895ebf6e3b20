"""Context-window packing: fixed parts, a reserve for the answer, priorities, one cut."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from solutions.context_packer import (
    ChunkTokenizer,
    ContextOverflowError,
    Item,
    count_tokens,
    pack,
    truncate,
)

TOK = ChunkTokenizer()


def words(n: int, word: str = "abcd") -> str:
    """A text of exactly n tokens with the stub tokenizer."""
    return " ".join([word] * n)


def test_the_stub_tokenizer_counts_runs_of_four_characters() -> None:
    assert count_tokens(TOK, "") == 0
    assert count_tokens(TOK, "a bc") == 2
    assert count_tokens(TOK, "abcdefghi") == 3  # abcd, efgh, i
    assert count_tokens(TOK, words(10)) == 10


def test_truncate_cuts_on_a_token_boundary() -> None:
    assert truncate(TOK, "abcdefghi jk", 2) == "abcdefgh"
    assert truncate(TOK, "one two three", 0) == ""
    assert truncate(TOK, "one two", 5) == "one two"


def test_everything_fits_when_the_budget_allows() -> None:
    items = [Item("a", words(10), 1.0), Item("b", words(20), 2.0)]
    out = pack("sys", "q", items, budget=100, reserve_for_answer=20, tokenizer=TOK)
    assert [p.id for p in out.items] == ["a", "b"]  # input order, not priority order
    assert out.dropped == []
    # sys (1) + q (1) + 2 x 4 overhead + 10 + 20 + 2 x 4 overhead
    assert out.prompt_tokens == 48
    assert out.free == 100 - 20 - 48


def test_priorities_decide_who_is_dropped() -> None:
    items = [
        Item("low", words(30), 0.1, truncatable=False),
        Item("high", words(30), 0.9, truncatable=False),
        Item("mid", words(30), 0.5, truncatable=False),
    ]
    out = pack("s", "q", items, budget=100, reserve_for_answer=10, tokenizer=TOK)
    assert [p.id for p in out.items] == ["high", "mid"]
    assert out.dropped == ["low"]


def test_a_big_item_is_skipped_and_a_smaller_one_takes_the_space() -> None:
    items = [
        Item("huge", words(500), 0.9, truncatable=False),
        Item("small", words(10), 0.5),
    ]
    out = pack("s", "q", items, budget=100, reserve_for_answer=10, tokenizer=TOK)
    assert [p.id for p in out.items] == ["small"]
    assert out.dropped == ["huge"]


def test_only_the_last_item_is_truncated_and_packing_stops_there() -> None:
    items = [
        Item("first", words(40), 0.9),
        Item("second", words(80), 0.8),
        Item("third", words(5), 0.7),
    ]
    out = pack(
        "s", "q", items, budget=120, reserve_for_answer=10, tokenizer=TOK, min_truncated_tokens=8
    )
    by_id = {p.id: p for p in out.items}
    assert not by_id["first"].truncated
    assert by_id["second"].truncated
    assert items[1].text.startswith(by_id["second"].text)
    assert out.dropped == ["third"]  # the window is full after a cut
    assert out.prompt_tokens + out.reserved_for_answer == 120


def test_a_cut_too_small_to_be_useful_is_dropped_instead() -> None:
    items = [Item("a", words(60), 0.9), Item("b", words(60), 0.8)]
    out = pack(
        "s", "q", items, budget=100, reserve_for_answer=10, tokenizer=TOK, min_truncated_tokens=32
    )
    assert [p.id for p in out.items] == ["a"]  # 10 tokens of room left: below the minimum
    assert out.dropped == ["b"]


def test_the_answer_reserve_is_never_used_for_context() -> None:
    items = [Item("doc", words(5000), 1.0)]
    out = pack("s", "q", items, budget=4096, reserve_for_answer=1024, tokenizer=TOK)
    assert out.items[0].truncated
    assert out.prompt_tokens == 4096 - 1024


def test_fixed_parts_that_do_not_fit_fail_with_the_numbers() -> None:
    with pytest.raises(ContextOverflowError, match="need 108 tokens, but only 90 are left"):
        pack(words(50), words(50), [], budget=100, reserve_for_answer=10, tokenizer=TOK)


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError, match="unique"):
        pack("s", "q", [Item("a", "x", 1), Item("a", "y", 1)], budget=50,
             reserve_for_answer=0, tokenizer=TOK)  # fmt: skip
    with pytest.raises(ValueError, match="budget"):
        pack("s", "q", [], budget=0, reserve_for_answer=0, tokenizer=TOK)


class WideCharTokenizer:
    """A tokenizer where a cut can re-encode to more tokens than the prefix it came from:
    'x' is one token alone, but a text ending in 'x' costs one extra end-of-word token."""

    def spans(self, text: str) -> list[tuple[int, int]]:
        spans = [(i, i + 1) for i, c in enumerate(text) if not c.isspace()]
        if text.endswith("x"):
            spans.append((len(text), len(text)))
        return spans


def test_truncation_is_recounted_with_the_real_tokenizer() -> None:
    tok = WideCharTokenizer()
    cut = truncate(tok, "aaxaa", 3)
    assert count_tokens(tok, cut) <= 3
    assert cut == "aa"


items_strategy = st.lists(
    st.builds(
        Item,
        id=st.uuids().map(str),
        text=st.lists(st.text("abcdefgh", min_size=1, max_size=9), max_size=60).map(" ".join),
        priority=st.floats(0, 1),
        truncatable=st.booleans(),
    ),
    max_size=12,
)


@given(
    items_strategy,
    st.integers(20, 400),
    st.integers(0, 40),
    st.integers(0, 6),
    st.integers(0, 40),
)
def test_packing_never_exceeds_the_budget(
    items: list[Item], budget: int, reserve: int, overhead: int, min_cut: int
) -> None:
    try:
        out = pack(
            "you are helpful",
            "what changed?",
            items,
            budget=budget,
            reserve_for_answer=reserve,
            tokenizer=TOK,
            overhead_per_message=overhead,
            min_truncated_tokens=min_cut,
        )
    except ContextOverflowError:
        return
    assert out.prompt_tokens + reserve <= budget
    assert out.prompt_tokens == 2 * overhead + 7 + sum(p.tokens + overhead for p in out.items)
    assert sum(p.truncated for p in out.items) <= 1
    assert sorted([p.id for p in out.items] + out.dropped) == sorted(i.id for i in items)
    originals = {i.id: i for i in items}
    positions = [next(k for k, i in enumerate(items) if i.id == p.id) for p in out.items]
    assert positions == sorted(positions)  # input order is kept
    for p in out.items:
        assert originals[p.id].text.startswith(p.text)
        assert p.tokens == count_tokens(TOK, p.text)
        assert p.truncated or p.text == originals[p.id].text
