"""The live connection to one relay: client, engine and store, adapted to Qt signals."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from yzx_desktop.api.types import CreateRequest
from yzx_desktop.credentials import TokenInfo, load_token
from yzx_desktop.jobs.cadence import PollCadence
from yzx_desktop.jobs.model import Job
from yzx_desktop.jobs.store import JobStore
from yzx_desktop.profiles.catalog import Catalog
from yzx_desktop.settings import Settings, save_settings
from yzx_desktop.ui.aio import spawn

if TYPE_CHECKING:
    from yzx_desktop.api.client import RelayClient
    from yzx_desktop.demo.server import SimulatedRelay
    from yzx_desktop.jobs.engine import JobEngine

logger = logging.getLogger(__name__)

DEMO_TOKEN = "demo-token"
# The demo relay is the real protocol, only faster: a job finishes in about ten seconds.
DEMO_CADENCE = PollCadence(first=(1.0, 1.5), interval=(1.0, 2.0), slow_after=120)


class Session(QObject):
    """Owns the engine for the window; the engine's job events arrive as ``jobChanged``.

    Construction only opens the job store, so the window can paint at once; the token,
    the network client, the demo relay and the engine come in :meth:`start`.
    """

    jobChanged = Signal(object)  # Job
    connectionChanged = Signal(str, str)  # "checking" | "ok" | "error", sentence
    modelsChanged = Signal(list)  # list[ModelInfo]

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
        self.token_info: TokenInfo | None = None
        self.client: RelayClient | None = None
        self.engine: JobEngine | None = None

    def _build(self) -> None:
        from yzx_desktop.api.client import RelayClient
        from yzx_desktop.jobs.engine import JobEngine
        from yzx_desktop.runtime import engine_config

        self.token_info = load_token()
        config = engine_config(self.settings)
        if self.demo:
            if self.relay is None:
                from yzx_desktop.demo.server import SimulatedRelay

                self.relay = SimulatedRelay(queue_seconds=2.0, run_seconds=6.0).start()
            base, token = self.relay.base_url, DEMO_TOKEN
            config.cadence = self._cadence or DEMO_CADENCE
        else:
            base, token = self.settings.effective_base_url(), self.token_info.token
        config.cadence = self._cadence or config.cadence
        self.client = RelayClient(base, token, proxy=self.settings.proxy or None)
        self.engine = JobEngine(self.store, self.client, config, catalog=self.catalog)
        self.engine.subscribe(self.jobChanged.emit)

    @property
    def has_token(self) -> bool:
        return self.demo or bool(self.token_info and self.token_info.token)

    def is_running(self, job_id: int) -> bool:
        return self.engine is not None and self.engine.running(job_id)

    def start(self) -> list[Job]:
        """Connect: build the client and engine, resume unfinished jobs, check the relay."""
        if self.engine is None:
            self._build()
        resumed = self.engine.resume_all()
        logger.info("resumed %d unfinished job(s)", len(resumed))
        spawn(self.refresh_models())
        return resumed

    def submit(self, request: CreateRequest) -> Job:
        """Submit through the engine (raises ``RequestRefused`` before anything is sent) and
        remember the choices for the next start."""
        job = self.engine.submit(request)
        self.settings.last_model = request.model
        self.settings.last_duration = job.duration or 5
        profile = self.catalog.resolve(request.model)
        size = profile.size_for(job.resolution, job.ratio) if profile else request.size
        self.settings.last_size = (size or "").replace("*", "x")
        save_settings(self.settings)
        return job

    async def refresh_models(self) -> None:
        from yzx_desktop.api.errors import RelayError

        if self.client is None:
            return
        self.connectionChanged.emit("checking", self.tr("Checking the relay…"))
        try:
            models = await self.client.list_models(self.catalog.is_video_model)
        except RelayError as exc:
            self.connectionChanged.emit("error", exc.user_text())
            return
        self.modelsChanged.emit(models)
        self.connectionChanged.emit("ok", self.tr("Connected · %n video model(s)", "", len(models)))

    async def reconfigure(self, settings: Settings) -> None:
        """Apply new settings: running jobs stop cleanly and resume on the new client."""
        self.settings = settings
        save_settings(settings)
        self.catalog = Catalog.load(settings.model_pins)
        await self._stop_engine()
        self.start()

    async def _stop_engine(self) -> None:
        if self.engine is not None:
            await self.engine.shutdown()
            await self.client.aclose()
            self.engine = self.client = None

    async def close(self) -> None:
        await self._stop_engine()
        self.store.close()
        if self.relay is not None:
            self.relay.stop()
            self.relay = None
