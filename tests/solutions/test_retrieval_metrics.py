"""Retrieval metrics against hand-computed values, edge cases and properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from solutions.bootstrap_eval import bootstrap_ci
from solutions.retrieval_metrics import (
    dcg,
    evaluate,
    ndcg_at_k,
    precision_at_k,
    recall_at_k,
    reciprocal_rank,
)

RANKED = ["d3", "d7", "d1", "d9", "d2"]
RELEVANT = {"d1", "d2", "d4"}


def test_recall_divides_by_the_relevant_count_and_precision_by_k() -> None:
    assert recall_at_k(RANKED, RELEVANT, 3) == pytest.approx(1 / 3)
    assert recall_at_k(RANKED, RELEVANT, 5) == pytest.approx(2 / 3)  # d4 never retrieved
    assert precision_at_k(RANKED, RELEVANT, 5) == pytest.approx(2 / 5)
    assert precision_at_k(RANKED, RELEVANT, 10) == pytest.approx(2 / 10)  # still over k


def test_reciprocal_rank_is_cut_at_k() -> None:
    assert reciprocal_rank(RANKED, RELEVANT, 10) == pytest.approx(1 / 3)
    assert reciprocal_rank(RANKED, RELEVANT, 2) == 0.0


def test_a_repeated_document_counts_once() -> None:
    padded = ["d1", "d1", "d1", "d2"]
    assert recall_at_k(padded, RELEVANT, 3) == pytest.approx(2 / 3)  # d1, d2 in the top 3
    assert precision_at_k(padded, RELEVANT, 2) == pytest.approx(2 / 2)


def test_ndcg_by_hand() -> None:
    judged = {"d1": 3, "d2": 1, "d4": 2, "d3": 0}
    # Retrieved grades at positions 1..5: 0, 0, 3, 0, 1.
    got = (2**3 - 1) / math.log2(4) + (2**1 - 1) / math.log2(6)
    ideal = (2**3 - 1) / math.log2(2) + (2**2 - 1) / math.log2(3) + (2**1 - 1) / math.log2(4)
    assert ndcg_at_k(RANKED, judged, 5) == pytest.approx(got / ideal)
    assert dcg([3, 2, 1]) == pytest.approx(ideal)


def test_the_ideal_ranking_includes_relevant_documents_never_retrieved() -> None:
    judged = {"a": 1, "b": 1}
    assert ndcg_at_k(["a"], judged, 10) < 1.0
    assert ndcg_at_k(["a", "b"], judged, 10) == pytest.approx(1.0)
    assert ndcg_at_k(["b", "a", "x"], judged, 10) == pytest.approx(1.0)


def test_graded_order_matters() -> None:
    judged = {"best": 3, "ok": 1}
    assert ndcg_at_k(["best", "ok"], judged, 2) == pytest.approx(1.0)
    assert ndcg_at_k(["ok", "best"], judged, 2) < 1.0


def test_evaluate_skips_unanswerable_queries_and_scores_missing_runs_zero() -> None:
    qrels = {
        "q1": {"d1": 2, "d2": 0},
        "q2": {"d5": 1, "d6": 1},
        "q3": {"d9": 0},  # judged, but nothing relevant
        "q4": {"d8": 1},  # the retriever returned nothing
    }
    run = {"q1": ["d2", "d1"], "q2": ["d6", "d0", "d5"], "q3": ["d9"], "q9": ["d1"]}
    report = evaluate(run, qrels, k=2)
    assert report.skipped_no_relevant == ["q3"]
    assert report.missing_from_run == ["q4"]
    assert report.unjudged_in_run == ["q9"]
    assert [s.query for s in report.per_query] == ["q1", "q2", "q4"]
    summary = report.summary()
    assert summary["recall@2"] == pytest.approx((1 + 0.5 + 0) / 3)
    assert summary["mrr@2"] == pytest.approx((0.5 + 1 + 0) / 3)
    assert summary["precision@2"] == pytest.approx((0.5 + 0.5 + 0) / 3)


def test_invalid_inputs() -> None:
    with pytest.raises(ValueError, match="k must be"):
        evaluate({}, {}, k=0)
    with pytest.raises(ValueError, match="recall is undefined"):
        recall_at_k(["a"], set(), 5)
    with pytest.raises(ValueError, match="no query could be scored"):
        evaluate({}, {"q": {"d": 0}}).summary()


CORPUS = {
    "d1": "reset your password from the login page",
    "d2": "refunds are issued within 14 days",
    "d3": "change the email on your account settings page",
    "d4": "password rules: at least 12 characters",
}


def keyword_retriever(query: str) -> list[str]:
    """A fake retriever: rank documents by shared words, ties by id."""
    words = set(query.lower().split())
    scored = [(-len(words & set(text.split())), doc) for doc, text in CORPUS.items()]
    return [doc for score, doc in sorted(scored) if score < 0]


def test_end_to_end_with_a_fake_retriever_and_an_interval() -> None:
    qrels = {
        "how do I reset my password": {"d1": 2, "d4": 1},
        "when do refunds arrive": {"d2": 1},
        "change email address": {"d3": 1},
    }
    run = {q: keyword_retriever(q) for q in qrels}
    report = evaluate(run, qrels, k=1)
    assert report.summary()["recall@1"] == pytest.approx((0.5 + 1 + 1) / 3)
    ci = bootstrap_ci([s.recall for s in report.per_query], resamples=500, seed=0)
    assert ci.low <= ci.mean <= ci.high


docs = st.sampled_from([f"d{i}" for i in range(12)])


@given(
    st.lists(docs, max_size=15),
    st.dictionaries(docs, st.integers(0, 3), min_size=1),
    st.integers(1, 12),
)
def test_metrics_are_bounded_and_recall_grows_with_k(
    ranked: list[str], judged: dict[str, int], k: int
) -> None:
    relevant = {d for d, g in judged.items() if g > 0}
    if not relevant:
        return
    for value in (
        recall_at_k(ranked, relevant, k),
        precision_at_k(ranked, relevant, k),
        reciprocal_rank(ranked, relevant, k),
        ndcg_at_k(ranked, judged, k),
    ):
        assert 0.0 <= value <= 1.0 + 1e-12
    assert recall_at_k(ranked, relevant, k) <= recall_at_k(ranked, relevant, k + 1)
    ideal = sorted(judged, key=lambda d: -judged[d])
    assert ndcg_at_k(ideal, judged, k) == pytest.approx(1.0)
