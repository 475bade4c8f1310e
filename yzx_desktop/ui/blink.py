"""The text cursor stops blinking after a while without input, as GNOME's does: an idle window
then sleeps instead of waking twice a second for the blink (bench/idle.py measures it)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication

BLINK_FOR_MS = 10_000
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.InputMethod})


class CursorBlinkTimeout(QObject):
    """Watches only the focused object (cheap): typing or a click there, or a new focus,
    restores blinking; quiet stops it."""

    def __init__(self, app: QGuiApplication, blink_for_ms: int = BLINK_FOR_MS) -> None:
        super().__init__(app)
        self._hints = app.styleHints()
        self._flash = self._hints.cursorFlashTime()
        self._watched: QObject | None = None
        self._quiet = QTimer(self, singleShot=True, interval=blink_for_ms)
        self._quiet.timeout.connect(lambda: self._hints.setCursorFlashTime(0))
        app.focusObjectChanged.connect(self._focus_changed)
        self._quiet.start()

    def _wake(self) -> None:
        if self._hints.cursorFlashTime() != self._flash:
            self._hints.setCursorFlashTime(self._flash)
        self._quiet.start()

    def _focus_changed(self, focused: QObject | None) -> None:
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # the old focus may be deleted already
                self._watched.removeEventFilter(self)
        self._watched = focused
        if focused is not None:
            focused.installEventFilter(self)
        self._wake()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._wake()
        return False
