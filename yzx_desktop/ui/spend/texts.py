"""Translated money words: amounts, the Generate button's price, estimate bases, ledger states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from yzx_desktop.jobs.spend import Bucket, Estimate, PriceSource


def _tr(text: str) -> str:
    return QCoreApplication.translate("Spend", text)


def usd(amount: float | None) -> str:
    """``$0.50``; a dash when unknown."""
    return "—" if amount is None else f"${amount:,.2f}"


def price_text(estimate: Estimate) -> str:
    """``≈ $0.50``, or "price unknown"."""
    if estimate.usd is None:
        return _tr("price unknown")
    return _tr("≈ %1").replace("%1", usd(estimate.usd))


def price_label_text(estimate: Estimate) -> str:
    """The Generate button's text: ``Generate · ≈ $0.50``."""
    return _tr("Generate · %1").replace("%1", price_text(estimate))


def estimate_tooltip(estimate: Estimate) -> str:
    """Where an estimate comes from, as a sentence (the Generate button's tooltip)."""
    if estimate.usd is None:
        return _tr(
            "The relay publishes no price for this model. Set your own in Settings to see one "
            "here and to use the spending limits."
        )
    base = {
        PriceSource.RELAY: _tr("The relay's price: %1 per task."),
        PriceSource.SETTINGS: _tr("Your price from Settings: %1 per task."),
    }[estimate.source].replace("%1", usd(estimate.base_usd))
    if not estimate.ratios_seen:
        how = _tr("The relay's multipliers for length and size are learned from the first task.")
    elif estimate.exact:
        how = _tr("× %1, as the relay reported for this length and size.")
    else:
        how = _tr("× %1, scaled from an earlier task of this model.")
    return f"{base} {how.replace('%1', f'{estimate.multiplier:g}')}"


def bucket_label(bucket: Bucket) -> str:
    """A ledger state as the user reads it."""
    labels = {
        Bucket.DELIVERED: _tr("Charged, delivered"),
        Bucket.FAILED: _tr("Charged, failed (not refunded)"),
        Bucket.REFUNDED: _tr("Refunded"),
        Bucket.UNCERTAIN: _tr("Uncertain (may have been charged)"),
        Bucket.IN_PROGRESS: _tr("In progress (charged at submit)"),
    }
    return labels[bucket]
