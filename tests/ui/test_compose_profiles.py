"""The compose panel follows the model's profile; image slots fill by drop, paste and frames;
image-to-video and "continue this shot" end to end in the window against the relay."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtTest import QTest

from tests.ui.conftest import generate_now, until
from yzx_desktop.jobs.model import JobState
from yzx_desktop.media.images import decode_data_url
from yzx_desktop.profiles.profile import ImageRole
from yzx_desktop.ui.compose.panel import ComposePanel


def picture(path: Path, colour: tuple[int, int, int], size=(640, 360)) -> Path:
    Image.new("RGB", size, colour).save(path)
    return path


def test_controls_follow_the_profile(qtbot):
    compose = ComposePanel()
    qtbot.addWidget(compose)
    compose.show()
    compose.set_model("veo_3_1-fast")
    assert compose.duration_stack.currentWidget() is compose.duration_choice
    choices = [compose.duration_choice.itemData(i) for i in range(compose.duration_choice.count())]
    assert choices == [4, 6, 8] and compose.duration() == 8
    assert compose.size_stack.currentIndex() == 1  # ratio and resolution pickers
    assert [s.role for s in compose.images.slots] == [ImageRole.FIRST]
    assert set(compose.option_widgets) == {"generateAudio", "negativePrompt"}

    compose.set_model("kling-v1-6")
    assert not compose.seed_edit.isEnabled()
    assert compose.seed_edit.placeholderText() == "not supported by this model"
    assert [s.role for s in compose.images.slots] == [ImageRole.FIRST, ImageRole.LAST]

    compose.set_model("doubao-seedance-1-0-pro")
    assert compose.duration_stack.currentWidget() is compose.duration_box
    assert (compose.duration_box.minimum(), compose.duration_box.maximum()) == (2, 12)

    compose.set_model("wan2.5-t2v-preview")
    assert not compose.images.isVisible()
    assert "web links" in compose.images_note.text()

    compose.set_model("brand-new-model")
    assert compose.size_stack.currentWidget() is compose.size_box
    assert "sent as typed" in compose.model_note.text()
    assert not compose.images.isVisible()


def test_request_carries_pickers_options_and_a_refusal_blocks_generate(qtbot, tmp_path):
    compose = ComposePanel()
    qtbot.addWidget(compose)
    compose.set_model("veo_3_1-fast")
    compose.prompt_edit.setPlainText("waves")
    compose.ratio_box.setCurrentText("9:16")
    compose.resolution_box.setCurrentText("1080p")
    compose.option_widgets["generateAudio"].setChecked(False)
    request = compose.request()
    assert (request.ratio, request.resolution, request.duration) == ("9:16", "1080p", 8)
    assert request.options == {"generateAudio": False}
    assert compose.generate_button.isEnabled()

    compose.set_model("doubao-seedance-1-0-pro")
    compose.duration_box.setValue(5)
    compose.images.fill(picture(tmp_path / "a.png", (1, 2, 3)), ImageRole.FIRST)
    references = [s for s in compose.images.slots if s.role is ImageRole.REFERENCE]
    references[0].set_image(picture(tmp_path / "b.png", (4, 5, 6)))
    assert not compose.generate_button.isEnabled()
    assert "cannot mix" in compose.reason_label.text()


def test_an_image_the_new_model_does_not_read_stays_marked_not_dropped(qtbot, tmp_path):
    compose = ComposePanel()
    qtbot.addWidget(compose)
    compose.set_model("veo_3_1-fast-fl")
    compose.prompt_edit.setPlainText("x")
    compose.images.fill(picture(tmp_path / "f.png", (9, 9, 9)), ImageRole.FIRST)
    compose.images.fill(picture(tmp_path / "l.png", (8, 8, 8)), ImageRole.LAST)
    compose.set_model("veo_3_1-fast")
    last = compose.images.slot(ImageRole.LAST)
    assert last is not None and last.path and not last.supported
    assert "not read by this model" in last.caption.text()
    assert "does not read a last frame" in compose.reason_label.text()
    last.clear()
    assert compose.generate_button.isEnabled()


def test_slot_filled_by_drop_of_a_file(qtbot, tmp_path):
    compose = ComposePanel()
    qtbot.addWidget(compose)
    compose.show()
    compose.set_model("kling-v1-6")
    slot = compose.images.slot(ImageRole.LAST)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture(tmp_path / "drop.png", (0, 200, 0))))])
    # Qt delivers drop events only during a platform drag; call the handlers as Qt would.
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(10, 10), *args)
    enter.ignore()
    slot.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), *args)
    drop.ignore()
    slot.dropEvent(drop)
    assert drop.isAccepted()
    assert slot.path == tmp_path / "drop.png"
    assert slot.size_label.text() == "640×360"
    assert slot.remove_button.isVisibleTo(slot)
    slot.remove_button.click()
    assert slot.path is None


def test_ctrl_v_of_an_image_in_the_prompt_fills_the_next_free_slot(qtbot):
    compose = ComposePanel()
    qtbot.addWidget(compose)
    compose.set_model("veo_3_1-fast-fl")
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 20, 200))
    QGuiApplication.clipboard().setImage(image)
    compose.prompt_edit.setFocus()
    QTest.keyClick(compose.prompt_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    first = compose.images.slot(ImageRole.FIRST)
    assert first.path is not None and first.path.suffix == ".png"
    assert (first.pixel_size.width(), first.pixel_size.height()) == (400, 300)
    QTest.keyClick(compose.prompt_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert compose.images.slot(ImageRole.LAST).path is not None
    assert compose.prompt_edit.toPlainText() == ""  # the image was not pasted as text


async def test_image_to_video_then_continue_the_shot(window, relay, tmp_path):
    compose = window.compose
    compose.set_model("veo_3_1-fast-fl")
    compose.prompt_edit.setPlainText("a red door opens onto the sea")
    compose.images.fill(picture(tmp_path / "first.png", (230, 30, 30)), ImageRole.FIRST)
    compose.images.fill(picture(tmp_path / "last.png", (30, 30, 230)), ImageRole.LAST)
    compose.generate()
    first = await until(lambda: (j := window.jobs.model.job_at(0)).state is JobState.DONE and j)
    sent = json.loads(relay.matching("POST", "/v1/videos")[0].body)
    colours = [
        Image.open(io.BytesIO(decode_data_url(u)[1])).getpixel((5, 5)) for u in sent["images"]
    ]
    assert colours == [(230, 30, 30), (30, 30, 230)]
    assert [i["role"] for i in first.inputs] == ["first", "last"]
    assert compose.images.slot(ImageRole.FIRST).path is not None  # kept for the next take

    window.jobs.select_job(first.id)
    await until(lambda: window.preview.video_sink.videoFrame().isValid(), timeout=20)
    compose.images.clear()
    assert window.commands.use_preview_frame()  # "use this frame" from the preview
    assert compose.images.slot(ImageRole.FIRST).path is not None
    await window.commands.continue_shot()
    slot = compose.images.slot(ImageRole.FIRST)
    assert slot.path is not None and slot.path != tmp_path / "first.png"
    assert compose.images.slot(ImageRole.LAST).path is None
    assert compose.prompt_edit.toPlainText() == "a red door opens onto the sea"
    assert compose.parent_job_id == first.id and compose.continue_label.isVisibleTo(compose)
    await generate_now(compose)
    second = await until(
        lambda: (
            window.jobs.model.rowCount() == 2
            and (j := next(j for j in window.jobs.model.jobs() if j.id != first.id)).state
            is JobState.DONE
            and j
        )
    )
    assert second.parent_id == first.id
    assert relay.count("POST", "/v1/videos") == 2

    from yzx_desktop.ui.dialogs.job_details import JobDetailsDialog

    details = JobDetailsDialog(first, window, window.jobs.model.jobs())
    text = details.text.toPlainText()
    assert "Continued by" in text and "Images sent" in text and "Request as sent" in text
    details.deleteLater()
    window.jobs.select_job(first.id)
    window.commands.reuse()
    assert compose.images.slot(ImageRole.LAST).path == Path(first.inputs[1]["path"])


def test_refusals_and_profile_notes_speak_chinese(qtbot, tmp_path):
    from yzx_desktop.ui.i18n import install_translator

    install_translator(QGuiApplication.instance(), "zh_CN")
    try:
        compose = ComposePanel()
        qtbot.addWidget(compose)
        compose.set_model("veo_3_1-fast-fl")
        compose.prompt_edit.setPlainText("海浪")
        compose.images.fill(picture(tmp_path / "l.png", (8, 8, 8)), ImageRole.LAST)
        assert compose.reason_label.text() == "Veo · 首尾帧 只有在同时提供首帧时才读取尾帧。"
        compose.set_model("kling-v1-6")
        assert "可灵从尺寸读取画面比例" in compose.model_note.text()
        assert compose.option_widgets["mode"].accessibleName() == "质量模式"
    finally:
        install_translator(QGuiApplication.instance(), "en")
