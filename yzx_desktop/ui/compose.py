"""The compose panel: model, prompt, duration, size, seed and the Generate button."""

from __future__ import annotations

import random
import re

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yzx_desktop.api.types import CreateRequest, ModelInfo
from yzx_desktop.jobs.model import Job
from yzx_desktop.ui.a11y import describe

SIZE_PRESETS = ("1280x720", "720x1280", "1920x1080", "1080x1920", "1024x1792", "1792x1024")
_SIZE = re.compile(r"^\s*(\d{2,5})\s*[xX×*]\s*(\d{2,5})\s*$")
FALLBACK_MODELS = ("doubao-seedance-1-0-pro", "kling-v1-6", "veo_3_1-fast", "veo_3_1-fast-fl")


def parse_size(text: str) -> str | None:
    """``"1280 x 720"`` → ``"1280x720"``; ``None`` when it is not WIDTHxHEIGHT."""
    match = _SIZE.match(text)
    if not match:
        return None
    width, height = int(match.group(1)), int(match.group(2))
    if not (16 <= width <= 8192 and 16 <= height <= 8192):
        return None
    return f"{width}x{height}"


class ComposePanel(QWidget):
    """Emits ``generateRequested`` with a complete request; never talks to the network."""

    generateRequested = Signal(object)  # CreateRequest
    refreshModelsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_box = QComboBox(editable=True)
        self.model_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_box.addItems(FALLBACK_MODELS)
        self.refresh_button = QToolButton(text="⟳")
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setTabChangesFocus(True)
        self.count_label = QLabel()
        self.duration_box = QSpinBox(minimum=1, maximum=120, value=5)
        self.size_box = QComboBox(editable=True)
        self.size_box.addItems(SIZE_PRESETS)
        self.size_box.setValidator(
            QRegularExpressionValidator(
                QRegularExpression(r"\s*\d{0,5}\s*[xX×*]?\s*\d{0,5}\s*"), self.size_box
            )
        )
        self.seed_edit = QLineEdit()
        self.seed_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,10}")))
        self.roll_button = QToolButton()
        self.generate_button = QPushButton()
        self.generate_button.setDefault(True)
        self.reason_label = QLabel(wordWrap=True)
        self.reason_label.setForegroundRole(self.reason_label.foregroundRole())
        self._cooldown = QTimer(self, singleShot=True, interval=1200)
        self._cooldown.timeout.connect(self._update_state)
        self._layout()
        self._connect()
        self.retranslate()
        self._update_state()

    def _layout(self) -> None:
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_box, 1)
        model_row.addWidget(self.refresh_button)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_edit, 1)
        seed_row.addWidget(self.roll_button)
        self.prompt_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.model_label, self.duration_label = QLabel(), QLabel()
        self.size_label, self.seed_label = QLabel(), QLabel()
        self.form.addRow(self.model_label, model_row)
        self.form.addRow(self.duration_label, self.duration_box)
        self.form.addRow(self.size_label, self.size_box)
        self.form.addRow(self.seed_label, seed_row)
        self.prompt_label = QLabel()
        self.prompt_label.setBuddy(self.prompt_edit)
        self.model_label.setBuddy(self.model_box)
        self.duration_label.setBuddy(self.duration_box)
        self.size_label.setBuddy(self.size_box)
        self.seed_label.setBuddy(self.seed_edit)
        header = QHBoxLayout()
        header.addWidget(self.prompt_label)
        header.addStretch(1)
        header.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.prompt_edit, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.generate_button)
        layout.addWidget(self.reason_label)

    def _connect(self) -> None:
        self.prompt_edit.textChanged.connect(self._update_state)
        self.model_box.currentTextChanged.connect(self._update_state)
        self.size_box.currentTextChanged.connect(self._update_state)
        self.refresh_button.clicked.connect(self.refreshModelsRequested)
        self.roll_button.clicked.connect(self.roll_seed)
        self.generate_button.clicked.connect(self.generate)
        self.prompt_edit.installEventFilter(self)  # the editor would swallow Ctrl+Enter
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.generate)

    def retranslate(self) -> None:
        self.prompt_label.setText(self.tr("&Prompt"))
        self.model_label.setText(self.tr("&Model"))
        self.duration_label.setText(self.tr("&Duration"))
        self.size_label.setText(self.tr("S&ize"))
        self.seed_label.setText(self.tr("S&eed"))
        self.duration_box.setSuffix(self.tr(" s"))
        self.prompt_edit.setPlaceholderText(
            self.tr("Describe the video: subject, action, camera, light, style…")
        )
        self.seed_edit.setPlaceholderText(self.tr("random"))
        self.generate_button.setText(self.tr("Generate  (Ctrl+Enter)"))
        self.roll_button.setText(self.tr("Random"))
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
                self.tr("What the video should show. Ctrl+Enter generates."),
            ),
            (self.duration_box, self.tr("Duration"), self.tr("Length of the video in seconds")),
            (
                self.size_box,
                self.tr("Size"),
                self.tr("Width x height in pixels: pick a preset or type e.g. 1280x720"),
            ),
            (
                self.seed_edit,
                self.tr("Seed"),
                self.tr("Same seed and prompt reproduce a result. Empty means random."),
            ),
            (self.roll_button, self.tr("Roll seed"), self.tr("Roll a random seed")),
            (self.generate_button, self.tr("Generate"), self.tr("Send one paid task to the relay")),
        )
        self.reason_label.setAccessibleName(self.tr("Why Generate is disabled"))
        self._update_state()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.prompt_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.generate()
            return True
        return super().eventFilter(watched, event)

    # ---- state -----------------------------------------------------------------------------
    def blocking_reason(self) -> str:
        """Why Generate cannot run now ("" when it can)."""
        if not self.prompt_edit.toPlainText().strip():
            return self.tr("Type a prompt to generate.")
        if not self.model_box.currentText().strip():
            return self.tr("Pick or type a model.")
        if self.size_box.currentText().strip() and not parse_size(self.size_box.currentText()):
            return self.tr("Size must look like 1280x720.")
        return ""

    def _update_state(self) -> None:
        text = self.prompt_edit.toPlainText()
        self.count_label.setText(self.tr("%n character(s)", "", len(text)))
        reason = self.blocking_reason()
        cooling = self._cooldown.isActive()
        self.generate_button.setEnabled(not reason and not cooling)
        self.reason_label.setText(self.tr("Sent. One task was created.") if cooling else reason)
        self.reason_label.setVisible(bool(reason) or cooling)

    def request(self) -> CreateRequest:
        seed = self.seed_edit.text().strip()
        return CreateRequest(
            model=self.model_box.currentText().strip(),
            prompt=self.prompt_edit.toPlainText().strip(),
            duration=self.duration_box.value(),
            size=parse_size(self.size_box.currentText()) or None,
            seed=int(seed) if seed else None,
        )

    def generate(self) -> None:
        """One activation = one request; a short cool-down absorbs accidental double clicks."""
        if self.blocking_reason() or self._cooldown.isActive():
            return
        self._cooldown.start()
        self._update_state()
        self.generateRequested.emit(self.request())

    def roll_seed(self) -> None:
        self.seed_edit.setText(str(random.randint(0, 2**31 - 1)))

    # ---- filling ---------------------------------------------------------------------------
    def set_models(self, models: list[ModelInfo]) -> None:
        current = self.model_box.currentText()
        self.model_box.blockSignals(True)
        self.model_box.clear()
        self.model_box.addItems([m.id for m in models] or list(FALLBACK_MODELS))
        self.model_box.setEditText(current)
        self.model_box.blockSignals(False)

    def set_model(self, model: str) -> None:
        self.model_box.setEditText(model)

    def fill_from(self, job: Job) -> None:
        """Reuse settings: the job's parameters back into the panel."""
        self.set_model(job.model)
        self.prompt_edit.setPlainText(job.prompt)
        self.duration_box.setValue(job.duration or 5)
        self.size_box.setEditText(job.size or "")
        self.seed_edit.setText("" if job.seed is None else str(job.seed))
        self.prompt_edit.setFocus()
