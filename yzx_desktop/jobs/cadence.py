"""When to poll next, and how long to back off after a failure."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class PollCadence:
    """The seed's cadence: first poll 8–10 s after creation, then 8–15 s, slower when long."""

    first: tuple[float, float] = (8.0, 10.0)
    interval: tuple[float, float] = (8.0, 15.0)
    slow_after: float = 300.0
    slow_interval: tuple[float, float] = (30.0, 45.0)

    @classmethod
    def fixed(cls, seconds: float) -> PollCadence:
        """``--poll-interval S``: the first delay and every interval are S."""
        return cls((seconds, seconds), (seconds, seconds), float("inf"), (seconds, seconds))

    def first_delay(self, rng: random.Random) -> float:
        return rng.uniform(*self.first)

    def next_delay(self, running_for: float, rng: random.Random) -> float:
        span = self.slow_interval if running_for >= self.slow_after else self.interval
        return rng.uniform(*span)


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter; a relay's ``Retry-After`` wins when it names a time."""

    base: float = 2.0
    cap: float = 120.0
    max_retry_after: float = 900.0

    def delay(self, attempt: int, rng: random.Random, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.05), self.max_retry_after)
        return min(self.cap, self.base * 2 ** max(0, attempt - 1)) * rng.uniform(0.5, 1.0)
