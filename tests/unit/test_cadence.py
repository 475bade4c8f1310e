"""Polling cadence and backoff: the seed's numbers, slowing down, Retry-After, the cap."""

from __future__ import annotations

import random

from yzx_desktop.jobs.cadence import Backoff, PollCadence


def test_default_cadence_is_the_seeds() -> None:
    cadence, rng = PollCadence(), random.Random(3)
    firsts = [cadence.first_delay(rng) for _ in range(500)]
    assert min(firsts) >= 8.0 and max(firsts) <= 10.0
    early = [cadence.next_delay(60, rng) for _ in range(500)]
    assert min(early) >= 8.0 and max(early) <= 15.0
    late = [cadence.next_delay(301, rng) for _ in range(500)]
    assert min(late) >= 30.0 and max(late) <= 45.0


def test_fixed_cadence_never_slows_down() -> None:
    cadence, rng = PollCadence.fixed(2.5), random.Random(1)
    assert cadence.first_delay(rng) == 2.5
    assert cadence.next_delay(10_000, rng) == 2.5


def test_backoff_doubles_with_jitter_and_stops_at_the_cap() -> None:
    backoff, rng = Backoff(base=2.0, cap=120.0), random.Random(5)
    for attempt in range(1, 12):
        ceiling = min(120.0, 2.0 * 2 ** (attempt - 1))
        delays = [backoff.delay(attempt, rng) for _ in range(200)]
        assert ceiling * 0.5 <= min(delays) and max(delays) <= ceiling


def test_retry_after_wins_within_bounds() -> None:
    backoff, rng = Backoff(), random.Random(0)
    assert backoff.delay(7, rng, retry_after=3.0) == 3.0
    assert backoff.delay(1, rng, retry_after=0.0) == 0.05  # never a busy loop
    assert backoff.delay(1, rng, retry_after=86_400) == 900.0  # never a day's silence
