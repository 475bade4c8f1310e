"""The sweep picker: the same prompt across up to four models or up to four lengths."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from yzx_desktop.jobs.takes import MAX_VARIANTS
from yzx_desktop.profiles.catalog import Catalog
from yzx_desktop.profiles.profile import ModelProfile
from yzx_desktop.ui.a11y import describe

COMMON_LENGTHS = (3, 4, 5, 6, 8, 10, 12, 15, 20, 30)  # offered when any length is allowed


def sweep_lengths(profile: ModelProfile | None) -> list[int]:
    """The lengths a duration sweep offers: the profile's own, every second of a short range,
    else the common ones inside it."""
    if profile is not None and profile.durations:
        return list(profile.durations)
    low, high = (profile.duration_range if profile else None) or (1, 120)
    if high - low <= 15:
        return list(range(low, high + 1))
    return [s for s in COMMON_LENGTHS if low <= s <= high]


class SweepDialog(QDialog):
    """Check up to four models, or up to four lengths; Space checks, Enter confirms.

    ``models()`` and ``durations()`` give the choice (one of them empty); none checked means
    no sweep."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        models: Sequence[str],
        model: str,
        duration: int,
        chosen_models: Sequence[str] = (),
        chosen_durations: Sequence[int] = (),
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog, self.language = catalog, language
        self.model, self.duration = model, duration
        self._models = list(dict.fromkeys([*models, *chosen_models]))
        self._durations = sweep_lengths(catalog.resolve(model))
        self._checked: dict[str, list] = {
            "models": list(chosen_models) or ([] if chosen_durations else [model]),
            "durations": [d for d in chosen_durations if d in self._durations],
        }
        self.by_model = QRadioButton()
        self.by_duration = QRadioButton()
        kinds = QButtonGroup(self)
        kinds.addButton(self.by_model)
        kinds.addButton(self.by_duration)
        (self.by_duration if chosen_durations else self.by_model).setChecked(True)
        self.list = QListWidget()
        self.note = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.by_model)
        kind_row.addWidget(self.by_duration)
        kind_row.addStretch(1)
        self.intro = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(kind_row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.by_model.toggled.connect(self._fill)
        self.list.itemChanged.connect(self._item_changed)
        self.retranslate()
        self._fill()
        self.list.setFocus()
        self.resize(540, 400)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sweep"))
        self.intro.setText(
            self.tr(
                "Every take is made once for each model or length you check, with the same "
                "seeds, so the results compare like with like."
            )
        )
        self.by_model.setText(self.tr("&Models"))
        self.by_duration.setText(self.tr("&Lengths"))
        describe(
            (self.by_model, self.tr("Sweep models"), self.tr("Vary the model")),
            (self.by_duration, self.tr("Sweep lengths"), self.tr("Vary the length")),
            (
                self.list,
                self.tr("Sweep choices"),
                self.tr("Space checks or unchecks; up to %1").replace("%1", str(MAX_VARIANTS)),
            ),
        )

    @property
    def kind(self) -> str:
        return "models" if self.by_model.isChecked() else "durations"

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        checked = self._checked[self.kind]
        if self.kind == "models":
            for model in self._models:
                self._add(model, self._model_text(model), model in checked)
        else:
            for seconds in self._durations:
                self._add(seconds, self.tr("%1 s").replace("%1", str(seconds)), seconds in checked)
        self.list.blockSignals(False)
        self.list.setCurrentRow(0)
        self._update_note()

    def _add(self, value: object, text: str, checked: bool) -> None:
        item = QListWidgetItem(text, self.list)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _model_text(self, model: str) -> str:
        """``kling-v1-6 · Kling``, and a warning when it cannot make the chosen length."""
        profile = self.catalog.resolve(model)
        if profile is None:
            return model
        text = f"{model} · {profile.display_name(self.language)}"
        if not profile.allows_duration(self.duration):
            text += " — " + self.tr("no %1 s (makes %2 s)").replace(
                "%1", str(self.duration)
            ).replace("%2", profile.allowed_durations_text())
        return text

    def _item_changed(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        checked = self._checked[self.kind]
        if item.checkState() == Qt.CheckState.Checked:
            if len(checked) >= MAX_VARIANTS:
                self.list.blockSignals(True)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.list.blockSignals(False)
                self.note.setText(
                    self.tr("At most %1: uncheck one first.").replace("%1", str(MAX_VARIANTS))
                )
                return
            if value not in checked:
                checked.append(value)
        elif value in checked:
            checked.remove(value)
        self._update_note()

    def _update_note(self) -> None:
        count = len(self._checked[self.kind])
        if count == 0:
            self.note.setText(self.tr("Nothing checked: no sweep."))
        else:
            self.note.setText(
                self.tr("%1 of at most %2 checked.")
                .replace("%1", str(count))
                .replace("%2", str(MAX_VARIANTS))
            )

    def set_checked(self, values: Sequence[object]) -> None:
        """Check exactly ``values`` in the current list (as a user would, one by one)."""
        items = [self.list.item(row) for row in range(self.list.count())]
        for wanted in (False, True):  # unchecking first keeps room under the limit
            for item in items:
                if (item.data(Qt.ItemDataRole.UserRole) in values) is wanted:
                    state = Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked
                    item.setCheckState(state)

    def models(self) -> tuple[str, ...]:
        """The checked models, in the list's order (none when sweeping lengths)."""
        if self.kind != "models":
            return ()
        return tuple(m for m in self._models if m in self._checked["models"])

    def durations(self) -> tuple[int, ...]:
        """The checked lengths, shortest first (none when sweeping models)."""
        if self.kind != "durations":
            return ()
        return tuple(sorted(self._checked["durations"]))
