"""Qt tests run offscreen on a qasync loop (see docs/architecture.md, "Testing")."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from tests.conftest import TOKEN
from yzx_desktop.demo.server import SimulatedRelay
from yzx_desktop.jobs.cadence import PollCadence
from yzx_desktop.settings import Settings
from yzx_desktop.ui.session import Session
from yzx_desktop.ui.window.main_window import MainWindow

FAST = PollCadence.fixed(0.1)


def _qasync_loop() -> qasync.QEventLoop:
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)  # a closed test window must not stop the loop
    return qasync.QEventLoop(app)


def pytest_asyncio_loop_factories(config, item):
    return {"qasync": _qasync_loop}


async def until(condition: Callable[[], object], timeout: float = 15.0, step: float = 0.02):
    """Await ``condition()`` becoming truthy while the Qt loop keeps running."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not (value := condition()):
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"condition not met within {timeout} s")
        await asyncio.sleep(step)
    return value


async def generate_now(compose, prompt: str | None = None) -> None:
    """Generate as a user would after Generate's double-click guard has passed."""
    if prompt is not None:
        compose.prompt_edit.setPlainText(prompt)
    await until(lambda: compose.generate_button.isEnabled(), timeout=5)
    compose.generate()


def relay_settings(relay: SimulatedRelay, home: Path) -> Settings:
    return Settings(base_url=relay.base_url, library_dir=str(home / "videos"))


async def open_window(
    relay: SimulatedRelay, home: Path, monkeypatch, token: str = TOKEN
) -> MainWindow:
    monkeypatch.setenv("YZX_API_KEY", token)
    session = Session(relay_settings(relay, home), demo=False, cadence=FAST)
    window = MainWindow(session)
    window.confirm_close = False
    window.show()
    session.start()
    return window


async def close_window(window: MainWindow) -> None:
    window.close()
    await window.session.close()
    window.deleteLater()


@pytest.fixture
async def window(qapp, relay, yzx_home, monkeypatch) -> AsyncIterator[MainWindow]:
    win = await open_window(relay, yzx_home, monkeypatch)
    yield win
    await close_window(win)


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread():
    """Free each test's Qt objects here: a collection that a server or worker thread happens
    to trigger must never be the one that destroys a QObject."""
    yield
    import gc

    gc.collect()


@pytest.fixture(scope="session", autouse=True)
def _collect_qt_objects_before_exit():
    """Destroy test windows while the QApplication lives (avoids teardown-order crashes)."""
    yield
    import gc

    gc.collect()
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
