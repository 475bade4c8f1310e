"""A player's presentation clock, estimated from the frames it actually shows."""

from __future__ import annotations

import statistics
from collections import deque


class PresentationClock:
    """Where one player's media time stands against a shared wall clock.

    Each shown frame gives one sample, ``its start time - the moment it arrived``; the median
    of the last few samples is the clock's offset. Two players' offsets differ by their drift,
    with sub-frame resolution, whereas ``QMediaPlayer.position()`` moves in whole frames and a
    frame late. Arrival times are taken on the main thread, where Qt delivers every sink's
    frames, so all players carry the same event-loop delay.
    """

    MIN_SAMPLES = 3

    def __init__(self, window: int = 5) -> None:
        self._offsets: deque[float] = deque(maxlen=window)
        self.shown: tuple[float, float] | None = None  # start and end (ms) of the frame shown
        self.arrived = 0.0  # wall ms of the last frame, or of the last (re)start

    def reset(self, now_ms: float | None = None) -> None:
        """Forget the offsets: a seek starts a new epoch. The shown frame stays shown;
        ``now_ms`` counts as a fresh arrival (a start is not a stall)."""
        self._offsets.clear()
        if now_ms is not None:
            self.arrived = now_ms

    def add(self, start_ms: float, end_ms: float, arrived_ms: float) -> None:
        self.shown = (start_ms, end_ms)
        self.arrived = arrived_ms
        self._offsets.append(start_ms - arrived_ms)

    def offset(self) -> float | None:
        """The media time minus the wall time, or None before enough frames were shown."""
        if len(self._offsets) < self.MIN_SAMPLES:
            return None
        return statistics.median(self._offsets)

    def media_time(self, now_ms: float) -> float | None:
        """The media time this player is at, by its clock, at wall time ``now_ms``."""
        offset = self.offset()
        return None if offset is None else now_ms + offset
