"""The questions job commands ask the user, each a small modal dialog. Commands receive an
instance, so a test can answer for the user and each dialog is built in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from yzx_desktop import APP_NAME
from yzx_desktop.ui.aio import modal


class Dialogs(QObject):
    """Modal questions, parented to the window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    async def confirm_charge_again(self, job_id: int) -> bool:
        """Submitting again when the first task may have been charged: Cancel is the default."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Submit again?"),
            self.tr(
                "Job %1 may already have been charged by the relay. Submitting again creates a "
                "new task, which the relay charges again."
            ).replace("%1", str(job_id)),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.addButton(self.tr("Submit and pay again"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        async with modal(box):
            return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole

    async def ask_task_id(self, problem: str = "") -> str:
        """The task id as shown on the relay's dashboard ("" when cancelled)."""
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Enter Task Id"))
        text = self.tr(
            "If the relay's dashboard shows this task, paste its id. "
            "The app then tracks it without creating a new one."
        )
        dialog.setLabelText(f"{problem}\n\n{text}" if problem else text)
        async with modal(dialog) as accepted:
            return dialog.textValue().strip() if accepted else ""

    async def ask_remove(self, count: int) -> bool | None:
        """Remove ``count`` jobs: None to cancel, else whether to delete their files too."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove from list"),
            self.tr("Remove %n job(s) from the list?", "", count),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        keep = box.addButton(self.tr("Remove, keep files"), QMessageBox.ButtonRole.AcceptRole)
        delete = box.addButton(
            self.tr("Remove and delete files"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(keep)
        async with modal(box):
            clicked = box.clickedButton()
        if clicked not in (keep, delete):
            return None
        return clicked is delete

    def save_path(self, suggested: Path, title: str = "") -> str:
        target, _ = QFileDialog.getSaveFileName(
            self.window,
            title or self.tr("Save Video As"),
            str(suggested),
            self.tr("MP4 video (*.mp4)"),
        )
        return target

    def warn(self, text: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, text)

    def inform(self, text: str) -> None:
        QMessageBox.information(self.window, APP_NAME, text)

    def save_image_path(self, suggested: Path) -> str:
        target, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Frame"), str(suggested), self.tr("PNG image (*.png)")
        )
        return target

    async def ask_tags(self, current: str, count: int) -> str | None:
        """Free tags, separated by commas or spaces (``None`` when cancelled)."""
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Tags"))
        dialog.setLabelText(
            self.tr("Tags for %n result(s), separated by commas or spaces:", "", count)
        )
        dialog.setTextValue(current)
        async with modal(dialog) as accepted:
            return dialog.textValue() if accepted else None
