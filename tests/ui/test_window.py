"""The studio window, offscreen, driven by keyboard and mouse against the simulated relay."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtTest import QTest

from tests.relay_faults import Fault, TaskPlan
from tests.ui.conftest import close_window, generate_now, open_window, until
from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.ui.jobs.table_model import COL_STATE, JOB_ROLE


def type_prompt_and_generate(window, text: str = "a cat walking through a garden") -> None:
    window.compose.prompt_edit.setFocus()
    QTest.keyClicks(window.compose.prompt_edit, text)
    QTest.keyClick(
        window.compose.prompt_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )


async def test_ctrl_enter_creates_one_job_that_finishes_and_plays(window, relay, tmp_path):
    assert "YZX Video Studio" in window.windowTitle()
    window.activateWindow()
    await until(window.isActiveWindow)
    assert window.compose.prompt_edit.hasFocus()  # a newcomer can type at once
    states: list[JobState] = []
    window.session.jobChanged.connect(lambda job: states.append(job.state))
    type_prompt_and_generate(window)
    assert window.jobs.model.rowCount() == 1
    await until(lambda: relay.count("POST", "/v1/videos") == 1)
    job = await until(lambda: (j := window.jobs.model.job_at(0)).state is JobState.DONE and j)
    assert relay.count("POST", "/v1/videos") == 1 and window.jobs.model.rowCount() == 1
    order = [s for i, s in enumerate(states) if i == 0 or states[i - 1] is not s]
    assert order == [
        JobState.PENDING,
        JobState.SUBMITTING,
        JobState.QUEUED,
        JobState.RUNNING,
        JobState.DOWNLOADING,
        JobState.DONE,
    ]
    assert Path(job.file_path).read_bytes() == relay.served_video(job.task_id)
    assert "Active: 0 · Done: 1 · Failed: 0" in window.status.counts.text()

    frames: list[QVideoFrame] = []
    window.preview.video_sink.videoFrameChanged.connect(lambda f: f.isValid() and frames.append(f))
    window.jobs.select_job(job.id)
    await until(lambda: frames, timeout=20)
    assert frames[0].width() > 0

    copy = await window.commands.save_as(str(tmp_path / "copy.mp4"))
    assert copy.read_bytes() == Path(job.file_path).read_bytes()


async def test_the_profiles_read_for_the_first_paint_serve_the_engine_too(window):
    """The catalog is read from disk once a start: the one the compose panel was built with,
    before the session started, is the engine's."""
    assert window.session.engine.catalog is window.compose.catalog


async def test_closing_while_the_relay_is_still_being_asked_logs_no_failure(
    qapp, relay, yzx_home, monkeypatch, caplog
):
    """Balance, prices and models still being read at close are cancelled before the client
    closes: none is sent on the closed client, so nothing lands in the log as a failure."""
    for route in ("status", "models"):
        relay.inject(route, Fault("slow", delay=0.4), times=3)
    window = await open_window(relay, yzx_home, monkeypatch)
    await asyncio.sleep(0.1)  # the first reads are on their way
    await close_window(window)
    await asyncio.sleep(1.0)  # the slow answers arrive, to nobody
    failures = [r for r in caplog.records if r.levelname == "ERROR"]
    assert not failures, [r.getMessage() for r in failures]


async def test_generate_disabled_with_reason(window):
    compose = window.compose
    assert not compose.generate_button.isEnabled()
    assert "prompt" in compose.reason_label.text().lower()
    compose.prompt_edit.setPlainText("x")
    compose.model_box.setEditText("")
    assert not compose.generate_button.isEnabled() and "model" in compose.reason_label.text()
    compose.model_box.setEditText("generic-video")
    compose.size_box.setEditText("12x")
    assert not compose.generate_button.isEnabled() and "1280x720" in compose.reason_label.text()
    compose.size_box.setEditText("1080 x 1920")
    assert compose.generate_button.isEnabled()
    assert compose.request().size == "1080x1920"


async def test_double_click_on_generate_creates_one_task(window, relay):
    window.compose.prompt_edit.setPlainText("double")
    QTest.mouseClick(window.compose.generate_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.compose.generate_button, Qt.MouseButton.LeftButton)
    await until(lambda: relay.count("POST", "/v1/videos") >= 1)
    assert window.jobs.model.rowCount() == 1


async def test_moderation_failure_is_explained(window, relay):
    relay.plan_next(TaskPlan(fail_message="Prompt violates our content policy"))
    type_prompt_and_generate(window)
    job = await until(lambda: (j := window.jobs.model.job_at(0)).state is JobState.FAILED and j)
    tooltip = window.jobs.model.index(0, COL_STATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Failed" in tooltip and "Rewrite" in tooltip
    from yzx_desktop.ui.dialogs.job_details import JobDetailsDialog

    html = JobDetailsDialog(job, window).text.toPlainText()
    assert "Prompt violates our content policy" in html and "Last response" in html


async def test_bad_token_is_explained(qapp, relay, yzx_home, monkeypatch):
    window = await open_window(relay, yzx_home, monkeypatch, token="wrong-token")
    try:
        await until(lambda: "refused the token" in window.status.connection.toolTip())
        # said once, in the connection label; the counts stay readable beside it
        assert window.statusBar().currentMessage() == ""
        assert window.status.counts.isVisible() and window.status.counts.text()
        type_prompt_and_generate(window)
        job = await until(lambda: (j := window.jobs.model.job_at(0)).state is JobState.FAILED and j)
        assert job.error_kind == "auth"
        tooltip = window.jobs.model.index(0, COL_STATE).data(Qt.ItemDataRole.ToolTipRole)
        assert "video group" in tooltip and "The relay said: 无效的令牌" in tooltip
        assert tooltip.count("refused the token") == 1
    finally:
        await close_window(window)


async def test_a_missing_token_is_said_before_asking_the_relay(qapp, relay, yzx_home, monkeypatch):
    """Saved once, then gone (removed from the keyring outside the app): the window says so
    and where to paste it, instead of asking the relay without one."""
    window = await open_window(relay, yzx_home, monkeypatch, token="")
    try:
        label = window.status.connection
        await until(lambda: label.state == "error")
        assert "No token is saved" in label.toolTip() + label.text()
        assert "Ctrl+," in label.toolTip() + label.text()
    finally:
        await close_window(window)


async def test_uncertain_submission_offers_its_choices(window, relay):
    relay.inject("create", Fault("drop"))
    type_prompt_and_generate(window)
    job = await until(lambda: (j := window.jobs.model.job_at(0)).state is JobState.UNCERTAIN and j)
    window.jobs.select_job(job.id)
    assert window.actions.adopt_task_id.isEnabled() and window.actions.submit_again.isEnabled()
    assert relay.count("POST", "/v1/videos") == 1
    asked: list[int] = []

    async def yes(job_id: int) -> bool:  # the user answers the charge question
        asked.append(job_id)
        return True

    window.dialogs.confirm_charge_again = yes
    again = await window.commands.submit_again()
    assert asked == [job.id]  # it may have been charged: the user was asked
    await until(lambda: window.session.store.get(again.id).state is JobState.DONE)
    assert relay.count("POST", "/v1/videos") == 2


async def test_restarted_window_resumes_without_new_post(qapp, relay, yzx_home, monkeypatch):
    relay.plan_next(TaskPlan(queue_seconds=1.5))
    first = await open_window(relay, yzx_home, monkeypatch)
    type_prompt_and_generate(first)
    await until(lambda: first.jobs.model.job_at(0).task_id)
    task_id = first.jobs.model.job_at(0).task_id
    await close_window(first)
    second = await open_window(relay, yzx_home, monkeypatch)
    try:
        assert second.jobs.model.rowCount() == 1
        job = await until(lambda: (j := second.jobs.model.job_at(0)).state is JobState.DONE and j)
        assert job.task_id == task_id
        assert relay.count("POST", "/v1/videos") == 1
    finally:
        await close_window(second)


async def test_rows_update_in_place_and_selection_survives(window, relay):
    relay.plan_next(TaskPlan(queue_seconds=0.3, run_seconds=1.0))
    relay.plan_next(TaskPlan(queue_seconds=0.3, run_seconds=1.0))
    resets, changes = [], []
    window.jobs.model.modelReset.connect(lambda: resets.append(1))
    window.jobs.model.dataChanged.connect(lambda a, b, roles=(): changes.append((a.row(), b.row())))
    type_prompt_and_generate(window, "first")
    await until(lambda: relay.count("POST", "/v1/videos") == 1)
    window.compose.prompt_edit.clear()
    await generate_now(window.compose, "second")
    await until(lambda: window.jobs.model.rowCount() == 2)
    first_id = window.jobs.model.job_at(0).id
    window.jobs.select_job(first_id)
    await until(lambda: all(j.state is JobState.DONE for j in window.jobs.model.jobs()))
    assert resets == []
    assert changes and all(a == b for a, b in changes)  # one row at a time
    selected = window.jobs.selected_jobs()
    assert [j.id for j in selected] == [first_id]


async def test_search_and_state_filter(window, relay):
    for prompt in ("red fox in snow", "blue whale"):
        await generate_now(window.compose, prompt)
    await until(lambda: all(j.state is JobState.DONE for j in window.jobs.model.jobs()))
    window.jobs.search.setText("whale")
    assert window.jobs.proxy.rowCount() == 1
    assert window.jobs.proxy.index(0, 0).data(JOB_ROLE).prompt == "blue whale"
    window.jobs.search.clear()
    window.jobs.state_filter.setCurrentIndex(window.jobs.state_filter.findData("problems"))
    assert window.jobs.proxy.rowCount() == 0 and window.jobs.empty_hint.isVisible()
    window.jobs.state_filter.setCurrentIndex(window.jobs.state_filter.findData("done"))
    assert window.jobs.proxy.rowCount() == 2


async def test_reuse_settings_fills_compose(window, relay):
    window.compose.set_model("generic-video")
    window.compose.prompt_edit.setPlainText("reuse me")
    window.compose.seed_edit.setText("1234")
    window.compose.size_box.setEditText("720x1280")
    window.compose.generate()
    await until(lambda: relay.count("POST", "/v1/videos") == 1)
    window.compose.prompt_edit.clear()
    window.jobs.select_job(window.jobs.model.job_at(0).id)
    window.commands.reuse()
    assert window.compose.prompt_edit.toPlainText() == "reuse me"
    assert window.compose.seed_edit.text() == "1234"
    assert window.compose.size_box.currentText() == "720x1280"
    sent = json.loads(relay.matching("POST", "/v1/videos")[0].body)
    assert sent["seed"] == 1234 and sent["size"] == "720x1280"


async def test_missing_file_shows_message_not_crash(window, relay):
    type_prompt_and_generate(window)
    job = await until(lambda: (j := window.jobs.model.job_at(0)).state is JobState.DONE and j)
    Path(job.file_path).unlink()
    window.jobs.table.clearSelection()  # the new job was selected when it was created
    window.jobs.select_job(job.id)
    assert "missing" in window.preview.message.text()


async def test_broken_file_shows_message(window, tmp_path):
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"garbage" * 100)
    window.preview.play_file(broken)
    await until(lambda: window.preview.stack.currentWidget() is window.preview.message, timeout=10)
    assert "cannot be played" in window.preview.message.text()


async def test_remove_keeps_file_unless_asked(window, relay):
    type_prompt_and_generate(window)
    job = await until(lambda: (j := window.jobs.model.job_at(0)).state is JobState.DONE and j)
    window.jobs.select_job(job.id)
    await window.commands.remove(delete_files=False)
    assert window.jobs.model.rowCount() == 0 and Path(job.file_path).exists()
    assert window.session.store.get(job.id) is None


async def test_every_control_has_accessible_name_and_tooltip(window):
    """What a screen reader announces and what hovering shows, for every visible control."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSlider

    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSlider)
    widgets = {w for kind in kinds for w in window.findChildren(kind)}
    missing = []
    for widget in widgets:
        if not widget.isVisibleTo(window) or widget.parent().inherits("QComboBox"):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        announced = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        action = widget.defaultAction() if hasattr(widget, "defaultAction") else None
        tooltip = widget.toolTip() or (action.toolTip() if action else "")
        if not announced or not tooltip:
            missing.append((type(widget).__name__, announced, tooltip))
    assert missing == []


async def test_ten_thousand_jobs_load_and_filter(qapp, relay, yzx_home, monkeypatch):
    import time

    from yzx_desktop.jobs.model import Job
    from yzx_desktop.jobs.store import JobStore

    store = JobStore()
    now = time.time()
    store.add_many(
        Job(
            "generic-video" if i % 2 else "veo_3_1-fast",
            f"prompt number {i} of a lake",
            5,
            "1280x720",
            i,
            base_url=relay.base_url,
            state=JobState.DONE if i % 3 else JobState.FAILED,
            task_id=f"t-{i}",
            created_at=now - i,
            finished_at=now - i + 30,
        )
        for i in range(10_000)
    )
    store.close()
    window = await open_window(relay, yzx_home, monkeypatch)
    try:
        assert window.jobs.model.rowCount() == 10_000
        window.jobs.search.setText("number 9999 ")
        assert window.jobs.proxy.rowCount() == 1
        window.jobs.search.clear()
        window.jobs.state_filter.setCurrentIndex(window.jobs.state_filter.findData("problems"))
        assert window.jobs.proxy.rowCount() == 3334
    finally:
        await close_window(window)


async def test_closing_the_window_is_announced(window):
    """run_gui waits on ``closed``: without it the app would never exit."""
    seen = []
    window.closed.connect(lambda: seen.append(1))
    window.close()
    assert seen == [1]


async def test_sorting_keeps_selection_and_new_jobs_land_in_order(window, relay):
    from yzx_desktop.ui.jobs.table_model import COL_PROMPT

    for prompt in ("bravo", "alpha", "charlie"):
        await generate_now(window.compose, prompt)

    def prompts() -> list[str]:
        return [
            window.jobs.proxy.index(r, 0).data(JOB_ROLE).prompt
            for r in range(window.jobs.proxy.rowCount())
        ]

    assert prompts() == ["charlie", "alpha", "bravo"]  # newest first
    alpha = next(j for j in window.jobs.model.jobs() if j.prompt == "alpha")
    window.jobs.select_job(alpha.id)
    window.jobs.table.sortByColumn(COL_PROMPT, Qt.SortOrder.AscendingOrder)
    assert prompts() == ["alpha", "bravo", "charlie"]
    assert [j.id for j in window.jobs.selected_jobs()] == [alpha.id]
    await generate_now(window.compose, "ba")
    assert prompts() == ["alpha", "ba", "bravo", "charlie"]
    await until(lambda: relay.count("POST", "/v1/videos") == 4)


async def test_submit_again_asks_only_when_a_charge_may_have_happened(window, relay):
    import asyncio

    from PySide6.QtWidgets import QApplication, QMessageBox

    type_prompt_and_generate(window)
    job = await until(lambda: (j := window.jobs.model.job_at(0)).state is JobState.DONE and j)
    window.jobs.select_job(job.id)

    async def answer(role_text: str | None) -> Job | None:
        pending = asyncio.ensure_future(window.commands.submit_again())
        box = await until(lambda: QApplication.activeModalWidget())
        assert isinstance(box, QMessageBox) and "charges again" in box.text()
        # the safe choice is the default: Enter does not pay again
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        if role_text is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            next(b for b in box.buttons() if b.text() == role_text).click()
        return await pending

    assert await answer(None) is None
    await asyncio.sleep(0.2)
    assert relay.count("POST", "/v1/videos") == 1
    again = await answer("Submit and pay again")
    assert again is not None and again.id != job.id
    await until(lambda: relay.count("POST", "/v1/videos") == 2)


async def test_submit_again_after_a_refusal_does_not_warn_of_a_charge(window, relay):
    from PySide6.QtWidgets import QApplication

    relay.inject("create", Fault("status", 401, {"error": {"message": "bad token"}}))
    type_prompt_and_generate(window)
    job = await until(lambda: (j := window.jobs.model.job_at(0)).state is JobState.FAILED and j)
    assert not job.may_have_been_charged
    window.jobs.select_job(job.id)
    again = await window.commands.submit_again()  # nothing to confirm: no task was created
    assert QApplication.activeModalWidget() is None
    assert again is not None and again.id != job.id
