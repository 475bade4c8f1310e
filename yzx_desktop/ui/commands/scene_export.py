"""Joining a scene's shots in a worker thread while a progress dialog shows how far it got."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from yzx_desktop import APP_NAME


class _Cancelled(Exception):
    """Raised from the progress callback to stop the join (the target stays untouched)."""


async def run_scene_export(parent: QWidget, shots: list[Path], target: Path) -> Path | None:
    """Join ``shots`` into ``target``; ``None`` when cancelled or failed (said in a box)."""
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
        return None
    except SceneError as exc:
        QMessageBox.warning(parent, APP_NAME, str(exc))
        return None
    finally:
        dialog.close()
        dialog.deleteLater()
