"""Shared fixtures: an isolated YZX_HOME, a fast simulated relay, a store and an engine."""

from __future__ import annotations

import os
import random
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;qt.qpa.*=false")
os.environ["YZX_NO_KEYRING"] = "1"

from tests.relay_faults import DEFAULT_MODELS, FaultyRelay
from yzx_desktop.api.client import RelayClient
from yzx_desktop.jobs.cadence import Backoff, PollCadence
from yzx_desktop.jobs.engine import EngineConfig, JobEngine
from yzx_desktop.jobs.store import JobStore

TOKEN = "sk-test-SECRET-7f3a9c"


@pytest.fixture(autouse=True)
def yzx_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, settings, logs and library folders."""
    home = tmp_path / "home"
    monkeypatch.setenv("YZX_HOME", str(home))
    monkeypatch.delenv("YZX_API_KEY", raising=False)
    monkeypatch.delenv("YZX_API_BASE", raising=False)
    return home


@pytest.fixture
def relay() -> Iterator[FaultyRelay]:
    models = (*DEFAULT_MODELS, "generic-video", "sora-2")
    with FaultyRelay(queue_seconds=0.2, run_seconds=0.3, token=TOKEN, models=models) as server:
        yield server


@pytest.fixture
def store(yzx_home: Path) -> Iterator[JobStore]:
    job_store = JobStore(yzx_home / "jobs.sqlite3")
    yield job_store
    job_store.close()


def fast_config(library: Path, **overrides) -> EngineConfig:
    values = dict(
        library_dir=library,
        cadence=PollCadence.fixed(0.05),
        backoff=Backoff(base=0.02, cap=0.1),
        download_attempts=6,
    )
    values.update(overrides)
    return EngineConfig(**values)


@pytest.fixture
async def client(relay: FaultyRelay) -> AsyncIterator[RelayClient]:
    relay_client = RelayClient(relay.base_url, TOKEN)
    yield relay_client
    await relay_client.aclose()


@pytest.fixture
async def make_engine(
    store: JobStore, client: RelayClient, yzx_home: Path
) -> AsyncIterator[Callable[..., JobEngine]]:
    """``make_engine(**config)``: an engine on the test relay with a fast configuration (any
    :class:`EngineConfig` field overridden), shut down after the test."""
    made: list[JobEngine] = []

    def make(relay_client: RelayClient | None = None, **overrides) -> JobEngine:
        config = fast_config(yzx_home / "videos", **overrides)
        made.append(JobEngine(store, relay_client or client, config, rng=random.Random(7)))
        return made[-1]

    yield make
    for job_engine in made:
        await job_engine.shutdown()


@pytest.fixture
async def engine(make_engine: Callable[..., JobEngine]) -> JobEngine:
    return make_engine()
