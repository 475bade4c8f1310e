"""Image slots of the compose panel: first frame, last frame, references.

A slot is filled by drag and drop, paste, a file picker or a frame from the preview; it shows a
thumbnail, the pixel size and a remove button. Nothing here reads the network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QKeyEvent, QKeySequence, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yzx_desktop import paths
from yzx_desktop.api.types import ImageInput
from yzx_desktop.profiles.profile import ImageRole, ModelProfile

THUMB = QSize(112, 63)
IMAGE_FILTER = "*.png *.jpg *.jpeg *.webp *.bmp *.gif"


def pasted_image_path(image: QImage) -> Path:
    """Save a pasted or grabbed image as PNG where the app keeps its scratch inputs."""
    import uuid  # with platform, a few ms the first paint does without

    folder = paths.data_dir() / "pasted"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{uuid.uuid4().hex}.png"
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def image_from_mime(mime: QMimeData) -> Path | None:
    """A local image file or raw image data from a drop or the clipboard, as a file path."""
    for url in mime.urls():
        if url.isLocalFile() and QImageReader(url.toLocalFile()).canRead():
            return Path(url.toLocalFile())
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return pasted_image_path(image)
    return None


class ImageSlot(QFrame):
    """One image role. Click, Enter or Space picks a file; Delete or × empties it."""

    changed = Signal()

    def __init__(self, role: ImageRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.supported = True
        self.path: Path | None = None
        self.pixel_size = QSize()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.thumb = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.thumb.setFixedSize(THUMB)
        self.caption = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.size_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.size_label.setEnabled(False)  # a quieter colour from the palette
        self.remove_button = QToolButton(text="×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(self.clear)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.thumb)
        layout.addWidget(self.size_label)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.retranslate()
        self._refresh()

    def retranslate(self) -> None:
        captions = {
            ImageRole.FIRST: self.tr("First frame"),
            ImageRole.LAST: self.tr("Last frame"),
            ImageRole.REFERENCE: self.tr("Reference"),
        }
        caption = captions[self.role]
        if not self.supported:
            caption = self.tr("%1 (not read by this model)").replace("%1", caption)
        self.caption.setText(caption)
        self.setAccessibleName(caption)
        self.setToolTip(
            self.tr("Drop an image here, paste one (Ctrl+V), or click to choose a file.")
        )
        self.remove_button.setAccessibleName(self.tr("Remove image"))
        self.remove_button.setToolTip(self.tr("Remove this image (Delete)"))
        self._refresh()

    def set_supported(self, supported: bool) -> None:
        """An image the current model does not read stays, marked, until the user removes it."""
        self.supported = supported
        self.retranslate()

    # ---- filling -------------------------------------------------------------------------
    def set_image(self, path: Path | None) -> bool:
        """Show ``path``; returns False (and keeps the slot) when it is not a readable image."""
        if path is None:
            self.clear()
            return True
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size = reader.size()
        image = reader.read()
        if image.isNull():
            return False
        self.path, self.pixel_size = Path(path), size if size.isValid() else image.size()
        self.thumb.setPixmap(
            QPixmap.fromImage(
                image.scaled(
                    THUMB * self.devicePixelRatioF(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        )
        self._refresh()
        self.changed.emit()
        return True

    def clear(self) -> None:
        had = self.path is not None
        self.path, self.pixel_size = None, QSize()
        self.thumb.clear()
        self._refresh()
        if had:
            self.changed.emit()

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.caption.text(), "", self.tr("Images (%1)").replace("%1", IMAGE_FILTER)
        )
        if name:
            self.set_image(Path(name))

    def _refresh(self) -> None:
        filled = self.path is not None
        if not filled:
            self.thumb.setText(self.tr("+ image"))
        self.size_label.setText(
            f"{self.pixel_size.width()}×{self.pixel_size.height()}" if filled else ""
        )
        self.remove_button.setVisible(filled)
        self.setAccessibleDescription(
            f"{self.path.name} {self.size_label.text()}" if filled else self.tr("empty")
        )

    # ---- input ---------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.choose_file()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.choose_file()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        elif event.matches(QKeySequence.StandardKey.Paste):
            from PySide6.QtGui import QGuiApplication

            path = image_from_mime(QGuiApplication.clipboard().mimeData())
            if path:
                self.set_image(path)
        else:
            super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasImage() or any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = image_from_mime(event.mimeData())
        if path and self.set_image(path):
            event.acceptProposedAction()


class ImageSlots(QWidget):
    """The slots a model's profile accepts: first, last, and references as they fill up."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self.slots: list[ImageSlot] = []
        self._max_references = 0

    def set_profile(self, profile: ModelProfile | None) -> None:
        """Show the slots ``profile`` reads; images in roles it keeps stay where they are."""
        keep = {slot.role: slot.path for slot in self.slots if slot.path}
        kept_refs = [slot.path for slot in self.slots if slot.role is ImageRole.REFERENCE]
        for slot in self.slots:
            slot.setParent(None)
            slot.deleteLater()
        self.slots = []
        rules = profile.images if profile else None
        self._max_references = rules.capacity(ImageRole.REFERENCE) if rules else 0
        for role in (ImageRole.FIRST, ImageRole.LAST):
            if (rules and rules.capacity(role)) or keep.get(role):
                slot = self._add(role)
                slot.set_image(keep.get(role))
                slot.set_supported(bool(rules and rules.capacity(role)))
        for index, path in enumerate(p for p in kept_refs if p):
            self._add(ImageRole.REFERENCE).set_image(path)
            self.slots[-1].set_supported(index < self._max_references)
        self._ensure_empty_reference()
        self.setVisible(bool(self.slots))
        self.changed.emit()

    def _add(self, role: ImageRole) -> ImageSlot:
        slot = ImageSlot(role)
        slot.changed.connect(self._slot_changed)
        self._layout.insertWidget(self._layout.count() - 1, slot)
        self.slots.append(slot)
        return slot

    def _ensure_empty_reference(self) -> None:
        refs = [s for s in self.slots if s.role is ImageRole.REFERENCE]
        if len(refs) < self._max_references and all(s.path for s in refs):
            self._add(ImageRole.REFERENCE)

    def _slot_changed(self) -> None:
        refs = [s for s in self.slots if s.role is ImageRole.REFERENCE]
        empty = [s for s in refs if not s.path]
        for slot in empty[1:]:  # keep a single empty reference slot
            self.slots.remove(slot)
            slot.setParent(None)
            slot.deleteLater()
        self._ensure_empty_reference()
        self.changed.emit()

    def slot(self, role: ImageRole) -> ImageSlot | None:
        return next((s for s in self.slots if s.role is role), None)

    def fill(self, path: Path, role: ImageRole | None = None) -> bool:
        """Put ``path`` in ``role``'s slot, or the first empty slot; False when none fits."""
        candidates = [s for s in self.slots if s.supported and (role is None or s.role is role)]
        target = next((s for s in candidates if not s.path), None)
        if target is None and role is not None and candidates:
            target = candidates[0]
        return bool(target and target.set_image(path))

    def images(self) -> tuple[ImageInput, ...]:
        return tuple(
            ImageInput(
                slot.role.value,
                str(slot.path),
                width=slot.pixel_size.width(),
                height=slot.pixel_size.height(),
            )
            for slot in self.slots
            if slot.path
        )

    def clear(self) -> None:
        for slot in list(self.slots):
            slot.clear()

    def retranslate(self) -> None:
        for slot in self.slots:
            slot.retranslate()
