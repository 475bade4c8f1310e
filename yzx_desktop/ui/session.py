"""The live connection to one relay: client, engine and store, adapted to Qt signals."""

from __future__ import annotations

import logging
from collections.abc import Coroutine, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from yzx_desktop import paths
from yzx_desktop.api.types import CreateRequest
from yzx_desktop.demo import DEMO_BASE_URL_IDENTITY
from yzx_desktop.jobs.cadence import PollCadence
from yzx_desktop.jobs.model import Job
from yzx_desktop.jobs.store import JobStore
from yzx_desktop.profiles.catalog import Catalog
from yzx_desktop.settings import Settings, save_settings
from yzx_desktop.ui.aio import spawn

if TYPE_CHECKING:
    import asyncio

    from yzx_desktop.api.client import RelayClient
    from yzx_desktop.demo.server import SimulatedRelay
    from yzx_desktop.jobs.engine import JobEngine
    from yzx_desktop.jobs.spend import Estimate, SpendTracker
    from yzx_desktop.runtime import Relay, Runtime

logger = logging.getLogger(__name__)

DEMO_TOKEN = "demo-token"
DEMO_FOLDER = "Demo"  # demo clips go to this folder inside the library
# The demo relay is the real protocol, only faster: a job finishes in about ten seconds.
DEMO_CADENCE = PollCadence(first=(1.0, 1.5), interval=(1.0, 2.0), slow_after=120)


class Session(QObject):
    """A Qt adapter over the runtime (see :func:`yzx_desktop.runtime.build_runtime`): it starts
    and stops it, turns engine events into ``jobChanged`` and checks the relay.

    Construction only opens the job store, so the window can paint at once; the token,
    the network client, the demo relay and the engine come in :meth:`start`.
    """

    jobChanged = Signal(object)  # Job (a copy; the engine keeps its own)
    started = Signal()  # the runtime is up (after each start, reconfigure or demo switch)
    connectionChanged = Signal(str, str)  # "checking" | "ok" | "error", sentence
    modelsChanged = Signal(list)  # list[ModelInfo]
    pricesChanged = Signal()  # the relay's prices were read: estimates may differ

    def __init__(
        self,
        settings: Settings,
        *,
        demo: bool,
        store: JobStore | None = None,
        cadence: PollCadence | None = None,
    ) -> None:
        super().__init__()
        self._cadence = cadence
        self.settings = settings
        self.demo = demo
        self.store = store or JobStore()
        self.catalog = Catalog.load(settings.model_pins)
        self.relay: SimulatedRelay | None = None
        self.runtime: Runtime | None = None
        self._tasks: set[asyncio.Task] = set()  # on the runtime: cancelled before it closes
        self._stopping = False

    # ---- the runtime -----------------------------------------------------------------------
    def _relay(self) -> Relay:
        from yzx_desktop.runtime import Relay, relay_from

        if not self.demo:
            return relay_from(self.settings)
        if self.relay is None:
            from yzx_desktop.demo.server import SimulatedRelay

            # Same port when free, and its tasks kept on disk: a demo job running at quit
            # finishes after the next start, like a real relay's would.
            self.relay = SimulatedRelay.preferred(
                queue_seconds=2.0,
                run_seconds=6.0,
                state_file=paths.data_dir() / "demo" / "tasks.json",
            ).start()
        return Relay(self.relay.base_url, DEMO_TOKEN, identity=DEMO_BASE_URL_IDENTITY)

    def _build(self) -> None:
        from yzx_desktop.runtime import build_runtime

        settings = self.settings
        if self.demo:  # demo clips stay out of the artist's library
            settings = replace(settings, library_dir=str(self.library_path))
        self.runtime = build_runtime(
            settings,
            self._relay(),
            store=self.store,
            catalog=self.catalog,
            cadence=self._cadence or (DEMO_CADENCE if self.demo else None),
        )
        self.runtime.engine.subscribe(self.jobChanged.emit)
        # A charge read after a job ended updates the job again (the table, Details).
        self.runtime.spend.subscribe(self.jobChanged.emit)

    @property
    def engine(self) -> JobEngine | None:
        return self.runtime.engine if self.runtime else None

    @property
    def spend(self) -> SpendTracker | None:
        return self.runtime.spend if self.runtime else None

    @property
    def client(self) -> RelayClient | None:
        return self.runtime.client if self.runtime else None

    @property
    def base_url(self) -> str:
        """The relay identity jobs of this session record."""
        if self.demo:
            return DEMO_BASE_URL_IDENTITY
        return self.settings.effective_base_url()

    @property
    def library_path(self) -> Path:
        base = self.settings.library_path
        return base / DEMO_FOLDER if self.demo else base

    @property
    def has_relay_token(self) -> bool:
        from yzx_desktop.credentials import load_token

        return bool(load_token().token)

    @property
    def has_token(self) -> bool:
        return self.demo or self.has_relay_token

    def is_running(self, job_id: int) -> bool:
        return self.engine is not None and self.engine.running(job_id)

    def owns(self, job: Job) -> bool:
        return job.belongs_to(self.base_url)

    def start(self) -> list[Job]:
        """Connect: build the client and engine, resume unfinished jobs, check the relay."""
        if self.runtime is None:
            self._build()
        resumed = self.engine.resume_all()
        logger.info("resumed %d unfinished job(s)", len(resumed))
        self.refresh_models_soon()
        self._spawn(self._start_spend())
        self.started.emit()
        return resumed

    async def _start_spend(self) -> None:
        """Units, prices and missing charges; then the estimates can change."""
        spend = self.spend
        if spend is not None:
            await spend.start()
            if spend is self.spend:
                self.pricesChanged.emit()

    # ---- jobs ------------------------------------------------------------------------------
    def estimate(self, request: CreateRequest) -> Estimate:
        from yzx_desktop.jobs.spend import Estimate

        return self.spend.estimate_for(request) if self.spend else Estimate(None)

    def submit(self, request: CreateRequest, estimate_usd: float | None = None) -> Job:
        """Submit through the engine (raises ``RequestRefused`` before anything is sent) and
        remember the choices for the next start."""
        job = self.engine.submit(request, estimate_usd=estimate_usd)
        self._remember(request, job)
        return job

    def submit_takes(
        self,
        requests: Sequence[CreateRequest],
        estimates: Sequence[float | None] | None = None,
        *,
        takes: int | None = None,
    ) -> list[Job]:
        """Submit a set of takes through the engine, as :meth:`submit` does one: every request
        is checked before any is sent (raises ``RequestRefused``, nothing sent); each job is
        announced by ``jobChanged``. The first request's choices, and ``takes`` (the panel's
        count), are remembered for the next start."""
        jobs = self.engine.submit_takes(requests, estimates=estimates)
        self._remember(requests[0], jobs[0], takes=takes)
        return jobs

    def _remember(self, request: CreateRequest, job: Job, *, takes: int | None = None) -> None:
        """The compose panel opens with these choices next time."""
        self.settings.last_model = request.model
        self.settings.last_duration = job.duration or 5
        profile = self.catalog.resolve(request.model)
        size = profile.size_for(job.resolution, job.ratio) if profile else request.size
        self.settings.last_size = (size or "").replace("*", "x")
        if takes is not None:
            self.settings.takes = takes
        save_settings(self.settings)

    def adopt_relay(self, job_id: int) -> None:
        """A job of another relay (or an older Base URL) is tracked on this one from now on."""
        self.engine.adopt(job_id)

    def forget(self, job_id: int, *, delete_file: bool) -> None:
        self.engine.forget(job_id, delete_file=delete_file)

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        """Run ``coro`` on this runtime: :meth:`_stop_engine` cancels it before the client
        closes, so nothing is sent on a closed client (and none starts while it stops)."""
        if self._stopping:
            coro.close()
            return
        task = spawn(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # ---- the relay -------------------------------------------------------------------------
    def refresh_models_soon(self) -> None:
        """Read the relay's models (F5, Refresh in the compose panel, each start)."""
        self._spawn(self.refresh_models())

    async def refresh_models(self) -> None:
        from yzx_desktop.api.errors import RelayError
        from yzx_desktop.jobs.problems import Problem
        from yzx_desktop.ui.texts import explanation

        if self.client is None:
            return
        if not self.runtime.token:  # e.g. removed from the keyring outside the app
            self.connectionChanged.emit(
                "error",
                self.tr("No token is saved for %1. Paste it in Settings (Ctrl+,).").replace(
                    "%1", self._host
                ),
            )
            return
        self.connectionChanged.emit("checking", self.tr("Checking %1…").replace("%1", self._host))
        try:
            models = await self.client.list_models(self.catalog.is_video_model)
        except RelayError as exc:
            self.connectionChanged.emit(
                "error", explanation(Problem.of(exc.kind), self.client.base_url)
            )
            return
        self.modelsChanged.emit(models)
        self.connection_recovered(len(models))

    def connection_recovered(self, models: int | None = None) -> None:
        """The relay answered again (a job's poll, or the model list)."""
        text = self.tr("Connected to %1").replace("%1", self._host)
        if models is not None:
            text += " · " + self.tr("%n video model(s)", "", models)
        self.connectionChanged.emit("ok", text)

    @property
    def _host(self) -> str:
        from yzx_desktop.jobs.problems import host_of

        return self.tr("the demo relay") if self.demo else host_of(self.base_url)

    async def reconfigure(self, settings: Settings) -> None:
        """Apply new settings: running jobs stop cleanly and resume on the new client."""
        self.settings = settings
        save_settings(settings)
        await self._stop_engine()
        self.catalog = Catalog.load(settings.model_pins)
        self.start()

    async def switch_demo(self, demo: bool) -> None:
        """Enter or leave demo mode; the jobs of the other relay wait for it."""
        await self._stop_engine()
        self.demo = demo
        self.start()

    async def _stop_engine(self) -> None:
        import asyncio

        self._stopping = True
        try:
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            if self.runtime is not None:
                await self.runtime.aclose()
                self.runtime = None
        finally:
            self._stopping = False

    async def close(self) -> None:
        await self._stop_engine()
        self.store.close()
        if self.relay is not None:
            self.relay.stop()
            self.relay = None
