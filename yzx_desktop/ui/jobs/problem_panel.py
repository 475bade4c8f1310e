"""Where the preview would be, for a job that needs the user: what happened, in plain words,
and the ways out (track again, enter the task id, submit again, details)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from yzx_desktop.jobs.model import Job
from yzx_desktop.ui.jobs.table_model import problem_icon
from yzx_desktop.ui.texts import job_story, state_label


class ProblemPanel(QWidget):
    """The story of a failed, uncertain or stopped job, with its actions as buttons."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.story = QLabel(wordWrap=True)
        self.story.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.story.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.buttons: list[QToolButton] = []
        row = QHBoxLayout()
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)  # enabled, text and tooltip follow the action
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        heading = QHBoxLayout()
        heading.addWidget(self.icon)
        heading.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addLayout(heading)
        layout.addWidget(self.story)
        layout.addLayout(row)
        layout.addStretch(1)
        self.job: Job | None = None

    def show_job(self, job: Job) -> None:
        self.job = job
        icon = problem_icon(job)
        self.icon.setPixmap(icon.pixmap(QSize(32, 32)) if icon else QLabel().pixmap())
        self.title.setText(state_label(job.state))
        self.story.setText(job_story(job))
        self.setAccessibleName(self.title.text())
        self.story.setAccessibleName(self.story.text())
        for button in self.buttons:  # only the ways out that apply to this job
            button.setVisible(button.defaultAction().isEnabled())

    def retranslate(self) -> None:
        if self.job is not None:
            self.show_job(self.job)
