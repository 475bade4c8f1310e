"""The gallery widget: a virtualised grid of job tiles (QListView in icon mode, uniform cells)
over the table's proxy and selection. Hovering a finished tile scrubs through its strip of
frames; dragging a tile drags its file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from yzx_desktop.jobs.model import JobState
from yzx_desktop.ui.gallery.delegate import TileDelegate
from yzx_desktop.ui.jobs.drag import start_drag
from yzx_desktop.ui.jobs.table_model import COL_THUMB, JOB_ROLE
from yzx_desktop.ui.jobs.thumbnails import STRIP_FRAMES, ThumbnailProvider
from yzx_desktop.ui.jobs.visible import KeepVisible


class GalleryView(QListView):
    """Tiles of the jobs; selection, keys and menus behave as in the table."""

    def __init__(self, thumbnails: ThumbnailProvider | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._thumbnails = thumbnails
        self.tiles = TileDelegate(thumbnails, self)
        self.setItemDelegate(self.tiles)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(0)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)  # hover scrub without a button held
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setTabKeyNavigation(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._apply_cell_size()
        self.keep_visible = KeepVisible(self, thumbnails, self.visible_job_ids)

    def _apply_cell_size(self) -> None:
        """Cells share the width evenly: as many tiles per line as fit, the rest spread."""
        self.tiles.set_font(self.font())
        cell = self.tiles.layout.cell
        scrollbar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        # as if the scroll bar showed (no flicker); Qt wraps a line a little before the edge
        room = self.contentsRect().width() - scrollbar - 2
        columns = max(1, room // cell.width())
        grid = QSize(max(cell.width(), room // columns), cell.height())
        if grid != self.gridSize():
            self.setGridSize(grid)
        self.verticalScrollBar().setSingleStep(max(8, cell.height() // 6))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_cell_size()

    def cell_size(self) -> QSize:
        return self.gridSize()

    # ---- what is in view -------------------------------------------------------------------
    def visible_rows(self) -> range:
        """Rows whose tiles are (at least partly) in the viewport."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return range(0)
        cell = self.cell_size()
        columns = max(1, self.viewport().width() // cell.width())
        first = self.indexAt(QPoint(cell.width() // 2, 1))
        if not first.isValid():
            return range(0)
        top = self.visualRect(first).top()  # at or above the viewport's top edge
        lines = -(-(self.viewport().height() - top) // cell.height())
        return range(first.row(), min(model.rowCount(), first.row() + lines * columns))

    def visible_job_ids(self) -> list[int]:
        model = self.model()
        return [model.index(row, 0).data(JOB_ROLE).id for row in self.visible_rows()]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_cell_size()
        self.keep_visible.poke()

    # ---- model changes ---------------------------------------------------------------------
    def dataChanged(self, topLeft, bottomRight, roles=()) -> None:
        """A tile shows most of its row: repaint it whichever column moved."""
        rows = range(topLeft.row(), bottomRight.row() + 1)
        if len(rows) > 64:
            self.viewport().update()
            return
        model = self.model()
        for row in rows:
            self.update(model.index(row, self.modelColumn(), topLeft.parent()))

    # ---- hover scrub -----------------------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        self.scrub_at(event.position().toPoint())

    def scrub_at(self, pos: QPoint) -> None:
        """Show the frame of the strip under ``pos`` in a finished tile's picture."""
        index = self.indexAt(pos)
        scrub = None
        if index.isValid():
            job = index.data(JOB_ROLE)
            picture = self.tiles.layout.at(self.visualRect(index), self.tiles.layout.picture)
            if job is not None and job.state is JobState.DONE and picture.contains(pos):
                fraction = (pos.x() - picture.left()) / max(1, picture.width() - 1)
                scrub = (index.row(), min(1.0, max(0.0, fraction)))
        self._set_scrub(scrub)

    def scrub_frame(self) -> int | None:
        """The strip frame the hovered tile shows, or None."""
        if self.tiles.scrub is None:
            return None
        return min(STRIP_FRAMES - 1, int(self.tiles.scrub[1] * STRIP_FRAMES))

    def _set_scrub(self, scrub: tuple[int, float] | None) -> None:
        old = self.tiles.scrub
        self.tiles.scrub = scrub
        frame = lambda s: None if s is None else (s[0], int(s[1] * STRIP_FRAMES))  # noqa: E731
        if frame(old) == frame(scrub) and (old is None) == (scrub is None):
            if scrub is not None:  # the position line moves within a frame
                self.update(self.model().index(scrub[0], self.modelColumn()))
            return
        for item in (old, scrub):
            if item is not None and item[0] < self.model().rowCount():
                self.update(self.model().index(item[0], self.modelColumn()))

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        self._set_scrub(None)

    # ---- drag out --------------------------------------------------------------------------
    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        start_drag(self, self._thumbnails)

    def setModel(self, model) -> None:
        super().setModel(model)
        self.setModelColumn(COL_THUMB)

    def current_job_index(self) -> QModelIndex:
        return self.currentIndex()
