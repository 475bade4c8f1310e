"""Composition root of the window: QApplication, the painted window, then the qasync loop."""

from __future__ import annotations

import logging
import os
import sys

from yzx_desktop import APP_NAME, __version__

logger = logging.getLogger(__name__)


def run_gui(*, demo: bool = False, self_test: bool = False) -> int:
    """Open the studio window; returns the process exit code."""
    scratch = None
    if self_test:
        import tempfile

        # A self-test proves the install works without touching the user's jobs or library.
        scratch = tempfile.mkdtemp(prefix="yzx-self-test-")
        os.environ["YZX_HOME"] = scratch
        demo = True
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    from PySide6.QtWidgets import QApplication

    from yzx_desktop.settings import load_settings
    from yzx_desktop.ui.i18n import install_translator
    from yzx_desktop.ui.icons import app_icon

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("yzx-desktop")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("YZX")
    app.setDesktopFileName("yzx-desktop")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # main() ends the loop after cleaning up
    settings = load_settings()
    install_translator(app, settings.language)
    # The window paints before asyncio, qasync and the network stack are even imported; only
    # a first run, whose dialog needs the event loop, opens it later.
    window = None
    if demo or _has_token():
        window = _open_window(settings, demo, self_test)
        _wait_for_first_paint(window)
    from yzx_desktop.logs import setup_logging
    from yzx_desktop.ui.blink import CursorBlinkTimeout

    setup_logging()  # the rotating log file (cli.main opened it plainly, for the first paint)
    CursorBlinkTimeout(app)  # parented to the app

    import asyncio

    import qasync

    async def main() -> int:
        nonlocal window
        if window is None:
            demo_chosen = await _first_run(settings)
            if demo_chosen is None:
                return 0
            window = _open_window(settings, demo_chosen, self_test)
            await asyncio.sleep(0.01)  # let the window paint before connecting
        session = window.session
        closed = asyncio.Event()
        window.closed.connect(closed.set)
        if not window.isVisible():  # closed already, while its first paint was awaited
            closed.set()
        try:
            session.start()
            if self_test:
                from yzx_desktop.ui.self_test import run_self_test

                return await run_self_test(window)
            await closed.wait()
            return 0
        finally:
            await session.close()
            window.deleteLater()

    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        code = runner.run(main())
    if scratch and code == 0:
        import shutil

        logging.shutdown()
        shutil.rmtree(scratch, ignore_errors=True)
    return code


def _open_window(settings, demo: bool, self_test: bool):
    from yzx_desktop.ui.session import Session
    from yzx_desktop.ui.window.main_window import MainWindow

    window = MainWindow(Session(settings, demo=demo))
    window.confirm_close = not self_test
    window.show()
    return window


def _wait_for_first_paint(window) -> None:
    """Run Qt's own loop until ``window`` has painted once (at most half a second)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    painted = QEventLoop()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, painted.quit)
            return False

    first_paint = FirstPaint()
    window.installEventFilter(first_paint)
    QTimer.singleShot(500, painted.quit)
    painted.exec()
    window.removeEventFilter(first_paint)


def _has_token() -> bool:
    """The window or the first-run dialog: the keyring is asked only when nothing cheaper says a
    token is saved (the session asks it for the token itself, after the window's first paint)."""
    from yzx_desktop.credentials import load_token, token_saved

    return token_saved() or load_token().token is not None


async def _first_run(settings) -> bool | None:
    """``True`` for demo, ``False`` for a configured relay, ``None`` to quit."""
    from PySide6.QtWidgets import QDialog

    from yzx_desktop.settings import save_settings
    from yzx_desktop.ui.aio import modal
    from yzx_desktop.ui.dialogs.first_run import DEMO_RESULT, FirstRunDialog

    async with modal(FirstRunDialog(settings)) as result:
        pass
    if result == DEMO_RESULT:
        return True
    if result == QDialog.DialogCode.Accepted:
        save_settings(settings)
        return False
    return None
