"""The spend ledger: what was charged by day, model and state, with totals and a CSV export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yzx_desktop.jobs.model import Job
from yzx_desktop.jobs.spend import (
    LOSSES,
    Bucket,
    LedgerEntry,
    LedgerRow,
    ledger,
    summarize,
    totals,
    week_start,
    write_csv,
)
from yzx_desktop.ui.a11y import describe
from yzx_desktop.ui.aio import modal, spawn
from yzx_desktop.ui.spend.texts import bucket_label, usd

WEEK, ALL = "week", "all"


class LedgerDialog(QDialog):
    """Reads the jobs from ``jobs()`` (e.g. ``session.store.all``) each time it reloads."""

    def __init__(self, jobs: Callable[[], list[Job]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self.entries: list[LedgerEntry] = []
        self.setWindowTitle(self.tr("Spending"))
        self.resize(720, 460)

        self.period = QComboBox()
        self.period.addItem(self.tr("This week"), WEEK)
        self.period.addItem(self.tr("All time"), ALL)
        self.period.currentIndexChanged.connect(self.reload)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Model"), self.tr("State"), self.tr("Tasks"), self.tr("USD")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3, 4):  # one line each, as wide as their text
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(lambda: spawn(self.choose_export()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        describe(
            (self.period, self.tr("Period"), self.tr("Show this week's tasks or every task")),
            (
                self.table,
                self.tr("Spending by day, model and state"),
                self.tr(
                    "An amount marked ≈ includes estimates where the relay's charge is not "
                    "known; ? counts tasks with no figure at all."
                ),
            ),
            (self.totals, self.tr("Totals"), self.tr("Totals for the period shown")),
            (
                self.export_button,
                self.tr("Export CSV"),
                self.tr("Save one line per task of the period shown, for a spreadsheet"),
            ),
        )

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(buttons)
        self.reload()

    def since(self) -> date | None:
        return week_start() if self.period.currentData() == WEEK else None

    def reload(self) -> None:
        """Read the jobs again and show the period chosen."""
        self.entries = ledger(self._jobs(), since=self.since())
        rows = summarize(self.entries)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (
                row.day.isoformat(),
                row.model,
                bucket_label(row.bucket),
                str(row.count),
                self._amount(row),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(index, column, item)
        self.totals.setText(self._totals_text())
        self.export_button.setEnabled(bool(self.entries))

    def _amount(self, row: LedgerRow) -> str:
        text = usd(row.amount_usd)
        if row.unconfirmed:
            text = self.tr("≈ %1").replace("%1", text)
        return text + (" + ?" * bool(row.unknown))

    def _totals_text(self) -> str:
        if not self.entries:
            return self.tr("Nothing was charged in this period.")
        sums = totals(self.entries)
        parts = [f"{bucket_label(bucket)}: {usd(sums[bucket])}" for bucket in Bucket]
        lost = sum(sums[bucket] for bucket in LOSSES)
        charged = sum(sums.values()) - sums[Bucket.REFUNDED]
        summary = (
            self.tr("Spent %1, of which %2 bought no video (failed or uncertain).")
            .replace("%1", usd(charged))
            .replace("%2", usd(lost))
        )
        return summary + "\n" + " · ".join(parts)

    def export_csv(self, path: Path) -> int:
        """Write the period shown to ``path``; returns the number of tasks written."""
        return write_csv(self.entries, path)

    async def choose_export(self) -> Path | None:
        """Ask where to save, then export there."""
        dialog = QFileDialog(self, self.tr("Export spending"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile(f"yzx-spending-{date.today().isoformat()}.csv")
        async with modal(dialog) as accepted:
            chosen = dialog.selectedFiles() if accepted else []
        if not chosen:
            return None
        path = Path(chosen[0])
        try:
            self.export_csv(path)
        except OSError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Export spending"),
                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc)),
                QMessageBox.StandardButton.Ok,
                self,
            )
            async with modal(box):
                return None
        return path
