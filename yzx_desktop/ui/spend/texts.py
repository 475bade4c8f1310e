"""Translated money words: amounts, the Generate button's price, estimate bases, ledger states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from yzx_desktop.jobs.spend import Bucket, Estimate, PriceSource


def usd(amount: float | None) -> str:
    """``$0.50``; a dash when unknown."""
    return "—" if amount is None else f"${amount:,.2f}"


def price_text(estimate: Estimate) -> str:
    """``≈ $0.50``; ``from $0.40`` while the relay's length and size multipliers are not yet
    known (its first task of a model tells them); or "price unknown"."""
    if estimate.usd is None:
        return QCoreApplication.translate("Spend", "price unknown")
    if not estimate.ratios_seen:
        return QCoreApplication.translate("Spend", "from %1").replace("%1", usd(estimate.usd))
    return QCoreApplication.translate("Spend", "≈ %1").replace("%1", usd(estimate.usd))


def price_label_text(estimate: Estimate) -> str:
    """The Generate button's text: ``Generate · ≈ $0.50``."""
    return QCoreApplication.translate("Spend", "Generate · %1").replace("%1", price_text(estimate))


def estimate_tooltip(estimate: Estimate) -> str:
    """Where an estimate comes from, as a sentence (the Generate button's tooltip)."""
    if estimate.usd is None:
        return QCoreApplication.translate(
            "Spend",
            "The relay publishes no price for this model. Set your own in Settings to see one "
            "here and to use the spending limits.",
        )
    base = {
        PriceSource.RELAY: QCoreApplication.translate("Spend", "The relay's price: %1 per task."),
        PriceSource.SETTINGS: QCoreApplication.translate(
            "Spend", "Your price from Settings: %1 per task."
        ),
    }[estimate.source].replace("%1", usd(estimate.base_usd))
    if not estimate.ratios_seen:
        how = QCoreApplication.translate(
            "Spend", "The relay's multipliers for length and size are learned from the first task."
        )
    elif estimate.exact:
        how = QCoreApplication.translate(
            "Spend", "× %1, as the relay reported for this length and size."
        )
    else:
        how = QCoreApplication.translate(
            "Spend", "× %1, scaled from an earlier task of this model."
        )
    return f"{base} {how.replace('%1', f'{estimate.multiplier:g}')}"


def bucket_label(bucket: Bucket) -> str:
    """A ledger state as the user reads it."""
    labels = {
        Bucket.DELIVERED: QCoreApplication.translate("Spend", "Charged, delivered"),
        Bucket.FAILED: QCoreApplication.translate("Spend", "Charged, failed (not refunded)"),
        Bucket.REFUNDED: QCoreApplication.translate("Spend", "Refunded"),
        Bucket.UNCERTAIN: QCoreApplication.translate("Spend", "Uncertain (may have been charged)"),
        Bucket.IN_PROGRESS: QCoreApplication.translate("Spend", "In progress (charged at submit)"),
    }
    return labels[bucket]
