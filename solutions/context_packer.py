"""Pack a prompt into a model's context window under a token budget.

The system prompt and the user's question are fixed: they always go in, whole, or the
call fails. Space for the answer is reserved up front. The remaining tokens are filled
with optional items (retrieved chunks, earlier conversation turns) in priority order;
an item that does not fit is skipped, except that one truncatable item may be cut to
fill the last of the space, after which packing stops. Every message also costs a fixed
number of formatting tokens. The packed items keep their input order, so a conversation
stays chronological and ranked chunks stay ranked.

Tokens are counted by a ``Tokenizer``. ``ChunkTokenizer`` is a deterministic stand-in
for a real one: every run of up to four non-space characters is one token, close to the
four characters per token that English text averages with BPE vocabularies. Truncation
cuts at a token boundary and is re-counted, because with a real tokenizer a cut string
can encode to a different number of tokens than the prefix it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol


class Tokenizer(Protocol):
    def spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) character offsets of each token, in order."""
        ...


class ChunkTokenizer:
    """Deterministic stub: each run of 1 to 4 non-space characters is one token."""

    _TOKEN = re.compile(r"\S{1,4}")

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self._TOKEN.finditer(text)]


def count_tokens(tokenizer: Tokenizer, text: str) -> int:
    return len(tokenizer.spans(text))


def truncate(tokenizer: Tokenizer, text: str, max_tokens: int) -> str:
    """The longest prefix of ``text`` that ends on a token boundary and has at most
    ``max_tokens`` tokens (re-counted, shortened further if the tokenizer disagrees)."""
    spans = tokenizer.spans(text)
    keep = min(max_tokens, len(spans))
    while keep > 0:
        prefix = text[: spans[keep - 1][1]]
        if count_tokens(tokenizer, prefix) <= max_tokens:
            return prefix
        keep -= 1
    return ""


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    priority: float  # higher goes in first
    truncatable: bool = True


@dataclass(frozen=True)
class PackedItem:
    id: str
    text: str
    tokens: int
    truncated: bool


@dataclass
class Packed:
    items: list[PackedItem]
    dropped: list[str]
    prompt_tokens: int  # everything sent: fixed parts, items and per-message overhead
    reserved_for_answer: int
    budget: int
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def free(self) -> int:
        return self.budget - self.reserved_for_answer - self.prompt_tokens


class ContextOverflowError(Exception):
    """The parts that must go in do not fit, before any optional item is added."""


def pack(
    system: str,
    question: str,
    items: list[Item],
    *,
    budget: int,
    reserve_for_answer: int,
    tokenizer: Tokenizer,
    overhead_per_message: int = 4,
    min_truncated_tokens: int = 32,
) -> Packed:
    """Fill the window: fixed parts first, then items by priority (ties by input order)."""
    if budget <= 0 or reserve_for_answer < 0 or overhead_per_message < 0:
        raise ValueError("budget must be positive; reserve and overhead non-negative")
    if len({item.id for item in items}) != len(items):
        raise ValueError("item ids must be unique")
    fixed = (
        count_tokens(tokenizer, system)
        + count_tokens(tokenizer, question)
        + 2 * overhead_per_message
    )
    available = budget - reserve_for_answer - fixed
    if available < 0:
        raise ContextOverflowError(
            f"system prompt and question need {fixed} tokens, but only "
            f"{budget - reserve_for_answer} are left after reserving {reserve_for_answer} "
            f"for the answer"
        )
    order = sorted(range(len(items)), key=lambda i: (-items[i].priority, i))
    chosen: dict[int, PackedItem] = {}
    dropped: list[str] = []
    full = False
    for index in order:
        item = items[index]
        if full:
            dropped.append(item.id)
            continue
        cost = count_tokens(tokenizer, item.text)
        room = available - overhead_per_message
        if cost <= room:
            chosen[index] = PackedItem(item.id, item.text, cost, truncated=False)
            available -= cost + overhead_per_message
        elif item.truncatable and room >= min_truncated_tokens:
            text = truncate(tokenizer, item.text, room)
            tokens = count_tokens(tokenizer, text)
            chosen[index] = PackedItem(item.id, text, tokens, truncated=True)
            available -= tokens + overhead_per_message
            full = True  # the window is full: lower priorities cannot follow a cut item
        else:
            dropped.append(item.id)
    packed = [chosen[i] for i in sorted(chosen)]
    prompt_tokens = fixed + sum(p.tokens + overhead_per_message for p in packed)
    stats = {
        "items_in": len(items),
        "items_packed": len(packed),
        "items_truncated": sum(p.truncated for p in packed),
        "items_dropped": len(dropped),
    }
    return Packed(packed, dropped, prompt_tokens, reserve_for_answer, budget, stats)
