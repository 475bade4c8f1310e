"""Composition root for headless use: settings, token, client, store and engine together."""

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
    settings: Settings
    token: str | None
    client: RelayClient
    store: JobStore
    engine: JobEngine
    spend: SpendTracker


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


@asynccontextmanager
async def open_runtime(*, poll_interval: float | None = None) -> AsyncIterator[Runtime]:
    """Everything the command line needs, closed in order on exit."""
    settings = load_settings()
    token = load_token().token
    client = RelayClient(settings.effective_base_url(), token, proxy=settings.proxy or None)
    store = JobStore()
    engine = JobEngine(
        store,
        client,
        engine_config(settings, poll_interval=poll_interval),
        catalog=Catalog.load(settings.model_pins),
    )
    spend = SpendTracker(engine, user_prices=settings.model_prices)
    try:
        yield Runtime(settings, token, client, store, engine, spend)
    finally:
        await engine.shutdown()
        await spend.drain()
        await client.aclose()
        store.close()
