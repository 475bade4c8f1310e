"""Takes and sweeps from the compose panel, in the window against the simulated relay over
real HTTP: one question states the paid tasks and their total, Cancel is the default, a
refused variant or a passed limit sends nothing, and the keyboard reaches every control."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import close_window, generate_now, open_window, until
from yzx_desktop.api.types import CreateRequest, ModelInfo
from yzx_desktop.demo.catalog import DEFAULT_MODELS
from yzx_desktop.jobs.model import JobState
from yzx_desktop.jobs.takes import TakePlan
from yzx_desktop.profiles.catalog import Catalog
from yzx_desktop.settings import load_settings, save_settings
from yzx_desktop.ui.compose.panel import ComposePanel
from yzx_desktop.ui.compose.sweep import SweepDialog
from yzx_desktop.ui.compose.takes import fit_to_model, plan_set
from yzx_desktop.ui.window.main_window import MainWindow

CREATES = r"/v1/video.*"


async def ask(window, prompt: str = "a paper boat on a rainy street") -> QMessageBox:
    """Press Generate as a user would; the set's one question opens."""
    await generate_now(window.compose, prompt)
    box = await until(QApplication.activeModalWidget)
    assert isinstance(box, QMessageBox)
    return box


def button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def sent_bodies(relay) -> list[dict]:
    return [json.loads(r.body) for r in relay.matching("POST", CREATES)]


async def test_four_takes_after_one_question_are_four_posts_with_four_seeds(window, relay):
    compose = window.compose
    compose.set_model("veo_3_1-fast")
    compose.set_takes(4)
    assert "Generate 4 take" in compose.generate_button.text()
    box = await ask(window)
    assert "Create 4 paid task" in box.text() and "each with its own seed" in box.text()
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton().text() == "Don't send"
    button(box, "Send and pay").click()
    await until(lambda: relay.count("POST", CREATES) == 4)
    await asyncio.sleep(0.3)
    assert relay.count("POST", CREATES) == 4 and QApplication.activeModalWidget() is None
    seeds = [body["metadata"]["seed"] for body in sent_bodies(relay)]
    assert len(set(seeds)) == 4
    jobs = window.jobs.model.jobs()
    assert len(jobs) == 4 and len({j.take_set for j in jobs}) == 1 and jobs[0].take_set
    assert sorted(j.take_index for j in jobs) == [1, 2, 3, 4]
    first = next(j for j in jobs if j.take_index == 1)
    assert window.jobs.selected().id == first.id
    assert "4 take" in window.statusBar().currentMessage()
    assert window.session.settings.takes == 4 and load_settings().takes == 4
    await until(lambda: all(j.state is JobState.DONE for j in window.jobs.model.jobs()))


async def test_enter_and_escape_on_the_question_send_nothing(window, relay):
    window.compose.set_takes(3)
    box = await ask(window)
    QTest.keyClick(box, Qt.Key.Key_Return)
    await until(lambda: QApplication.activeModalWidget() is None)
    await asyncio.sleep(0.2)  # Generate's double-press guard ends; a new idea may be sent
    window.compose.prompt_edit.setPlainText("a second idea")
    box = await ask(window, "a second idea")
    QTest.keyClick(box, Qt.Key.Key_Escape)
    await until(lambda: QApplication.activeModalWidget() is None)
    await asyncio.sleep(0.3)
    assert relay.count("POST", CREATES) == 0 and window.jobs.model.rowCount() == 0


async def test_declining_the_question_keeps_a_continued_shot_linked(window, relay):
    window.compose.set_parent_job(41)  # as after Continue This Shot
    window.compose.set_takes(2)
    box = await ask(window)
    QTest.keyClick(box, Qt.Key.Key_Escape)
    await until(lambda: QApplication.activeModalWidget() is None)
    assert window.compose.parent_job_id == 41
    assert window.compose.continue_label.isVisibleTo(window.compose)


@pytest.fixture
async def priced(qapp, relay, yzx_home, monkeypatch) -> AsyncIterator[MainWindow]:
    """A window that has read the relay's prices. (Opened in the test itself: what the
    ``window`` fixture starts while it is set up never reaches the relay.)"""
    window = await open_window(relay, yzx_home, monkeypatch)
    await until(lambda: window.session.spend and window.session.spend.prices)
    yield window
    await close_window(window)


async def test_the_question_states_the_count_and_the_total_once_prices_are_known(priced, relay):
    window, compose = priced, priced.compose
    compose.set_model("kling-v1-6")
    compose.set_takes(2)
    compose.set_sweep(models=("kling-v1-6", "viduq1"))  # both make 5 s
    compose.prompt_edit.setPlainText("fireflies")
    # the demo relay's prices: Kling $0.28, Vidu $0.20 per call; multipliers not learned yet
    await until(lambda: "from $0.96" in compose.generate_button.text())
    assert "Generate 4 take" in compose.generate_button.text()
    box = await ask(window, "fireflies")
    assert "Create 4 paid task" in box.text()
    assert "2 take" in box.text() and "2 model" in box.text() and "viduq1" in box.text()
    assert "Estimated total: from $0.96." in box.informativeText()
    assert "kling-v1-6 · 5 s · from $0.28 each" in box.informativeText()
    box.defaultButton().click()
    await asyncio.sleep(0.2)
    assert relay.count("POST", CREATES) == 0


async def test_an_unknown_price_is_said_not_guessed(window, relay):
    window.compose.set_model("brand-new-video-model")  # no price anywhere
    window.compose.size_box.setEditText("1280x720")
    window.compose.set_takes(2)
    box = await ask(window, "unpriced")
    assert "The price of these tasks is unknown." in box.informativeText()
    box.defaultButton().click()


async def test_a_sweep_with_one_refused_model_sends_nothing(window, relay):
    compose = window.compose
    compose.set_model("veo_3_1-fast")
    compose.set_duration(8)
    compose.prompt_edit.setPlainText("a red kite")
    compose.set_sweep(models=("veo_3_1-fast", "kling-v1-6"))
    # the panel says which model refuses, and Generate waits
    assert not compose.generate_button.isEnabled()
    assert compose.reason_label.text().startswith("kling-v1-6: Kling makes videos of 5, 10")
    task = window.commands.generate_takes(compose.request(), compose.plan())
    assert await task == []
    assert QApplication.activeModalWidget() is None  # refused before the question
    assert compose.reason_label.text().startswith("kling-v1-6: ")
    assert relay.count("POST", CREATES) == 0 and window.session.store.all() == []


async def test_an_image_gone_before_sending_refuses_the_whole_set(window, relay, tmp_path):
    from PIL import Image

    from yzx_desktop.profiles.profile import ImageRole

    image = tmp_path / "first.png"
    Image.new("RGB", (640, 360), (10, 20, 30)).save(image)
    compose = window.compose
    compose.set_model("veo_3_1-fast")
    assert compose.use_image(image, ImageRole.FIRST)
    compose.set_takes(2)
    box = await ask(window, "from this frame")
    image.unlink()  # while the question is open
    button(box, "Send and pay").click()
    await until(lambda: compose.reason_label.text())
    await asyncio.sleep(0.3)
    assert relay.count("POST", CREATES) == 0 and window.session.store.all() == []


async def test_the_daily_limit_counts_the_whole_set(priced, relay):
    window, compose = priced, priced.compose
    compose.set_model("kling-v1-6")
    compose.prompt_edit.setPlainText("four lanterns")
    await until(lambda: "$0.28" in compose.generate_button.text())  # prices read
    window.session.settings.max_cost_per_day = 1.0  # one take passes, four ($1.12) do not
    window.session.settings.max_cost_per_task = 0.5
    save_settings(window.session.settings)
    compose.set_takes(4)
    box = await ask(window, "four lanterns")
    assert "above your limit of $1.00 per day" in box.informativeText()
    assert "with these 4 tasks ($1.12) that is $1.12" in box.informativeText()
    assert "per task" not in box.informativeText()  # each $0.28 is under $0.50
    assert box.icon() is QMessageBox.Icon.Warning
    assert box.defaultButton().text() == "Don't send"
    box.defaultButton().click()
    await asyncio.sleep(0.3)
    assert relay.count("POST", CREATES) == 0
    assert QApplication.activeModalWidget() is None  # one question, not two


async def test_demo_mode_still_asks_and_says_nothing_is_charged(window, relay):
    await window.toggle_demo()
    window.compose.set_takes(2)
    box = await ask(window, "a demo set")
    assert "Create 2 simulated task" in box.text()
    assert "no real money" in box.informativeText() and "$" not in box.informativeText()
    box.defaultButton().click()
    await asyncio.sleep(0.2)
    assert window.session.store.all() == []


async def test_a_second_request_while_asking_is_ignored(window, relay):
    window.compose.set_takes(2)
    request, plan = window.compose.request(), TakePlan(2)
    request = CreateRequest(request.model, "twice", request.duration)
    first = window.commands.generate_takes(request, plan)
    assert window.commands.generate_takes(request, plan) is None  # a double-wired signal
    box = await until(QApplication.activeModalWidget)
    box.defaultButton().click()
    assert await first == []
    assert relay.count("POST", CREATES) == 0


def test_keyboard_reaches_the_takes_before_generate_and_the_wheel_does_not_change_them(qtbot):
    compose = ComposePanel()
    qtbot.addWidget(compose)
    compose.show()
    compose.prompt_edit.setPlainText("x")
    chain, widget = [], compose.prompt_edit
    for _ in range(40):
        widget = widget.nextInFocusChain()
        chain.append(widget)
        if widget is compose.generate_button:
            break
    assert chain.index(compose.takes_box) < chain.index(compose.sweep_button)
    assert chain.index(compose.sweep_button) < chain.index(compose.generate_button)
    assert compose.takes_box.accessibleName() == "Takes"
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(compose.takes_box.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(compose.takes_box, wheel)
    assert compose.takes_box.value() == 1  # scrolling the panel never makes a set
    compose.takes_box.setFocus()
    for _ in range(3):
        QTest.keyClick(compose.takes_box, Qt.Key.Key_Up)
    assert compose.takes_box.value() == 4 and compose.task_count() == 4
    assert "Generate 4 take" in compose.generate_button.text()
    QTest.keyClick(compose.takes_box, Qt.Key.Key_PageUp)
    assert compose.takes_box.value() == 8  # MAX_TAKES


def test_the_sweep_is_picked_by_keyboard_shown_and_cleared(qtbot):
    compose = ComposePanel()
    qtbot.addWidget(compose)
    compose.show()
    compose.activateWindow()
    qtbot.waitUntil(compose.isActiveWindow)
    compose.set_models([ModelInfo(m) for m in DEFAULT_MODELS])
    compose.set_model("kling-v1-6")
    compose.prompt_edit.setPlainText("x")
    assert not compose.sweep_clear.isVisibleTo(compose)
    assert compose.sweep_button.accessibleName() == "Sweep"
    dialog = compose.open_sweep()
    assert isinstance(dialog, SweepDialog) and dialog.focusWidget() is dialog.list
    assert dialog.models() == ("kling-v1-6",)  # the current model is checked to start with
    assert "no 5 s" in dialog.list.item(1).text()  # veo_3_1-fast cannot make 5 s
    wanted = ["doubao-seedance-1-0-pro", "kling-v1-6", "viduq1", "jimeng-video-3.0", "wan2.5"]
    for row in range(dialog.list.count()):
        dialog.list.setCurrentRow(row)
        model = dialog.list.item(row).data(Qt.ItemDataRole.UserRole)
        checked = dialog.list.item(row).checkState() == Qt.CheckState.Checked
        if any(model.startswith(w) for w in wanted) and not checked:
            QTest.keyClick(dialog.list, Qt.Key.Key_Space)
    assert len(dialog.models()) == 4 and "At most 4" in dialog.note.text()  # the fifth: no
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert compose.plan().models == dialog.models()
    assert compose.sweep_clear.isVisibleTo(compose) and compose.sweep_button.isChecked()
    assert compose.sweep_button.text().startswith("S&weep: 4 model")
    assert compose.sweep_button.accessibleName().startswith("Sweep: 4 model")
    assert "viduq1" in compose.sweep_button.toolTip()
    assert compose.task_count() == 4 and compose.generate_button.isEnabled()
    compose.sweep_clear.click()
    assert not compose.sweep_clear.isVisibleTo(compose) and compose.task_count() == 1
    assert compose.sweep_button.text() == "S&weep…" and not compose.sweep_button.isChecked()
    assert compose.sweep_button.hasFocus()


def test_a_length_sweep_offers_the_models_lengths_and_turns_the_picker_off(qtbot):
    compose = ComposePanel()
    qtbot.addWidget(compose)
    compose.show()
    compose.set_model("veo_3_1-fast")
    compose.prompt_edit.setPlainText("x")
    dialog = compose.open_sweep()
    dialog.by_duration.setChecked(True)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "4 s",
        "6 s",
        "8 s",
    ]
    dialog.set_checked([4, 8])
    dialog.accept()
    assert compose.plan() == TakePlan(1, (), (4, 8))
    assert compose.sweep_button.accessibleName().startswith("Sweep: 2 length")
    assert "4 s, 8 s" in compose.sweep_button.toolTip()
    assert not compose.duration_stack.isEnabled()
    assert "Generate 2 take" in compose.generate_button.text()


def test_a_model_sweep_says_the_size_each_model_reads_and_leaves_other_options_out():
    catalog = Catalog.load()
    request = CreateRequest(
        "veo_3_1-fast",
        "p",
        8,
        ratio="9:16",
        resolution="720p",
        options={"generateAudio": True},
        seed=7,
    )
    veo, kling = catalog.resolve("veo_3_1-fast"), catalog.resolve("kling-v1-6")
    same = fit_to_model(request, veo, veo)
    assert same.request == request and same.dropped_options == ()
    take = fit_to_model(request, veo, kling)
    assert take.request.size == "720x1280" and take.request.ratio is None
    assert take.request.options == {} and take.dropped_options == ("generateAudio",)
    takes = plan_set(request, TakePlan(2, models=("veo_3_1-fast", "kling-v1-6")), catalog)
    assert [t.request.seed for t in takes] == [7, 8, None, None]  # Kling reads no seed
    assert [t.request.duration for t in takes] == [8, 8, 8, 8]  # never changed: Kling refuses


def test_a_set_is_checked_by_the_rules_of_one_task(qapp):
    from yzx_desktop.jobs.spend import BreachKind, Estimate, Limits, PriceSource
    from yzx_desktop.ui.spend.guard import set_breaches, set_total_text, total_estimate

    cheap = Estimate(0.2, PriceSource.RELAY, 0.2, ratios_seen=True)
    dear = Estimate(0.6, PriceSource.RELAY, 0.6, ratios_seen=True)
    found = set_breaches([cheap, dear, cheap], Limits(per_task=0.5, per_day=1.5), 0.6)
    assert [(b.kind, b.amount) for b in found] == [(BreachKind.TASK, 0.6), (BreachKind.DAY, 1.6)]
    assert set_breaches([cheap, cheap], Limits(per_task=0.5, per_day=1.0), 0.6) == []
    unknown = set_breaches([cheap, Estimate(None)], Limits(per_day=5.0), 0.0)
    assert [b.kind for b in unknown] == [BreachKind.UNKNOWN]
    assert set_breaches([Estimate(None)], Limits(), 0.0) == []  # no limit, nothing to check
    assert total_estimate([cheap, dear]).usd == 0.8 and total_estimate([cheap, dear]).ratios_seen
    partial = total_estimate([cheap, Estimate(None)])
    assert partial.usd == 0.2 and not partial.ratios_seen  # said "from $0.20"
    assert total_estimate([Estimate(None)] * 2).usd is None
    assert set_total_text([cheap, Estimate(None)]) == (
        "Estimated total: from $0.20. The price of 1 of them is unknown."
    )
