"""What an artist does with finished results: star and tag them, copy the file, export the
frame on screen or the whole scene of continued shots."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from yzx_desktop.jobs.chains import scene_of
from yzx_desktop.jobs.library import normalize_tags
from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.ui.commands.dialogs import Dialogs
from yzx_desktop.ui.jobs.view import JobsView
from yzx_desktop.ui.preview.panel import PreviewPanel
from yzx_desktop.ui.session import Session
from yzx_desktop.ui.status.status_bar import StatusArea

logger = logging.getLogger(__name__)


def file_mime(paths: list[Path]) -> QMimeData:
    """Files as the clipboard or a drag carries them: URLs for every desktop, plus the
    GNOME file managers' own format, plus the paths as text for editors and terminals."""
    mime = QMimeData()
    urls = [QUrl.fromLocalFile(str(p)) for p in paths]
    mime.setUrls(urls)
    mime.setText("\n".join(str(p) for p in paths))
    if sys.platform.startswith("linux"):
        gnome = "copy\n" + "\n".join(u.toString() for u in urls)
        mime.setData("x-special/gnome-copied-files", gnome.encode())
    return mime


class SceneExportCancelled(Exception):
    """The user stopped a scene export; the target was left untouched."""


class ResultCommands(QObject):
    """Commands on the selected finished results; each reads the selection from the view."""

    changed = Signal()

    def __init__(
        self,
        session: Session,
        view: JobsView,
        preview: PreviewPanel,
        status: StatusArea,
        dialogs: Dialogs,
    ) -> None:
        super().__init__(view)
        self.session = session
        self.view = view
        self.preview = preview
        self.status = status
        self.dialogs = dialogs

    def _with_video(self) -> list[Job]:
        return [job for job in self.view.selected_jobs() if job.has_video]

    # ---- library marks ---------------------------------------------------------------------
    def toggle_star(self) -> bool | None:
        """Star the selected jobs, or unstar them when all are starred; the new state."""
        jobs = self.view.selected_jobs()
        if not jobs or self.session.engine is None:
            return None
        starred = not all(job.starred for job in jobs)
        for job in jobs:
            self.session.engine.mark(job.id, starred=starred)
        self.changed.emit()
        return starred

    def set_starred(self, job_id: int, starred: bool) -> None:
        if self.session.engine is not None:
            self.session.engine.mark(job_id, starred=starred)
            self.changed.emit()

    async def edit_tags(self, text: str | None = None) -> list[str] | None:
        """Tags of the selected jobs: the first job's shown, the answer given to all."""
        jobs = self.view.selected_jobs()
        if not jobs or self.session.engine is None:
            return None
        if text is None:
            text = await self.dialogs.ask_tags(", ".join(jobs[0].tags), len(jobs))
            if text is None:
                return None
        tags = normalize_tags(text)
        for job in jobs:
            self.session.engine.mark(job.id, tags=tags)
        self.changed.emit()
        return tags

    def open_large(self) -> QWidget | None:
        """The selected result in the large preview (the panel's player pauses meanwhile)."""
        job = self.view.selected()
        if job is None or not job.has_video:
            return None
        from yzx_desktop.ui.preview.large_preview import LargePreview

        if self.preview.has_player:
            self.preview.player.pause()
        dialog = LargePreview(job, self.dialogs.window)
        dialog.open()
        return dialog

    def comparable(self) -> list[Job]:
        """The selected results when 2 to 4 are selected (whether each can play is said by
        :meth:`compare`)."""
        jobs = self.view.selected_jobs()
        return jobs if 2 <= len(jobs) <= 4 else []

    def _why_not_comparable(self, jobs: list[Job]) -> str | None:
        if not jobs:
            return self.tr("Select 2 to 4 finished results to compare them.")
        for job in jobs:
            if job.state is not JobState.DONE:
                return self.tr("Job %1 has no video yet.").replace("%1", str(job.id))
            if not job.has_video:
                return (
                    self.tr("The video of job %1 is not on disk any more:\n%2")
                    .replace("%1", str(job.id))
                    .replace("%2", job.file_path or "?")
                )
        return None

    def compare(self) -> QWidget | None:
        """The selected takes side by side, playing in sync; a ★ there stars the job here."""
        jobs = self.comparable()
        problem = self._why_not_comparable(jobs)
        if problem:
            self.dialogs.inform(problem) if jobs else self.status.show_message(problem)
            return None
        from yzx_desktop.ui.compare.window import CompareWindow

        if self.preview.has_player:
            self.preview.player.pause()
        window = CompareWindow(jobs, self.dialogs.window)
        window.starToggled.connect(self.set_starred)
        window.show()
        return window

    # ---- results leaving the app -----------------------------------------------------------
    def copy_file(self) -> bool:
        """The selected videos on the clipboard, to paste into a file manager or an editor."""
        paths = [Path(job.file_path) for job in self._with_video()]
        if not paths:
            return False
        QGuiApplication.clipboard().setMimeData(file_mime(paths))
        self.status.show_message(
            self.tr("Copied %n video file(s) to the clipboard.", "", len(paths)), 5000
        )
        return True

    async def export_frame(self, target: str | None = None) -> Path | None:
        """The frame on screen in the preview, as a PNG at the video's own size."""
        job = self.view.selected()
        image = self.preview.current_frame()
        if job is None or image is None:
            self.status.show_message(self.tr("Play the video to pick a frame first."))
            return None
        position = self.preview.player.position()
        name = f"{Path(job.file_path or 'frame').stem} {position / 1000:.2f}s.png"
        target = target or self.dialogs.save_image_path(self._export_dir() / name)
        if not target:
            return None
        import asyncio

        if not await asyncio.to_thread(image.save, target, "PNG"):
            self.dialogs.warn(
                self.tr("The frame could not be written to %1.").replace("%1", target)
            )
            return None
        self.status.show_message(self.tr("Saved %1").replace("%1", target), 5000)
        return Path(target)

    def _export_dir(self) -> Path:
        folder = self.session.library_path / "Exports"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    # ---- scenes ----------------------------------------------------------------------------
    def scene(self) -> list[Job]:
        """The chain of continued shots the selected job belongs to (empty: none)."""
        job = self.view.selected()
        if job is None or job.id is None:
            return []
        jobs = self.view.model.jobs()
        if job.parent_id is None and not any(j.parent_id == job.id for j in jobs):
            return []  # the common case, decided without building the chain
        return scene_of(jobs, job.id)

    async def export_scene(self, target: str | None = None) -> Path | None:
        """Join the selected job's chain of shots into one MP4, with a progress dialog."""
        shots = self.scene()
        if len(shots) < 2:
            self.status.show_message(self.tr("This shot has not been continued yet."))
            return None
        name = self.tr("scene %1-%2.mp4").replace("%1", str(shots[0].id))
        name = name.replace("%2", str(shots[-1].id))
        target = target or self.dialogs.save_path(
            self._export_dir() / name, self.tr("Export Scene")
        )
        if not target:
            return None
        try:
            Path(target).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.dialogs.warn(
                self.tr("The folder for the scene cannot be made: %1").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
            return None
        from yzx_desktop.ui.commands.scene_export import run_scene_export

        result = await run_scene_export(
            self.dialogs.window,
            [Path(j.file_path) for j in shots],
            Path(target),
            on_cancel=self.scene_cancelled_message,
        )
        if result is not None:
            self.status.show_message(
                self.tr("Scene of %n shot(s) saved to %1", "", len(shots)).replace("%1", target),
                8000,
            )
        return result

    def scene_cancelled_message(self) -> None:
        self.status.show_message(self.tr("Scene export cancelled; nothing was written."), 5000)
