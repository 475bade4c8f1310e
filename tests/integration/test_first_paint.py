"""What the window loads before its first paint (the start budget of issue 11 is spent there).

The time itself is measured in ``bench/startup.py``; these tests pin the structure that keeps
it short, in a fresh interpreter started as ``yzx-desktop --demo`` is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            from PySide6 import QtWidgets
            report = {
                "modules": sorted(sys.modules),
                "widget_types": sorted(
                    name for name, value in vars(QtWidgets).items() if isinstance(value, type)
                ),
            }
            print("REPORT " + json.dumps(report), flush=True)
            watched.removeEventFilter(self)
            watched.confirm_close = False
            watched.close()
        return False

probe = FirstPaint()
from yzx_desktop.ui.window import main_window

build = main_window.MainWindow.__init__

def watched(self, *args, **kwargs):
    build(self, *args, **kwargs)
    self.installEventFilter(probe)

main_window.MainWindow.__init__ = watched
from yzx_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def first_paint(tmp_path_factory: pytest.TempPathFactory) -> dict:
    home = tmp_path_factory.mktemp("first-paint")
    env = {**os.environ, "YZX_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "--demo"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("REPORT ")]
    assert lines, result.stderr[-2000:]
    return json.loads(lines[0].removeprefix("REPORT "))


@pytest.mark.parametrize(
    "module",
    [
        "asyncio",  # the event loop starts after the paint
        "qasync",
        "httpx",  # the network: the session connects after the paint
        "logging.handlers",  # the log rotates after the paint
        "PySide6.QtMultimedia",  # the player is made for the first video
        "yzx_desktop.ui.gallery.view",  # the grid is built on first use
        "yzx_desktop.ui.compare.window",
        "yzx_desktop.ui.dialogs.settings",
    ],
)
def test_not_loaded_before_the_first_paint(first_paint: dict, module: str) -> None:
    assert module not in first_paint["modules"]


def test_the_window_was_really_built(first_paint: dict) -> None:
    """The paint seen is the studio's: its table and compose panel exist (no placeholder)."""
    assert "yzx_desktop.ui.compose.panel" in first_paint["modules"]
    assert "QTableView" in first_paint["widget_types"]


def test_no_widget_type_is_made_only_to_identify_one(first_paint: dict) -> None:
    """A widget Qt made, first seen from Python, makes PySide create every QWidget subclass's
    type to find its class (7 ms). The jobs table's viewport is made in Python for that."""
    never_used = {"QCalendarWidget", "QMdiArea", "QLCDNumber", "QUndoView", "QColumnView"}
    assert never_used.isdisjoint(first_paint["widget_types"])
