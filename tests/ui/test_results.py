"""What an artist does with finished results in the window: star, tag, copy the file, export
the frame on screen, and the scene strip with "Export Scene" joining real MP4s."""

from __future__ import annotations

import av
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from tests.ui.conftest import generate_now, until
from yzx_desktop.api.types import CreateRequest
from yzx_desktop.jobs.library import matches
from yzx_desktop.jobs.model import JobState


async def finished(window, prompt: str):
    await generate_now(window.compose, prompt)
    return await until(
        lambda: next(
            (
                j
                for j in window.jobs.model.jobs()
                if j.prompt == prompt and j.state is JobState.DONE
            ),
            None,
        ),
        timeout=20,
    )


def seconds(path) -> float:
    with av.open(str(path)) as container:
        return container.duration / av.time_base


async def test_star_and_tags_are_kept_and_found(window, relay):
    job = await finished(window, "a lighthouse at dusk")
    window.jobs.select_job(job.id)
    window.jobs.table.setFocus()
    QTest.keyClick(window.jobs.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.session.store.get(job.id).starred
    assert window.actions.star.isChecked()
    await window.results.edit_tags("coast, Night  #keeper")
    stored = window.session.store.get(job.id)
    assert stored.tags == ["coast", "Night", "keeper"]
    shown = window.jobs.model.job_at(window.jobs.model.row_of(job.id))
    assert shown.starred and shown.tags == stored.tags  # the view got the change
    assert matches(shown, "#night ★") and not matches(shown, "#dawn")
    window.jobs.select_job(job.id)
    window.results.toggle_star()
    assert not window.session.store.get(job.id).starred


async def test_copy_file_puts_the_video_on_the_clipboard(window, relay):
    job = await finished(window, "copy me")
    window.jobs.select_job(job.id)
    window.jobs.table.setFocus()
    QGuiApplication.clipboard().clear()
    QTest.keyClick(window.jobs.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    assert [u.toLocalFile() for u in mime.urls()] == [job.file_path]
    assert bytes(mime.data("x-special/gnome-copied-files")).startswith(b"copy\nfile://")
    window.compose.prompt_edit.setFocus()  # in the prompt, Ctrl+C is the text's own copy
    window.compose.prompt_edit.selectAll()
    QTest.keyClick(window.compose.prompt_edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().mimeData().urls() == []


async def test_export_frame_writes_the_frame_on_screen_as_png(window, relay, tmp_path):
    job = await finished(window, "a frame to keep")
    window.jobs.select_job(job.id)
    await until(lambda: window.preview.video_sink.videoFrame().isValid(), timeout=20)
    target = tmp_path / "frame.png"
    assert await window.results.export_frame(str(target)) == target
    image = QImage(str(target))
    with av.open(job.file_path) as container:
        stream = container.streams.video[0]
        assert (image.width(), image.height()) == (stream.width, stream.height)


async def test_a_continued_shot_shows_its_scene_and_exports_it(window, relay, tmp_path):
    first = await finished(window, "a boat leaves the harbour")
    second = window.session.submit(
        CreateRequest("generic-video", "the boat reaches the open sea", 5, parent_id=first.id)
    )
    second = await until(
        lambda: (j := window.jobs.model.job_at(window.jobs.model.row_of(second.id))).has_video and j
    )
    window.jobs.select_job(second.id)
    strip = await until(lambda: window.preview.scene_strip)
    await until(lambda: strip.isVisibleTo(window.preview))
    assert len(strip.buttons) == 2 and strip.buttons[1].isChecked()
    assert window.actions.export_scene.isEnabled()
    strip.buttons[0].click()  # the first shot is selected and previewed
    assert window.jobs.selected().id == first.id
    target = tmp_path / "scene.mp4"
    assert await window.results.export_scene(str(target)) == target
    assert abs(seconds(target) - (seconds(first.file_path) + seconds(second.file_path))) < 0.2
    lone = await finished(window, "a shot on its own")
    window.jobs.select_job(lone.id)
    await until(lambda: not strip.isVisibleTo(window.preview))
    assert not window.actions.export_scene.isEnabled()


async def test_the_context_menu_offers_the_library_actions(window, relay):
    job = await finished(window, "menu please")
    window.jobs.select_job(job.id)
    menu = QMenu(window)
    window.actions.fill_menu(menu, only_enabled=True, with_library=True)
    shown = set(menu.actions())
    assert {window.actions.star, window.actions.copy_file, window.actions.export_frame} <= shown
    assert window.actions.export_scene not in shown  # not continued
    menu.deleteLater()


async def test_the_grid_is_remembered_and_enter_opens_the_large_preview(window, relay):
    from yzx_desktop.ui.preview.large_preview import LargePreview

    job = await finished(window, "a wide canyon at noon")
    window.jobs.act_gallery.trigger()
    assert window.jobs.mode() == "gallery" and window.session.settings.jobs_view == "gallery"
    assert window.jobs.act_gallery in window.view_menu.actions()
    window.jobs.select_job(job.id)
    gallery = window.jobs.current_view()
    gallery.setFocus()
    QTest.keyClick(gallery, Qt.Key.Key_Return)
    large = await until(lambda: next(iter(window.findChildren(LargePreview)), None))
    await until(lambda: large.panel.video_sink.videoFrame().isValid(), timeout=20)
    assert large.width() > window.preview.width()
    QTest.keyClick(large, Qt.Key.Key_Escape)
    await until(lambda: not large.isVisible())
    window.jobs.act_table.trigger()
    assert window.session.settings.jobs_view == "table"


async def test_compare_opens_two_selected_takes_and_its_star_reaches_the_library(window, relay):
    from PySide6.QtCore import QItemSelectionModel

    from yzx_desktop.ui.compare.window import CompareWindow

    first = await finished(window, "take one of a fox")
    second = await finished(window, "take two of a fox")
    window.jobs.select_job(first.id)
    assert not window.actions.compare.isEnabled()  # one result is not a comparison
    selection = window.jobs.table.selectionModel()
    row = window.jobs.proxy.mapFromSource(
        window.jobs.model.index(window.jobs.model.row_of(second.id), 0)
    )
    selection.select(
        row, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    await until(lambda: window.actions.compare.isEnabled())
    window.jobs.table.setFocus()
    QTest.keyClick(window.jobs.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    compare = await until(lambda: next(iter(window.findChildren(CompareWindow)), None))
    assert {job.id for job in compare.jobs} == {first.id, second.id}
    await until(lambda: compare.sync.max_drift_ms() is not None, timeout=20)
    tile = compare.tiles[0]
    tile.star_button.click()
    assert window.session.store.get(tile.job.id).starred
    compare.close()


async def test_ctrl_builds_a_selection_of_takes_that_are_not_neighbours(window, relay):
    jobs = [await finished(window, f"a heron, take {n}") for n in range(3)]
    table = window.jobs.table
    rows = {job.id: window.jobs.proxy.mapFromSource(
        window.jobs.model.index(window.jobs.model.row_of(job.id), 1)) for job in jobs}  # fmt: skip
    first, _, third = (rows[job.id] for job in sorted(jobs, key=lambda j: rows[j.id].row()))

    def click(index, modifier=Qt.KeyboardModifier.NoModifier):
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier,
                         table.visualRect(index).center())  # fmt: skip

    click(first)
    click(third, Qt.KeyboardModifier.ControlModifier)
    assert sorted(j.id for j in window.jobs.selected_jobs()) == sorted(
        [first.data(Qt.ItemDataRole.UserRole + 1).id, third.data(Qt.ItemDataRole.UserRole + 1).id]
    )
    await until(lambda: window.actions.compare.isEnabled())
    table.setFocus()  # the keyboard: Ctrl+Home, Down, then Ctrl+Down, Ctrl+Space
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(table, Qt.Key.Key_Down)
    QTest.keyClick(table, Qt.Key.Key_Up)  # the first row alone is selected
    assert len(window.jobs.selected_jobs()) == 1
    for _ in range(2):
        QTest.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(table, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert len(window.jobs.selected_jobs()) == 2


async def test_compare_says_which_take_cannot_play(window, relay, monkeypatch):
    from pathlib import Path

    told = []
    monkeypatch.setattr(window.dialogs, "inform", told.append)
    first = await finished(window, "a gull, take one")
    second = await finished(window, "a gull, take two")
    Path(second.file_path).unlink()
    window.jobs.select_jobs([first.id, second.id])
    await until(lambda: window.actions.compare.isEnabled())
    assert window.results.compare() is None
    assert told and f"job {second.id}" in told[0] and "not on disk" in told[0]


def test_a_still_that_arrives_later_reaches_the_scene_strip(qtbot):
    from PySide6.QtGui import QPixmap

    from yzx_desktop.jobs.model import Job
    from yzx_desktop.ui.preview.scene_strip import SceneStrip

    strip = SceneStrip()
    qtbot.addWidget(strip)
    shots = [Job("m", "a", duration=5, id=1), Job("m", "b", duration=6, id=2)]
    strip.show_scene(shots, 2)
    assert strip.buttons[0].icon().isNull()
    pixmap = QPixmap(64, 36)
    pixmap.fill()
    strip.set_thumbnail(1, pixmap)
    assert not strip.buttons[0].icon().isNull() and strip.buttons[1].icon().isNull()
    assert "11" in strip.summary.text()
