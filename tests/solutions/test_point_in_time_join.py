"""Point-in-time joins: no future values, staleness, delays, and the leaky join for contrast."""

from __future__ import annotations

import math
import random

import pytest

from solutions.point_in_time_join import (
    FeatureRow,
    Joined,
    JoinStats,
    LabelEvent,
    Miss,
    UnsortedInputError,
    leaky_latest_join,
    point_in_time_join,
)


def row(entity: str, ts: float, spend: float) -> FeatureRow:
    return FeatureRow(entity, ts, {"spend_7d": spend})


FEATURES = [row("u1", 10, 5.0), row("u2", 15, 1.0), row("u1", 20, 7.0), row("u1", 40, 99.0)]
EVENTS = [LabelEvent("u1", 12, 0), LabelEvent("u1", 30, 1), LabelEvent("u2", 31, 0)]


def spends(joined: list[Joined]) -> list[float | None]:
    return [None if j.values is None else j.values["spend_7d"] for j in joined]


def test_each_event_sees_the_latest_value_written_before_it() -> None:
    got = list(point_in_time_join(EVENTS, FEATURES))
    assert spends(got) == [5.0, 7.0, 1.0]
    assert [j.age_s for j in got] == [2, 10, 16]


def test_the_leaky_join_uses_values_from_the_future() -> None:
    leaky = leaky_latest_join(EVENTS, FEATURES)
    assert spends(leaky) == [99.0, 99.0, 1.0]  # written at t=40, after both u1 events
    assert any(j.feature_ts is not None and j.feature_ts > j.event.ts for j in leaky)


def test_equal_timestamps_are_not_visible() -> None:
    got = list(point_in_time_join([LabelEvent("u1", 10, 1)], [row("u1", 10, 5.0)]))
    assert got[0].miss is Miss.NO_FEATURE


def test_delay_hides_values_not_yet_readable_online() -> None:
    got = list(point_in_time_join(EVENTS, FEATURES, delay_s=5))
    # At t=12 the t=10 value is not readable until t=15: nothing for u1 yet.
    assert spends(got) == [None, 7.0, 1.0]
    assert got[0].miss is Miss.NO_FEATURE


def test_stale_values_are_reported_not_joined() -> None:
    stats = JoinStats()
    got = list(point_in_time_join(EVENTS, FEATURES, max_age_s=12, stats=stats))
    assert spends(got) == [5.0, 7.0, None]
    assert got[2].miss is Miss.STALE
    assert got[2].age_s == 16
    assert stats.misses == {Miss.NO_FEATURE: 0, Miss.STALE: 1}
    assert stats.coverage == pytest.approx(2 / 3)
    assert stats.max_age_s == 10


def test_empty_inputs() -> None:
    assert list(point_in_time_join([], FEATURES)) == []
    [only] = point_in_time_join([LabelEvent("u9", 1, 0)], [])
    assert only.miss is Miss.NO_FEATURE
    assert JoinStats().coverage == 0.0


def test_unsorted_inputs_are_rejected() -> None:
    with pytest.raises(UnsortedInputError):
        list(point_in_time_join([LabelEvent("u", 5, 0), LabelEvent("u", 4, 0)], []))
    with pytest.raises(UnsortedInputError):
        list(point_in_time_join([LabelEvent("u", 50, 0)], [row("u", 5, 1), row("u", 4, 1)]))


@pytest.mark.parametrize(("delay", "age"), [(-1.0, 1.0), (0.0, -1.0), (math.nan, 1.0)])
def test_invalid_arguments(delay: float, age: float) -> None:
    with pytest.raises(ValueError):
        list(point_in_time_join(EVENTS, FEATURES, delay_s=delay, max_age_s=age))


def test_never_joins_a_future_value_on_random_data() -> None:
    rng = random.Random(8)
    feats = sorted(
        (row(f"u{rng.randrange(50)}", rng.uniform(0, 1000), rng.random()) for _ in range(3000)),
        key=lambda r: r.ts,
    )
    events = sorted(
        (LabelEvent(f"u{rng.randrange(60)}", rng.uniform(0, 1000), 0) for _ in range(2000)),
        key=lambda e: e.ts,
    )
    for j in point_in_time_join(events, feats, delay_s=3):
        if j.feature_ts is not None:
            assert j.feature_ts + 3 < j.event.ts
            # And it is the latest such row for that entity.
            candidates = [
                r.ts for r in feats if r.entity == j.event.entity and r.ts + 3 < j.event.ts
            ]
            assert j.feature_ts == max(candidates)
