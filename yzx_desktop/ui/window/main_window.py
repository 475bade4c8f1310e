"""The studio window: compose on the left, jobs and preview on the right. It lays out,
retranslates and remembers its geometry; the parts do the rest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from yzx_desktop import APP_NAME
from yzx_desktop.jobs.model import NEEDS_ATTENTION, Job
from yzx_desktop.settings import save_settings
from yzx_desktop.ui.a11y import name_actions
from yzx_desktop.ui.aio import modal, spawn
from yzx_desktop.ui.commands.actions import JobActions, make_action
from yzx_desktop.ui.commands.dialogs import Dialogs
from yzx_desktop.ui.commands.job_commands import JobCommands
from yzx_desktop.ui.commands.result_commands import ResultCommands
from yzx_desktop.ui.compose.panel import ComposePanel
from yzx_desktop.ui.jobs.problem_panel import ProblemPanel
from yzx_desktop.ui.jobs.thumbnails import ThumbnailProvider
from yzx_desktop.ui.jobs.view import JobsView
from yzx_desktop.ui.preview.panel import PreviewPanel
from yzx_desktop.ui.session import Session
from yzx_desktop.ui.spend.balance_label import BalanceLabel
from yzx_desktop.ui.status.status_bar import StatusArea, TrayNotifier
from yzx_desktop.ui.texts import explanation

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

MIN_SIZE = (760, 520)
COMPOSE_MIN_WIDTH = 280  # the compose panel's labels and History/Presets stay readable


class MainWindow(QMainWindow):
    closed = Signal()  # the user closed the window and confirmed

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        session.setParent(self)  # Qt frees it with the window, on this thread
        self.confirm_close = True
        self.thumbnails = ThumbnailProvider(parent=self)
        self.compose = ComposePanel(session.catalog, model=session.settings.last_model)
        self.jobs = JobsView(self.thumbnails)
        self.preview = PreviewPanel()
        self.status = StatusArea(self.statusBar(), session.demo)
        self.balance = BalanceLabel(self)
        self.statusBar().addPermanentWidget(self.balance)
        self.dialogs = Dialogs(self)
        self.commands = JobCommands(
            session, self.jobs, self.compose, self.preview, self.status, self.dialogs
        )
        self.results = ResultCommands(session, self.jobs, self.preview, self.status, self.dialogs)
        self.actions = JobActions(self, self.commands, self.results)
        self.problem = ProblemPanel(
            [
                self.actions.track_again,
                self.actions.adopt_task_id,
                self.actions.reuse,  # to edit the prompt, as the story may advise
                self.actions.submit_again,
                self.actions.details,
            ]
        )
        self.tray: TrayNotifier | None = None  # after the first paint: see _finish_startup
        self._build_layout()
        self._build_app_actions()
        self._build_menus()
        self._connect()
        self.retranslate()
        self._restore_geometry()
        self.jobs.model.set_relay(session.base_url)
        self.jobs.model.set_jobs(session.store.all())
        if session.settings.jobs_view == "gallery":
            self.jobs.set_mode("gallery")  # as the user left it (builds the grid now)
        self.compose.set_duration(session.settings.last_duration or 5)
        if session.settings.last_size:
            self.compose.set_size(session.settings.last_size)
        self.compose.set_takes(session.settings.takes)
        self._jobs_changed()
        self.compose.prompt_edit.setFocus()
        self.installEventFilter(self)  # until the first paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watches the window's own first paint, then lets the event loop finish the start."""
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self, self._finish_startup)
        return super().eventFilter(watched, event)

    def _finish_startup(self) -> None:
        """What the first paint does not need: the tray icon (asking for a tray can be slow),
        and the stills cache kept under its budget on disk."""
        if self.tray is None:
            self.tray = TrayNotifier(self)
            self.thumbnails.prune_disk()

    # ---- construction ----------------------------------------------------------------------
    def _build_layout(self) -> None:
        compose_scroll = QScrollArea()  # a small or scaled screen scrolls the compose panel
        compose_scroll.setWidget(self.compose)
        compose_scroll.setWidgetResizable(True)
        compose_scroll.setFrameShape(QFrame.Shape.NoFrame)
        compose_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.compose_scroll = compose_scroll
        self.bottom = QStackedWidget()  # the preview, or the story of a job that needs you
        self.bottom.addWidget(self.preview)
        self.bottom.addWidget(self.problem)
        # Only the page shown counts towards the minimum size: the problem panel's row of
        # buttons must not squeeze the compose panel while the preview is shown.
        self.bottom.currentChanged.connect(self._size_bottom_to_current)
        self._size_bottom_to_current()
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.addWidget(self.jobs)
        self.right_splitter.addWidget(self.bottom)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(compose_scroll)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)
        available = QGuiApplication.primaryScreen().availableGeometry()
        # Room is left for the window's frame: the title bar must not push the status bar off.
        self.setMinimumSize(
            min(MIN_SIZE[0], available.width() - 20), min(MIN_SIZE[1], available.height() - 60)
        )
        width, height = min(1440, available.width() - 40), min(900, available.height() - 40)
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        wanted = max(min(340, width // 3), self.compose.minimumSizeHint().width() + 16)
        compose_width = min(wanted, max(COMPOSE_MIN_WIDTH, width // 2))  # half a small screen
        self.layout().activate()  # the splitter takes its real width before it is divided
        self.main_splitter.setSizes([compose_width, width - compose_width])
        self.right_splitter.setSizes([height * 5 // 9, height * 4 // 9])

    def _size_bottom_to_current(self, _index: int = 0) -> None:
        shown, ignored = QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored
        for page in (self.preview, self.problem):
            policy = shown if page is self.bottom.currentWidget() else ignored
            page.setSizePolicy(policy, policy)
        self.bottom.updateGeometry()

    def _app_action(self, slot, shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        return make_action(self, slot, shortcut)

    def _build_app_actions(self) -> None:
        self.act_settings = self._app_action(lambda: spawn(self.open_settings()), "Ctrl+,")
        self.act_demo = self._app_action(lambda: spawn(self.toggle_demo()))
        self.act_demo.setCheckable(True)
        self.act_refresh = self._app_action(self.session.refresh_models_soon, "F5")
        self.act_library = self._app_action(self.commands.open_library)
        self.act_logs = self._app_action(self.commands.open_logs)
        self.act_about = self._app_action(self.show_about)
        self.act_quit = self._app_action(self.close, QKeySequence.StandardKey.Quit)
        self.act_find = self._app_action(self._focus_search, QKeySequence.StandardKey.Find)
        self.act_ledger = self._app_action(self.commands.show_ledger)
        # Space plays where typing is not expected: the table and the preview, not the compose.
        self.act_play = QAction(self)
        self.act_play.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.act_play.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_play.triggered.connect(self.preview.toggle_play)
        self.jobs.table.addAction(self.act_play)
        # Ctrl+C on a result copies its file; in a text field it still copies text.
        self.actions.copy_file.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.actions.copy_file.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removeAction(self.actions.copy_file)
        self.jobs.addAction(self.actions.copy_file)  # the table and the gallery
        self.preview.stack.addAction(self.act_play)  # not on its buttons: Space presses them
        toolbar = QToolBar()
        toolbar.setObjectName("jobs-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.actions.toolbar_actions:
            toolbar.addAction(action)
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action in (self.act_demo, self.act_settings, self.act_library, self.act_logs):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.jobs_menu = bar.addMenu("")
        self.actions.fill_menu(self.jobs_menu)
        self.jobs_menu.addAction(self.act_ledger)
        self.jobs_menu.addAction(self.act_refresh)
        self.jobs_menu.addAction(self.act_find)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.jobs.act_table)
        self.view_menu.addAction(self.jobs.act_gallery)
        self.library_menu = bar.addMenu("")
        for action in self.actions.library_actions:
            self.library_menu.addAction(action)
        self.library_menu.addSeparator()
        for action in (
            self.compose.history_action,
            self.compose.save_preset_action,
            self.compose.manage_presets_action,
        ):
            self.library_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.act_about)

    def _connect(self) -> None:
        self.session.jobChanged.connect(self._job_changed)
        self.session.connectionChanged.connect(self.status.connection.set_state)
        self.session.modelsChanged.connect(self.compose.set_models)
        self.session.started.connect(self._session_started)
        self.session.pricesChanged.connect(self.compose.refresh_price)
        self.compose.generateRequested.connect(self.commands.generate)
        self.compose.takesRequested.connect(self.commands.generate_takes)
        self.compose.set_library(self.session.store)
        self.compose.refreshModelsRequested.connect(self.session.refresh_models_soon)
        self.jobs.selectionChanged.connect(self._selection_changed)
        self.jobs.contextMenuRequested.connect(self._context_menu)
        self.jobs.activated.connect(self._activated)
        self.jobs.modeChanged.connect(self._jobs_view_changed)
        QApplication.instance().focusChanged.connect(self._show_focused_compose_control)
        self.commands.jobRemoved.connect(self._job_removed)
        self.commands.changed.connect(self._selection_changed)
        self.results.changed.connect(self._update_actions)
        self.preview.shotActivated.connect(self.jobs.select_job)
        self.preview.exportSceneRequested.connect(self.actions.export_scene.trigger)
        self.thumbnails.ready.connect(self._still_ready)

    def retranslate(self) -> None:
        # Qt adds the application's name to a title that differs from it: say it once.
        self.setWindowTitle(
            self.tr("DEMO (simulated relay, no cost)") if self.session.demo else APP_NAME
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.jobs_menu.setTitle(self.tr("&Jobs"))
        self.view_menu.setTitle(self.tr("&View"))
        self.library_menu.setTitle(self.tr("&Library"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Job actions"))
        texts = {
            self.act_demo: (
                self.tr("&Demo Mode"),
                self.tr("Use the built-in simulated relay: no token, no cost"),
            ),
            self.act_settings: (
                self.tr("&Settings…"),
                self.tr("Relay, token, folders, language (Ctrl+,)"),
            ),
            self.act_refresh: (self.tr("Refresh Mode&ls"), self.tr("Reload the relay's models")),
            self.act_library: (
                self.tr("Open &Library Folder"),
                self.tr("Open the folder with your videos"),
            ),
            self.act_logs: (self.tr("Open Lo&g Folder"), self.tr("Open the folder with the logs")),
            self.act_about: (self.tr("&About"), self.tr("Version and system information")),
            self.act_quit: (self.tr("&Quit"), self.tr("Quit; running jobs resume next time")),
            self.act_find: (self.tr("Searc&h Jobs"), self.tr("Search the jobs (Ctrl+F)")),
            self.act_ledger: (
                self.tr("Spendin&g…"),
                self.tr("What was spent, by day, model and outcome; export to CSV"),
            ),
            self.act_play: (self.tr("Play/Pause"), self.tr("Play or pause the preview")),
        }
        name_actions(texts)
        self.act_demo.setChecked(self.session.demo)
        self.actions.retranslate()
        self.jobs.retranslate()
        self.status.retranslate()
        self.problem.retranslate()

    # ---- geometry --------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        s = self.session.settings
        if s.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(s.window_geometry.encode()))
        if s.window_state:
            self.restoreState(QByteArray.fromBase64(s.window_state.encode()))
        if s.splitter_state:
            parts = s.splitter_state.split(";")
            widgets = (self.main_splitter, self.right_splitter, self.jobs.table.horizontalHeader())
            for widget, part in zip(widgets, parts, strict=False):
                widget.restoreState(QByteArray.fromBase64(part.encode()))
        self._fit_screen()

    def _fit_screen(self) -> None:
        """A geometry saved on a bigger or unscaled screen must not put Generate off-screen."""
        available = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        frame = self.frameGeometry()
        if frame.width() > available.width() or frame.height() > available.height():
            self.resize(
                min(self.width(), available.width() - 20),
                min(self.height(), available.height() - 40),
            )
        frame = self.frameGeometry()
        x = max(available.left(), min(frame.x(), available.right() - frame.width()))
        y = max(available.top(), min(frame.y(), available.bottom() - frame.height()))
        if (x, y) != (frame.x(), frame.y()):  # all of it on the screen, the status bar too
            self.move(x, y)

    def _save_geometry(self) -> None:
        s = self.session.settings
        s.window_geometry = bytes(self.saveGeometry().toBase64()).decode()
        s.window_state = bytes(self.saveState().toBase64()).decode()
        s.splitter_state = ";".join(
            bytes(widget.saveState().toBase64()).decode()
            for widget in (
                self.main_splitter,
                self.right_splitter,
                self.jobs.table.horizontalHeader(),
            )
        )
        save_settings(s)

    # ---- events ----------------------------------------------------------------------------
    def _job_changed(self, job: Job) -> None:
        before = self.jobs.model.upsert(job)
        if before is not job.state:
            self._jobs_changed()
            if before is not None and self.tray is not None:
                self.tray.job_ended(job)
        if job.active and job.error_kind is not None and job.error_kind.is_connection:
            self.status.connection.set_state("error", explanation(job.error_kind, job.base_url))
        elif job.active and self.status.connection.state == "error" and job.task_id:
            self.session.connection_recovered()
        if job.id == self._selected_id():
            self._show_selected()

    def _session_started(self) -> None:
        self.balance.bind(self.session.spend)
        self.compose.set_estimator(self.session.estimate)  # the price needs the relay's table

    def _job_removed(self, job_id: int) -> None:
        self.thumbnails.forget(job_id)
        self.jobs.model.remove(job_id)
        self._jobs_changed()

    def _jobs_changed(self) -> None:
        self.status.counts.update_counts(
            j for j in self.jobs.model.jobs() if not self.jobs.model.is_waiting_elsewhere(j)
        )
        self._update_actions()

    def _selected_id(self) -> int | None:
        job = self.jobs.selected()
        return job.id if job else None

    def _selection_changed(self) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        """The preview for a video, the problem panel for a job that needs the user."""
        job = self.jobs.selected()
        if job is not None:  # the model holds the newest copy
            row = self.jobs.model.row_of(job.id)
            job = self.jobs.model.job_at(row) if row is not None else job
        scene = self._update_actions()
        retrying = job is not None and job.active and job.error_kind is not None
        if job is not None and (
            job.state in NEEDS_ATTENTION or retrying or self.jobs.model.is_waiting_elsewhere(job)
        ):
            self.problem.show_job(job)
            self.bottom.setCurrentWidget(self.problem)
            self.preview.show_job(None)
            return
        self.bottom.setCurrentWidget(self.preview)
        self.preview.show_job(job)
        self.preview.show_scene(scene, job.id if job else None, self._thumbnail_of)

    def _thumbnail_of(self, job: Job):
        return self.thumbnails.pixmap(job.id, job.file_path or "")

    def _still_ready(self, job_id: int) -> None:
        self.preview.set_scene_thumbnail(job_id, self.thumbnails.cached(job_id))

    def _update_actions(self) -> list[Job]:
        """Enable the actions for the selection; returns its scene (worked out once)."""
        job = self.jobs.selected()
        running = bool(job and self.session.is_running(job.id))
        elsewhere = bool(job and self.jobs.model.is_waiting_elsewhere(job))
        scene = self.results.scene()
        self.actions.update_for(job, running=running, elsewhere=elsewhere, scene=len(scene))
        return scene

    def _context_menu(self, position) -> None:
        menu = QMenu(self)
        self.actions.fill_menu(menu, only_enabled=True, with_library=True)
        menu.popup(position)

    def _activated(self, _job: Job) -> None:
        """Double click or Enter: the grid opens the large preview, the table plays below."""
        if self.jobs.mode() == "gallery" and self.results.open_large() is not None:
            return
        self.commands.preview_job()

    def _show_focused_compose_control(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A control focused by its mnemonic (Alt+T) or Tab scrolls into view on a small
        screen."""
        if new is not None and self.compose.isAncestorOf(new):
            self.compose_scroll.ensureWidgetVisible(new, 8, 8)

    def _jobs_view_changed(self, mode: str) -> None:
        self.session.settings.jobs_view = mode
        self._update_actions()

    def _focus_search(self) -> None:
        self.jobs.search.setFocus()
        self.jobs.search.selectAll()

    # ---- app-level commands ----------------------------------------------------------------
    def show_about(self) -> None:
        from yzx_desktop.ui.dialogs.about import show_about

        show_about(self)

    async def open_settings(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from yzx_desktop.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.session.settings, self, demo=self.session.demo)
        async with modal(dialog) as accepted:
            settings = dialog.result_settings() if accepted else None
            leave_demo = accepted and dialog.token_saved and self.session.demo
        if settings is None:
            return
        if leave_demo:
            answer = QMessageBox.question(
                self,
                APP_NAME,
                self.tr("You saved a token. Leave demo mode and use the relay now?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.session.demo = False
        await self.session.reconfigure(settings)
        self._session_changed()

    async def toggle_demo(self) -> None:
        """Enter or leave demo mode; leaving without a token opens Settings."""
        entering = not self.session.demo
        if not entering and not self.session.has_relay_token:
            self.act_demo.setChecked(True)
            self.status.show_message(self.tr("Save the relay's token to leave demo mode."))
            await self.open_settings()
            return
        await self.session.switch_demo(entering)
        self._session_changed()

    def _session_changed(self) -> None:
        self.compose.set_catalog(self.session.catalog)
        self.status.connection.demo = self.session.demo
        self.jobs.model.set_relay(self.session.base_url)
        self._jobs_changed()
        self.retranslate()
        self._show_selected()

    # ---- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        from PySide6.QtWidgets import QMessageBox

        model = self.jobs.model
        active = sum(1 for j in model.jobs() if j.active and not model.is_waiting_elsewhere(j))
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
        self.balance.bind(None)
        self.preview.show_message("")
        if self.tray is not None:
            self.tray.hide()
        event.accept()
        self.closed.emit()
