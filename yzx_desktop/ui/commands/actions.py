"""The window's actions, built from the job commands and enabled by the job's own policy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from yzx_desktop.jobs.model import Job
from yzx_desktop.ui.a11y import name_actions
from yzx_desktop.ui.aio import spawn
from yzx_desktop.ui.commands.job_commands import JobCommands
from yzx_desktop.ui.commands.result_commands import ResultCommands

Shortcut = str | QKeySequence.StandardKey | None


def make_action(parent: QWidget, slot: Callable[[], object], shortcut: Shortcut = None) -> QAction:
    """An action calling ``slot``, added to ``parent`` so its shortcut works window-wide."""
    action = QAction(parent)
    action.triggered.connect(slot)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    parent.addAction(action)
    return action


class JobActions(QObject):
    """One QAction per job command. Mnemonics are unique within each menu they appear in."""

    def __init__(self, window: QWidget, commands: JobCommands, results: ResultCommands) -> None:
        super().__init__(window)
        self.window = window
        self.commands = commands
        self.results = results
        c, r = commands, results
        self.preview = self._action(c.preview_job)
        self.save_as = self._action(lambda: spawn(c.save_as()), "Ctrl+Shift+S")
        self.show_in_folder = self._action(c.show_in_folder)
        self.copy_prompt = self._action(c.copy_prompt, "Ctrl+Shift+C")
        self.copy_task_id = self._action(c.copy_task_id)
        self.reuse = self._action(c.reuse, "Ctrl+R")
        self.continue_shot = self._action(lambda: spawn(c.continue_shot()), "Ctrl+Shift+N")
        self.use_frame = self._action(c.use_preview_frame)
        self.submit_again = self._action(lambda: spawn(c.submit_again()))
        self.stop = self._action(c.stop)
        self.track_again = self._action(c.track_again)
        self.adopt_task_id = self._action(lambda: spawn(c.adopt_task_id()))
        self.remove = self._action(lambda: spawn(c.remove()), "Delete")
        self.details = self._action(c.show_details, "Ctrl+I")
        self.star = self._action(r.toggle_star, "Ctrl+D")
        self.star.setCheckable(True)
        self.tags = self._action(lambda: spawn(r.edit_tags()), "Ctrl+T")
        self.copy_file = self._action(r.copy_file)  # Ctrl+C, on the jobs views only
        self.export_frame = self._action(lambda: spawn(r.export_frame()), "Ctrl+Shift+E")
        self.export_scene = self._action(lambda: spawn(r.export_scene()))
        self.compare = self._action(r.compare, "Ctrl+K")
        # What an artist does with results; also the Library menu.
        self.library_actions = [
            self.compare,
            self.star,
            self.tags,
            self.copy_file,
            self.export_frame,
            self.export_scene,
        ]
        self.toolbar_actions = [
            self.preview,
            self.save_as,
            self.show_in_folder,
            self.reuse,
            self.continue_shot,
            self.submit_again,
            self.details,
        ]
        self.groups = [
            [self.preview, self.save_as, self.show_in_folder],
            [self.copy_prompt, self.copy_task_id, self.reuse],
            [self.continue_shot, self.use_frame],
            [self.submit_again, self.adopt_task_id, self.stop, self.track_again],
            [self.remove, self.details],
        ]
        self.retranslate()
        self.update_for(None, running=False)

    def _action(self, slot: Callable[[], object], shortcut: Shortcut = None) -> QAction:
        return make_action(self.window, slot, shortcut)

    def retranslate(self) -> None:
        texts = {
            self.preview: (self.tr("Pre&view"), self.tr("Play the selected video")),
            self.save_as: (self.tr("Save &As…"), self.tr("Save a copy of the video")),
            self.show_in_folder: (
                self.tr("Show in F&older"),
                self.tr("Open the folder with the video"),
            ),
            self.copy_prompt: (self.tr("&Copy Prompt"), self.tr("Copy the prompt text")),
            self.copy_task_id: (self.tr("Copy Task I&d"), self.tr("Copy the relay's task id")),
            self.reuse: (
                self.tr("&Reuse Settings"),
                self.tr("Fill the compose panel with this job's settings"),
            ),
            self.continue_shot: (
                self.tr("Co&ntinue This Shot"),
                self.tr("A new shot that starts from this video's last frame"),
            ),
            self.use_frame: (
                self.tr("&Use Frame as First Frame"),
                self.tr("Put the preview's current frame into the first-frame slot"),
            ),
            self.submit_again: (
                self.tr("Su&bmit Again…"),
                self.tr("Create a new task with the same settings"),
            ),
            self.stop: (
                self.tr("Stop Trac&king"),
                self.tr("Stop polling this job; the relay may still finish it"),
            ),
            self.track_again: (
                self.tr("&Track Again"),
                self.tr("Resume polling or downloading (no new task)"),
            ),
            self.adopt_task_id: (
                self.tr("Enter Task &Id…"),
                self.tr("Attach the task id shown on the relay's dashboard"),
            ),
            self.remove: (
                self.tr("Re&move from List…"),
                self.tr("Remove the job from the list (the file is kept unless you ask)"),
            ),
            self.details: (
                self.tr("Detail&s…"),
                self.tr("Parameters, times, failure text and raw response"),
            ),
        }
        texts |= {
            self.star: (self.tr("&Favourite ★"), self.tr("Star the result (Ctrl+D)")),
            self.tags: (self.tr("Ta&gs…"), self.tr("Free tags to find results by (Ctrl+T)")),
            self.copy_file: (
                self.tr("Copy Fi&le"),
                self.tr("Copy the video file, to paste into a folder or an editor (Ctrl+C)"),
            ),
            self.export_frame: (
                self.tr("E&xport Frame as PNG…"),
                self.tr("Save the frame shown in the preview as a PNG (Ctrl+Shift+E)"),
            ),
            self.compare: (
                self.tr("Com&pare Takes…"),
                self.tr("Play 2 to 4 selected results side by side, in sync (Ctrl+K)"),
            ),
            self.export_scene: (
                self.tr("Export Sc&ene…"),
                self.tr("Join this chain of continued shots into one MP4"),
            ),
        }
        name_actions(texts)

    def update_for(
        self, job: Job | None, *, running: bool, elsewhere: bool = False, scene: int = 0
    ) -> None:
        """Enable what makes sense for ``job`` (the current selection), by its own policy;
        ``elsewhere``: an unfinished job of another relay, which can be tracked here;
        ``scene``: how many shots its chain of continued shots has."""
        has_job = job is not None
        has_video = bool(job and job.has_video)
        for action in (self.preview, self.save_as, self.continue_shot, self.use_frame):
            action.setEnabled(has_video)
        self.show_in_folder.setEnabled(bool(job and job.file_path))
        for action in (self.copy_prompt, self.reuse, self.remove, self.details):
            action.setEnabled(has_job)
        self.submit_again.setEnabled(bool(job and not job.active))  # not a duplicate in flight
        self.copy_task_id.setEnabled(bool(job and job.task_id))
        self.stop.setEnabled(bool(job and job.active and running))
        trackable = bool(job and (job.can_track_again or (elsewhere and job.task_id)))
        self.track_again.setEnabled(trackable and not running)
        self.adopt_task_id.setEnabled(bool(job and job.can_adopt_task_id))
        self.star.setEnabled(has_job)
        self.star.setChecked(bool(job and job.starred))
        self.tags.setEnabled(has_job)
        self.copy_file.setEnabled(has_video)
        self.export_frame.setEnabled(has_video)
        self.export_scene.setEnabled(bool(job) and scene >= 2)
        self.compare.setEnabled(bool(self.results.comparable()))

    def fill_menu(
        self, menu: QMenu, *, only_enabled: bool = False, with_library: bool = False
    ) -> None:
        """The job actions in groups; a context menu shows only what applies, and the
        library's actions too."""
        groups = [*self.groups, self.library_actions] if with_library else self.groups
        for group in groups:
            shown = [a for a in group if a.isEnabled() or not only_enabled]
            for action in shown:
                menu.addAction(action)
            if shown:
                menu.addSeparator()
