"""Run coroutines from Qt slots, keeping references and routing their errors."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    import asyncio

logger = logging.getLogger(__name__)
_background: set[asyncio.Task[Any]] = set()


def spawn(coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
    """Start ``coro`` on the running (qasync) loop; exceptions are logged, never lost."""
    import asyncio  # loaded after the first paint

    task = asyncio.ensure_future(coro)
    _background.add(task)
    task.add_done_callback(_done)
    return task


def _done(task: asyncio.Task[Any]) -> None:
    _background.discard(task)
    if not task.cancelled() and task.exception() is not None:
        logger.error("background task failed", exc_info=task.exception())


@asynccontextmanager
async def modal(dialog: QDialog) -> AsyncIterator[int]:
    """Show ``dialog`` modally without blocking the event loop; yields its result code.

    Read the dialog's values inside the ``async with``; Qt deletes it afterwards, at a safe
    point, rather than whenever Python happens to drop its last reference.
    """
    import asyncio

    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    dialog.finished.connect(lambda code: future.done() or future.set_result(code))
    dialog.open()
    try:
        yield await future
    finally:
        dialog.deleteLater()
