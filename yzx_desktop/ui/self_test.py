"""``--self-test``: a demo generation in the real window, its first frame played, then the shot
continued from its last frame (image-to-video) and the two shots exported as one scene, then
two takes made as a set, shown in the gallery and compared in sync; a JSON report."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

from PySide6.QtMultimedia import QVideoFrame

from yzx_desktop import __version__
from yzx_desktop.jobs.download import is_valid_video
from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.logs import log_file
from yzx_desktop.ui.window.main_window import MainWindow

PROMPT = "Self-test: a paper boat drifting on a calm lake at dawn"
MODEL = "kling-v1-6"  # reads a first frame, so the shot can be continued


async def _job_finished(window: MainWindow, job_id: int, timeout: float) -> Job:
    loop = asyncio.get_running_loop()
    done: asyncio.Future[Job] = loop.create_future()

    def changed(job: Job) -> None:
        if job.id == job_id and not job.active and not done.done():
            done.set_result(job)

    window.session.jobChanged.connect(changed)
    row = window.jobs.model.row_of(job_id)
    if row is not None:  # it may have ended already, while another job was awaited
        changed(window.jobs.model.job_at(row))
    try:
        return await asyncio.wait_for(done, timeout)
    finally:
        window.session.jobChanged.disconnect(changed)


async def _generate_enabled(window: MainWindow, timeout: float) -> None:
    """Wait out Generate's double-click guard; raise with its reason if it stays disabled."""
    deadline = time.monotonic() + timeout
    while not window.compose.generate_button.isEnabled():
        if time.monotonic() > deadline:
            raise RuntimeError(f"Generate stays disabled: {window.compose.reason_label.text()}")
        await asyncio.sleep(0.05)


async def _first_frame(window: MainWindow, job: Job, timeout: float) -> tuple[int, int]:
    loop = asyncio.get_running_loop()
    frame_seen: asyncio.Future[tuple[int, int]] = loop.create_future()

    def on_frame(frame: QVideoFrame) -> None:
        if frame.isValid() and not frame_seen.done():
            frame_seen.set_result((frame.width(), frame.height()))

    sink = window.preview.video_sink
    sink.videoFrameChanged.connect(on_frame)
    try:
        window.jobs.select_job(job.id)
        window.preview.show_job(job)
        return await asyncio.wait_for(frame_seen, timeout)
    finally:
        sink.videoFrameChanged.disconnect(on_frame)


async def _until(condition, timeout: float, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"not within {timeout:g} s: {what or condition}")
        await asyncio.sleep(0.05)


async def _make_takes(window: MainWindow, count: int) -> list[Job]:
    """Generate ×count from the compose panel, answer the set's one question, wait for all."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    compose = window.compose
    compose.images.clear()
    compose.set_parent_job(None)
    compose.prompt_edit.setPlainText(PROMPT + " (takes)")
    compose.set_takes(count)
    await _generate_enabled(window, timeout=5)
    before = {job.id for job in window.jobs.model.jobs()}
    compose.generate()
    await _until(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), 10, "question")
    box = QApplication.activeModalWidget()
    send = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    send.click()
    await _until(lambda: len(window.jobs.model.jobs()) == len(before) + count, 10, "the set")
    new = [job for job in window.jobs.model.jobs() if job.id not in before]
    if len({job.take_set for job in new}) != 1:
        raise RuntimeError("the takes are not one set")
    finished = [await _job_finished(window, job.id, timeout=90) for job in new]
    compose.set_takes(1)
    if any(job.state is not JobState.DONE for job in finished):
        raise RuntimeError("a take did not finish")
    return finished


async def _compare(window: MainWindow, takes: list[Job]) -> float:
    """Open Compare on the takes, play a second, and return the players' drift in ms."""
    from yzx_desktop.ui.compare.window import CompareWindow

    window.jobs.select_jobs([job.id for job in takes])
    compare = window.results.compare()
    if not isinstance(compare, CompareWindow):
        raise RuntimeError("Compare did not open")
    try:
        await _until(lambda: compare.sync.is_playing(), 20, "synced playback")
        await asyncio.sleep(1.0)
        await _until(lambda: compare.sync.max_drift_ms() is not None, 5, "a drift reading")
        drift = compare.sync.max_drift_ms()
        if drift > 40:
            raise RuntimeError(f"the takes drift {drift:.1f} ms apart")
        return round(drift, 1)
    finally:
        compare.close()


async def run_self_test(window: MainWindow) -> int:
    """Prints one JSON line; 0 when every step passed, 1 naming the failed step otherwise."""
    began = time.monotonic()
    report: dict = {"app": f"yzx-desktop {__version__}", "ok": False, "steps": []}
    step = "window"
    try:
        await asyncio.sleep(0.2)
        if not window.isVisible():
            raise RuntimeError("the main window is not visible")
        report["steps"].append(step)
        step = "generate"
        window.compose.prompt_edit.setPlainText(PROMPT)
        window.compose.set_model(MODEL)
        window.compose.generate()
        jobs = window.jobs.model.jobs()
        if len(jobs) != 1:
            raise RuntimeError(f"expected one job, found {len(jobs)}")
        report["steps"].append(step)
        step = "job finished"
        job = await _job_finished(window, jobs[0].id, timeout=90)
        if job.state is not JobState.DONE:
            raise RuntimeError(f"job ended {job.state.value}: {job.error}")
        report["steps"].append(step)
        step = "video file"
        if not job.file_path or not is_valid_video(Path(job.file_path)):
            raise RuntimeError(f"no valid MP4 at {job.file_path}")
        report["file"] = Path(job.file_path).name
        report["bytes"] = Path(job.file_path).stat().st_size
        report["steps"].append(step)
        step = "first frame"
        width, height = await _first_frame(window, job, timeout=20)
        report["frame"] = f"{width}x{height}"
        report["steps"].append(step)
        step = "continue shot"
        await window.commands.continue_shot()
        if window.compose.parent_job_id != job.id or not window.compose.images.images():
            raise RuntimeError("the last frame did not reach the first-frame slot")
        await _generate_enabled(window, timeout=5)
        window.compose.generate()
        follow_up = next((j for j in window.jobs.model.jobs() if j.parent_id == job.id), None)
        if follow_up is None:
            raise RuntimeError("continuing the shot created no job")
        follow_up = await _job_finished(window, follow_up.id, timeout=90)
        if follow_up.state is not JobState.DONE:
            raise RuntimeError(f"continued shot ended {follow_up.state.value}: {follow_up.error}")
        report["steps"].append(step)
        step = "scene"
        window.jobs.select_job(follow_up.id)
        target = window.session.library_path / "Exports" / "self-test scene.mp4"
        target.parent.mkdir(parents=True, exist_ok=True)
        if await window.results.export_scene(str(target)) is None or not is_valid_video(target):
            raise RuntimeError("the scene of two shots was not exported")
        report["scene_bytes"] = target.stat().st_size
        report["steps"].append(step)
        step = "takes"
        takes = await _make_takes(window, count=2)
        report["takes"] = len(takes)
        report["steps"].append(step)
        step = "gallery"
        window.jobs.set_mode("gallery")
        await _until(lambda: all(window.jobs.thumbnails.cached(j.id) for j in takes), 20)
        report["tiles"] = window.jobs.proxy.rowCount()
        report["steps"].append(step)
        step = "compare"
        report["drift_ms"] = await _compare(window, takes)
        report["steps"].append(step)
        report["ok"] = True
    except Exception as exc:
        report["failed_step"] = step
        report["error"] = f"{type(exc).__name__}: {exc}"
    report["seconds"] = round(time.monotonic() - began, 2)
    line = json.dumps(report, ensure_ascii=False)
    if sys.stdout is not None:
        print(line, flush=True)
    else:  # a windowed Windows executable has no console: leave the report beside the log
        (log_file().parent / "self-test.json").write_text(line + "\n", encoding="utf-8")
    window.close()
    return 0 if report["ok"] else 1
