"""The cursor stops blinking when nothing happens and blinks again at the first key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from yzx_desktop.ui.blink import CursorBlinkTimeout


def test_quiet_stops_the_blink_and_a_key_restores_it(qtbot) -> None:
    app = QApplication.instance()
    hints = app.styleHints()
    flash = hints.cursorFlashTime()
    assert flash > 0
    timeout = CursorBlinkTimeout(app, blink_for_ms=50)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    edit.setFocus()
    try:
        qtbot.waitUntil(lambda: hints.cursorFlashTime() == 0, timeout=2000)
        QTest.keyClick(edit, Qt.Key.Key_A)
        assert hints.cursorFlashTime() == flash and edit.text() == "a"
    finally:
        timeout.deleteLater()  # Qt disconnects it from the application as it goes
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        hints.setCursorFlashTime(flash)
