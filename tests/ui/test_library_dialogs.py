"""Prompt history and presets: every prompt sent comes back with one key, presets round trip
through the store and apply again, and a model the relay dropped is said, not dropped."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import generate_now, until
from yzx_desktop.api.types import ModelInfo
from yzx_desktop.jobs.library import Preset, Presets, PromptHistory
from yzx_desktop.ui.compose.panel import ComposePanel, history_keys
from yzx_desktop.ui.library.presets import STYLE, PresetsDialog, SavePresetDialog
from yzx_desktop.ui.library.prompt_history import PromptHistoryDialog


@pytest.fixture
def compose(qtbot, store) -> ComposePanel:
    panel = ComposePanel()
    qtbot.addWidget(panel)
    panel.set_library(store)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


async def test_a_sent_prompt_is_listed_and_enter_puts_it_back(window, relay):
    compose = window.compose
    compose.set_library(window.session.store)
    await generate_now(compose, "a lighthouse in fog, long exposure")
    await generate_now(compose, "red fox in snow")
    await until(lambda: relay.count("POST", r"/v1/video.*") == 2)
    compose.prompt_edit.setPlainText("my draft")
    compose.prompt_edit.setFocus()
    window.activateWindow()
    await until(window.isActiveWindow)
    QTest.keyClick(compose.prompt_edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = await until(QApplication.activeModalWidget)
    assert isinstance(dialog, PromptHistoryDialog) and dialog.focusWidget() is dialog.search
    rows = [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())]
    assert rows[:2] == ["red fox in snow", "a lighthouse in fog, long exposure"]  # newest first
    QTest.keyClicks(dialog.search, "LIGHTHOUSE fog")
    assert dialog.list.topLevelItemCount() == 1 and dialog.list.topLevelItem(0).text(1) == "1"
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    await until(lambda: QApplication.activeModalWidget() is None)
    assert compose.prompt_edit.toPlainText() == "a lighthouse in fog, long exposure"
    assert compose.prompt_edit.hasFocus()
    QTest.keyClick(compose.prompt_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert compose.prompt_edit.toPlainText() == "my draft"  # the draft was not lost


async def test_up_in_an_empty_prompt_steps_through_the_history(window, relay):
    compose = window.compose
    compose.set_library(window.session.store)
    for prompt in ("first idea", "second idea\nwith a second line"):
        await generate_now(compose, prompt)
    compose.prompt_edit.clear()
    compose.prompt_edit.setFocus()
    up, down = Qt.Key.Key_Up, Qt.Key.Key_Down
    QTest.keyClick(compose.prompt_edit, up)
    assert compose.prompt_edit.toPlainText() == "second idea\nwith a second line"
    QTest.keyClick(compose.prompt_edit, up)  # the cursor moves to the first line first
    assert compose.prompt_edit.toPlainText() == "second idea\nwith a second line"
    QTest.keyClick(compose.prompt_edit, up)
    assert compose.prompt_edit.toPlainText() == "first idea"
    QTest.keyClick(compose.prompt_edit, up)  # the oldest: it stays
    assert compose.prompt_edit.toPlainText() == "first idea"
    QTest.keyClick(compose.prompt_edit, down)
    assert compose.prompt_edit.toPlainText().startswith("second idea")
    QTest.keyClick(compose.prompt_edit, Qt.Key.Key_End)
    QTest.keyClicks(compose.prompt_edit, "!")  # edited: arrows move the cursor again
    QTest.keyClick(compose.prompt_edit, up)
    assert compose.prompt_edit.toPlainText() == "second idea\nwith a second line!"


async def test_forgetting_a_prompt_keeps_its_job(window, relay):
    await generate_now(window.compose, "forget me")
    job = await until(lambda: window.jobs.model.job_at(0))
    window.compose.set_library(window.session.store)
    dialog = window.compose.show_prompt_history()
    await until(dialog.isActiveWindow)  # the window's own Delete (remove a job) is not active
    dialog.list.setFocus()
    QTest.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert dialog.list.topLevelItemCount() == 0 and "Jobs keep their prompts" in dialog.note.text()
    assert PromptHistory(window.session.store).search("forget") == []
    assert window.session.store.get(job.id).prompt == "forget me"
    dialog.close()


def test_history_search_keeps_typing_while_arrows_move_in_the_list(qtbot, store):
    history = PromptHistory(store)
    for i, prompt in enumerate(("rain on neon", "rain in a forest", "desert wind")):
        history.record(prompt, when=1000 + i)
    dialog = PromptHistoryDialog(history)
    qtbot.addWidget(dialog)
    chosen = []
    dialog.promptChosen.connect(chosen.append)
    QTest.keyClicks(dialog.search, "rain")
    assert dialog.list.topLevelItemCount() == 2
    QTest.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.current_prompt() == "rain on neon"
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    assert chosen == ["rain on neon"]
    dialog.search.setText("snow")
    assert dialog.list.topLevelItemCount() == 0 and "No prompt contains" in dialog.note.text()
    assert not dialog.use_button.isEnabled()


def test_a_preset_round_trips_through_the_store_and_applies_again(compose, store):
    compose.set_model("kling-v1-6")
    compose.set_duration(10)
    compose.ratio_box.setCurrentText("9:16")
    compose.option_widgets["mode"].setCurrentText("pro")
    compose.prompt_edit.setPlainText("neon rain over a night market")
    compose.seed_edit.setText("42")
    dialog = compose.save_preset()
    assert isinstance(dialog, SavePresetDialog)
    QTest.keyClicks(dialog.name_edit, "Night market")
    dialog.accept()
    saved = Presets(store).get("Night market")
    assert saved.prompt == "neon rain over a night market"
    assert saved.settings == {
        "model": "kling-v1-6",
        "duration": 10,
        "ratio": "9:16",
        "resolution": "720p",
        "options": {"mode": "pro"},
        STYLE: False,
    }  # no seed, no images

    compose.set_model("veo_3_1-fast")
    compose.prompt_edit.setPlainText("something else")
    compose.presets_menu.aboutToShow.emit()
    action = next(a for a in compose.presets_menu.actions() if a.text() == "Night market")
    action.trigger()
    assert compose.model_box.currentText() == "kling-v1-6" and compose.duration() == 10
    assert compose.ratio_box.currentText() == "9:16"
    assert compose.option_widgets["mode"].currentText() == "pro"
    assert compose.prompt_edit.toPlainText() == "neon rain over a night market"
    compose.prompt_edit.undo()
    assert compose.prompt_edit.toPlainText() == "something else"


def test_a_style_preset_is_added_to_the_prompt(compose, store):
    Presets(store).save(Preset("Film", "35mm film, soft grain", {STYLE: True}))
    compose.prompt_edit.setPlainText("a boat at dawn")
    assert compose.apply_preset(Presets(store).get("Film")) == []
    assert compose.prompt_edit.toPlainText() == "a boat at dawn, 35mm film, soft grain"
    compose.apply_preset(Presets(store).get("Film"))  # not twice
    assert compose.prompt_edit.toPlainText() == "a boat at dawn, 35mm film, soft grain"


async def test_a_model_the_relay_no_longer_lists_is_said_not_dropped(compose, store):
    compose.set_models([ModelInfo("veo_3_1-fast"), ModelInfo("viduq1")])
    preset = Preset("Old", "x", {"model": "kling-v1-6", "duration": 10, "ratio": "1:1"})
    problems = compose.apply_preset(preset)
    assert len(problems) == 1 and "does not list kling-v1-6" in problems[0]
    assert compose.model_box.currentText() == "kling-v1-6"  # as saved, for the user to change
    box = await until(QApplication.activeModalWidget)
    assert isinstance(box, QMessageBox) and "does not list kling-v1-6" in box.informativeText()
    box.accept()
    compose.set_model("veo_3_1-fast")
    problems = compose.apply_preset(Preset("Square", "", {"duration": 5, "ratio": "1:1"}))
    assert any("no 5 s" in p for p in problems) and any("1:1" in p for p in problems)
    (await until(QApplication.activeModalWidget)).accept()


async def test_presets_are_renamed_and_deleted_in_the_manager(compose, store):
    presets = Presets(store)
    presets.save(Preset("Alpha", "a", {"model": "viduq1"}))
    presets.save(Preset("Beta", "b", {}))
    dialog = compose.show_presets()
    assert isinstance(dialog, PresetsDialog) and dialog.list.count() == 2
    dialog.list.setCurrentRow(0)
    dialog.list.currentItem().setText("Gamma")  # as F2 and typing do
    assert [p.name for p in presets.all()] == ["Beta", "Gamma"]
    assert presets.get("Gamma").settings == {"model": "viduq1"}
    dialog.list.setCurrentRow(0)
    dialog.list.currentItem().setText("Gamma")  # a name in use is refused
    assert [p.name for p in presets.all()] == ["Beta", "Gamma"] and "in use" in dialog.note.text()
    dialog.list.setCurrentRow(0)  # Beta
    dialog.list.setFocus()
    QTest.keyClick(dialog.list, Qt.Key.Key_Delete)
    box = await until(lambda: dialog.findChild(QMessageBox))
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    QTest.keyClick(box, Qt.Key.Key_Return)  # the default keeps it
    await asyncio.sleep(0.05)
    assert [p.name for p in presets.all()] == ["Beta", "Gamma"]
    box = dialog.ask_delete()
    next(b for b in box.buttons() if b.text() == "Delete").click()
    assert [p.name for p in presets.all()] == ["Gamma"] and dialog.list.count() == 1
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter applies and closes
    assert not dialog.isVisible()
    assert compose.prompt_edit.toPlainText() == "a" and compose.model_box.currentText() == "viduq1"


def test_history_and_presets_are_reached_by_keyboard(compose):
    assert compose.history_action.shortcut().toString() == "Ctrl+H"
    assert "Ctrl+H" in compose.history_button.toolTip()
    assert history_keys("darwin") == "Ctrl+Y"  # Cmd+H hides the app on macOS
    assert compose.history_button.isVisible() and compose.presets_button.isVisible()
    for button in (compose.history_button, compose.presets_button):
        assert button.accessibleName() and button.toolTip()
    chain, widget = [], compose.prompt_edit
    for _ in range(40):
        widget = widget.previousInFocusChain()
        chain.append(widget)
        if widget is compose.history_button:
            break
    assert compose.presets_button in chain and compose.history_button in chain
    bare = ComposePanel()  # without a store there is nothing to offer
    assert not bare.history_action.isEnabled() and bare.show_prompt_history() is None
    assert not bare.history_button.isVisibleTo(bare)
    bare.deleteLater()


def test_a_preset_words_its_options_as_the_compose_panel(qtbot):
    from yzx_desktop.ui.library.presets import preset_summary

    text = preset_summary(
        {"model": "veo_3_1-fast", "duration": 8, "options": {"generateAudio": True}}
    )
    assert "Sound: Yes" in text and "generateAudio" not in text
