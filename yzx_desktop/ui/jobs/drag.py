"""Dragging finished videos out of the table or the gallery into a file manager or an editor:
the model's file URLs, always copied (the library keeps its file), the thumbnail as the
picture under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QDrag, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView

from yzx_desktop.ui.jobs.table_model import JOB_ROLE
from yzx_desktop.ui.jobs.thumbnails import ThumbnailProvider


def drag_pixmap(thumbnails: ThumbnailProvider | None, job_ids: list[int]) -> QPixmap | None:
    """The first job's poster, with the number of videos in a corner when there are more."""
    pixmap = None
    for job_id in job_ids:
        pixmap = thumbnails.cached(job_id) if thumbnails is not None else None
        if pixmap is not None:
            break
    if pixmap is None:
        return None
    pixmap = QPixmap(pixmap)  # a copy to draw on
    if len(job_ids) > 1:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = pixmap.deviceIndependentSize()
        text = str(len(job_ids))
        width = painter.fontMetrics().horizontalAdvance(text) + 12
        height = painter.fontMetrics().height() + 4
        painter.setBrush(QColor(0, 0, 0, 190))
        painter.setPen(Qt.PenStyle.NoPen)
        rect = (int(size.width()) - width - 4, 4, width, height)
        painter.drawRoundedRect(*rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(*rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
    return pixmap


def start_drag(view: QAbstractItemView, thumbnails: ThumbnailProvider | None) -> None:
    """Drag the selected rows' videos; nothing happens when none of them has a file."""
    selection = view.selectionModel()
    model = view.model()
    if selection is None or model is None:
        return
    rows = sorted({index.row() for index in selection.selectedIndexes()})
    indexes = [model.index(row, 0) for row in rows]
    data = model.mimeData(indexes)
    if data is None or not data.hasUrls():
        return
    drag = QDrag(view)
    drag.setMimeData(data)
    job_ids = [job.id for index in indexes if (job := index.data(JOB_ROLE)) and job.has_video]
    pixmap = drag_pixmap(thumbnails, job_ids)
    if pixmap is not None:
        drag.setPixmap(pixmap)
        size = pixmap.deviceIndependentSize()
        drag.setHotSpot(QPoint(int(size.width()) // 2, int(size.height()) // 2))
    drag.exec(Qt.DropAction.CopyAction, Qt.DropAction.CopyAction)
