"""Composition root of the window: QApplication first, then the qasync loop, then the UI."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import sys
import tempfile

from yzx_desktop import APP_NAME, __version__

logger = logging.getLogger(__name__)


def run_gui(*, demo: bool = False, self_test: bool = False) -> int:
    """Open the studio window; returns the process exit code."""
    scratch = None
    if self_test:
        # A self-test proves the install works without touching the user's jobs or library.
        scratch = tempfile.mkdtemp(prefix="yzx-self-test-")
        os.environ["YZX_HOME"] = scratch
        demo = True
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
    import qasync
    from PySide6.QtWidgets import QApplication  # PySide6 before qasync

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

    async def main() -> int:
        from yzx_desktop.ui.main_window import MainWindow
        from yzx_desktop.ui.session import Session

        nonlocal demo
        if not demo and not _has_token():
            demo_chosen = await _first_run(settings)
            if demo_chosen is None:
                return 0
            demo = demo_chosen
        session = Session(settings, demo=demo)
        window = MainWindow(session)
        closed = asyncio.Event()
        window.closed.connect(closed.set)
        window.confirm_close = not self_test
        window.show()
        await asyncio.sleep(0.01)  # let the window paint before connecting
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
        logging.shutdown()
        shutil.rmtree(scratch, ignore_errors=True)
    return code


def _has_token() -> bool:
    from yzx_desktop.credentials import load_token

    return load_token().token is not None


async def _first_run(settings) -> bool | None:
    """``True`` for demo, ``False`` for a configured relay, ``None`` to quit."""
    from PySide6.QtWidgets import QDialog

    from yzx_desktop.settings import save_settings
    from yzx_desktop.ui.aio import modal
    from yzx_desktop.ui.first_run import DEMO_RESULT, FirstRunDialog

    async with modal(FirstRunDialog(settings)) as result:
        pass
    if result == DEMO_RESULT:
        return True
    if result == QDialog.DialogCode.Accepted:
        save_settings(settings)
        return False
    return None
