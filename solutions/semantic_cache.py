"""A semantic cache for model answers: similar questions share an answer, within limits.

A lookup embeds the question and returns the stored answer of the most similar earlier
question, if its cosine similarity reaches the threshold. Four rules keep it from
serving a wrong answer:

- **Scope.** Entries are partitioned by an exact scope key: tenant, access group, model
  and prompt version. A lookup never crosses scopes, whatever the similarity.
- **Time to live.** Entries expire; expired ones are dropped when seen.
- **Source versions.** Each answer records the version of every document it was built
  from. When a document changes, entries citing an older version are removed, and a
  store that cites a version older than the latest known one is refused: it was
  computed before the change and arrived after it.
- **Refusals.** Some answers are never stored: truncated or failed generations,
  answers with personal data, answers that depend on the current time, and answers
  produced by tools with side effects.

Search is a linear scan per scope, which is fine for thousands of entries; a vector
index replaces it at larger sizes without changing the rules.
"""

from __future__ import annotations

import math
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import count


@dataclass(frozen=True)
class Scope:
    tenant: str
    access_group: str
    model: str
    prompt_version: str


@dataclass(frozen=True)
class Hit:
    answer: str
    similarity: float
    cached_question: str
    age_s: float


@dataclass
class _Entry:
    question: str
    vector: tuple[float, ...]
    answer: str
    created_at: float
    sources: dict[str, int]


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    expired: int = 0
    invalidated: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    miss_similarities: list[float] = field(default_factory=list)  # for tuning the threshold


def _normalize(vector: Sequence[float]) -> tuple[float, ...]:
    norm = math.sqrt(math.fsum(x * x for x in vector))
    if norm == 0 or not math.isfinite(norm):
        raise ValueError("the embedding has zero or non-finite norm")
    return tuple(x / norm for x in vector)


class SemanticCache:
    def __init__(
        self,
        embed: Callable[[str], Sequence[float]],
        *,
        threshold: float = 0.95,
        ttl_s: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not 0 < threshold <= 1 or ttl_s <= 0:
            raise ValueError("threshold must be in (0, 1] and ttl_s positive")
        self.embed, self.threshold, self.ttl_s, self.clock = embed, threshold, ttl_s, clock
        self.stats = CacheStats()
        self._entries: dict[Scope, dict[int, _Entry]] = defaultdict(dict)
        self._citing: dict[str, set[tuple[Scope, int]]] = defaultdict(set)
        self._latest: dict[str, float] = {}
        self._ids = count()

    def lookup(self, question: str, scope: Scope) -> Hit | None:
        now = self.clock()
        query = _normalize(self.embed(question))
        best: tuple[float, int] | None = None
        entries = self._entries.get(scope, {})
        for entry_id, entry in list(entries.items()):
            if now - entry.created_at >= self.ttl_s:
                self._remove(scope, entry_id)
                self.stats.expired += 1
                continue
            similarity = math.fsum(a * b for a, b in zip(query, entry.vector, strict=True))
            if best is None or similarity > best[0]:
                best = (similarity, entry_id)
        if best is None or best[0] < self.threshold:
            self.stats.misses += 1
            if best is not None:
                self.stats.miss_similarities.append(best[0])
            return None
        self.stats.hits += 1
        entry = entries[best[1]]
        return Hit(entry.answer, best[0], entry.question, now - entry.created_at)

    def store(
        self,
        question: str,
        scope: Scope,
        answer: str,
        *,
        sources: Mapping[str, int],
        finish_reason: str = "stop",
        has_personal_data: bool = False,
        time_sensitive: bool = False,
        used_side_effect_tools: bool = False,
    ) -> str | None:
        """Store an answer; return None, or the reason it was refused."""
        reason = None
        if finish_reason != "stop":
            reason = f"finish_reason={finish_reason}"
        elif has_personal_data:
            reason = "personal_data"
        elif time_sensitive:
            reason = "time_sensitive"
        elif used_side_effect_tools:
            reason = "side_effect_tools"
        elif any(version < self._latest.get(doc, version) for doc, version in sources.items()):
            reason = "stale_source"
        if reason is not None:
            self.stats.refused[reason] += 1
            return reason
        entry_id = next(self._ids)
        vector = _normalize(self.embed(question))
        self._entries[scope][entry_id] = _Entry(
            question, vector, answer, self.clock(), dict(sources)
        )
        for doc in sources:
            self._citing[doc].add((scope, entry_id))
        return None

    def document_changed(self, doc_id: str, version: int) -> int:
        """Record a new document version; remove every entry built on an older one."""
        return self._invalidate(doc_id, version)

    def document_deleted(self, doc_id: str) -> int:
        """A deleted document invalidates every entry that cites it, at any version."""
        return self._invalidate(doc_id, math.inf)

    def _invalidate(self, doc_id: str, version: float) -> int:
        latest = max(version, self._latest.get(doc_id, version))
        self._latest[doc_id] = latest
        removed = 0
        for scope, entry_id in list(self._citing.get(doc_id, ())):
            if self._entries[scope][entry_id].sources[doc_id] < latest:
                self._remove(scope, entry_id)
                removed += 1
        self.stats.invalidated += removed
        return removed

    def __len__(self) -> int:
        return sum(len(entries) for entries in self._entries.values())

    def _remove(self, scope: Scope, entry_id: int) -> None:
        entry = self._entries[scope].pop(entry_id)
        for doc in entry.sources:
            self._citing[doc].discard((scope, entry_id))
