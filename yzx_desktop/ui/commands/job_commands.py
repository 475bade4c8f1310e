"""Everything the user can do to jobs, as one QObject: each command reads the selection from
the jobs view, asks through :class:`Dialogs`, and acts through the session's engine."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication

from yzx_desktop.api.types import CreateRequest
from yzx_desktop.jobs.model import Job
from yzx_desktop.jobs.takes import TakePlan
from yzx_desktop.logs import log_file
from yzx_desktop.profiles.request_body import RequestRefused
from yzx_desktop.ui.aio import spawn
from yzx_desktop.ui.commands.dialogs import Dialogs
from yzx_desktop.ui.compose.panel import ComposePanel
from yzx_desktop.ui.jobs.view import JobsView
from yzx_desktop.ui.preview.panel import PreviewPanel
from yzx_desktop.ui.session import Session
from yzx_desktop.ui.status.status_bar import StatusArea
from yzx_desktop.ui.texts import explanation, option_label, refusal_text

if TYPE_CHECKING:
    import asyncio

    from yzx_desktop.jobs.spend import Estimate
    from yzx_desktop.ui.compose.takes import Take

logger = logging.getLogger(__name__)


class JobCommands(QObject):
    """One method per user command; async ones are spawned by the actions."""

    jobRemoved = Signal(int)
    changed = Signal()  # something the actions' enabled state depends on moved

    def __init__(
        self,
        session: Session,
        view: JobsView,
        compose: ComposePanel,
        preview: PreviewPanel,
        status: StatusArea,
        dialogs: Dialogs,
    ) -> None:
        super().__init__(view)
        self.session = session
        self.view = view
        self.compose = compose
        self.preview = preview
        self.status = status
        self.dialogs = dialogs
        self._takes_pending = False  # a set's question is open

    def _selected(self) -> Job | None:
        return self.view.selected()

    # ---- creating --------------------------------------------------------------------------
    def generate(self, request: CreateRequest) -> Job | None:
        """One call = one job = at most one create request. Above a spending limit the user
        is asked first (and the job is created after the answer, or not at all)."""
        from yzx_desktop.jobs.spend import Limits, breaches

        if not self.session.has_token:
            self.dialogs.inform(
                self.tr(
                    "Set the relay's token in Settings first, or try the demo (File → Demo mode)."
                )
            )
            return None
        estimate = self.session.estimate(request)
        limits = Limits.from_settings(self.session.settings)
        if self.session.spend and breaches(estimate, limits, self.session.spend.spent_today()):
            spawn(self._generate_if_confirmed(request, estimate, limits))
            return None
        return self._submit(request, estimate.usd)

    async def _generate_if_confirmed(self, request: CreateRequest, estimate, limits) -> None:
        from yzx_desktop.ui.spend.guard import confirm_spend

        spent = self.session.spend.spent_today() if self.session.spend else 0.0
        if await confirm_spend(self.dialogs.window, estimate, limits, spent):
            self._submit(request, estimate.usd)
        else:
            self.compose.generate_declined()

    def _submit(self, request: CreateRequest, estimate_usd: float | None) -> Job | None:
        self.session.settings.takes = self.compose.takes_box.value()  # saved by submit
        try:
            job = self.session.submit(request, estimate_usd)
        except RequestRefused as exc:  # e.g. an image that became unreadable: nothing was sent
            self.compose.show_refusal(" ".join(map(refusal_text, exc.problems)))
            return None
        self.compose.finish_generate()
        self.view.note_hidden_job(job)
        self.view.select_job(job.id)  # its progress, or its story if the relay refuses it
        self.status.show_message(self.tr("Job %1 sent to the relay.").replace("%1", str(job.id)))
        return job

    def generate_takes(self, request: CreateRequest, plan: TakePlan) -> asyncio.Task | None:
        """Start :meth:`create_takes` (the compose panel's ``takesRequested``). While one set
        is being confirmed, another request is ignored: one press, one question."""
        if self._takes_pending:
            return None
        self._takes_pending = True
        task = spawn(self.create_takes(request, plan))
        task.add_done_callback(lambda _task: setattr(self, "_takes_pending", False))
        return task

    async def create_takes(self, request: CreateRequest, plan: TakePlan) -> list[Job]:
        """A set of takes: planned (each take its own seed where the model reads one), each
        variant checked, then ONE question with the number of paid tasks, how they are made
        up, the estimated total and any spending limit the set passes (Cancel is the
        default); then all are sent as one set, or none."""
        from yzx_desktop.jobs.spend import Limits
        from yzx_desktop.ui.compose.takes import first_refusal, plan_set
        from yzx_desktop.ui.spend.guard import confirm_takes

        if not self.session.has_token:
            self.dialogs.inform(
                self.tr(
                    "Set the relay's token in Settings first, or try the demo (File → Demo mode)."
                )
            )
            return []
        catalog = self.session.catalog
        takes = plan_set(request, plan, catalog)
        refused = first_refusal(takes, catalog)
        if refused:
            variant, profile, refusal = refused
            self.compose.show_refusal(
                f"{variant.model}: {self.compose.refusal_words(refusal, profile)}"
            )
            return []
        requests = [take.request for take in takes]
        estimates = [self.session.estimate(r) for r in requests]
        spent = self.session.spend.spent_today() if self.session.spend else 0.0
        demo = self.session.demo  # the simulated relay charges nothing: no prices
        confirmed = await confirm_takes(
            self.dialogs.window,
            breakdown=self._breakdown(request, plan),
            details=self._take_details(
                takes, [None] * len(takes) if demo else estimates, plan.count
            ),
            estimates=estimates,
            limits=Limits.from_settings(self.session.settings),
            spent_today=spent,
            demo=demo,
        )
        if not confirmed:
            self.compose.generate_declined()
            return []
        try:
            jobs = self.session.submit_takes(
                requests, [e.usd for e in estimates], takes=self.compose.takes_box.value()
            )
        except RequestRefused as exc:  # e.g. an image that became unreadable: nothing was sent
            self.compose.show_refusal(" ".join(map(refusal_text, exc.problems)))
            return []
        self.compose.finish_generate()
        self.view.note_hidden_job(jobs[0])
        self.view.select_job(jobs[0].id)
        self.status.show_message(self.tr("%n take(s) sent to the relay.", "", len(jobs)))
        return jobs

    def _breakdown(self, request: CreateRequest, plan: TakePlan) -> str:
        """``2 takes × 4 models: a, b, c, d``, or ``4 takes, each with its own seed``."""
        takes = self.tr("%n take(s)", "", plan.count)
        if plan.models:
            models = self.tr("%n model(s)", "", len(plan.models))
            return f"{takes} × {models}{self._colon()}" + ", ".join(plan.models)
        if plan.durations:
            lengths = self.tr("%n length(s)", "", len(plan.durations))
            seconds = ", ".join(self.tr("%1 s").replace("%1", str(d)) for d in plan.durations)
            return f"{takes} × {lengths}{self._colon()}{seconds}"
        profile = self.session.catalog.resolve(request.model)
        if profile is None or profile.supports_seed:
            return self.tr("%n take(s) of one prompt, each with its own seed.", "", plan.count)
        return self.tr(
            "%n take(s) of one prompt. This model takes no seed: the relay varies them.",
            "",
            plan.count,
        )

    def _colon(self) -> str:
        return self.tr(": ", "the colon before a list")  # Chinese uses its own "："

    def _take_details(
        self, takes: list[Take], estimates: list[Estimate | None], count: int
    ) -> list[str]:
        """One line per variant (model, length, price each unless ``None``), and what a model
        leaves out."""
        from yzx_desktop.ui.spend.texts import price_text

        lines = []
        base = self.session.catalog.resolve(takes[0].request.model) if takes else None
        for take, estimate in list(zip(takes, estimates, strict=True))[::count]:
            r = take.request
            line = f"{r.model} · " + self.tr("%1 s").replace("%1", str(r.duration))
            if estimate is not None and estimate.usd is None:
                line += " · " + price_text(estimate)  # "price unknown"
            elif estimate is not None:
                line += " · " + self.tr("%1 each").replace("%1", price_text(estimate))
            lines.append(line)
            if take.dropped_options:
                lines.append(
                    "  "
                    + self.tr("Not sent to %1 (options of another model): %2")
                    .replace("%1", r.model)
                    .replace(
                        "%2",
                        ", ".join(option_label(key, base) for key in take.dropped_options),
                    )
                )
        return lines

    async def submit_again(self) -> Job | None:
        """A new task with the same settings. Only when the first one may have been charged
        does it ask, with Cancel as the default; a demo never charges."""
        job = self._selected()
        if job is None:
            return None
        if (
            job.may_have_been_charged
            and not self.session.demo
            and not await self.dialogs.confirm_charge_again(job.id)
        ):
            return None
        return self.generate(job.request())

    def reuse(self) -> None:
        job = self._selected()
        if job:
            self.compose.fill_from(job)

    async def continue_shot(self) -> Job | None:
        """Continue this shot: its last frame, decoded here, becomes the next first frame."""
        from yzx_desktop.ui.compose.image_slots import pasted_image_path
        from yzx_desktop.ui.preview.frames import FrameUnavailable, last_frame

        job = self._selected()
        if job is None or not job.has_video:
            return None
        self.status.show_message(self.tr("Reading the last frame…"), 0)
        try:
            frame = pasted_image_path(await last_frame(Path(job.file_path)))
        except (FrameUnavailable, OSError) as exc:
            self.status.show_message("", 1)
            self.dialogs.warn(
                self.tr("The last frame could not be read: %1").replace("%1", str(exc))
            )
            return None
        self.status.show_message(
            self.tr("Job %1's last frame is the first frame of the next shot.").replace(
                "%1", str(job.id)
            ),
            5000,
        )
        self.compose.continue_from(job, frame)
        return job

    def use_preview_frame(self) -> bool:
        """The frame shown in the preview goes into the first-frame slot."""
        from yzx_desktop.ui.compose.image_slots import pasted_image_path

        image = self.preview.current_frame()
        if image is None:
            self.status.show_message(self.tr("Play the video to pick a frame first."))
            return False
        used = self.compose.use_image(pasted_image_path(image))
        if not used:
            self.status.show_message(self.tr("This model does not read a first frame."))
        return used

    # ---- tracking --------------------------------------------------------------------------
    def stop(self) -> None:
        for job in self.view.selected_jobs():
            self.session.engine.stop_tracking(job.id)
        self.changed.emit()

    def track_again(self) -> None:
        """Track the selected jobs again; a job of another relay moves to this one."""
        for job in self.view.selected_jobs():
            if not self.session.owns(job):
                self.session.adopt_relay(job.id)
            self.session.engine.track_again(job.id)
        self.changed.emit()

    async def adopt_task_id(self) -> None:
        """Enter the task id of an uncertain job; a typo is refused and can be corrected."""
        from yzx_desktop.api.errors import ErrorKind, RelayError
        from yzx_desktop.jobs.problems import Problem

        job = self._selected()
        if job is None or not job.can_adopt_task_id:
            return
        problem = ""
        while task_id := await self.dialogs.ask_task_id(problem):
            try:
                await self.session.engine.adopt_task_id(job.id, task_id)
            except RelayError as exc:
                problem = (
                    self.tr("The relay does not know a task “%1”. Check the id and try again.")
                    if exc.kind is ErrorKind.GONE
                    else explanation(Problem.of(exc.kind), job.base_url)
                ).replace("%1", task_id)
                continue
            break
        self.changed.emit()

    async def remove(self, delete_files: bool | None = None) -> None:
        jobs = self.view.selected_jobs()
        if not jobs:
            return
        if delete_files is None:
            delete_files = await self.dialogs.ask_remove(len(jobs))
            if delete_files is None:
                return
        for job in jobs:
            self.session.forget(job.id, delete_file=delete_files)
            self.jobRemoved.emit(job.id)

    # ---- files -----------------------------------------------------------------------------
    def preview_job(self) -> None:
        job = self._selected()
        self.preview.show_job(job)
        if job is not None and job.has_video:
            self.preview.player.play()

    async def save_as(self, target: str | None = None) -> Path | None:
        job = self._selected()
        if job is None or not job.file_path:
            return None
        source = Path(job.file_path)
        target = target or self.dialogs.save_path(Path.home() / source.name)
        if not target:
            return None
        try:
            import asyncio  # loaded after the first paint

            await asyncio.to_thread(shutil.copy2, source, target)
        except OSError as exc:
            self.dialogs.warn(
                self.tr("The copy failed: %1").replace("%1", exc.strerror or str(exc))
            )
            return None
        self.status.show_message(self.tr("Saved %1").replace("%1", target), 5000)
        return Path(target)

    def show_in_folder(self) -> None:
        job = self._selected()
        if job and job.file_path:
            reveal(Path(job.file_path))

    def copy_prompt(self) -> None:
        job = self._selected()
        if job:
            QGuiApplication.clipboard().setText(job.prompt)

    def copy_task_id(self) -> None:
        job = self._selected()
        if job and job.task_id:
            QGuiApplication.clipboard().setText(job.task_id)

    # ---- windows ---------------------------------------------------------------------------
    # Dialogs are imported when opened: the settings dialog pulls in the network stack,
    # which the first paint does not need.
    def show_details(self) -> None:
        from yzx_desktop.ui.dialogs.job_details import JobDetailsDialog

        job = self._selected()
        if job:
            profile = self.session.catalog.by_id(job.family) if job.family else None
            dialog = JobDetailsDialog(job, self.dialogs.window, self.view.model.jobs(), profile)
            dialog.jobLinkActivated.connect(self.view.select_job)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def open_library(self) -> None:
        folder = self.session.library_path
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_ledger(self) -> None:
        from yzx_desktop.ui.spend.ledger_dialog import LedgerDialog

        dialog = LedgerDialog(self.session.store.all, self.dialogs.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_logs(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))


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
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent if path.exists() else path)))
