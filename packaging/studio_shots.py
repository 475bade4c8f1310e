"""Drive the real window in demo mode and take the README's studio screenshots: the one
question before a set of four takes, the set in the grid, and two takes compared in sync.

Run under a display (Xvfb) so that video is on screen:
``xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python packaging/studio_shots.py en``
(then ``zh_CN``). Writes ``takes-``, ``gallery-`` and ``compare-<LANG>.png`` to OUTDIR
(default packaging/screenshots).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

LANGUAGE = sys.argv[1] if len(sys.argv) > 1 else "en"
OUT = Path(sys.argv[2] if len(sys.argv) > 2 else "packaging/screenshots").resolve()
HOME = Path(tempfile.mkdtemp(prefix="yzx-shots-"))
os.environ.update(YZX_HOME=str(HOME), YZX_NO_KEYRING="1")
(HOME / "config").mkdir(parents=True)
(HOME / "config" / "settings.json").write_text(
    json.dumps({"language": LANGUAGE, "last_model": "doubao-seedance-1-0-pro"})
)

import qasync  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from yzx_desktop.settings import load_settings  # noqa: E402
from yzx_desktop.ui.i18n import install_translator  # noqa: E402
from yzx_desktop.ui.session import Session  # noqa: E402
from yzx_desktop.ui.window.main_window import MainWindow  # noqa: E402

PROMPT = {
    "en": "A paper lantern floating over a night market, warm light, gentle rain",
    "zh_CN": "夜市上空飘着一盏纸灯笼，暖光，细雨",
}.get(LANGUAGE, "A paper lantern floating over a night market")


def shoot(name: str) -> None:
    path = OUT / f"{name}-{LANGUAGE}.png"
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
    print(path)


async def until(condition, timeout: float = 60.0) -> None:
    for _ in range(int(timeout / 0.1)):
        if condition():
            return
        await asyncio.sleep(0.1)
    raise TimeoutError(str(condition))


async def main(window: MainWindow) -> None:
    window.session.start()
    await asyncio.sleep(1.5)
    compose = window.compose
    compose.prompt_edit.setPlainText(PROMPT)
    compose.set_takes(4)
    await until(compose.generate_button.isEnabled)
    compose.generate()
    await until(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    await asyncio.sleep(0.5)
    shoot("takes")
    box = QApplication.activeModalWidget()
    send = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    send.click()
    await until(lambda: len(window.jobs.model.jobs()) == 4)
    await asyncio.sleep(4)
    window.jobs.set_mode("gallery", focus=True)
    jobs = window.jobs.model.jobs()
    await until(lambda: all(j.has_video for j in window.jobs.model.jobs()), 120)
    window.session.engine.mark(jobs[1].id, starred=True, tags=["lantern"])
    await until(lambda: all(window.jobs.thumbnails.cached(j.id) for j in jobs))
    window.jobs.select_jobs([jobs[0].id, jobs[1].id])
    await asyncio.sleep(2)
    shoot("gallery")
    compare = window.results.compare()
    compare.move(60, 40)
    await until(compare.sync.is_playing, 20)
    await asyncio.sleep(1.5)
    shoot("compare")
    compare.close()
    window.close()


def run() -> None:
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    settings = load_settings()
    install_translator(app, settings.language)
    window = MainWindow(Session(settings, demo=True))
    window.confirm_close = False
    window.setWindowState(Qt.WindowState.WindowMaximized)
    window.show()
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        try:
            runner.run(main(window))
        finally:
            runner.run(window.session.close())


if __name__ == "__main__":
    run()
