"""A point-in-time (as-of) join of feature values to labelled events, in one streaming pass.

For each label event, the join attaches the latest feature row of the same entity that
was *available* at the event's time: written at least ``delay_s`` before it (the lag
between a feature being computed and being readable online), and not older than
``max_age_s`` (the TTL the online store would apply). Joining the latest value overall
instead leaks the future into training: the model learns from values it could never
have seen at prediction time.

Both inputs must be sorted by timestamp, as event logs and feature snapshots usually
are. Memory is one feature row per entity, whatever the number of events.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True)
class FeatureRow:
    entity: str
    ts: float  # when the value was written (event time of the feature pipeline)
    values: Mapping[str, float]


@dataclass(frozen=True)
class LabelEvent:
    entity: str
    ts: float  # when the prediction would have been made
    label: float


class Miss(StrEnum):
    NO_FEATURE = "no-feature"  # nothing written for this entity before the event
    STALE = "stale"  # the latest value is older than max_age_s


@dataclass(frozen=True)
class Joined:
    event: LabelEvent
    values: Mapping[str, float] | None
    feature_ts: float | None
    miss: Miss | None = None

    @property
    def age_s(self) -> float | None:
        return None if self.feature_ts is None else self.event.ts - self.feature_ts


@dataclass
class JoinStats:
    """Export these per training run: a jump in misses means an upstream pipeline broke."""

    events: int = 0
    joined: int = 0
    misses: dict[Miss, int] = field(default_factory=lambda: dict.fromkeys(Miss, 0))
    max_age_s: float = 0.0

    @property
    def coverage(self) -> float:
        return self.joined / self.events if self.events else 0.0


class UnsortedInputError(ValueError):
    pass


def point_in_time_join(
    events: Iterable[LabelEvent],
    features: Iterable[FeatureRow],
    *,
    delay_s: float = 0.0,
    max_age_s: float = math.inf,
    stats: JoinStats | None = None,
) -> Iterator[Joined]:
    """Yield one Joined per event, in event order.

    A feature row is visible to an event when ``row.ts + delay_s < event.ts``: strictly
    before, because a value written at the same instant is often computed from the event
    itself (a click counter that includes this click).
    """
    if delay_s < 0 or max_age_s < 0 or math.isnan(delay_s) or math.isnan(max_age_s):
        raise ValueError("delay_s and max_age_s must be >= 0")
    stats = stats if stats is not None else JoinStats()
    latest: dict[str, FeatureRow] = {}
    rows = iter(features)
    pending = next(rows, None)
    last_row_ts = -math.inf
    last_event_ts = -math.inf
    for event in events:
        if event.ts < last_event_ts:
            raise UnsortedInputError(f"event at {event.ts} after one at {last_event_ts}")
        last_event_ts = event.ts
        # Advance the feature stream to everything visible at this event's time.
        while pending is not None and pending.ts + delay_s < event.ts:
            if pending.ts < last_row_ts:
                raise UnsortedInputError(f"feature row at {pending.ts} after {last_row_ts}")
            last_row_ts = pending.ts
            latest[pending.entity] = pending
            pending = next(rows, None)
        stats.events += 1
        row = latest.get(event.entity)
        if row is None:
            stats.misses[Miss.NO_FEATURE] += 1
            yield Joined(event, None, None, Miss.NO_FEATURE)
        elif event.ts - row.ts > max_age_s:
            stats.misses[Miss.STALE] += 1
            yield Joined(event, None, row.ts, Miss.STALE)
        else:
            stats.joined += 1
            stats.max_age_s = max(stats.max_age_s, event.ts - row.ts)
            yield Joined(event, row.values, row.ts)


def leaky_latest_join(events: Iterable[LabelEvent], features: Iterable[FeatureRow]) -> list[Joined]:
    """The bug this question is about: join each event to the entity's latest row overall."""
    latest: dict[str, FeatureRow] = {}
    for row in features:
        if row.entity not in latest or row.ts >= latest[row.entity].ts:
            latest[row.entity] = row
    out = []
    for event in events:
        found = latest.get(event.entity)
        if found is None:
            out.append(Joined(event, None, None, Miss.NO_FEATURE))
        else:
            out.append(Joined(event, found.values, found.ts))
    return out
