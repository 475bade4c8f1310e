"""The compose panel: prompt, images, model and what its profile accepts, takes, and Generate."""

from __future__ import annotations

import itertools
import random
import sys
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    QRegularExpression,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yzx_desktop.api.types import CreateRequest, ModelInfo
from yzx_desktop.jobs.model import Job
from yzx_desktop.jobs.takes import MAX_TAKES, MAX_VARIANTS, TakePlan
from yzx_desktop.profiles.catalog import Catalog
from yzx_desktop.profiles.profile import ImageRole, ModelProfile, OptionSpec
from yzx_desktop.profiles.request_body import Refusal, check, parse_wxh, size_to_pickers
from yzx_desktop.ui.a11y import describe
from yzx_desktop.ui.compose.image_slots import ImageSlots, image_from_mime
from yzx_desktop.ui.compose.takes import first_refusal, variants
from yzx_desktop.ui.texts import profile_language, refusal_text

if TYPE_CHECKING:
    from yzx_desktop.jobs.library import Preset, Presets, PromptHistory
    from yzx_desktop.jobs.spend import Estimate
    from yzx_desktop.jobs.store import JobStore
    from yzx_desktop.ui.compose.sweep import SweepDialog
    from yzx_desktop.ui.library.presets import PresetsDialog, SavePresetDialog
    from yzx_desktop.ui.library.prompt_history import PromptHistoryDialog

SIZE_PRESETS = ("1280x720", "720x1280", "1920x1080", "1080x1920", "1024x1792", "1792x1024")
FALLBACK_MODELS = ("doubao-seedance-1-0-pro", "kling-v1-6", "veo_3_1-fast", "veo_3_1-fast-fl")


def history_keys(platform: str = sys.platform) -> str:
    """The prompt history's keys: Ctrl+H, as in browsers; on macOS Cmd+H hides the app, so
    Cmd+Y, Safari's History."""
    return "Ctrl+Y" if platform == "darwin" else "Ctrl+H"


def parse_size(text: str) -> str | None:
    """``"1280 x 720"`` → ``"1280x720"``; ``None`` when it is not WIDTHxHEIGHT."""
    parsed = parse_wxh(text)
    return f"{parsed[0]}x{parsed[1]}" if parsed else None


class WheelGuard(QObject):
    """A picker changes with the wheel only once it has focus: scrolling the panel over a
    model list must never pick another (paid) model."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        unfocused = isinstance(watched, QWidget) and not watched.hasFocus()
        if event.type() == QEvent.Type.Wheel and unfocused:
            event.ignore()
            return True
        return False


class PromptEdit(QPlainTextEdit):
    """The prompt box asks for about eight lines and grows into any room the panel has: the
    panel is laid out at its preferred height, so a tall request would make a 1366×768
    screen scroll to reach Generate."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = self.fontMetrics().lineSpacing() * 8 + 2 * self.frameWidth() + 8
        return QSize(hint.width(), min(hint.height(), lines))


class ComposePanel(QWidget):
    """Emits ``generateRequested`` with a request its model's profile accepts, or, when Generate
    would make more than one task (takes, a sweep), ``takesRequested`` with the request and its
    :class:`TakePlan`; never talks to the network. Controls follow the profile: allowed
    durations, ratio and resolution pickers, the image slots and options it reads; a seed it
    ignores is marked, never dropped silently.

    With :meth:`set_library` it also offers the prompt history (``history_action``, Ctrl+H;
    Up in an empty prompt recalls the last one) and presets (``presets_button``)."""

    generateRequested = Signal(object)  # CreateRequest
    takesRequested = Signal(object, object)  # CreateRequest, TakePlan: more than one task
    refreshModelsRequested = Signal()

    def __init__(
        self, catalog: Catalog | None = None, parent: QWidget | None = None, *, model: str = ""
    ) -> None:
        """``model``: the one to show first, so its profile is applied once (the window's
        first paint waits for it)."""
        super().__init__(parent)
        self.catalog = catalog or Catalog.load()
        self.profile: ModelProfile | None = None
        self.language = "en"
        self.parent_job_id: int | None = None
        self._estimator: Callable[[CreateRequest], Estimate] | None = None
        self.model_box = QComboBox(editable=True)
        self.model_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_box.addItems(FALLBACK_MODELS)
        if model:
            self.model_box.setEditText(model)
        self.refresh_button = QToolButton(text="⟳")
        self.model_note = QLabel(wordWrap=True)
        self.model_note.setEnabled(False)  # the palette's quieter text colour
        self.prompt_edit = PromptEdit()
        self.prompt_edit.setTabChangesFocus(True)
        self.count_label = QLabel()
        self.images = ImageSlots()
        self.images_note = QLabel(wordWrap=True)
        self.images_note.setEnabled(False)
        self.continue_label = QLabel(wordWrap=True)
        self.continue_clear = QToolButton(text="×")
        self.continue_clear.setAutoRaise(True)
        self.duration_box = QSpinBox(minimum=1, maximum=120, value=5)
        self.duration_choice = QComboBox()
        self.duration_stack = QStackedWidget()
        self.duration_stack.addWidget(self.duration_box)
        self.duration_stack.addWidget(self.duration_choice)
        self.size_box = QComboBox(editable=True)
        self.size_box.addItems(SIZE_PRESETS)
        self.size_box.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"\s*\d{0,5}\s*[xX×*]?\s*\d{0,5}\s*"), self.size_box
            )
        )
        self.ratio_box = QComboBox()
        self.resolution_box = QComboBox()
        self.size_stack = QStackedWidget()
        self.seed_edit = QLineEdit()
        self.seed_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,10}")))
        self.roll_button = QToolButton()
        self.option_widgets: dict[str, QWidget] = {}
        self.generate_button = QPushButton()
        self.generate_button.setDefault(True)
        # Space on a focused Generate sends a paid task: its focus must show in every style.
        self.generate_button.setStyleSheet(
            "QPushButton:focus { border: 2px solid palette(highlight); border-radius: 3px;"
            " padding: 4px; }"
        )
        self.reason_label = QLabel(wordWrap=True)
        # takes and sweep
        self.takes_label = QLabel()
        self.takes_box = QSpinBox(minimum=1, maximum=MAX_TAKES, value=1)
        self.takes_box.setPrefix("×")
        self.sweep_button = QPushButton()
        self.sweep_button.setCheckable(True)  # pressed while a sweep is on
        self.sweep_clear = QToolButton(text="×")
        self.sweep_clear.setAutoRaise(True)
        self._sweep_models: tuple[str, ...] = ()
        self._sweep_durations: tuple[int, ...] = ()
        self._last_count = 1
        # the library: prompt history and presets (see set_library)
        self._history: PromptHistory | None = None
        self._presets: Presets | None = None
        self._models_listed = False  # the model list came from the relay
        self._recall: list[str] = []  # prompts Up and Down step through
        self._recall_index: int | None = None
        self.history_button = QToolButton()
        self.presets_button = QToolButton()
        self.presets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # the menu arrow is part of the text: Fusion draws its own over the last letter
        self.presets_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.presets_menu = QMenu(self)
        self.presets_menu.setToolTipsVisible(True)
        self.presets_button.setMenu(self.presets_menu)
        self.history_action = QAction(self)
        self.history_action.setShortcut(QKeySequence(history_keys()))
        self.history_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.history_action)
        self.save_preset_action = QAction(self)
        self.manage_presets_action = QAction(self)
        for widget in (self.history_button, self.presets_button):
            widget.hide()  # until set_library
        for action in (self.history_action, self.save_preset_action, self.manage_presets_action):
            action.setEnabled(False)
        self._cooldown = QTimer(self, singleShot=True, interval=1200)
        self._cooldown.timeout.connect(self._update_state)
        self._wheel_guard = WheelGuard(self)
        self._guard_wheel(
            self.model_box,
            self.duration_box,
            self.duration_choice,
            self.size_box,
            self.ratio_box,
            self.resolution_box,
            self.takes_box,
        )
        self._last_sent = ""
        self._layout()
        self._connect()
        self.retranslate()  # applies the current model's profile too

    def _layout(self) -> None:
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_box, 1)
        model_row.addWidget(self.refresh_button)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_edit, 1)
        seed_row.addWidget(self.roll_button)
        pickers = QWidget()
        picker_row = QHBoxLayout(pickers)
        picker_row.setContentsMargins(0, 0, 0, 0)
        picker_row.addWidget(self.ratio_box, 1)
        picker_row.addWidget(self.resolution_box, 1)
        self.size_stack.addWidget(self.size_box)
        self.size_stack.addWidget(pickers)
        for stack in (self.size_stack, self.duration_stack):
            stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.prompt_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.model_label, self.duration_label = QLabel(), QLabel()
        self.size_label, self.seed_label = QLabel(), QLabel()
        self.form.addRow(self.model_label, model_row)
        self.form.addRow("", self.model_note)
        self.form.addRow(self.duration_label, self.duration_stack)
        self.form.addRow(self.size_label, self.size_stack)
        self.form.addRow(self.seed_label, seed_row)
        self.takes_row = QWidget()  # option rows are inserted above it
        takes_row = QHBoxLayout(self.takes_row)
        takes_row.setContentsMargins(0, 0, 0, 0)
        takes_row.addWidget(self.takes_box)
        takes_row.addWidget(self.sweep_button)
        takes_row.addWidget(self.sweep_clear)
        takes_row.addStretch(1)
        self.form.addRow(self.takes_label, self.takes_row)
        self.takes_label.setBuddy(self.takes_box)
        self.prompt_label = QLabel()
        self.prompt_label.setBuddy(self.prompt_edit)
        self.model_label.setBuddy(self.model_box)
        self.duration_label.setBuddy(self.duration_stack)
        self.size_label.setBuddy(self.size_stack)
        self.seed_label.setBuddy(self.seed_edit)
        header = QHBoxLayout()
        header.addWidget(self.prompt_label)
        header.addWidget(self.count_label)
        header.addStretch(1)
        header.addWidget(self.history_button)
        header.addWidget(self.presets_button)
        self.count_label.setEnabled(False)  # the quieter text colour
        continue_row = QHBoxLayout()
        continue_row.addWidget(self.continue_label, 1)
        continue_row.addWidget(self.continue_clear)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.prompt_edit, 1)
        layout.addWidget(self.images)
        layout.addWidget(self.images_note)
        layout.addLayout(continue_row)
        layout.addLayout(self.form)
        layout.addWidget(self.generate_button)
        layout.addWidget(self.reason_label)
        # The hint takes its room even when empty, so Generate does not jump.
        self.reason_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.reason_label.setMinimumHeight(self.reason_label.fontMetrics().lineSpacing() * 2)

    def _connect(self) -> None:
        self.prompt_edit.textChanged.connect(self._update_state)
        self.model_box.currentTextChanged.connect(self._apply_profile)
        for box in (self.size_box, self.ratio_box, self.resolution_box, self.duration_choice):
            box.currentTextChanged.connect(self._update_state)
        self.duration_box.valueChanged.connect(self._update_state)
        self.images.changed.connect(self._update_state)
        self.continue_clear.clicked.connect(lambda: self.set_parent_job(None))
        self.refresh_button.clicked.connect(self.refreshModelsRequested)
        self.roll_button.clicked.connect(self.roll_seed)
        self.generate_button.clicked.connect(self.generate)
        self.takes_box.valueChanged.connect(self._update_state)
        self.sweep_button.clicked.connect(self.open_sweep)
        self.sweep_clear.clicked.connect(self.clear_sweep)
        self.history_button.clicked.connect(self.history_action.trigger)
        self.history_action.triggered.connect(self.show_prompt_history)
        self.save_preset_action.triggered.connect(self.save_preset)
        self.manage_presets_action.triggered.connect(self.show_presets)
        self.presets_menu.aboutToShow.connect(self._fill_presets_menu)
        self.prompt_edit.installEventFilter(self)  # Ctrl+Enter; Ctrl+V of an image; Up
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.generate)

    def retranslate(self) -> None:
        self.language = profile_language()  # for the profiles' own names and option labels
        self.prompt_label.setText(self.tr("&Prompt"))
        self.model_label.setText(self.tr("&Model"))
        self.duration_label.setText(self.tr("&Duration"))
        self.size_label.setText(self.tr("S&ize"))
        self.seed_label.setText(self.tr("S&eed"))
        self.duration_box.setSuffix(self.tr(" s"))
        self.prompt_edit.setPlaceholderText(
            self.tr("Describe the video: subject, action, camera, light, style…")
        )
        self.roll_button.setText(self.tr("Random"))
        self.takes_label.setText(self.tr("&Takes"))
        self.history_button.setText(self.tr("Histor&y"))
        self.presets_button.setText(self.tr("Pre&sets") + " ▾")
        # mnemonics free in the File menu (D, S, L, G, Q), where the window may list them
        self.history_action.setText(self.tr("Prompt &History…"))
        self.save_preset_action.setText(self.tr("&Save as Preset…"))
        self.manage_presets_action.setText(self.tr("&Manage Presets…"))
        history_tip = self.tr("Every prompt you sent: search it and reuse one (%1)").replace(
            "%1", self.history_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        for action, tip in (
            (self.history_action, history_tip),
            (self.save_preset_action, self.tr("Save the prompt and settings under a name")),
            (self.manage_presets_action, self.tr("Apply, rename or delete presets")),
        ):
            action.setToolTip(tip)
            action.setStatusTip(tip)
        describe(
            (
                self.model_box,
                self.tr("Model"),
                self.tr("The relay's video models. Type any model id the relay supports."),
            ),
            (
                self.refresh_button,
                self.tr("Refresh models"),
                self.tr("Reload the model list from the relay (F5)"),
            ),
            (
                self.prompt_edit,
                self.tr("Prompt"),
                self.tr(
                    "What the video should show. Ctrl+Enter generates; Ctrl+V pastes an image; "
                    "Up in an empty prompt recalls the last one."
                ),
            ),
            (self.duration_box, self.tr("Duration"), self.tr("Length of the video in seconds")),
            (
                self.duration_choice,
                self.tr("Duration"),
                self.tr("The lengths this model makes, in seconds"),
            ),
            (
                self.size_box,
                self.tr("Size"),
                self.tr("Width x height in pixels: pick a preset or type e.g. 1280x720"),
            ),
            (self.ratio_box, self.tr("Aspect ratio"), self.tr("Width to height of the video")),
            (self.resolution_box, self.tr("Resolution"), self.tr("Height of the video")),
            (
                self.seed_edit,
                self.tr("Seed"),
                self.tr("Same seed and prompt reproduce a result. Empty means random."),
            ),
            (self.roll_button, self.tr("Roll seed"), self.tr("Roll a random seed")),
            (self.generate_button, self.tr("Generate"), self.tr("Send one paid task to the relay")),
            (
                self.takes_box,
                self.tr("Takes"),
                self.tr(
                    "How many takes of this prompt, each with its own seed; more than one is "
                    "confirmed first"
                ),
            ),
            (
                self.sweep_clear,
                self.tr("Clear the sweep"),
                self.tr("Make the takes with the model and length above"),
            ),
            (self.history_button, self.tr("Prompt history"), history_tip),
            (
                self.presets_button,
                self.tr("Presets"),
                self.tr("Apply a saved prompt or style with its settings, or save these"),
            ),
            (
                self.continue_clear,
                self.tr("Do not continue a shot"),
                self.tr("Make this a new shot instead of a continuation"),
            ),
        )
        self.reason_label.setAccessibleName(self.tr("Why Generate is disabled"))
        self.images.retranslate()
        self._apply_profile()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.prompt_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.generate()
                return True
            if event.matches(QKeySequence.StandardKey.Paste) and self.paste_image():
                return True
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            arrow = event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            if plain and arrow and self.recall_prompt(older=event.key() == Qt.Key.Key_Up):
                return True
        return super().eventFilter(watched, event)

    # ---- the profile -----------------------------------------------------------------------
    def set_catalog(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._apply_profile()

    def _apply_profile(self) -> None:
        """Show the controls the current model's profile reads."""
        profile = self.catalog.resolve(self.model_box.currentText())
        self.profile = profile
        if profile is None:
            self.model_note.setText(
                self.tr("Unknown model: sent as typed (model, prompt, duration, size, seed).")
            )
            self.duration_stack.setCurrentWidget(self.duration_box)
            self.duration_box.setRange(1, 120)
            self.size_stack.setCurrentWidget(self.size_box)
        else:
            name, note = profile.display_name(self.language), profile.display_note(self.language)
            self.model_note.setText(f"{name} · {note}".strip(" ·"))
            self._set_durations(profile)
            self._set_size_pickers(profile)
        self._set_seed(profile)
        self._set_options(profile)
        self.images.set_profile(profile)
        self._set_images_note(profile)
        self._tab_order()
        self._update_state()

    def _set_durations(self, profile: ModelProfile) -> None:
        current = self.duration()
        if profile.durations:
            self.duration_choice.blockSignals(True)
            self.duration_choice.clear()
            for seconds in profile.durations:
                self.duration_choice.addItem(self.tr("%1 s").replace("%1", str(seconds)), seconds)
            self.duration_choice.blockSignals(False)
            wanted = current if current in profile.durations else profile.duration_default
            index = self.duration_choice.findData(wanted)
            self.duration_choice.setCurrentIndex(max(index, 0))
            self.duration_stack.setCurrentWidget(self.duration_choice)
        else:
            low, high = profile.duration_range or (1, 120)
            self.duration_box.setRange(low, high)
            self.duration_box.setValue(
                current if low <= current <= high else profile.duration_default
            )
            self.duration_stack.setCurrentWidget(self.duration_box)

    def _set_size_pickers(self, profile: ModelProfile) -> None:
        if not profile.picks_size:
            self.size_stack.setCurrentWidget(self.size_box)
            return
        self._fill(self.ratio_box, list(profile.ratios))
        self._fill(self.resolution_box, list(profile.resolutions))
        self.ratio_box.setVisible(bool(profile.ratios))
        self.resolution_box.setVisible(bool(profile.resolutions))
        self.size_stack.setCurrentIndex(1)

    @staticmethod
    def _fill(box: QComboBox, values: list[str]) -> None:
        """Replace ``box``'s items, keeping the current value when it is still offered."""
        current = box.currentText()
        box.blockSignals(True)
        box.clear()
        box.addItems(values)
        if current in values:
            box.setCurrentText(current)
        box.blockSignals(False)

    def _set_seed(self, profile: ModelProfile | None) -> None:
        supported = profile is None or profile.supports_seed
        self.seed_edit.setEnabled(supported)
        self.roll_button.setEnabled(supported)
        self.seed_edit.setPlaceholderText(
            self.tr("random") if supported else self.tr("not supported by this model")
        )

    def _set_options(self, profile: ModelProfile | None) -> None:
        values = self.options()
        for widget in self.option_widgets.values():  # option rows follow the fixed rows
            self.form.removeRow(widget)
        self.option_widgets = {}
        for spec in profile.options if profile else ():
            widget = self._option_widget(spec, values.get(spec.id, spec.default))
            label = QLabel(spec.label(self.language))
            label.setBuddy(widget)
            widget.setAccessibleName(spec.label(self.language))
            widget.setToolTip(self.tr("Sent to the relay as %1").replace("%1", spec.field.path))
            row, _role = self.form.getWidgetPosition(self.takes_row)
            self.form.insertRow(row, label, widget)  # above the takes
            self.option_widgets[spec.id] = widget

    def _guard_wheel(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel
            widget.installEventFilter(self._wheel_guard)

    def _tab_order(self) -> None:
        """Tab goes down the panel as it reads, options and takes included, and ends on
        Generate."""
        chain = [
            self.history_button,
            self.presets_button,
            self.prompt_edit,
            *self.images.slots,
            self.model_box,
            self.refresh_button,
            self.duration_box
            if self.duration_stack.currentWidget() is self.duration_box
            else self.duration_choice,
            *(
                (self.size_box,)
                if self.size_stack.currentWidget() is self.size_box
                else (self.ratio_box, self.resolution_box)
            ),
            self.seed_edit,
            self.roll_button,
            *self.option_widgets.values(),
            self.continue_clear,
            self.takes_box,
            self.sweep_button,
            self.sweep_clear,
            self.generate_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _option_widget(self, spec: OptionSpec, value: Any) -> QWidget:
        if spec.kind == "bool":
            widget = QCheckBox()
            widget.setChecked(bool(value))
        elif spec.kind == "choice":
            widget = QComboBox()
            self._guard_wheel(widget)
            widget.addItems(list(spec.choices))
            if value in spec.choices:
                widget.setCurrentText(str(value))
        else:
            widget = QLineEdit(str(value or ""))
        return widget

    def _set_images_note(self, profile: ModelProfile | None) -> None:
        if profile is None:
            text = self.tr(
                "Images: this model is unknown, so the app does not know where its relay reads "
                "them. Pin it to a family in Settings to send images."
            )
        elif not profile.images.accepts_local_images:
            text = (
                self.tr("%1 takes images only as web links; local images cannot be sent.")
                if profile.images.encoding.value == "url"
                else self.tr("%1 does not read images.")
            ).replace("%1", profile.display_name(self.language))
        else:
            text = ""
        self.images_note.setText(text)
        self.images_note.setVisible(bool(text))

    # ---- state -----------------------------------------------------------------------------
    def duration(self) -> int:
        if self.duration_stack.currentWidget() is self.duration_choice:
            data = self.duration_choice.currentData()
            return int(data) if data is not None else 0
        return self.duration_box.value()

    def options(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for option_id, widget in self.option_widgets.items():
            if isinstance(widget, QCheckBox):
                values[option_id] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[option_id] = widget.currentText()
            elif isinstance(widget, QLineEdit) and widget.text().strip():
                values[option_id] = widget.text().strip()
        return values

    def blocking_reason(self) -> str:
        """Why Generate cannot run now ("" when it can)."""
        request = self.request()
        typed_size = self.size_box.currentText().strip()
        if self.profile is None and typed_size and request.size is None:
            request = replace(request, size=typed_size)  # let the check name the bad size
        problems = check(request, self.profile)
        if problems:
            return self.refusal_words(problems[0], self.profile)
        if self.sweeping:
            refused = first_refusal(variants(request, self.plan(), self.catalog), self.catalog)
            if refused:
                variant, profile, refusal = refused
                return f"{variant.model}: {self.refusal_words(refusal, profile)}"
        return ""

    def refusal_words(self, refusal: Refusal, profile: ModelProfile | None) -> str:
        """A refusal in the user's language, naming the family as this language does."""
        if profile is not None and "family" in refusal.params:
            refusal = Refusal(
                refusal.kind, **{**refusal.params, "family": profile.display_name(self.language)}
            )
        return refusal_text(refusal)

    def set_estimator(self, estimator: Callable[[CreateRequest], Estimate] | None) -> None:
        """Where the Generate button's price comes from (``None``: no price shown)."""
        self._estimator = estimator
        self.refresh_price()

    def task_count(self) -> int:
        """How many tasks Generate would create now."""
        return self.plan().task_count(self.request())

    def refresh_price(self) -> None:
        """Generate says what it would send: one task or a set, and the estimated price (the
        set's total) once an estimator is set. The spending code is imported only then: the
        first paint does without it."""
        request, plan = self.request(), self.plan()
        count = plan.task_count(request)
        if count == 1 and not self.sweeping:
            if self._estimator is None:
                self.generate_button.setText(self.tr("Generate  (Ctrl+Enter)"))
                self.generate_button.setToolTip(self.tr("Send one paid task to the relay"))
                return
            from yzx_desktop.ui.spend.texts import estimate_tooltip, price_label_text

            estimate = self._estimator(request)
            self.generate_button.setText(price_label_text(estimate))
            self.generate_button.setToolTip(
                estimate_tooltip(estimate) + "\n" + self.tr("Ctrl+Enter sends one paid task.")
            )
            return
        takes = self.tr("Generate %n take(s)", "", count)
        tip = self.tr("Ctrl+Enter asks once, then sends %n paid task(s).", "", count)
        if self._estimator is None:
            self.generate_button.setText(f"{takes}  (Ctrl+Enter)")
            self.generate_button.setToolTip(tip)
            return
        from yzx_desktop.ui.spend.guard import set_total_text, total_estimate
        from yzx_desktop.ui.spend.texts import price_text

        variant_prices = [self._estimator(t.request) for t in variants(request, plan, self.catalog)]
        estimates = [e for e in variant_prices for _ in range(plan.count)]
        self.generate_button.setText(f"{takes} · {price_text(total_estimate(estimates))}")
        self.generate_button.setToolTip(f"{set_total_text(estimates)}\n{tip}")

    def _update_state(self) -> None:
        text = self.prompt_edit.toPlainText()
        self.count_label.setText(self.tr("%n character(s)", "", len(text)))
        self._update_sweep()
        self.refresh_price()
        reason = self.blocking_reason()
        # right after a send, the same prompt again is taken for a double press
        cooling = self._cooldown.isActive() and text.strip() == self._last_sent
        self.generate_button.setEnabled(not reason and not cooling)
        sent = self.tr("Sent. One task was created.") if self._last_count == 1 else ""
        self.reason_label.setText(sent if cooling else reason)
        if self.parent_job_id is None:
            self.continue_label.clear()
        else:
            self.continue_label.setText(
                self.tr("Continues the shot of job %1.").replace("%1", str(self.parent_job_id))
            )
        self.continue_label.setVisible(self.parent_job_id is not None)
        self.continue_clear.setVisible(self.parent_job_id is not None)

    def request(self) -> CreateRequest:
        seed = self.seed_edit.text().strip()
        profile = self.profile
        picks = profile is not None and profile.picks_size
        resolution = self.resolution_box.currentText() if picks else ""
        ratio = self.ratio_box.currentText() if picks else ""
        return CreateRequest(
            model=self.model_box.currentText().strip(),
            prompt=self.prompt_edit.toPlainText().strip(),
            duration=self.duration(),
            size=None if picks else parse_size(self.size_box.currentText()),
            seed=int(seed) if seed and (profile is None or profile.supports_seed) else None,
            resolution=resolution or None,
            ratio=ratio or None,
            options=self.options(),
            images=self.images.images(),
            parent_id=self.parent_job_id,
        )

    def generate(self) -> None:
        """One activation = one request (or one set, confirmed by its receiver); a short
        cool-down absorbs accidental double clicks."""
        prompt = self.prompt_edit.toPlainText().strip()
        repeated = self._cooldown.isActive() and prompt == self._last_sent
        if self.blocking_reason() or repeated:  # a double press, not a new idea
            return
        self._last_sent = prompt
        request, plan = self.request(), self.plan()
        self._last_count = plan.task_count(request)
        self._cooldown.start()
        self._update_state()
        if self._last_count > 1:
            self.takesRequested.emit(request, plan)
        elif self.sweeping:  # a sweep of one: that one task, by the single path
            self.generateRequested.emit(variants(request, plan, self.catalog)[0].request)
        else:
            self.generateRequested.emit(request)

    def show_refusal(self, text: str) -> None:
        """A refusal found only at submit (an image that became unreadable): say why."""
        self.reason_label.setText(text)
        self.reason_label.show()

    def finish_generate(self) -> None:
        """After a job was created: the prompt keeps focus for the next idea."""
        self.set_parent_job(None)
        self.prompt_edit.setFocus()

    def generate_declined(self) -> None:
        """The user said no to the question before sending: the panel stays as it was (a
        continued shot stays linked), with the prompt focused."""
        self.prompt_edit.setFocus()

    def roll_seed(self) -> None:
        self.seed_edit.setText(str(random.randint(0, 2**31 - 1)))

    # ---- takes and sweep -------------------------------------------------------------------
    @property
    def sweeping(self) -> bool:
        return bool(self._sweep_models or self._sweep_durations)

    def plan(self) -> TakePlan:
        """The set Generate makes: the takes count, and the sweep's models or lengths."""
        return TakePlan(self.takes_box.value(), self._sweep_models, self._sweep_durations)

    def set_takes(self, count: int) -> None:
        """Takes per variant, kept within 1 and ``MAX_TAKES`` (e.g. remembered in Settings)."""
        self.takes_box.setValue(max(1, min(MAX_TAKES, int(count or 1))))

    def set_sweep(self, models: tuple[str, ...] = (), durations: tuple[int, ...] = ()) -> None:
        """Sweep these models, or these lengths (one kind at a time); none: no sweep."""
        models = tuple(dict.fromkeys(m.strip() for m in models if m.strip()))[:MAX_VARIANTS]
        self._sweep_models = models
        self._sweep_durations = () if models else tuple(dict.fromkeys(durations))[:MAX_VARIANTS]
        self._update_state()

    def clear_sweep(self) -> None:
        self.set_sweep()
        self.sweep_button.setFocus()  # the clear button has gone: focus stays nearby

    def open_sweep(self) -> SweepDialog:
        """The sweep picker, over the models listed and the current model's lengths."""
        from yzx_desktop.ui.compose.sweep import SweepDialog

        self._update_sweep()  # a click toggled the button's pressed look; the sweep decides
        dialog = SweepDialog(
            catalog=self.catalog,
            models=[self.model_box.itemText(i) for i in range(self.model_box.count())],
            model=self.model_box.currentText().strip(),
            duration=self.duration(),
            chosen_models=self._sweep_models,
            chosen_durations=self._sweep_durations,
            language=self.language,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_sweep(dialog.models(), dialog.durations()))
        dialog.open()
        return dialog

    def _update_sweep(self) -> None:
        """The Sweep button says what the sweep varies ("Sweep: 3 models…", pressed, its
        tooltip naming them) beside a button to clear it; a swept length is not picked here,
        so its picker is off. One row, so Generate stays on a 1366×768 screen."""
        if self._sweep_models:
            text = self.tr("S&weep: %n model(s)…", "", len(self._sweep_models))
            values = ", ".join(self._sweep_models)
        elif self._sweep_durations:
            text = self.tr("S&weep: %n length(s)…", "", len(self._sweep_durations))
            values = ", ".join(self.tr("%1 s").replace("%1", str(d)) for d in self._sweep_durations)
        else:
            text, values = self.tr("S&weep…"), ""
        self.sweep_button.setText(text)
        self.sweep_button.setChecked(bool(values))
        self.sweep_button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.sweep_button.setToolTip(
            self.tr("Sweeping %1. Change or clear the sweep.").replace("%1", values)
            if values
            else self.tr("Make the takes with up to 4 models or lengths, to compare them")
        )
        self.sweep_button.setAccessibleDescription(values)
        self.sweep_clear.setVisible(bool(values))
        self.duration_stack.setEnabled(not self._sweep_durations)

    # ---- the library: prompt history and presets --------------------------------------------
    def set_library(self, store: JobStore) -> None:
        """Offer the prompt history and the presets kept in ``store``."""
        from yzx_desktop.jobs.library import Presets, PromptHistory

        self._history, self._presets = PromptHistory(store), Presets(store)
        for widget in (self.history_button, self.presets_button):
            widget.show()
        for action in (self.history_action, self.save_preset_action, self.manage_presets_action):
            action.setEnabled(True)

    def show_prompt_history(self) -> PromptHistoryDialog | None:
        """Every prompt sent, newest first; the one chosen replaces the prompt (undoable)."""
        from yzx_desktop.ui.library.prompt_history import PromptHistoryDialog

        if self._history is None:
            return None
        dialog = PromptHistoryDialog(self._history, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.promptChosen.connect(self.use_prompt)
        dialog.open()
        return dialog

    def use_prompt(self, text: str) -> None:
        """Put ``text`` in the prompt in place of what is there; Ctrl+Z brings that back."""
        self._replace_prompt(text)
        self.prompt_edit.setFocus()

    def _replace_prompt(self, text: str) -> None:
        cursor = self.prompt_edit.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.prompt_edit.setTextCursor(cursor)  # at the end of the new text

    def recall_prompt(self, *, older: bool) -> bool:
        """Up in an empty prompt brings the last prompt sent; Up again an older one, Down a
        newer one, while the recalled text is unedited and the cursor is on its first (Up)
        or last (Down) line. ``False`` when the key should move the cursor instead."""
        if self._history is None:
            return False
        text = self.prompt_edit.toPlainText()
        index = self._recall_index
        recalled = index is not None and index < len(self._recall) and self._recall[index] == text
        if not text.strip():
            if not older:
                return False
            self._recall = [use.prompt for use in self._history.search(limit=200)]
            index = -1
        elif not recalled:
            return False
        probe = QTextCursor(self.prompt_edit.textCursor())
        move = QTextCursor.MoveOperation.Up if older else QTextCursor.MoveOperation.Down
        if text.strip() and probe.movePosition(move):
            return False  # a line above (below) to move to first
        index = index + 1 if older else index - 1
        if index >= len(self._recall):
            return bool(text.strip())  # the oldest: stay
        self._recall_index = index if index >= 0 else None
        self._replace_prompt(self._recall[index] if index >= 0 else "")
        return True

    def preset_settings(self) -> dict[str, Any]:
        """What a preset keeps besides its text: the request's settings, minus images and
        seed."""
        request = self.request()
        values = {
            "model": request.model,
            "duration": request.duration,
            "size": request.size,
            "ratio": request.ratio,
            "resolution": request.resolution,
            "options": dict(request.options),
        }
        return {k: v for k, v in values.items() if v not in (None, "", {})}

    def save_preset(self) -> SavePresetDialog | None:
        """Name the prompt and settings; saved when the dialog is accepted."""
        from yzx_desktop.ui.library.presets import SavePresetDialog

        presets = self._presets
        if presets is None:
            return None
        dialog = SavePresetDialog(
            self.prompt_edit.toPlainText().strip(),
            self.preset_settings(),
            [p.name for p in presets.all()],
            self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: presets.save(dialog.preset()))
        dialog.open()
        return dialog

    def show_presets(self) -> PresetsDialog | None:
        """Apply, rename or delete presets."""
        from yzx_desktop.ui.library.presets import PresetsDialog

        if self._presets is None:
            return None
        dialog = PresetsDialog(self._presets, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applyRequested.connect(self.apply_preset)
        dialog.open()
        return dialog

    def _fill_presets_menu(self) -> None:
        from yzx_desktop.ui.library.presets import preset_summary

        self.presets_menu.clear()
        presets = self._presets.all() if self._presets else []
        for preset in presets:
            action = self.presets_menu.addAction(preset.name.replace("&", "&&"))
            action.setToolTip(
                "\n".join(p for p in (preset.prompt, preset_summary(preset.settings)) if p)
            )
            action.triggered.connect(partial(self.apply_preset, preset))
        if not presets:
            self.presets_menu.addAction(self.tr("No presets yet")).setEnabled(False)
        self.presets_menu.addSeparator()
        self.presets_menu.addAction(self.save_preset_action)
        self.presets_menu.addAction(self.manage_presets_action)

    def apply_preset(self, preset: Preset) -> list[str]:
        """Fill the panel from ``preset``: its text replaces the prompt (a style is added to
        it), then its model and settings. What cannot be applied is said in a message, and
        returned; nothing is dropped silently."""
        from yzx_desktop.ui.library.presets import STYLE

        settings, problems = preset.settings, []
        if preset.prompt:
            current = self.prompt_edit.toPlainText().strip()
            if settings.get(STYLE) and current and preset.prompt not in current:
                self._replace_prompt(f"{current}, {preset.prompt}")
            elif not settings.get(STYLE) or not current:
                self._replace_prompt(preset.prompt)
        model = str(settings.get("model") or "")
        if model:
            if self._models_listed and self.model_box.findText(model) < 0:
                problems.append(
                    self.tr(
                        "The relay does not list %1 any more. It is in the Model box as saved: "
                        "pick another model before you generate."
                    ).replace("%1", model)
                )
            self.set_model(model)
        profile = self.profile
        duration = settings.get("duration")
        if duration:
            if profile is None or profile.allows_duration(int(duration)):
                self.set_duration(int(duration))
            else:
                problems.append(
                    self.tr("%1 makes no %2 s videos; the length stays %3 s.")
                    .replace("%1", profile.display_name(self.language))
                    .replace("%2", str(duration))
                    .replace("%3", str(self.duration()))
                )
        if settings.get("size"):
            self.set_size(str(settings["size"]))
        for key, box in (("ratio", self.ratio_box), ("resolution", self.resolution_box)):
            value = settings.get(key)
            if value and box.findText(str(value)) >= 0:
                box.setCurrentText(str(value))
            elif value:
                problems.append(
                    self.tr("%1 is not offered for this model; it stays %2.")
                    .replace("%1", str(value))
                    .replace("%2", box.currentText() or "—")
                )
        for option_id in self._set_option_values(settings.get("options") or {}):
            problems.append(
                self.tr("This model has no option “%1”; it was not applied.").replace(
                    "%1", option_id
                )
            )
        self._update_state()
        self.prompt_edit.setFocus()
        if problems:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Preset “%1”").replace("%1", preset.name),
                self.tr("Preset “%1” was applied, except:").replace("%1", preset.name),
                QMessageBox.StandardButton.Ok,
                self.window(),
            )
            box.setInformativeText("\n".join(problems))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        return problems

    # ---- filling ---------------------------------------------------------------------------
    def set_models(self, models: list[ModelInfo]) -> None:
        current = self.model_box.currentText()
        self.model_box.blockSignals(True)
        self.model_box.clear()
        self.model_box.addItems([m.id for m in models] or list(FALLBACK_MODELS))
        self._models_listed = bool(models)
        self.model_box.setEditText(current)
        self.model_box.blockSignals(False)

    def set_model(self, model: str) -> None:
        self.model_box.setEditText(model)

    def set_size(self, size: str) -> None:
        """Show a ``WxH`` in whichever size control the model uses."""
        self.size_box.setEditText(size)
        if self.profile is not None and self.profile.picks_size:
            resolution, ratio = size_to_pickers(self.profile, size)
            if ratio:
                self.ratio_box.setCurrentText(ratio)
            if resolution:
                self.resolution_box.setCurrentText(resolution)

    def set_duration(self, seconds: int) -> None:
        self.duration_box.setValue(seconds)
        index = self.duration_choice.findData(seconds)
        if index >= 0:
            self.duration_choice.setCurrentIndex(index)

    def _set_option_values(self, options: dict[str, Any]) -> list[str]:
        """Set the option controls; returns the ids this model does not have."""
        missing = []
        for option_id, value in options.items():
            widget = self.option_widgets.get(option_id)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentText(str(value))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))
            else:
                missing.append(option_id)
        return missing

    def set_parent_job(self, job_id: int | None) -> None:
        self.parent_job_id = job_id
        self._update_state()

    def paste_image(self) -> bool:
        """Ctrl+V with an image (or an image file) on the clipboard fills the next free slot."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or (mime.hasText() and not mime.hasUrls() and not mime.hasImage()):
            return False
        path = image_from_mime(mime)
        return bool(path and self.images.fill(path))

    def use_image(self, path: Path, role: ImageRole = ImageRole.FIRST) -> bool:
        """Put ``path`` in ``role``'s slot (e.g. a frame from the preview)."""
        return self.images.fill(path, role)

    def fill_from(self, job: Job) -> None:
        """Reuse settings: the job's parameters and images back into the panel."""
        self.set_model(job.model)
        self.prompt_edit.setPlainText(job.prompt)
        if job.duration:
            self.set_duration(job.duration)
        if job.size:
            self.set_size(job.size)
        if job.ratio:
            self.ratio_box.setCurrentText(job.ratio)
        if job.resolution:
            self.resolution_box.setCurrentText(job.resolution)
        self.seed_edit.setText("" if job.seed is None else str(job.seed))
        self._set_option_values(job.options)
        self.images.clear()
        for image in job.request().images:
            self.images.fill(Path(image.path), ImageRole(image.role))
        self.set_parent_job(job.parent_id)
        self.prompt_edit.setFocus()

    def continue_from(self, job: Job, last_frame: Path) -> None:
        """Continue a shot: same model and prompt (for editing), its last frame as first frame."""
        self.fill_from(job)
        self.images.clear()
        self.use_image(last_frame, ImageRole.FIRST)
        self.set_parent_job(job.id)
        self.prompt_edit.setFocus()
