"""The status bar's balance: what the relay says is left on the token, nothing when it won't say."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from yzx_desktop.jobs.model import Job
from yzx_desktop.ui.a11y import describe
from yzx_desktop.ui.aio import spawn

if TYPE_CHECKING:
    from yzx_desktop.api.billing import Balance
    from yzx_desktop.jobs.spend import SpendTracker

# Where each balance source reads from, for the tooltip.
_SOURCES = {
    "/v1/dashboard/billing": "GET /v1/dashboard/billing/subscription + /usage",
    "/api/usage/token": "GET /api/usage/token/",
}


class BalanceLabel(QLabel):
    """Shows ``Balance: $12.34`` (or "unlimited"); hidden when the relay reports no balance.

    :meth:`bind` it to the session's :class:`SpendTracker` (again after every reconnect): it
    refreshes at once, after each create and after each finished job; :meth:`refresh` is the
    on-demand refresh. ``balanceChanged`` carries the new :class:`Balance` or ``None``."""

    balanceChanged = Signal(object)  # Balance | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tracker: SpendTracker | None = None
        self._busy = self._again = False
        self.balance: Balance | None = None
        self.setVisible(False)
        describe(
            (
                self,
                self.tr("Balance"),
                self.tr("The relay has not reported a balance for this token."),
            )
        )

    def bind(self, tracker: SpendTracker | None) -> None:
        """Follow ``tracker`` (``None``: no connection, show nothing) and refresh now."""
        self._tracker = tracker
        if tracker is not None:
            tracker.subscribe(lambda job, bound=tracker: self._on_spend(bound, job))
        spawn(self.refresh())

    def _on_spend(self, tracker: SpendTracker, job: Job) -> None:
        if tracker is self._tracker:
            spawn(self.refresh())

    async def refresh(self) -> Balance | None:
        """Ask the relay again; refreshes asked for meanwhile are folded into one more."""
        if self._busy:
            self._again = True
            return self.balance
        self._busy = True
        try:
            while True:
                self._again = False
                tracker = self._tracker
                balance = await tracker.refresh_balance() if tracker is not None else None
                if tracker is self._tracker:
                    self._show(balance)
                if not self._again:
                    return self.balance
        finally:
            self._busy = False

    def _show(self, balance: Balance | None) -> None:
        self.balance = balance
        if balance is None:
            self.clear()
            self.setVisible(False)
            self.setToolTip(self.tr("The relay has not reported a balance for this token."))
        else:
            amount = (
                self.tr("unlimited") if balance.unlimited else balance.format(balance.remaining)
            )
            self.setText(self.tr("Balance: %1").replace("%1", amount))
            self.setAccessibleName(self.text())
            self.setToolTip(
                self.tr(
                    "What the relay reports is left on this token (used so far: %1), from %2, "
                    "at %3. It refreshes after each task is created and after each one ends."
                )
                .replace("%1", balance.format(balance.used))
                .replace("%2", _SOURCES.get(balance.source, balance.source))
                .replace("%3", time.strftime("%H:%M:%S"))
            )
            self.setVisible(True)
        self.balanceChanged.emit(balance)
