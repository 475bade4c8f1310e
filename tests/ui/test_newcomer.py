"""What a newcomer hit in the window (issue 8, part B), each as a user would meet it."""

from __future__ import annotations

import asyncio
import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from tests.conftest import TOKEN
from tests.relay_faults import Fault, TaskPlan
from tests.ui.conftest import FAST, close_window, generate_now, open_window, until
from yzx_desktop import APP_NAME
from yzx_desktop.api.client import RelayClient
from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.jobs.problems import Problem
from yzx_desktop.ui.jobs.table_model import COL_PROMPT, COL_STATE


def job_in(window, state: JobState) -> Job | None:
    return next((j for j in window.jobs.model.jobs() if j.state is state), None)


async def test_focus_returns_to_the_prompt_after_a_click_on_generate(window, relay):
    window.activateWindow()
    await until(window.isActiveWindow)
    window.compose.prompt_edit.setPlainText("a heron in the rain")
    QTest.mouseClick(window.compose.generate_button, Qt.MouseButton.LeftButton)
    assert window.jobs.model.rowCount() == 1
    assert QApplication.focusWidget() is window.compose.prompt_edit
    QTest.keyClicks(QApplication.focusWidget(), "next idea")
    assert window.jobs.search.text() == "" and window.jobs.proxy.rowCount() == 1


async def test_a_failed_job_tells_its_story_where_the_preview_is(window, relay):
    await generate_now(window.compose, "a storm at sea #fail")
    job = await until(lambda: job_in(window, JobState.FAILED))
    window.jobs.select_job(job.id)
    assert window.bottom.currentWidget() is window.problem
    story = window.problem.story.text()
    assert "content moderation" in story and "The relay said:" in story
    shown = [b.text() for b in window.problem.buttons if b.isVisibleTo(window.problem)]
    # no tracking (the relay failed the task); Reuse Settings to rewrite the prompt as advised
    assert shown == ["Reuse Settings", "Submit Again", "Details"]
    assert window.preview.time_label.text() == "0:00 / 0:00"
    state = window.jobs.model.index(window.jobs.model.row_of(job.id), COL_STATE)
    assert state.data(Qt.ItemDataRole.DecorationRole) is not None  # an icon, not colour only
    assert state.data(Qt.ItemDataRole.FontRole).bold()
    assert state.data(Qt.ItemDataRole.ForegroundRole) is not None  # and a palette colour


async def test_a_dead_relay_mid_job_shows_on_the_row_and_in_the_status_bar(window, relay):
    relay.plan_next(TaskPlan(queue_seconds=30))
    await generate_now(window.compose, "lighthouse")
    await until(lambda: window.jobs.model.jobs()[0].task_id)
    relay.inject("poll", Fault("drop"), times=200)
    await until(lambda: "retrying" in window.jobs.model.index(0, COL_STATE).data())
    assert window.status.connection.state == "error"
    assert "broke" in window.status.connection.toolTip()
    assert "Connected" not in window.status.connection.text()


async def test_an_uncertain_job_is_not_counted_as_failed(window, relay):
    relay.inject("create", Fault("drop"))
    await generate_now(window.compose, "a kite")
    await until(lambda: job_in(window, JobState.UNCERTAIN))
    text = window.status.counts.text()
    assert "Failed: 0" in text and "Uncertain: 1" in text


async def test_a_typo_in_the_task_id_can_be_corrected(window, relay):
    relay.inject("create", Fault("drop"))
    await generate_now(window.compose, "a paper boat")
    job = await until(lambda: job_in(window, JobState.UNCERTAIN))
    async with RelayClient(relay.base_url, TOKEN) as client:
        real = await client.create({"model": "veo_3_1-fast", "prompt": "x", "duration": 8})
    answers, problems = iter(["video-task-typo", real.task_id]), []

    async def type_id(problem: str = "") -> str:
        problems.append(problem)
        return next(answers, "")

    window.dialogs.ask_task_id = type_id
    window.jobs.select_job(job.id)
    await window.commands.adopt_task_id()
    assert problems[0] == "" and "does not know a task “video-task-typo”" in problems[1]
    final = await until(lambda: window.session.store.get(job.id).state is JobState.DONE)
    assert final and window.session.store.get(job.id).task_id == real.task_id


async def test_a_job_of_another_relay_waits_and_can_be_tracked_here(
    qapp, relay, yzx_home, monkeypatch
):
    from yzx_desktop.jobs.store import JobStore

    async with RelayClient(relay.base_url, TOKEN) as client:
        task = await client.create({"model": "veo_3_1-fast", "prompt": "elsewhere", "duration": 8})
    store = JobStore()
    job = store.add(
        Job(
            "veo_3_1-fast",
            "elsewhere",
            8,
            base_url="http://old-relay.example/v1",
            state=JobState.RUNNING,
            task_id=task.task_id,
            progress=76,
        )
    )
    store.close()
    window = await open_window(relay, yzx_home, monkeypatch)
    try:
        row = window.jobs.model.index(0, COL_STATE)
        assert row.data() == "Waiting for its relay"
        assert "Active: 0" in window.status.counts.text()
        window.jobs.select_job(job.id)
        assert window.bottom.currentWidget() is window.problem
        assert window.actions.track_again.isEnabled()
        window.actions.track_again.trigger()
        done = await until(lambda: window.session.store.get(job.id).state is JobState.DONE)
        assert done and relay.count("POST", "/v1/videos") == 1
    finally:
        await close_window(window)


async def test_a_demo_job_running_at_quit_finishes_after_the_restart(qapp, yzx_home, monkeypatch):
    from yzx_desktop.settings import Settings
    from yzx_desktop.ui.session import Session
    from yzx_desktop.ui.window.main_window import MainWindow

    async def demo_window() -> MainWindow:
        session = Session(Settings(library_dir=str(yzx_home / "videos")), demo=True, cadence=FAST)
        window = MainWindow(session)
        window.confirm_close = False
        window.show()
        session.start()
        return window

    first = await demo_window()
    await generate_now(first.compose, "a demo that outlives the app")
    await until(lambda: first.jobs.model.jobs()[0].task_id)
    job_id = first.jobs.model.jobs()[0].id
    await close_window(first)
    second = await demo_window()
    try:
        job = second.session.store.get(job_id)
        assert job.active and second.session.owns(job)
        assert second.jobs.model.index(0, COL_STATE).data() != "Waiting for its relay"
        await until(lambda: second.session.store.get(job_id).state is JobState.DONE, timeout=30)
        video = second.session.store.get(job_id).file_path
        assert "Demo" in video  # demo clips stay out of the artist's library
    finally:
        await close_window(second)


async def test_a_filter_that_hides_a_new_job_says_so(window, relay):
    window.jobs.state_filter.setCurrentIndex(window.jobs.state_filter.findData("done"))
    await generate_now(window.compose, "hidden by the filter")
    assert window.jobs.proxy.rowCount() == 0 and window.jobs.filter_note.isVisibleTo(window)
    window.jobs.filter_note.linkActivated.emit("#all")
    assert window.jobs.proxy.rowCount() == 1 and not window.jobs.filter_note.isVisibleTo(window)


async def test_the_prompt_column_takes_the_room(window):
    window.resize(1366, 768)
    await asyncio.sleep(0.05)
    header = window.jobs.table.horizontalHeader()
    assert header.sectionSize(COL_PROMPT) >= 220
    fixed = [header.sectionSize(c) for c in range(header.count()) if c != COL_PROMPT]
    assert header.sectionSize(COL_PROMPT) > max(fixed)


async def test_keyboard_menus_and_table(window, relay):
    assert window.act_settings.shortcut().toString() == "Ctrl+,"
    from yzx_desktop.ui.i18n import install_translator

    context = QMenu(window)
    window.actions.fill_menu(context, with_library=True)
    for language in ("zh_CN", "en"):  # each menu's mnemonics are unique in both languages
        install_translator(QApplication.instance(), language)
        window.retranslate()
        window.compose.retranslate()
        for menu in [*window.menuBar().findChildren(QMenu), context]:
            keys = [
                m.group(1).lower()
                for action in menu.actions()
                if (m := re.search(r"&(\w)", action.text()))
            ]
            assert len(keys) == len(set(keys)), (language, menu.title(), keys)
        assert window.view_menu.title() == ("视图(&V)" if language == "zh_CN" else "&View")
    await generate_now(window.compose, "one")
    await generate_now(window.compose, "two")
    window.jobs.table.setFocus()
    QTest.keyClick(window.jobs.table, Qt.Key.Key_Home)
    assert len(window.jobs.selected_jobs()) == 1
    QTest.keyClick(window.jobs.table, Qt.Key.Key_Down)
    assert window.jobs.selected() is not None
    assert (
        window.jobs.selected().id
        == window.jobs.proxy.index(1, 0).data(Qt.ItemDataRole.UserRole + 1).id
    )


async def test_the_window_fits_a_small_screen(window):
    available = window.screen().availableGeometry()
    assert window.minimumWidth() <= available.width()
    assert window.minimumHeight() <= available.height()
    assert window.compose_scroll.widgetResizable()  # the compose panel scrolls, Generate stays


async def test_demo_mode_from_the_menu_and_back(window, relay):
    assert window.windowTitle() == APP_NAME  # the name once
    await window.toggle_demo()
    assert window.session.demo and "DEMO" in window.windowTitle()
    assert window.session.base_url.startswith("demo://")
    await window.toggle_demo()  # a token is set (YZX_API_KEY): back to the relay
    assert not window.session.demo and window.session.base_url == relay.base_url


def test_settings_say_which_source_wins_and_check_the_base_url(qtbot, monkeypatch):
    from yzx_desktop.settings import Settings
    from yzx_desktop.ui.dialogs.settings import SettingsDialog

    monkeypatch.setenv("YZX_API_BASE", "http://env-relay.example/v1")
    monkeypatch.setenv("YZX_API_KEY", "sk-from-env")
    dialog = SettingsDialog(Settings(base_url="https://saved.example/v1"))
    qtbot.addWidget(dialog)
    assert (
        dialog.base_edit.text() == "http://env-relay.example/v1" and dialog.base_edit.isReadOnly()
    )
    assert "YZX_API_BASE" in dialog.base_note.text()
    assert "YZX_API_KEY" in dialog.token_where.text()
    assert not dialog.creates.isVisibleTo(dialog)  # polling cadence is not for artists
    dialog.show()
    dialog.advanced_button.click()
    assert dialog.creates.isVisibleTo(dialog)
    # the advanced rows line up with the rows above them
    assert dialog.creates.mapTo(dialog, dialog.creates.rect().topLeft()).x() == (
        dialog.token_edit.mapTo(dialog, dialog.token_edit.rect().topLeft()).x()
    )
    monkeypatch.delenv("YZX_API_BASE")
    plain = SettingsDialog(Settings(base_url="127.0.0.1:9/v1"))
    qtbot.addWidget(plain)
    plain.show()
    ok = plain.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert plain.isVisible() and "https://" in plain.test_result.text()


async def test_details_speak_chinese_without_english_paragraphs(window, relay):
    from yzx_desktop.ui.dialogs.job_details import JobDetailsDialog
    from yzx_desktop.ui.i18n import install_translator

    await generate_now(window.compose, "暴风雨 #fail")
    job = await until(lambda: job_in(window, JobState.FAILED))
    assert job.error_kind is Problem.MODERATION
    install_translator(QApplication.instance(), "zh_CN")
    try:
        text = JobDetailsDialog(job, window).text.toPlainText()
    finally:
        install_translator(QApplication.instance(), "en")
    assert "8 秒" in text and "8 s" not in text
    assert "中转站返回：" in text and "The relay" not in text
    assert "内容审核" in text.split("中转站返回：")[0]  # our explanation, in Chinese
    assert "The prompt was refused" not in text


async def test_money_in_the_window_balance_price_and_the_guard(qapp, relay, yzx_home, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from yzx_desktop.settings import save_settings

    window = await open_window(relay, yzx_home, monkeypatch)
    try:
        await until(lambda: window.balance.isVisible() and "$" in window.balance.text())
        window.compose.set_model("kling-v1-6")
        window.compose.prompt_edit.setPlainText("a price tag")
        # before the relay's first task of a model its multipliers are unknown: "from $…"
        await until(lambda: "from $" in window.compose.generate_button.text())
        window.session.settings.max_cost_per_task = 0.01  # below any demo price
        save_settings(window.session.settings)
        pending = asyncio.ensure_future(generate_now(window.compose))
        box = await until(lambda: QApplication.activeModalWidget())
        await pending
        assert isinstance(box, QMessageBox) and "above your limit" in box.text()
        assert box.defaultButton().text() == "Don't send"
        box.defaultButton().click()
        await asyncio.sleep(0.3)
        assert relay.count("POST", r"/v1/video.*") == 0 and window.jobs.model.rowCount() == 0
    finally:
        await close_window(window)


def test_generate_shows_its_focus_and_ends_the_tab_order(qtbot):
    from yzx_desktop.ui.compose.panel import ComposePanel

    compose = ComposePanel()
    qtbot.addWidget(compose)
    compose.show()
    compose.set_model("doubao-seedance-1-0-pro")  # a model with options
    compose.prompt_edit.setPlainText("x")
    compose.activateWindow()
    qtbot.waitUntil(compose.isActiveWindow)
    unfocused = compose.generate_button.grab().toImage()
    compose.generate_button.setFocus()
    assert compose.generate_button.hasFocus()
    assert compose.generate_button.grab().toImage() != unfocused  # Space here pays: it shows
    chain, widget = [], compose.prompt_edit
    for _ in range(30):
        widget = widget.nextInFocusChain()
        chain.append(widget)
        if widget is compose.generate_button:
            break
    options = list(compose.option_widgets.values())
    assert compose.generate_button in chain
    assert all(chain.index(o) < chain.index(compose.generate_button) for o in options)


async def test_a_control_focused_by_its_mnemonic_scrolls_into_view(window):
    window.resize(window.minimumWidth(), window.minimumHeight())
    window.compose_scroll.resize(window.compose_scroll.width(), 240)  # a short, scaled screen
    await asyncio.sleep(0.05)
    bar = window.compose_scroll.verticalScrollBar()
    bar.setValue(0)
    assert bar.maximum() > 0
    window.activateWindow()
    button = window.compose.takes_box  # as Alt+T does
    button.setFocus()
    await until(lambda: bar.value() > 0)
    top = button.mapTo(window.compose_scroll.viewport(), button.rect().topLeft()).y()
    assert 0 <= top < window.compose_scroll.viewport().height()
