"""The jobs view: search, state filter, the table with its header menu or the gallery (built on
first use), the empty hint and the selection both views share. It shows jobs; what happens to
them is the commands' business."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from yzx_desktop.jobs.model import Job
from yzx_desktop.ui.jobs.mode_switch import ModeSwitch
from yzx_desktop.ui.jobs.table import TAKE_WIDTH, JobTable
from yzx_desktop.ui.jobs.table_model import (
    COL_CREATED,
    COL_DURATION,
    COL_ELAPSED,
    COL_FILE,
    COL_MODEL,
    COL_PROMPT,
    COL_SEED,
    COL_SIZE,
    COL_STATE,
    COL_TAGS,
    COL_TAKE,
    COL_THUMB,
    JOB_ROLE,
    JobFilterProxy,
    JobTableModel,
    StateDelegate,
)
from yzx_desktop.ui.jobs.thumbnails import ThumbnailProvider

if TYPE_CHECKING:
    from yzx_desktop.ui.gallery.view import GalleryView

# Fixed columns take what they need; the prompt takes the rest (at least PROMPT_MIN_WIDTH).
COLUMN_WIDTHS = {
    COL_THUMB: 104,
    COL_MODEL: 124,
    COL_STATE: 176,
    COL_ELAPSED: 60,
    COL_DURATION: 56,
    COL_SIZE: 88,
    COL_SEED: 84,
    COL_CREATED: 124,
    COL_FILE: 120,
    COL_TAKE: TAKE_WIDTH,
    COL_TAGS: 140,
}
PROMPT_MIN_WIDTH = 220
HIDDEN_BY_DEFAULT = (COL_SEED, COL_FILE, COL_ELAPSED, COL_TAGS)
MODES = ("table", "gallery")


class JobsView(QWidget):
    """Search box, state filter and the table or the gallery over one :class:`JobTableModel`,
    one filter proxy and one selection model."""

    selectionChanged = Signal()
    contextMenuRequested = Signal(object)  # QPoint in global coordinates
    activated = Signal(object)  # Job: double click or Enter
    modeChanged = Signal(str)  # "table" or "gallery"

    def __init__(self, thumbnails: ThumbnailProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.model = JobTableModel(thumbnails, self)
        self.proxy = JobFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        clear = QAction(self.search)  # Escape in the search empties it, then leaves it
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self._escape_search)
        self.search.addAction(clear)
        self.state_filter = QComboBox()
        self.table = JobTable(thumbnails)
        self.gallery: GalleryView | None = None  # built on first use (start time is budgeted)
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.empty_hint = QLabel(self.table.viewport())
        self.filter_note = QLabel(wordWrap=True)
        self.filter_note.setTextFormat(Qt.TextFormat.RichText)
        self.filter_note.linkActivated.connect(lambda _link: self.clear_filters())
        self.filter_note.hide()
        self._build_table()
        self._build_mode_switch()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.state_filter)
        filters.addSpacing(4)
        filters.addWidget(self.mode_switch)
        filters.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.filter_note)
        layout.addWidget(self.views, 1)
        self.search.textChanged.connect(self._filter_changed)
        self.state_filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().selectionChanged.connect(self.selectionChanged)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self._connect_view(self.table)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_empty_hint)
        self.retranslate()

    def _build_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(COL_STATE, StateDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.horizontalHeader().setSortIndicator(COL_CREATED, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(58)
        table.setIconSize(QSize(96, 54))
        header = table.horizontalHeader()
        header.moveSection(header.visualIndex(COL_TAKE), header.visualIndex(COL_PROMPT) + 1)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PROMPT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        for column in HIDDEN_BY_DEFAULT:
            header.setSectionHidden(column, True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        table.viewport().installEventFilter(self)  # the hint follows the viewport's size
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)  # drawn in the palette's disabled text colour
        self.menu_key = QAction(table)  # Shift+F10 opens the job menu (Qt handles the Menu key)
        self.menu_key.setShortcut(QKeySequence("Shift+F10"))
        self.menu_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.menu_key.triggered.connect(self._menu_at_current)
        table.addAction(self.menu_key)
        table.installEventFilter(self)  # Enter activates; actions added to it reach the gallery

    def _build_mode_switch(self) -> None:
        self.mode_switch = ModeSwitch()
        self.mode_switch.requested.connect(lambda mode: self.set_mode(mode, focus=True))
        switch = self.mode_switch  # its actions and buttons, for the window's View menu
        self.act_table, self.act_gallery = switch.act_table, switch.act_gallery
        self.table_button, self.gallery_button = switch.table_button, switch.gallery_button

    def _connect_view(self, view: QAbstractItemView) -> None:
        view.doubleClicked.connect(lambda index: self.activated.emit(index.data(JOB_ROLE)))
        view.customContextMenuRequested.connect(
            lambda pos, v=view: self.contextMenuRequested.emit(v.viewport().mapToGlobal(pos))
        )

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search prompt, model, #tag, ★ starred…  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search jobs"))
        self.search.setToolTip(
            self.tr(
                "Show only jobs whose prompt, model, tags, task id or file contain every word. "
                "#word matches tags only; ★ keeps starred results."
            )
        )
        self.mode_switch.retranslate()
        current = self.state_filter.currentData() or "all"
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        for key, label in (
            ("all", self.tr("All jobs")),
            ("active", self.tr("Active")),
            ("done", self.tr("Done")),
            ("problems", self.tr("Needs attention")),
            ("starred", self.tr("★ Starred")),
        ):
            self.state_filter.addItem(label, key)
        self.state_filter.setCurrentIndex(self.state_filter.findData(current))
        self.state_filter.blockSignals(False)
        self.state_filter.setAccessibleName(self.tr("State filter"))
        self.state_filter.setToolTip(self.tr("Show jobs in these states, or the starred ones"))
        self.table.setAccessibleName(self.tr("Jobs"))
        self.table.setToolTip(
            self.tr("Your jobs. Right-click or the menu key for actions; Space plays the preview.")
        )
        if self.gallery is not None:
            self.gallery.setAccessibleName(self.tr("Results"))
            self.gallery.setToolTip(
                self.tr(
                    "Your results. Move the pointer across a picture to look through the video; "
                    "double-click or Enter opens it; drag it into another program."
                )
            )
        self._update_empty_hint()

    # ---- filtering -------------------------------------------------------------------------
    def _filter_changed(self) -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_state_filter(self.state_filter.currentData() or "all")
        self._update_empty_hint()

    def _escape_search(self) -> None:
        if self.search.text():
            self.search.clear()
        else:
            self.current_view().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def is_filtered(self) -> bool:
        state = self.state_filter.currentData() or "all"
        return bool(self.search.text().strip()) or state != "all"

    def clear_filters(self) -> None:
        self.search.clear()
        self.state_filter.setCurrentIndex(self.state_filter.findData("all"))

    def note_hidden_job(self, job: Job) -> None:
        """A new job the search or filter hides: say so, with the way to see it."""
        row = self.model.row_of(job.id)
        if row is None:
            return
        if self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.filter_note.hide()
            return
        text = self.tr("Job %1 was added, but the search or filter hides it.").replace(
            "%1", str(job.id)
        )
        show_all = self.tr("Show all jobs")
        self.filter_note.setText(f'{text} <a href="#all">{show_all}</a>')
        self.filter_note.show()

    def _update_empty_hint(self) -> None:
        if self.proxy.rowCount() and not self.is_filtered():
            self.filter_note.hide()
        empty = self.proxy.rowCount() == 0
        if empty:
            self.empty_hint.setText(
                self.tr("No job matches the search or filter.")
                if self.model.rowCount() > 0
                else self.tr(
                    "No jobs yet.\nType a prompt on the left and press Ctrl+Enter.\n"
                    "Finished videos appear here and play below."
                )
            )
            self.empty_hint.setGeometry(self.current_view().viewport().rect())
        self.empty_hint.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self.empty_hint.parent():
            self.empty_hint.setGeometry(self.current_view().viewport().rect())
        elif kind == QEvent.Type.KeyPress and watched in (self.table, self.gallery):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                index = watched.currentIndex()
                if index.isValid():
                    self.activated.emit(index.data(JOB_ROLE))
                    return True
        elif watched is self.table and self.gallery is not None:
            if kind == QEvent.Type.ActionAdded:  # the window's Space, for instance
                self.gallery.insertAction(None, event.action())
            elif kind == QEvent.Type.ActionRemoved:
                self.gallery.removeAction(event.action())
        return super().eventFilter(watched, event)

    # ---- table or gallery ------------------------------------------------------------------
    def mode(self) -> str:
        """``"table"`` or ``"gallery"``."""
        return (
            "gallery"
            if self.gallery is not None and self.views.currentWidget() is self.gallery
            else "table"
        )

    def current_view(self) -> QAbstractItemView:
        return self.gallery if self.mode() == "gallery" and self.gallery else self.table

    def set_mode(self, mode: str, *, focus: bool = False) -> None:
        """Show the table or the gallery. The selection and current job stay (one selection
        model); the view shown takes the focus when the other had it, or when ``focus``."""
        if mode not in MODES:
            raise ValueError(f"unknown jobs view mode: {mode!r}")
        self.mode_switch.show_mode(mode)
        if mode == self.mode():
            if focus:  # Ctrl+2 in the grid: to the grid
                self.current_view().setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        before = self.current_view()
        had_focus = before.hasFocus() or self.isAncestorOf(self.focusWidget() or self)
        view = self._ensure_gallery() if mode == "gallery" else self.table
        self.views.setCurrentWidget(view)
        self.empty_hint.setParent(view.viewport())
        view.viewport().installEventFilter(self)
        self._update_empty_hint()
        current = self.table.selectionModel().currentIndex()
        if current.isValid():
            view.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)
        if focus or had_focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.modeChanged.emit(mode)

    def _ensure_gallery(self) -> GalleryView:
        if self.gallery is None:
            from yzx_desktop.ui.gallery.view import GalleryView

            gallery = GalleryView(self.thumbnails)
            gallery.setModel(self.proxy)
            gallery.setSelectionModel(self.table.selectionModel())  # one selection for both
            self._connect_view(gallery)
            gallery.installEventFilter(self)
            for action in self.table.actions():  # Shift+F10, and the window's Space
                gallery.addAction(action)
            self.views.addWidget(gallery)
            QWidget.setTabOrder(self.table, gallery)  # Tab reaches the grid where the table was
            self.gallery = gallery
            self.retranslate()
        return self.gallery

    def _header_menu(self, position) -> None:
        """Right-click on the header: choose which columns to show."""
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for column in range(1, self.model.columnCount()):
            action = menu.addAction(
                self.model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
                )
            )
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != COL_PROMPT)
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.popup(header.mapToGlobal(position))

    def _menu_at_current(self) -> None:
        view = self.current_view()
        index = view.currentIndex()
        if index.isValid():
            rect = view.visualRect(index)
            self.contextMenuRequested.emit(view.viewport().mapToGlobal(rect.center()))

    # ---- selection -------------------------------------------------------------------------
    def _current_changed(self, current, _previous) -> None:
        """A current row with nothing selected becomes the selection (Tab into the views).
        Otherwise the views select as usual: arrows select, and Ctrl+click or Ctrl+arrows
        then Ctrl+Space build a selection of rows that are not neighbours."""
        selection = self.table.selectionModel()
        if current.isValid() and not selection.hasSelection():
            selection.select(
                current,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.current_view().setFocus()

    def selected_jobs(self) -> list[Job]:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection else []
        return [index.data(JOB_ROLE) for index in rows]

    def selected(self) -> Job | None:
        """The job the actions act on: the current row when selected, else the first."""
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return index.siblingAtColumn(0).data(JOB_ROLE)
        jobs = self.selected_jobs()
        return jobs[0] if jobs else None

    def select_jobs(self, job_ids: list[int]) -> int:
        """Select these jobs (the first becomes current); how many could be selected."""
        flags = QItemSelectionModel.SelectionFlag
        selection = self.table.selectionModel()
        selected = 0
        for job_id in job_ids:
            row = self.model.row_of(job_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
            if index is None or not index.isValid():
                continue
            mode = flags.Select if selected else flags.ClearAndSelect
            if not selected:
                selection.setCurrentIndex(index, mode | flags.Rows)
                self.current_view().scrollTo(index)
            else:
                selection.select(index, mode | flags.Rows)
            selected += 1
        return selected

    def select_job(self, job_id: int) -> bool:
        row = self.model.row_of(job_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.current_view().scrollTo(index)
        return True
