"""The jobs table: a model that forwards engine events, a filter proxy, a progress delegate."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar

from yzx_desktop.jobs.model import ACTIVE_STATES, Job, JobState
from yzx_desktop.ui.jobs.thumbnails import ThumbnailProvider
from yzx_desktop.ui.texts import job_story, state_label

(
    COL_THUMB,
    COL_PROMPT,
    COL_MODEL,
    COL_STATE,
    COL_ELAPSED,
    COL_DURATION,
    COL_SIZE,
    COL_SEED,
    COL_CREATED,
    COL_FILE,
) = range(10)
COLUMN_COUNT = 10
JOB_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # True: an active job this relay is running

Index = QModelIndex | QPersistentModelIndex


def format_elapsed(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class JobTableModel(QAbstractTableModel):
    """Rows are jobs; the engine owns them, this model only forwards their changes."""

    def __init__(
        self, thumbnails: ThumbnailProvider | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []
        self._row_of: dict[int, int] = {}
        self._shown: list[tuple] = []  # what each row displayed, to emit only what moved
        self._thumbnails = thumbnails
        self._sort_column = COL_CREATED
        self._sort_order = Qt.SortOrder.DescendingOrder
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)
        self._relay = ""
        self._ticker = QTimer(self, interval=1000)  # runs only while a job is active
        self._ticker.timeout.connect(self._tick)

    # ---- contents --------------------------------------------------------------------------
    def set_jobs(self, jobs: list[Job]) -> None:
        self.beginResetModel()
        self._jobs = sorted(jobs, key=self._key, reverse=self._descending)
        self._reindex()
        self.endResetModel()
        if any(job.state in ACTIVE_STATES for job in self._jobs):
            self._ticker.start()

    def _reindex(self) -> None:
        self._row_of = {job.id: row for row, job in enumerate(self._jobs)}

    @property
    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _key(self, job: Job) -> Any:
        return sort_key(job, self._sort_column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python (one key per row), keeping selections through persistent indexes.

        Rows are not re-sorted as jobs progress: a row that jumps while it is being read is
        worse than a stale order; new jobs are inserted where the order puts them.
        """
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._jobs[index.row()].id for index in persistent]
        self._jobs.sort(key=self._key, reverse=self._descending)
        self._reindex()
        self.changePersistentIndexList(
            persistent,
            [self.index(self._row_of[i], p.column()) for i, p in zip(ids, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    def _insertion_row(self, job: Job) -> int:
        key = self._key(job)
        for row, other in enumerate(self._jobs):
            other_key = self._key(other)
            if (key > other_key) if self._descending else (key < other_key):
                return row
        return len(self._jobs)

    def upsert(self, job: Job) -> JobState | None:
        """Insert a new job or replace a known row's job by this newer copy, refreshing only
        the cells that differ (never a reset). Returns the row's previous state (``None`` for
        a new row). The engine hands out copies, so the old row is still the old job."""
        if job.state in ACTIVE_STATES and not self._ticker.isActive():
            self._ticker.start()
        row = self._row_of.get(job.id)
        if row is None:
            row = self._insertion_row(job)
            self.beginInsertRows(QModelIndex(), row, row)
            self._jobs.insert(row, job)
            self._row_of = {j.id: r for r, j in enumerate(self._jobs)}
            self.endInsertRows()
            return None
        old, self._jobs[row] = self._jobs[row], job
        changed = [
            c
            for c, (a, b) in enumerate(zip(self._cells(old), self._cells(job), strict=True))
            if a != b
        ]
        if changed:
            self.dataChanged.emit(self.index(row, min(changed)), self.index(row, max(changed)))
        return old.state

    def remove(self, job_id: int) -> None:
        row = self._row_of.get(job_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._jobs[row]
        self._row_of = {job.id: r for r, job in enumerate(self._jobs)}
        self.endRemoveRows()

    def job_at(self, row: int) -> Job:
        return self._jobs[row]

    def row_of(self, job_id: int) -> int | None:
        return self._row_of.get(job_id)

    def jobs(self) -> list[Job]:
        return list(self._jobs)

    def set_relay(self, base_url: str) -> None:
        """The relay this window talks to: active jobs of another relay show as waiting."""
        self._relay = base_url.rstrip("/")
        if self._jobs:
            top, bottom = self.index(0, COL_STATE), self.index(len(self._jobs) - 1, COL_STATE)
            self.dataChanged.emit(top, bottom)

    def is_waiting_elsewhere(self, job: Job) -> bool:
        """An unfinished job that belongs to another relay (or Base URL) than this one."""
        return bool(job.active and self._relay and not job.belongs_to(self._relay))

    @staticmethod
    def _cells(job: Job) -> tuple:
        """One comparable value per column: what the row shows."""
        return (
            job.file_path if job.state is JobState.DONE else None,
            job.prompt,
            job.model,
            (job.state, job.progress, job.bytes_done, job.error_kind, job.base_url),
            job.finished_at,
            job.duration,
            job.size_text,
            job.seed,
            job.created_at,
            job.file_path,
        )

    def _tick(self) -> None:
        """Elapsed time of active jobs moves every second: refresh only that column. With no
        active job left the ticker stops, so an idle window does not wake up for it."""
        active = False
        for row, job in enumerate(self._jobs):
            if job.state in ACTIVE_STATES:
                active = True
                index = self.index(row, COL_ELAPSED)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        if not active:
            self._ticker.stop()

    def _thumbnail_ready(self, job_id: int) -> None:
        row = self._row_of.get(job_id)
        if row is not None:
            index = self.index(row, COL_THUMB)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # ---- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            "",
            self.tr("Prompt"),
            self.tr("Model"),
            self.tr("State"),
            self.tr("Elapsed"),
            self.tr("Duration"),
            self.tr("Size"),
            self.tr("Seed"),
            self.tr("Created"),
            self.tr("File"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        job = self._jobs[index.row()]
        column = index.column()
        if role == JOB_ROLE:
            return job
        if role == PROGRESS_ROLE:
            return job.active and not self.is_waiting_elsewhere(job)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(job, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_THUMB:
            if job.state is JobState.DONE and job.file_path and self._thumbnails:
                return self._thumbnails.pixmap(job.id, job.file_path)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_STATE:
            icon = problem_icon(job)  # text-sized: the view's icon size is the thumbnails'
            return icon.pixmap(QSize(16, 16)) if icon is not None else None
        if role == Qt.ItemDataRole.FontRole and column == COL_STATE and job.state in _ATTENTION:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE:
            colour = _ATTENTION.get(job.state)
            return QApplication.palette().brush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_PROMPT:
                return job.prompt
            if column == COL_STATE:
                return "\n".join(t for t in (self._display(job, column), job_story(job)) if t)
            if column == COL_FILE:
                return job.file_path
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_ELAPSED,
            COL_DURATION,
            COL_SEED,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, job: Job, column: int) -> str | None:
        if column == COL_PROMPT:
            return " ".join(job.prompt.split())
        if column == COL_MODEL:
            return job.model
        if column == COL_STATE:
            if self.is_waiting_elsewhere(job):
                return self.tr("Waiting for its relay")
            if job.active and job.error_kind is not None and job.error_kind.is_connection:
                return self.tr("%1 · retrying").replace("%1", state_label(job.state))
            return state_label(job.state)
        if column == COL_ELAPSED:
            return "—" if self.is_waiting_elsewhere(job) else format_elapsed(job.elapsed())
        if column == COL_DURATION:
            return self.tr("%1 s").replace("%1", str(job.duration)) if job.duration else ""
        if column == COL_SIZE:
            return job.size_text
        if column == COL_SEED:
            return "" if job.seed is None else str(job.seed)
        if column == COL_CREATED:
            return time.strftime("%Y-%m-%d %H:%M", time.localtime(job.created_at))
        if column == COL_FILE:
            return Path(job.file_path).name if job.file_path else ""
        return None


# Rows that need the user: bold, an icon of their own, and a palette colour (never the only cue).
_ATTENTION = {
    JobState.FAILED: QPalette.ColorRole.LinkVisited,
    JobState.UNCERTAIN: QPalette.ColorRole.Link,
    JobState.STOPPED: QPalette.ColorRole.PlaceholderText,
}
_ICONS = {
    JobState.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    JobState.UNCERTAIN: QStyle.StandardPixmap.SP_MessageBoxQuestion,
    JobState.STOPPED: QStyle.StandardPixmap.SP_MediaStop,
}


def problem_icon(job: Job) -> QIcon | None:
    pixmap = _ICONS.get(job.state)
    return QApplication.style().standardIcon(pixmap) if pixmap is not None else None


def sort_key(job: Job, column: int) -> Any:
    """The Python value a column sorts by (ties broken by creation time)."""
    if column == COL_PROMPT:
        value: Any = job.prompt.lower()
    elif column == COL_MODEL:
        value = job.model
    elif column == COL_STATE:
        value = job.state.value
    elif column == COL_ELAPSED:
        value = job.elapsed()
    elif column == COL_DURATION:
        value = job.duration or 0
    elif column == COL_SIZE:
        value = job.size_text
    elif column == COL_SEED:
        value = -1 if job.seed is None else job.seed
    elif column == COL_FILE:
        value = job.file_path or ""
    else:
        return job.created_at
    return (value, job.created_at)


STATE_FILTERS: dict[str, frozenset[JobState] | None] = {
    "all": None,
    "active": ACTIVE_STATES,
    "done": frozenset({JobState.DONE}),
    "problems": frozenset({JobState.FAILED, JobState.UNCERTAIN, JobState.STOPPED}),
}


class JobFilterProxy(QSortFilterProxyModel):
    """Search text (prompt, model, task id, file) and a state group. Sorting is the source
    model's (one Python sort instead of a C++ sort calling back into Python per comparison)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._states: frozenset[JobState] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_needle", text.strip().lower()))

    def set_state_filter(self, key: str) -> None:
        self._refilter(lambda: setattr(self, "_states", STATE_FILTERS[key]))

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        job: Job = self.sourceModel().job_at(source_row)
        if self._states is not None and job.state not in self._states:
            return False
        if not self._needle:
            return True
        haystack = f"{job.prompt}\n{job.model}\n{job.task_id or ''}\n{job.file_path or ''}"
        return self._needle in haystack.lower()


class StateDelegate(QStyledItemDelegate):
    """Draws a progress bar with the state's name for active jobs."""

    def paint(self, painter, option, index) -> None:
        job: Job | None = index.data(JOB_ROLE)
        if job is None or not index.data(PROGRESS_ROLE):
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        height = min(option.rect.height() - 6, option.fontMetrics.height() + 8)
        bar.rect = option.rect.adjusted(4, 0, -4, 0)
        bar.rect.setHeight(height)
        bar.rect.moveTop(option.rect.top() + (option.rect.height() - height) // 2)
        bar.minimum, bar.maximum = 0, 100
        if job.state is JobState.DOWNLOADING and job.bytes_total:
            bar.progress = int(100 * job.bytes_done / job.bytes_total)
        elif job.state is JobState.RUNNING:
            bar.progress = job.progress
        else:
            bar.minimum = bar.maximum = bar.progress = 0  # busy indicator
        percent = f" {bar.progress}%" if bar.maximum else ""
        bar.text = f"{index.data(Qt.ItemDataRole.DisplayRole)}{percent}"
        bar.textVisible = True
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.palette = option.palette
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
