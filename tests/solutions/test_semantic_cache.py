"""The semantic cache: threshold, scope, TTL, invalidation by document version, refusals."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from solutions.semantic_cache import Scope, SemanticCache


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def angle_vector(degrees: float) -> list[float]:
    """A unit vector whose cosine with angle_vector(0) is cos(degrees)."""
    radians = math.radians(degrees)
    return [math.cos(radians), math.sin(radians), 0.0]


# The fake embedding model: each question maps to a fixed direction.
ANGLES = {
    "how do I reset my password": 0.0,
    "how can I reset my password": 10.0,  # cos 10 degrees = 0.985
    "how do I change my email": 25.0,  # cos 25 degrees = 0.906
    "what is the refund policy": 90.0,
}


def embed(text: str) -> Sequence[float]:
    return angle_vector(ANGLES[text])


ACME = Scope("acme", "all-staff", "model-a", "prompt-7")


def make(threshold: float = 0.95, ttl_s: float = 3600.0) -> tuple[SemanticCache, FakeClock]:
    clock = FakeClock()
    return SemanticCache(embed, threshold=threshold, ttl_s=ttl_s, clock=clock), clock


def test_a_paraphrase_above_the_threshold_is_a_hit() -> None:
    cache, clock = make()
    cache.store("how do I reset my password", ACME, "Use the reset link.", sources={"kb-12": 3})
    clock.now = 60.0
    hit = cache.lookup("how can I reset my password", ACME)
    assert hit is not None
    assert hit.answer == "Use the reset link."
    assert hit.similarity == pytest.approx(math.cos(math.radians(10)))
    assert hit.age_s == 60.0
    assert cache.stats.hits == 1


def test_a_related_question_below_the_threshold_is_a_miss_and_its_similarity_is_kept() -> None:
    cache, _ = make(threshold=0.95)
    cache.store("how do I reset my password", ACME, "Use the reset link.", sources={})
    assert cache.lookup("how do I change my email", ACME) is None
    assert cache.stats.misses == 1
    assert cache.stats.miss_similarities == [pytest.approx(0.906, abs=1e-3)]


def test_scopes_never_share_answers() -> None:
    cache, _ = make()
    cache.store("how do I reset my password", ACME, "ACME answer", sources={})
    for other in (
        Scope("globex", "all-staff", "model-a", "prompt-7"),
        Scope("acme", "finance", "model-a", "prompt-7"),
        Scope("acme", "all-staff", "model-b", "prompt-7"),
        Scope("acme", "all-staff", "model-a", "prompt-8"),
    ):
        assert cache.lookup("how do I reset my password", other) is None


def test_entries_expire() -> None:
    cache, clock = make(ttl_s=100.0)
    cache.store("how do I reset my password", ACME, "old", sources={})
    clock.now = 99.9
    assert cache.lookup("how do I reset my password", ACME) is not None
    clock.now = 100.0
    assert cache.lookup("how do I reset my password", ACME) is None
    assert cache.stats.expired == 1
    assert len(cache) == 0


def test_a_document_update_removes_the_answers_built_on_it() -> None:
    cache, _ = make()
    cache.store("how do I reset my password", ACME, "v3 answer", sources={"kb-12": 3, "kb-1": 1})
    cache.store("what is the refund policy", ACME, "refunds", sources={"kb-40": 2})
    assert cache.document_changed("kb-12", 3) == 0  # same version: nothing changes
    assert cache.document_changed("kb-12", 4) == 1
    assert cache.lookup("how do I reset my password", ACME) is None
    assert cache.lookup("what is the refund policy", ACME) is not None
    assert cache.stats.invalidated == 1


def test_an_answer_computed_before_an_update_is_refused_after_it() -> None:
    cache, _ = make()
    # The answer was generated from kb-12 v3; v4 was published while it was generating.
    cache.document_changed("kb-12", 4)
    reason = cache.store("how do I reset my password", ACME, "stale", sources={"kb-12": 3})
    assert reason == "stale_source"
    assert cache.lookup("how do I reset my password", ACME) is None
    assert cache.store("how do I reset my password", ACME, "fresh", sources={"kb-12": 4}) is None


def test_a_deleted_document_invalidates_every_version() -> None:
    cache, _ = make()
    cache.store("how do I reset my password", ACME, "a", sources={"kb-12": 9})
    assert cache.document_deleted("kb-12") == 1
    assert cache.store("how do I reset my password", ACME, "b", sources={"kb-12": 10}) == (
        "stale_source"
    )


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"finish_reason": "length"}, "finish_reason=length"),
        ({"finish_reason": "content_filter"}, "finish_reason=content_filter"),
        ({"has_personal_data": True}, "personal_data"),
        ({"time_sensitive": True}, "time_sensitive"),
        ({"used_side_effect_tools": True}, "side_effect_tools"),
    ],
)
def test_answers_that_must_never_be_served_are_never_stored(
    kwargs: dict[str, object], reason: str
) -> None:
    cache, _ = make()
    got = cache.store("how do I reset my password", ACME, "x", sources={}, **kwargs)  # type: ignore[arg-type]
    assert got == reason
    assert len(cache) == 0
    assert cache.stats.refused[reason] == 1


def test_the_most_similar_entry_wins() -> None:
    cache, _ = make(threshold=0.8)
    cache.store("how do I change my email", ACME, "email", sources={})
    cache.store("how do I reset my password", ACME, "password", sources={})
    hit = cache.lookup("how can I reset my password", ACME)
    assert hit is not None and hit.answer == "password"


def test_invalid_settings_and_embeddings() -> None:
    with pytest.raises(ValueError, match="threshold"):
        SemanticCache(embed, threshold=0.0)
    cache = SemanticCache(lambda text: [0.0, 0.0])
    with pytest.raises(ValueError, match="zero or non-finite norm"):
        cache.lookup("anything", ACME)


QUESTIONS = sorted(ANGLES)
SCOPES = [ACME, Scope("globex", "all-staff", "model-a", "prompt-7")]
operations = st.lists(
    st.one_of(
        st.tuples(
            st.just("store"),
            st.sampled_from(QUESTIONS),
            st.sampled_from(SCOPES),
            st.sampled_from(["kb-1", "kb-2"]),
            st.integers(1, 4),
        ),
        st.tuples(st.just("change"), st.sampled_from(["kb-1", "kb-2"]), st.integers(1, 4)),
        st.tuples(st.just("wait"), st.floats(0, 50)),
        st.tuples(st.just("lookup"), st.sampled_from(QUESTIONS), st.sampled_from(SCOPES)),
    ),
    max_size=40,
)


@given(operations)
def test_a_hit_is_never_from_another_scope_expired_or_stale(ops: list[tuple[object, ...]]) -> None:
    cache, clock = make(threshold=0.9, ttl_s=100.0)
    latest: dict[str, int] = {}
    stored: dict[tuple[str, Scope], tuple[float, str, int]] = {}
    for op in ops:
        if op[0] == "store":
            _, question, scope, doc, version = op
            assert isinstance(question, str) and isinstance(scope, Scope)
            assert isinstance(doc, str) and isinstance(version, int)
            answer = f"{question}|{scope.tenant}|{doc}@{version}|{clock.now}"
            if cache.store(question, scope, answer, sources={doc: version}) is None:
                stored[(answer, scope)] = (clock.now, doc, version)
        elif op[0] == "change":
            _, doc, version = op
            assert isinstance(doc, str) and isinstance(version, int)
            cache.document_changed(doc, version)
            latest[doc] = max(version, latest.get(doc, version))
        elif op[0] == "wait":
            assert isinstance(op[1], float)
            clock.now += op[1]
        else:
            _, question, scope = op
            assert isinstance(question, str) and isinstance(scope, Scope)
            hit = cache.lookup(question, scope)
            if hit is None:
                continue
            assert (hit.answer, scope) in stored  # stored in this very scope
            created, doc, version = stored[(hit.answer, scope)]
            assert clock.now - created < 100.0
            assert version >= latest.get(doc, version)
            assert hit.similarity >= 0.9
