"""The balance label, the price text, the guard and the ledger dialog, offscreen on qasync."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget

from tests.integration.test_spend import make_job
from tests.relay_faults import Fault
from tests.ui.conftest import until
from yzx_desktop.api.types import CreateRequest
from yzx_desktop.jobs.model import JobState
from yzx_desktop.jobs.spend import Estimate, LearnedRatios, Limits, PriceSource, SpendTracker
from yzx_desktop.ui.spend.balance_label import BalanceLabel
from yzx_desktop.ui.spend.guard import confirm_spend
from yzx_desktop.ui.spend.ledger_dialog import ALL, LedgerDialog
from yzx_desktop.ui.spend.texts import estimate_tooltip, price_label_text

TWO_X = Estimate(0.64, PriceSource.RELAY, 0.32, 2.0, ratios_seen=True, exact=True)
NOT_FOUND = Fault("status", 404, {"error": {"message": "no"}})


@pytest.fixture
def tracker(engine, yzx_home) -> SpendTracker:
    return SpendTracker(engine, ratios=LearnedRatios(yzx_home / "ratios.json"))


@pytest.fixture
def host(qapp):
    widget = QWidget()
    widget.show()
    yield widget
    widget.close()
    widget.deleteLater()


async def test_balance_label_follows_demo_jobs(host, tracker, engine) -> None:
    label = BalanceLabel(host)
    label.bind(tracker)
    await until(lambda: label.isVisible())
    assert label.text() == "Balance: $100.00" and label.accessibleName() == label.text()
    assert "/v1/dashboard/billing/subscription" in label.toolTip()
    job = engine.submit(CreateRequest("kling-v1-6", "a cat", duration=5))
    await engine.wait(job.id)
    await until(lambda: label.text() == "Balance: $99.72")
    assert "$0.28" in label.toolTip()


async def test_balance_label_shows_nothing_without_a_balance(host, tracker, relay) -> None:
    for route in ("subscription", "token_usage"):
        relay.inject(route, NOT_FOUND)
    label = BalanceLabel(host)
    seen = []
    label.balanceChanged.connect(seen.append)
    label.bind(tracker)
    await until(lambda: seen)
    assert not label.isVisible() and label.text() == "" and seen == [None]
    relay.balance_usd = None
    await label.refresh()
    assert label.text() == "Balance: unlimited" and label.isVisible()
    label.bind(None)
    assert await label.refresh() is None and not label.isVisible()


def test_generate_button_text_and_tooltip(qapp) -> None:
    relay_price = Estimate(0.5, PriceSource.RELAY, 0.5, 1.0)
    assert price_label_text(relay_price) == "Generate · from $0.50"  # multipliers not seen yet
    seen = Estimate(0.8, PriceSource.RELAY, 0.5, 1.6, ratios_seen=True)
    assert price_label_text(seen) == "Generate · ≈ $0.80"
    assert price_label_text(Estimate(None)) == "Generate · price unknown"
    assert "learned from the first task" in estimate_tooltip(relay_price)
    learned = Estimate(1.0, PriceSource.SETTINGS, 0.5, 2.0, ratios_seen=True, exact=True)
    assert estimate_tooltip(learned).startswith("Your price from Settings: $0.50 per task. × 2")
    assert "Settings" in estimate_tooltip(Estimate(None))


async def test_guard_passes_silently_under_the_limits(host) -> None:
    assert await confirm_spend(host, Estimate(0.4), Limits(0.5, 1.0), spent_today=0.5)
    assert await confirm_spend(host, Estimate(None), Limits(), spent_today=9)
    assert QApplication.activeModalWidget() is None


@pytest.mark.parametrize(("answer", "sent"), [("enter", False), ("cancel", False), ("send", True)])
async def test_guard_asks_with_the_numbers(host, qtbot, answer, sent) -> None:
    import asyncio

    asking = asyncio.ensure_future(confirm_spend(host, TWO_X, Limits(0.5, 1.0), spent_today=0.8))
    box = await until(QApplication.activeModalWidget)
    assert isinstance(box, QMessageBox)
    assert "$0.64, above your limit of $0.50 per task" in box.text()
    assert "× 2, as the relay reported" in box.informativeText()
    assert "$0.80 so far" in box.text() and "$1.44, above your limit of $1.00" in box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert box.defaultButton() is cancel and cancel.text() == "Don't send"
    if answer == "enter":
        qtbot.keyClick(box, Qt.Key.Key_Return)
    elif answer == "cancel":
        cancel.click()
    else:
        next(b for b in box.buttons() if b.text() == "Send and pay").click()
    assert await asking is sent


async def test_guard_asks_when_the_price_is_unknown(host) -> None:
    import asyncio

    asking = asyncio.ensure_future(confirm_spend(host, Estimate(None), Limits(0.5), 0.0))
    box = await until(QApplication.activeModalWidget)
    assert "price of this task is unknown" in box.text() and "$0.50" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert await asking is False


async def test_ledger_dialog_by_period_with_totals_and_export(host, store, tmp_path) -> None:
    make_job(store, JobState.DONE, task_id="t1", cost_usd=0.5)
    make_job(store, JobState.FAILED, task_id="t2", cost_usd=0.3, model="veo")
    make_job(store, JobState.FAILED, task_id="t3", cost_usd=0.0)
    make_job(store, JobState.UNCERTAIN, estimate_usd=0.4)
    make_job(store, JobState.DONE, task_id="t5", cost_usd=1.0, days_ago=30)
    dialog = LedgerDialog(store.all, host)
    assert dialog.table.rowCount() == 4
    assert "Spent $1.20, of which $0.70 bought no video" in dialog.totals.text()
    states = {dialog.table.item(r, 2).text() for r in range(4)}
    assert "Charged, failed (not refunded)" in states and "Refunded" in states
    uncertain = next(r for r in range(4) if dialog.table.item(r, 2).text().startswith("Uncert"))
    assert dialog.table.item(uncertain, 4).text() == "≈ $0.40"
    dialog.period.setCurrentIndex(dialog.period.findData(ALL))
    assert dialog.table.rowCount() == 5 and "Spent $2.20" in dialog.totals.text()

    exporting = __import__("asyncio").ensure_future(dialog.choose_export())
    chooser = await until(QApplication.activeModalWidget)
    assert isinstance(chooser, QFileDialog)
    target = tmp_path / "spend.csv"
    chooser.setDirectory(str(tmp_path))
    chooser.findChild(QLineEdit, "fileNameEdit").setText(target.name)
    chooser.accept()
    assert await exporting == target
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["task_id"] for row in csv.DictReader(handle)] == ["t5", "t1", "t2", "t3", ""]
    dialog.deleteLater()


def test_empty_ledger(host, store) -> None:
    dialog = LedgerDialog(store.all, host)
    assert dialog.table.rowCount() == 0 and not dialog.export_button.isEnabled()
    assert dialog.totals.text() == "Nothing was charged in this period."
    dialog.deleteLater()
