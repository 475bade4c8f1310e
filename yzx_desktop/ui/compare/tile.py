"""One take in the compare window: its video, what it is, its mute and its favourite star."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yzx_desktop.jobs.model import Job
from yzx_desktop.ui.a11y import describe

STAR_ON, STAR_OFF = "★", "☆"
_STYLE = (
    "#compareTile { border: 2px solid transparent; border-radius: 4px; }"
    '#compareTile[current="true"] { border-color: palette(highlight); }'
    "QToolButton:focus { border: 2px solid palette(highlight); border-radius: 3px; }"
    "QToolButton:checked { background: palette(midlight); }"
)


class CompareTile(QFrame):
    """Take ``number`` (1-based): a video, a caption such as "kling · seed 42 · 5 s", a mute
    toggle and a ★ toggle. The caption says "random seed" when the job has none."""

    muteToggled = Signal(bool)
    starToggled = Signal(bool)

    def __init__(self, number: int, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.job = job
        self._media_ms = 0
        self._caption_full = ""
        self.setObjectName("compareTile")
        self.setProperty("current", False)
        self.setStyleSheet(_STYLE)
        self.video = QVideoWidget()
        self.video.setMinimumSize(160, 90)
        self.video.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # a click makes it current
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.video)
        self.stack.addWidget(self.message)
        self.badge = QLabel(str(number))
        self.badge.setStyleSheet("font-weight: bold;")
        self.caption = QLabel()
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.mute_button = QToolButton(checkable=True)
        self.star_button = QToolButton(checkable=True)
        self.star_button.setChecked(bool(getattr(job, "starred", False)))
        self.star_button.setText(STAR_ON if self.star_button.isChecked() else STAR_OFF)
        self.star_button.setStyleSheet("QToolButton { font-size: 16px; }")
        self._show_mute_icon(False)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 2)
        bar.addWidget(self.badge)
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.mute_button)
        bar.addWidget(self.star_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)
        self.mute_button.toggled.connect(self._mute_toggled)
        self.star_button.toggled.connect(self._star_toggled)
        self.retranslate()

    def caption_text(self) -> str:
        """``model · seed N · 5 s`` in the user's language."""
        job = self.job
        seed = (
            self.tr("random seed")
            if job.seed is None
            else self.tr("seed %1").replace("%1", str(job.seed))
        )
        seconds = job.duration or (round(self._media_ms / 1000) if self._media_ms else None)
        length = self.tr("%1 s").replace("%1", str(seconds)) if seconds else "—"
        return " · ".join((job.model, seed, length))

    def retranslate(self) -> None:
        number = str(self.number)
        text = self.caption_text()
        self._caption_full = text
        self._elide_caption()
        self.setAccessibleName(self.tr("Take %1: %2").replace("%1", number).replace("%2", text))
        self.video.setAccessibleName(self.tr("Video of take %1").replace("%1", number))
        self.caption.setToolTip(text)
        describe(
            (
                self.mute_button,
                self.tr("Mute take %1").replace("%1", number),
                self.tr("Mute or unmute this take (%1)").replace("%1", number),
            ),
            (
                self.star_button,
                self.tr("Favourite take %1").replace("%1", number),
                self.tr("Mark this take as a favourite (S: the highlighted take)"),
            ),
            (
                self.badge,
                self.tr("Take %1").replace("%1", number),
                self.tr("Take %1; press %1 to mute or unmute it").replace("%1", number),
            ),
        )

    def set_media_duration(self, ms: int) -> None:
        """The file's length, shown when the job does not say its duration."""
        self._media_ms = ms
        self.retranslate()

    def set_current(self, current: bool) -> None:
        """Highlight the take that S stars."""
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)
            self.update()

    def is_current(self) -> bool:
        return bool(self.property("current"))

    def show_error(self, text: str) -> None:
        self.message.setText(self.tr("This take cannot be played: %1").replace("%1", text or "?"))
        self.stack.setCurrentWidget(self.message)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_caption()

    def _elide_caption(self) -> None:
        """The caption ends in "…" when the tile is too narrow; its tooltip has it all."""
        metrics = self.caption.fontMetrics()
        width = max(self.caption.width(), 40)
        self.caption.setText(
            metrics.elidedText(self._caption_full, Qt.TextElideMode.ElideRight, width)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _mute_toggled(self, muted: bool) -> None:
        self._show_mute_icon(muted)
        self.muteToggled.emit(muted)

    def _show_mute_icon(self, muted: bool) -> None:
        pixmap = (
            QStyle.StandardPixmap.SP_MediaVolumeMuted
            if muted
            else QStyle.StandardPixmap.SP_MediaVolume
        )
        self.mute_button.setIcon(self.style().standardIcon(pixmap))

    def _star_toggled(self, starred: bool) -> None:
        self.star_button.setText(STAR_ON if starred else STAR_OFF)
        self.starToggled.emit(starred)
