"""The composition root: settings, token, client, store, catalog and engine, wired once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from yzx_desktop.api.client import RelayClient
from yzx_desktop.credentials import load_token
from yzx_desktop.jobs.cadence import PollCadence
from yzx_desktop.jobs.engine import EngineConfig, JobEngine
from yzx_desktop.jobs.spend import SpendTracker
from yzx_desktop.jobs.store import JobStore
from yzx_desktop.profiles.catalog import Catalog
from yzx_desktop.settings import Settings, load_settings


@dataclass
class Runtime:
    """The working parts for one relay; ``aclose`` stops them (the store stays open)."""

    settings: Settings
    token: str | None
    client: RelayClient
    store: JobStore
    engine: JobEngine
    catalog: Catalog
    spend: SpendTracker

    async def aclose(self, *, finish_charges: bool = False) -> None:
        """Stop the engine and the client. ``finish_charges`` waits for the charges being read
        (the command line, before it exits); otherwise the next start reads them."""
        if finish_charges:
            await self.engine.shutdown()
            await self.spend.drain()
        else:
            await self.spend.close()
            await self.engine.shutdown()
        await self.client.aclose()


def cadence_from(settings: Settings, poll_interval: float | None = None) -> PollCadence:
    if poll_interval:
        return PollCadence.fixed(poll_interval)
    return PollCadence(
        (settings.poll_first_min, settings.poll_first_max),
        (settings.poll_interval_min, settings.poll_interval_max),
        settings.poll_slow_after,
        (settings.poll_slow_interval, settings.poll_slow_interval * 1.5),
    )


def engine_config(settings: Settings, *, poll_interval: float | None = None) -> EngineConfig:
    return EngineConfig(
        library_dir=settings.library_path,
        filename_template=settings.filename_template,
        cadence=cadence_from(settings, poll_interval),
        max_concurrent_creates=settings.max_concurrent_creates,
        max_concurrent_downloads=settings.max_concurrent_downloads,
    )


@dataclass(frozen=True)
class Relay:
    """Where jobs go: the base URL to call, the token, and the identity recorded on jobs (the
    base URL, except for the demo relay, whose port changes at each start)."""

    base_url: str
    token: str | None
    identity: str | None = None


def relay_from(settings: Settings) -> Relay:
    """The configured relay: ``YZX_API_BASE`` / ``YZX_API_KEY`` win over what is saved."""
    return Relay(settings.effective_base_url(), load_token().token)


def build_runtime(
    settings: Settings,
    relay: Relay,
    *,
    store: JobStore | None = None,
    catalog: Catalog | None = None,
    cadence: PollCadence | None = None,
    poll_interval: float | None = None,
) -> Runtime:
    """The one place the client, store, catalog and engine are made and wired: the command
    line, the window and the self-test all start here. ``store`` and ``catalog``: ones the
    caller has open already (the window's, read for its first paint)."""
    client = RelayClient(
        relay.base_url, relay.token, proxy=settings.proxy or None, identity=relay.identity
    )
    config = engine_config(settings, poll_interval=poll_interval)
    if cadence is not None:
        config.cadence = cadence
    store = store or JobStore()
    catalog = Catalog.load(settings.model_pins) if catalog is None else catalog
    engine = JobEngine(store, client, config, catalog=catalog)
    spend = SpendTracker(engine, user_prices=settings.model_prices)
    return Runtime(settings, relay.token, client, store, engine, catalog, spend)


@asynccontextmanager
async def open_runtime(*, poll_interval: float | None = None) -> AsyncIterator[Runtime]:
    """Everything the command line needs, closed in order on exit."""
    settings = load_settings()
    runtime = build_runtime(settings, relay_from(settings), poll_interval=poll_interval)
    try:
        yield runtime
    finally:
        await runtime.aclose(finish_charges=True)
        runtime.store.close()
