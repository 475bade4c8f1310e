"""The status bar's parts: job counts, the connection to the relay, tray notifications.

Each is a small widget with slots, fed by the window; none decides anything about jobs.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QSystemTrayIcon, QWidget

from yzx_desktop import APP_NAME
from yzx_desktop.jobs.model import ACTIVE_STATES, Job, JobState
from yzx_desktop.ui.texts import state_label

MAX_WIDTH = 560  # a long relay message is elided; the whole sentence is in the tooltip


class CountsLabel(QLabel):
    """ "Active · Done · Needs attention"; uncertain jobs are not counted as failed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []

    def update_counts(self, jobs: Iterable[Job]) -> None:
        self._jobs = list(jobs)
        self.retranslate()

    def retranslate(self) -> None:
        jobs = self._jobs
        active = sum(1 for j in jobs if j.state in ACTIVE_STATES)
        done = sum(1 for j in jobs if j.state is JobState.DONE)
        failed = sum(1 for j in jobs if j.state is JobState.FAILED)
        uncertain = sum(1 for j in jobs if j.state is JobState.UNCERTAIN)
        text = (
            self.tr("Active: %1 · Done: %2 · Failed: %3")
            .replace("%1", str(active))
            .replace("%2", str(done))
            .replace("%3", str(failed))
        )
        if uncertain:
            text += " · " + self.tr("Uncertain: %1").replace("%1", str(uncertain))
        self.setText(text)
        self.setAccessibleName(self.tr("Job counts"))


class ConnectionLabel(QLabel):
    """The relay's state as the last check or job saw it: connected, trouble, checking."""

    def __init__(self, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.demo = demo
        self.state, self.message = "", ""

    def set_state(self, state: str, message: str) -> None:
        """``state`` is "checking", "ok" or "error"; ``message`` the sentence to show."""
        self.state, self.message = state, message
        self.retranslate()

    def retranslate(self) -> None:
        prefix = self.tr("DEMO") + " · " if self.demo else ""
        mark = {"ok": "●", "error": "⚠", "checking": "…"}.get(self.state, "")
        text = f"{prefix}{mark} {self.message}".strip()
        self.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, MAX_WIDTH))
        self.setToolTip(self.message)
        self.setAccessibleName(self.tr("Connection state"))


class TrayNotifier:
    """A tray message when a job ends, where the desktop has a tray."""

    def __init__(self, parent: QWidget) -> None:
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(parent.windowIcon(), parent)
            self.tray.setToolTip(APP_NAME)
            self.tray.show()

    def job_ended(self, job: Job) -> None:
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

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()


class StatusArea:
    """Puts the counts and the connection into a status bar. Transient messages use the bar's
    own message area, which hides the counts only while it shows (the connection stays)."""

    def __init__(self, bar: QStatusBar, demo: bool) -> None:
        self.bar = bar
        self.counts = CountsLabel()
        self.connection = ConnectionLabel(demo)
        bar.addWidget(self.counts, 1)
        bar.addPermanentWidget(self.connection)

    def retranslate(self) -> None:
        self.counts.retranslate()
        self.connection.retranslate()

    def show_message(self, text: str, milliseconds: int = 4000) -> None:
        self.bar.showMessage(text, milliseconds)
