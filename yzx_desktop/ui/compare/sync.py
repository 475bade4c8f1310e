"""Several media players that play, pause, seek, step and loop as one (no widgets here)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import (
    QAudioOutput,
    QMediaMetaData,
    QMediaPlayer,
    QVideoFrame,
    QVideoSink,
)

from yzx_desktop.ui.compare.clock import PresentationClock
from yzx_desktop.ui.media_threads import safe_for_media_threads

FALLBACK_FRAME_MS = 40.0  # 25 fps, when a file does not say its frame rate
SETTLE_MS = 5.0  # a nudge ends within this distance of the leader
NUDGE_HORIZON_MS = 500.0  # a drift of d ms is corrected at d / 500 of normal speed
MAX_NUDGE = 0.1
_LOADED = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)


def nudged_rate(drift_ms: float, rate: float, frame_ms: float) -> float:
    """A follower's next playback rate: nudged once it is half a frame off (``drift_ms`` > 0
    is ahead), back to 1 once within SETTLE_MS."""
    if abs(drift_ms) > frame_ms / 2 or (rate != 1.0 and abs(drift_ms) > SETTLE_MS):
        nudge = max(-MAX_NUDGE, min(MAX_NUDGE, drift_ms / NUDGE_HORIZON_MS))
        return round(1.0 - nudge, 3)
    return 1.0


class SyncedPlayers(QObject):
    """N media players, each with its own audio output, behind one transport.

    **Transport.** It runs over the longest take, the *leader*; a shorter take holds its last
    frame until the transport wraps (loop) or is sought back within it. The position is the
    leader's, in ms. A frame step moves by the leader's frame length (1000 / its frame rate,
    40 ms when unknown) and pauses.

    **Sync.** Nothing plays before every take is loaded. Every start (play, a seek while
    playing, the loop's wrap) and every seek or step is an *alignment*: all players pause,
    seek to the frame that covers the target, and start in one go once each shows that
    frame (or after 0.6 s). A pause seeks only the takes not on the leader's frame.
    While playing, every 100 ms each follower's clock is compared with the leader's, both
    estimated from the frames they show (:class:`PresentationClock`). Over half a frame of
    drift, the follower's playback rate is nudged (at most ±10 %) until it is within 5 ms;
    over 200 ms, or with no new frame for 250 ms (a stall), that follower alone is sought to
    the leader's clock. Nudging is preferred (``bench/compare.py`` measures both): corrected
    either way, a 120 ms lag ends within a few ms, but the seek skips 3-4 frames at once
    where the nudge skips none.
    """

    positionChanged = Signal(int)  # ms, the leader's shown frame
    durationChanged = Signal(int)  # ms, the longest take
    playingChanged = Signal(bool)
    loopingChanged = Signal(bool)
    ready = Signal()  # every take is loaded (or failed); the first frames are shown
    errorOccurred = Signal(int, str)  # take index, Qt's message

    TICK_MS = 100
    ALIGN_TIMEOUT_MS = 600
    HARD_DRIFT_MS = 200.0
    STALL_MS = 250.0

    def __init__(self, sources: Sequence[str | Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not sources:
            raise ValueError("SyncedPlayers needs at least one source")
        count = len(sources)
        self.players: list[QMediaPlayer] = []
        self.audio_outputs: list[QAudioOutput] = []
        self._sinks: list[QVideoSink | None] = [None] * count
        self._own_sinks: list[QVideoSink | None] = [None] * count
        self._frame_slots = [partial(self._frame, index) for index in range(count)]
        self._clocks = [PresentationClock() for _ in range(count)]
        self._loaded = [False] * count
        self._failed = [False] * count
        self._held = [False] * count  # paused on its last frame while the transport goes on
        self._rates = [1.0] * count
        self._frame_ms = [FALLBACK_FRAME_MS] * count
        self._durations = [0] * count
        self._leader = 0
        self._ready = False
        self._playing = False
        self._looping = True
        self._position = 0
        self._generation = 0  # counts alignments; a timer of an older one does nothing
        self._align_play: bool | None = None  # None: not aligning
        self._settling = False  # paused, waiting for frames in flight before aligning
        self._align_seek: list[float] = [0.0] * count
        self._aligned = [False] * count
        self._closed = False
        self.jumps = 0  # followers sought to the leader while playing (bench)
        self._jumped_at = -1e9  # wall ms of the last such seek
        self.nudges = 0  # rate changes (for the bench)
        self._wall = QElapsedTimer()
        self._wall.start()
        self._tick = QTimer(self, interval=self.TICK_MS)
        self._tick.timeout.connect(self._correct)
        self._align_timer = QTimer(self, singleShot=True, interval=self.ALIGN_TIMEOUT_MS)
        self._align_timer.timeout.connect(self._finish_alignment)
        for index, source in enumerate(sources):
            player = safe_for_media_threads(QMediaPlayer(self))
            audio = safe_for_media_threads(QAudioOutput(self))
            player.setAudioOutput(audio)
            if hasattr(player, "setPitchCompensation"):  # Qt 6.10: nudges keep the pitch
                player.setPitchCompensation(True)
            player.mediaStatusChanged.connect(partial(self._status, index))
            player.errorOccurred.connect(partial(self._error, index))
            self.players.append(player)
            self.audio_outputs.append(audio)
            # frames are timed even with no widget
            self._own_sinks[index] = safe_for_media_threads(QVideoSink(self))
            self.set_video_output(index, self._own_sinks[index])
            player.setSource(QUrl.fromLocalFile(str(source)))

    # ---- outputs --------------------------------------------------------------------------
    def set_video_output(self, index: int, output: QObject) -> None:
        """Show take ``index`` in ``output`` (a QVideoWidget or a QVideoSink)."""
        old = self._sinks[index]
        if old is not None:
            old.videoFrameChanged.disconnect(self._frame_slots[index])
        player = self.players[index]
        player.setVideoOutput(output)
        sink = player.videoSink()
        sink.videoFrameChanged.connect(self._frame_slots[index])
        self._sinks[index] = sink
        own = self._own_sinks[index]
        if own is not None and own is not output:
            self._own_sinks[index] = None
            own.deleteLater()

    def set_muted(self, index: int, muted: bool) -> None:
        self.audio_outputs[index].setMuted(muted)

    def is_muted(self, index: int) -> bool:
        return self.audio_outputs[index].isMuted()

    # ---- state ----------------------------------------------------------------------------
    @property
    def count(self) -> int:
        return len(self.players)

    def is_ready(self) -> bool:
        return self._ready

    def is_playing(self) -> bool:
        """The transport plays (or is about to, once loaded or aligned)."""
        return self._playing

    def is_looping(self) -> bool:
        return self._looping

    def is_aligning(self) -> bool:
        """Takes are being brought to one frame (after a start, seek, step or pause)."""
        return self._align_play is not None or self._settling

    def position(self) -> int:
        return self._position

    def duration(self) -> int:
        return self._durations[self._leader]

    def frame_ms(self) -> float:
        """The length of one of the leader's frames, the step of ``step()``."""
        return self._frame_ms[self._leader]

    def leader(self) -> int:
        return self._leader

    def held(self) -> list[bool]:
        """Which takes are holding their last frame (shorter than the transport position)."""
        return list(self._held)

    def positions(self) -> list[int]:
        """Each player's ``position()`` as Qt reports it: whole frames, about a frame late."""
        return [player.position() for player in self.players]

    def frame_times(self) -> list[float | None]:
        """The start (ms) of the frame each player shows now, None before its first frame."""
        return [clock.shown[0] if clock.shown else None for clock in self._clocks]

    def max_drift_ms(self) -> float | None:
        """The largest distance between two takes that are not holding their last frame.

        Playing: between their presentation clocks (sub-frame, from the shown frames).
        Paused: between the start times of the frames they show (0 when all show the same
        frame). None when it cannot be told yet (before enough frames after a start).
        """
        live = [i for i in range(self.count) if not self._held[i] and not self._failed[i]]
        if len(live) < 2:
            return 0.0
        if self._playing and not self.is_aligning():
            values = [self._clocks[i].offset() for i in live]
        else:
            values = [self._clocks[i].shown[0] if self._clocks[i].shown else None for i in live]
        if any(value is None for value in values):
            return None
        return max(values) - min(values)  # type: ignore[type-var]

    # ---- transport ------------------------------------------------------------------------
    def play(self) -> None:
        if self._closed or self._playing:
            return
        self._playing = True
        self.playingChanged.emit(True)
        if not self._ready:
            return  # starts once every take is loaded
        at_end = self._position >= self.duration() - 1.5 * self.frame_ms()
        self._align(0 if at_end else self._position, play=True)

    def pause(self) -> None:
        if self._closed or not self._playing:
            return
        self._playing = False
        self.playingChanged.emit(False)
        if not self._ready:
            return
        if self.is_aligning() or self._now() - self._jumped_at < 1000:
            # seeks in flight: what is shown now says nothing
            self._align(self._position, play=False)
            return
        # Pause where each take is; a moment later, when frames in flight have landed, only
        # a take not on the leader's frame is sought (a seek decodes from a keyframe).
        self._generation += 1
        self._tick.stop()
        self._settling = True
        for index, player in enumerate(self.players):
            if not self._failed[index]:
                self._set_rate(index, 1.0)
                player.pause()
        settle = max(5, round(self.frame_ms() / 2))
        QTimer.singleShot(settle, self, partial(self._paused, self._generation))

    def _paused(self, generation: int) -> None:
        if generation != self._generation or self._closed:
            return
        self._settling = False
        leader = self._clocks[self._leader].shown
        self._align(leader[0] if leader else self._position, play=False, keep_shown=True)

    def toggle(self) -> None:
        if self._playing:
            self.pause()
        else:
            self.play()

    def seek(self, ms: int | float) -> None:
        """Go to ``ms`` of the transport; playing goes on from there, together."""
        if self._closed or not self._ready:
            return
        target = min(max(0.0, float(ms)), self._last_frame_start(self._leader))
        self._set_position(target)
        self._align(target, play=self._playing)

    def step(self, frames: int) -> None:
        """Pause, then move by ``frames`` of the leader's frames (negative: back)."""
        if self._closed or not self._ready:
            return
        if self._playing:
            self._playing = False
            self.playingChanged.emit(False)
            shown = self._clocks[self._leader].shown
            base = shown[0] if shown else float(self._position)
        else:
            base = float(self._position)
        frame = self.frame_ms()
        index = math.floor(base / frame + 1e-6) + frames
        target = min(max(0.0, index * frame), self._last_frame_start(self._leader))
        self._set_position(target)
        self._align(target, play=False)

    def set_looping(self, looping: bool) -> None:
        if looping != self._looping:
            self._looping = looping
            self.loopingChanged.emit(looping)

    def close(self) -> None:
        """Stop every player and let go of the files; the players die with their parent."""
        if self._closed:
            return
        self._closed = True
        self._tick.stop()
        self._align_timer.stop()
        for player in self.players:
            player.stop()
            player.setSource(QUrl())

    # ---- alignment ------------------------------------------------------------------------
    def _last_frame_start(self, index: int) -> float:
        frame = self._frame_ms[index]
        return max(0.0, (math.ceil(self._durations[index] / frame) - 1) * frame)

    def _seek_point(self, index: int, target: float) -> float:
        """Where to seek take ``index`` to show its frame at ``target``: that frame's middle
        (a paused seek shows the frame whose interval holds the point, its end included)."""
        frame = self._frame_ms[index]
        start = min(math.floor(target / frame + 1e-6) * frame, self._last_frame_start(index))
        return start + frame / 2

    def _set_position(self, ms: float) -> None:
        self._position = round(ms)
        self.positionChanged.emit(self._position)

    def _align(self, target: float, *, play: bool, keep_shown: bool = False) -> None:
        """Pause every take on its frame at ``target`` (the last one if it is shorter), then
        play them in one go if ``play``. ``keep_shown``: a take already showing that frame,
        with no seek in flight, is not sought again."""
        self._generation += 1
        self._tick.stop()
        self._settling = False
        self._align_play = play
        for index, player in enumerate(self.players):
            self._clocks[index].reset()
            if self._failed[index]:
                self._aligned[index] = True
                continue
            self._set_rate(index, 1.0)
            player.pause()
            self._held[index] = target >= self._last_frame_start(index) + self._frame_ms[index]
            self._align_seek[index] = self._seek_point(index, target)
            self._aligned[index] = keep_shown and self._shows_seek_point(index)
            if not self._aligned[index]:
                player.setPosition(round(self._align_seek[index]))
        self._set_position(target)
        if all(self._aligned):
            self._finish_alignment()
        else:
            self._align_timer.start()

    def _shows_seek_point(self, index: int) -> bool:
        """Take ``index`` shows the frame holding its seek point, or its first frame when
        that starts a little after 0. (Any other file oddity waits for ALIGN_TIMEOUT_MS.)"""
        shown = self._clocks[index].shown
        if not shown:
            return False
        point = self._align_seek[index]
        if shown[0] - 0.5 <= point <= shown[1] + 0.5:
            return True
        return point < shown[0] < 2 * self._frame_ms[index]

    def _check_alignment(self, index: int) -> None:
        if self._shows_seek_point(index):
            self._aligned[index] = True
        if all(self._aligned):
            self._finish_alignment()

    def _finish_alignment(self) -> None:
        """Every take shows its frame (or the wait timed out): start them in one go."""
        play = self._align_play
        if play is None:
            return
        self._align_timer.stop()
        self._align_play = None
        now = self._now()
        for clock in self._clocks:
            clock.reset(now)
        if not play:
            return
        for index, player in enumerate(self.players):
            if not self._held[index] and not self._failed[index]:
                player.play()
        self._tick.start()

    # ---- while playing --------------------------------------------------------------------
    def _frame(self, index: int, frame: QVideoFrame) -> None:
        if not frame.isValid() or self._closed:
            return
        start, end = frame.startTime() / 1000, frame.endTime() / 1000
        self._clocks[index].add(start, end, self._now())
        if self._settling:
            return
        if self._align_play is not None:
            self._check_alignment(index)
            return
        if not self._playing or self._held[index]:
            return
        if index == self._leader:
            self._set_position(start)
        if end >= self._durations[index] - self._frame_ms[index] / 2:  # its last frame
            self._reached_end(index)

    def _reached_end(self, index: int) -> None:
        if index != self._leader:
            self.players[index].pause()  # holds its last frame
            self._held[index] = True
            self._set_rate(index, 1.0)
            return
        generation = self._generation
        QTimer.singleShot(
            round(self._frame_ms[index]), self, partial(self._transport_ended, generation)
        )

    def _transport_ended(self, generation: int) -> None:
        if generation != self._generation or not self._playing or self._closed:
            return
        if self._looping:
            self._align(0, play=True)
        else:
            self._playing = False
            self.playingChanged.emit(False)
            self._align(self._last_frame_start(self._leader), play=False)

    def _correct(self) -> None:
        """Nudge each follower's rate towards the leader's clock; a follower too far off, or
        stalled (no new frame for STALL_MS), is sought to it."""
        if not self._playing or self._align_play is not None:
            return
        now = self._now()
        leader = self._clocks[self._leader]
        if now - leader.arrived > self.STALL_MS:
            player = self.players[self._leader]
            if player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
                player.play()  # stopped behind our back; the followers are judged once it runs
            return
        lead = leader.offset()
        if lead is None:
            return
        for index in range(self.count):
            if index == self._leader or self._held[index] or self._failed[index]:
                continue
            clock = self._clocks[index]
            offset = clock.offset()
            if now - clock.arrived > self.STALL_MS:
                self._jump_to_leader(index)
            elif offset is None:
                continue
            elif abs(offset - lead) > self.HARD_DRIFT_MS:
                self._jump_to_leader(index)
            else:  # offset - lead > 0: ahead of the leader
                rate = nudged_rate(offset - lead, self._rates[index], self._frame_ms[index])
                self._set_rate(index, rate)

    def _jump_to_leader(self, index: int) -> None:
        """Seek this take alone to the leader's clock (and play it): it skips frames, the
        others play on."""
        now = self._now()
        target = self._clocks[self._leader].media_time(now)
        if target is None:
            return
        self.jumps += 1
        self._jumped_at = now
        self._set_rate(index, 1.0)
        self._clocks[index].reset(now)
        player = self.players[index]
        if target >= self._last_frame_start(index):
            self._held[index] = True
            player.pause()
            player.setPosition(round(self._seek_point(index, target)))
        else:
            player.setPosition(round(target))
            if player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
                player.play()

    def _now(self) -> float:
        return self._wall.nsecsElapsed() / 1e6

    def _set_rate(self, index: int, rate: float) -> None:
        if rate != self._rates[index]:
            self._rates[index] = rate
            self.players[index].setPlaybackRate(rate)
            if rate != 1.0:
                self.nudges += 1

    # ---- loading --------------------------------------------------------------------------
    def _status(self, index: int, status: QMediaPlayer.MediaStatus) -> None:
        if status in _LOADED and not self._loaded[index]:
            self._loaded[index] = True
            player = self.players[index]
            self._durations[index] = max(0, player.duration())
            rate = player.metaData().value(QMediaMetaData.Key.VideoFrameRate)
            if isinstance(rate, (int, float)) and 1 <= rate <= 240:
                self._frame_ms[index] = 1000.0 / rate
            self._maybe_ready()
        elif status == QMediaPlayer.MediaStatus.EndOfMedia and self._ready:
            self._ended_without_last_frame(index)
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail(index)

    def _error(self, index: int, error: QMediaPlayer.Error, text: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self.errorOccurred.emit(index, text)
            self._fail(index)

    def _fail(self, index: int) -> None:
        if not self._failed[index]:
            self._failed[index] = True
            self._aligned[index] = True
            self._maybe_ready()

    def _maybe_ready(self) -> None:
        if self._ready or not all(a or b for a, b in zip(self._loaded, self._failed, strict=True)):
            return
        alive = [i for i in range(self.count) if not self._failed[i]]
        if not alive:
            return
        self._leader = max(alive, key=lambda i: self._durations[i])
        self._ready = True
        self.durationChanged.emit(self.duration())
        self._align(0, play=self._playing)  # shows every first frame, starts if asked
        self.ready.emit()

    def _ended_without_last_frame(self, index: int) -> None:
        """A take reached its end before its last frame was seen (frames dropped under load):
        show that frame again instead of a blank; the leader ends the transport."""
        if self._closed or self.is_aligning():
            return
        if index == self._leader:
            self._transport_ended(self._generation)
        else:
            self._held[index] = True
            self.players[index].pause()
            self.players[index].setPosition(round(self._seek_point(index, self.duration())))
