"""Paints one gallery tile: the set's band, the poster (or the scrubbed frame, or the state of an
unfinished job), badges for model, duration and star, then the prompt and the tags."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.ui.gallery.layout import TileLayout, band_font
from yzx_desktop.ui.jobs.table_model import (
    COL_STATE,
    JOB_ROLE,
    PROGRESS_ROLE,
    TAKE_ROLE,
    TakeInfo,
    problem_icon,
    set_colour,
    set_summary,
    tags_text,
)
from yzx_desktop.ui.jobs.thumbnails import STRIP_FRAMES, ThumbnailProvider

Index = QModelIndex | QPersistentModelIndex
SCREEN = QColor(24, 24, 28)  # behind a picture and an unfinished job: a dark screen
BADGE = QColor(0, 0, 0, 175)
STAR = QColor(255, 200, 40)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class TileDelegate(QStyledItemDelegate):
    """Tiles of the size ``layout.cell``; the view tells which tile is scrubbed and where."""

    def __init__(self, thumbnails: ThumbnailProvider | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.layout = TileLayout.for_font(QFont())
        self.scrub: tuple[int, float] | None = None  # (row, 0..1 across the picture)

    def set_font(self, font: QFont) -> None:
        self.layout = TileLayout.for_font(font)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = self.parent()
        grid = view.gridSize() if hasattr(view, "gridSize") else QSize()
        return grid if grid.isValid() else self.layout.cell

    # ---- painting --------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        job: Job | None = index.data(JOB_ROLE)
        if job is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect, layout, palette = option.rect, self.layout, option.palette
        take: TakeInfo | None = index.data(TAKE_ROLE)
        if take is not None:
            self._band(painter, option, index, take)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = layout.at(rect, layout.card)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.brush(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(card, 6, 6)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.brush(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(card, 6, 6)
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
            )
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 5, 5)
        picture = layout.at(rect, layout.picture)
        painter.fillRect(picture, SCREEN)
        if job.state is JobState.DONE and job.file_path:
            self._picture(painter, picture, index.row(), job)
        else:
            self._state(painter, option, index, picture, job)
        self._badges(painter, option.font, picture, job)
        self._text(painter, option, rect, job, selected)
        painter.restore()

    def _band(self, painter: QPainter, option, index: Index, take: TakeInfo) -> None:
        """The set's colour across its tiles, with ``Set · take 2/4 · 3 of 4 done``."""
        band = self.layout.band_at(option.rect)
        model = index.model()
        left = index.siblingAtRow(index.row() - 1) if index.row() > 0 else QModelIndex()
        right = (
            index.siblingAtRow(index.row() + 1)
            if index.row() + 1 < model.rowCount()
            else QModelIndex()
        )
        same = [
            neighbour.isValid()
            and (other := neighbour.data(TAKE_ROLE)) is not None
            and other.set_id == take.set_id
            for neighbour in (left, right)
        ]
        band = band.adjusted(0 if same[0] else 4, 0, 0 if same[1] else -4, 0)
        colour, ink = set_colour(take.set_id, is_dark(option.palette))
        painter.fillRect(band, colour)
        progress = take.progress
        if progress.active:
            done = QRect(band.left(), band.bottom() - 1, band.width() * progress.percent // 100, 2)
            faded = QColor(ink)
            faded.setAlpha(150)
            painter.fillRect(done, faded)
        font = band_font(option.font)
        painter.setFont(font)
        painter.setPen(ink)
        text = self.band_text(take)
        text_rect = band.adjusted(6, 0, -6, 0)
        text = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text
        )

    def band_text(self, take: TakeInfo) -> str:
        """``Set · take 2/4 · 3 of 4 done`` (failures and a running set's percent follow)."""
        label = self.tr("Set · take %1/%2").replace("%1", str(take.index))
        label = label.replace("%2", str(take.total))
        if take.variant:  # a sweep: which model (or length) this take shows
            label = f"{label} · {take.variant}"
        return f"{label} · {set_summary(take.progress)}"

    def _picture(self, painter: QPainter, picture: QRect, row: int, job: Job) -> None:
        if self.thumbnails is None or not job.file_path:
            return
        pixmap = None
        scrub = self.scrub if self.scrub is not None and self.scrub[0] == row else None
        if scrub is not None:
            strip = self.thumbnails.strip(job.id, job.file_path)
            if strip is not None:
                frame = min(STRIP_FRAMES - 1, int(scrub[1] * STRIP_FRAMES))
                width = strip.width() // STRIP_FRAMES
                pixmap = strip.copy(frame * width, 0, width, strip.height())
                pixmap.setDevicePixelRatio(strip.devicePixelRatio())
        if pixmap is None:
            pixmap = self.thumbnails.poster(job.id, job.file_path)
        if pixmap is None:
            if self.thumbnails.failed(job.id):
                painter.setPen(QColor(220, 220, 220))
                painter.drawText(picture, Qt.AlignmentFlag.AlignCenter, self.tr("No picture"))
            return
        self._draw_fitted(painter, picture, pixmap)
        if scrub is not None:
            x = picture.left() + round(scrub[1] * picture.width())
            painter.fillRect(
                QRect(picture.left(), picture.bottom() - 2, x - picture.left(), 3),
                QColor(255, 255, 255, 200),
            )

    @staticmethod
    def _draw_fitted(painter: QPainter, box: QRect, pixmap: QPixmap) -> None:
        size = (
            pixmap.deviceIndependentSize()
            .toSize()
            .scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        )
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(box.center())
        painter.drawPixmap(target, pixmap)

    def _state(self, painter: QPainter, option, index: Index, picture: QRect, job: Job) -> None:
        """An unfinished or failed job: its state (as the table words it) and progress."""
        label = index.siblingAtColumn(COL_STATE).data() or ""
        icon = problem_icon(job)
        text_rect = picture.adjusted(8, 0, -8, 0)
        if icon is not None:
            icon.paint(painter, QRect(picture.center().x() - 12, picture.top() + 22, 24, 24))
            text_rect.setTop(picture.top() + 50)
            text_rect.setHeight(option.fontMetrics.height() * 2)
        percent = None
        if index.data(PROGRESS_ROLE):
            if job.state is JobState.DOWNLOADING and job.bytes_total:
                percent = 100 * job.bytes_done // job.bytes_total
            elif job.state is JobState.RUNNING:
                percent = job.progress
        if percent is not None:
            label = f"{label} · {percent}%"
        painter.setPen(QColor(235, 235, 235))
        painter.setFont(option.font)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, flags | Qt.TextFlag.TextWordWrap, label)
        if index.data(PROGRESS_ROLE):
            track = QRect(picture.left() + 12, picture.bottom() - 30, picture.width() - 24, 4)
            painter.fillRect(track, QColor(255, 255, 255, 60))
            highlight = option.palette.color(QPalette.ColorRole.Highlight)
            if percent is None:  # busy: a short segment that moves with the clock
                span = track.width() // 4
                offset = int(time.monotonic() * 60) % (track.width() - span)
                painter.fillRect(QRect(track.left() + offset, track.top(), span, 4), highlight)
            else:
                painter.fillRect(
                    QRect(track.left(), track.top(), track.width() * percent // 100, 4), highlight
                )

    def _badges(self, painter: QPainter, font: QFont, picture: QRect, job: Job) -> None:
        """Duration at the bottom right, the model at the bottom left, a star at the top."""
        small = band_font(font)
        painter.setFont(small)
        metrics = QFontMetrics(small)
        height = metrics.height() + 2
        bottom = picture.bottom() - 4 - height + 1
        right = picture.right() - 4
        if job.duration:
            text = self.tr("%1 s").replace("%1", str(job.duration))
            width = metrics.horizontalAdvance(text) + 10
            right = self._pill(painter, QRect(right - width + 1, bottom, width, height), text)
            right -= 4
        room = right - picture.left() - 4 - 10
        if job.model and room > 20:
            text = metrics.elidedText(job.model, Qt.TextElideMode.ElideMiddle, room)
            width = metrics.horizontalAdvance(text) + 10
            self._pill(painter, QRect(picture.left() + 4, bottom, width, height), text)
        if job.starred:
            star = QFont(small)
            star.setPointSizeF(small.pointSizeF() * 1.25 if small.pointSizeF() > 0 else 11)
            painter.setFont(star)
            size = QFontMetrics(star).height() + 4
            box = QRect(picture.right() - 4 - size + 1, picture.top() + 4, size, size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BADGE)
            painter.drawEllipse(box)
            painter.setPen(STAR)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "★")

    @staticmethod
    def _pill(painter: QPainter, rect: QRect, text: str) -> int:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGE)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return rect.left()

    def _text(self, painter: QPainter, option, rect: QRect, job: Job, selected: bool) -> None:
        palette, layout = option.palette, self.layout
        painter.setFont(option.font)
        metrics = option.fontMetrics
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(text_role))
        line1 = layout.at(rect, layout.line1)
        prompt = metrics.elidedText(
            " ".join(job.prompt.split()), Qt.TextElideMode.ElideRight, line1.width()
        )
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(line1, align, prompt)
        line2 = layout.at(rect, layout.line2)
        if job.tags:
            second = tags_text(job)
        else:
            second = time.strftime("%Y-%m-%d %H:%M", time.localtime(job.created_at))
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            line2, align, metrics.elidedText(second, Qt.TextElideMode.ElideRight, line2.width())
        )
