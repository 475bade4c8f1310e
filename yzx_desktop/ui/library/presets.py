"""Presets: a prompt (or a style to add to one) saved with the compose settings, by name."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yzx_desktop.jobs.library import Preset, Presets
from yzx_desktop.profiles.catalog import Catalog
from yzx_desktop.ui.a11y import describe
from yzx_desktop.ui.texts import option_text

STYLE = "style"  # settings key: the preset's text is added to the prompt, not put in its place


@functools.cache
def _profiles() -> Catalog:
    """The model families, for wording a preset's options (loaded once)."""
    return Catalog.load()


def preset_summary(settings: dict[str, Any]) -> str:
    """``veo_3_1-fast · 8 s · 16:9 · 720p``: what applying the preset sets besides the text."""
    parts = [str(settings.get("model") or "")]
    if settings.get("duration"):
        seconds = QCoreApplication.translate("PresetsDialog", "%1 s")
        parts.append(seconds.replace("%1", str(settings["duration"])))
    parts += [str(settings.get(k) or "") for k in ("size", "ratio", "resolution")]
    profile = _profiles().resolve(str(settings.get("model") or ""))
    parts += [option_text(k, v, profile) for k, v in (settings.get("options") or {}).items()]
    return " · ".join(p for p in parts if p)


class SavePresetDialog(QDialog):
    """Name the current settings; the text may be trimmed to a style. A name in use is
    replaced, and the button says so."""

    def __init__(
        self,
        text: str,
        settings: dict[str, Any],
        existing: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = dict(settings)
        self.existing = set(existing)
        self.name_edit = QLineEdit()
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setTabChangesFocus(True)
        self.style_box = QCheckBox()
        self.summary = QLabel(preset_summary(settings), wordWrap=True)
        self.note = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.name_label, self.text_label, self.with_label = QLabel(), QLabel(), QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.text_label.setBuddy(self.text_edit)
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.text_label, self.text_edit)
        form.addRow("", self.style_box)
        form.addRow(self.with_label, self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update)
        self.retranslate()
        self._update()
        self.name_edit.setFocus()
        self.resize(480, 320)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Save Preset"))
        self.name_label.setText(self.tr("&Name"))
        self.text_label.setText(self.tr("&Text"))
        self.with_label.setText(self.tr("Settings"))
        self.style_box.setText(
            self.tr("A st&yle: add the text to the prompt instead of replacing it")
        )
        describe(
            (self.name_edit, self.tr("Preset name"), self.tr("A name in use is replaced")),
            (
                self.text_edit,
                self.tr("Preset text"),
                self.tr("The whole prompt, or only the part to reuse as a style"),
            ),
            (
                self.style_box,
                self.tr("Style"),
                self.tr("Applying the preset adds its text to the prompt you have"),
            ),
        )

    def _update(self) -> None:
        name = self.name_edit.text().strip()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(name))
        replacing = name in self.existing
        save.setText(self.tr("&Replace") if replacing else self.tr("&Save"))
        self.note.setText(
            self.tr("A preset named “%1” exists: saving replaces it.").replace("%1", name)
            if replacing
            else ""
        )

    def preset(self) -> Preset:
        settings = {**self.settings, STYLE: self.style_box.isChecked()}
        return Preset(self.name_edit.text().strip(), self.text_edit.toPlainText().strip(), settings)


class PresetsDialog(QDialog):
    """Apply (Enter), rename (F2) and delete (Delete, asked first) saved presets."""

    applyRequested = Signal(object)  # Preset

    def __init__(self, presets: Presets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presets = presets
        self.list = QListWidget()
        # F2 or Rename edits a name; a double click applies, as Enter does
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.note = QLabel(wordWrap=True)
        self.note.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = QPushButton()
        self.rename_button = QPushButton()
        self.delete_button = QPushButton()
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        for button in (self.rename_button, self.delete_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.details = QLabel(wordWrap=True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.apply_button.setDefault(True)  # once in the dialog, so the dialog knows it
        self.list.itemActivated.connect(lambda _item: self.apply_current())
        self.list.itemChanged.connect(self._renamed)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.installEventFilter(self)
        self.apply_button.clicked.connect(self.apply_current)
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button.clicked.connect(self.ask_delete)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.refresh()
        self.list.setFocus()
        self.resize(520, 380)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presets"))
        self.apply_button.setText(self.tr("&Apply"))
        self.rename_button.setText(self.tr("&Rename"))
        self.delete_button.setText(self.tr("&Delete…"))
        describe(
            (
                self.list,
                self.tr("Presets"),
                self.tr("Enter applies; F2 renames; Delete deletes (asked first)"),
            ),
            (self.apply_button, self.tr("Apply preset"), self.tr("Fill the compose panel")),
            (self.rename_button, self.tr("Rename preset"), self.tr("Edit the name (F2)")),
            (self.delete_button, self.tr("Delete preset"), self.tr("Asks first")),
        )

    def refresh(self, current: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for preset in self.presets.all():
            item = QListWidgetItem(preset.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, preset.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            summary = preset_summary(preset.settings)
            item.setToolTip("\n".join(p for p in (preset.prompt, summary) if p))
            if preset.name == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if not self.list.count():
            self.note.setText(
                self.tr("No presets yet: save one from the compose panel's Presets menu.")
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        for button in (self.apply_button, self.rename_button, self.delete_button):
            button.setEnabled(has)
        preset = self.current()
        self.details.setText(
            "\n".join(p for p in (preset.prompt, preset_summary(preset.settings)) if p)
            if preset
            else ""
        )

    def current(self) -> Preset | None:
        item = self.list.currentItem()
        return self.presets.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def apply_current(self) -> None:
        preset = self.current()
        if preset is not None:
            self.applyRequested.emit(preset)
            self.accept()

    def rename_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _renamed(self, item: QListWidgetItem) -> None:
        old, new = item.data(Qt.ItemDataRole.UserRole), item.text().strip()
        if new == old:
            return
        names = {p.name for p in self.presets.all()}
        preset = self.presets.get(old)
        if not new or new in names or preset is None:
            in_use = self.tr("“%1” is in use; the name stays “%2”.")
            self.note.setText(
                in_use.replace("%1", new).replace("%2", old)
                if new
                else self.tr("A preset needs a name.")
            )
            self.refresh(old)
            return
        self.presets.save(Preset(new, preset.prompt, preset.settings))  # the copy first
        self.presets.delete(old)
        self.note.setText(self.tr("Renamed to “%1”.").replace("%1", new))
        self.refresh(new)

    def ask_delete(self) -> QMessageBox | None:
        """Ask before deleting the current preset (Cancel is the default)."""
        preset = self.current()
        if preset is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete Preset"),
            self.tr("Delete the preset “%1”?").replace("%1", preset.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda _code: box.clickedButton() is delete and self._delete(preset.name)
        )
        box.open()
        return box

    def _delete(self, name: str) -> None:
        self.presets.delete(name)
        self.note.setText(self.tr("Deleted “%1”.").replace("%1", name))
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.list.state() != QAbstractItemView.State.EditingState
        ):
            self.ask_delete()
            return True
        return super().eventFilter(watched, event)
