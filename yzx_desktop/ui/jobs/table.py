"""The jobs table widget: rows of jobs that drag out as files; stills only for rows in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from yzx_desktop.ui.jobs.drag import start_drag
from yzx_desktop.ui.jobs.table_model import JOB_ROLE
from yzx_desktop.ui.jobs.thumbnails import ThumbnailProvider
from yzx_desktop.ui.jobs.visible import KeepVisible


class JobTable(QTableView):
    """A QTableView whose drag is the videos' files (copy only) with the thumbnail."""

    def __init__(self, thumbnails: ThumbnailProvider | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._thumbnails = thumbnails
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.keep_visible = KeepVisible(self, thumbnails, self.visible_job_ids)

    def visible_job_ids(self) -> list[int]:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return []
        first = max(0, self.rowAt(0))
        last = self.rowAt(self.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        return [model.index(row, 0).data(JOB_ROLE).id for row in range(first, last + 1)]

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        start_drag(self, self._thumbnails)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.keep_visible.poke()
