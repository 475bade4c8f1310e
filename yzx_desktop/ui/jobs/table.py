"""The jobs table widget: rows of jobs that drag out as files; stills only for rows in view."""

from __future__ import annotations

import sys

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from yzx_desktop.ui.jobs.drag import start_drag
from yzx_desktop.ui.jobs.table_model import COL_PROMPT, COL_TAGS, COL_TAKE, JOB_ROLE
from yzx_desktop.ui.jobs.thumbnails import ThumbnailProvider
from yzx_desktop.ui.jobs.visible import KeepVisible

TAKE_WIDTH = 44


class JobHeader(QHeaderView):
    """The columns' header. A layout saved before the Take and Tags columns existed brings
    them in as a new install would: Take after the prompt, Tags hidden."""

    def restoreState(self, state: QByteArray | bytes) -> bool:
        probe = QHeaderView(self.orientation())  # read the state without taking it on
        probe.setModel(self.model())
        try:
            if not probe.restoreState(state):
                return False
            default = probe.defaultSectionSize()
            older = (
                probe.visualIndex(COL_TAKE) == probe.count() - 2
                and probe.visualIndex(COL_TAGS) == probe.count() - 1
                and probe.sectionSize(COL_TAKE) == default
                and probe.sectionSize(COL_TAGS) == default
            )
            if not older:
                return super().restoreState(state)
            # Restoring an older state keeps its total length, and what Qt saves next could
            # not be restored: lay the sections out one by one instead.
            self._take_layout(probe)
            return True
        finally:
            probe.setModel(None)
            probe.deleteLater()

    def _take_layout(self, probe: QHeaderView) -> None:
        """``probe``'s order, sizes, visibility and sort, with Take after the prompt and Tags
        hidden, as a new install has them."""
        columns = range(self.count())
        order = sorted(columns, key=probe.visualIndex)
        order.remove(COL_TAKE)
        order.insert(order.index(COL_PROMPT) + 1, COL_TAKE)
        for visual, column in enumerate(order):
            self.moveSection(self.visualIndex(column), visual)
        for column in columns:
            hidden = column == COL_TAGS or probe.isSectionHidden(column)
            self.setSectionHidden(column, hidden)
            if column != COL_TAKE:
                self.setSectionResizeMode(column, probe.sectionResizeMode(column))
            if not hidden and column != COL_TAKE:
                self.resizeSection(column, probe.sectionSize(column))
        self.resizeSection(COL_TAKE, TAKE_WIDTH)
        self.setSortIndicator(probe.sortIndicatorSection(), probe.sortIndicatorOrder())


def python_made_viewport() -> QWidget:
    """A viewport as Qt makes it, but made here, so PySide knows its class.

    The first time Python meets a widget Qt made (``viewport()``), PySide creates the type of
    every QWidget subclass to find which one it is: 7 ms before the window's first paint."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport


class JobTable(QTableView):
    """A QTableView whose drag is the videos' files (copy only) with the thumbnail."""

    def __init__(self, thumbnails: ThumbnailProvider | None, parent: QWidget | None = None):
        super().__init__(parent)
        viewport = python_made_viewport()
        self.setViewport(viewport)
        if sys.platform == "darwin":  # as Qt's own viewport: a long press is no scroll there
            viewport.ungrabGesture(Qt.GestureType.PanGesture)
        self._thumbnails = thumbnails
        header = JobHeader(Qt.Orientation.Horizontal, self)
        header.setSectionsClickable(True)  # as QTableView's own header: a click sorts
        self.setHorizontalHeader(header)
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
