"""The studio window: compose on the left, jobs and preview on the right."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QSystemTrayIcon,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from yzx_desktop import APP_NAME
from yzx_desktop.api.types import CreateRequest
from yzx_desktop.jobs.model import ACTIVE_STATES, Job, JobState
from yzx_desktop.logs import log_file
from yzx_desktop.profiles.request_body import RequestRefused
from yzx_desktop.settings import save_settings
from yzx_desktop.ui.aio import modal, spawn
from yzx_desktop.ui.compose import ComposePanel
from yzx_desktop.ui.job_table import (
    COL_CREATED,
    COL_DURATION,
    COL_ELAPSED,
    COL_FILE,
    COL_MODEL,
    COL_PROMPT,
    COL_SEED,
    COL_SIZE,
    COL_STATE,
    COL_THUMB,
    JOB_ROLE,
    JobFilterProxy,
    JobTableModel,
    StateDelegate,
)
from yzx_desktop.ui.preview import PreviewPanel
from yzx_desktop.ui.session import Session
from yzx_desktop.ui.texts import explanation, refusal_text, state_label
from yzx_desktop.ui.thumbnails import ThumbnailProvider

logger = logging.getLogger(__name__)

COLUMN_WIDTHS = {
    COL_THUMB: 104,
    COL_MODEL: 104,
    COL_STATE: 160,
    COL_ELAPSED: 64,
    COL_DURATION: 64,
    COL_SIZE: 84,
    COL_SEED: 84,
    COL_CREATED: 124,
    COL_FILE: 150,
}


class MainWindow(QMainWindow):
    closed = Signal()  # the user closed the window and confirmed

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.confirm_close = True
        self.thumbnails = ThumbnailProvider()
        self.model = JobTableModel(self.thumbnails)
        self.proxy = JobFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.compose = ComposePanel(session.catalog)
        self.preview = PreviewPanel()
        self.table = QTableView()
        self.search = QLineEdit()
        self.state_filter = QComboBox()
        self.counts_label = QLabel()
        self.connection_label = QLabel()
        self.tray: QSystemTrayIcon | None = None
        self._build_table()
        self._build_layout()
        self._build_actions()
        self._build_menus()
        self._connect()
        self.retranslate()
        self._restore_geometry()
        self.model.set_jobs(session.store.all())
        self.compose.set_model(session.settings.last_model)
        self.compose.set_duration(session.settings.last_duration or 5)
        if session.settings.last_size:
            self.compose.set_size(session.settings.last_size)
        self._update_counts()
        self._update_actions()
        self._setup_tray()
        self.compose.prompt_edit.setFocus()

    # ---- construction ----------------------------------------------------------------------
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
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(58)
        table.setIconSize(QSize(96, 54))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PROMPT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.empty_hint = QLabel(table.viewport())
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)  # drawn in the palette's disabled text colour

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.state_filter)
        jobs = QWidget()
        jobs_layout = QVBoxLayout(jobs)
        jobs_layout.setContentsMargins(0, 0, 0, 0)
        jobs_layout.addLayout(filters)
        jobs_layout.addWidget(self.table, 1)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(jobs)
        self.right_splitter.addWidget(self.preview)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.compose)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.main_splitter)
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.connection_label)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        width, height = min(1440, screen.width() - 40), min(900, screen.height() - 40)
        self.setMinimumSize(760, 520)
        self.resize(width, height)
        self.main_splitter.setSizes([310, width - 310])
        self.right_splitter.setSizes([height * 5 // 9, height * 4 // 9])

    def _action(self, slot, shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_preview = self._action(self.preview_selected)
        self.act_save_as = self._action(lambda: spawn(self.save_selected_as()), "Ctrl+Shift+S")
        self.act_show = self._action(self.show_selected_in_folder)
        self.act_copy_prompt = self._action(self.copy_prompt, "Ctrl+Shift+C")
        self.act_reuse = self._action(self.reuse_selected, "Ctrl+R")
        self.act_continue = self._action(lambda: spawn(self.continue_selected()), "Ctrl+Shift+N")
        self.act_use_frame = self._action(self.use_preview_frame)
        self.act_submit_again = self._action(lambda: spawn(self.submit_selected_again()))
        self.act_stop = self._action(self.stop_selected)
        self.act_track = self._action(self.track_selected_again)
        self.act_adopt = self._action(lambda: spawn(self.adopt_task_id()))
        self.act_remove = self._action(lambda: spawn(self.remove_selected()), "Delete")
        self.act_copy_id = self._action(self.copy_task_id)
        self.act_details = self._action(self.show_details, "Ctrl+I")
        self.act_settings = self._action(
            lambda: spawn(self.open_settings()), QKeySequence.StandardKey.Preferences
        )
        self.act_refresh = self._action(lambda: spawn(self.session.refresh_models()), "F5")
        self.act_library = self._action(self.open_library)
        self.act_logs = self._action(self.open_logs)
        self.act_about = self._action(self.show_about)
        self.act_quit = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.act_find = self._action(lambda: self.search.setFocus(), QKeySequence.StandardKey.Find)
        self.act_play = self._action(self.preview.toggle_play)
        for widget in (self.table, self.preview):  # Space plays where typing is not expected
            play = QAction(widget)
            play.setShortcut(QKeySequence(Qt.Key.Key_Space))
            play.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            play.triggered.connect(self.preview.toggle_play)
            widget.addAction(play)
        self.job_actions = [
            self.act_preview,
            self.act_save_as,
            self.act_show,
            self.act_copy_prompt,
            self.act_reuse,
            self.act_continue,
            self.act_use_frame,
            self.act_submit_again,
            self.act_stop,
            self.act_track,
            self.act_adopt,
            self.act_remove,
            self.act_copy_id,
            self.act_details,
        ]
        toolbar = QToolBar()
        toolbar.setObjectName("jobs-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.act_preview,
            self.act_save_as,
            self.act_show,
            self.act_reuse,
            self.act_continue,
            self.act_submit_again,
            self.act_details,
        ):
            toolbar.addAction(action)
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.act_settings, self.act_library, self.act_logs):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.jobs_menu = bar.addMenu("")
        self._fill_job_menu(self.jobs_menu)
        self.jobs_menu.addSeparator()
        self.jobs_menu.addAction(self.act_refresh)
        self.jobs_menu.addAction(self.act_find)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.act_about)

    def _fill_job_menu(self, menu: QMenu) -> None:
        for group in (
            (self.act_preview, self.act_save_as, self.act_show),
            (self.act_copy_prompt, self.act_copy_id, self.act_reuse),
            (self.act_continue, self.act_use_frame),
            (self.act_submit_again, self.act_adopt, self.act_stop, self.act_track),
            (self.act_remove, self.act_details),
        ):
            for action in group:
                menu.addAction(action)
            menu.addSeparator()

    def _connect(self) -> None:
        self.session.jobChanged.connect(self._job_changed)
        self.session.connectionChanged.connect(self._connection_changed)
        self.session.modelsChanged.connect(self.compose.set_models)
        self.compose.generateRequested.connect(self.generate)
        self.compose.refreshModelsRequested.connect(lambda: spawn(self.session.refresh_models()))
        self.search.textChanged.connect(self.proxy.set_search)
        self.state_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_state_filter(self.state_filter.currentData())
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self.show_details())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)
        self.proxy.modelReset.connect(self._update_empty_hint)
        self.proxy.layoutChanged.connect(self._update_empty_hint)

    def retranslate(self) -> None:
        title = APP_NAME + (
            " — " + self.tr("DEMO (simulated relay, no cost)") if self.session.demo else ""
        )
        self.setWindowTitle(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.jobs_menu.setTitle(self.tr("&Jobs"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Job actions"))
        texts = {
            self.act_preview: (self.tr("&Preview"), self.tr("Play the selected video")),
            self.act_save_as: (self.tr("Save &As…"), self.tr("Save a copy of the video")),
            self.act_show: (self.tr("Show in &Folder"), self.tr("Open the folder with the video")),
            self.act_copy_prompt: (self.tr("&Copy Prompt"), self.tr("Copy the prompt text")),
            self.act_reuse: (
                self.tr("&Reuse Settings"),
                self.tr("Fill the compose panel with this job's settings"),
            ),
            self.act_continue: (
                self.tr("Co&ntinue This Shot"),
                self.tr("A new shot that starts from this video's last frame"),
            ),
            self.act_use_frame: (
                self.tr("&Use Frame as First Frame"),
                self.tr("Put the preview's current frame into the first-frame slot"),
            ),
            self.act_submit_again: (
                self.tr("Submit &Again…"),
                self.tr("Create a new paid task with the same settings"),
            ),
            self.act_stop: (
                self.tr("S&top Tracking"),
                self.tr("Stop polling this job; the relay may still finish it"),
            ),
            self.act_track: (
                self.tr("&Track Again"),
                self.tr("Resume polling or downloading (no new task)"),
            ),
            self.act_adopt: (
                self.tr("Enter Task &Id…"),
                self.tr("Attach the task id shown on the relay's dashboard"),
            ),
            self.act_remove: (
                self.tr("Re&move from List…"),
                self.tr("Remove the job from the list (the file is kept unless you ask)"),
            ),
            self.act_copy_id: (self.tr("Copy Task I&d"), self.tr("Copy the relay's task id")),
            self.act_details: (
                self.tr("&Details…"),
                self.tr("Parameters, times, failure text and raw response"),
            ),
            self.act_settings: (self.tr("&Settings…"), self.tr("Relay, token, folders, language")),
            self.act_refresh: (self.tr("Refresh &Models"), self.tr("Reload the relay's models")),
            self.act_library: (
                self.tr("Open &Library Folder"),
                self.tr("Open the folder with your videos"),
            ),
            self.act_logs: (self.tr("Open &Log Folder"), self.tr("Open the folder with the logs")),
            self.act_about: (self.tr("&About"), self.tr("Version and system information")),
            self.act_quit: (self.tr("&Quit"), self.tr("Quit; running jobs resume next time")),
            self.act_find: (self.tr("&Find"), self.tr("Search the jobs")),
            self.act_play: (self.tr("Play/Pause"), self.tr("Play or pause the preview")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.search.setPlaceholderText(self.tr("Search prompt, model, task id, file…  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search jobs"))
        self.search.setToolTip(
            self.tr("Show only jobs whose prompt, model, task id or file contains this text")
        )
        self.search.setClearButtonEnabled(True)
        current = self.state_filter.currentData() or "all"
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        for key, label in (
            ("all", self.tr("All jobs")),
            ("active", self.tr("Active")),
            ("done", self.tr("Done")),
            ("problems", self.tr("Needs attention")),
        ):
            self.state_filter.addItem(label, key)
        self.state_filter.setCurrentIndex(self.state_filter.findData(current))
        self.state_filter.blockSignals(False)
        self.state_filter.setAccessibleName(self.tr("State filter"))
        self.state_filter.setToolTip(self.tr("Show jobs in these states"))
        self.table.setAccessibleName(self.tr("Jobs"))
        self.table.setToolTip(
            self.tr("Your jobs. Right-click for actions; Space plays the preview.")
        )
        self.counts_label.setAccessibleName(self.tr("Job counts"))
        self.connection_label.setAccessibleName(self.tr("Connection state"))

    # ---- geometry --------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        s = self.session.settings
        if s.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(s.window_geometry.encode()))
        if s.window_state:
            self.restoreState(QByteArray.fromBase64(s.window_state.encode()))
        if s.splitter_state:
            parts = s.splitter_state.split(";")
            widgets = (self.main_splitter, self.right_splitter, self.table.horizontalHeader())
            for widget, part in zip(widgets, parts, strict=False):
                widget.restoreState(QByteArray.fromBase64(part.encode()))

    def _save_geometry(self) -> None:
        s = self.session.settings
        s.window_geometry = bytes(self.saveGeometry().toBase64()).decode()
        s.window_state = bytes(self.saveState().toBase64()).decode()
        s.splitter_state = ";".join(
            bytes(sp.saveState().toBase64()).decode()
            for sp in (self.main_splitter, self.right_splitter, self.table.horizontalHeader())
        )
        save_settings(s)

    # ---- events from the engine ------------------------------------------------------------
    def _job_changed(self, job: Job) -> None:
        if self.model.upsert(job) is not job.state:
            self._update_counts()
            self._notify(job)
            if job.id == self.preview.current_job_id or job.id == self._selected_id():
                self.preview.show_job(job)
            self._update_actions()

    def _notify(self, job: Job) -> None:
        if self.tray is None or job.state not in (
            JobState.DONE,
            JobState.FAILED,
            JobState.UNCERTAIN,
        ):
            return
        prompt = job.prompt if len(job.prompt) < 60 else job.prompt[:57] + "…"
        icon = (
            QSystemTrayIcon.MessageIcon.Information
            if job.state is JobState.DONE
            else QSystemTrayIcon.MessageIcon.Warning
        )
        self.tray.showMessage(state_label(job.state), prompt, icon, 5000)

    def _connection_changed(self, state: str, message: str) -> None:
        prefix = self.tr("DEMO") + " · " if self.session.demo else ""
        mark = {"ok": "●", "error": "⚠", "checking": "…"}.get(state, "")
        self.connection_label.setText(f"{prefix}{mark} {message}".strip())
        self.connection_label.setToolTip(message)
        if state == "error" and not self.session.demo:
            self.statusBar().showMessage(message, 15000)

    def _update_counts(self) -> None:
        self._update_empty_hint()
        jobs = self.model.jobs()
        active = sum(1 for j in jobs if j.state in ACTIVE_STATES)
        done = sum(1 for j in jobs if j.state is JobState.DONE)
        failed = sum(1 for j in jobs if j.state in (JobState.FAILED, JobState.UNCERTAIN))
        self.counts_label.setText(
            self.tr("Active: %1 · Done: %2 · Failed: %3")
            .replace("%1", str(active))
            .replace("%2", str(done))
            .replace("%3", str(failed))
        )

    def _update_empty_hint(self) -> None:
        empty = self.proxy.rowCount() == 0
        if empty:
            filtered = self.model.rowCount() > 0
            self.empty_hint.setText(
                self.tr("No job matches the search or filter.")
                if filtered
                else self.tr(
                    "No jobs yet.\nType a prompt on the left and press Ctrl+Enter.\n"
                    "Finished videos appear here and play below."
                )
            )
            self.empty_hint.setGeometry(self.table.viewport().rect())
        self.empty_hint.setVisible(empty)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.empty_hint.setGeometry(self.table.viewport().rect())

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

    def _setup_tray(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.show()

    # ---- selection -------------------------------------------------------------------------
    def selected_jobs(self) -> list[Job]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [index.data(JOB_ROLE) for index in rows]

    def _selected(self) -> Job | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return index.siblingAtColumn(0).data(JOB_ROLE)
        jobs = self.selected_jobs()
        return jobs[0] if jobs else None

    def _selected_id(self) -> int | None:
        job = self._selected()
        return job.id if job else None

    def select_job(self, job_id: int) -> None:
        row = self.model.row_of(job_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def _selection_changed(self) -> None:
        self._update_actions()
        self.preview.show_job(self._selected())

    def _update_actions(self) -> None:
        job = self._selected()
        has_job = job is not None
        has_file = bool(
            has_job
            and job.state is JobState.DONE
            and job.file_path
            and Path(job.file_path).is_file()
        )
        for action in (self.act_preview, self.act_save_as, self.act_continue, self.act_use_frame):
            action.setEnabled(has_file)
        self.act_show.setEnabled(bool(has_job and job.file_path))
        for action in (
            self.act_copy_prompt,
            self.act_reuse,
            self.act_submit_again,
            self.act_remove,
            self.act_details,
        ):
            action.setEnabled(has_job)
        self.act_copy_id.setEnabled(bool(has_job and job.task_id))
        self.act_stop.setEnabled(bool(has_job and job.state in ACTIVE_STATES))
        self.act_track.setEnabled(
            bool(
                has_job
                and job.task_id
                and job.state in (JobState.STOPPED, JobState.FAILED)
                and job.error_kind in ("stopped", "download", "internal", None)
                and not self.session.is_running(job.id)
            )
        )
        self.act_adopt.setEnabled(bool(has_job and job.state is JobState.UNCERTAIN))

    def _context_menu(self, position) -> None:
        if not self.table.indexAt(position).isValid():
            return
        menu = QMenu(self)
        job = self._selected()
        if job is not None and job.state is JobState.UNCERTAIN:
            note = menu.addAction(explanation(job))
            note.setEnabled(False)
            menu.addSeparator()
        self._fill_job_menu(menu)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # ---- commands --------------------------------------------------------------------------
    def generate(self, request: CreateRequest) -> Job | None:
        """One call = one job = at most one create request."""
        if not self.session.has_token:
            QMessageBox.information(
                self,
                APP_NAME,
                self.tr("Set the relay's token in Settings first (or start with --demo)."),
            )
            return None
        try:
            job = self.session.submit(request)
        except RequestRefused as exc:  # e.g. an image that became unreadable: nothing was sent
            self.compose.reason_label.setText(" ".join(map(refusal_text, exc.problems)))
            self.compose.reason_label.show()
            return None
        self.compose.finish_generate()
        self.statusBar().showMessage(
            self.tr("Job %1 sent to the relay.").replace("%1", str(job.id)), 4000
        )
        return job

    def preview_selected(self) -> None:
        job = self._selected()
        self.preview.show_job(job)
        self.preview.player.play()

    async def save_selected_as(self, target: str | None = None) -> Path | None:
        job = self._selected()
        if job is None or not job.file_path:
            return None
        source = Path(job.file_path)
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save Video As"),
                str(Path.home() / source.name),
                self.tr("MP4 video (*.mp4)"),
            )
        if not target:
            return None
        try:
            import asyncio  # loaded after the first paint

            await asyncio.to_thread(shutil.copy2, source, target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("The copy failed: %1").replace("%1", exc.strerror or str(exc)),
            )
            return None
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", target), 5000)
        return Path(target)

    def show_selected_in_folder(self) -> None:
        job = self._selected()
        if job is None or not job.file_path:
            return
        reveal(Path(job.file_path))

    def copy_prompt(self) -> None:
        job = self._selected()
        if job:
            QGuiApplication.clipboard().setText(job.prompt)

    def copy_task_id(self) -> None:
        job = self._selected()
        if job and job.task_id:
            QGuiApplication.clipboard().setText(job.task_id)

    def reuse_selected(self) -> None:
        job = self._selected()
        if job:
            self.compose.fill_from(job)

    async def continue_selected(self) -> Job | None:
        """Continue this shot: its last frame, decoded here, becomes the next first frame."""
        from yzx_desktop.ui.frames import FrameUnavailable, last_frame
        from yzx_desktop.ui.image_slot import pasted_image_path

        job = self._selected()
        if job is None or job.state is not JobState.DONE or not job.file_path:
            return None
        self.statusBar().showMessage(self.tr("Reading the last frame…"))
        try:
            image = await last_frame(Path(job.file_path))
            frame = pasted_image_path(image)
        except (FrameUnavailable, OSError) as exc:
            self.statusBar().clearMessage()
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("The last frame could not be read: %1").replace("%1", str(exc)),
            )
            return None
        self.statusBar().showMessage(
            self.tr("Job %1's last frame is the first frame of the next shot.").replace(
                "%1", str(job.id)
            ),
            5000,
        )
        self.compose.continue_from(job, frame)
        return job

    def use_preview_frame(self) -> bool:
        """The frame shown in the preview goes into the first-frame slot."""
        from yzx_desktop.ui.image_slot import pasted_image_path

        frame = self.preview.video_sink.videoFrame()
        image = frame.toImage() if frame.isValid() else None
        if image is None or image.isNull():
            self.statusBar().showMessage(self.tr("Play the video to pick a frame first."), 4000)
            return False
        used = self.compose.use_image(pasted_image_path(image))
        if not used:
            self.statusBar().showMessage(self.tr("This model does not read a first frame."), 4000)
        return used

    async def submit_selected_again(self, confirm: bool = True) -> Job | None:
        job = self._selected()
        if job is None:
            return None
        if confirm:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Submit again?"),
                self.tr(
                    "This creates a new task with the same settings, and the relay charges it "
                    "again."
                ),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            box.addButton(self.tr("Submit and pay again"), QMessageBox.ButtonRole.AcceptRole)
            async with modal(box):
                confirmed = box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
            if not confirmed:
                return None
        return self.generate(job.request())

    def stop_selected(self) -> None:
        for job in self.selected_jobs():
            self.session.engine.stop_tracking(job)

    def track_selected_again(self) -> None:
        for job in self.selected_jobs():
            self.session.engine.track_again(job)
        self._update_actions()

    async def adopt_task_id(self) -> None:
        job = self._selected()
        if job is None or job.state is not JobState.UNCERTAIN:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Enter Task Id"))
        dialog.setLabelText(
            self.tr(
                "If the relay's dashboard shows this task, paste its id. "
                "The app then tracks it without creating a new one."
            )
        )
        async with modal(dialog) as accepted:
            task_id = dialog.textValue().strip() if accepted else ""
        if task_id:
            self.session.engine.adopt_task_id(job, task_id)

    async def remove_selected(self, delete_files: bool | None = None) -> None:
        jobs = self.selected_jobs()
        if not jobs:
            return
        if delete_files is None:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Remove from list"),
                self.tr("Remove %n job(s) from the list?", "", len(jobs)),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            keep = box.addButton(self.tr("Remove, keep files"), QMessageBox.ButtonRole.AcceptRole)
            delete = box.addButton(
                self.tr("Remove and delete files"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.setDefaultButton(keep)
            async with modal(box):
                clicked = box.clickedButton()
            if clicked not in (keep, delete):
                return
            delete_files = clicked is delete
        for job in jobs:
            self.session.engine.forget(job, delete_file=delete_files)
            self.thumbnails.forget(job.id)
            self.model.remove(job.id)
        self._update_counts()

    # Dialogs are imported when opened: the settings dialog pulls in the network stack,
    # which the first paint does not need.
    def show_details(self) -> None:
        from yzx_desktop.ui.job_details import JobDetailsDialog

        job = self._selected()
        if job:
            dialog = JobDetailsDialog(job, self, self.model.jobs())
            dialog.jobLinkActivated.connect(self.select_job)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def show_about(self) -> None:
        from yzx_desktop.ui.about import show_about

        show_about(self)

    async def open_settings(self) -> None:
        from yzx_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session.settings, self)
        async with modal(dialog) as accepted:
            settings = dialog.result_settings() if accepted else None
        if settings is not None:
            await self.session.reconfigure(settings)
            self.compose.set_catalog(self.session.catalog)

    def open_library(self) -> None:
        folder = self.session.settings.library_path
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def open_logs(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))

    # ---- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        active = sum(1 for j in self.model.jobs() if j.state in ACTIVE_STATES)
        if active and self.confirm_close:
            answer = QMessageBox.question(
                self,
                self.tr("Quit?"),
                self.tr(
                    "%n job(s) are still running on the relay. They carry on there, and the app "
                    "picks them up when you open it again. Quit now?",
                    "",
                    active,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._save_geometry()
        self.preview.show_message("")
        if self.tray is not None:
            self.tray.hide()
        event.accept()
        self.closed.emit()


def reveal(path: Path) -> None:
    """Show ``path`` in the system file manager (selected where the platform allows)."""
    import subprocess  # not needed for the first paint

    try:
        if sys.platform == "win32":
            subprocess.Popen(["explorer", "/select,", str(path)])
            return
        if sys.platform == "darwin":
            subprocess.Popen(["open", "-R", str(path)])
            return
    except OSError:
        logger.warning("could not reveal %s", path, exc_info=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
