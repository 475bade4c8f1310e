"""Before a task that passes a spending limit: ask, with the numbers, "don't send" as default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from yzx_desktop.jobs.spend import Breach, BreachKind, Estimate, Limits, breaches
from yzx_desktop.ui.a11y import describe
from yzx_desktop.ui.aio import modal
from yzx_desktop.ui.spend.texts import estimate_tooltip, usd


def breach_text(breach: Breach, estimate: Estimate, spent_today: float) -> str:
    """One limit this task passes, as a sentence with its numbers."""
    texts = {
        BreachKind.TASK: QCoreApplication.translate(
            "SpendGuard", "This task is estimated at %1, above your limit of %2 per task."
        ),
        BreachKind.DAY: QCoreApplication.translate(
            "SpendGuard",
            "Today's tasks come to %3 so far; with this one (%1) that is %4, above your limit "
            "of %2 per day.",
        ),
        BreachKind.UNKNOWN: QCoreApplication.translate(
            "SpendGuard",
            "The price of this task is unknown, so the app cannot check it against your limit "
            "of %2.",
        ),
    }
    return (
        texts[breach.kind]
        .replace("%1", usd(estimate.usd))
        .replace("%2", usd(breach.limit))
        .replace("%3", usd(spent_today))
        .replace("%4", usd(breach.amount))
    )


async def confirm_spend(
    parent: QWidget, estimate: Estimate, limits: Limits, spent_today: float
) -> bool:
    """``True`` when the task may be sent: no limit is passed, or the user chose to send it
    anyway. The box's default (Enter, Escape) is not to send."""
    found = breaches(estimate, limits, spent_today)
    if not found:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SpendGuard", "Above your spending limit"),
        "\n\n".join(breach_text(b, estimate, spent_today) for b in found),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(estimate_tooltip(estimate))
    send = box.addButton(
        QCoreApplication.translate("SpendGuard", "Send and pay"), QMessageBox.ButtonRole.AcceptRole
    )
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("SpendGuard", "Don't send"))
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    describe(
        (box, QCoreApplication.translate("SpendGuard", "Above your spending limit"), ""),
        (
            send,
            QCoreApplication.translate("SpendGuard", "Send and pay"),
            QCoreApplication.translate("SpendGuard", "Create the task; the relay charges it."),
        ),
        (
            cancel,
            QCoreApplication.translate("SpendGuard", "Don't send"),
            QCoreApplication.translate("SpendGuard", "Nothing is sent and nothing is charged."),
        ),
    )
    async with modal(box):
        return box.clickedButton() is send
