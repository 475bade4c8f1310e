"""Runs every job as an asyncio task: create → poll → download, persisting each step."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from yzx_desktop.api.client import RelayClient
from yzx_desktop.api.errors import (
    ErrorKind,
    RelayError,
    SubmissionUncertain,
    TransientError,
    failure_kind,
)
from yzx_desktop.api.types import CreateRequest, ImageInput, RemoteState, TaskSnapshot
from yzx_desktop.jobs.cadence import Backoff, PollCadence
from yzx_desktop.jobs.download import download_video, is_valid_video
from yzx_desktop.jobs.library import PromptHistory
from yzx_desktop.jobs.locks import JobLocks
from yzx_desktop.jobs.model import ACTIVE_STATES, Job, JobState
from yzx_desktop.jobs.naming import part_path, render_filename, reserve_path
from yzx_desktop.jobs.problems import Problem
from yzx_desktop.jobs.sidecar import file_sha256, write_sidecar
from yzx_desktop.jobs.store import JobStore
from yzx_desktop.logs import redact
from yzx_desktop.media.images import ImageProblem, prepare, store_input
from yzx_desktop.profiles.catalog import Catalog
from yzx_desktop.profiles.profile import ImageRole, ModelProfile
from yzx_desktop.profiles.request_body import (
    EncodedImage,
    Refusal,
    RequestRefused,
    build_body,
    check,
    effective_duration,
    exact_image_size,
    resolve_size,
    summarize_body,
)
from yzx_desktop.settings import DEFAULT_TEMPLATE

logger = logging.getLogger(__name__)

JobListener = Callable[[Job], None]

_STATE_OF_REMOTE = {
    RemoteState.WAITING: JobState.QUEUED,
    RemoteState.RUNNING: JobState.RUNNING,
    RemoteState.UNKNOWN: None,  # keep whatever we had
}


@dataclass
class EngineConfig:
    library_dir: Path
    filename_template: str = DEFAULT_TEMPLATE
    cadence: PollCadence = field(default_factory=PollCadence)
    backoff: Backoff = field(default_factory=Backoff)
    max_concurrent_creates: int = 2
    max_concurrent_downloads: int = 2
    create_attempts: int = 4  # only for failures that surely sent nothing
    download_attempts: int = 10
    progress_notify_interval: float = 0.25


def _dump(body: object) -> str:
    """The raw response as stored for the Details view, secrets removed."""
    try:
        return redact(json.dumps(body, ensure_ascii=False))
    except (TypeError, ValueError):
        return redact(repr(body))


def _saved_bytes(target: Path) -> int:
    """How much of ``target``'s download its part file holds."""
    try:
        return part_path(target).stat().st_size
    except OSError:
        return 0


class JobEngine:
    """Owns job state. The store is written before and after every network step, so a crash
    at any moment leaves each job resumable and no create is ever sent twice."""

    def __init__(
        self,
        store: JobStore,
        client: RelayClient,
        config: EngineConfig,
        *,
        catalog: Catalog | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.config = config
        self.catalog = catalog or Catalog.load()
        self._rng = rng or random.Random()
        self._create_slots = asyncio.Semaphore(config.max_concurrent_creates)
        self._download_slots = asyncio.Semaphore(config.max_concurrent_downloads)
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._live: dict[int, Job] = {}  # the jobs being run, by id
        # Another process (a second window, `yzx-desktop resume`) may share the store.
        self._locks = JobLocks(store.path.parent / "locks")
        self._listeners: list[JobListener] = []
        self._last_progress_note: dict[int, float] = {}

    # ---- observers -------------------------------------------------------------------------
    def subscribe(self, listener: JobListener) -> None:
        """``listener(job)`` runs after every persisted change of a job."""
        self._listeners.append(listener)

    def _emit(self, job: Job) -> None:
        """Tell observers, each with its own copy: the engine's jobs are never shared."""
        for listener in list(self._listeners):
            try:
                listener(replace(job))
            except Exception:  # a broken observer must never stop a paid job
                logger.exception("job listener failed")

    def _save(self, job: Job) -> None:
        self.store.save(job)
        self._emit(job)

    # ---- public API ------------------------------------------------------------------------
    def submit(
        self,
        request: CreateRequest,
        *,
        output_dir: Path | None = None,
        estimate_usd: float | None = None,
    ) -> Job:
        """Check ``request`` against its model's profile, keep its images in the library,
        persist a new job (with the price expected for it), then start it. One call = at most
        one create request.

        Raises :class:`RequestRefused` (nothing stored, nothing sent) when the model cannot
        take the request as asked."""
        self._refuse_unless_acceptable(request)
        inputs = self._store_inputs(request)
        return self._add(request, inputs, output_dir=output_dir, estimate_usd=estimate_usd)

    def submit_takes(
        self,
        requests: Sequence[CreateRequest],
        *,
        output_dir: Path | None = None,
        estimates: Sequence[float | None] | None = None,
    ) -> list[Job]:
        """Submit a set of takes (see :mod:`yzx_desktop.jobs.takes`): every request is
        checked and its images kept first (each distinct set of images once), so a refusal
        sends none of them; then each is one job of the set."""
        for request in requests:
            self._refuse_unless_acceptable(request)
        kept: dict[tuple[ImageInput, ...], list[ImageInput]] = {}
        for request in requests:
            if request.images not in kept:
                kept[request.images] = self._store_inputs(request)
        take_set = f"{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(3)}"
        estimates = list(estimates or [None] * len(requests))
        return [
            self._add(
                request,
                kept[request.images],
                output_dir=output_dir,
                estimate_usd=estimate,
                take_set=take_set,
                take_index=index,
            )
            for index, (request, estimate) in enumerate(zip(requests, estimates, strict=True), 1)
        ]

    def _add(
        self,
        request: CreateRequest,
        inputs: list[ImageInput],
        *,
        output_dir: Path | None,
        estimate_usd: float | None,
        take_set: str | None = None,
        take_index: int | None = None,
    ) -> Job:
        """Persist a checked request as a new job, then start it."""
        profile = self.catalog.resolve(request.model)
        resolution = ratio = None
        if profile is not None:
            resolution, ratio, _ = resolve_size(request, profile)
        job = Job(
            model=request.model.strip(),
            prompt=request.prompt.strip(),
            duration=effective_duration(request, profile),
            size=request.size,
            seed=request.seed,
            base_url=self.client.identity,
            family=profile.id if profile else None,
            endpoint=profile.endpoint if profile else "videos",
            resolution=resolution,
            ratio=ratio,
            options=dict(request.options),
            inputs=[image.to_dict() for image in inputs],
            parent_id=request.parent_id,
            output_dir=str(output_dir) if output_dir else None,
            estimate_usd=estimate_usd,
            take_set=take_set,
            take_index=take_index,
        )
        self.store.add(job)
        if take_index in (None, 1):  # a set of takes is one use of its prompt
            PromptHistory(self.store).record(job.prompt, job.created_at)
        self._emit(job)
        self._start(job)
        return replace(job)

    def _refuse_unless_acceptable(self, request: CreateRequest) -> None:
        problems = check(request, self.catalog.resolve(request.model))
        if problems:
            raise RequestRefused(problems)

    def mark(
        self, job_id: int, *, starred: bool | None = None, tags: list[str] | None = None
    ) -> None:
        """Star or tag a job; observers see the change like any other."""
        self.store.mark(job_id, starred=starred, tags=tags)
        live = self._live.get(job_id)
        if live is not None:  # keep the running copy's marks in step for the next emit
            live.starred = live.starred if starred is None else starred
            live.tags = live.tags if tags is None else list(tags)
        job = self.store.get(job_id)
        if job is not None:
            self._emit(job)

    def profile_of(self, job: Job) -> ModelProfile | None:
        """The profile a job was checked against (``None``: sent as typed)."""
        return self.catalog.by_id(job.family) if job.family else None

    def inputs_dir(self) -> Path:
        return self.config.library_dir / "inputs"

    def _store_inputs(self, request: CreateRequest) -> list[ImageInput]:
        """Copy each image into the library under its hash, before anything is sent."""
        stored = []
        for image in request.images:
            try:
                kept = store_input(Path(image.path), self.inputs_dir())
            except ImageProblem as exc:
                raise RequestRefused([Refusal("image", detail=exc)]) from exc
            stored.append(
                ImageInput(image.role, str(kept.path), kept.sha256, kept.width, kept.height)
            )
        return stored

    def _encode_inputs(self, job: Job, profile: ModelProfile) -> list[EncodedImage]:
        """The job's images fitted and encoded for its family (runs in a worker thread)."""
        request, encoded = job.request(), []
        exact = exact_image_size(request, profile)
        for image in request.images:
            prepared = prepare(Path(image.path), profile.images, exact)
            summary = (
                f"<{image.role} image sha256:{image.sha256[:12]} "
                f"{prepared.width}x{prepared.height} {prepared.mime} {len(prepared.data)} bytes>"
            )
            encoded.append(
                EncodedImage(
                    ImageRole(image.role), prepared.encoded(profile.images.encoding), summary
                )
            )
        return encoded

    async def _body(self, job: Job) -> dict:
        """The create body for ``job``; its summary is kept on the job for Details."""
        profile = self.profile_of(job)
        images = await asyncio.to_thread(self._encode_inputs, job, profile) if profile else []
        body = build_body(job.request(), profile, images)
        job.sent_body = json.dumps(summarize_body(body, images), ensure_ascii=False)
        return body

    def resume_all(self) -> list[Job]:
        """Carry on with every unfinished job of the store; creates nothing new."""
        resumed = []
        for job in self.store.unfinished():
            if job.id in self._tasks or not self.owns(job):
                continue
            if not self._locks.acquire(job.id):
                logger.info("job %s is tracked by another process; leaving it", job.id)
                continue
            if job.state is JobState.SUBMITTING:  # the lock proves no live process is sending it
                self._mark_uncertain(
                    job,
                    "The app stopped while the create request was being sent, so it is not "
                    "known whether the relay received it.",
                )
                self._locks.release(job.id, finished=True)
                continue
            self._start(job)
            resumed.append(job)
        return resumed

    def track_stopped(self) -> list[Job]:
        """Track again every stopped job of this relay that has a task id; creates nothing."""
        tracked = []
        for job in self.store.all():
            stopped = job.state is JobState.STOPPED and job.task_id and self.owns(job)
            if stopped and self.track_again(job.id):
                tracked.append(job)
        return tracked

    def owns(self, job: Job) -> bool:
        """Whether ``job`` belongs to this engine's relay (jobs of another relay wait for it)."""
        return job.belongs_to(self.client.identity)

    def adopt(self, job_id: int) -> None:
        """Move an unfinished job of another relay (or Base URL) to this one, to track it here."""
        job = self._job(job_id)
        if job is not None and not self.owns(job):
            job.base_url = self.client.identity
            self._save(job)

    def _job(self, job_id: int) -> Job | None:
        """The engine's own copy of a job: the one it runs, else the stored one."""
        return self._live.get(job_id) or self.store.get(job_id)

    async def adopt_task_id(self, job_id: int, task_id: str) -> None:
        """Attach the task id of an uncertain submission (found on the relay's dashboard) and
        track it, without a new create. The relay is asked first: an id it does not know
        raises the :class:`RelayError` and leaves the job as it was, so a typo can be fixed."""
        task_id = task_id.strip()
        job = self._job(job_id)
        if job is None or not task_id:
            return
        await self.client.poll(task_id, job.endpoint)
        job.task_id = task_id
        job.submitted_at = job.submitted_at or job.created_at
        job.finished_at = None
        job.state = JobState.STOPPED  # track_again takes it from here
        self.track_again(job.id, job)

    def running(self, job_id: int) -> bool:
        return job_id in self._tasks

    async def wait(self, job_id: int) -> Job:
        """Wait until the job's task ends; returns the job as stored."""
        task = self._tasks.get(job_id)
        if task is not None:
            await asyncio.shield(task)
        job = self.store.get(job_id)
        assert job is not None
        return job

    def stop_tracking(self, job_id: int) -> None:
        """Stop polling/downloading; the job keeps its task id and can be tracked again."""
        job = self._job(job_id)
        task = self._tasks.pop(job_id, None)
        if task:
            task.cancel()  # suspended at an await: it writes nothing more
            self._locks.release(job_id)
            self._live.pop(job_id, None)
        if job is not None and job.state in ACTIVE_STATES:
            job.state, job.error_kind = JobState.STOPPED, Problem.STOPPED
            job.error = None
            self._save(job)

    def track_again(self, job_id: int, job: Job | None = None) -> bool:
        """Resume a stopped or failed job that has a task id, without a new POST; False when
        it cannot be tracked (no task id, already running, or held by another process)."""
        job = job or self._job(job_id)
        if job is None or job_id in self._tasks or not job.task_id:
            return False
        if not self._locks.acquire(job_id):
            return False
        job.state = (
            JobState.DOWNLOADING if job.video_url or job.progress >= 100 else JobState.QUEUED
        )
        job.error = job.error_detail = job.error_kind = None
        job.finished_at = None
        self._save(job)
        self._start(job)
        return True

    def forget(self, job_id: int, *, delete_file: bool = False) -> None:
        """Remove a job from the store (and its video and sidecar when asked)."""
        job = self._job(job_id)
        if job is None:
            return
        self.stop_tracking(job_id)
        if job.file_path:
            video = Path(job.file_path)
            part_path(video).unlink(missing_ok=True)  # a partial download (its name's reservation)
            if delete_file:
                video.unlink(missing_ok=True)
                video.with_suffix(".json").unlink(missing_ok=True)
        self.store.delete(job.id)

    async def shutdown(self) -> None:
        """Cancel running tasks; their state is already persisted for the next start."""
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
        self._locks.release_all()

    # ---- one job's life --------------------------------------------------------------------
    def _start(self, job: Job) -> None:
        """Run ``job``; the caller holds its lock (``submit`` takes it here, ids are new)."""
        self._locks.acquire(job.id)
        task = asyncio.get_running_loop().create_task(self._run(job), name=f"job-{job.id}")
        self._tasks[job.id] = task
        self._live[job.id] = job
        task.add_done_callback(lambda t: self._finished(job, t))

    def _finished(self, job: Job, task: asyncio.Task[None]) -> None:
        if self._tasks.get(job.id) is task:
            del self._tasks[job.id]
            self._live.pop(job.id, None)
            self._locks.release(job.id, finished=not job.active)
        self._last_progress_note.pop(job.id, None)

    async def _run(self, job: Job) -> None:
        try:
            if job.state is JobState.PENDING:
                await self._create(job)
            if job.state in (JobState.QUEUED, JobState.RUNNING):
                await self._poll_until_finished(job)
            if job.state is JobState.DOWNLOADING:
                await self._download(job)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug must not lose the job: keep it, explain, allow retry
            logger.exception("job %s crashed", job.id)
            if job.state is JobState.SUBMITTING:
                self._mark_uncertain(job, f"An internal error interrupted it ({redact(str(exc))}).")
                return
            job.error, job.error_kind = redact(str(exc)), Problem.INTERNAL
            job.state = JobState.STOPPED if job.task_id else JobState.FAILED
            self._save(job)

    async def _create(self, job: Job) -> None:
        async with self._create_slots:
            try:
                body = await self._body(job)
            except (ImageProblem, RequestRefused, OSError) as exc:
                job.state, job.error_kind = JobState.FAILED, Problem.REFUSED_LOCALLY
                job.error = str(exc)
                job.finished_at = time.time()
                self._save(job)
                return
            for attempt in range(1, self.config.create_attempts + 1):
                if not self.store.claim(job, JobState.PENDING, JobState.SUBMITTING):
                    logger.info("job %s was claimed elsewhere; not sending it", job.id)
                    return
                self._emit(job)
                try:
                    snapshot = await self.client.create(body, job.endpoint)
                except SubmissionUncertain as exc:
                    self._mark_uncertain(job, exc.message, exc.detail, exc.relay_text)
                    return
                except TransientError as exc:  # nothing was processed: safe to send again
                    job.state = JobState.PENDING
                    if attempt == self.config.create_attempts:
                        self._fail(job, exc)
                        return
                    self._note(job, exc)
                    await asyncio.sleep(
                        self.config.backoff.delay(attempt, self._rng, exc.retry_after)
                    )
                    continue
                except RelayError as exc:
                    self._fail(job, exc)
                    return
                break
            job.task_id = snapshot.task_id
            job.submitted_at = time.time()
            job.error = job.error_kind = None
            job.state = JobState.QUEUED
            self._apply(job, snapshot, force_save=True)

    async def _poll_until_finished(self, job: Job) -> None:
        cadence, rng = self.config.cadence, self._rng
        since = job.submitted_at or job.created_at
        delay = max(0.0, since + cadence.first_delay(rng) - time.time())
        failures = 0
        while job.state in (JobState.QUEUED, JobState.RUNNING):
            await asyncio.sleep(delay)
            try:
                snapshot = await self.client.poll(job.task_id, job.endpoint)
            except RelayError as exc:
                if exc.kind is ErrorKind.GONE:
                    self._fail(job, exc)
                    return
                failures += 1
                delay = self.config.backoff.delay(failures, rng, exc.retry_after)
                if not isinstance(exc, TransientError):
                    delay = max(delay, cadence.interval[1])
                self._note(job, exc, retry_in=delay)
                continue
            failures = 0
            self._apply(job, snapshot)
            delay = cadence.next_delay(time.time() - since, rng)

    def _apply(self, job: Job, snapshot: TaskSnapshot, *, force_save: bool = False) -> None:
        """Fold one normalised response into the job; persist only what changed."""
        before = (job.state, job.progress, job.video_url, job.error)
        job.last_response = _dump(snapshot.raw)
        if snapshot.state is RemoteState.DONE:
            job.state, job.progress, job.video_url = JobState.DOWNLOADING, 100, snapshot.video_url
            job.error = job.error_kind = None
        elif snapshot.state is RemoteState.FAILED:
            job.state, job.error = JobState.FAILED, snapshot.failure
            job.error_kind = Problem.of(failure_kind(snapshot.failure))
            job.error_detail = job.last_response
            job.finished_at = time.time()
        else:
            new_state = _STATE_OF_REMOTE[snapshot.state]
            if new_state is not None:
                job.state = new_state
            if snapshot.progress is not None:
                job.progress = snapshot.progress
            job.error = job.error_kind = None
        if force_save or (job.state, job.progress, job.video_url, job.error) != before:
            self._save(job)

    async def _download(self, job: Job) -> None:
        async with self._download_slots:
            if not job.file_path:
                name = render_filename(self.config.filename_template, job)
                folder = Path(job.output_dir) if job.output_dir else self.config.library_dir
                job.file_path = str(reserve_path(folder, name))
                self._save(job)
            target = Path(job.file_path)
            if target.exists() and not part_path(target).exists() and is_valid_video(target):
                logger.info("job %s: %s already complete (resumed after a crash)", job.id, target)
                await self._complete(job, target)
                return
            # A proxy that cuts every transfer (new-api's /content stops at 60 s) still gets
            # the whole video across many cuts: a failure that saved more bytes than any
            # before it starts the count of failed attempts over.
            attempt, furthest = 0, _saved_bytes(target)
            while attempt < self.config.download_attempts:
                attempt += 1
                try:
                    await download_video(
                        self.client,
                        job.task_id,
                        job.video_url,
                        target,
                        lambda done, total: self._download_progress(job, done, total),
                    )
                except RelayError as exc:
                    if _saved_bytes(target) > furthest:
                        attempt, furthest = 1, _saved_bytes(target)
                    delay = self.config.backoff.delay(attempt, self._rng, exc.retry_after)
                    self._note(job, exc, retry_in=delay)
                except OSError as exc:
                    delay = self.config.backoff.delay(attempt + 2, self._rng)
                    logger.warning("job %s: cannot write %s: %s", job.id, target, exc)
                    job.error_kind, job.error = Problem.DISK, exc.strerror or str(exc)
                    job.error_detail = f"{target.parent}: {exc}"
                    self._save(job)
                else:
                    await self._complete(job, target)
                    return
                if attempt < self.config.download_attempts:
                    await asyncio.sleep(delay)
            if job.error_kind is not Problem.DISK:
                job.error_kind = Problem.DOWNLOAD
            job.state, job.finished_at = JobState.FAILED, time.time()
            self._save(job)

    def _download_progress(self, job: Job, done: int, total: int) -> None:
        job.bytes_done, job.bytes_total = done, total
        now = time.monotonic()
        if now - self._last_progress_note.get(job.id, 0.0) >= self.config.progress_notify_interval:
            self._last_progress_note[job.id] = now
            self._emit(job)  # in memory only: the partial file on disk is the real progress

    async def _complete(self, job: Job, target: Path) -> None:
        sha256 = await asyncio.to_thread(file_sha256, target)
        job.state, job.progress, job.finished_at = JobState.DONE, 100, time.time()
        job.error = job.error_detail = job.error_kind = None
        job.bytes_done = job.bytes_total = target.stat().st_size
        try:
            write_sidecar(job, target, sha256)
        except OSError as exc:  # the video is safe; the sidecar is a convenience
            logger.warning("could not write the sidecar for %s: %s", target, exc)
        self._save(job)
        logger.info("job %s done: %s", job.id, target)

    # ---- outcomes --------------------------------------------------------------------------
    def _record(self, job: Job, exc: RelayError) -> None:
        """The problem's kind, the relay's own words, and the technical sentence for Details."""
        job.error_kind = Problem.of(exc.kind)
        job.error = exc.relay_text or None
        job.error_detail = f"{exc.message}\n{exc.detail}".strip()

    def _note(self, job: Job, exc: RelayError, retry_in: float | None = None) -> None:
        """A problem worth showing while the job carries on (the app retries by itself)."""
        later = f" Retrying in {retry_in:.0f} s." if retry_in is not None else ""
        logger.warning("job %s: %s%s", job.id, exc.message, later)
        self._record(job, exc)
        self._save(job)

    def _fail(self, job: Job, exc: RelayError) -> None:
        logger.warning("job %s failed: %s", job.id, exc.message)
        self._record(job, exc)
        job.state, job.finished_at = JobState.FAILED, time.time()
        self._save(job)

    def _mark_uncertain(
        self, job: Job, message: str, detail: str = "", relay_text: str = ""
    ) -> None:
        logger.warning("job %s: submission uncertain: %s", job.id, message)
        job.state, job.error_kind = JobState.UNCERTAIN, Problem.UNCERTAIN
        job.error = relay_text or None
        job.error_detail = f"{message}\n{detail}".strip()
        job.finished_at = time.time()
        self._save(job)
