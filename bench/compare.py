"""Compare benchmark: how far apart 2 and 4 players drift, synchronised and not.

Run: ``.venv/bin/python bench/compare.py`` (about 2.5 minutes, offscreen). Prints one line per
figure.

Clips: 12 s at 25 fps, H.264 with x264's default keyframe interval (up to 10 s, as generated
videos often have, so a seek decodes up to 250 frames), a frame counter over a moving bar,
one hue per take, alternately 960x540 and 640x360 (takes of different models differ).

Each run opens the takes in tiles, starts them together once all are loaded, plays 10 s and
samples every 100 ms; then seeks 6 times while playing (every 1.5 s, to varied places) and
samples from 0.5 s to 1.5 s after each seek, once the seek has landed; then pauses 8 times
and counts the pauses after which every take shows the very same frame (looked at 1 s
later; the time of the last new frame after the pause is printed too). The synced window
also steps frame by frame, timed until every take shows the next frame.

Last, the choice of correction: two bare players, the second started 120 ms late, corrected
once by ``setPosition()`` to the first one's clock, or by nudging its playback rate the way
``SyncedPlayers`` does; printed are the drift 2 s later and how smooth the follower stayed
(the longest time without a new frame, and the largest jump between consecutive frames).

**What is measured.** Drift is the largest pairwise distance between the players'
presentation clocks, read from the frames their video sinks actually present (not from the
controller's own estimate): per player, the median over its last 5 frames of ``frame start
time - the moment the frame reached the main thread``. That has sub-frame resolution, unlike
``QMediaPlayer.position()``, which moves in whole frames and a frame late. Also printed: the
share of samples at which the presented frames differ at that instant (a frame edge that
falls between two players' updates counts too, so even perfect sync is not 0 %).

**Synced** is ``CompareWindow`` (``SyncedPlayers``). **Baseline** is the same tiles with bare
``QMediaPlayer``s: ``play()`` on all in one go once all are loaded, each seek a
``setPosition()`` on each, no correction.
"""

from __future__ import annotations

import colorsys
import itertools
import os
import statistics
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import av
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtCore import QElapsedTimer, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.ui.compare.sync import SyncedPlayers, nudged_rate
from yzx_desktop.ui.compare.window import CompareWindow

SECONDS, FPS, PLAY_MS, SAMPLE_MS = 12, 25, 10_000, 100
SIZES = ((960, 540), (640, 360))
SEEKS = (7000, 2500, 9000, 500, 5200, 3300)
PAUSES = 8
LATE_MS = 120


def make_take(path: Path, index: int) -> Path:
    """A clip with its frame number written large over a bar that sweeps across."""
    size = SIZES[index % len(SIZES)]
    r, g, b = (round(c * 255) for c in colorsys.hsv_to_rgb(index / 4, 0.6, 0.55))
    font = ImageFont.load_default(size=size[1] // 4)
    with av.open(str(path), "w", format="mp4") as container:
        stream = container.add_stream("libx264", rate=FPS, options={"preset": "veryfast"})
        stream.width, stream.height, stream.pix_fmt = *size, "yuv420p"
        count = SECONDS * FPS
        for number in range(count):
            picture = Image.new("RGB", size, (r, g, b))
            draw = ImageDraw.Draw(picture)
            x = size[0] * number // count
            draw.rectangle((x, 0, x + size[0] // 20, size[1]), fill=(240, 240, 240))
            draw.text(
                (size[0] // 10, size[1] // 3), f"{number:03d}", fill=(255, 255, 80), font=font
            )
            frame = av.VideoFrame.from_image(picture)
            frame.pts = number
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


class Presented:
    """The frames one sink presents: their start times against the main thread's clock."""

    def __init__(self, wall: QElapsedTimer) -> None:
        self._wall = wall
        self.offsets: deque[float] = deque(maxlen=5)
        self.start: float | None = None
        self.arrived = 0.0  # ms on the wall clock

    def frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self.start = frame.startTime() / 1000
            self.arrived = self._wall.nsecsElapsed() / 1e6
            self.offsets.append(self.start - self.arrived)

    def clear(self) -> None:
        self.offsets.clear()


class Baseline:
    """Bare players in the same tiles: started together, sought one by one, never corrected."""

    def __init__(self, paths: list[Path]) -> None:
        self.widget = QWidget()
        grid = QGridLayout(self.widget)
        self.players = []
        for index, path in enumerate(paths):
            player = QMediaPlayer(self.widget)
            player.setAudioOutput(QAudioOutput(self.widget))
            video = QVideoWidget()
            grid.addWidget(video, index // 2, index % 2)
            player.setVideoOutput(video)
            player.setSource(QUrl.fromLocalFile(str(path)))
            self.players.append(player)
        self.widget.resize(1280, 720)
        self.widget.show()

    def sinks(self):
        return [player.videoSink() for player in self.players]

    def loaded(self) -> bool:
        done = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
        return all(player.mediaStatus() in done for player in self.players)

    def play(self) -> None:
        for player in self.players:
            player.play()

    def seek(self, ms: int) -> None:
        for player in self.players:
            player.setPosition(ms)

    def pause(self) -> None:
        for player in self.players:
            player.pause()

    def stats(self) -> str:
        return ""

    def close(self) -> None:
        for player in self.players:
            player.stop()
            player.setSource(QUrl())
        self.widget.close()
        self.widget.deleteLater()


class Synced:
    """The compare window itself."""

    def __init__(self, paths: list[Path]) -> None:
        jobs = [
            Job("bench", "", id=i + 1, state=JobState.DONE, file_path=str(p))
            for i, p in enumerate(paths)
        ]
        self.window = CompareWindow(jobs)
        self.window.resize(1280, 720)
        self.window.show()

    def sinks(self):
        return [player.videoSink() for player in self.window.sync.players]

    def loaded(self) -> bool:
        sync = self.window.sync
        return sync.is_ready() and sync.is_playing() and not sync.is_aligning()

    def play(self) -> None:
        self.window.sync.play()  # the first time, it is already playing: nothing happens

    def seek(self, ms: int) -> None:
        self.window.sync.seek(ms)

    def pause(self) -> None:
        self.window.sync.pause()

    def stats(self) -> str:
        sync = self.window.sync
        return f"; {sync.nudges} rate nudges, {sync.jumps} seeks to the leader"

    def close(self) -> None:
        self.window.close()


def pump(app: QApplication, ms: float) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        app.processEvents()
        time.sleep(0.002)


def run(app: QApplication, kind: type, paths: list[Path]) -> tuple[dict[str, list[float]], str]:
    wall = QElapsedTimer()
    wall.start()
    subject = kind(paths)
    clocks = [Presented(wall) for _ in paths]
    for clock, sink in zip(clocks, subject.sinks(), strict=True):
        sink.videoFrameChanged.connect(clock.frame)
    while not subject.loaded():
        pump(app, 5)
    subject.play()
    found: dict[str, list[float]] = {
        "play": [],
        "seek": [],
        "play frames": [],
        "seek frames": [],
        "pause": [],
        "pause settled": [],
    }

    def sample(key: str) -> None:
        offsets = [statistics.median(c.offsets) for c in clocks if len(c.offsets) >= 3]
        if len(offsets) == len(clocks):
            found[key].append(max(offsets) - min(offsets))
        starts = [c.start for c in clocks]
        if None not in starts:
            found[f"{key} frames"].append(float(max(starts) - min(starts) > 1))

    began = wall.elapsed()
    while wall.elapsed() - began < PLAY_MS:
        pump(app, SAMPLE_MS)
        sample("play")
    for target in SEEKS:
        subject.seek(target)
        for clock in clocks:
            clock.clear()
        pump(app, 500)
        for _ in range(10):
            pump(app, SAMPLE_MS)
            sample("seek")
    for pause in range(PAUSES):
        pump(app, 600 + 37 * pause)  # pauses fall at different points of a frame
        paused_at = wall.nsecsElapsed() / 1e6
        subject.pause()
        pump(app, 1000)
        starts = [c.start for c in clocks]
        found["pause"].append(float(None not in starts and len(set(starts)) == 1))
        found["pause settled"].append(max(0.0, max(c.arrived for c in clocks) - paused_at))
        subject.play()
    stats = subject.stats()
    subject.close()
    pump(app, 200)
    return found, stats


def step_latency(app: QApplication, paths: list[Path]) -> list[float]:
    """Frame steps while paused: ms until every take shows the next frame. A paused seek
    decodes from the previous keyframe, so the time grows with the distance to it."""
    subject = Synced(paths)
    sync = subject.window.sync
    while not subject.loaded():
        pump(app, 5)
    sync.pause()
    timer = QElapsedTimer()
    found = []
    for start in (500, 3000, 6000, 9500):
        sync.seek(start)
        while sync.is_aligning():
            pump(app, 2)
        for _ in range(3):
            expected = (sync.frame_times()[0] or 0.0) + sync.frame_ms()
            timer.start()
            sync.step(1)
            while sync.is_aligning() or set(sync.frame_times()) != {expected}:
                pump(app, 1)
                if timer.elapsed() > 5000:
                    raise RuntimeError(f"no step to {expected}: {sync.frame_times()}")
            found.append(timer.nsecsElapsed() / 1e6)
    subject.close()
    pump(app, 200)
    return found


def correction(app: QApplication, paths: list[Path], how: str) -> str:
    """Start the second player LATE_MS late, then correct it once (``seek``) or by nudges."""
    wall = QElapsedTimer()
    wall.start()
    subject = Baseline(paths[:2])
    leader, follower = subject.players
    clocks = [Presented(wall) for _ in range(2)]
    gaps: list[tuple[float, float]] = []  # (wall ms, media ms) of the follower's frames
    for clock, sink in zip(clocks, subject.sinks(), strict=True):
        sink.videoFrameChanged.connect(clock.frame)
    subject.sinks()[1].videoFrameChanged.connect(
        lambda f: f.isValid() and gaps.append((wall.nsecsElapsed() / 1e6, f.startTime() / 1000))
    )
    while not subject.loaded():
        pump(app, 5)
    leader.play()
    pump(app, LATE_MS)
    follower.play()
    pump(app, 1000)

    def drift() -> float:
        return statistics.median(clocks[1].offsets) - statistics.median(clocks[0].offsets)

    before = drift()
    began = wall.elapsed()
    del gaps[:-1]  # keep the last frame before the correction: a jump starts from it
    if how == "seek":  # to where the leader's clock is now
        now = wall.nsecsElapsed() / 1e6 + statistics.median(clocks[0].offsets)
        follower.setPosition(round(now))
        clocks[1].clear()
        pump(app, 2000)
    else:
        rate = 1.0
        while wall.elapsed() - began < 2000:
            pump(app, SyncedPlayers.TICK_MS)
            rate = nudged_rate(drift(), rate, 1000 / FPS)
            follower.setPlaybackRate(rate)
    after = drift()
    still = max(b[0] - a[0] for a, b in itertools.pairwise(gaps))
    jump = max(b[1] - a[1] for a, b in itertools.pairwise(gaps))
    subject.close()
    pump(app, 200)
    return (
        f"correct a {before:.0f} ms lag by {how:<5}: drift 2 s later {after:6.1f} ms; "
        f"longest without a new frame {still:4.0f} ms, largest jump {jump:4.0f} ms of media"
    )


def line(players: int, name: str, key: str, values: list[float], frames: list[float]) -> str:
    if not values:
        return f"{players} players {name:<8} {key:<10} no samples"
    return (
        f"{players} players {name:<8} {key:<10} drift median {statistics.median(values):6.1f} ms"
        f"  max {max(values):6.1f} ms  ({len(values)} samples; presented frames differ in "
        f"{100 * statistics.fmean(frames):4.1f} % of them)"
    )


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="yzx-compare-bench-") as folder:
        began = time.perf_counter()
        paths = [make_take(Path(folder) / f"take-{i}.mp4", i) for i in range(4)]
        print(
            f"4 takes of {SECONDS} s at {FPS} fps, {SIZES[0][0]}x{SIZES[0][1]} and "
            f"{SIZES[1][0]}x{SIZES[1][1]}, made in {time.perf_counter() - began:.1f} s; "
            f"{os.cpu_count()} CPUs, {os.environ['QT_QPA_PLATFORM']}"
        )
        medians: dict[tuple[int, str, str], float] = {}
        for players in (2, 4):
            for name, kind in (("synced", Synced), ("baseline", Baseline)):
                found, stats = run(app, kind, paths[:players])
                for key in ("play", "seek"):
                    values = found[key]
                    print(line(players, name, key, values, found[f"{key} frames"]))
                    if values:
                        medians[players, name, key] = statistics.median(values)
                same = sum(found["pause"])
                print(
                    f"{players} players {name:<8} pause      every take on the same frame "
                    f"after {same:.0f} of {len(found['pause'])} pauses, the last frame in "
                    f"{statistics.median(found['pause settled']):.0f} ms (median){stats}"
                )
            steps = step_latency(app, paths[:players])
            print(
                f"{players} players synced   step       every take on the next frame in "
                f"median {statistics.median(steps):5.0f} ms, max {max(steps):5.0f} ms "
                f"({len(steps)} steps, from 0.5 to 9.5 s into a 10 s keyframe interval)"
            )
        for players in (2, 4):
            for key in ("play", "seek"):
                synced = medians.get((players, "synced", key))
                base = medians.get((players, "baseline", key))
                if synced is not None and base is not None:
                    print(
                        f"{players} players {key}: median drift baseline {base:.1f} ms / "
                        f"synced {synced:.1f} ms = {base / max(synced, 0.1):.1f}x "
                        f"(synced floored at 0.1 ms)"
                    )
        for how in ("seek", "nudge"):
            print(correction(app, paths, how))


if __name__ == "__main__":
    main()
