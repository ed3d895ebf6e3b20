"""Retrieval evaluation: recall@k, precision@k, reciprocal rank and nDCG@k over a query set.

Relevance judgments (qrels) map each query to graded labels per document: 0 means
judged not relevant, 1 and above relevant, higher is better. A run maps each query to
the retriever's ranked document ids. Conventions, each a common source of bugs:

- Recall@k divides by the number of relevant documents for the query, precision@k by
  k (also when fewer than k documents came back), as trec_eval does.
- A document repeated in a ranking counts once, at its first position.
- Reciprocal rank is 1 / (position of the first relevant document within the top k),
  0 if there is none; MRR is its mean over queries.
- nDCG@k uses the gain 2^grade - 1 and a discount of log2(position + 1); the ideal DCG
  ranks *all* judged relevant documents, retrieved or not, so a retriever that misses a
  relevant document cannot score 1.
- A query with no relevant document is skipped and listed (every metric is undefined
  for it); a judged query the run has no ranking for scores 0 and is listed too.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

Qrels = Mapping[str, Mapping[str, int]]
Run = Mapping[str, Sequence[str]]


def first_occurrences(ranked: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for doc in ranked:
        if doc not in seen:
            seen.add(doc)
            out.append(doc)
    return out


def recall_at_k(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    if not relevant:
        raise ValueError("recall is undefined without relevant documents")
    return len(set(first_occurrences(ranked)[:k]) & relevant) / len(relevant)


def precision_at_k(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    return len(set(first_occurrences(ranked)[:k]) & relevant) / k


def reciprocal_rank(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    for position, doc in enumerate(first_occurrences(ranked)[:k], start=1):
        if doc in relevant:
            return 1.0 / position
    return 0.0


def dcg(grades: Sequence[int]) -> float:
    return math.fsum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(grades))


def ndcg_at_k(ranked: Sequence[str], judged: Mapping[str, int], k: int) -> float:
    ideal = dcg(sorted((g for g in judged.values() if g > 0), reverse=True)[:k])
    if ideal == 0:
        raise ValueError("nDCG is undefined without relevant documents")
    got = dcg([max(judged.get(doc, 0), 0) for doc in first_occurrences(ranked)[:k]])
    return got / ideal


@dataclass(frozen=True)
class QueryScores:
    query: str
    recall: float
    precision: float
    reciprocal_rank: float
    ndcg: float


@dataclass
class Report:
    k: int
    per_query: list[QueryScores]
    skipped_no_relevant: list[str] = field(default_factory=list)
    missing_from_run: list[str] = field(default_factory=list)
    unjudged_in_run: list[str] = field(default_factory=list)

    def mean(self, metric: str) -> float:
        if not self.per_query:
            raise ValueError("no query could be scored")
        return math.fsum(getattr(s, metric) for s in self.per_query) / len(self.per_query)

    def summary(self) -> dict[str, float]:
        k = self.k
        return {
            f"recall@{k}": self.mean("recall"),
            f"precision@{k}": self.mean("precision"),
            f"mrr@{k}": self.mean("reciprocal_rank"),
            f"ndcg@{k}": self.mean("ndcg"),
        }


def evaluate(run: Run, qrels: Qrels, k: int = 10) -> Report:
    """Score every judged query; macro-average, so each query counts the same."""
    if k < 1:
        raise ValueError("k must be at least 1")
    report = Report(k, [])
    report.unjudged_in_run = sorted(set(run) - set(qrels))
    for query in sorted(qrels):
        judged = qrels[query]
        relevant = {doc for doc, grade in judged.items() if grade > 0}
        if not relevant:
            report.skipped_no_relevant.append(query)
            continue
        if query not in run:
            report.missing_from_run.append(query)
        ranked = run.get(query, [])
        report.per_query.append(
            QueryScores(
                query,
                recall_at_k(ranked, relevant, k),
                precision_at_k(ranked, relevant, k),
                reciprocal_rank(ranked, relevant, k),
                ndcg_at_k(ranked, judged, k),
            )
        )
    return report
