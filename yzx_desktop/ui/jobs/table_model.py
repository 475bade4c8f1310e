"""The jobs table: a model that forwards engine events, a filter proxy, a progress delegate."""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar

from yzx_desktop.jobs.library import matches
from yzx_desktop.jobs.model import ACTIVE_STATES, NEEDS_ATTENTION, Job, JobState
from yzx_desktop.jobs.takes import SetProgress, set_progress
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
    COL_TAKE,
    COL_TAGS,
) = range(12)
COLUMN_COUNT = 12
JOB_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # True: an active job this relay is running
TAKE_ROLE = Qt.ItemDataRole.UserRole + 3  # TakeInfo of a job in a set of takes, else None
URI_LIST = "text/uri-list"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TakeInfo:
    """A job's place in its set of takes and how the whole set is doing."""

    set_id: str
    index: int  # 1-based, within its variant in a sweep
    total: int  # takes of the set, or of its variant in a sweep
    progress: SetProgress  # of the whole set
    variant: str = ""  # in a sweep: the model, or the length, this take was made with


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
        self._sets: dict[str, dict[int, Job]] = {}  # each set of takes, by job id
        self._anchors: dict[str, float] = {}  # each set's first creation time: its place
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
        self._sets, self._anchors = {}, {}
        for job in jobs:
            self._join_set(job)
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
        """The column's value, then the set (placed by its first take) and the take in it, so
        the takes of a set stay together, first take first, whichever way the sort goes."""
        if job.take_set:
            take = job.take_index or 0
            group = (
                self._anchors.get(job.take_set, job.created_at),
                job.take_set,
                -take if self._descending else take,
            )
        else:
            group = (job.created_at, "", 0)
        if self._sort_column == COL_CREATED:
            return group
        return (sort_key(job, self._sort_column)[0], *group)

    def _join_set(self, job: Job) -> None:
        if job.take_set and job.id is not None:
            self._sets.setdefault(job.take_set, {})[job.id] = job
            anchor = self._anchors.get(job.take_set)
            if anchor is None or job.created_at < anchor:
                self._anchors[job.take_set] = job.created_at

    def _leave_set(self, job: Job) -> None:
        members = self._sets.get(job.take_set or "")
        if members is not None:
            members.pop(job.id, None)
            if not members:
                del self._sets[job.take_set]

    def take_info(self, job: Job) -> TakeInfo | None:
        """Where ``job`` stands in its set of takes, or None for a single job."""
        members = self._sets.get(job.take_set or "")
        if not members:
            return None
        progress = set_progress(members.values())
        models = {j.model for j in members.values()}
        durations = {j.duration for j in members.values()}
        if len(models) == 1 and len(durations) == 1:
            total = max(len(members), max(j.take_index or 0 for j in members.values()))
            return TakeInfo(job.take_set or "", job.take_index or 0, total, progress)
        # A sweep: number the takes within their model (or length), and name it.
        same = sorted(
            j.take_index or 0
            for j in members.values()
            if (j.model, j.duration) == (job.model, job.duration)
        )
        variant = job.model if len(models) > 1 else self.tr("%1 s").replace("%1", str(job.duration))
        return TakeInfo(
            job.take_set or "", same.index(job.take_index or 0) + 1, len(same), progress, variant
        )

    def set_members(self, set_id: str) -> list[Job]:
        """The jobs of a set of takes, in take order."""
        return sorted(self._sets.get(set_id, {}).values(), key=lambda j: j.take_index or 0)

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
            self._join_set(job)
            self._refresh_set(job.take_set, skip=job.id)
            row = self._insertion_row(job)
            self.beginInsertRows(QModelIndex(), row, row)
            self._jobs.insert(row, job)
            self._row_of = {j.id: r for r, j in enumerate(self._jobs)}
            self.endInsertRows()
            return None
        old, self._jobs[row] = self._jobs[row], job
        if old.take_set != job.take_set:
            self._leave_set(old)
        self._join_set(job)
        changed = [
            c
            for c, (a, b) in enumerate(zip(self._cells(old), self._cells(job), strict=True))
            if a != b
        ]
        if changed:
            self.dataChanged.emit(self.index(row, min(changed)), self.index(row, max(changed)))
        if (old.state, old.progress) != (job.state, job.progress) or old.take_set != job.take_set:
            self._refresh_set(old.take_set, skip=job.id)
            if job.take_set != old.take_set:
                self._refresh_set(job.take_set, skip=job.id)
        return old.state

    def _refresh_set(self, set_id: str | None, skip: int | None) -> None:
        """The other takes of a set show the set's progress: refresh their take cell."""
        for job_id in self._sets.get(set_id or "", {}):
            row = self._row_of.get(job_id)
            if row is not None and job_id != skip:
                index = self.index(row, COL_TAKE)
                self.dataChanged.emit(index, index)

    def remove(self, job_id: int) -> None:
        row = self._row_of.get(job_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        job = self._jobs[row]
        self._leave_set(job)
        del self._jobs[row]
        self._row_of = {job.id: r for r, job in enumerate(self._jobs)}
        self.endRemoveRows()
        self._refresh_set(job.take_set, skip=job_id)

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
            (job.prompt, job.starred, tuple(job.tags)),
            job.model,
            (job.state, job.progress, job.bytes_done, job.error_kind, job.base_url),
            job.finished_at,
            job.duration,
            job.size_text,
            job.seed,
            job.created_at,
            job.file_path,
            (job.take_set, job.take_index),
            tuple(job.tags),
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
            self.tr("Take"),
            self.tr("Tags"),
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
        if role == TAKE_ROLE:
            return self.take_info(job)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(job, column)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_THUMB:
            if job.state is JobState.DONE and job.file_path and self._thumbnails:
                return self._thumbnails.pixmap(job.id, job.file_path)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_TAKE and job.take_set:
            return set_swatch(job.take_set)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_THUMB:
            return self._spoken(job)
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
            if column in (COL_PROMPT, COL_TAGS):
                return self._prompt_tip(job)
            if column == COL_THUMB:  # the gallery's tiles
                return f"{self._prompt_tip(job)}\n{self._display(job, COL_STATE)}"
            if column == COL_TAKE:
                return self.take_tip(job)
            if column == COL_STATE:
                return "\n".join(t for t in (self._display(job, column), job_story(job)) if t)
            if column == COL_FILE:
                return job.file_path
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_ELAPSED,
            COL_DURATION,
            COL_SEED,
            COL_TAKE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, job: Job, column: int) -> str | None:
        if column == COL_PROMPT:
            prompt = " ".join(job.prompt.split())
            return f"★ {prompt}" if job.starred else prompt
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
        if column == COL_TAKE:
            info = self.take_info(job)
            return f"{info.index}/{info.total}" if info else ""
        if column == COL_TAGS:
            return tags_text(job)
        return None

    def _spoken(self, job: Job) -> str:
        """What a screen reader says for a gallery tile: prompt, state, take, star, tags."""
        parts = [" ".join(job.prompt.split()), self._display(job, COL_STATE) or ""]
        parts.append(self.take_tip(job))
        if job.starred:
            parts.append(self.tr("Starred"))
        parts.append(tags_text(job))
        return ", ".join(p for p in parts if p)

    def _prompt_tip(self, job: Job) -> str:
        lines = [job.prompt]
        if job.starred:
            lines.append(self.tr("★ Starred"))
        if job.tags:
            lines.append(self.tr("Tags: %1").replace("%1", tags_text(job)))
        tip = self.take_tip(job)
        if tip:
            lines.append(tip)
        return "\n".join(lines)

    def take_tip(self, job: Job) -> str:
        """``Take 2 of 4 · 3 of 4 done · 1 failed``, or nothing for a single job."""
        info = self.take_info(job)
        if info is None:
            return ""
        take = self.tr("Take %1 of %2").replace("%1", str(info.index))
        parts = (take.replace("%2", str(info.total)), info.variant, set_summary(info.progress))
        return " · ".join(part for part in parts if part)

    # ---- drag and drop: file URLs of finished videos, copied (the library keeps its file) ----
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            job = self._jobs[index.row()]
            if job.state is JobState.DONE and job.file_path:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [URI_LIST]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData | None:
        """``text/uri-list`` of the finished videos among these rows whose file exists (None
        when there is none: no drag starts)."""
        urls, seen = [], set()
        for index in indexes:
            if not index.isValid() or index.row() in seen:
                continue
            seen.add(index.row())
            job = self._jobs[index.row()]
            if job.has_video:
                urls.append(QUrl.fromLocalFile(str(Path(job.file_path or "").resolve())))
        if not urls:
            return None
        data = QMimeData()
        data.setUrls(urls)
        return data


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


def set_colour(set_id: str, dark: bool) -> tuple[QColor, QColor]:
    """A set's colour and the text colour that reads on it, the same for the set everywhere."""
    hue = zlib.crc32(set_id.encode()) % 360
    if dark:
        return QColor.fromHsv(hue, 150, 130), QColor("white")
    return QColor.fromHsv(hue, 80, 240), QColor("black")


_swatches: dict[str, QPixmap] = {}


def set_swatch(set_id: str) -> QPixmap:
    """A small square of the set's colour: the table's mark for the takes of one set."""
    swatch = _swatches.get(set_id)
    if swatch is None:
        swatch = QPixmap(10, 10)
        swatch.fill(set_colour(set_id, dark=False)[0].darker(115))
        if len(_swatches) > 512:
            _swatches.clear()
        _swatches[set_id] = swatch
    return swatch


def tags_text(job: Job) -> str:
    return " ".join(f"#{tag}" for tag in job.tags)


def set_summary(progress: SetProgress) -> str:
    """``3 of 4 done``, with failures and the running set's percent when there are any."""
    done = QCoreApplication.translate("JobTableModel", "%1 of %2 done")
    parts = [done.replace("%1", str(progress.done)).replace("%2", str(progress.total))]
    if progress.failed:
        failed = QCoreApplication.translate("JobTableModel", "%1 failed")
        parts.append(failed.replace("%1", str(progress.failed)))
    if progress.active:
        parts.append(f"{progress.percent}%")
    return " · ".join(parts)


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


# The filter menu's entries: which jobs each keeps (None: all).
JOB_FILTERS: dict[str, Callable[[Job], bool] | None] = {
    "all": None,
    "active": lambda job: job.state in ACTIVE_STATES,
    "done": lambda job: job.state is JobState.DONE,
    "problems": lambda job: job.state in NEEDS_ATTENTION,
    "starred": lambda job: job.starred,
}


class JobFilterProxy(QSortFilterProxyModel):
    """Search (``library.matches``: prompt, model, tags, task id, file; ``#tag``; ``★``) and one
    of ``JOB_FILTERS``. Sorting is the source model's (one Python sort instead of a C++ sort calling
    back into Python per comparison)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._keeps: Callable[[Job], bool] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_needle", text.strip().lower()))

    def set_state_filter(self, key: str) -> None:
        """One of ``JOB_FILTERS``: a group of states, or the starred jobs."""
        self._refilter(lambda: setattr(self, "_keeps", JOB_FILTERS[key]))

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
        if self._keeps is not None and not self._keeps(job):
            return False
        return not self._needle or matches(job, self._needle)


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
