"""Compare: 2 to 4 finished takes side by side (or 2×2), played, sought and stepped as one."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QApplication, QDialog, QGridLayout, QVBoxLayout, QWidget

from yzx_desktop.jobs.model import Job
from yzx_desktop.ui.compare.sync import SyncedPlayers
from yzx_desktop.ui.compare.tile import CompareTile
from yzx_desktop.ui.compare.transport import TransportBar

MIN_TAKES, MAX_TAKES = 2, 4
SECOND_MS = 1000


def check_takes(jobs: Sequence[Job]) -> list[Job]:
    """The jobs as a list, or ValueError: fewer than 2 or more than 4, or one without a file."""
    takes = list(jobs)
    if not MIN_TAKES <= len(takes) <= MAX_TAKES:
        raise ValueError(f"Compare takes 2 to 4 videos, not {len(takes)}")
    for job in takes:
        if not job.file_path or not Path(job.file_path).is_file():
            raise ValueError(f"job {job.id} has no video file to compare ({job.file_path!r})")
    return takes


class CompareWindow(QDialog):
    """The takes in tiles over one transport. Keys: Space or K play/pause, Left/Right a frame,
    Shift+Left/Right a second, Home/End start/end, L loop, G grid, 1-4 mute take n, S star
    the highlighted take (the one last clicked or holding the focus), Esc close.

    ``starToggled(job_id, starred)`` reports each ★ change; the caller stores it. The window
    deletes itself on close, stopping its players first.
    """

    starToggled = Signal(int, bool)

    def __init__(self, jobs: Sequence[Job], parent: QWidget | None = None) -> None:
        takes = check_takes(jobs)  # before the QDialog exists: nothing half-built to clean up
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.jobs = takes
        self.sync = SyncedPlayers([Path(job.file_path or "") for job in takes], self)
        self.tiles: list[CompareTile] = []
        self.stage = QWidget()
        self.grid = QGridLayout(self.stage)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(4)
        for number, job in enumerate(takes, 1):
            tile = CompareTile(number, job)
            self.sync.set_video_output(number - 1, tile.video)
            tile.muteToggled.connect(partial(self.sync.set_muted, number - 1))
            tile.starToggled.connect(partial(self._star_toggled, number - 1))
            self.tiles.append(tile)
        self.transport = TransportBar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.transport)
        self._wire()
        self.shortcuts = self._make_shortcuts()
        for tile in self.tiles[1:]:  # one soundtrack at a time; 1-4 switch
            tile.mute_button.setChecked(True)
        self.transport.grid_box.setChecked(len(takes) == MAX_TAKES)
        self.arrange(grid=len(takes) == MAX_TAKES)
        self.set_current(0)
        self._chain_focus()
        self.retranslate()
        self._fit_screen()
        self._shown_once = self._closed = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.sync.play()  # starts once every take is loaded

    # ---- building -------------------------------------------------------------------------
    def _wire(self) -> None:
        sync, bar = self.sync, self.transport
        bar.playToggled.connect(sync.toggle)
        bar.stepRequested.connect(sync.step)
        bar.seekRequested.connect(sync.seek)
        bar.loopToggled.connect(sync.set_looping)
        bar.gridToggled.connect(self._regrid)
        sync.positionChanged.connect(bar.show_position)
        sync.durationChanged.connect(self._duration_known)
        sync.playingChanged.connect(bar.show_playing)
        sync.loopingChanged.connect(self._looping_changed)
        sync.errorOccurred.connect(lambda index, text: self.tiles[index].show_error(text))
        sync.set_looping(bar.loop_box.isChecked())

    def _make_shortcuts(self) -> dict[str, QShortcut]:
        sync = self.sync
        keys = {
            "K": sync.toggle,
            "Left": lambda: sync.step(-1),
            "Right": lambda: sync.step(1),
            "Shift+Left": lambda: sync.seek(sync.position() - SECOND_MS),
            "Shift+Right": lambda: sync.seek(sync.position() + SECOND_MS),
            "Home": lambda: sync.seek(0),
            "End": lambda: sync.seek(sync.duration()),
            "L": self.transport.loop_box.toggle,
            "G": self.transport.grid_box.toggle,
            "S": lambda: self.current_tile().star_button.toggle(),
        }
        for number, tile in enumerate(self.tiles, 1):
            keys[str(number)] = tile.mute_button.toggle
        shortcuts = {}
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            shortcuts[key] = shortcut
        return shortcuts

    def _chain_focus(self) -> None:
        """Tab runs in reading order: each take's mute and star, then the transport."""
        bar = self.transport
        chain = [w for tile in self.tiles for w in (tile.mute_button, tile.star_button)]
        chain += [
            bar.play_button,
            bar.back_button,
            bar.forward_button,
            bar.seek,
            bar.loop_box,
            bar.grid_box,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fit_screen(self) -> None:
        """About 16:9 tiles, within 90 % of the screen."""
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        rows, columns = self._shape(self.transport.grid_box.isChecked())
        width = min(int(screen.width() * 0.9), 640 * columns)
        tile_height = width / columns * 9 / 16 + 36
        height = min(int(screen.height() * 0.9), int(rows * tile_height) + 60)
        self.resize(width, height)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare %1 takes").replace("%1", str(len(self.tiles))))

    # ---- layout and the current take ------------------------------------------------------
    def _shape(self, grid: bool) -> tuple[int, int]:
        count = len(self.tiles)
        if not grid:
            return 1, count
        columns = 1 if count == MIN_TAKES else 2  # two takes in a "grid": one above the other
        return math.ceil(count / columns), columns

    def _regrid(self, grid: bool) -> None:
        """The user switched row and grid: the window takes the new shape's size."""
        self.arrange(grid=grid)
        if not self.isMaximized() and not self.isFullScreen():
            self._fit_screen()

    def arrange(self, *, grid: bool) -> None:
        """All takes in one row, or a grid (2×2; two takes stacked)."""
        rows, columns = self._shape(grid)
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, index // columns, index % columns)
        for row in range(MAX_TAKES):
            self.grid.setRowStretch(row, 1 if row < rows else 0)
        for column in range(MAX_TAKES):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def current_tile(self) -> CompareTile:
        """The take holding the focus, else the one last focused or clicked (highlighted)."""
        index = self._tile_of(self.focusWidget())
        if index is not None:
            self.set_current(index)
            return self.tiles[index]
        return next((t for t in self.tiles if t.is_current()), self.tiles[0])

    def set_current(self, index: int) -> None:
        """Make take ``index`` the one S stars."""
        for number, tile in enumerate(self.tiles):
            tile.set_current(number == index)

    def _tile_of(self, widget: QWidget | None) -> int | None:
        return next(
            (i for i, t in enumerate(self.tiles) if widget and t.isAncestorOf(widget)), None
        )

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        index = self._tile_of(new)
        if index is not None:
            self.set_current(index)

    # ---- reactions ------------------------------------------------------------------------
    def _star_toggled(self, index: int, starred: bool) -> None:
        self.set_current(index)
        job_id = self.jobs[index].id
        if job_id is not None:
            self.starToggled.emit(job_id, starred)

    def _duration_known(self, ms: int) -> None:
        self.transport.show_duration(ms)
        for tile, player in zip(self.tiles, self.sync.players, strict=True):
            tile.set_media_duration(player.duration())

    def _looping_changed(self, looping: bool) -> None:
        if self.transport.loop_box.isChecked() != looping:
            self.transport.loop_box.setChecked(looping)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space plays or pauses, unless a focused button took it to press itself."""
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.sync.toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # after the video widgets took a focus of their own
            self._shown_once = True
            QTimer.singleShot(0, self, self.transport.play_button.setFocus)

    # ---- closing --------------------------------------------------------------------------
    def _shut_down(self) -> None:
        """Stop the players and let go of the application (called by close and by Esc)."""
        if self._closed:
            return
        self._closed = True
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
        self.sync.close()

    def done(self, result: int) -> None:
        self._shut_down()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._shut_down()
        super().closeEvent(event)
