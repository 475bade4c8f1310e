"""Where each part of a gallery tile goes, from the font: one place for the delegate that paints
and the view that maps the pointer to a frame of the strip."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics

from yzx_desktop.ui.jobs.thumbnails import POSTER_SIZE

MARGIN = 3  # between the cell's edge and the card
PADDING = 5  # inside the card, around the picture and the text
GAP = 4  # between the set band and the card, and between the picture and the text


def band_font(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    else:
        small.setPixelSize(max(9, round(font.pixelSize() * 0.9)))
    return small


@dataclass(frozen=True)
class TileLayout:
    """Rectangles of one tile, relative to its cell's top-left corner."""

    cell: QSize
    band: QRect  # the set's band (empty space for a single job)
    card: QRect  # the card that shows selection and hover
    picture: QRect  # the poster, the scrub frames or the state of an unfinished job
    line1: QRect  # the prompt
    line2: QRect  # tags, or the creation time

    @classmethod
    def for_font(cls, font: QFont) -> TileLayout:
        text = QFontMetrics(font).height()
        band_height = QFontMetrics(band_font(font)).height() + 4
        width = POSTER_SIZE[0] + 2 * (MARGIN + PADDING)
        band = QRect(0, MARGIN, width, band_height)
        card_top = band.bottom() + 1 + GAP
        picture = QRect(MARGIN + PADDING, card_top + PADDING, *POSTER_SIZE)
        line1 = QRect(picture.left(), picture.bottom() + 1 + GAP, POSTER_SIZE[0], text)
        line2 = line1.translated(0, text + 1)
        card = QRect(MARGIN, card_top, width - 2 * MARGIN, line2.bottom() + PADDING - card_top)
        return cls(QSize(width, card.bottom() + 1 + MARGIN), band, card, picture, line1, line2)

    def at(self, rect: QRect, part: QRect) -> QRect:
        """``part`` placed in the cell at ``rect`` (a cell wider than ``cell`` centres it)."""
        return part.translated(rect.left() + (rect.width() - self.cell.width()) // 2, rect.top())

    def band_at(self, rect: QRect) -> QRect:
        """The set's band spans the whole cell, so a set's tiles join into one band."""
        return QRect(rect.left(), rect.top() + self.band.top(), rect.width(), self.band.height())
