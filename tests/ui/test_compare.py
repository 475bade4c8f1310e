"""Compare: 2-4 real MP4 takes in real widgets (offscreen), played, sought, stepped and looped
as one; labels, per-take mute, the ★, the keyboard and closing."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.clips import make_clip
from tests.ui.conftest import until
from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.ui.compare.window import CompareWindow

FRAME_MS = 40  # the clips are 25 fps
TOLERANCE_MS = 40  # the promise: within one frame
COLOURS = ((200, 40, 40), (40, 160, 40), (40, 40, 200), (200, 200, 40))


@pytest.fixture(scope="module")
def clips(tmp_path_factory) -> list[Path]:
    """Four 4 s takes at 25 fps (the first with sound) and one 3 s take."""
    folder = tmp_path_factory.mktemp("takes")
    made = [
        make_clip(folder / f"take-{i}.mp4", c, seconds=4, fps=25, tone_hz=440 if i == 0 else None)
        for i, c in enumerate(COLOURS)
    ]
    made.append(make_clip(folder / "short.mp4", (90, 90, 90), seconds=3, fps=25))
    return made


def job(path: Path, job_id: int, *, model: str = "kling-v1-6", seed: int | None = 42, **kw) -> Job:
    return Job(model, "a cat", id=job_id, seed=seed, state=JobState.DONE, file_path=str(path), **kw)


@pytest.fixture
async def open_compare(qapp) -> AsyncIterator[Callable[..., object]]:
    """``await open_compare(jobs)``: a shown, active compare window whose takes are loaded;
    closed after the test."""
    opened: list[CompareWindow] = []

    async def make(jobs: Sequence[Job]) -> CompareWindow:
        window = CompareWindow(jobs)
        opened.append(window)
        window.show()
        window.activateWindow()
        await until(window.isActiveWindow, timeout=5)
        await until(window.sync.is_ready, timeout=10)
        await until(lambda: not window.sync.is_aligning(), timeout=5)
        return window

    yield make
    for window in opened:
        with contextlib.suppress(RuntimeError):  # already closed and deleted by the test
            window.close()
    await asyncio.sleep(0.05)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def spread(values: Sequence[float | None]) -> float:
    assert None not in values, values
    return max(values) - min(values)  # type: ignore[type-var]


async def settled(window: CompareWindow) -> None:
    """Wait for the current alignment to finish and every take to have a frame to time."""
    await until(lambda: not window.sync.is_aligning(), timeout=5)
    await until(lambda: window.sync.max_drift_ms() is not None, timeout=5)


async def sample_drift(window: CompareWindow, seconds: float) -> tuple[list[float], list[float]]:
    """The controller's drift and the spread of the frames shown, every 100 ms."""
    drifts, shown = [], []
    for _ in range(round(seconds * 10)):
        await asyncio.sleep(0.1)
        drift = window.sync.max_drift_ms()
        if drift is not None:
            drifts.append(drift)
        shown.append(spread(window.sync.frame_times()))
    return drifts, shown


# ---- refusing ------------------------------------------------------------------------------
def test_refuses_fewer_than_two_more_than_four_or_a_take_without_a_file(qapp, clips, tmp_path):
    with pytest.raises(ValueError, match="2 to 4"):
        CompareWindow([job(clips[0], 1)])
    with pytest.raises(ValueError, match="2 to 4"):
        CompareWindow([job(clips[i % 4], i) for i in range(5)])
    with pytest.raises(ValueError, match="job 2"):
        CompareWindow([job(clips[0], 1), Job("m", "p", id=2, state=JobState.FAILED)])
    with pytest.raises(ValueError, match="job 3"):
        CompareWindow([job(clips[0], 1), job(tmp_path / "gone.mp4", 3)])


# ---- sync ----------------------------------------------------------------------------------
async def test_four_takes_stay_within_a_frame_playing_and_after_a_seek(open_compare, clips):
    window = await open_compare([job(c, i) for i, c in enumerate(clips[:4], 1)])
    sync = window.sync
    assert sync.is_playing()
    await settled(window)
    drifts, shown = await sample_drift(window, 2.0)
    assert len(drifts) >= 15 and max(drifts) <= TOLERANCE_MS, drifts
    assert max(shown) <= TOLERANCE_MS, shown  # never more than one frame apart on screen
    assert sync.position() > 1500  # it really played

    sync.seek(500)
    assert sync.position() == 500
    await settled(window)
    assert sync.is_playing()
    drifts, shown = await sample_drift(window, 1.0)
    assert len(drifts) >= 8 and max(drifts) <= TOLERANCE_MS, drifts
    assert max(shown) <= TOLERANCE_MS, shown
    assert 900 <= sync.position() <= 2500


async def test_pause_step_and_seek_show_the_same_frame_in_every_take(open_compare, clips):
    window = await open_compare([job(c, i) for i, c in enumerate(clips[:3], 1)])
    sync = window.sync
    await asyncio.sleep(0.7)
    sync.pause()
    await settled(window)
    paused = sync.frame_times()
    assert not sync.is_playing() and paused[0] is not None and paused[0] > 0
    assert spread(paused) == 0 and sync.max_drift_ms() == 0
    assert sync.position() == paused[0]

    sync.step(1)
    await settled(window)
    assert sync.frame_times() == [paused[0] + FRAME_MS] * 3
    sync.step(-3)
    await settled(window)
    assert sync.frame_times() == [paused[0] - 2 * FRAME_MS] * 3
    assert not sync.is_playing()  # stepping never starts playing

    sync.seek(2010)  # inside the frame that starts at 2000
    await settled(window)
    assert sync.frame_times() == [2000.0] * 3
    await asyncio.sleep(0.3)
    assert sync.frame_times() == [2000.0] * 3  # paused stays paused


async def test_the_loop_wraps_every_take_together_and_a_shorter_take_holds_its_last_frame(
    open_compare, clips
):
    window = await open_compare([job(clips[0], 1), job(clips[4], 2)])  # 4 s and 3 s
    sync = window.sync
    assert sync.duration() == 4000 and sync.leader() == 0
    sync.seek(2500)
    await until(lambda: sync.held()[1], timeout=3)  # the 3 s take reached its end
    await asyncio.sleep(0.1)
    assert sync.frame_times()[1] == 2960  # its last frame stays on screen
    assert sync.is_playing() and sync.frame_times()[0] > 3000
    await until(lambda: not sync.held()[1] and sync.position() < 1000, timeout=3)  # wrapped
    await settled(window)
    drifts, shown = await sample_drift(window, 0.5)
    assert drifts and max(drifts) <= TOLERANCE_MS and max(shown) <= TOLERANCE_MS

    window.transport.loop_box.setChecked(False)
    assert not sync.is_looping()
    sync.seek(3600)
    await until(lambda: not sync.is_playing(), timeout=3)  # the transport ends
    await settled(window)
    assert sync.frame_times() == [3960, 2960]  # each take on its last frame
    sync.play()  # from the end: starts again at the beginning
    await settled(window)
    assert sync.is_playing() and sync.position() < 1000


async def test_a_pause_puts_a_lagging_take_on_the_leaders_frame_and_a_stall_is_undone(
    open_compare, clips
):
    window = await open_compare([job(c, i) for i, c in enumerate(clips[:3], 1)])
    sync = window.sync
    await settled(window)
    lagging = sync.players[1]
    lagging.pause()  # behind the transport's back
    await asyncio.sleep(0.15)  # now 3-4 frames behind, before a stall is noticed
    assert spread(sync.frame_times()) >= 2 * FRAME_MS and sync.jumps == 0
    sync.pause()
    await settled(window)
    assert spread(sync.frame_times()) == 0

    sync.play()
    await settled(window)
    lagging.pause()  # a stall while playing
    await until(lambda: lagging.isPlaying(), timeout=2)  # resumed at the leader's clock
    assert sync.jumps == 1
    await settled(window)
    drifts, shown = await sample_drift(window, 0.5)
    assert drifts and max(drifts) <= TOLERANCE_MS and max(shown) <= TOLERANCE_MS


# ---- the tiles -----------------------------------------------------------------------------
async def test_labels_say_model_seed_and_duration(open_compare, clips):
    window = await open_compare(
        [
            job(clips[0], 1, model="kling-v1-6", seed=42, duration=5),
            job(clips[1], 2, model="sora-2", seed=None, duration=None),
        ]
    )
    first, second = (tile.caption.text() for tile in window.tiles)
    assert first == "kling-v1-6 · seed 42 · 5 s"
    assert second == "sora-2 · random seed · 4 s"  # no duration asked: the file's length
    assert window.tiles[0].accessibleName() == "Take 1: kling-v1-6 · seed 42 · 5 s"
    assert window.windowTitle() == "Compare 2 takes"
    window.resize(320, 240)  # too narrow: the caption ends in "…", its tooltip has it all
    await until(lambda: window.tiles[0].caption.text().endswith("…"), timeout=3)
    assert window.tiles[0].caption.toolTip() == "kling-v1-6 · seed 42 · 5 s"


async def test_a_take_that_cannot_be_played_says_so_and_the_others_play(
    open_compare, clips, tmp_path
):
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video at all" * 100)
    window = await open_compare([job(clips[0], 1), job(clips[1], 2), job(broken, 3)])
    tile = window.tiles[2]
    assert tile.stack.currentWidget() is tile.message
    assert "cannot be played" in tile.message.text()
    await settled(window)
    assert window.sync.is_playing() and window.sync.max_drift_ms() <= TOLERANCE_MS
    await until(lambda: window.sync.position() > 300, timeout=3)


async def test_each_take_has_its_own_mute(open_compare, clips):
    window = await open_compare([job(c, i) for i, c in enumerate(clips[:3], 1)])
    sync = window.sync
    assert [sync.is_muted(i) for i in range(3)] == [False, True, True]  # one soundtrack
    QTest.keyClick(window, Qt.Key.Key_2)
    assert [sync.is_muted(i) for i in range(3)] == [False, False, True]
    assert window.tiles[1].mute_button.isChecked() is False
    window.tiles[0].mute_button.click()
    assert [sync.is_muted(i) for i in range(3)] == [True, False, True]
    QTest.keyClick(window, Qt.Key.Key_4)  # there is no fourth take: nothing changes
    assert [sync.is_muted(i) for i in range(3)] == [True, False, True]
    assert [a.isMuted() for a in sync.audio_outputs] == [True, False, True]


async def test_the_star_reports_the_job_id_and_starts_from_the_job(open_compare, clips):
    takes = [job(c, 10 + i) for i, c in enumerate(clips[:3])]
    takes[1].starred = True  # the field being added to Job; read with getattr
    window = await open_compare(takes)
    starred: list[tuple[int, bool]] = []
    window.starToggled.connect(lambda job_id, on: starred.append((job_id, on)))
    assert [t.star_button.isChecked() for t in window.tiles] == [False, True, False]
    assert [t.star_button.text() for t in window.tiles] == ["☆", "★", "☆"]
    window.tiles[2].star_button.click()
    assert starred == [(12, True)]
    window.tiles[1].mute_button.setFocus()  # S stars the take holding the focus
    QTest.keyClick(window, Qt.Key.Key_S)
    assert starred == [(12, True), (11, False)]
    assert window.tiles[1].is_current() and not window.tiles[2].is_current()
    assert window.tiles[1].star_button.text() == "☆"


# ---- keyboard ------------------------------------------------------------------------------
async def test_the_transport_works_from_the_keyboard(open_compare, clips):
    window = await open_compare([job(c, i) for i, c in enumerate(clips[:2], 1)])
    sync, bar = window.sync, window.transport
    bar.seek.setFocus()
    QTest.keyClick(bar.seek, Qt.Key.Key_Space)
    assert not sync.is_playing()
    await settled(window)
    QTest.keyClick(window, Qt.Key.Key_Home)
    await settled(window)
    assert sync.frame_times() == [0, 0]
    QTest.keyClick(bar.seek, Qt.Key.Key_Right)  # a frame, even from the slider
    await settled(window)
    assert sync.frame_times() == [FRAME_MS, FRAME_MS]
    QTest.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    await settled(window)
    assert sync.frame_times() == [1040, 1040] and bar.seek.value() == 1040
    QTest.keyClick(window, Qt.Key.Key_Left)
    await settled(window)
    assert sync.frame_times() == [1000, 1000]
    assert bar.time_label.text() == "0:01.00 / 0:04.00"
    QTest.keyClick(window, Qt.Key.Key_End)
    await settled(window)
    assert sync.frame_times() == [3960, 3960]

    QTest.keyClick(window, Qt.Key.Key_L)
    assert not sync.is_looping() and not bar.loop_box.isChecked()
    wide = window.width() / window.height()
    QTest.keyClick(window, Qt.Key.Key_G)  # two takes in a grid: one above the other
    assert window.grid.getItemPosition(window.grid.indexOf(window.tiles[1]))[:2] == (1, 0)
    assert window.width() / window.height() < wide  # the window takes the stacked shape
    QTest.keyClick(window, Qt.Key.Key_K)
    assert sync.is_playing()

    window.tiles[0].mute_button.setFocus()  # Space presses a focused button, as everywhere
    QTest.keyClick(window.tiles[0].mute_button, Qt.Key.Key_Space)
    assert sync.is_muted(0) and sync.is_playing()
    window.tiles[1].video.setFocus()  # elsewhere it plays and pauses
    QTest.keyClick(window.tiles[1].video, Qt.Key.Key_Space)
    assert not sync.is_playing()


async def test_tab_runs_through_the_takes_then_the_transport(open_compare, clips):
    window = await open_compare([job(c, i) for i, c in enumerate(clips[:2], 1)])
    bar = window.transport
    window.tiles[0].mute_button.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(8):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    first, second = window.tiles
    assert order[:9] == [
        first.mute_button,
        first.star_button,
        second.mute_button,
        second.star_button,
        bar.play_button,
        bar.back_button,
        bar.forward_button,
        bar.seek,
        bar.loop_box,
    ]
    for widget in order:
        assert widget.accessibleName(), widget
    assert "(Space, K)" in bar.play_button.toolTip() and "(2)" in second.mute_button.toolTip()


async def test_escape_closes_stops_and_frees_the_players(open_compare, clips):
    window = await open_compare([job(c, i) for i, c in enumerate(clips[:2], 1)])
    players = list(window.sync.players)
    gone: list[bool] = []
    window.destroyed.connect(lambda: gone.append(True))
    players[0].destroyed.connect(lambda: gone.append(True))
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert all(p.source().isEmpty() for p in players)
    assert all(p.playbackState() == p.PlaybackState.StoppedState for p in players)
    await asyncio.sleep(0.05)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    await until(lambda: len(gone) == 2, timeout=3)
