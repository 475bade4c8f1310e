"""Only stills a view still shows are worth decoding: after a scroll or a resize settles, the
queued requests of jobs out of sight are dropped."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView

from yzx_desktop.ui.jobs.thumbnails import ThumbnailProvider

SETTLE_MS = 60


class KeepVisible(QObject):
    """Tells ``thumbnails`` which jobs ``view`` shows, shortly after its scrolling stops."""

    def __init__(
        self,
        view: QAbstractItemView,
        thumbnails: ThumbnailProvider | None,
        visible_ids: Callable[[], Iterable[int]],
    ) -> None:
        super().__init__(view)
        self._view, self._thumbnails, self._visible_ids = view, thumbnails, visible_ids
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self._retain)
        view.verticalScrollBar().valueChanged.connect(self._timer.start)
        view.horizontalScrollBar().valueChanged.connect(self._timer.start)

    def poke(self) -> None:
        """The view moved or was resized: retain after it settles."""
        self._timer.start()

    def _retain(self) -> None:
        if self._thumbnails is not None and self._view.isVisible():
            self._thumbnails.retain(self._visible_ids())
