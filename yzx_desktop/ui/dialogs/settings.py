"""The Settings dialog: relay, token, library, naming, cadence, limits, language, proxy."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yzx_desktop.credentials import TokenSource, load_token, store_token
from yzx_desktop.jobs.model import Job
from yzx_desktop.jobs.naming import PLACEHOLDERS, render_filename
from yzx_desktop.profiles.catalog import Catalog, user_file
from yzx_desktop.settings import Settings
from yzx_desktop.ui.a11y import describe
from yzx_desktop.ui.aio import spawn
from yzx_desktop.ui.dialogs.connection import base_url_problem, test_connection

LANGUAGES = (("system", None), ("zh_CN", "中文"), ("en", "English"))


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``result_settings()`` returns it after Accept."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, demo: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = dataclasses.replace(settings)
        self.token_saved = False
        info = load_token()
        self.base_edit = QLineEdit(settings.base_url)
        self.base_note = QLabel(wordWrap=True)  # which source wins, when it is not this field
        env_base = os.environ.get("YZX_API_BASE", "").strip()
        if env_base:
            self.base_edit.setText(env_base)
            self.base_edit.setReadOnly(True)
            self.base_note.setText(
                self.tr(
                    "YZX_API_BASE is set in the environment and wins over this setting; "
                    "unset it to change the Base URL here."
                )
            )
        elif demo:
            self.base_note.setText(
                self.tr("Demo mode uses the built-in simulated relay; this is the real one.")
            )
        self.base_note.setVisible(bool(self.base_note.text()))
        self.token_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(
            self.tr("unchanged") if info.token else self.tr("not set")
        )
        self.token_where = QLabel(wordWrap=True)
        self.token_where.setText(self._where_text(info.source, info.where))
        self.test_button = QPushButton(self.tr("Test co&nnection"))
        self.test_result = QLabel(wordWrap=True)
        self.library_edit = QLineEdit(str(settings.library_path))
        browse = QPushButton(self.tr("Browse…"))
        self.template_edit = QLineEdit(settings.filename_template)
        self.template_preview = QLabel()
        self.first_min = self._seconds(settings.poll_first_min)
        self.first_max = self._seconds(settings.poll_first_max)
        self.interval_min = self._seconds(settings.poll_interval_min)
        self.interval_max = self._seconds(settings.poll_interval_max)
        self.creates = QSpinBox(minimum=1, maximum=16, value=settings.max_concurrent_creates)
        self.downloads = QSpinBox(minimum=1, maximum=16, value=settings.max_concurrent_downloads)
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(label or self.tr("System"), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.proxy_edit = QLineEdit(settings.proxy)
        self.proxy_edit.setPlaceholderText("http://127.0.0.1:7890")
        self.catalog = Catalog.load(settings.model_pins)
        self.pins_table = QTableWidget(0, 2)
        self.pins_table.setHorizontalHeaderLabels([self.tr("Model id"), self.tr("Family")])
        self.pins_table.horizontalHeader().setStretchLastSection(True)
        self.pins_table.verticalHeader().hide()
        self.pins_table.setMaximumHeight(120)
        for model, family in settings.model_pins.items():
            self._add_pin(model, family)
        add_pin, remove_pin = QPushButton(self.tr("Add pin")), QPushButton(self.tr("Remove pin"))
        add_pin.clicked.connect(lambda: self._add_pin("", ""))
        remove_pin.clicked.connect(self._remove_pin)
        self.profiles_note = QLabel(wordWrap=True)
        problems = " ".join(self.catalog.problems)
        self.profiles_note.setText(
            (problems + " " if problems else "")
            + self.tr("Add or change model families in %1.").replace("%1", str(user_file()))
        )
        self.profiles_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pin_buttons = QHBoxLayout()
        pin_buttons.addWidget(add_pin)
        pin_buttons.addWidget(remove_pin)
        pin_buttons.addStretch(1)

        library_row = QHBoxLayout()
        library_row.addWidget(self.library_edit, 1)
        library_row.addWidget(browse)
        first_row, interval_row = QHBoxLayout(), QHBoxLayout()
        for row, (low, high) in (
            (first_row, (self.first_min, self.first_max)),
            (interval_row, (self.interval_min, self.interval_max)),
        ):
            row.addWidget(low)
            row.addWidget(QLabel("–"))
            row.addWidget(high)
            row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("&Base URL"), self.base_edit)
        form.addRow("", self.base_note)
        self._row(form, self.tr("&Token"), self.token_edit)
        form.addRow("", self.token_where)
        form.addRow("", self.test_button)
        form.addRow("", self.test_result)
        self._row(form, self.tr("&Library folder"), library_row, self.library_edit)
        self._row(form, self.tr("&File name"), self.template_edit)
        form.addRow("", self.template_preview)
        self._row(form, self.tr("Lan&guage"), self.language)
        self._row(form, self.tr("&Model families"), self.pins_table)
        form.addRow("", pin_buttons)
        form.addRow("", self.profiles_note)
        self.task_limit = self._dollars(settings.max_cost_per_task)
        self.day_limit = self._dollars(settings.max_cost_per_day)
        limits = QHBoxLayout()
        for text, box in (
            (self.tr("per task"), self.task_limit),
            (self.tr("per day"), self.day_limit),
        ):
            limits.addWidget(box)
            limits.addWidget(QLabel(text))
        limits.addStretch(1)
        self._row(form, self.tr("Ask before spending &over"), limits, self.task_limit)
        self.prices_edit = QLineEdit(
            ", ".join(f"{model} = {price:g}" for model, price in settings.model_prices.items())
        )
        self.prices_edit.setPlaceholderText("kling-v1-6 = 0.28, veo_3_1-fast = 0.5")
        self._row(form, self.tr("Your &prices (USD per task)"), self.prices_edit)
        self.prices_problem = QLabel(wordWrap=True)  # beside the field it is about
        self.prices_problem.setStyleSheet("color: palette(link);")
        self.prices_problem.hide()
        form.addRow("", self.prices_problem)
        self.prices_edit.textEdited.connect(lambda _text: self.prices_problem.hide())
        # What an artist rarely needs (polling cadence, limits, the proxy): rows of the same
        # form, so they line up with the rows above, shown by the Advanced toggle.
        self.advanced_button = QToolButton(checkable=True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setText(self.tr("&Advanced"))
        self.advanced_button.toggled.connect(self._show_advanced)
        form.addRow(self.advanced_button)
        first_advanced = form.rowCount()
        self._row(form, self.tr("First poll after"), first_row, self.first_min)
        self._row(form, self.tr("Then poll every"), interval_row, self.interval_min)
        self._row(form, self.tr("Parallel submissions"), self.creates)
        self._row(form, self.tr("Parallel downloads"), self.downloads)
        self._row(form, self.tr("HTTP pro&xy"), self.proxy_edit)
        self._form = form
        self._advanced_rows = range(first_advanced, form.rowCount())
        for row in self._advanced_rows:
            form.setRowVisible(row, False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        page = QWidget()  # scrolls on a small or scaled screen; OK and Cancel stay in view
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(form)
        page_layout.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self._page = page
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

        tips = (
            (
                self.base_edit,
                self.tr("Base URL"),
                self.tr("The relay's API address, e.g. https://www.yuzhixiaolongxia.com/v1"),
            ),
            (self.token_edit, self.tr("Token"), self.tr("Leave empty to keep the saved token")),
            (
                self.test_button,
                self.tr("Test connection"),
                self.tr("Ask the relay for its model list"),
            ),
            (
                self.library_edit,
                self.tr("Library folder"),
                self.tr("Where finished videos are saved"),
            ),
            (browse, self.tr("Browse"), self.tr("Choose the library folder")),
            (
                self.template_edit,
                self.tr("File name template"),
                self.tr("Placeholders: %1").replace(
                    "%1", ", ".join("{" + p + "}" for p in PLACEHOLDERS)
                ),
            ),
            (self.first_min, self.tr("First poll, minimum"), self.tr("Seconds")),
            (self.first_max, self.tr("First poll, maximum"), self.tr("Seconds")),
            (
                self.interval_min,
                self.tr("Poll interval, minimum"),
                self.tr("Polling faster than 8 s is useless: relays refresh about every 15 s"),
            ),
            (self.interval_max, self.tr("Poll interval, maximum"), self.tr("Seconds")),
            (
                self.creates,
                self.tr("Parallel submissions"),
                self.tr("How many create requests may be on their way at once"),
            ),
            (
                self.downloads,
                self.tr("Parallel downloads"),
                self.tr("How many videos may download at once"),
            ),
            (self.language, self.tr("Language"), self.tr("Takes effect at the next start")),
            (
                self.proxy_edit,
                self.tr("HTTP proxy"),
                self.tr("Empty: use the system's proxy settings"),
            ),
            (
                self.pins_table,
                self.tr("Model families"),
                self.tr(
                    "Pin a renamed model to the family whose fields its relay reads, "
                    "e.g. my-video-pro → Seedance"
                ),
            ),
            (add_pin, self.tr("Add pin"), self.tr("Pin one more model id to a family")),
            (
                self.task_limit,
                self.tr("Limit per task"),
                self.tr("Above this estimate the app asks before sending (0: no limit)"),
            ),
            (
                self.day_limit,
                self.tr("Limit per day"),
                self.tr("Past this much today the app asks before sending (0: no limit)"),
            ),
            (
                self.prices_edit,
                self.tr("Your prices"),
                self.tr("For relays that publish no prices: model = USD per task, comma separated"),
            ),
            (remove_pin, self.tr("Remove pin"), self.tr("Remove the selected pin")),
        )
        describe(*tips)
        browse.clicked.connect(self._browse)
        self.template_edit.textChanged.connect(self._preview_template)
        self.test_button.clicked.connect(lambda: spawn(self._test()))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self._preview_template()
        self._fit()

    def _add_pin(self, model: str, family: str) -> None:
        row = self.pins_table.rowCount()
        self.pins_table.insertRow(row)
        self.pins_table.setItem(row, 0, QTableWidgetItem(model))
        families = QComboBox()
        for profile in self.catalog.profiles:
            families.addItem(f"{profile.name} ({profile.id})", profile.id)
        families.setCurrentIndex(max(0, families.findData(family)))
        families.setAccessibleName(self.tr("Family"))
        self.pins_table.setCellWidget(row, 1, families)
        if not model:
            self.pins_table.setCurrentCell(row, 0)
            self.pins_table.editItem(self.pins_table.item(row, 0))

    def _remove_pin(self) -> None:
        if self.pins_table.rowCount():
            self.pins_table.removeRow(max(self.pins_table.currentRow(), 0))

    def pins(self) -> dict[str, str]:
        """The pins in the table: model id → family id (rows without a model id are skipped)."""
        pins = {}
        for row in range(self.pins_table.rowCount()):
            item = self.pins_table.item(row, 0)
            families = self.pins_table.cellWidget(row, 1)
            if item and item.text().strip() and isinstance(families, QComboBox):
                pins[item.text().strip()] = families.currentData()
        return pins

    def _fit(self) -> None:
        """As tall as its contents, but never past the screen."""
        available = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        wanted = self._page.sizeHint() + QSize(40, 80)
        self.resize(
            min(max(600, wanted.width()), available.width() - 20),
            min(wanted.height(), available.height() - 60),
        )

    @staticmethod
    def _row(form: QFormLayout, text: str, field, buddy: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(buddy or field)
        form.addRow(label, field)

    def _show_advanced(self, shown: bool) -> None:
        for row in self._advanced_rows:
            self._form.setRowVisible(row, shown)
        self.advanced_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self._fit()

    def _dollars(self, value: float | None) -> QDoubleSpinBox:
        box = QDoubleSpinBox(minimum=0.0, maximum=10_000.0, decimals=2, value=value or 0.0)
        box.setPrefix("$")
        box.setSpecialValueText(self.tr("no limit"))
        return box

    def prices(self) -> dict[str, float] | None:
        """``model = price`` pairs from the prices field; ``None`` when one does not parse."""
        prices: dict[str, float] = {}
        for part in filter(None, (p.strip() for p in self.prices_edit.text().split(","))):
            model, sep, price = part.partition("=")
            try:
                value = float(price)
            except ValueError:
                return None
            if not sep or not model.strip() or value < 0:
                return None
            prices[model.strip()] = value
        return prices

    def _seconds(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(minimum=1.0, maximum=600.0, decimals=0, value=value)
        box.setSuffix(self.tr(" s"))
        return box

    def _where_text(self, source: TokenSource, where: str) -> str:
        if source is TokenSource.FILE:
            return self.tr(
                "⚠ No system keyring: the token is in %1, readable only by your user."
            ).replace("%1", where)
        if source is TokenSource.NONE:
            return self.tr("No token saved yet.")
        if source is TokenSource.ENVIRONMENT:
            return self.tr(
                "YZX_API_KEY is set in the environment and wins: a token typed here is saved, "
                "but used only once YZX_API_KEY is unset."
            )
        return self.tr("Stored in: %1").replace("%1", where)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Library folder"), self.library_edit.text()
        )
        if folder:
            self.library_edit.setText(folder)

    def _preview_template(self) -> None:
        sample = Job(
            "veo_3_1-fast",
            "A cat walking through a sunlit garden",
            5,
            "1280x720",
            42,
            task_id="video-task-abc12345",
        )
        self.template_preview.setText(
            self.tr("e.g. %1").replace("%1", render_filename(self.template_edit.text(), sample))
        )

    async def _test(self) -> None:
        self.test_result.setText(self.tr("Testing…"))
        token = self.token_edit.text() or load_token().token or ""
        _, message = await test_connection(self.base_edit.text(), token, self.proxy_edit.text())
        self.test_result.setText(message)
        self._fit()  # grow with the answer instead of cutting it off

    def _accept(self) -> None:
        s = self._settings
        problem = base_url_problem(self.base_edit.text())
        if problem:
            self.test_result.setText(problem)
            self.base_edit.setFocus()
            return
        prices = self.prices()
        if prices is None:  # said under the field, before anything is changed
            self.prices_problem.setText(
                self.tr("Write prices as model = USD, separated by commas: kling-v1-6 = 0.28")
            )
            self.prices_problem.show()
            self.prices_edit.setFocus()
            self._fit()
            return
        if not self.base_edit.isReadOnly():
            s.base_url = self.base_edit.text().strip().rstrip("/")
        s.library_dir = self.library_edit.text().strip()
        s.filename_template = self.template_edit.text().strip() or s.filename_template
        s.poll_first_min = min(self.first_min.value(), self.first_max.value())
        s.poll_first_max = max(self.first_min.value(), self.first_max.value())
        s.poll_interval_min = min(self.interval_min.value(), self.interval_max.value())
        s.poll_interval_max = max(self.interval_min.value(), self.interval_max.value())
        s.max_concurrent_creates = self.creates.value()
        s.max_concurrent_downloads = self.downloads.value()
        s.language = self.language.currentData()
        s.proxy = self.proxy_edit.text().strip()
        s.model_pins = self.pins()
        s.model_prices = prices
        s.max_cost_per_task = self.task_limit.value() or None
        s.max_cost_per_day = self.day_limit.value() or None
        if self.token_edit.text().strip():
            store_token(self.token_edit.text())
            self.token_saved = True
        Path(s.library_path).mkdir(parents=True, exist_ok=True)
        self.accept()

    def result_settings(self) -> Settings:
        return self._settings
