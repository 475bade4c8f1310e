"""Before a task that passes a spending limit, and before every set of takes: ask, with the
numbers, "don't send" as default."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from yzx_desktop.jobs.spend import Breach, BreachKind, Estimate, Limits, breaches
from yzx_desktop.ui.a11y import describe
from yzx_desktop.ui.aio import modal
from yzx_desktop.ui.spend.texts import estimate_tooltip, price_text, usd


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


# ---- a set of takes ------------------------------------------------------------------------
class SpendGuard(QObject):
    """The guard's sentences that count tasks (lupdate finds plural forms only in ``tr``; the
    class name keeps them in the "SpendGuard" context with the others)."""

    def over_the_day(self, count: int) -> str:
        return self.tr(
            "Today's tasks come to %3 so far; with these %n tasks (%1) that is %4, above your "
            "limit of %2 per day.",
            "",
            count,
        )

    def unknown_prices(self, count: int) -> str:
        return self.tr("The price of %n of them is unknown.", "", count)

    def question(self, count: int, *, demo: bool) -> str:
        if demo:
            return self.tr("Create %n simulated task(s)?", "", count)
        return self.tr("Create %n paid task(s)?", "", count)

    def create_these(self, count: int) -> str:
        return self.tr("Create these %n task(s).", "", count)


def total_estimate(estimates: Sequence[Estimate]) -> Estimate:
    """One estimate for a set: the sum of the prices that are known. It says "from" (not
    ``ratios_seen``) while any price is unknown or not yet learned, and is unknown when none is
    known."""
    known = [e for e in estimates if e.usd is not None]
    if not known:
        return Estimate(None)
    complete = len(known) == len(estimates) and all(e.ratios_seen for e in known)
    return Estimate(
        round(sum(e.usd for e in known), 6),
        known[0].source,
        ratios_seen=complete,
        exact=complete and all(e.exact for e in known),
    )


def set_breaches(estimates: Sequence[Estimate], limits: Limits, spent_today: float) -> list[Breach]:
    """Every limit a set passes, by the same rule as one task's (:func:`breaches`): each task
    against the per-task limit (the dearest is named), the set's total against the day's."""
    if any(e.usd is None for e in estimates):
        return breaches(Estimate(None), limits, spent_today)
    found = []
    if limits.per_task is not None and estimates:
        dearest = max(estimates, key=lambda e: e.usd or 0.0)
        found += breaches(dearest, Limits(per_task=limits.per_task), 0.0)
    if limits.per_day is not None:
        found += breaches(total_estimate(estimates), Limits(per_day=limits.per_day), spent_today)
    return found


def set_breach_text(breach: Breach, estimates: Sequence[Estimate], spent_today: float) -> str:
    """One limit a set passes, as a sentence with its numbers."""
    if breach.kind is BreachKind.TASK:
        text = QCoreApplication.translate(
            "SpendGuard", "One of these tasks is estimated at %1, above your limit of %2 per task."
        ).replace("%1", usd(breach.amount))
    elif breach.kind is BreachKind.DAY:
        text = (
            SpendGuard()
            .over_the_day(len(estimates))
            .replace("%1", usd(total_estimate(estimates).usd))
            .replace("%3", usd(spent_today))
            .replace("%4", usd(breach.amount))
        )
    else:
        text = QCoreApplication.translate(
            "SpendGuard",
            "The price of some of these tasks is unknown, so the app cannot check them against "
            "your limit of %2.",
        )
    return text.replace("%2", usd(breach.limit))


def set_total_text(estimates: Sequence[Estimate]) -> str:
    """``Estimated total: ≈ $1.60``, saying how many prices are unknown when some are."""
    total = total_estimate(estimates)
    unknown = sum(1 for e in estimates if e.usd is None)
    if total.usd is None:
        return QCoreApplication.translate("SpendGuard", "The price of these tasks is unknown.")
    text = QCoreApplication.translate("SpendGuard", "Estimated total: %1.").replace(
        "%1", price_text(total)
    )
    if unknown:
        text += " " + SpendGuard().unknown_prices(unknown)
    return text


async def confirm_takes(
    parent: QWidget,
    *,
    breakdown: str,
    details: Sequence[str],
    estimates: Sequence[Estimate],
    limits: Limits,
    spent_today: float,
    demo: bool,
) -> bool:
    """The one question before a set: how many paid tasks, how they are made up
    (``breakdown``), the estimated total and any limit it passes. ``True`` when the user
    chose to create them; the default (Enter, Escape) creates nothing. In demo mode it still
    asks, saying that nothing is charged."""
    count = len(estimates)
    found = [] if demo else set_breaches(estimates, limits, spent_today)
    question = SpendGuard().question(count, demo=demo)
    if demo:
        money = [
            QCoreApplication.translate(
                "SpendGuard", "Demo mode: no real money is spent; the balance is simulated."
            )
        ]
    else:
        money = [set_total_text(estimates)]
        money += [set_breach_text(b, estimates, spent_today) for b in found]
    box = QMessageBox(
        QMessageBox.Icon.Warning if found else QMessageBox.Icon.Question,
        question,
        f"{question}\n{breakdown}",
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText("\n\n".join([*money, "\n".join(details)]).strip())
    send_text = (
        QCoreApplication.translate("SpendGuard", "Create")
        if demo
        else QCoreApplication.translate("SpendGuard", "Send and pay")
    )
    send = box.addButton(send_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("SpendGuard", "Don't send"))
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    describe(
        (box, question, ""),
        (
            send,
            send_text,
            SpendGuard().create_these(count),
        ),
        (
            cancel,
            QCoreApplication.translate("SpendGuard", "Don't send"),
            QCoreApplication.translate("SpendGuard", "Nothing is sent and nothing is charged."),
        ),
    )
    async with modal(box):
        return box.clickedButton() is send
