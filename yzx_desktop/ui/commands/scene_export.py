"""Joining a scene's shots in a worker thread while a progress dialog shows how far it got."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from yzx_desktop import APP_NAME


class _Cancelled(Exception):
    """Raised from the progress callback to stop the join (the target stays untouched)."""


async def run_scene_export(
    parent: QWidget, shots: list[Path], target: Path, on_cancel: Callable[[], None] = lambda: None
) -> Path | None:
    """Join ``shots`` into ``target``; ``None`` when cancelled (``on_cancel`` is told) or
    failed (said in a box, our words first, then the technical detail)."""
    from yzx_desktop.media.scenes import SceneError, join_videos

    count = len(shots)
    dialog = QProgressDialog(
        QCoreApplication.translate("SceneExport", "Joining %n shot(s)…", "", count),
        QCoreApplication.translate("SceneExport", "Cancel"),
        0,
        100,
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("SceneExport", "Export Scene"))
    dialog.setMinimumWidth(420)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    dialog.show()
    loop = asyncio.get_running_loop()
    stop = threading.Event()
    dialog.canceled.connect(stop.set)

    def progress(fraction: float) -> None:  # runs in the worker thread
        if stop.is_set():
            raise _Cancelled
        loop.call_soon_threadsafe(dialog.setValue, round(fraction * 100))

    try:
        return await asyncio.to_thread(join_videos, shots, target, progress)
    except _Cancelled:
        on_cancel()
        return None
    except SceneError as exc:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            QCoreApplication.translate("SceneExport", "The scene could not be exported."),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setInformativeText(str(exc))
        box.open()
        return None
    finally:
        dialog.close()
        dialog.deleteLater()
